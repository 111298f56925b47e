"""event_id: the claims of one incident in one document share it; source: every claim carries
its document's url, outlet, title and publication date."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def claims_of(text, **kw):
    return extract_claims(Document(id="d", published="2023-11-03", text=text, **kw))


def test_an_attack_and_its_killed_and_wounded_share_one_event():
    cs = claims_of("Russian forces shelled Kherson on Thursday, killing two residents and wounding six, "
                   "the regional administration said.")
    assert {c.category for c in cs} >= {"killed", "wounded", "attack"}
    assert len({c.event_id for c in cs}) == 1 and cs[0].event_id


def test_a_next_sentence_that_only_counts_people_goes_on_with_the_incident():
    cs = claims_of("A Russian missile hit a block of flats in Dnipro on Saturday, killing 30 people, rescuers said. "
                   "At least 73 people were injured.")
    assert len({c.event_id for c in cs}) == 1


def test_another_claimant_in_the_next_sentence_is_another_incident():
    cs = claims_of("A missile strike on Kharkiv on Thursday injured nine people, the mayor said. "
                   "Russia's Defence Ministry said it killed 30 fighters in Kharkiv.")
    wounded = next(c for c in cs if c.category == "wounded")
    killed = next(c for c in cs if c.category == "killed")
    assert wounded.event_id != killed.event_id


def test_strikes_on_two_towns_are_two_incidents():
    cs = claims_of("Shelling hit Kurakhove and Selydove on Wednesday, the governor said.")
    attacks = [c for c in cs if c.category == "attack"]
    assert len(attacks) == 2 and attacks[0].event_id != attacks[1].event_id


def test_a_running_total_is_an_incident_of_its_own():
    cs = claims_of("Shelling killed two people in Kherson on Thursday, officials said, "
                   "and 400 civilians have been killed in the region since the war began.")
    ids = {c.value: c.event_id for c in cs if c.category == "killed"}
    assert ids[2] != ids[400]


def test_event_ids_are_stable():
    text = "Russian forces shelled Kherson on Thursday, killing two residents, officials said."
    assert [c.event_id for c in claims_of(text)] == [c.event_id for c in claims_of(text)]


def test_every_claim_carries_its_source():
    cs = claims_of("Shelling killed two people in Kherson on Thursday, officials said.",
                   url="https://www.south-desk.example/news/1", title="Kherson shelled")
    for c in cs:
        assert (c.source.url, c.source.outlet, c.source.title, c.source.published) == (
            "https://www.south-desk.example/news/1", "south-desk.example", "Kherson shelled", "2023-11-03")


def test_without_a_url_the_feed_name_is_the_outlet():
    (c, *_) = claims_of("Shelling killed two people in Kherson on Thursday, officials said.",
                        meta={"feed_title": "South Desk"})
    assert c.source.outlet == "South Desk" and c.source.url is None
