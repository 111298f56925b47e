"""Sides from conflict profiles: a claimant, actor or victim that names a party of the story's
conflict gets the party's id; another conflict's party is a third party. Sentences written for
these tests."""
import pytest

from sitrep.extract import extract_claims
from sitrep.extract.sides import ProfileError, load_file, parse_profiles, profiles, select
from sitrep.records import Claim, Document, Evidence, Place


def sides(text):
    return [(c.category, c.claimant_side, c.actor_side, c.victim_side)
            for c in extract_claims(Document(id="s", published="2024-10-01", text=text))]


def test_a_claimant_actor_and_victim_get_the_parties_of_the_storys_conflict():
    got = sides("The Israeli military said its jets killed 12 Hezbollah fighters in southern Lebanon.")
    assert ("killed", "israel", "israel", "hezbollah") in got


def test_a_ministry_of_a_party_speaks_for_it():
    got = sides("Gaza's health ministry said Israeli strikes killed 40 people in Khan Younis.")
    assert ("killed", "hamas", "israel", "civilian") in got


def test_sudans_parties_are_told_apart():
    got = sides("The Rapid Support Forces said they killed 30 soldiers near El Fasher on Monday.")
    assert got and got[0][1] == "rsf"


def test_ukraine_and_russia_keep_their_sides():
    got = sides("Russian forces killed five civilians in Kharkiv, Ukrainian officials said.")
    assert ("killed", "ukraine", "russia", "civilian") in got


def _claim(cc, claimant=None):
    place = Place("x", 1.0, 1.0, cc, None, "settlement") if cc else None
    return Claim("c", "d", "killed", Evidence("t", 0, 1), value=1, claimant=claimant, place=place)


def test_the_profile_is_chosen_by_where_the_claims_are_placed():
    chosen = select([_claim("SD")], "", profiles())
    assert [p.id for p in chosen] == ["sudan"]
    assert select([_claim(None)], "nothing here", profiles()) == []
    text = "The M23 took the town. The M23 said the army fled."
    assert [p.id for p in select([_claim(None)], text, profiles())] == ["dr-congo"]


def test_a_story_with_no_placed_claim_follows_its_dateline_not_a_generic_force_word():
    # "Military" opens the headline: a word every army is called by names no conflict's party
    assert select([_claim(None)], "Military: two soldiers killed", profiles()) == []
    pk = Place("Quetta", 30.18, 67.0, "PK", None, "settlement")
    assert [p.id for p in select([_claim(None)], "Military: two soldiers killed", profiles(), pk)] == ["pakistan"]
    text = ("Army: convoy ambushed near Dalbandin\n\nQUETTA - Four soldiers were killed when militants ambushed "
            "a convoy near Dalbandin on Tuesday, the military said.")
    assert ("killed", "other", "armed_groups", "other") in sides(text)
    # a village the gazetteer lacks: the body's dateline says which conflict it is
    text = ("Military: soldiers killed in ambush\n\nRAWALPINDI - Three soldiers were killed when terrorists "
            "ambushed a patrol near Kili Sardar on Sunday, the military's media wing said.")
    assert [(c, cl, v) for c, cl, a, v in sides(text) if c == "killed"] == [("killed", "other", "other")]


def test_a_party_of_another_conflict_is_a_third_party():
    from sitrep.extract.sides import assign_sides

    c = _claim("SD", claimant="the Israeli military")
    assign_sides([c], "", profiles())
    assert c.claimant_side == "other"


def test_every_bundled_profile_recognises_each_of_its_parties():
    ids = [p.id for p in profiles()]
    assert len(ids) == len(set(ids)) and len(ids) >= 8
    for p in profiles():
        assert p.countries, p.id
        for pid, pattern in p.parties:
            first = pattern.pattern.split("(?:", 1)[1].split("|", 1)[0].replace("\\", "").rstrip(")")
            assert p.party(f"a statement by {first} on Monday") is not None, (p.id, pid, first)


def test_a_users_profile_file_adds_a_conflict(tmp_path, monkeypatch):
    path = tmp_path / "mine.yaml"
    path.write_text("profiles:\n  - id: karabakh\n    countries: [AZ, AM]\n    parties:\n"
                    "      azerbaijan: [azerbaijani army, baku]\n      armenia: [armenian forces]\n")
    got = profiles(str(path))
    assert "karabakh" in [p.id for p in got]
    karabakh = next(p for p in got if p.id == "karabakh")
    assert karabakh.party("the Azerbaijani army said") == "azerbaijan"


