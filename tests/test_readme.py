"""Every `sitrep` command in the README runs, on the example database, and succeeds.

Placeholders the README names are filled in here: CLAIM_ID with a stored claim's id, the
example URLs (https://news.example/...) with pages served on 127.0.0.1, feeds.txt with a feed
served there; `watch` gets --polls 1 and `serve` runs in a process of its own until it answers.
"""
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from local_web import LocalWeb, article_html, page, rss
from sitrep.cli import app
from sitrep.store import Store

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner(env={"COLUMNS": "160"})
STORY = ("A drone attack on the port of Odesa overnight wounded four dock workers, the regional governor "
         "said on Tuesday.")


def readme_commands() -> list[str]:
    """The `sitrep ...` lines of the README's bash blocks, in order."""
    text = (ROOT / "README.md").read_text("utf-8")
    commands = []
    for block in re.findall(r"```bash\n(.*?)```", text, re.S):
        commands += [line.strip() for line in block.splitlines() if line.strip().startswith("sitrep ")]
    return commands


def test_the_readme_has_commands_for_every_subcommand():
    used = {shlex.split(c, comments=True)[1] for c in readme_commands()}
    assert used >= {"run", "clean", "export", "show", "contradictions", "tally", "geocode", "watch", "serve"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(args: list[str]) -> None:
    port = _free_port()
    args[args.index("--port") + 1] = str(port)
    proc = subprocess.Popen([sys.executable, "-m", "sitrep.cli", *args[1:]], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"`{' '.join(args)}` exited: {proc.stderr.read().decode()[-2000:]}")
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/claims?limit=1", timeout=2)
                assert answer.status_code == 200 and answer.json()
                return
            except httpx.HTTPError:
                time.sleep(0.5)
        pytest.fail(f"`{' '.join(args)}` did not answer within 90 s")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_every_readme_command_runs_on_the_example_database(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    with LocalWeb() as web:
        web.routes["/2024/05/14/odesa-port.html"] = page(article_html("Odesa port", STORY))
        web.routes["/feed.rss"] = lambda n: (200, {"Content-Type": "application/rss+xml"},
                                             rss([("Odesa port", web.url("/2024/05/14/odesa-port.html"))]))
        (tmp_path / "feeds.txt").write_text(web.url("/feed.rss") + "\n")
        ran = []
        for line in readme_commands():
            args = [a.replace("https://news.example", web.base) for a in shlex.split(line, comments=True)]
            if "CLAIM_ID" in args:
                with Store("examples.db") as store:
                    args[args.index("CLAIM_ID")] = next(store.iter_claims()).claim_id
            if args[1] == "watch":
                args += ["--polls", "1"]
            if args[1] == "serve":
                _serve(args)
            else:
                res = runner.invoke(app, args[1:])
                assert res.exit_code == 0, f"`{line}` exited {res.exit_code}:\n{res.output[-3000:]}"
            ran.append(line)
    assert len(ran) == len(readme_commands()) >= 20
    assert len(Path("claims.csv").read_text().splitlines()) > 10
    with Store("news.db") as store:  # the URL run and the watched feed stored the served page once
        assert [d.id for d in store.iter_documents()] == [web.url("/2024/05/14/odesa-port.html")]
    assert web.hits["/2024/05/14/odesa-port.html"] == 1
