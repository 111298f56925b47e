"""Who did it and to whom: actor_side and victim_side read from the sentence, the claim's kind,
its incident, the place's home and the document (sitrep.extract.roles). Sentences written for
these tests, over several conflicts."""
import pytest

from sitrep.extract import extract_claims
from sitrep.extract.sides import ProfileError, load_file
from sitrep.records import Document


def claims(text, published="2025-03-10"):
    return extract_claims(Document(id="r", published=published, text=text))


def roles(text, category=None):
    return [(c.category, c.claimant_side, c.actor_side, c.victim_side) for c in claims(text)
            if category is None or c.category == category]


def test_a_party_named_before_an_act_is_the_actor_and_people_are_civilians():
    got = roles("Israeli airstrikes killed 12 people in Khan Younis overnight, the health ministry said.", "killed")
    assert got == [("killed", "hamas", "israel", "civilian")]


def test_a_paramilitary_shelling_a_town_and_a_rights_group_as_claimant():
    got = roles("RSF fighters shelled Omdurman on Sunday, killing nine residents, a local rights group said.")
    assert ("killed", "other", "rsf", "civilian") in got
    assert ("attack", "other", "rsf", "civilian") in got


def test_the_party_that_withdraws_lost_the_place():
    got = roles("Ukrainian troops have withdrawn from Pokrovsk, the General Staff said on Tuesday.", "territory")
    assert got and got[0][2:] == ("russia", "ukraine")


def test_a_party_claiming_a_capture_gained_it_from_its_opponent():
    got = roles("The Arakan Army said on Monday that its fighters had captured Buthidaung.", "territory")
    assert got and got[0][2:] == ("resistance", "myanmar_junta")


def test_the_enemy_is_the_claimants_opponent():
    got = roles("Russia's Defence Ministry said the enemy lost up to 300 servicemen near Kupiansk.", "killed")
    assert got == [("killed", "russia", "russia", "ukraine")]


def test_a_toll_in_a_home_the_profile_says_is_attacked_by_a_party():
    got = roles("Two people were killed in Kharkiv overnight, the regional governor said.", "killed")
    assert got == [("killed", "ukraine", "russia", "civilian")]


def test_a_medical_charity_is_a_third_party_and_a_hospital_hit_has_civilian_victims():
    got = roles("Medecins Sans Frontieres said 14 patients were killed when shells hit a hospital in El Fasher.")
    assert ("killed", "other", None, "civilian") in got or ("killed", "other", "rsf", "civilian") in got


@pytest.mark.parametrize("text, category", [
    ("About 40,000 people fled Tawila in North Darfur last week, the UN said.", "displaced"),
    ("Gunmen abducted 30 villagers near Kaura Namoda in Zamfara, police said.", "abducted"),
])
def test_the_displaced_and_the_abducted_are_civilians(text, category):
    got = roles(text, category)
    assert got and got[0][3] == "civilian"


def test_a_one_party_conflict_sets_the_group_against_other():
    got = roles("Al-Shabaab said its fighters had overrun Jowhar after a night of fighting.", "territory")
    assert got and got[0][2:] == ("armed_groups", "other")


def test_a_denied_fall_leaves_the_place_with_the_denier():
    got = roles("Ukraine's General Staff denied that Kurakhove had fallen, saying fighting went on.", "territory")
    assert got and got[0][1:] == ("ukraine", "russia", "ukraine")


def test_what_a_side_shot_down_is_its_opponents_loss():
    got = roles("Ukraine's air force said it shot down 40 drones over Odesa region overnight.", "materiel_lost")
    assert got and got[0][1:] == ("ukraine", "ukraine", "russia")


def test_a_sides_own_losses_stay_its_own():
    got = roles("Ukraine's General Staff said two of its tanks were lost near Chasiv Yar.", "materiel_lost")
    assert got and got[0][3] == "ukraine"


def test_the_documents_main_attacker_acts_where_a_sentence_names_none():
    text = ("The Rapid Support Forces stormed Kutum on Friday, residents said. RSF fighters also shelled "
            "Kabkabiya on Saturday.\n\nFive people were killed in Kutum, a local doctor said.")
    got = [c for c in claims(text) if c.category == "killed"]
    assert got and got[0].actor_side == "rsf" and got[0].victim_side == "civilian"


def test_a_count_of_fighters_is_no_civilian_toll():
    got = roles("Nigerian troops killed 22 militants near Bama, the army said.", "killed")
    assert got and got[0][3] == "armed_groups" and got[0][1] == "other"


def test_a_city_attacked_is_not_its_government():
    got = roles("Russian missiles struck Kyiv on Saturday, the mayor said.", "attack")
    assert got and got[0][2] == "russia" and got[0][3] != "ukraine"


