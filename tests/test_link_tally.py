"""Tallies of running totals from two claimants: exact series, one point per repeated figure."""
import pytest

from sitrep.link.tally import TallyError, check_request, tally
from test_link_clusters import build, doc

UA = dict(claimant="General Staff of the Armed Forces of Ukraine", claimant_side="ukraine")
RU = dict(claimant="Russian Ministry of Defence", claimant_side="russia")


def total(item, **kw):
    return dict(subject=item + "s", item=item, scope="cumulative", **kw)


DOCS = [
    doc("ua-1", [("materiel_lost", 100, total("tank", **UA, victim_side="russia", date="2024-03-01")),
                 ("materiel_lost", 9, total("aircraft", **UA, victim_side="russia", date="2024-03-01"))]),
    doc("ua-2", [("materiel_lost", 120, total("tank", **UA, victim_side="russia", date="2024-03-05"))]),
    doc("repost", [("materiel_lost", 120, total("tank", **UA, victim_side="russia"))], published="2024-03-06T10:00:00"),
    doc("ua-3", [("materiel_lost", 150, total("tank", **UA, victim_side="russia", date="2024-03-10"))]),
    doc("ru-1", [("materiel_lost", 20, total("tank", **RU, victim_side="russia", date="2024-03-04"))]),
    doc("ru-2", [("materiel_lost", 25, total("tank", **RU, victim_side="russia", date="2024-03-10"))]),
    doc("event", [("materiel_lost", 3, dict(subject="tanks", item="tank", date="2024-03-02", **UA))]),  # one incident
    doc("warning", [("materiel_lost", 500, total("tank", **UA, modality="warned", date="2024-03-03"))]),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    store, _ = build(tmp_path_factory.mktemp("tally"), DOCS)
    return store.engine


def test_tank_series_per_claimant(engine):
    points = [(p["claimant_side"], p["date"], p["value"], p["reports"], p["doc_id"])
              for p in tally(engine, "materiel_lost", "tank")]
    assert points == [
        ("russia", "2024-03-04", 20, 1, "ru-1"),
        ("russia", "2024-03-10", 25, 1, "ru-2"),
        ("ukraine", "2024-03-01", 100, 1, "ua-1"),
        ("ukraine", "2024-03-05", 120, 2, "ua-2"),  # repeated the next day by another outlet
        ("ukraine", "2024-03-10", 150, 1, "ua-3"),
    ]


def test_points_carry_claimant_and_evidence(engine):
    (point,) = tally(engine, "materiel_lost", "aircraft")
    assert point["claimant"] == UA["claimant"] and point["value"] == 9
    assert point["evidence"].startswith("Sentence 1 of ua-1")
    assert [p["value"] for p in tally(engine, "materiel_lost", "tank", claimant_side="russia")] == [20, 25]


def test_unknown_category_or_item_names_the_choices(engine):
    with pytest.raises(TallyError, match="materiel_lost"):
        check_request(engine, "killed", None)
    with pytest.raises(TallyError, match="aircraft, tank"):
        check_request(engine, "materiel_lost", "ship")
    check_request(engine, "materiel_lost", "tank")
