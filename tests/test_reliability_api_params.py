"""The API under hostile parameters: out-of-range numbers are 422, NUL bytes in ids are 404 or
422, never a 500 (which also resets the connection); on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sitrep.serve import create_app
from sitrep.store import Store
from test_store import make_doc


@pytest.fixture
def client(db_url):
    db = db_url
    with Store(db) as s:
        s.save(make_doc("a", n_claims=2))
    return TestClient(create_app(db), raise_server_exceptions=False)


@pytest.mark.parametrize("path", ["/claims", "/documents"])
@pytest.mark.parametrize("offset", ["9223372036854775808", "9223372036854775807", str(10**30), "-1", "1e3", "x"])
def test_offset_out_of_range_is_422(client, path, offset):
    res = client.get(path, params={"offset": offset})
    assert res.status_code == 422, res.text


@pytest.mark.parametrize("limit", ["9223372036854775808", str(10**30), "0", "-5"])
def test_limit_out_of_range_is_422(client, limit):
    for path in ("/claims", "/documents", "/claims.geojson"):
        assert client.get(path, params={"limit": limit}).status_code == 422


def test_large_but_valid_offset_is_an_empty_page(client):
    assert client.get("/claims", params={"offset": 10**12}).json() == []


@pytest.mark.parametrize("doc_id", ["%00", "a%00b", "%ff", "%ed%a0%80"])
def test_document_id_with_nul_or_bad_bytes_is_404(client, doc_id):
    res = client.get(f"/documents/{doc_id}")
    assert res.status_code == 404, res.text


@pytest.mark.parametrize("name", ["doc_id", "category", "claimant_side", "place"])
def test_query_parameter_with_nul_is_422(client, name):
    res = client.get(f"/claims?{name}=a%00b")
    assert res.status_code == 422, res.text
    assert client.get("/claims.geojson?category=%00").status_code == 422


def test_after_a_rejected_request_the_api_still_answers(client):
    client.get("/claims", params={"offset": "9223372036854775808"})
    assert client.get("/health").json()["documents"] == 1
