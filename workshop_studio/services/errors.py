"""Errors a service raises for the user to read (already translated)."""

from __future__ import annotations


class ServiceError(Exception):
    """A request that cannot be done; ``str(error)`` is a sentence for the user."""


class NotFound(ServiceError, LookupError):
    pass


class Refused(ServiceError, ValueError):
    pass
