"""The web page's API under /api/: every endpoint answers with totals under the shared
filters, and every bad parameter is a 422 that names it (with the valid choices)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

import serve_data
from sitrep.serve import create_app

FILTERED = ["claims", "claims.geojson", "documents", "map", "timeline", "clusters", "events", "contradictions", "tallies"]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = serve_data.build(str(tmp_path_factory.mktemp("serve") / "s.db"))
    return TestClient(create_app(db), raise_server_exceptions=False)


def ids(res) -> set[str]:
    return {c["claim_id"] for c in res.json()["items"]}


def test_every_endpoint_answers_and_lists_carry_a_total(client):
    for path in FILTERED + ["health", "options"]:
        res = client.get(f"/api/{path}")
        assert res.status_code == 200, (path, res.text)
    for path in ("claims", "documents", "clusters", "events", "contradictions"):
        body = client.get(f"/api/{path}", params={"limit": 1}).json()
        assert body["total"] >= len(body["items"]) == 1, path
    assert client.get("/api/claims").json()["total"] == 6
    assert client.get("/api/documents").json()["total"] == 5
    assert client.get("/api/health").json() == {"status": "ok", "documents": 5, "claims": 6}


def test_paging_walks_every_claim_once(client):
    seen = [c["claim_id"] for off in range(0, 6, 2)
            for c in client.get("/api/claims", params={"limit": 2, "offset": off}).json()["items"]]
    assert sorted(seen) == sorted(ids(client.get("/api/claims")))


def test_a_claim_carries_its_source_and_one_claim_opens_by_id(client):
    rows = {c["claim_id"]: c for c in client.get("/api/claims").json()["items"]}
    assert rows["alpha-1"]["source"]["outlet"] == "alpha-news.example"
    one = client.get("/api/claims/alpha-1").json()
    assert one["evidence"]["text"] == serve_data.SENTENCES["alpha"] and one["value"] == 14
    assert client.get("/api/claims/nope").status_code == 404


def test_a_document_has_its_text_removed_boilerplate_and_claims(client):
    doc = client.get("/api/documents/gamma").json()
    claim = next(c for c in doc["claims"] if c["claim_id"] == "gamma-2")
    assert doc["text"][claim["evidence"]["start"]:claim["evidence"]["end"]] == "A market in Kharkiv was shelled."
    assert doc["removed"] == [{"text": "Share this story", "reason": "share_subscribe"}]
    assert client.get("/api/documents/nope").status_code == 404


def test_place_is_case_insensitive_and_radius_goes_through_the_geocoder(client):
    assert ids(client.get("/api/claims", params={"place": "kharkiv"})) == {"gamma-2"}
    assert ids(client.get("/api/claims", params={"place": "KHARKIV"})) == {"gamma-2"}
    near = client.get("/api/claims", params={"place": "Kharkov", "radius": 100}).json()
    assert near["filters"]["near"]["name"] == "Kharkiv"
    assert {c["claim_id"] for c in near["items"]} == {"gamma-2", "epsilon-1"}  # the city, and the region's centre 60 km off
    assert ids(client.get("/api/claims", params={"place": "Kharkiv", "radius": 10})) == {"gamma-2"}


@pytest.mark.parametrize("params, expected", [
    ({"since": "2024-03-01"}, {"alpha-1", "beta-1", "delta-1"}),
    ({"until": "2024-02-28"}, {"gamma-1", "gamma-2"}),
    ({"since": "2024-03-01", "until": "2024-03-01"}, {"alpha-1", "beta-1"}),
    ({"category": "materiel_lost"}, {"alpha-1", "beta-1"}),
    ({"category": "killed,attack"}, {"gamma-1", "gamma-2", "delta-1"}),
    ({"side": "russia"}, {"beta-1"}),
    ({"side": "Ukraine,russia"}, {"alpha-1", "beta-1"}),
    ({"claimant": "monitors"}, {"gamma-1", "delta-1"}),
    ({"outlet": "gamma-post"}, {"gamma-1", "gamma-2", "delta-1"}),
    ({"q": "TANKS"}, {"alpha-1", "beta-1"}),
    ({"q": "100%"}, set()),
    ({"bbox": "36,49,37,50.5"}, {"gamma-2", "epsilon-1"}),
    ({"side": "hamas"}, set()),  # a profile's party: valid, though no claim has it
])
def test_each_filter_narrows_the_claims(client, params, expected):
    res = client.get("/api/claims", params=params)
    assert res.status_code == 200 and ids(res) == expected
    assert res.json()["total"] == len(expected)


def test_the_map_groups_claims_in_cells_and_keeps_regions_apart(client):
    cells = client.get("/api/map", params={"zoom": 5}).json()["cells"]
    assert sum(c["count"] for c in cells) == 4  # the two running totals have no place
    region = next(c for c in cells if c["place"] == "Kharkiv Oblast")
    assert region["kind"] == "region" and region["claim_id"] == "epsilon-1"
    avdiivka = next(c for c in cells if c["place"] == "Avdiivka")
    assert avdiivka["count"] == 2 and avdiivka["max_value"] == 14 and avdiivka["claim_id"] is None
    far = client.get("/api/map", params={"zoom": 0}).json()["cells"]
    assert len(far) < len(cells)
    assert client.get("/api/map", params={"zoom": 5, "side": "russia"}).json()["claims"] == 1


def test_the_timeline_counts_per_day_and_ignores_the_date_filter(client):
    body = client.get("/api/timeline", params={"since": "2024-03-01"}).json()
    assert body["days"][0] == {"day": "2024-02-01", "counts": {"attack": 1, "killed": 1}}
    assert sum(sum(d["counts"].values()) for d in body["days"]) == 5 and body["not_by_day"] == 1
    assert client.get("/api/timeline", params={"category": "killed"}).json()["not_by_day"] == 0


def test_contradictions_show_both_sides_with_sentences_and_sources(client):
    body = client.get("/api/contradictions").json()
    assert body["total"] == 1
    x = body["items"][0]
    assert {x["a"]["claimant"], x["b"]["claimant"]} == {"General Staff", "Defence Ministry"}
    for side in (x["a"], x["b"]):
        doc = client.get(f"/api/documents/{side['doc_id']}").json()
        assert doc["text"][side["evidence"]["start"]:side["evidence"]["end"]] == side["evidence"]["text"]
        assert side["source"]["outlet"]
    assert client.get("/api/contradictions", params={"side": "russia"}).json()["total"] == 1
    assert client.get("/api/contradictions", params={"category": "killed"}).json()["total"] == 0


def test_clusters_and_events_take_the_filters(client):
    assert client.get("/api/clusters", params={"category": "killed"}).json()["total"] == 2
    events = client.get("/api/events").json()
    assert [e["category"] for e in events["items"]] == ["attack"]


def test_tallies_are_running_totals_per_claimant(client):
    body = client.get("/api/tallies").json()
    assert body["category"] == "killed" and [p["value"] for p in body["points"]] == [1000, 1200]
    assert [p["value"] for p in client.get("/api/tallies", params={"until": "2024-02-15"}).json()["points"]] == [1000]


def test_options_list_the_valid_choices(client):
    body = client.get("/api/options").json()
    assert "materiel_lost" in body["categories"] and body["sides"][:2] == ["ukraine", "russia"]
    assert {"other", "israel", "hamas"} <= set(body["sides"])  # the conflict profiles' parties
    assert "alpha-news.example" in body["outlets"] and "UN monitors" in body["claimants"]
    assert body["dates"] == {"first": "2024-02-01", "last": "2024-03-02"}


BAD = [
    ({"category": "bogus"}, "category", "materiel_lost"),
    ({"category": "killed,bogus"}, "category", "materiel_lost"),
    ({"side": "martians"}, "side", "ukraine"),
    ({"since": "2024-13-01"}, "since", None),
    ({"since": "yesterday"}, "since", None),
    ({"until": "2024-02-30"}, "until", None),
    ({"since": "2024-03-02", "until": "2024-03-01"}, "until", None),
    ({"radius": "10"}, "radius", None),
    ({"place": "Nowhereville Qzx", "radius": "10"}, "place", None),
    ({"place": "Kharkiv", "radius": "-1"}, "radius", None),
    ({"place": "Kharkiv", "radius": "many"}, "radius", None),
    ({"bbox": "1,2,3"}, "bbox", None),
    ({"bbox": "0,80,10,70"}, "bbox", None),
    ({"q": "a\x00b"}, "q", None),
    ({"claimant": "x" * 5000}, "claimant", None),
]


@pytest.mark.parametrize("path", FILTERED)
@pytest.mark.parametrize("params, name, choice", BAD)
def test_a_bad_filter_is_a_422_naming_the_parameter(client, path, params, name, choice):
    res = client.get(f"/api/{path}", params=params)
    assert res.status_code == 422, res.text
    errors = res.json()["detail"]
    assert any(e["loc"][-1] == name for e in errors), errors
    if choice:
        assert any(choice in e.get("valid", []) for e in errors)


@pytest.mark.parametrize("path, params, name", [
    ("claims", {"limit": "0"}, "limit"), ("claims", {"limit": "1001"}, "limit"),
    ("claims", {"offset": "-1"}, "offset"), ("claims", {"offset": str(10**16)}, "offset"),
    ("documents", {"limit": "x"}, "limit"), ("contradictions", {"limit": "501"}, "limit"),
    ("claims.geojson", {"limit": "100001"}, "limit"), ("map", {"zoom": "19"}, "zoom"),
    ("map", {"zoom": "-1"}, "zoom"), ("clusters", {"offset": "1e3"}, "offset"),
    ("tallies", {"category": "wounded"}, "category"), ("tallies", {"category": "killed", "item": "tank"}, "item"),
    ("tallies", {"category": "killed,attack"}, "category"),
])
def test_a_bad_paging_or_view_parameter_is_a_422(client, path, params, name):
    res = client.get(f"/api/{path}", params=params)
    assert res.status_code == 422, res.text
    assert any(e["loc"][-1] == name for e in res.json()["detail"])


def test_the_api_is_read_only(client):
    for path in ("/api/claims", "/api/documents/alpha", "/api/map"):
        assert client.post(path).status_code == 405
        assert client.delete(path).status_code == 405


def test_the_page_and_docs_load_only_bundled_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
    docs = client.get("/docs").text
    for html in (page.text, docs):
        refs = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert refs and all(r.startswith("/") for r in refs), refs
        for ref in refs:
            assert client.get(ref).status_code == 200, ref
    spec = client.get("/openapi.json").json()
    assert {"/api/claims", "/api/map", "/api/timeline", "/api/contradictions", "/api/tallies", "/api/events"} <= set(spec["paths"])


def test_the_first_api_still_answers(client):
    assert client.get("/health").json()["claims"] == 6
    assert len(client.get("/claims", params={"category": "materiel_lost"}).json()) == 2
    assert client.get("/claims", params={"category": "bogus"}).json() == []
