"""The participation server: the standard library's threaded HTTP server, on one address.

``http.server.ThreadingHTTPServer`` is enough for a room (tens of phones, a few requests a
second each) and adds no dependency to the wheel; a thread per connection also lets each
request hold its own database session. :class:`ParticipationServer` binds to the one
address the facilitator chose (a wildcard address is refused), runs in a daemon thread, and
:meth:`ParticipationServer.stop` closes the listening socket and every open connection, so
every phone is cut off at once.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from workshop_studio.i18n import translate
from workshop_studio.participation.app import ParticipationApp, Request, Response
from workshop_studio.participation.room import Moderation, Room
from workshop_studio.participation.security import host_header_value
from workshop_studio.participation.store import Store
from workshop_studio.storage.engine import Database

log = logging.getLogger(__name__)

IDLE_TIMEOUT_S = 20  # a connection that says nothing for this long is closed (slow-loris)


class AddressRefused(ValueError):
    """The address cannot serve the room (a wildcard, or not one of this machine's)."""


def check_host(host: str) -> str:
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        raise AddressRefused(
            translate("Participation", "{host}: not an IP address (give the address of one network interface)").format(
                host=host
            )
        ) from None
    if address.is_unspecified:
        raise AddressRefused(
            translate(
                "Participation", "{host}: listening on every interface is refused; choose one interface’s address"
            ).format(host=host)
        )
    return str(address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: a phone's requests reuse one connection
    timeout = IDLE_TIMEOUT_S
    # Headers and body go out in two writes; with Nagle's algorithm on, the second waits for
    # the phone's delayed ACK (40 ms a request on Linux).
    disable_nagle_algorithm = True
    server: _HttpServer

    def version_string(self) -> str:
        return "WorkshopStudio"

    def _serve(self) -> None:
        app = self.server.app
        length_text = self.headers.get("Content-Length")
        body = b""
        if self.headers.get("Transfer-Encoding") or (self.command in ("POST", "PUT") and length_text is None):
            self._send(
                Response.json(411, {"error": "length_required", "reason": "Longueur du message manquante."}), close=True
            )
            return
        try:
            length = int(length_text or 0)
        except ValueError:
            length = -1
        if length < 0:
            self._send(
                Response.json(400, {"error": "bad_length", "reason": "Longueur du message invalide."}), close=True
            )
            return
        refused = app.body_too_large(length)
        if refused is not None:  # answered before reading a byte of it; the connection then closes
            self._send(app.handle_refusal(refused), close=True)
            return
        if length:
            body = self.rfile.read(length)
        headers = {name.lower(): value for name, value in self.headers.items()}
        request = Request(self.command, self.path, headers, body, self.client_address[0])
        self._send(app.handle(request))

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    def _send(self, response: Response, *, close: bool = False) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s %s", self.client_address[0], format % args)


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    # A room's phones connect together when the QR code appears; the default backlog of 5
    # pending connections made the sixth and later ones fail (benchmarks/participation.py).
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], app_factory) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)
        self.app: ParticipationApp = app_factory(self.server_address[1])
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def handle_error(self, request, client_address) -> None:
        """A phone that walks away mid-request is no error worth a traceback."""
        import sys

        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            log.debug("participation: %s left: %s", client_address[0], error)
        else:
            log.exception("participation: request from %s failed", client_address[0])

    def process_request(self, request, client_address) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def cut_every_connection(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class ParticipationServer:
    """The room's server for one workshop: start it, read its join address, stop it."""

    def __init__(
        self,
        db: Database,
        workshop_id: int,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        moderation: Moderation = Moderation.DIRECT,
    ) -> None:
        self.host = check_host(host)
        self.room = Room(workshop_id, moderation=moderation)
        self.store = Store(db, workshop_id)
        self.store.facts()  # the workshop must exist: fail here, not on a phone
        self._http = _HttpServer(
            (self.host, port), lambda bound: ParticipationApp(self.room, self.store, self.host, bound)
        )
        self.port: int = self._http.server_address[1]
        self._thread: threading.Thread | None = None

    @property
    def app(self) -> ParticipationApp:
        return self._http.app

    @property
    def short_address(self) -> str:
        """What a participant without a camera types (then the room code)."""
        return f"http://{host_header_value(self.host, self.port)}/"

    @property
    def join_url(self) -> str:
        """The address in the QR code: with the room's token."""
        return f"{self.short_address}{self.room.token}/"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> ParticipationServer:
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.05}, name="participation-server", daemon=True
        )
        self._thread.start()
        log.info("participation open at %s", self.short_address)
        return self

    def stop(self) -> None:
        """Close the room: no new connection, and every phone's connection cut now."""
        if self._thread is not None:
            self._http.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._http.server_close()
        self._http.cut_every_connection()
        log.info("participation closed")
