"""Pydantic models of scenarios, rubrics and session records. No I/O lives here."""
