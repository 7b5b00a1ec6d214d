"""Use cases. Every mutation runs in one short transaction and returns the `Changes` it made."""