@pytest.mark.parametrize("text, needle", [
    ("profiles: 3\n", "a 'profiles' list"),
    ("profiles:\n  - countries: [SD]\n", "profile 1: needs an 'id'"),
    ("profiles:\n  - id: x\n    countries: [Sudan]\n    parties: {a: [b]}\n", "two-letter ISO codes"),
    ("profiles:\n  - id: x\n    parties: {Bad-Id: [b]}\n", "party id 'Bad-Id'"),
    ("profiles:\n  - id: x\n    parties: {civilian: [b]}\n", "reserved"),
    ("profiles:\n  - id: x\n    parties: {a: []}\n", "party 'a' needs a non-empty list"),
    ("profiles: [\n", "not valid YAML"),
])
def test_a_bad_profile_file_gets_an_error_naming_the_file_and_entry(tmp_path, text, needle):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ProfileError) as err:
        load_file(str(path))
    assert str(path) in str(err.value) and needle in str(err.value)


def test_a_missing_profile_file_is_named():
    with pytest.raises(ProfileError, match="nope.yaml: cannot read"):
        load_file("nope.yaml")
    with pytest.raises(ProfileError, match="inline"):
        parse_profiles([], "inline")


def test_an_office_without_a_party_speaks_for_the_party_at_home_where_the_claim_is():
    assert ("killed", "ukraine", "russia", "civilian") in sides("Officials said three people were killed in Kharkiv.")
    assert ("killed", "hamas", "israel", "civilian") in sides("Five people were killed in Khan Younis, health officials said.")


def test_a_state_force_with_no_party_id_is_other_and_a_group_shares_armed_groups():
    got = sides("JNIM fighters killed 12 soldiers of the Malian army near Gao, the army said.")
    assert got and got[0][2] == "armed_groups"


def test_a_home_must_name_a_party_of_its_profile(tmp_path):
    path = tmp_path / "h.yaml"
    path.write_text("profiles:\n  - id: x\n    parties: {a: [b]}\n    homes: [{party: z, countries: [AA]}]\n")
    with pytest.raises(ProfileError, match="homes"):
        load_file(str(path))
    path.write_text("profiles:\n  - id: x\n    parties: {a: [b]}\n    homes: [{party: a, near: [1, 2]}]\n")
    with pytest.raises(ProfileError, match=r"\[lat, lon, km\]"):
        load_file(str(path))


def _release(title, text):
    doc = Document(id="r", published="2025-03-02", title=title, text=text)
    return [(c.category, c.claimant, c.claimant_side) for c in extract_claims(doc)]


def test_a_partys_own_release_gives_its_unattributed_figures_the_partys_side():
    got = _release("Army strikes in the south", "Israel Defense Forces | Press release\n2 March 2025\n\n"
                   "Our aircraft struck a weapons depot in Nabatieh overnight and eliminated four operatives.")
    assert got and all(claimant is None and side == "israel" for _, claimant, side in got)


def test_an_agencys_bulletin_that_names_no_party_is_a_third_partys_voice():
    got = _release("Sudan: Flash Update No. 3", "SUDAN\nFlash Update No. 3\n\n"
                   "Some 12,000 people have fled El Fasher to Tawila since 1 March.")
    assert ("displaced", None, "other") in got


def test_an_offices_posts_speak_for_the_party_at_home_where_they_happened():
    got = _release("Posts of 2 March", "Kharkiv Regional Military Administration\n\n"
                   "A guided bomb hit a warehouse in Kupiansk in the afternoon, killing two workers.")
    assert ("killed", None, "ukraine") in got


def test_a_wire_story_in_its_own_voice_leaves_the_claimant_side_unset():
    got = _release("Drones hit Port Sudan", "PORT SUDAN, March 2 (Wire) - Drones struck the port on Sunday,"
                   " killing three dock workers.")
    assert got and all(side is None for _, claimant, side in got if claimant is None)


def test_a_partys_count_of_enemy_fighters_is_its_opponents_loss():
    got = sides("The Sudanese army said on Monday that its troops killed 40 rebels near El Obeid.")
    assert any(cat == "killed" and claimant == "saf" and victim == "rsf" for cat, claimant, _, victim in got)


def test_a_party_that_says_it_lost_none_denies_a_loss_of_its_own():
    got = sides("The junta's information team said no aircraft had been lost near Sittwe on Thursday.")
    assert any(cat == "materiel_lost" and claimant == "myanmar_junta" and victim == "myanmar_junta"
               for cat, claimant, _, victim in got)


def test_a_story_without_placed_claims_takes_the_first_listed_profile_its_names_select():
    from sitrep.extract.sides import profiles, select
    chosen = select([], "Russian bloggers said Russian units entered the village; Russian officials agreed.", profiles())
    assert [p.id for p in chosen] == ["russia-ukraine"]  # "Russian" is also a party of the Sahel profile


