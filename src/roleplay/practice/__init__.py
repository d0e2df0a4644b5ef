"""The session engine: the turn loop, attempts and retries, autosave."""
