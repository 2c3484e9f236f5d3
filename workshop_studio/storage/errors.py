"""Storage errors, importable without loading SQLAlchemy (the CLI catches them)."""


class DatabaseError(Exception):
    """The database cannot be opened or used; the message is for the user."""


class ConcurrentChange(DatabaseError):
    """Someone else changed what this write would change, since it was read: nothing was written."""


class ConnectionLost(DatabaseError):
    """The database server cannot be reached (the network, or the server, is down)."""


class PermissionRefused(DatabaseError):
    """The database role this app connects as may not do this (e.g. a read-only reviewer)."""
