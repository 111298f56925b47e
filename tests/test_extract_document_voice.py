"""A document that is an organisation's own statement speaks in its voice ("Defence Ministry
briefing", "Statement by the Ministry of Defence", "General Staff update"); a story about a
statement, or a live blog, does not. A loss list under an opener naming nobody ("Equipment
losses are given as follows:") takes the speaker just before it. Sentences written for these tests."""
from sitrep.extract import extract_claims
from sitrep.extract.text.tokens import tokenize
from sitrep.extract.vocab import vocab
from sitrep.extract.attribution.voice import document_voice
from sitrep.records import Document


def claimants(text, title=None):
    doc = Document(id="v", published="2023-11-22", text=text, title=title)
    return {(c.category, c.value, c.claimant) for c in extract_claims(doc)}


def test_a_briefing_speaks_in_its_issuer_s_voice():
    got = claimants("Four tanks were destroyed near Bakhmut over the past day.",
                    title="Russian Defence Ministry briefing, 22 November")
    assert got == {("materiel_lost", 4.0, "Russian Defence Ministry")}
    got = claimants("Statement by the Ministry of Defence of Ukraine\nSix drones were shot down overnight.")
    assert ("materiel_lost", 6.0, "Ministry of Defence of Ukraine") in got


def test_a_named_speaker_in_the_sentence_still_wins():
    got = claimants("Four tanks were destroyed near Bakhmut, Ukrainian officials said.",
                    title="Russian Defence Ministry briefing, 22 November")
    assert got == {("materiel_lost", 4.0, "Ukrainian officials")}


def test_stories_about_statements_and_live_blogs_have_no_voice():
    v = vocab()
    assert document_voice("Live updates: Russia-Ukraine war", [], v) is None
    assert document_voice("Zelensky says the General Staff update shows gains", [], v) is None
    assert document_voice("Annual report on the markets", [], v) is None  # no issuer named
    got = claimants("Four tanks were destroyed near Bakhmut.", title="Live updates: the war in Ukraine")
    assert got == {("materiel_lost", 4.0, None)}


def test_a_voice_names_its_issuer_and_side():
    a = document_voice("Russian losses in Ukraine: General Staff update, March 15", [], vocab())
    assert a is not None and a.claimant == "General Staff" and a.side == "ukraine"
    first = tokenize("Briefing of the Ministry of Defence of the Russian Federation, 22 November 2023")
    a = document_voice(None, first, vocab())
    assert a is not None and a.claimant == "Ministry of Defence of the Russian Federation"


def test_a_loss_list_under_an_anonymous_opener_takes_the_speaker_before_it():
    text = ("According to the General Staff, Russia has lost 400,000 personnel.\n\n"
            "Equipment losses are given as follows:\nTanks: 6,700 (+16)\nAircraft: 340")
    got = claimants(text)
    assert {("materiel_lost", 6700.0, "General Staff"), ("materiel_lost", 340.0, "General Staff")} <= got
    # two sentences of other matter between speaker and opener: nobody is carried over
    text = ("The General Staff said 300 soldiers were killed.\n\nThe war goes on. Winter is near.\n\n"
            "Losses are given as follows:\nTanks: 6,700 (+16)")
    assert ("materiel_lost", 6700.0, None) in claimants(text)


def test_an_issuer_speaking_for_itself_keeps_the_document_s_own_voice():
    text = ("Statement of the Acting Governor Yevgeny Balitsky\n\nShelling hit Tokmak overnight. One civilian "
            "was killed. In view of this, I have decided to relocate residents.")
    assert ("killed", 1.0, None) in claimants(text)


def test_section_headings_in_capitals_are_not_speakers():
    text = "BELGOROD REGION: Attacks were repulsed near Shebekino.\nAIR DEFENCE: Air defence systems shot down 58 drones."
    assert ("materiel_lost", 58.0, None) in claimants(text)
    assert ("killed", 5.0, "Police") in claimants("Police: 5 people were killed in Kharkiv.")


