"""The secrets and the checks that keep the room's page to the room.

* The join address carries a 128-bit random token; every request outside it is refused.
* A six-character room code can be typed instead of scanning the QR code; it is traded for
  the token only, with few tries per address and a cap on wrong codes overall.
* The Host header must name the address we listen on (no DNS rebinding), and writes must
  come from our own origin (a page elsewhere cannot post into the room).
* Each phone (and each address, before it has a session) has a token bucket for its rate.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field

TOKEN_BYTES = 16  # 128 bits
SESSION_BYTES = 16
ROOM_CODE_LENGTH = 6
# No 0/O, 1/I/L: read off a projector from the back of the room.
ROOM_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_token() -> str:
    return secrets.token_hex(TOKEN_BYTES)


def new_session_id() -> str:
    return secrets.token_hex(SESSION_BYTES)


def new_room_code() -> str:
    return "".join(secrets.choice(ROOM_CODE_ALPHABET) for _ in range(ROOM_CODE_LENGTH))


def same_secret(given: str, expected: str) -> bool:
    """Compare in constant time (a timing difference must not reveal the token bit by bit)."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))


def host_header_value(host: str, port: int) -> str:
    """How a browser writes our address in its Host header (IPv6 in brackets)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    names = {host_header_value(host, port)}
    if host in ("127.0.0.1", "::1"):
        names.add(f"localhost:{port}")
    return frozenset(name.lower() for name in names)


def origin_allowed(origin: str | None, fetch_site: str | None, hosts: frozenset[str]) -> bool:
    """A write is ours when its Origin is one of our addresses; a client with no Origin (curl,
    the benchmark) is accepted only if the browser did not flag the request as cross-site."""
    if origin is not None:
        if origin == "null":
            return False
        scheme, _, rest = origin.partition("://")
        return scheme == "http" and rest.lower() in hosts
    return fetch_site in (None, "same-origin", "none")


@dataclass
class TokenBucket:
    """``capacity`` requests at once, then ``rate`` per second."""

    capacity: float
    rate: float
    tokens: float = -1.0
    stamp: float = field(default_factory=time.monotonic)

    def take(self, now: float | None = None) -> float:
        """0 if allowed (a token is spent), else the seconds to wait."""
        now = time.monotonic() if now is None else now
        if self.tokens < 0:
            self.tokens = self.capacity
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


class RateLimits:
    """One bucket per key (a phone's session, or an address), thread-safe, bounded in size."""

    MAX_KEYS = 5000

    def __init__(self, capacity: float, rate: float) -> None:
        self.capacity, self.rate = capacity, rate
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    def wait_for(self, key: str) -> float:
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                if len(self._buckets) >= self.MAX_KEYS:
                    self._buckets.clear()  # a flood of made-up keys: start again rather than grow
                bucket = self._buckets[key] = TokenBucket(self.capacity, self.rate)
            return bucket.take()
