"""The fetcher: retries with backoff, timeouts, size caps, robots.txt and a named user agent,
against a server on 127.0.0.1."""
import socket
import time

import pytest

from local_web import LocalWeb
from sitrep.ingest.fetch import Fetcher, FetchError


def _ok(body=b"<html><body><p>hello</p></body></html>"):
    return lambda n: (200, {"Content-Type": "text/html; charset=utf-8"}, body)


def test_a_server_error_is_tried_again_after_a_wait():
    flaky = lambda n: (503, {}, b"busy") if n == 1 else (200, {"Content-Type": "text/plain"}, b"fine")
    with LocalWeb({"/x": flaky}) as web:
        got = Fetcher(retries=2, backoff=0.01).get(web.url("/x"))
    assert (got.status, got.body, web.hits["/x"]) == (200, b"fine", 2)


def test_retries_give_up_with_the_last_reason():
    with LocalWeb({"/x": lambda n: (502, {}, b"")}) as web:
        with pytest.raises(FetchError, match=r"HTTP 502 \(after 3 tries\)"):
            Fetcher(retries=2, backoff=0.01).get(web.url("/x"))
    assert web.hits["/x"] == 3


def test_a_slow_server_times_out():
    slow = lambda n: (time.sleep(1.5), (200, {}, b"late"))[1]
    with LocalWeb({"/slow": slow}) as web:
        with pytest.raises(FetchError, match="timed out after 0.3 s"):
            Fetcher(timeout=0.3, retries=0).get(web.url("/slow"))


def test_a_response_over_the_cap_is_not_read():
    with LocalWeb({"/big": _ok(b"x" * 5000)}) as web:
        with pytest.raises(FetchError, match="over the 0.001 MB limit"):
            Fetcher(max_bytes=1000, retries=0).get(web.url("/big"))


def test_a_closed_port_cannot_connect():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect"):
        Fetcher(retries=0).get(f"http://127.0.0.1:{port}/x")


def test_robots_rules_and_a_failing_robots_txt_refuse_pages():
    rules = lambda n: (200, {"Content-Type": "text/plain"}, b"User-agent: sitrep\nDisallow: /no/\n")
    with LocalWeb({"/robots.txt": rules, "/no/page": _ok(), "/yes": _ok()}) as web:
        fetcher = Fetcher(retries=0)
        assert fetcher.get(web.url("/yes")).status == 200
        with pytest.raises(FetchError, match="robots.txt of the site disallows"):
            fetcher.get(web.url("/no/page"))
    assert "/no/page" not in web.hits and web.hits["/robots.txt"] == 1  # read once per site
    with LocalWeb({"/robots.txt": lambda n: (500, {}, b""), "/yes": _ok()}) as web:
        with pytest.raises(FetchError, match="robots.txt answered HTTP 500"):
            Fetcher(retries=0).get(web.url("/yes"))
    assert "/yes" not in web.hits


def test_requests_name_sitrep_and_not_a_url_is_refused():
    with LocalWeb({"/x": _ok()}) as web:
        Fetcher().get(web.url("/x"))
    assert all(h["User-Agent"].startswith("sitrep/") for _, h in web.log)
    with pytest.raises(FetchError, match="not an http"):
        Fetcher().get("ftp://example.org/x")
