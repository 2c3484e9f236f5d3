"""The room's server refuses what is not the room's: real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import socket

import pytest
from phone_client import Phone


def count_notes(db, workshop_id: int) -> int:
    from workshop_studio.services.notes import workshop_notes

    with db.read() as session:
        return len(workshop_notes(session, workshop_id))


@pytest.mark.parametrize("path", ["/api/room", "/", "/index.html", "/api/state"])
def test_a_missing_token_is_refused(phones, path: str) -> None:
    phone = phones()
    answer = phone.raw("GET", "/nothing" + path)
    assert answer.status == 403 and answer.error == "bad_token"


def test_a_wrong_token_is_refused_even_one_character_off(server, phones) -> None:
    token = server.room.token
    wrong = token[:-1] + ("0" if token[-1] != "0" else "1")
    phone = phones()
    for path in (f"/{wrong}/", f"/{wrong}/api/room", f"/{wrong}/app.js", f"/{token.upper()}x/api/room"):
        assert phone.raw("GET", path).status == 403, path
    answer = phone.raw(
        "POST", f"/{wrong}/api/join", json.dumps({"role": "cde"}).encode(), {"Content-Type": "application/json"}
    )
    assert answer.status == 403


def test_the_token_is_128_bits_and_the_room_code_six_characters(server) -> None:
    assert len(bytes.fromhex(server.room.token)) == 16
    assert len(server.room.code) == 6 and server.room.code.isalnum()
    assert server.join_url.endswith(f"/{server.room.token}/")


def test_a_foreign_host_header_is_refused(phones) -> None:
    phone = phones()
    for host in ("evil.example", f"evil.example:{phone.port}", f"127.0.0.2:{phone.port}"):
        answer = phone.raw("GET", f"{phone.base}api/room", headers={"Host": host})
        assert answer.status == 403 and answer.error == "bad_host", host
    assert phone.raw("GET", f"{phone.base}api/room", headers={"Host": f"localhost:{phone.port}"}).status == 200


def test_every_answer_carries_a_strict_content_security_policy(phones) -> None:
    phone = phones()
    for path in (phone.base, f"{phone.base}app.js", f"{phone.base}api/room", "/nothing/"):
        headers = phone.raw("GET", path).headers
        policy = headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy and "unsafe" not in policy
        assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "no-referrer"


def test_the_page_loads_nothing_from_elsewhere(phones) -> None:
    phone = phones()
    for name in ("", "app.js", "page.css"):
        text = phone.raw("GET", phone.base + name).body
        text = text.decode() if isinstance(text, bytes) else json.dumps(text)
        assert "http://" not in text and "https://" not in text and "//" + "cdn" not in text
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text


def test_a_cross_origin_write_is_refused(phone, db, workshop_id) -> None:
    before = count_notes(db, workshop_id)
    for headers in ({"Origin": "http://evil.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"}):
        answer = phone.api("POST", "notes", {"client_id": "x" * 12, "text": "hop", "kind": "idea"}, headers=headers)
        assert answer.status == 403 and answer.error == "cross_origin", headers
    own = {"Origin": f"http://127.0.0.1:{phone.port}"}
    assert phone.api("POST", "notes", {"client_id": "y" * 12, "text": "ok", "kind": "idea"}, headers=own).status == 201
    assert count_notes(db, workshop_id) == before + 1


def test_a_write_must_be_json(phone) -> None:
    answer = phone.raw(
        "POST", f"{phone.base}api/notes", b"text=hello", {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert answer.status == 415


def test_an_oversized_body_is_refused_before_it_is_read(phone, db, workshop_id) -> None:
    before = count_notes(db, workshop_id)
    body = json.dumps({"client_id": "z" * 12, "text": "a" * 40_000, "kind": "idea"}).encode()
    answer = phone.raw("POST", f"{phone.base}api/notes", body, {"Content-Type": "application/json"})
    assert answer.status == 413 and answer.error == "too_large"
    assert count_notes(db, workshop_id) == before
    # A body announced as huge but never sent: answered at once, no waiting for it.
    with socket.create_connection((phone.host, phone.port), timeout=5) as raw:
        raw.sendall(
            f"POST {phone.base}api/notes HTTP/1.1\r\nHost: {phone.host}:{phone.port}\r\n"
            "Content-Type: application/json\r\nContent-Length: 900000000\r\n\r\n".encode()
        )
        assert raw.recv(100).startswith(b"HTTP/1.1 413")


def test_a_flood_from_one_phone_is_slowed_down(phone) -> None:
    statuses = [phone.api("GET", "state").status for _ in range(60)]
    assert statuses[0] == 200
    assert 429 in statuses and statuses.count(200) < 40
    answer = phone.api("GET", "state")
    assert answer.status == 429 and int(answer.headers["retry-after"]) >= 1


def test_another_phone_is_not_slowed_by_the_flood(phones) -> None:
    noisy, quiet = phones(), phones()
    noisy.join("cde"), quiet.join("partner")
    for _ in range(40):
        noisy.api("GET", "state")
    assert quiet.api("GET", "state").status == 200


def test_an_unknown_session_is_asked_to_join(phones) -> None:
    phone = phones()
    assert phone.api("GET", "state").error == "no_session"
    phone.session = "0" * 32
    assert phone.api("POST", "notes", {"client_id": "w" * 12, "text": "x", "kind": "idea"}).status == 401


def test_the_room_code_is_traded_for_the_join_address_a_few_times_only(server, phones) -> None:
    phone = phones()
    assert phone.raw("GET", "/").status == 200  # the short address: a page to type the code

    def trade(code: str):
        return phone.raw("POST", "/code", json.dumps({"code": code}).encode(), {"Content-Type": "application/json"})

    right = trade(server.room.code.lower())
    assert right.status == 200 and right.body["join"] == f"/{server.room.token}/"
    statuses = [trade("AAAAAA" if server.room.code != "AAAAAA" else "BBBBBB").status for _ in range(6)]
    assert statuses[:4] == [403] * 4 and statuses[-1] == 429


def test_closing_cuts_every_phone_off(server, phone) -> None:
    assert phone.api("GET", "state").status == 200  # a kept-alive connection is open
    server.stop()
    with pytest.raises(OSError):
        phone.connection.request("GET", f"{phone.base}api/state", headers={"Host": f"{phone.host}:{phone.port}"})
        phone.connection.getresponse()
    with pytest.raises(OSError):
        socket.create_connection((phone.host, phone.port), timeout=2)


def test_a_wildcard_address_is_refused(db, workshop_id) -> None:
    from workshop_studio.participation.server import AddressRefused, ParticipationServer

    for host in ("0.0.0.0", "::", "example.org"):
        with pytest.raises(AddressRefused):
            ParticipationServer(db, workshop_id, host=host)


def test_a_phone_page_is_served_with_its_token_in_the_address(server) -> None:
    phone = Phone(server.join_url)
    page = phone.raw("GET", phone.base)
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    assert b'lang="fr"' in page.body and b'src="app.js"' in page.body
    assert phone.raw("GET", phone.base.rstrip("/")).status == 301
    phone.close()