def test_the_party_named_first_in_a_claimant_speaks():
    got = sides("The Houthi-run health ministry said Israeli strikes on Hodeidah killed nine people; "
                "Gaza's health ministry said 30 people were killed in Khan Younis.")
    assert ("killed", "houthis", "israel", "civilian") in got


@pytest.mark.parametrize("text", [
    "The Israeli military said its aircraft struck the port of Hodeidah in Yemen, killing three people.",
    "The Israeli military said its jets struck tanks near Sweida in Syria, killing four soldiers.",
])
def test_israel_is_a_party_where_it_strikes_beyond_gaza_and_lebanon(text):
    assert sides(text) and sides(text)[0][1] == "israel"


def test_an_unnamed_army_speaks_for_the_profiles_unnamed_forces():
    got = sides("An army spokesman said an initial review found that 11 people were killed in the strike in Nuseirat.")
    assert got and got[0][1] == "israel"


def test_unnamed_forces_must_be_a_party_of_the_profile():
    with pytest.raises(ProfileError, match="unnamed_forces"):
        parse_profiles({"profiles": [{"id": "x", "countries": ["XX"], "parties": {"a": ["alpha"]},
                                      "unnamed_forces": "b"}]}, "user.yaml")


@pytest.mark.parametrize("text, side", [
    ("Insurgents raided the village of Mucojo in Cabo Delgado, killing four people, the army said.", "armed_groups"),
    ("ELN fighters killed seven former guerrillas in Tibu, Colombia's army said.", "armed_groups"),
    ("BLA militants attacked a train near Quetta, killing 18 soldiers, the ISPR said.", "armed_groups"),
])
def test_mozambique_colombia_and_pakistan_have_profiles(text, side):
    got = extract_claims(Document(id="s", published="2025-08-01", text=text))
    assert any(c.actor_side == side for c in got)


def test_in_haiti_the_violence_no_sentence_attributes_is_the_gangs_and_officials_speak_for_the_government():
    got = extract_claims(Document(id="h", published="2025-04-02", text=(
        "At least 15 people were killed in Mirebalais on Monday, local officials said.")))
    killed = [c for c in got if c.category == "killed"]
    assert killed and killed[0].actor_side == "gangs" and killed[0].claimant_side == "haiti_government"


def test_a_story_whose_places_the_gazetteer_lacks_takes_the_profile_its_one_party_name_selects():
    got = extract_claims(Document(id="j", published="2026-06-10", text=(
        "JNIM claimed 57 soldiers were killed at Dioura on Monday.")))
    assert got and got[0].claimant_side == "armed_groups"


def test_a_national_body_named_by_no_party_speaks_for_the_home_of_the_dateline():
    got = extract_claims(Document(id="m", published="2026-07-14", text=(
        "MOSCOW - Units of the Centre group of forces have taken full control of the village of Novoekonomichne "
        "in Donetsk region, the Defence Ministry said on Tuesday.")))
    assert got and all(c.claimant_side == "russia" for c in got if c.claimant)


def test_a_denied_fall_of_a_village_is_looked_up_in_the_storys_country():
    got = extract_claims(Document(id="k", published="2026-07-14", text=(
        "A spokesman for Ukraine's Khortytsia group of forces said on Tuesday that Novoekonomichne had not fallen.")))
    denied = [c for c in got if c.modality == "denied"]
    assert denied and denied[0].place is not None and denied[0].place.country_code == "UA"


def claimant_sides(text):
    return {(c.category, c.claimant, c.claimant_side)
            for c in extract_claims(Document(id="s", published="2024-10-01", text=text))}


def test_an_office_named_by_no_party_speaks_for_the_home_its_claim_is_in():
    gaza = claimant_sides("An airstrike on a school in Deir al-Balah killed nine people, the health ministry said.")
    assert ("killed", "health ministry", "hamas") in gaza
    west_bank = claimant_sides("Israeli troops killed two men in Tubas, the Palestinian health ministry said.")
    assert ("killed", "Palestinian health ministry", "palestinian_authority") in west_bank
    hospital = claimant_sides("A strike on a tent camp in Khan Younis killed six people, the Nasser hospital director said.")
    assert any(c == "killed" and side == "hamas" for c, _, side in hospital)


def test_an_office_of_a_country_with_no_party_in_the_story_is_a_third_party():
    got = claimant_sides("Israeli jets struck a base near Damascus, and Syria's health ministry said three soldiers were killed.")
    assert all(side == "other" for c, who, side in got if c == "killed")


