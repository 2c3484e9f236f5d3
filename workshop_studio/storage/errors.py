"""Storage errors, importable without loading SQLAlchemy (the CLI catches them)."""


class DatabaseError(Exception):
    """The database cannot be opened or used; the message is for the user."""
