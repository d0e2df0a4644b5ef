"""Session files on disk: private, atomic, one JSON file per session."""
