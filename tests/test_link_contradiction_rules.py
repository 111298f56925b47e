"""When two reports contradict: the same thing (category, item, scope, place, time, victims,
target) from different claimants, with figures that cannot both hold or one denying the other."""
from sitrep.link.contradictions import contradiction
from sitrep.link.match import View

UA = dict(claimant="Ukrainian officials", claimant_side="ukraine")
RU = dict(claimant="Russian officials", claimant_side="russia")


def v(**kw) -> View:
    base = dict(category="killed", item=None, scope="event", modality="claimed", subject="people",
                value=10.0, value_high=None, qualifier="exact", vague=None, victim_side="civilian",
                claimant=None, claimant_side=None, lat=50.0, lon=36.2, day_lo=100, day_hi=100)
    base.update(kw)
    return View(**base)


def test_different_tolls_for_one_strike_from_two_sides_contradict():
    assert contradiction(v(**UA), v(value=30.0, **RU)) == "value"


def test_a_claim_without_any_time_is_never_compared_on_time():
    assert contradiction(v(**UA), v(value=30.0, day_lo=None, day_hi=None, **RU)) is None


def test_a_claimant_updating_its_figure_is_a_revision():
    assert contradiction(v(**UA), v(value=30.0, claimant="Ukrainian officials", claimant_side="ukraine")) is None


def test_one_sides_losses_are_never_set_against_the_others():
    mil = dict(subject="soldiers")
    assert contradiction(v(victim_side=None, **mil, **UA), v(value=500.0, victim_side=None, **mil, **RU)) is None
    assert contradiction(v(victim_side="russia", **mil, **UA), v(value=500.0, victim_side="ukraine", **mil, **RU)) is None
    assert contradiction(v(victim_side="russia", **mil, **UA), v(value=500.0, victim_side="russia", **mil, **RU)) == "value"


def test_a_running_total_is_never_set_against_one_days_figure():
    assert contradiction(v(scope="cumulative", value=5000.0, **UA), v(value=30.0, **RU)) is None


def test_two_running_totals_of_different_days_contradict_only_when_the_later_is_smaller():
    a = v(scope="cumulative", value=5000.0, day_lo=95, day_hi=100, **UA)
    assert contradiction(a, v(scope="cumulative", value=9000.0, day_lo=100, day_hi=100, **RU)) == "value"
    assert contradiction(a, v(scope="cumulative", value=900.0, day_lo=97, day_hi=97, **RU)) is None  # it grew
    assert contradiction(a, v(scope="cumulative", value=9000.0, day_lo=97, day_hi=97, **RU)) == "value"  # it shrank


def test_part_of_a_toll_is_not_the_whole():
    assert contradiction(v(subject="children", value=2.0, **UA), v(subject="people", value=4.0, **RU)) is None


def test_strikes_on_different_targets_are_different_strikes():
    market = "Shelling hit a market in Kharkiv, killing 10 people."
    hotel = "The ministry said it struck a hotel in Kharkiv and killed 30 mercenaries."
    assert contradiction(v(**UA), v(value=30.0, **RU), market, hotel) is None
    assert contradiction(v(**UA), v(value=30.0, **RU), market, "A strike on the market killed 30.") == "value"


def test_compatible_figures_do_not_contradict():
    assert contradiction(v(value=20.0, qualifier="more_than", **UA), v(value=23.0, **RU)) is None


def test_far_places_do_not_contradict():
    assert contradiction(v(**UA), v(value=30.0, lat=46.5, lon=30.7, **RU)) is None


def test_a_denial_contradicts_the_claim_another_claimant_makes():
    assert contradiction(v(category="territory", value=None, modality="denied", **UA),
                         v(category="territory", value=None, **RU)) == "denial"
    assert contradiction(v(category="territory", value=None, modality="denied", **UA),
                         v(category="territory", value=None)) is None  # a story's own voice: maybe only a detail
    assert contradiction(v(category="territory", value=None, modality="denied"),
                         v(category="territory", value=None, **RU)) is None  # nobody denies


