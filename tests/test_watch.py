"""`sitrep watch` end to end against feeds and pages served on 127.0.0.1 by the test."""
import json

import pytest
from typer.testing import CliRunner

from local_web import LocalWeb, article_html, page, rss
from sitrep.cli import app
from sitrep.store import Store
from sitrep.watch import WatchError, load_feeds, parse_every

runner = CliRunner()

UA_STORY = article_html("Tanks lost near Izium", "Ukraine's General Staff said 14 Russian tanks were destroyed "
                        "near Izium on Tuesday.\n\nThe fighting went on through the night.")
RU_STORY = article_html("Ministry statement", "The Russian Defence Ministry said only 2 Russian tanks were "
                        "lost near Izium on Tuesday.\n\nIt gave no further details.")
SHARED = article_html("Shelling of Kharkiv", "Regional officials said three civilians were killed when shells hit "
                      "a market in Kharkiv on Tuesday.")
LATER_A = article_html("Drone attack on Odesa", "The mayor of Odesa said a drone attack on the port wounded "
                       "five people on Tuesday.")
LATER_B = article_html("Protest in Lviv", "Hundreds of people protested in Lviv on Tuesday against the closure "
                       "of a hospital, organisers said.")


def _feed(items, etag):
    return 200, {"Content-Type": "application/rss+xml", "ETag": etag}, rss(items)


def _routes(web):
    a1, a3, b1, b2 = web.url("/a1"), web.url("/a3"), web.url("/b1"), web.url("/b2")
    gone, shared = web.url("/gone"), web.url("/shared")

    def feed_a(n):  # poll 2: malformed XML; poll 3: one new article
        if n == 2:
            return 200, {"Content-Type": "application/rss+xml"}, b"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title></chan"
        items = [("Izium", a1), ("Gone", gone), ("Kharkiv", shared)] + ([("Odesa", a3)] if n >= 3 else [])
        return _feed(items, f'"a{n}"')

    def feed_b(n):  # poll 2: one new article; poll 3: the server drops the connection (down)
        if n >= 3:
            return None
        return _feed([("Ministry", b1), ("Kharkiv", shared)] + ([("Lviv", b2)] if n >= 2 else []), f'"b{n}"')

    return {"/a.rss": feed_a, "/b.rss": feed_b, "/a1": page(UA_STORY), "/b1": page(RU_STORY),
            "/shared": page(SHARED), "/a3": page(LATER_A), "/b2": page(LATER_B)}


def test_watch_stores_every_reachable_article_once_over_three_polls(tmp_path):
    with LocalWeb() as web:
        web.routes.update(_routes(web))
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"# two feeds\n{web.url('/a.rss')}\n\n{web.url('/b.rss')}\n")
        db, alerts = str(tmp_path / "w.db"), tmp_path / "alerts.jsonl"
        res = runner.invoke(app, ["watch", str(feeds), "--db", db, "--every", "1s", "--polls", "3",
                                  "--retries", "0", "--alerts", str(alerts)])
    assert res.exit_code == 0, res.output
    out = " ".join(res.output.split())
    # every reachable article fetched once and stored once; the 404 asked once and never again
    for path in ("/a1", "/b1", "/shared", "/a3", "/b2", "/gone"):
        assert web.hits[path] == 1, (path, web.hits)
    with Store(db) as store:
        ids = sorted(r.id for r in store.iter_documents())
    assert ids == sorted(web.url(p) for p in ("/a1", "/a3", "/b1", "/b2", "/shared"))
    # each poll's line, and the reasons for what was not read
    assert "poll 1 " in out and "3 new article(s)" in out.split("poll 2")[0]
    assert "poll 2 " in out and "feeds 1 read, 0 unchanged, 1 failed; 1 new article(s)" in out
    assert "poll 3 " in out and "feeds 1 read, 0 unchanged, 1 failed; 1 new article(s)" in out
    assert f"{web.url('/gone')}: HTTP 404" in out
    assert "malformed feed" in out and f"{web.url('/b.rss')}: feed not read: cannot connect" in out
    # the contradiction between the two ministries is printed once, when it was found
    assert out.count("new contradiction (value): materiel_lost (tank)") == 1
    assert "14 (Ukraine's General Staff" in out and "2 (Russian Defence Ministry" in out
    alert = [json.loads(line) for line in alerts.read_text().splitlines()]
    assert len(alert) == 1 and {alert[0]["a"]["value"], alert[0]["b"]["value"]} == {14, 2}
    # the feed is asked again with the validator it gave (a conditional request)
    b_asks = [headers for path, headers in web.log if path == "/b.rss"]
    assert b_asks[1].get("If-None-Match") == '"b1"'
    assert all(h["User-Agent"].startswith("sitrep/") for _, h in web.log)


