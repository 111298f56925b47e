"""Denials as claims: each wording makes a `denied` claim of the denier with the denied
event's category, place and date; a reported claim inside a denial is its target."""
import pytest

from sitrep.extract import extract_claims
from sitrep.extract.denials import find_denials
from sitrep.records import Document


def claims_of(text, published="2023-09-18"):
    return extract_claims(Document(id="d", published=published, text=text))


def denied(text):
    return [c for c in claims_of(text) if c.modality == "denied"]


@pytest.mark.parametrize("sentence, wording", [
    ("Ukraine's General Staff denied that the village had fallen.", "denied"),
    ("Ukrainian officials rejected this.", "rejected"),
    ("The ministry dismissed the claim as propaganda.", "dismissed_as"),
    ("The army called the report false.", "called_false"),
    ("The air force said no aircraft were lost.", "said_no"),
    ("The governor said the airfield had not been hit.", "had_not"),
    ("Kyiv said it had lost no helicopters.", "said_no"),
    ("The air force said none of its helicopters had been lost.", "said_no"),
    ("The shipowner said the rebels' claim was false and that the crew were safe.", "called_false"),
    ("A police spokeswoman said no part of Lascahobas was under gang control.", "said_no"),
    ("The police said there was no truth to the report that 20 traders were kidnapped in Gusau.", "called_false"),
    ("The ministry said the raid on the market in Kadugli never took place.", "had_not"),
])
def test_each_wording_is_a_denial(sentence, wording):
    (d,) = find_denials(sentence)
    assert d.wording == wording


@pytest.mark.parametrize("sentence", [
    "The village had not been hit since March.",  # a negation in the story's own voice
    "Officials called for calm after the strike.",  # "called" without a word of falsity
    "No one could say how long the siege would last, the mayor said.",
])
def test_not_a_denial(sentence):
    assert find_denials(sentence) == []


def test_a_denial_without_an_attack_noun_denies_no_attack():
    # "happened" denies an attack only after an attack noun
    assert not denied("He survived a poisoning in 2020, which the Kremlin denies happened.")
    (c,) = denied("The ministry said the raid on the market in Kadugli never took place.")
    assert c.category == "attack" and c.claimant == "The ministry"


def test_a_manner_word_is_no_part_of_the_deniers_name():
    (c,) = denied("The SDF flatly refuted the ministry's account of the shelling of Tabqa.")
    assert c.claimant == "The SDF"
    (c,) = denied("Hezbollah categorically rejected the army's account of the raid on Yaroun.")
    assert c.claimant == "Hezbollah"


def test_a_denied_capture_is_a_territory_claim_of_the_denier_at_the_place():
    (c,) = denied("Russia said its forces had captured Klishchiivka on Sunday. "
                  "Ukraine's military dismissed reports of the capture as Russian propaganda.")
    assert (c.category, c.claimant, c.claimant_side, c.place.name) == ("territory", "Ukraine's military", "ukraine", "Klishchiivka")
    assert c.date and c.date_basis


def test_rejected_this_copies_the_figure_it_points_back_to():
    cs = denied("Russia's Defence Ministry said it hit a hotel in Kharkiv on Thursday and killed about 30 mercenaries; "
                "Ukrainian officials rejected this.")
    killed = [c for c in cs if c.category == "killed"]
    assert killed and killed[0].value == 30 and killed[0].claimant == "Ukrainian officials"
    assert killed[0].place.name == "Kharkiv"


def test_the_reported_claim_inside_a_denial_is_its_target_not_an_assertion():
    cs = claims_of("Ukrainian officials rejected reports that the town of Avdiivka had been encircled.")
    assert [(c.category, c.modality, c.claimant) for c in cs] == [("territory", "denied", "Ukrainian officials")]


def test_said_no_losses_is_a_denied_loss_of_that_item():
    (c,) = denied("Russia said it shot down three Ukrainian helicopters near Kupiansk on Friday. "
                  "Kyiv said it had lost no helicopters.")
    assert (c.category, c.item, c.value, c.claimant) == ("materiel_lost", "helicopter", 3.0, "Kyiv")  # the figure denied


