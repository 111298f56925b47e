"""More ways news names the place of a figure: a country that acts is no place ("Ukraine had
lost"), "the city" in a dateline's sentence is the dateline's city, "Mali's capital" is
Bamako, a town naming an axis ("the Donetsk direction") gives way to a town near which things
happened, and an adjectival district named alone ("the Kyivskyi district") is a district of
the story's city. Sentences are written for these tests."""
from sitrep.extract import extract_claims
from sitrep.records import Document


def places(text, title=None):
    doc = Document(id="f", published="2023-11-22", text=text, title=title)
    return {(c.category, c.value, c.place.name if c.place else None) for c in extract_claims(doc)}


def test_a_country_that_acts_is_not_where_a_figure_happened():
    text = ("Fighting around Avdiivka went on all week. The Russian minister claimed that Ukraine "
            "had lost more than 1,500 soldiers killed in the last day of the battle.")
    assert ("killed", 1500.0, "Avdiyivka") in places(text)
    assert ("killed", 900.0, "Ukraine") in places("The war has killed 900 civilians in Ukraine, the UN said.")


def test_the_city_in_a_dateline_s_sentence_is_the_dateline_s_city():
    text = "BELGOROD, Russia — Shelling of the city centre on Thursday killed five people, the governor said."
    got = places(text, title="Kharkiv and Belgorod under fire")
    assert ("killed", 5.0, "Belgorod") in got and ("attack", None, "Belgorod") in got


def test_a_country_s_capital_is_its_capital_city():
    got = places("More than 60 people were killed in an assault on a police school in Mali's capital, a source said.")
    assert ("killed", 60.0, "Bamako") in got
    # "Mali's capital Bamako": the name follows and is the place anyway
    assert ("killed", 5.0, "Bamako") in places("Five people were killed in Mali's capital Bamako on Friday.")


def test_an_axis_gives_way_to_the_town_near_which_things_happened():
    text = ("In the Donetsk direction, units improved their position near Bakhmut and repelled five "
            "counterattacks. More than 200 Ukrainian troops were killed.")
    assert ("killed", 200.0, "Bakhmut") in places(text)


def test_an_adjectival_district_named_alone_is_in_the_story_s_city():
    text = "Drones attacked Kharkiv overnight. One person was wounded in the Kyivskyi district, he said."
    assert ("wounded", 1.0, "Kharkiv") in places(text)
    # a district named after a town is that town's district
    assert ("killed", 2.0, "Pokrovsk") in places("Shelling hit the Pokrovsk district overnight, killing two.")


def test_the_city_with_three_describing_words_is_still_the_city():
    text = ("KRYVYI RIH, Ukraine, June 13 (Wire) - A missile struck an apartment building before dawn, "
            "killing at least nine people in the central Ukrainian industrial city, the governor said.")
    assert ("killed", 9.0, "Kryvyy Rih") in places(text, title="Missile strike kills nine")
