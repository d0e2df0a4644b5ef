"""The embedded offline engine: a branching client and an explainable feature scorer."""
