"""Answers the API gives when it says no: an HTTP status, a stable code, a French reason.

The reasons are written for the participant, in French like the page they read it on (the
page is the phone's interface and ships in French only); the codes are for programs.
"""

from __future__ import annotations


class ApiError(Exception):
    def __init__(self, status: int, code: str, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.code = code
        self.reason = reason
        self.retry_after = retry_after

    def payload(self) -> dict[str, str]:
        return {"error": self.code, "reason": self.reason}


def bad_request(code: str, reason: str) -> ApiError:
    return ApiError(400, code, reason)


def forbidden(code: str, reason: str) -> ApiError:
    return ApiError(403, code, reason)


NOT_FOUND = ApiError(404, "not_found", "Cette adresse n'existe pas.")
NO_SESSION = ApiError(401, "no_session", "Choisissez d'abord votre rôle.")