def test_a_denial_restating_no_figure_carries_one_only_when_the_story_gives_one():
    (c,) = denied("Moscow said its air defences downed four drones over Kursk on Monday. On Tuesday it said "
                  "nine drones were downed over Belgorod. Kyiv said it had lost no drones.")
    assert c.value is None  # two figures: which one is denied is not said
    (c,) = denied("Iran's army said it shot down two Israeli drones over Tabriz. "
                  "Israel's military said it had not lost any aircraft.")
    assert (c.category, c.value) == ("materiel_lost", 2.0)
    # the denier speaks for the body that gave the figure just before: it denies a loss, not that figure
    (c,) = denied("The defence ministry said air defences destroyed 30 Ukrainian drones over Rostov. A ministry "
                  "spokesman insisted that no aircraft had been lost at the Millerovo airfield.")
    assert (c.category, c.value) == ("materiel_lost", None)


def test_a_denial_of_involvement_denies_no_event():
    assert denied("Russia said it struck a power plant in Kharkiv on Friday. "
                  "Ukraine denied any involvement in the attack on Belgorod.") == []


def test_a_denial_of_targeting_civilians_denies_no_event():
    assert denied("The mayor said 5 people were killed in a missile strike on Odesa on Monday. "
                  "Russia denied targeting civilians.") == []


@pytest.mark.parametrize("sentence, wording, points_back", [
    ("Kyiv dismissed the claim.", "dismissed_as", True),
    ("A Ukrainian spokesman said the reports were false.", "called_false", True),
    ("Officials said claims that the town had fallen were untrue.", "called_false", False),
])
def test_more_wordings(sentence, wording, points_back):
    (d,) = find_denials(sentence)
    assert d.wording == wording and (d.target is None) == points_back


def test_a_false_alarm_is_no_denial():
    assert find_denials("Officials said reports of an explosion in the city were a false alarm.") == []


def test_the_denier_is_named_without_its_relative_clause():
    (d,) = find_denials("The Rapid Support Forces, which have besieged the city since May, denied that the airport had fallen.")
    assert d.denier == "The Rapid Support Forces"


def test_a_report_named_before_the_denier_is_what_it_denies():
    (c,) = denied("Asked about the statement on tanks near Orikhiv, a military spokesman called the report false.")
    assert (c.category, c.item, c.claimant) == ("materiel_lost", "tank", "a military spokesman")


def test_dismissed_as_propaganda_before_what_it_dismisses():
    (c,) = denied("A spokesman on Tuesday dismissed as propaganda the claim that the airfield at Saky had been attacked.")
    assert c.category == "attack" and c.subject == "Saky"


def test_a_denied_capture_of_soldiers_is_captured_people():
    cs = denied("The Israeli military denied that any soldier had been captured in Jabalia.")
    assert [c.category for c in cs] == ["captured"]


def test_a_place_the_gazetteer_does_not_know_keeps_its_name():
    (c,) = denied("The army spokesman dismissed the rebel claim to hold Qwertyville as propaganda.")
    assert (c.category, c.subject) == ("territory", "Qwertyville")


def test_a_denial_names_who_it_says_was_not_hurt():
    (c,) = denied("Russia said its drones wounded 5 soldiers in Kupiansk on Monday. "
                  "Ukraine's army said no civilians were hurt.")
    assert (c.category, c.subject) == ("wounded", "civilians")


def test_none_were_destroyed_denies_the_loss_of_the_item_named():
    (c,) = denied("The RSF said their drones destroyed 4 army helicopters at Kosti on Monday. "
                  "The army said one helicopter was damaged at Kosti on Monday and none were destroyed.")
    assert (c.category, c.item, c.claimant) == ("materiel_lost", "helicopter", "The army")


def test_this_points_to_the_clause_before_it_not_to_an_earlier_claim():
    text = ("Rebels killed 5 people and wounded 35 in Gisenyi on Monday, officials said. "
            "The Congolese government accuses Rwanda of deploying thousands of troops alongside M23; "
            "Kigali denies this.")
    assert denied(text) == []  # the deployment is denied, not the Gisenyi toll


