"""The Textual practice room. The only package that imports textual."""
