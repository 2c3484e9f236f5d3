"""A participant's phone, as plain HTTP over 127.0.0.1 (``http.client``: every header is ours)."""

from __future__ import annotations

import http.client
import json
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Answer:
    status: int
    body: Any
    headers: dict[str, str]

    @property
    def error(self) -> str | None:
        return self.body.get("error") if isinstance(self.body, dict) else None


class Phone:
    def __init__(self, join_url: str) -> None:
        parts = urlsplit(join_url)
        self.host, self.port = parts.hostname or "", parts.port or 80
        self.base = parts.path  # "/<token>/"
        self.session: str | None = None
        self.connection = http.client.HTTPConnection(self.host, self.port, timeout=10)

    def raw(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> Answer:
        all_headers = {"Host": f"{self.host}:{self.port}"}
        if self.session:
            all_headers["X-Session"] = self.session
        all_headers.update(headers or {})
        try:
            self.connection.request(method, path, body=body, headers=all_headers)
            response = self.connection.getresponse()
        except (ConnectionError, http.client.HTTPException):
            self.connection.close()  # a keep-alive connection the server closed: once more
            self.connection.request(method, path, body=body, headers=all_headers)
            response = self.connection.getresponse()
        data = response.read()
        if response.getheader("Connection", "").lower() == "close":
            self.connection.close()
        try:
            parsed: Any = json.loads(data) if data else None
        except ValueError:
            parsed = data
        return Answer(response.status, parsed, {k.lower(): v for k, v in response.getheaders()})

    def api(self, method: str, route: str, payload: Any = None, headers: dict[str, str] | None = None) -> Answer:
        body = None if payload is None else json.dumps(payload).encode("utf-8")
        extra = {"Content-Type": "application/json"} if body is not None else {}
        return self.raw(method, f"{self.base}api/{route}", body, {**extra, **(headers or {})})

    def join(self, role: str = "cde", pseudonym: str = "") -> Answer:
        answer = self.api("POST", "join", {"role": role, "pseudonym": pseudonym})
        if answer.status == 201:
            self.session = answer.body["session"]
        return answer

    def note(self, text: str = "Une idée", kind: str = "idea", *, client_id: str | None = None, **extra: Any) -> Answer:
        payload = {"client_id": client_id or uuid.uuid4().hex, "text": text, "kind": kind, **extra}
        return self.api("POST", "notes", payload)

    def close(self) -> None:
        self.connection.close()