def test_a_named_agency_is_not_a_definite_description_of_another():
    text = ("The International Atomic Energy Agency said the plant lost power.\n\n"
            "The UN refugee agency says 6.3 million refugees from Ukraine are recorded across Europe.")
    assert ("displaced", 6300000.0, "UN refugee agency") in claimants(text)


def test_the_us_is_not_a_first_person_pronoun():
    got = claimants("Four tanks were destroyed near Bakhmut. US officials did not comment.",
                    title="Russian Defence Ministry briefing, 22 November")
    assert ("materiel_lost", 4.0, "Russian Defence Ministry") in got


def test_a_digest_heading_names_the_source_of_its_section():
    text = ("Daily digest of official statements.\n\n1. Sudanese Armed Forces (Telegram, 14 September)\n\n"
            "Army units repelled an attack on El Obeid and killed 40 militia fighters.\n\n"
            "2. Rapid Support Forces (statement)\n\nThe force shot down two army drones over Nyala.")
    got = {(c.category, c.value): c.claimant
           for c in extract_claims(Document(id="d", published="2024-09-14", text=text))}
    assert got[("killed", 40.0)] == "Sudanese Armed Forces"
    assert got[("materiel_lost", 2.0)] == "Rapid Support Forces"


def _by_value(text, published="2025-05-02"):
    return {(c.category, c.value): c.claimant
            for c in extract_claims(Document(id="s", published=published, text=text))}


def test_a_statement_and_its_reply_each_speak_for_their_issuer():
    text = ("AFC/M23 Political Wing — Communique No. 57\nFriday, 2 May 2025\n\n"
            "Our fighters repelled a coalition assault near Masisi and captured 23 soldiers.\n\n"
            "---\n\nFARDC — Office of the Army Spokesman\nFriday, 2 May 2025\n\n"
            "Our units shot down three rebel drones over Sake this morning.")
    got = _by_value(text)
    assert got[("captured", 23.0)] == "AFC/M23 Political Wing"
    assert got[("materiel_lost", 3.0)] == "FARDC"


def test_channel_posts_take_the_issuer_named_beside_their_time():
    text = ("🔴 02.05, 20:10 — Kharkiv RMA\nA guided bomb hit a warehouse in the city; 4 people were wounded.\n\n"
            "🔴 02.05, 09:30 — Sumy RMA\nIn total, 3,100 residents have been evacuated from border villages since March.\n\n"
            "↪ Forwarded from a pro-Russian channel, 02.05:\n\"Our units destroyed two Leopard tanks near Vovchansk.\"")
    got = _by_value(text)
    assert got[("wounded", 4.0)] == "Kharkiv RMA"
    assert got[("displaced", 3100.0)] == "Sumy RMA"
    assert got[("materiel_lost", 2.0)] == "a pro-Russian channel"


def test_a_statement_read_on_air_and_a_response_from_another_party():
    text = ("[Text of a statement read on Houthi television by military spokesman Yahya Saree, 2 May 2025]\n\n"
            "Our forces downed an American drone over Marib governorate.\n\n---\n\n"
            "Response from US Central Command (CENTCOM), 2 May 2025:\n"
            "US aircraft struck 12 Houthi launch sites near Saada overnight.")
    got = _by_value(text)
    assert got[("materiel_lost", 1.0)] == "military spokesman Yahya Saree"


def test_a_single_issuer_s_heading_leaves_its_statement_in_its_own_voice():
    text = ("Rapid Support Forces — Media Office\nFriday, 2 May 2025\n\n"
            "Our forces shot down two army drones over Nyala this morning.")
    assert _by_value(text)[("materiel_lost", 2.0)] is None


def test_a_byline_line_is_not_an_issuer():
    text = ("By Amina Yusuf — Maiduguri\n\n"
            "Militants killed 11 farmers near Damboa on Thursday, local officials said.\n\n"
            "Reporting by Amina Yusuf — Editing by Tom Hale")
    assert _by_value(text)[("killed", 11.0)] == "local officials"


