"""Denials end to end, one conflict per wording: a claim in one document and its denial in
another make one contradiction of kind ``denial`` between them (the traps are held by
test_link_contradiction_rules.py and test_extract_date_basis.py)."""
import json

import pytest

from sitrep.link.tables import iter_contradictions
from sitrep.runner import run_inputs
from sitrep.store import Store


def contradictions(tmp_path, *texts, published="2025-03-10"):
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{k}", "url": f"https://n{k}.example/s", "published": published,
                                        "text": t}) + "\n" for k, t in enumerate(texts)), encoding="utf-8")
    db = str(tmp_path / "x.db")
    run_inputs([str(path)], db, progress=False)
    with Store(db) as store:
        return [(r["kind"], r["category"], {r["a"]["doc_id"], r["b"]["doc_id"]}) for r in iter_contradictions(store.engine)]


@pytest.mark.parametrize("claim, denial, category", [
    # called_false: the claim named by the place it was about
    ("The jihadist group JNIM said its fighters attacked the army base in Djibo on Saturday.",
     "Burkina Faso's army called the jihadists' claim about Djibo false in a statement on Sunday.", "attack"),
    # rejected: a figure for an attack at a place
    ("Al-Shabaab said its fighters killed 41 soldiers in Beledweyne on Sunday.",
     "Somalia's army rejected the militants' figure for Sunday's attack in Beledweyne.", "killed"),
    # had_not: a place that had not fallen
    ("Russia's Defence Ministry said on Sunday that its forces had captured Kurakhove.",
     "A Ukrainian army spokesman said on Sunday that Kurakhove had not fallen.", "territory"),
    # had_not: a target that had not been hit
    ("The RSF said its drones struck the power station in Atbara on Sunday.",
     "An army spokesman said on Sunday that the power station in Atbara had not been hit, and that its air "
     "defences were on alert.", "attack"),
    # had_not: a place that remains the speaker's
    ("M23 rebels said on Sunday they had captured Walikale.",
     "'Walikale remains under our control,' a Congolese army spokesman told reporters on Sunday.", "territory"),
    # said_no: lost no aircraft
    ("Russia's Defence Ministry said its air defences shot down two Ukrainian Su-27 jets near Kherson on Sunday.",
     "Ukraine's air force said on Sunday that it had lost no aircraft near Kherson.", "materiel_lost"),
])
def test_each_wording_of_denial_contradicts_the_claim_it_denies(tmp_path, claim, denial, category):
    assert contradictions(tmp_path, claim, denial) == [("denial", category, {"d0", "d1"})]



@pytest.mark.parametrize("claim, denial, category", [
    # a figure named by its place: whoever it counted, the denial meets the toll
    ("M23 said on Sunday its fighters had killed 60 soldiers near Sake.",
     "The Congolese army rejected the M23 toll for the fighting near Sake.", "killed"),
    # "said the claims about X were untrue", and a claim about a place with no word of what it said
    ("Russia said on Sunday its forces captured Pokrovsk.",
     "A Ukrainian spokesman said Russian claims about Pokrovsk were untrue.", "territory"),
    ("Russia said on Sunday its forces captured Pokrovsk.",
     "Ukraine's army branded the Russian claim about Pokrovsk fake news.", "territory"),
    ("The RSF said on Sunday they captured Babanusa.",
     "An army spokesman said the RSF claims about Babanusa were 'completely untrue'.", "territory"),  # quoted
    ("Russia said on Sunday its forces captured Kurakhove.",
     "Ukraine's army dismissed the reports about Kurakhove as Russian fakes.", "territory"),
    # the speaker's own forces still hold the place, by pronoun or by name
    ("M23 said on Sunday it had taken Uvira.",
     "The Congolese army said on Sunday its troops were still in control of Uvira.", "territory"),
    ("The RSF said on Sunday they captured El Fasher airport.",
     "An army spokesman said the El Fasher airport remained in army hands.", "territory"),
    # losing ground; a negated clause joined to an assertion denies only itself
    ("Russia's Defence Ministry said on Sunday its forces had captured Vuhledar.",
     "Ukraine's army denied losing any territory around Vuhledar on Sunday.", "territory"),
    ("Russia's Defence Ministry said on Sunday its forces had captured Vuhledar.",
     "Ukraine's army said on Sunday its forces had repelled all assaults on Vuhledar and the town had not been taken.",
     "territory"),
])
def test_more_forms_of_denial_contradict_the_claim_they_deny(tmp_path, claim, denial, category):
    assert contradictions(tmp_path, claim, denial) == [("denial", category, {"d0", "d1"})]


