"""`sitrep watch FEEDS_FILE`: follow news feeds as they update (see sitrep.watch)."""
from __future__ import annotations

import datetime as dt
import signal
import sys
import time
from typing import Optional

import typer
from rich.console import Console

from .cli import DB_HELP, DEFAULT_DB, LANG, _report, _set_lang, _warn_languages, app, at_least, err


@app.command()
def watch(
    feeds_file: str = typer.Argument(..., metavar="FEEDS_FILE", help="A text file with one RSS or Atom feed URL a line (# starts a comment)."),
    db: str = typer.Option(DEFAULT_DB, "--db", metavar="PATH_OR_URL", help=DB_HELP),
    every: str = typer.Option("15m", "--every", metavar="INTERVAL", help="Time between polls: a number and s, m or h (30s, 15m, 1h)."),
    polls: int = typer.Option(0, "--polls", callback=at_least(0), metavar="N", help="Stop after N polls (0, the default: run until Ctrl-C)."),
    alerts: Optional[str] = typer.Option(None, "--alerts", metavar="FILE", help="Also append each new contradiction to this file, one JSON object a line."),
    timeout: float = typer.Option(20.0, "--timeout", callback=at_least(1), metavar="SECONDS", help="Give up on a server that does not answer within this many seconds."),
    retries: int = typer.Option(2, "--retries", callback=at_least(0), metavar="N", help="Tries again after no answer or a 429/5xx, waiting 1 s, 2 s, 4 s ..."),
    max_doc_mb: float = typer.Option(20.0, "--max-doc-mb", callback=at_least(0.001), metavar="MB", help="Skip (with an error line) a feed or article larger than this many MB."),
    lang: str = LANG,
) -> None:
    """Poll news feeds, fetch each new article once, extract and link its claims, and print
    the contradictions each poll finds.

    Feeds are asked with conditional requests (an unchanged feed costs little); a feed that is
    down or malformed is reported and tried again next time. Each poll prints one line; Ctrl-C
    stops after the current step. robots.txt is respected.
    """
    from .ingest.fetch import Fetcher
    from .store import StoreError
    from .watch import WatchError, Watcher, alert_line, load_feeds, parse_every, sleep_until

    _set_lang(lang)
    try:
        interval = parse_every(every)
        feeds = load_feeds(feeds_file)
    except WatchError as exc:
        err.print(f"[red]error[/red]: {exc}", markup=True, soft_wrap=True)
        raise typer.Exit(2)
    try:  # Ctrl-C stops between steps, also when started from a shell that ignores SIGINT; `kill` too
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    except (AttributeError, ValueError):  # not the main thread
        pass
    fetcher = Fetcher(timeout=timeout, retries=retries, max_bytes=int(max_doc_mb * 1_000_000))
    watcher = Watcher(feeds, db, fetcher, on_item=_report)
    out = Console(highlight=False, soft_wrap=True)
    out.print(f"watching {len(feeds)} feed(s) every {every} into {db}; Ctrl-C stops", markup=False)
    try:
        while True:
            started = time.monotonic()
            try:
                poll = watcher.poll()
            except StoreError as exc:
                err.print(f"[red]error[/red]: {exc}", markup=True, soft_wrap=True)
                raise typer.Exit(2)
            c = poll.summary.counts
            stamp = dt.datetime.now().strftime("%H:%M:%S")
            out.print(f"poll {poll.number} at {stamp}: feeds {poll.feeds_read} read, {poll.feeds_unchanged} unchanged, "
                      f"{poll.feeds_failed} failed; {c['new'] + c['updated']} new article(s), {c['claims stored']} claim(s), "
                      f"{c['failures']} failure(s), {len(poll.new_contradictions)} new contradiction(s)", markup=False)
            _warn_languages(poll.summary.other_languages)
            if poll.new_contradictions:
                _print_new(out, poll.new_contradictions)
                if alerts:
                    _append(alerts, [alert_line(r) for r in poll.new_contradictions])
            if polls and poll.number >= polls:
                break
            sleep_until(started + interval)
    except KeyboardInterrupt:
        out.print(f"stopped after {watcher.polls} poll(s)", markup=False)
    finally:
        fetcher.close()


def _print_new(out: Console, recs: list[dict]) -> None:
    for r in recs:
        a, b = r["a"], r["b"]
        what = r["category"] + (f" ({r['item']})" if r.get("item") else "")
        where = r.get("place_name") or "(no place)"
        out.print(f"new contradiction ({r['kind']}): {what} at {where}, {r.get('window_from') or 'undated'}: "
                  f"{_side(a)} vs {_side(b)}", markup=False)


def _side(side: dict) -> str:
    figure = side.get("value")
    figure = "denial" if figure is None else f"{figure:g}"
    who = side.get("claimant") or "(unattributed)"
    return f"{figure} ({who}; {', '.join(side.get('outlets') or []) or side.get('doc_id')})"


def _append(path: str, lines: list[str]) -> None:
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("".join(line + "\n" for line in lines))
    except OSError as exc:
        err.print(f"[red]error[/red]: cannot write alerts to {path!r}: {exc.strerror or exc}", markup=True)
