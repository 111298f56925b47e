"""Screenshots of each view of the web page at 1400x900 (PNG files; look at them).

    python bench/screenshots.py [--db examples.db] [--out screenshots/]

Without --db, builds the README's example database (sitrep run examples/) in a temporary folder.
Views: the claims list with map and timeline, a filter applied, a claim opened on its document,
the contradictions, the tallies, and the API docs.
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from sitrep.serve import create_app
from sitrep.serve.background import browser, running

ROOT = Path(__file__).resolve().parent.parent


def example_db(folder: Path) -> str:
    from sitrep import runner

    db = str(folder / "examples.db")
    runner.run_inputs([str(ROOT / "examples")], db, progress=False, workers=1)
    return db


def shoot(db: str, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with running(create_app(db)) as base, browser() as b:
        page = b.new_page(viewport={"width": 1400, "height": 900})

        def snap(name: str, url: str, ready: str, action=None) -> None:
            page.goto(base + url)
            page.wait_for_selector("body[data-loaded][data-basemap]")
            if action:
                action()
            page.wait_for_selector(ready)
            page.wait_for_timeout(1800)  # the basemap's rivers and boundaries come 1.5 s after the claims
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)
            path = out / f"{name}.png"
            page.screenshot(path=str(path))
            shots.append(path)

        snap("1-claims", "/", "tr.row")
        snap("2-filtered-kharkiv", "/?place=kharkiv&radius=60", "tr.row")
        snap("3-document", "/", "#document mark", lambda: page.click("tr.row >> nth=0"))
        snap("4-contradictions", "/?view=contradictions", ".contradiction, #view-contradictions .empty")
        snap("5-tallies", "/?view=tallies", "#tally-svg, #view-tallies .empty")
        page.goto(base + "/docs")
        page.wait_for_selector(".opblock")
        page.screenshot(path=str(out / "6-api-docs.png"))
        shots.append(out / "6-api-docs.png")
    return shots


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="a sitrep database (default: build the example one)")
    ap.add_argument("--out", default=str(ROOT / "screenshots"), help="folder for the PNG files")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or example_db(Path(tmp))
        for path in shoot(db, Path(args.out)):
            print(path)


if __name__ == "__main__":
    main()
