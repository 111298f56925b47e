"""Every claim gets a date and says where it came from: the text (date_basis "text") or the
document's publication date standing in for it ("published")."""
import pytest

from sitrep.extract import extract_claims
from sitrep.records import Document, Removal


def one(text, published="2023-06-08", **kw):
    claims = extract_claims(Document(id="d", published=published, text=text, **kw))
    assert claims, text
    return claims


@pytest.mark.parametrize("text, date, precision", [
    ("Shelling killed four civilians in Kherson yesterday, the governor said.", "2023-06-07", "day"),
    ("Shelling killed four civilians in Kherson on Monday, the governor said.", "2023-06-05", "day"),
    ("Shelling killed four civilians in Kherson on 2 June, the governor said.", "2023-06-02", "day"),
    ("Shelling killed four civilians in Kherson on May 30, 2023, the governor said.", "2023-05-30", "day"),
    ("Shelling killed four civilians in Kherson in April, the governor said.", "2023-04", "month"),
])
def test_a_date_the_sentence_gives_has_basis_text(text, date, precision):
    c = one(text)[0]
    assert (c.date, c.date_precision, c.date_basis) == (date, precision, "text")


def test_without_a_date_word_the_publication_day_stands_in():
    for c in one("Shelling killed four civilians in Kherson, the governor said.", published="2023-06-08T10:00:00"):
        assert (c.date, c.date_precision, c.date_basis) == ("2023-06-08", "day", "published")


def test_no_publication_date_and_no_date_word_leaves_date_and_basis_null():
    for c in one("Shelling killed four civilians in Kherson, the governor said.", published=None):
        assert (c.date, c.date_precision, c.date_basis) == (None, None, None)


def test_a_header_line_dates_a_document_without_publication_date():
    text = ("REGIONAL SITUATION REPORT - 9 February 2024\n\n"
            "The regional governor said shelling killed three civilians in Kurakhove yesterday.\n\n"
            "Four soldiers were wounded near Avdiivka, the army said.")
    claims = one(text, published=None)
    by_value = {c.value: c for c in claims if c.value}
    assert (by_value[3].date, by_value[3].date_basis) == ("2024-02-08", "text")
    assert (by_value[4].date, by_value[4].date_basis) == ("2024-02-09", "published")


def test_a_byline_that_cleaning_removed_dates_the_document():
    text = "Shelling killed four civilians in Kherson on Tuesday, the governor said."
    claims = one(text, published=None, removed=[Removal("By A. Writer | Published 14 March 2023, 09:40", "byline")])
    assert (claims[0].date, claims[0].date_basis) == ("2023-03-14", "text")


def test_a_long_first_paragraph_is_not_a_header():
    text = ("On 24 February 2022 the war began, and since then the city has been shelled almost every week "
            "by artillery from across the river, residents and officials say.\n\n"
            "Shelling killed four civilians in Kherson, the governor said.")
    assert all(c.date is None for c in one(text, published=None) if c.value == 4)


def test_the_day_of_a_wire_dateline_is_not_the_event_day():
    text = "PORT SUDAN, June 10 (Nile Desk) - Shelling hit a hospital in El Fasher, killing nine people, a charity said."
    for c in one(text, published="2024-06-10"):
        assert (c.date, c.date_basis) == ("2024-06-10", "published")


def test_a_sentence_going_on_with_an_incident_takes_its_date():
    text = ("A missile hit a block of flats in Dnipro on Saturday, killing 30 people, rescuers said.\n"
            "At least 73 people were injured.")
    claims = one(text, published="2023-01-16")
    wounded = next(c for c in claims if c.category == "wounded")
    assert (wounded.date, wounded.date_basis) == ("2023-01-14", "text")


def test_that_day_takes_the_date_the_text_gave_before():
    claims = one("On March 3, 2021, a missile struck the bus station in Zaporizhzhia, killing 12 people. "
                 "'We buried my brother the next week,' said a driver, who lost two colleagues that day.",
                 published="2024-03-03")
    late = [c for c in claims if "that day" in c.evidence.text]
    assert late and all((c.date, c.date_basis) == ("2021-03-03", "text") for c in late)


def test_without_that_day_a_later_sentence_keeps_the_publication_day():
    claims = one("On March 3, 2021, a missile struck the bus station in Zaporizhzhia, killing 12 people. "
                 "Shelling killed two civilians in Zaporizhzhia, the governor said.", published="2024-03-03")
    later = [c for c in claims if c.evidence.text.startswith("Shelling")]
    assert later and all((c.date, c.date_basis) == ("2024-03-03", "published") for c in later)


def test_the_day_a_speaker_spoke_is_not_the_day_of_what_was_said():
    c = one("The militia said in a statement on Tuesday that 8 civilians had been killed at the Kadugli market.")[0]
    assert (c.date, c.date_basis) == ("2023-06-08", "published")
    c = one("Eight civilians were killed at the Kadugli market on Monday, the militia said on Tuesday.")[0]
    assert (c.date, c.date_basis) == ("2023-06-05", "text")


def test_an_event_told_over_a_span_of_days_is_dated_by_its_end():
    c = one("The minister said on Monday that some 30,000 people fled Uvira between June 1 and June 6.")[0]
    assert (c.date, c.date_basis) == ("2023-06-06", "text")
