"""Event dates resolved against the publication date."""
import datetime as dt

import pytest

from sitrep.extract import extract_claims
from sitrep.extract.dates import find_dates, parse_published
from sitrep.extract.text.tokens import tokenize
from sitrep.records import Document

PUB = dt.date(2022, 4, 21)  # a Thursday


def dates(text, pub=PUB):
    return [(d.iso, d.precision) for d in find_dates(tokenize(text), pub)]


@pytest.mark.parametrize("text, expected", [
    ("yesterday", ("2022-04-20", "day")),
    ("today", ("2022-04-21", "day")),
    ("last night", ("2022-04-20", "day")),
    ("on Thursday", ("2022-04-21", "day")),
    ("on Monday", ("2022-04-18", "day")),
    ("Saturday's strikes", ("2022-04-16", "day")),
    ("on February 26", ("2022-02-26", "day")),
    ("on 26 February", ("2022-02-26", "day")),
    ("on Feb. 26", ("2022-02-26", "day")),
    ("on December 30", ("2021-12-30", "day")),
    ("on April 18, 2021", ("2021-04-18", "day")),
    ("last week", ("2022-04", "month")),
    ("in March", ("2022-03", "month")),
    ("in 2014", ("2014", "year")),
])
def test_date_forms(text, expected):
    assert dates(text) == [expected]


def test_no_anchor_means_no_date():
    assert dates("yesterday and on Monday and on February 26", pub=None) == []
    assert dates("on April 18, 2021", pub=None) == [("2021-04-18", "day")]


def test_month_name_that_is_a_word_is_not_a_date():
    assert dates("Russia may strike again") == []


@pytest.mark.parametrize("published, expected", [
    ("2022-04-19T19:29:50", dt.date(2022, 4, 19)), ("2022-04-23T17:45:00+00:00", dt.date(2022, 4, 23)),
    ("2022-04-19", dt.date(2022, 4, 19)), (None, None), ("", None), ("not a date at all", None),
])
def test_parse_published(published, expected):
    assert parse_published(published) == expected


def test_claim_date_is_the_nearest_date_word():
    doc = Document(id="d", published="2022-04-21", text="On Monday, 7 people were killed, the governor said on Wednesday.")
    (c,) = extract_claims(doc)
    assert (c.date, c.date_precision) == ("2022-04-18", "day")


def test_claim_without_date_words_takes_the_publication_date_as_its_basis():
    (c,) = extract_claims(Document(id="d", published="2022-04-21", text="Seven people were killed."))
    assert (c.date, c.date_precision, c.date_basis) == ("2022-04-21", "day", "published")


def test_decimal_and_clock_numbers_are_not_years_or_days():
    # "12.9" and "4:30" are four characters long but not years: they once crashed int()
    from sitrep.extract import extract_claims
    from sitrep.records import Document

    for text in ("Output fell 12.9 in 2021 and 4:30 on May 3.", "By 12.5 March, 1.5 of the 4:30 trains ran."):
        assert isinstance(extract_claims(Document(id="d", text=text, published="2022-03-10")), list)


def test_the_month_may_is_not_the_modal_verb():
    from sitrep.extract import extract_claims
    from sitrep.records import Document

    doc = Document(id="m", text="In May 2022, shelling killed 3 people in Kharkiv.", published="2022-06-10")
    killed = [c for c in extract_claims(doc) if c.category == "killed"]
    assert [(c.value, c.modality, c.date) for c in killed] == [(3, "asserted", "2022-05")]


def test_day_and_month_without_year_is_the_latest_such_day_before_publication():
    import datetime as dt

    from sitrep.extract.dates import _day_month

    pub = dt.date(2023, 3, 3)
    assert _day_month(5, 3, None, pub) == dt.date(2022, 3, 5)  # after publication: last year
    assert _day_month(2, 3, None, pub) == dt.date(2023, 3, 2)
    assert _day_month(3, 3, None, pub) == dt.date(2023, 3, 3)
    assert _day_month(5, 3, 2021, pub) == dt.date(2021, 3, 5)
    assert _day_month(31, 2, 2022, pub) is None and _day_month(5, 3, None, None) is None
