"""Scenario and rubric files: safe YAML with line numbers, validation, cross-file checks."""