def test_a_caption_in_capitals_is_not_an_issuer():
    text = ("ADVISORY — GULF OF ADEN\n\n1. INCIDENT – EASTERN GULF OF ADEN\n"
            "Since January the Houthis have attacked 40 ships, killing at least four seafarers.\n\n"
            "2. CMF UPDATE – RED SEA\nA tanker was struck by a drone off Mokha.")
    assert _by_value(text)[("killed", 4.0)] is None


def test_a_press_release_is_its_issuers_own_voice_even_under_a_third_person_title():
    doc = Document(id="r", published="2025-11-30", title="Summary of the Ministry of Defence of the Russian Federation",
                   text="Ministry of Defence of the Russian Federation\nPress release | 30 November 2025\n\n"
                        "Air defence units shot down 41 fixed-wing drones over the Belgorod region over the past day.\n\n"
                        "Units of the Zapad group liberated the town of Kupiansk in the Kharkiv region.")
    got = [(c.category, c.claimant, c.claimant_side, c.victim_side, c.actor_side) for c in extract_claims(doc)]
    assert ("materiel_lost", None, "russia", "ukraine", "russia") in got  # what the issuer says it shot down
    assert any(c == "territory" and who is None and side == "russia" and actor == "russia"
               for c, who, side, _, actor in got)


def test_a_translated_briefing_keeps_its_issuers_voice_despite_the_translators_our():
    text = ("The following is our translation of the daily summary the Russian Defence Ministry posted on Telegram.\n\n"
            "Air defence systems shot down 41 drones over the past day.")
    got = claimants(text, title="Russian Defence Ministry briefing, 22 November (translation)")
    assert ("materiel_lost", 41.0, "Russian Defence Ministry") in got
    own = claimants("We shot down 41 drones over the past day.", title="Russian Defence Ministry briefing, 22 November")
    assert ("materiel_lost", 41.0, None) in own  # the issuer's own first person: the document's own voice


def test_a_heading_line_under_the_headline_names_the_issuer_passed_on():
    text = ("Home > Statements > Russia\n\n"
            "Summary of the Ministry of Defence of the Russian Federation on the course of the operation\n\n"
            "Units of the Yug group of forces liberated the settlement of Siversk.\n\n"
            "Over the past day the enemy lost up to 180 servicemen and two tanks.")
    got = claimants(text, title="Moscow claims Siversk")
    assert ("materiel_lost", 2.0, "Ministry of Defence of the Russian Federation") in got
    # a sentence of the body that mentions a summary names no issuer of the whole document
    text = ("Shelling killed four people in Kherson on Monday.\n\n"
            "A summary of the UN Human Rights Office on the war was published last week.")
    assert ("killed", 4.0, None) in claimants(text)


def test_each_turn_of_a_transcript_speaks_for_its_speaker():
    text = ("SPOKESPERSON (Amina Diallo): Good afternoon. Fighters attacked Bandiagara again on Sunday "
            "and at least 12 people were killed.\n\n"
            "QUESTION (Radio Kayira): Thirty people died in Bankass on Sunday. Can you confirm?\n\n"
            "SPOKESPERSON: We cannot confirm it. At least 4 people were wounded in Bankass.")
    got = {(c.category, c.value): c.claimant for c in extract_claims(Document(id="t", published="2026-05-06", text=text))
           if c.category in ("killed", "wounded")}
    assert got[("killed", 12.0)] == "Amina Diallo"
    assert got[("killed", 30.0)] == "Radio Kayira"
    assert got[("wounded", 4.0)] == "Amina Diallo"  # the role's name, once a turn gave it


def test_a_capitalised_dateline_with_a_colon_is_no_turn():
    text = ("KIDAL (AFP): Fighters attacked the town on Sunday.\n\n"
            "BAMAKO (AFP): At least 12 people were killed in Kati, officials said.\n\n"
            "MOPTI (AFP): Nine soldiers died in an ambush near Boni.")
    got = {c.value: c.claimant for c in extract_claims(Document(id="t", published="2026-05-06", text=text))
           if c.category == "killed"}
    assert got[12.0] == "officials" and got[9.0] != "AFP"
