"""The participation page's HTTP surface, without the socket: a request in, a response out.

Every request passes, in order: the Host check, the token in the path (or the room-code
exchange at ``/``), the rate limit, the origin check and media type for writes, the JSON and
its fields. The routes themselves are in :mod:`workshop_studio.participation.api`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from workshop_studio.participation import api
from workshop_studio.participation.errors import NOT_FOUND, ApiError, forbidden
from workshop_studio.participation.room import Room
from workshop_studio.participation.security import RateLimits, allowed_hosts, origin_allowed, same_secret
from workshop_studio.participation.static_files import StaticFiles
from workshop_studio.participation.store import Store

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 32 * 1024  # a 5,000-character note, every character escaped, fits
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",  # the token is in the address: never hand it on
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}
WRITES = ("POST", "PUT", "DELETE")


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]  # names in lower case
    body: bytes = b""
    client: str = ""  # the peer's address

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, payload: Any) -> Response:
        return cls(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"))

    @classmethod
    def error(cls, error: ApiError) -> Response:
        response = cls.json(error.status, error.payload())
        if error.retry_after is not None:
            response.headers["Retry-After"] = str(max(1, round(error.retry_after)))
        return response


class ParticipationApp:
    def __init__(self, room: Room, store: Store, host: str, port: int) -> None:
        self.room = room
        self.store = store
        self.hosts = allowed_hosts(host, port)
        self.static = StaticFiles()
        self.phone_limits = RateLimits(capacity=20, rate=2.0)  # a burst of 20, then 2 a second
        self.address_limits = RateLimits(capacity=60, rate=1.0)  # requests with no session yet
        self.api = api.Api(room, store, self)

    def body_too_large(self, length: int) -> Response | None:
        if length > MAX_BODY_BYTES:
            return Response.error(ApiError(413, "too_large", f"Message trop long (plus de {MAX_BODY_BYTES} octets)."))
        return None

    def handle_refusal(self, response: Response) -> Response:
        """A response decided before the request was read whole (its size), with our headers."""
        response.headers = {**SECURITY_HEADERS, **response.headers}
        return response

    def handle(self, request: Request) -> Response:
        try:
            response = self._route(request)
        except ApiError as error:
            response = Response.error(error)
        except Exception:
            log.exception("participation: %s %s failed", request.method, request.path)
            response = Response.json(500, {"error": "server", "reason": "Erreur du serveur : réessayez."})
        response.headers = {**SECURITY_HEADERS, **response.headers}
        return response

    def _route(self, request: Request) -> Response:
        host = (request.header("host") or "").lower()
        if host not in self.hosts:
            raise forbidden("bad_host", "Adresse refusée.")
        path = request.path.split("?", 1)[0].split("#", 1)[0]
        if request.method in WRITES:
            if not origin_allowed(request.header("origin"), request.header("sec-fetch-site"), self.hosts):
                raise forbidden("cross_origin", "Écriture refusée depuis une autre page.")
            media = (request.header("content-type") or "").split(";", 1)[0].strip().lower()
            if request.method != "DELETE" and media != "application/json":
                raise ApiError(415, "bad_media_type", "Le message doit être en JSON (application/json).")
        if path in ("/", "/join.js", "/page.css") or path == "/code":
            return self._lobby(request, path)
        _empty, token, rest = path.split("/", 2) if path.count("/") >= 2 else (path, path.strip("/"), None)
        if not token or not same_secret(token, self.room.token):
            raise forbidden("bad_token", "Adresse de participation invalide : scannez le QR code affiché.")
        if rest is None:  # /<token> without its slash: relative links need it
            return Response(301, headers={"Location": f"/{token}/"})
        if rest.startswith("api/"):
            return self.api.handle(request, rest[4:])
        if request.method == "GET" and (found := self.static.get(rest or "index.html")) is not None:
            return Response(200, found.data, found.content_type)
        raise NOT_FOUND

    def _lobby(self, request: Request, path: str) -> Response:
        """The short address: a page to type the room code, traded for the join address."""
        if request.method == "GET" and path != "/code":
            found = self.static.get("join.html" if path == "/" else path.lstrip("/"))
            assert found is not None
            return Response(200, found.data, found.content_type)
        if request.method == "POST" and path == "/code":
            return self.api.trade_code(request)
        raise NOT_FOUND
