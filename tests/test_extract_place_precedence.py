"""Which of several places a figure concerns, when the sentence's only place is not where it
happened: a title-case dateline ("Beirut (AFP) -"), the hospital the wounded were taken to, a
region named in the speaker's title when the story is about one of its towns, a continent,
an armed group whose name is also a village. Sentences are written for these tests."""
from sitrep.extract import extract_claims
from sitrep.extract.places.mentions import dateline
from sitrep.extract.text.tokens import tokenize
from sitrep.geo import Geocoder
from sitrep.geo.normalise import key
from sitrep.records import Document, Place


def places(text, title=None):
    doc = Document(id="p", published="2022-06-02", text=text, title=title)
    return {(c.category, c.value, c.place.name if c.place else None) for c in extract_claims(doc)}


def test_a_title_case_dateline_needs_its_agency_and_dash():
    toks = tokenize("Beirut (AFP) – Shelling killed four people in Idlib on Friday.")
    end, body = dateline(toks)
    assert end == 1 and toks[body].text == "Shelling"
    assert dateline(tokenize("Kyiv said on Friday that four people were killed.")) == (0, 0)
    assert dateline(tokenize("Kyiv - a city of three million - was calm.")) == (0, 0)  # no agency


def test_a_title_case_dateline_is_not_the_place_of_the_story():
    got = places("Beirut (AFP) – An air strike on a village near Idlib killed six civilians on Friday.")
    assert ("killed", 6.0, "Beirut") not in got
    assert any(c == "killed" and p == "Idlib" for c, v, p in got)


def test_the_hospital_town_is_a_destination_not_where_people_were_hurt():
    text = ("Mortar fire hit Krasnopillia on Monday. Two border guards were wounded and taken to "
            "hospital in Sumy, the border service said.")
    assert ("wounded", 2.0, "Krasnopillya") in places(text)
    # where they were hurt, when the sentence says it, stays the place
    text = "Four soldiers were wounded in Izium and taken to a hospital in Kharkiv."
    assert ("wounded", 4.0, "Izyum") in places(text)


def test_a_speaker_s_region_gives_way_to_the_story_s_town_in_that_region():
    text = ("A missile struck a shopping centre in Kremenchuk on Monday afternoon.\n\n"
            "Dmytro Lunin, the governor of the Poltava region, said 40 people had been injured.")
    assert ("wounded", 40.0, "Kremenchuk") in places(text)
    # a town elsewhere is no substitute: the region named by the speaker stays
    text = ("A missile struck a shopping centre in Kremenchuk on Monday afternoon.\n\n"
            "Elsewhere, the Kharkiv regional governor said three people were killed.")
    assert ("killed", 3.0, "Kharkiv Oblast") in places(text)


def test_a_place_in_the_paragraph_beats_the_speaker_s_region():
    text = ("Police keep evacuating families from villages of the Kupiansk district. Over the past "
            "day 43 people were taken to safer areas, Kharkiv regional police said.")
    got = {p for c, v, p in places(text) if c == "displaced"}
    assert got and got <= {"Kupiansk district", "Kupyansk"}  # not "Kharkiv Oblast"


def test_continents_and_armed_groups_are_not_places():
    got = places("Sudan has 7 million people displaced inside its borders, more than any other "
                 "country in Africa, the UN said.")
    assert {p for c, v, p in got} == {"Sudan"}
    got = places("Two al-Shabab fighters were killed in Mogadishu on Sunday, police said.")
    assert {p for c, v, p in got} == {"Mogadishu"}


def test_the_arabic_article_is_left_out_of_place_keys():
    assert key("Al Qāmishlī") == key("Qamishli")
    assert key("Jisr ash-Shughūr") == key("Jisr al-Shughur")
    assert key("Deir ez-Zor") == key("Deir al-Zor")
    assert key("Alchevsk") != key("Chevsk")  # only the article word, never the start of a name


def test_within_tells_whether_a_town_lies_in_a_region():
    gc = Geocoder.default()
    kremenchuk = gc.geocode("Kremenchuk")
    assert gc.within(kremenchuk, "Poltava Oblast") is True
    assert gc.within(kremenchuk, "Kharkiv Oblast") is False
    assert gc.within(Place("Nowhere"), "Poltava Oblast") is None
    assert gc.within(kremenchuk, "Atlantis region") is None


def test_strikes_on_part_of_a_country_place_the_toll_they_caused():
    got = places("Israeli strikes on southern Lebanon killed four people on Monday, the health ministry said, "
                 "as the army told residents of a village in the Bekaa valley to leave.")
    assert ("killed", 4.0, "southern Lebanon") in got
    # an attack on a country named after the figure is a comparison, not where it was
    got = places("Missiles hit two houses in the city of Kramatorsk, killing six and wounding 20, in one of "
                 "the worst attacks on eastern Ukraine this year.")
    assert ("wounded", 20.0, "Kramatorsk") in got


