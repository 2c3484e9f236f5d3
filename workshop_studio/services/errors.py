"""Errors a service raises for the user to read (already translated)."""

from __future__ import annotations


class ServiceError(Exception):
    """A request that cannot be done; ``str(error)`` is a sentence for the user."""


class NotFound(ServiceError, LookupError):
    pass


class Refused(ServiceError, ValueError):
    pass


class EditConflict(ServiceError):
    """Someone else changed what this edit would change (on a shared server); nothing was
    written. The message names what they changed; reloading shows their version."""


class NotSaved(ServiceError):
    """The database refused or could not take the write (a read-only role, a lost server);
    nothing was written, and the message says why."""
