"""A generated news corpus for the reliability suites, and a snapshot of everything a run
leaves in a database (documents, duplicates, claims, clusters, contradictions), so two
databases can be compared for equality.

The stories are written for these tests: strikes, losses and evacuations in real towns,
reported by several outlets with their own or the same figures, some of them syndicated
copies of another outlet's story (same text, other boilerplate), some undated, some on one
publication day (ties)."""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from pathlib import Path

TOWNS = ["Kharkiv", "Izium", "Kherson", "Mykolaiv", "Zaporizhzhia", "Sumy", "Chernihiv", "Pokrovsk",
         "Kramatorsk", "Sloviansk", "Nikopol", "Odesa", "Dnipro", "Bakhmut", "Avdiivka"]
SPEAKERS = ["the regional governor said", "the town's mayor said", "police said", "the Ukrainian army said",
            "Russia's defence ministry claimed", "local officials said", "emergency services said"]
OUTLETS = ["north-desk", "east-report", "south-wire", "front-news", "daily-ledger", "field-post"]
BOILER = ["Read more on our live page.", "Follow us for updates.", "This story was updated.", ""]


def _story(rng: random.Random, day: dt.date) -> str:
    town = rng.choice(TOWNS)
    killed, hurt = rng.randint(1, 40), rng.randint(1, 90)
    who = rng.choice(SPEAKERS)
    weekday = day.strftime("%A")
    lines = [
        f"Shelling struck a residential area of {town} on {weekday}, killing {killed} civilians and injuring "
        f"{hurt} others, {who}.",
        f"Rescue crews searched the rubble of {rng.randint(2, 9)} damaged buildings through the night while "
        f"volunteers handed out water and blankets.",
    ]
    if rng.random() < 0.5:
        lines.append(f"About {rng.choice([200, 500, 1200, 3000])} people were evacuated from nearby villages, "
                     f"{rng.choice(SPEAKERS)}.")
    if rng.random() < 0.4:
        lines.append(f"Ukrainian forces destroyed {rng.randint(2, 12)} tanks near {rng.choice(TOWNS)}, "
                     f"{rng.choice(SPEAKERS)}.")
    return " ".join(lines)


def corpus(n: int, seed: int = 14) -> list[dict]:
    """``n`` JSONL records: about a third repeat an earlier figure in other words or as a
    syndicated copy; some share a publication time, some have none."""
    rng = random.Random(seed)
    start = dt.date(2023, 3, 1)
    records: list[dict] = []
    for i in range(n):
        day = start + dt.timedelta(days=rng.randint(0, 20))
        roll = rng.random()
        if records and roll < 0.2:  # a syndicated copy of an earlier story
            base = rng.choice(records)
            text = base["text"].split("\n\n")[0] + "\n\n" + rng.choice(BOILER)
            published = base.get("published")
        elif records and roll < 0.35:  # the same figure, another outlet's words
            base = rng.choice(records)
            text = "Officials gave new details. " + base["text"].split("\n\n")[0]
            published = base.get("published")
        else:
            text = _story(rng, day)
            published = f"{day.isoformat()}T{rng.choice([8, 12, 12, 18]):02d}:00:00"
        if rng.random() < 0.08:
            published = None
        rec = {"id": f"r{i:04d}", "url": f"https://{rng.choice(OUTLETS)}.example/{i}",
               "title": f"Report {i}", "text": text + "\n\n" + rng.choice(BOILER)}
        if published:
            rec["published"] = published
        records.append(rec)
    return records


def write_jsonl(path: Path, records: list[dict]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return str(path)


def snapshot(db: str) -> dict:
    """Everything a run decides, in a form two databases can be compared by (``==``)."""
    from sitrep.link.tables import iter_clusters, iter_contradictions
    from sitrep.store import Store

    with Store(db) as store:
        docs = [(d.id, d.duplicate_of, d.similarity, d.text, d.input_hash) for d in store.iter_documents()]
        claims = [(c.claim_id, c.doc_id, c.category, c.value, c.claimant, c.place_name, c.date)
                  for c in store.iter_claims()]
        clusters = [json.dumps(c, sort_keys=True, default=str) for c in iter_clusters(store.engine)]
        contradictions = [json.dumps(c, sort_keys=True, default=str) for c in iter_contradictions(store.engine)]
        from sqlalchemy import text

        with store.engine.connect() as conn:
            seen = [r[0] for r in conn.execute(text("select seen from documents"))]
            linked = conn.execute(text("select count(*) from linked_docs")).scalar()
    assert len(seen) == len(set(seen)), "two documents share a first-seen number"
    assert linked == len(docs), f"{len(docs) - linked} documents left unlinked"
    return {"documents": docs, "claims": claims, "clusters": sorted(clusters),
            "contradictions": sorted(contradictions)}


def sitrep(*args: str, **kw) -> subprocess.Popen:
    """``sitrep ARGS`` in a new process (this checkout's code), output captured."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    return subprocess.Popen([sys.executable, "-m", "sitrep.cli", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)
