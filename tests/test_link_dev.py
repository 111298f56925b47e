"""On the shared dev documents (read at run time, skipped when absent): documents with the same
body are linked by `sitrep run`, and their claims are counted once in clusters."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

DOCS = Path(__file__).resolve().parents[2] / "shared" / "dev" / "claims" / "docs.jsonl"
pytestmark = pytest.mark.skipif(not DOCS.exists(), reason="shared dev documents not present")
runner = CliRunner()


def same_body_pairs() -> list[tuple[str, str]]:
    """Pairs of dev documents whose bodies are identical (found from the data, not listed)."""
    by_body: dict[str, list[str]] = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        by_body.setdefault(doc.get("text") or doc.get("html") or "", []).append(doc["id"])
    return [tuple(ids) for ids in by_body.values() if len(ids) == 2]


def export(table: str, db: str) -> list[dict]:
    res = runner.invoke(app, ["export", table, "--db", db])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.output.splitlines()]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("dev") / "dev.db")
    res = runner.invoke(app, ["run", str(DOCS), "--db", path, "--quiet"])
    assert res.exit_code == 0, res.output
    return path


def test_identical_bodies_are_found_in_the_data():
    pairs = {tuple(sorted(p)) for p in same_body_pairs()}
    assert {("hoot-24", "hoot-38"), ("hoot-59", "hoot-67")} <= pairs


def test_identical_documents_are_linked_to_the_earlier_one(db):
    docs = {d["id"]: d for d in export("documents", db)}
    for a, b in same_body_pairs():
        first, second = sorted((a, b), key=lambda i: docs[i]["published"])
        assert docs[first]["duplicate_of"] is None
        assert docs[second]["duplicate_of"] == first and docs[second]["similarity"] == 1.0
    linked = {d["id"] for d in docs.values() if d["duplicate_of"]}
    assert linked == {max(p, key=lambda i: docs[i]["published"]) for p in same_body_pairs()}


def test_claims_of_copies_are_counted_once(db):
    docs = {d["id"]: d for d in export("documents", db)}
    claims = export("claims", db)
    clusters = export("clusters", db)
    assert sum(c["claims"] for c in clusters) == len(claims)  # every claim is in exactly one cluster
    member_of = {cid: c for c in clusters for m in c["members"] for cid in m["claim_ids"]}
    assert set(member_of) == {c["claim_id"] for c in claims}
    copies = {d["id"]: d["duplicate_of"] for d in docs.values() if d["duplicate_of"]}
    copy_claims = [c for c in claims if c["doc_id"] in copies]
    assert copy_claims  # the copies do carry claims, so this checks something
    for claim in copy_claims:
        cluster = member_of[claim["claim_id"]]
        docs_in = {m["doc_id"]: m for m in cluster["members"]}
        original = copies[claim["doc_id"]]
        assert original in docs_in, claim["claim_id"]  # joined the original's claim
        assert docs_in[claim["doc_id"]]["independent"] is False
        assert cluster["independent_reports"] == len({m["duplicate_of"] or m["doc_id"] for m in cluster["members"]})
        assert cluster["independent_reports"] < cluster["reports"]