def test_without_sides_the_names_of_the_victims_decide():
    saf = dict(claimant="the army", claimant_side=None, victim_side=None)
    rsf = dict(claimant="Rapid Support Forces", claimant_side=None, victim_side=None)
    a = v(subject="RSF fighters", value=200.0, **saf)
    assert contradiction(a, v(subject="soldiers", value=15.0, **rsf), "The army said it killed 200 RSF fighters.",
                         "The RSF said it killed 15 soldiers.") is None
    hamas = dict(claimant="Hamas", claimant_side=None, victim_side=None)
    israel = dict(claimant="Israeli military", claimant_side="other", victim_side=None)
    assert contradiction(v(subject="Hamas fighters", value=120.0, **israel), v(subject="fighters", value=12.0, **hamas),
                         "The Israeli military said it killed 120 Hamas fighters.",
                         "Hamas said 12 of its fighters were killed.") == "value"


def test_civilians_and_fighters_are_different_victims():
    assert contradiction(v(subject="people", victim_side="civilian", value=27.0, **UA),
                         v(subject="Hamas militants", victim_side=None, value=10.0, **RU)) is None


def test_a_role_and_its_holder_are_one_source():
    gov = dict(claimant="regional governor", claimant_side=None)
    named = dict(claimant="Governor Oleh Syniehubov", claimant_side=None)
    assert contradiction(v(**gov), v(value=20.0, **named)) is None


def test_a_toll_brought_up_to_date_is_a_revision():
    a = v(claimant="Amnesty International", claimant_side=None)
    b = v(value=20.0, claimant="Human Rights Watch", claimant_side=None)
    assert contradiction(a, b, "Amnesty said 10 were killed.", "The toll rose to 20, Human Rights Watch said.") is None
    assert contradiction(a, b, "Amnesty said 10 were killed.", "Human Rights Watch said 20 were killed.") == "value"


def test_running_totals_of_different_periods_do_not_contradict():
    a = v(scope="cumulative", value=5000.0, **UA)
    b = v(scope="cumulative", value=900.0, **RU)
    assert contradiction(a, b, "5,000 have been killed since the invasion began.", "900 have been killed since January.") is None
    assert contradiction(a, b, "5,000 have been killed since the invasion began.",
                         "900 have been killed since the start of the war.") == "value"


def test_each_claimant_counting_what_it_did_to_the_other_counts_different_victims():
    army = dict(claimant="the army", claimant_side=None, victim_side=None)
    rsf = dict(claimant="Rapid Support Forces", claimant_side=None, victim_side=None)
    assert contradiction(v(subject="fighters", value=300.0, **army), v(subject="soldiers", value=120.0, **rsf),
                         "The army said it killed 300 fighters.", "The RSF said they killed 120 soldiers.") is None
    assert contradiction(v(subject="rebels", value=230.0, **army), v(subject="fighters", value=9.0, **rsf),
                         "The army said its troops had killed 230 rebels.",
                         "The group said nine of its fighters had been killed.") == "value"


def test_what_one_party_did_and_the_losses_the_other_admits_are_the_same_victims():
    ua = dict(claimant="General Staff", claimant_side="ukraine", victim_side=None)
    ru = dict(claimant="Defence Ministry", claimant_side="russia", victim_side=None)
    tanks = dict(category="materiel_lost", item="tank", subject="tanks")
    assert contradiction(v(value=14.0, **tanks, **ua), v(value=2.0, **tanks, **ru),
                         "The General Staff said its units destroyed 14 tanks.",
                         "The Defence Ministry said only two tanks were lost.") == "value"
    assert contradiction(v(value=14.0, **tanks, **ua), v(value=2.0, **tanks, **ru),
                         "The General Staff said its units destroyed 14 tanks.",
                         "The Defence Ministry said its forces destroyed two tanks.") is None


