"""Phones writing at once through the room's server (issue 15).

    python benchmarks/participation.py [--phones 50] [--notes 40] [--seconds 120] [--retry 0.05]

Starts ``workshop-studio serve`` on a fresh copy of the sample database (127.0.0.1), then
``--phones`` simulated phones, each on its own keep-alive connection as a browser keeps one:
each joins with a role, asks for news every 4 s as the page does, and sends ``--notes`` notes
spread at random over ``--seconds``. ``--retry`` of the notes are sent a second time with the
same client-made id (a phone that lost the answer). Prints the p50/p99 latency of sending a
note, then reads the database: notes lost (goal 0) and stored twice (goal 0). The floor is a
bare ``http.server.ThreadingHTTPServer`` answering the same requests with ``{}`` at the same
rate (a shorter run), so the ratio says what storing a note costs beyond HTTP itself.
Goal: p99 <= 250 ms. Asserts nothing.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROLES = ("cde", "cdde", "recruiter", "new_hire", "partner")
KINDS = ("irritant", "idea", "question", "quote", "good_practice")
POLL_S = 4.0


class Phone(threading.Thread):
    def __init__(self, number: int, join_url: str, notes: int, seconds: float, retry: float, start_at: float) -> None:
        super().__init__(daemon=True)
        parts = urlsplit(join_url)
        self.host, self.port, self.base = parts.hostname, parts.port, parts.path
        self.number, self.count, self.seconds, self.retry, self.start_at = number, notes, seconds, retry, start_at
        self.latencies: list[float] = []
        self.failures: list[str] = []
        self.sent: list[str] = []  # texts acknowledged
        self.retries = 0
        self.random = random.Random(number)
        self.session = ""

    def request(self, connection: http.client.HTTPConnection, method: str, route: str, payload=None):  # type: ignore[no-untyped-def]
        headers = {"Host": f"{self.host}:{self.port}", "X-Session": self.session}
        body = None
        if payload is not None:
            body = json.dumps(payload).encode()
            headers["Content-Type"] = "application/json"
        connection.request(method, f"{self.base}api/{route}", body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        return response.status, data

    def run(self) -> None:
        try:
            self._write_notes()
        except (OSError, http.client.HTTPException, ValueError) as error:
            self.failures.append(f"phone {self.number} gave up: {error!r}")

    def _write_notes(self) -> None:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        status, data = self.request(connection, "POST", "join", {"role": ROLES[self.number % len(ROLES)]})
        self.session = json.loads(data)["session"]
        moments = sorted(self.start_at + self.random.uniform(0, self.seconds) for _ in range(self.count))
        next_poll = self.start_at + self.random.uniform(0, POLL_S)
        for index, moment in enumerate(moments):
            while True:
                now = time.monotonic()
                if next_poll <= min(moment, now):
                    self.request(connection, "GET", "state")
                    next_poll += POLL_S
                    continue
                if now >= moment:
                    break
                time.sleep(min(moment, next_poll) - now)
            text = f"phone {self.number} note {index}"
            note = {"client_id": uuid.uuid4().hex, "text": text, "kind": KINDS[index % len(KINDS)]}
            for attempt in range(2 if self.random.random() < self.retry else 1):
                began = time.perf_counter()
                status, data = self.request(connection, "POST", "notes", note)
                self.latencies.append(time.perf_counter() - began)
                self.retries += attempt
                if status not in (200, 201):
                    self.failures.append(f"{status} {data[:80]!r}")
                elif attempt == 0:
                    self.sent.append(text)
        connection.close()


def run_phones(join_url: str, phones: int, notes: int, seconds: float, retry: float) -> list[Phone]:
    start_at = time.monotonic() + 0.5
    crowd = [Phone(n, join_url, notes, seconds, retry, start_at) for n in range(phones)]
    for phone in crowd:
        phone.start()
    for phone in crowd:
        phone.join()
    return crowd


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000


class _Bare(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b'{"session": "x"}'
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


def floor(phones: int, notes: int, seconds: float, retry: float) -> tuple[float, float]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Bare)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    crowd = run_phones(f"http://127.0.0.1:{server.server_address[1]}/t/", phones, notes, seconds, retry)
    server.shutdown()
    return percentiles([x for phone in crowd for x in phone.latencies])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=50)
    parser.add_argument("--notes", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--retry", type=float, default=0.05)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="participation-bench-"))
    db = folder / "bench.sqlite3"
    env = {**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""}
    server = subprocess.Popen(
        [sys.executable, "-m", "workshop_studio", "--db", str(db), "serve", "1"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        join_url = server.stdout.readline().strip()
        began = time.monotonic()
        crowd = run_phones(join_url, args.phones, args.notes, args.seconds, args.retry)
        took = time.monotonic() - began
    finally:
        server.terminate()
        server.wait(timeout=30)

    latencies = [x for phone in crowd for x in phone.latencies]
    sent = [text for phone in crowd for text in phone.sent]
    with sqlite3.connect(db) as connection:
        rows = [r[0] for r in connection.execute("SELECT text FROM annotation WHERE text LIKE 'phone % note %'")]
    stored = {text: rows.count(text) for text in set(rows)}
    lost = sum(1 for text in sent if text not in stored)
    twice = sum(count - 1 for count in stored.values() if count > 1)
    failures = [f for phone in crowd for f in phone.failures]
    p50, p99 = percentiles(latencies)
    base50, base99 = floor(args.phones, max(1, args.notes // 4), args.seconds / 4, args.retry)

    print(
        f"phones: {args.phones}, notes sent: {len(sent)} in {took:.0f} s, "
        f"retried: {sum(p.retries for p in crowd)}, refused: {len(failures)}"
    )
    print(f"note latency: p50 {p50:.1f} ms, p99 {p99:.1f} ms (goal p99 <= 250 ms)")
    print(
        f"floor (bare http.server, same rate): p50 {base50:.1f} ms, p99 {base99:.1f} ms; ratio p99 {p99 / base99:.1f}x"
    )
    print(f"notes lost: {lost} (goal 0), stored twice: {twice} (goal 0)")
    for failure in failures[:5]:
        print(f"  refused: {failure}")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