# A claim named by what it was about: the denied claim is at that place, of the category its
# noun or the words around it give.
@pytest.mark.parametrize("sentence, category, place", [
    ("The Ukrainian army called the Russian claim about Vovchansk untrue.", "attack", "Vovchansk"),
    ("The army rejected the RSF figure for Sunday's shelling of Kadugli.", "killed", "Kadugli"),
    ("A junta spokesman dismissed the rebels' claims about Lashio as lies, saying its troops remained in the town.",
     "territory", "Lashio"),
    ("Kyiv called Moscow's report on tanks near Orikhiv a fabrication.", "materiel_lost", "Orikhiv"),
])
def test_a_claim_about_a_place_denied_is_a_denial_at_that_place(sentence, category, place):
    (c,) = [c for c in denied(sentence) if c.category == category]
    assert c.place.name == place and c.claimant


def test_a_claim_about_a_place_that_says_nothing_more_denies_an_attack_on_it_and_its_capture():
    cs = denied("The police called the gang's claim about Zorblanville baseless.")  # a name the gazetteer does not know
    assert sorted((c.category, c.subject) for c in cs) == [("attack", "Zorblanville"), ("territory", "Zorblanville")]


@pytest.mark.parametrize("sentence, place", [
    ("A Ukrainian commander said on Friday that Chasiv Yar had not fallen.", "Chasiv Yar"),
    ("An army spokesman said Kosti had not been captured, and that fighting went on nearby.", "Kosti"),
])
def test_a_place_that_had_not_fallen_is_a_denied_capture_named_by_the_clause(sentence, place):
    (c,) = denied(sentence)
    assert (c.category, c.subject) == ("territory", place)


def test_what_the_denier_asserts_after_the_denied_clause_stays_its_claim():
    cs = claims_of("An army spokesman said on Monday that the ammunition depot in Kosti had not been hit, "
                   "and that air defences had shot down four drones over the city.")
    assert [(c.category, c.modality) for c in cs if c.category == "materiel_lost"] == [("materiel_lost", "claimed")]
    assert [(c.category, c.subject) for c in cs if c.modality == "denied"] == [("attack", "Kosti")]


@pytest.mark.parametrize("sentence", [
    "'Siversk remains under our control,' a Ukrainian commander told reporters on Sunday.",
    "The army said the airport in El Obeid was still held by our forces.",
    "A spokesman for the junta said the town of Hpakant remained firmly in our hands.",
])
def test_a_place_still_held_by_the_speaker_denies_its_capture(sentence):
    (d,) = find_denials(sentence)
    assert d.wording == "had_not"
    (c,) = denied(sentence)
    assert c.category == "territory"


def test_a_place_now_under_the_speakers_control_is_a_capture_not_a_denial():
    assert find_denials("'Siversk is now under our full control,' a Russian commander told reporters.") == []


@pytest.mark.parametrize("sentence, counted", [
    ("The militia denied that its gunmen had killed civilians in the village.", "civilians"),
    ("The army said no civilians were killed in its raid, which it said targeted fighters.", "civilians"),
])
def test_a_denied_toll_counts_the_victims_not_the_actor(sentence, counted):
    (c,) = denied("Activists said 40 villagers were killed in Tawila on Monday. " + sentence)
    assert (c.category, c.subject) == ("killed", counted)


@pytest.mark.parametrize("sentence, denies", [
    ("Ukrainian officials said the town remained in Ukrainian hands.", True),
    ("An army spokesman said the bridge remained in army hands.", True),
    ("Ukrainian officials said the town remained in Russian hands.", False),  # held by the other side
])
def test_a_place_still_held_by_a_name_is_a_denial_only_when_it_is_the_speakers(sentence, denies):
    assert bool(find_denials(sentence)) == denies


def test_a_denied_loss_of_a_named_rocket_system_is_of_its_kind():
    (c,) = denied("Kyiv dismissed as propaganda the Russian claim that two HIMARS launchers had been destroyed near Sloviansk.")
    assert (c.category, c.item, c.value) == ("materiel_lost", "mlrs", 2)


@pytest.mark.parametrize("sentence, denies", [
    ("The army said its troops were still in Bakhmut.", True),
    ("The army said its troops were still in the town of Bakhmut.", True),
    ("The army said its troops were still in the area searching for survivors.", False),  # no place held
])
def test_the_speakers_troops_still_in_a_place_deny_its_capture(sentence, denies):
    assert bool(find_denials(sentence)) == denies


def test_troops_that_took_a_town_in_a_denial_deny_its_capture_not_a_capture_of_troops():
    doc = Document(id="d", published="2026-09-22", text="Oleh Marchuk denied that Russian troops had captured Zorianske.")
    got = [(c.category, c.modality) for c in extract_claims(doc)]
    assert got == [("territory", "denied")]


