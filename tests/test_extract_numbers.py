"""Quantities: every written form, qualifiers, vague words, and numbers that are not counts."""
import pytest

from sitrep.extract.quantities.numbers import find_quantities
from sitrep.extract.text.tokens import tokenize


def quantities(text):
    toks = tokenize(text)
    return [(q.value, q.value_high, q.qualifier, q.vague) for q in find_quantities(toks)]


@pytest.mark.parametrize("text, value", [
    ("1,500 people", 1500), ("12,345 soldiers", 12345), ("7 tanks", 7),
    ("three soldiers", 3), ("Eleven soldiers", 11), ("twenty-five civilians", 25),
    ("two hundred people", 200), ("a dozen drones", 12),
    ("1.5 million refugees", 1_500_000), ("4.9m refugees", 4_900_000), ("2bn", 2_000_000_000),
    ("3 thousand people", 3000),
])
def test_values(text, value):
    got = quantities(text)
    assert got and got[0][0] == pytest.approx(value)


def test_ranges():
    assert quantities("70,000-80,000 troops") == [(70000, 80000, "range", None)]
    assert quantities("between 5 and 7 soldiers") == [(5, 7, "range", None)]
    assert quantities("5 to 7 million people")[0][:3] == (5_000_000, 7_000_000, "range")
    # a date is no range's first end: "since October 2023 to 71,386" counts 71,386
    assert quantities("the total since October 2023 to 71,386") == [(71386, None, "exact", None)]


def test_a_change_keeps_the_new_figure():
    assert quantities("the toll rose from 500 to 900 people")[0][:2] == (900, None)


@pytest.mark.parametrize("text, qualifier", [
    ("about 30 people", "approx"), ("around 30 people", "approx"), ("some 30 people", "approx"),
    ("more than 30 people", "more_than"), ("over 30 people", "more_than"),
    ("the toll passed 30", "more_than"), ("at least 30 people", "at_least"),
    ("up to 30 people", "at_most"), ("nearly 30 people", "at_most"), ("almost 30 people", "at_most"),
    ("30 people", "exact"),
])
def test_qualifiers(text, qualifier):
    assert quantities(text)[0][2] == qualifier


@pytest.mark.parametrize("text, value, word", [
    ("dozens of people", 12, "dozens"), ("hundreds of civilians", 100, "hundreds"),
    ("several soldiers", 3, "several"), ("a few residents", 3, "a few"),
    ("scores of people", 20, "scores"), ("thousands of refugees", 1000, "thousands"),
    ("tens of thousands of people", 10000, "tens of thousands"),
])
def test_vague_words_are_normalised_and_kept(text, value, word):
    got = quantities(text)
    assert got[0][0] == value and got[0][3] == word


@pytest.mark.parametrize("text", [
    "a town with a population of 150,000",
    "about 15 miles from the centre", "40 km from the border", "for 24 hours",
    "after 11 days of bombardment", "a $5 billion package", "worth 300 dollars",
    "on March 17", "on 2 March", "Valentyna Ivanenko, 77, said", "her 15-year-old son",
    "rose 25%", "25 percent of the army", "T-64 tanks", "the 2nd division", "the 150th brigade",
    "in 1999", "at 10:18 a.m.", "a woman in her 20s", "a two-month siege", "Su-25 jets",
    "three out of 20", "account number 48867365",
])
def test_non_claim_numbers_are_rejected(text):
    kept = [q for q in quantities(text) if q[0] not in (3,)]
    assert kept == [], text


def test_a_score_is_not_a_range():
    assert quantities("they won 3-1 at home") == []
