"""The rubric judge: one protocol, an offline and an LLM implementation."""