def test_counts_in_the_clause_of_an_unlisted_village_stay_there():
    got = places("The ministry said an Israeli drone strike on a car in Kfar Kila killed one man, and that a strike "
                 "on a house in Rmeish killed two and wounded five.")
    assert ("killed", 1.0, "Kfar Kila") in got
    assert ("killed", 2.0, "Rmeish") in got and ("wounded", 5.0, "Rmeish") in got


def test_a_town_the_event_was_near_says_more_than_the_region_around_it():
    got = places("In Balochistan, attackers ambushed a lorry near Khuzdar on Friday, killing four drivers.")
    assert ("killed", 4.0, "Khuzdar") in got and ("attack", None, "Khuzdar") in got
    # not a town near another item, beside the region the figure was in
    got = places("It said air defences had downed three jets over the Kharkiv region and a drone near "
                 "Bashtanka in the Mykolaiv region.")
    assert ("materiel_lost", 3.0, "Kharkiv Oblast") in got


def test_an_unlisted_township_or_district_keeps_its_name():
    got = places("A junta jet bombed a school in Nal Township, Sagaing Region, on Friday, killing seven pupils.")
    assert ("killed", 7.0, "Nal township") in got
    got = places("Insurgents raided three villages in Metuge district this week. Officials said five "
                 "farmers were beheaded.")
    assert ("killed", 5.0, "Metuge district") in got


def test_a_village_named_with_its_region_is_no_namesake_abroad():
    # the gazetteer's only "Novopavlovka" is in Siberia; the text puts the village in the Donetsk region
    got = extract_claims(Document(id="p", published="2024-05-02",
                                  text="Russian units took the village of Novopavlivka in the Donetsk region on Monday."))
    (c,) = [c for c in got if c.category == "territory"]
    assert c.place.name == "Novopavlivka" and c.place.country_code == "UA"


def test_a_peoples_republic_after_a_village_is_its_region():
    # Russia's name for an occupied region places the village there, not at a namesake abroad
    got = extract_claims(Document(id="p", published="2024-05-02",
                                  text="Russian units seized Novopavlivka in the Luhansk People's Republic on Monday, "
                                       "the ministry said."))
    (c,) = [c for c in got if c.category == "territory"]
    assert c.place.name == "Novopavlivka" and c.place.country_code == "UA" and c.place.admin1 == "Luhansk Oblast"
    # the same words in a speaker's title name no place
    got = extract_claims(Document(id="p", published="2024-05-02",
                                  text="The head of the self-proclaimed Donetsk People's Republic said 40 Ukrainian "
                                       "soldiers had surrendered."))
    assert all(c.place is None for c in got)


def test_a_force_post_named_by_its_village_is_at_that_village():
    got = places("Gunmen killed seven gendarmes in an attack on the Diapaga post on Monday, the army said.")
    assert ("killed", 7.0, "Diapaga") in got or ("killed", 7.0, "Diapaga post") in got
    # a hospital named by its quarter says where a speaker works, not where the strike was
    got = places("Shells landed near the camps west of Goma, killing four civilians, a doctor at the Ndosho hospital said.")
    assert ("killed", 4.0, "Ndosho") not in got


def test_the_base_just_named_places_its_capture():
    got = places("The group said its fighters attacked the army base at Moqokori on Monday. It said they overran "
                 "the base after a three-hour battle.")
    assert ("territory", None, "Moqokori") in got
    # near the base is not at it
    got = places("The army said its troops attacked the base at Moqokori on Monday. It said rebels were massing "
                 "near the base.")
    assert ("territory", None, "Moqokori") not in got


def test_a_story_naming_only_a_party_keeps_its_towns_in_that_partys_country():
    # no country named; the RSF is Sudan's: "Bara" is Sudan's Barah, not Brazil's Barra
    got = extract_claims(Document(id="p", published="2026-02-09",
                                  text="RSF fighters seized Bara on Sunday after heavy fighting, the group said."))
    (c,) = [c for c in got if c.category == "territory"]
    assert c.place is not None and c.place.country_code == "SD"
    # a common word among a party's names ("police") names no country
    got = extract_claims(Document(id="p", published="2026-01-18",
                                  text="Gunmen abducted 12 traders in Kaura Namoda on Friday, the State Police Command said."))
    assert all(c.place is None or c.place.country_code != "HT" for c in got)


def test_a_post_named_after_a_forces_possessive_is_at_its_village():
    got = places("Hezbollah said it had fired a wave of explosive drones at the Israeli army's Biranit barracks on Friday.")
    assert ("attack", None, "Biranit") in got


def test_a_place_inside_what_a_speaker_said_is_where_it_happened():
    # "said the strike in X" names where the strike was; "told reporters in X" where someone spoke
    got = places("Local authorities said the strike in Kadugli also injured 27 people.")
    assert ("wounded", 27.0, "Kadugli") in got
    got = places("The minister told reporters in Khartoum that 14 soldiers were killed in the attack.")
    assert ("killed", 14.0, "Khartoum") not in got


def test_an_upper_case_dateline_before_the_speaker_is_no_place_of_the_event():
    got = places("WASHINGTON - US officials said on Thursday that a single MQ-9 Reaper had been lost over Marib "
                 "province on Wednesday.")
    assert ("materiel_lost", 1.0, "Washington") not in got
