"""The simulated client: one protocol, an offline and an LLM implementation."""