def test_a_denial_about_a_site_the_gazetteer_lacks_keeps_the_sites_name_as_its_place():
    doc = Document(id="d", published="2026-11-10", text=(
        "Colonel Rudnev dismissed reports of destroyed aircraft at the Vostrukhino airfield as Ukrainian propaganda."))
    got = [(c.category, c.modality, c.place.name if c.place else None) for c in extract_claims(doc)]
    assert ("materiel_lost", "denied", "Vostrukhino") in got


def test_a_claim_called_false_after_the_denier_and_a_verb_points_back_to_the_earlier_claim():
    doc = Document(id="d", published="2026-07-07", text=(
        "The rebels' spokesman said their forces struck the tanker Aegean Star with two missiles in the Red Sea.\n"
        "The tanker's Piraeus-based manager said the rebels' claim was false and that the ship was sailing normally."))
    got = [(c.category, c.modality, c.claimant) for c in extract_claims(doc)]
    assert ("attack", "denied", "The tanker's Piraeus-based manager") in got


def test_a_dismissal_saying_the_town_is_still_held_denies_its_capture_not_a_nearer_count():
    doc = Document(id="d", published="2026-11-17", text=(
        "The rebels said on Tuesday they had captured Sittwe after a week of fighting.\n"
        "They said 300 soldiers had surrendered during the final assault on the port.\n"
        "A junta spokesman dismissed the claim as rumours, saying troops remained in the town."))
    denied = {c.category for c in extract_claims(doc) if c.modality == "denied"}
    assert denied == {"territory"}


def test_no_part_of_a_town_under_gang_control_denies_its_capture():
    doc = Document(id="d", published="2026-11-01", text=(
        "A police spokeswoman said on Sunday that no part of Mirebalais was under gang control."))
    got = [(c.category, c.modality, c.place.name if c.place else None) for c in extract_claims(doc)]
    assert got == [("territory", "denied", "Mirebalais")]


def test_a_dateline_is_no_part_of_the_deniers_name():
    doc = Document(id="d", published="2026-11-04", text=(
        "GOMA/KINSHASA - Army spokesman Maj. Patrick Ilunga rejected the rebels' accusation that an army "
        "drone had bombed the market in Kitshanga."))
    denied = [c for c in extract_claims(doc) if c.modality == "denied"]
    assert denied and all(c.claimant.startswith("Army spokesman") for c in denied)


def test_a_denied_report_is_the_incident_its_source_reported_not_a_detail_after_it():
    doc = Document(id="d", published="2026-07-30", text=(
        "The Kurdish-led Syrian Democratic Forces (SDF) said government forces shelled the town of Deir Hafer "
        "on Thursday.\n\nThe SDF said two of its fighters were wounded.\n\n"
        "The Syrian Defence Ministry called the SDF report a fabrication, saying its units were observing the truce."))
    denied = [c for c in extract_claims(doc) if c.modality == "denied"]
    assert [c.category for c in denied] == ["attack"]


def test_a_denied_fall_beside_a_repelled_attack_is_the_fall_denied():
    doc = Document(id="d", published="2026-02-10", text=(
        "An army spokesman said Dilling had not fallen and that troops had repelled an attack from the north."))
    denied = [c for c in extract_claims(doc) if c.modality == "denied"]
    assert [c.category for c in denied] == ["territory"]


def test_a_denial_made_from_its_own_words_takes_the_day_it_names():
    (c,) = [c for c in claims_of("KYIV, January 23 - Ukraine's Air Force said no Ukrainian aircraft were lost "
                                 "on Thursday.", published="2026-01-23") if c.modality == "denied"]
    assert (c.category, c.date, c.date_basis) == ("materiel_lost", "2026-01-22", "text")


def test_a_denied_capture_of_a_village_no_gazetteer_lists_is_at_the_claimed_village():
    text = ("KHARTOUM - The RSF said it had seized the area of Um Sumeima after heavy fighting near "
            "El Obeid. The army, however, denied that Um Sumeima had fallen.")
    (c,) = [c for c in denied(text) if c.category == "territory"]
    assert c.place is not None and c.place.name == "Um Sumeima"