def test_an_unchanged_feed_is_not_read_again(tmp_path):
    with LocalWeb() as web:
        story = web.url("/s")
        web.routes.update({
            "/f.rss": lambda n: _feed([("Kharkiv", story)], '"same"') if n == 1 else (304, {"ETag": '"same"'}, b""),
            "/s": page(SHARED)})
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(web.url("/f.rss") + "\n")
        res = runner.invoke(app, ["watch", str(feeds), "--db", str(tmp_path / "w.db"), "--every", "1s", "--polls", "2"])
    assert res.exit_code == 0, res.output
    assert "feeds 0 read, 1 unchanged, 0 failed; 0 new article(s)" in res.output
    assert web.hits["/s"] == 1


def test_robots_txt_is_respected(tmp_path):
    with LocalWeb() as web:
        web.routes.update({
            "/robots.txt": lambda n: (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
            "/f.rss": lambda n: _feed([("Secret", web.url("/private/x"))], '"1"'),
            "/private/x": page(SHARED)})
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(web.url("/f.rss") + "\n")
        res = runner.invoke(app, ["watch", str(feeds), "--db", str(tmp_path / "w.db"), "--polls", "1"])
    assert res.exit_code == 0, res.output
    assert "robots.txt of the site disallows" in " ".join(res.output.split())
    assert "/private/x" not in web.hits


@pytest.mark.parametrize("text, seconds", [("30s", 30), ("15m", 900), ("1h", 3600), ("1.5m", 90)])
def test_every_takes_seconds_minutes_hours(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["15", "soon", "0s", "-1m", "2d"])
def test_every_refuses_what_is_not_an_interval(text):
    with pytest.raises(WatchError, match="--every"):
        parse_every(text)


def test_feeds_file_problems_are_named(tmp_path):
    bad = tmp_path / "feeds.txt"
    bad.write_text("http://example.org/feed\nexample.org/other\n")
    with pytest.raises(WatchError, match=r"feeds.txt:2: 'example.org/other' is not an http\(s\) URL"):
        load_feeds(str(bad))
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n")
    res = runner.invoke(app, ["watch", str(empty), "--db", str(tmp_path / "w.db")])
    assert res.exit_code == 2 and "no feed URL in it" in res.output
    res = runner.invoke(app, ["watch", str(tmp_path / "none.txt")])
    assert res.exit_code == 2 and "no such file" in res.output


def test_ctrl_c_stops_a_watch_cleanly_between_polls(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import threading

    with LocalWeb() as web:
        web.routes.update({"/f.rss": lambda n: _feed([("Kharkiv", web.url("/s"))], f'"{n}"'), "/s": page(SHARED)})
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(web.url("/f.rss") + "\n")
        proc = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "watch", str(feeds), "--db", str(tmp_path / "w.db"),
                                 "--every", "1h"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                env=os.environ.copy(),
                                # as from a shell that ignores SIGINT (a background job): watch still stops
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
        lines = []  # the first poll loads the model and the gazetteer: slow on a busy machine
        watchdog = threading.Timer(600, proc.kill)  # never hang the suite
        watchdog.start()
        while not any(line.startswith("poll 1 ") for line in lines):
            lines.append(proc.stdout.readline())
            if not lines[-1] and proc.poll() is not None:
                break
        proc.send_signal(signal.SIGINT)
        try:
            rest, _ = proc.communicate(timeout=180)
        except subprocess.TimeoutExpired:
            proc.kill()
            pytest.fail("watch did not stop within 180 s of Ctrl-C; it printed:\n" + "".join(lines) + proc.communicate()[0])
        finally:
            watchdog.cancel()
    assert any(line.startswith("poll 1 ") for line in lines), "".join(lines)
    assert proc.returncode == 0 and "stopped after 1 poll(s)" in rest and "Traceback" not in rest
    with Store(str(tmp_path / "w.db")) as store:
        assert [d.id for d in store.iter_documents()] == [web.url("/s")]
