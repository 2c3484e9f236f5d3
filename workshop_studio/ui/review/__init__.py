"""The review workspace."""
