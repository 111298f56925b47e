"""The linking rules on their own: claimants, figures, bounds, places and time windows."""
import datetime as dt
import math

import pytest

from sitrep.link.keys import claim_keys, search_blocks, window
from sitrep.link.contradictions import contradiction
from sitrep.link.match import View, bounds, same_claimant, same_report
from sitrep.link.rules import RulesError, parse_rules, rules


def v(**kw) -> View:
    base = dict(category="killed", item=None, scope="event", modality="asserted", subject="civilians",
                value=10.0, value_high=None, qualifier="exact", vague=None, victim_side=None,
                claimant=None, claimant_side=None, lat=50.0, lon=36.2, day_lo=100, day_hi=100)
    base.update(kw)
    return View(**base)


@pytest.mark.parametrize("a, b, same", [
    ((None, None), (None, None), True),
    (("Volodymyr Zelensky", "ukraine"), ("President Zelenskyy", "ukraine"), True),  # spelling variant
    (("Volodymyr Zelensky", "ukraine"), ("Ukrainian officials", "ukraine"), True),  # generic, same side
    (("Ukrainian officials", "ukraine"), ("Russian officials", "russia"), False),
    (("Volodymyr Zelensky", "ukraine"), ("Dmytro Kuleba", "ukraine"), False),
    (("Police", None), ("the regional police chief", None), True),
    (("Amnesty International", None), ("Human Rights Watch", None), False),
    (("Ukrainian officials", "ukraine"), (None, None), False),  # attributed vs the outlet's own voice
    (("state government", "other"), ("Sudan Doctors Network", "other"), False),  # third parties are no one side
    (("UN officials", "other"), ("UN officials in Geneva", "other"), True),
    # bodies that share only the place they are named after are two sources
    (("South Kordofan state government", "other"), ("South Kordofan Emergency Rooms", "other"), False),
    (("Kharkiv regional governor", "ukraine"), ("Kharkiv regional governor Oleh Synehubov", "ukraine"), True),
    # so are two bodies of one party named after one place: a figure of each is no revision
    (("Gaza Civil Defence spokesman Mahmoud Basal", "hamas"), ("Gaza health ministry", "hamas"), False),
    (("Russian Defence Ministry", "russia"), ("Russian Defence Ministry spokesman Igor Konashenkov", "russia"), True),
])
def test_same_claimant(a, b, same):
    assert same_claimant(*a, *b) is same
    assert same_claimant(*b, *a) is same


def test_same_report_needs_near_place_overlapping_window_and_same_figure():
    assert same_report(v(), v(lat=50.05, lon=36.3))  # ~8 km
    assert not same_report(v(), v(lat=50.5, lon=36.2))  # ~55 km
    assert same_report(v(), v(day_lo=101, day_hi=101))  # one day of slack
    assert not same_report(v(), v(day_lo=103, day_hi=103))
    assert same_report(v(), v(value=10.0, qualifier="more_than"))  # the same stated figure
    assert same_report(v(value=100.0), v(value=95.0, qualifier="approx"))
    assert not same_report(v(), v(value=11.0))
    assert not same_report(v(), v(modality="warned"))
    assert not same_report(v(subject="children"), v(subject="soldiers"))
    assert same_report(v(subject="people"), v(subject="civilians"))  # no class fits any class


def test_bounds_follow_qualifiers_and_vague_words():
    r = rules()
    assert bounds(v(qualifier="more_than"), r) == (10.0, math.inf)
    assert bounds(v(qualifier="at_most"), r) == (0.0, 10.0)
    assert bounds(v(qualifier="range", value_high=20.0), r) == (10.0, 20.0)
    assert bounds(v(value=100.0, vague="hundreds of"), r) == (100.0, 999.0)
    assert bounds(v(value=7.0, vague="a great many"), r) == (7.0, math.inf)


def test_contradiction_needs_two_attributed_claimants_and_disjoint_bounds():
    ua = dict(claimant="Ukrainian officials", claimant_side="ukraine")
    ru = dict(claimant="Russian officials", claimant_side="russia")
    assert contradiction(v(**ua), v(value=3.0, **ru)) == "value"
    assert contradiction(v(value=300.0, vague="hundreds", **ua), v(value=450.0, **ru)) is None
    assert contradiction(v(value=12.0, vague="dozens", **ua), v(value=450.0, **ru)) == "value"
    assert contradiction(v(**ua), v(value=3.0)) is None  # unattributed
    assert contradiction(v(**ua), v(value=3.0, claimant="Zelensky", claimant_side="ukraine")) is None
    assert contradiction(v(**ua), v(value=3.0, day_lo=120, day_hi=120, **ru)) is None  # other time
    assert contradiction(v(**ua), v(value=None, modality="denied", **ru)) == "denial"


def test_an_organisations_release_in_its_own_voice_is_its_issuers_claim():
    ngo = dict(claimant=None, claimant_side="other", modality="asserted")  # "our volunteers counted 17"
    ministry = dict(claimant="the regional health ministry", claimant_side="other")
    assert contradiction(v(value=17.0, **ngo), v(value=38.0, **ministry)) == "value"
    story = dict(claimant=None, claimant_side=None, modality="asserted")  # a news story's own voice
    assert contradiction(v(value=17.0, **story), v(value=38.0, **ministry)) is None
    assert contradiction(v(value=17.0, **ngo), v(value=38.0, **ngo)) is None  # the same issuer's revision


def test_windows_and_blocks():
    day = dt.date(2024, 3, 5).toordinal()
    assert window("2024-03-05", None) == (day, day)
    assert window("2024-02", None) == (dt.date(2024, 2, 1).toordinal(), dt.date(2024, 2, 29).toordinal())
    assert window(None, "2024-03-05T23:10:00+02:00") == (day - rules().undated_lag_days, day)
    assert window("not a date", "also not") == (None, None)
    k = claim_keys("attack", None, "Kharkiv", 49.99, 36.23, "UA", "settlement", None, None)
    assert k.block == "attack||g:99:72" and len(k.search) == 9 and "attack||g:100:72" in k.search
    assert search_blocks(k.block) == k.search
    country = claim_keys("killed", None, "Ukraine", 49.0, 32.0, "UA", "country", None, None)
    assert country.search == ("killed||c:UA",)
    named = claim_keys("materiel_lost", "tank", "Bakhmut front", None, None, None, None, None, None)
    assert named.block == "materiel_lost|tank|n:bakhmut front"


def test_a_place_with_no_point_is_one_block_with_or_without_its_kind_word():
    blocks = {claim_keys("materiel_lost", "aircraft", name, None, None, None, "settlement", None, None).block
              for name in ("Kyaukphyu", "Kyaukphyu township", "the Kyaukphyu district")}
    assert blocks == {"materiel_lost|aircraft|n:kyaukphyu"}
    assert claim_keys("attack", None, "Camp", None, None, None, "settlement", None, None).block == "attack||n:camp"


def test_bad_rules_are_reported_by_name():
    with pytest.raises(RulesError, match="tolerance"):
        parse_rules({"modality_class": {}})
    good = {"tolerance": {"near_km": 25, "cell_degrees": 0.1, "date_slack_days": 1, "undated_lag_days": 3,
                          "approx_share": 0.1, "claimant_fuzzy": 85}}
    with pytest.raises(RulesError, match="cell_degrees"):
        parse_rules(good)
    with pytest.raises(RulesError, match="must be a list of words"):
        parse_rules({**good, "tolerance": {**good["tolerance"], "cell_degrees": 0.5}, "modality_class": {},
                     "claimant_generic": "officials"})