def test_a_person_named_alone_speaks_for_the_office_the_story_gives_them():
    text = ("Russian missiles hit Kyiv overnight.\n\n"
            "Two people were killed in the Darnytskyi district, according to Olena Marchuk, head of the "
            "city's military administration.\n\n"
            "Eleven more were wounded, Marchuk's office said later, citing Olena Marchuk.")
    got = claimant_sides(text)
    assert ("killed", "Olena Marchuk", "ukraine") in got


@pytest.mark.parametrize("text, claimant_side", [
    ("Taliban spokesman Zabihullah Mujahid said 20 Pakistani soldiers were killed near Spin Boldak and Chaman.", "other"),
    ("The TTP said its fighters killed 12 soldiers in North Waziristan.", "armed_groups"),
    ("U.S. Africa Command said its air strike killed six al-Shabaab fighters near Jilib.", "united_states"),
    ("State-run media said troops killed 30 insurgents near Lashio.", "myanmar_junta"),
    ("A junta air strike killed nine villagers in Sagaing region, a local resistance official said.", "resistance"),
])
def test_who_speaks_for_whom_beyond_ukraine(text, claimant_side):
    got = claimant_sides(text)
    assert any(c == "killed" and side == claimant_side for c, _, side in got), got


def test_a_general_staff_in_a_sahel_story_is_not_ukraines():
    text = ("FAMa statement on the Tessit attack\n\nThe General Staff of the Armed Forces said nine soldiers were "
            "killed when terrorists attacked the army post at Tessit on Sunday.")
    got = extract_claims(Document(id="s", published="2024-10-01", text=text))
    killed = [c for c in got if c.category == "killed"]
    assert killed and killed[0].claimant_side == "other"
    assert not any(c.place is not None and c.place.country_code == "BR" for c in got)  # FAMa is the army, not Fama


def test_a_party_written_in_lower_case_first_still_names_its_conflict():
    assert [p.id for p in select([_claim(None)], "A statement by al-Shabaab said the base fell.", profiles())] == ["somalia"]


def test_the_named_groupings_of_ukraines_and_russias_forces_speak_for_their_sides():
    got = sides("A spokesman for the Khortytsia operational-strategic group said its units destroyed four tanks "
                "near Kupiansk.")
    assert got and got[0][1] == "ukraine"
    got = sides("Units of the Vostok group of forces destroyed six armoured vehicles near Velyka Novosilka, "
                "a military blogger said.")
    assert ("materiel_lost", "other", "russia", "ukraine") in got


def test_an_attack_denied_as_unhit_is_on_the_deniers_side_unless_the_target_is_civilian():
    got = sides("Ukraine's navy said its drones struck a radar station at the Saky airfield in Crimea. "
                "A Russian-installed official said the Saky airfield had not been hit.")
    assert ("attack", "ukraine", "ukraine", "russia") in got  # an enemy's radar, though in Ukraine's own land
    assert ("attack", "russia", "ukraine", "russia") in got  # denied by the side that would have been hit
    got = sides("Russia's Defence Ministry said the hospital in Kyiv had not been hit.")
    assert got and got[0][3] != "russia"  # a hospital is no side's own


def test_a_strike_on_an_airport_names_no_victim_by_itself():
    got = sides("Fano fighters shelled the airport in Gondar on Sunday, a commander said.")
    assert got and got[0][0] == "attack" and got[0][3] != "civilian"


def test_an_army_with_no_party_id_denying_its_own_deaths_counts_its_own():
    got = extract_claims(Document(id="s", published="2026-04-06", text=(
        "The Nigerian army said no soldier was killed in Saturday's attack on its base in Marte. "
        "Army spokesman Col. Musa Bello said 15 insurgents had been killed.")))
    (denial,) = [c for c in got if c.modality == "denied"]
    assert (denial.category, denial.victim_side) == ("killed", "other")  # its own soldiers, not the insurgents'
    assert [c.victim_side for c in got if c.value == 15] == ["armed_groups"]


def test_a_power_substation_is_no_sides_own():
    got = sides("The Israeli military said the electricity substation in Kiryat Shmona had not been hit.")
    assert got and got[0][3] != "israel"


def test_separatists_are_russias_only_in_the_war_in_ukraine():
    ukraine = sides("Ukrainian troops killed 14 separatist fighters near Horlivka, the army said.")
    assert ("killed", "ukraine") == (ukraine[0][0], ukraine[0][2]) and ukraine[0][3] == "russia"
    cameroon = sides("Cameroonian soldiers killed 14 separatist fighters near Kumbo, an army spokesman said.")
    assert cameroon[0][0] == "killed" and cameroon[0][3] != "russia"