@pytest.mark.parametrize("claim, other", [
    ("Russia said on Sunday its forces captured Pokrovsk.",
     "Ukrainian officials said on Sunday that Pokrovsk remained in Russian hands."),  # held by the claimant's side
    ("The RSF said on Sunday its drones hit the airport in Port Sudan.",
     "The army called the RSF claim about Kassala a lie."),  # a claim about another place
    ("M23 said on Sunday it had taken Uvira.",
     "The Congolese army rejected the M23 figure for the fighting in Goma."),
])
def test_a_denial_of_something_else_contradicts_nothing(tmp_path, claim, other):
    assert contradictions(tmp_path, claim, other) == []


def test_two_reports_of_one_village_meet_though_only_one_found_it_on_the_map(tmp_path):
    # the first report places the village by its department; the second names it alone, and keeps
    # its name without coordinates: their figures still disagree
    got = contradictions(tmp_path,
                         "A rights group said gunmen killed more than 60 people in Liancourt, in the Artibonite "
                         "department, on Saturday.",
                         "The Haitian National Police put the toll from Saturday's gang attack on Liancourt at 23 "
                         "dead, a police spokesman said.", published="2026-05-18")
    assert ("value", "killed", {"d0", "d1"}) in got


def test_a_claim_named_only_by_its_owner_is_denied_from_another_report(tmp_path):
    got = contradictions(tmp_path,
                         "Al-Shabaab said its fighters killed 47 soldiers in a dawn attack on the army base at "
                         "Moqokori on Monday.",
                         "A deputy information minister dismissed the al-Shabaab toll as fabricated, saying the "
                         "attack on Moqokori had been repulsed.", published="2026-03-17")
    assert ("denial", "killed", {"d0", "d1"}) in got


def test_the_deniers_own_name_names_no_target(tmp_path):
    # "radio station" is who denies, not a station the denial says was hit
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    got = contradictions(tmp_path / "a",
                         "Somalia's information ministry said an air strike near Jilib on Wednesday killed 47 "
                         "al-Shabaab fighters. An al-Shabaab-run radio station described the government's figure as "
                         "baseless lies.", published="2026-03-19")
    assert ("denial", "killed", {"d0"}) in got
    # and a dateline's dash is no part of a speaker's name ("Tripoli - The Emergency Medicine Centre")
    got = contradictions(tmp_path / "b",
                         "Tripoli - The Emergency Medicine Centre said 52 people were wounded in Monday's fighting in "
                         "the Abu Salim district of Tripoli.",
                         "TRIPOLI, Feb 17 (Wire) - The health ministry of the Tripoli-based government said some 30 "
                         "people had been wounded in the clashes in Abu Salim on Monday.", published="2026-02-17")
    assert ("value", "wounded", {"d0", "d1"}) in got


def test_a_denial_naming_another_place_nearby_denies_nothing_here(tmp_path):
    got = contradictions(tmp_path,
                         "Lebanon's health ministry said an Israeli strike on a car in Bint Jbeil on Tuesday wounded a "
                         "passer-by.",
                         "Hezbollah denied that it had fired rockets toward the Israeli town of Metula on Tuesday.",
                         published="2026-04-15")
    assert not [g for g in got if g[0] == "denial"]
