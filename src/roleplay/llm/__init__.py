"""The OpenAI-compatible provider: the only package that imports openai."""
