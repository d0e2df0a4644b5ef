"""Cohort exports: session files to gradebook rows and writers."""
