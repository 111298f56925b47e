"""The read-only HTTP API over a database."""
from fastapi.testclient import TestClient

from sitrep.serve import create_app
from sitrep.store import Store
from test_store import make_doc


def test_api_lists_and_filters(tmp_path):
    db = str(tmp_path / "s.db")
    with Store(db) as s:
        s.save(make_doc("a", n_claims=2))
        s.save(make_doc("b/with slash", n_claims=1))
    client = TestClient(create_app(db))
    assert client.get("/health").json() == {"status": "ok", "documents": 2, "claims": 3}
    docs = client.get("/documents").json()
    assert [d["id"] for d in docs] == ["a", "b/with slash"] and "text" not in docs[0]
    one = client.get("/documents/b/with slash").json()
    assert one["id"] == "b/with slash" and len(one["claims"]) == 1
    assert client.get("/documents/nope").status_code == 404
    assert len(client.get("/claims", params={"doc_id": "a"}).json()) == 2
    assert client.get("/claims", params={"category": "killed"}).json() == []
    assert client.get("/claims", params={"limit": 0}).status_code == 422
    geo = client.get("/claims.geojson").json()
    assert len(geo["features"]) == 3 and geo["features"][0]["geometry"]["type"] == "Point"