def test_a_civilian_toll_is_not_set_against_those_a_party_says_it_killed():
    health = dict(claimant="the health ministry", claimant_side="other", victim_side="civilian")
    army = dict(claimant="the army", claimant_side="israel", victim_side=None)
    toll = "A strike on a house in Tyre killed nine civilians, the health ministry said."
    # the party's count names no class of victim ("three of them"), but it counts what it did itself
    assert contradiction(v(subject="civilians", value=9.0, **health), v(subject="them", value=3.0, **army),
                         toll, "The army said its jets had killed three of them in Tyre.") is None
    assert contradiction(v(subject="civilians", value=9.0, **health), v(subject="people", value=3.0, **army),
                         toll, "The army said three people were killed in Tyre.") == "value"


def test_a_party_denying_it_killed_civilians_still_denies_the_civilian_toll():
    rsf = dict(claimant="the RSF", claimant_side="rsf", victim_side=None)
    doctors = dict(claimant="a doctors' union", claimant_side="other", victim_side="civilian")
    assert contradiction(v(subject="civilians", value=None, modality="denied", **rsf),
                         v(subject="villagers", value=40.0, **doctors),
                         "The RSF denied that its fighters had killed civilians there.",
                         "Gunmen killed 40 villagers, a doctors' union said.") == "denial"


def test_a_market_and_a_camp_in_one_city_are_different_strikes():
    assert contradiction(v(**UA), v(value=30.0, **RU), "Shells hit the central market, killing 10.",
                         "Shells hit the displacement camp, killing 30.") is None


def test_those_one_hospital_treated_are_a_part_of_the_toll_not_another_toll():
    toll = v(category="wounded", value=27, claimant="Ministry spokesman", claimant_side="houthis")
    treated = v(category="wounded", value=9, claimant="MedAid Yemen", claimant_side="other")
    text = "Nine of the people injured in the airstrike were treated at the hospital we support, the charity said."
    assert contradiction(toll, treated, "27 others were injured, the ministry said.", text) is None
    assert contradiction(toll, treated, "27 others were injured.", "Nine people were injured in the airstrike.") == "value"


def test_third_parties_named_as_different_victims_are_not_compared():
    # both victims are `other` (no party of the conflict), yet named as two sides' fighters
    army = dict(claimant="the army's media wing", claimant_side="other", victim_side="other")
    taliban = dict(claimant="Taliban defence ministry spokesman", claimant_side="other", victim_side="other")
    assert contradiction(v(subject="Afghan fighters", value=19.0, **army), v(subject="Pakistani soldiers", value=12.0, **taliban),
                         "The army's media wing said troops killed 19 Afghan fighters.",
                         "The spokesman claimed Afghan forces killed 12 Pakistani soldiers.") is None
    assert contradiction(v(subject="soldiers", value=3.0, **army), v(subject="Pakistani soldiers", value=12.0, **taliban),
                         "The army's media wing said three soldiers were killed.",
                         "The spokesman claimed Afghan forces killed 12 Pakistani soldiers.") == "value"


def test_a_denial_names_a_target_only_in_what_it_denies():
    denied = v(category="territory", value=None, modality="denied", **UA)
    claim = v(category="territory", value=None, **RU)
    assert contradiction(denied, claim, "Kyiv rejected reports that Vovchansk had fallen, saying its units still "
                                        "held the bridge and the station.",
                         "Moscow said its forces had taken Vovchansk.") == "denial"
    attack = dict(category="attack", value=None)
    assert contradiction(v(modality="denied", **attack, **UA), v(**attack, **RU),
                         "Officials denied that the airport had been hit.",
                         "Russia said its missiles struck the port.") is None  # another target


def test_an_air_base_and_the_airfield_are_one_target():
    attack = dict(category="attack", value=None)
    assert contradiction(v(modality="denied", **attack, **RU), v(**attack, **UA),
                         "The governor said the airfield had not been hit.",
                         "Drones struck the Morozovsk air base overnight, the General Staff said.") == "denial"
