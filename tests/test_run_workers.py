"""`sitrep run --workers N`: the same claims whatever N is."""
import json
import subprocess
import sys
from pathlib import Path

TOWNS = ["Kharkiv", "El Fasher", "Goma", "Khan Younis", "Djibo", "Lashio"]


def _run(inputs: Path, db: Path, workers: int) -> list[dict]:
    cmd = [sys.executable, "-m", "sitrep.cli", "run", str(inputs), "--db", str(db), "-q", "--workers", str(workers)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    out = subprocess.run([sys.executable, "-m", "sitrep.cli", "export", "claims", "--db", str(db), "--format", "jsonl"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return sorted((json.loads(line) for line in out.stdout.splitlines() if line.strip()), key=lambda c: c["claim_id"])


def test_two_workers_store_exactly_what_one_stores(tmp_path):
    lines = []
    for n in range(24):  # above the size under which a run stays in one process
        town = TOWNS[n % len(TOWNS)]
        text = (f"Shelling killed {n + 2} civilians in {town} on Monday, officials said. "
                f"At least {n + 5} others were wounded and {10 * (n + 1)} residents fled the area.")
        lines.append(json.dumps({"id": f"w-{n}", "url": f"https://example.org/{n}", "title": f"Strike on {town}",
                                 "published": "2024-05-10", "text": text}))
    inputs = tmp_path / "docs.jsonl"
    inputs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = _run(inputs, tmp_path / "one.db", 1)
    two = _run(inputs, tmp_path / "two.db", 2)
    assert len(one) >= 24 * 3
    assert one == two