def test_a_denial_that_names_no_place_is_at_the_place_of_the_claim_it_answers():
    text = ("The army said its drones struck militia positions at Nyala airport on Friday night. "
            "The militia denied that the airport had been hit, describing the report as lies to cover "
            "up its defeats in Kordofan.")
    (c,) = denied(text)
    assert c.category == "attack" and c.place is not None and c.place.name == "Nyala"


def test_a_dismissed_announcement_about_a_town_is_a_denied_claim_there():
    text = ("The militia said on Tuesday it had seized full control of Babanusa.\n\n"
            "An army spokesman on Wednesday dismissed the militia's announcement on Babanusa as propaganda.")
    got = denied(text)
    assert got and all(c.place is not None and c.place.name.startswith("Baban") for c in got)
    assert "territory" in {c.category for c in got}


def test_the_day_of_a_denial_is_not_the_day_of_the_event_it_denies():
    text = "An army spokesman on Sunday called the claim that Marte had been overrun a pack of lies."
    (c,) = [c for c in claims_of(text, published="2026-02-01") if c.modality == "denied"]
    assert c.category == "territory" and c.date_basis == "published"  # undated: the linker looks at the days before
    dated = "An army spokesman said Marte had not been overrun on Friday."
    (c,) = [c for c in claims_of(dated, published="2026-02-01") if c.modality == "denied"]
    assert (c.date, c.date_basis) == ("2026-01-30", "text")


def test_a_denial_of_an_abduction_or_of_deaths_in_an_owned_attack():
    (c,) = denied("Villagers said bandits kidnapped 21 farmers in Gidan Bako on Sunday. The state police spokesman "
                  "denied that any kidnapping had taken place in Gidan Bako.")
    assert c.category == "abducted" and c.place is not None and c.place.name == "Gidan Bako"
    got = claims_of("The army said no soldiers were killed in Monday's attack on the Diapaga post, which it "
                    "said had been repelled.")
    assert [(c.category, c.modality) for c in got if c.modality == "denied"] == [("killed", "denied")]
    assert any(c.category == "attack" and c.modality != "denied" for c in got)  # the attack itself is not denied


def test_a_long_named_denier_still_points_back_to_the_claim_before():
    got = denied("The militia's spokesman said his fighters had sunk a patrol boat off Hodeidah on Monday. "
                 "A spokesperson for the coalition naval command, Colonel Maria Okafor, called the militia's claim "
                 "false and said the boat had returned to port.")
    assert got and got[0].claimant.startswith("A spokesperson for the coalition")


def test_a_claim_named_only_by_its_owner_takes_what_the_denier_says_after_it():
    # the claim itself is in another document: its category and place come from the rest of the sentence
    (c,) = denied("A deputy minister dismissed the militants' toll as fabricated, saying the attack on Bulo Burte "
                  "had been repulsed.")
    assert c.category == "killed" and c.place is not None and c.place.country_code == "SO"
    (c,) = denied("An adviser to the RSF commander dismissed the army's announcement as propaganda and said RSF "
                  "fighters remained deployed inside Bara.")
    assert c.category == "territory" and c.place is not None and c.place.country_code == "SD"


def test_rejecting_that_figure_denies_the_count_not_the_capture_beside_it():
    got = denied("The group said its fighters had overrun the army base at Bulo Burte and killed 47 soldiers. "
                 "A minister rejected that figure as propaganda, saying nine soldiers were killed.")
    assert [(c.category, c.value) for c in got] == [("killed", 47.0)]


def test_a_denial_naming_only_a_ship_takes_the_headlines_sea():
    doc = Document(id="d", published="2026-05-08", title="Tanker manager says ship unharmed after Red Sea incident",
                   text="The tanker's manager, Kallisto Tankers, said the Aegean Meridian had not been hit.")
    (c,) = [c for c in extract_claims(doc) if c.modality == "denied"]
    assert c.category == "attack" and c.place is not None and c.place.name == "Red Sea"


def test_no_more_than_is_a_ceiling_not_a_denial():
    got = claims_of("Pushilin said Russian units lost no more than five armoured vehicles near Vuhledar on Thursday.")
    assert [(c.value, c.qualifier, c.modality) for c in got if c.category == "materiel_lost"] == [(5.0, "at_most", "claimed")]