def test_profile_roles_are_checked(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("profiles:\n  - id: x\n    parties: {a: [b], c: [d]}\n    homes: [{party: a, countries: [AA], attacked_by: a}]\n")
    with pytest.raises(ProfileError, match="attacked_by"):
        load_file(str(path))
    path.write_text("profiles:\n  - id: x\n    parties: {a: [b]}\n    opponents: {a: z}\n")
    with pytest.raises(ProfileError, match="opponents"):
        load_file(str(path))
    path.write_text("profiles:\n  - id: x\n    parties: {a: [b]}\n    others: [1]\n")
    with pytest.raises(ProfileError, match="others"):
        load_file(str(path))


def test_invaders_and_occupiers_are_the_claimants_enemy():
    got = roles("Ukraine's General Staff said 900 occupiers were killed over the past day.", "killed")
    assert got and got[0][3] == "russia"


@pytest.mark.parametrize("noun", ["traders", "nuns", "pilgrims", "passers-by"])
def test_more_kinds_of_people_are_counted_as_civilians(noun):
    got = roles(f"A shell hit the market in Dilling on Monday, killing three {noun}, the UN said.", "killed")
    assert got and got[0][3] == "civilian"


def test_the_side_that_lost_materiel_is_its_victim_not_its_actor():
    got = roles("Ukrainian forces lost two tanks near Kupiansk.", "materiel_lost")
    assert got and got[0][2:] == ("russia", "ukraine")


def test_lebanons_officials_are_no_party_but_israel_attacks_there():
    got = roles("Four people lost their lives in the village of Kfar Kila, the ministry said.", "killed")
    assert got == [("killed", "other", "israel", "civilian")]


def test_a_partys_name_is_no_town_abroad_and_an_adverb_keeps_its_act():
    got = claims("Fano briefly seized the historic town of Lalibela that month, residents said.")
    assert [(c.category, c.place.name, c.actor_side, c.victim_side) for c in got] == \
        [("territory", "Lalibela", "armed_groups", "other")]


def test_the_speaker_is_not_the_actor_and_russias_opponent_in_mali_is_no_ukraine():
    got = roles("Russia launched one of its largest drone attacks on Kharkiv overnight, the Ukrainian military said.",
                "attack")
    assert got and got[0][2] == "russia"
    mali = claims("Dozens of Russian mercenaries were killed in a rebel ambush near Tinzaouaten in northern Mali, "
                  "the rebels said.")
    assert [c.actor_side for c in mali if c.category == "killed"] == ["armed_groups"]


def test_a_conflict_no_profile_covers_still_gets_civilian_victims_from_the_claims_words():
    doc = Document(id="m", published="2025-09-01", text=(
        "Armed groups have abducted at least 120 children in Cabo Delgado province since January.\n\n"
        "Hundreds of people marched in Pemba on Saturday to protest against the attacks."))
    got = {c.category: c.victim_side for c in extract_claims(doc)}
    assert got.get("abducted") == "civilian" and got.get("protest") == "civilian"


def test_fighters_taken_by_a_named_party_are_its_opponents():
    got = extract_claims(Document(id="c", published="2026-10-08", text=(
        "A junta spokesman said 48 soldiers from the Gwa battalion were captured by the Arakan Army in Rakhine State.")))
    captured = [c for c in got if c.category == "captured"]
    assert captured and captured[0].victim_side == "myanmar_junta"


def test_a_speakers_own_words_are_no_actor_for_whose_losses():
    got = extract_claims(Document(id="c", published="2024-08-07", text=(
        "A military government spokesman said 62 soldiers had been killed in the Lashio fighting since June 25.")))
    assert all(c.victim_side != "resistance" for c in got)


def test_a_party_that_lost_men_in_a_direction_lost_its_own():
    got = extract_claims(Document(id="l", published="2026-04-07", text=(
        "Russia's Defence Ministry said Ukrainian forces in the Kostiantynivka direction had lost up to 45 servicemen.")))
    assert got and got[0].victim_side == "ukraine"


@pytest.mark.parametrize("text, category, want", [
    # an army post hit where the state's forces have no id: their loss; the group attacks there
    ("Gunmen on motorbikes raided a gendarmerie post in Djibo on Sunday, the regional governor said.",
     "attack", ("armed_groups", "other")),
    ("A roadside bomb hit a military convoy near Marte in Borno state, local officials said.",
     "attack", ("armed_groups", "other")),
    ("Overnight the town of Macomia was overrun, a police source said.", "territory", ("armed_groups", "other")),
])
def test_where_the_state_has_no_id_its_forces_are_other_and_the_group_attacks(text, category, want):
    got = roles(text, category)
    assert got and got[0][2:] == want


def test_a_town_struck_from_afar_hits_its_people_and_a_ground_assault_its_defenders():
    struck = roles("Russian glide bombs struck Kupiansk overnight, the regional governor said.", "attack")
    assert struck and struck[0][3] == "civilian"
    assaulted = roles("Russian assault groups stormed positions near Kupiansk on Monday, the brigade said.", "attack")
    assert assaulted and assaulted[0][3] != "civilian"


def test_state_forces_counted_with_no_side_are_the_places_home_forces():
    got = roles("Militants attacked a checkpoint in Diapaga on Monday, killing nine gendarmes, a security source said.", "killed")
    assert got and got[0][3] == "other"  # Burkina's gendarmes, a state with no party id


def test_merchant_shipping_hit_with_no_flag_named_is_a_third_party():
    got = roles("The Houthis said they struck a bulk carrier in the Red Sea with two missiles.", "attack")
    assert got and got[0][3] == "other"


def test_soldiers_a_side_denies_losing_are_its_own():
    got = roles("The Israeli military denied that any soldier had been captured in Jabalia.", "captured")
    assert got and got[0][3] == "israel"


def test_the_place_hit_is_not_the_actor_and_a_counts_agent_comes_before_it():
    got = roles("Russian drones struck overnight, and the attack on Kyiv also wounded 12 people, the mayor said.", "wounded")
    assert got and got[0][2] == "russia"  # not "Kyiv", the place hit
    got = roles("A Russian missile killed four people in Dnipro as Ukrainian drones hit an oil terminal in Novorossiysk.", "killed")
    assert got and got[0][2] == "russia"
