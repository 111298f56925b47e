"""Each cleaning rule of sitrep.clean, on hand-written text."""
from pathlib import Path

from sitrep.clean import clean_text

FIXTURES = Path(__file__).parent / "fixtures" / "clean"

KNOWN_REASONS = {
    "duplicate_caption", "gallery_counter", "video_player", "platform_footer", "appeal",
    "share_subscribe", "cookie", "navigation", "repeated_paragraph", "outside_main_block",
    "html_boilerplate", "truncated_huge_input", "teaser", "advertisement", "byline",
    "author_bio", "section_heading", "comment_meta", "caption_credit", "caps_heading",
    "comments_section", "non_prose", "markup_residue", "repeated_line",
}

BODY = (
    "Emergency crews searched the rubble of a five-storey building in the port district on "
    "Wednesday after a missile hit it before dawn, the city administration said."
)
BODY2 = (
    "Officials said at least nine people were pulled out alive and taken to hospital, while "
    "the search for others continued into the evening despite the cold."
)


def reasons(result):
    return [r.reason for r in result.removed]


def test_inline_duplicate_caption_around_gallery_counter():
    caption = "Smoke rises over the harbour cranes after the overnight strike"
    text = f"{caption} +12 View gallery {caption} {BODY} {BODY2}"
    result = clean_text(text)
    assert result.text.count(caption) == 1
    assert "View gallery" not in result.text
    assert BODY in result.text and BODY2 in result.text
    assert "gallery_counter" in reasons(result)
    assert "duplicate_caption" in reasons(result)
    # the caption becomes its own paragraph, the article goes on in the next one
    assert result.text.split("\n\n")[0] == caption


def test_caption_printed_twice_on_its_own_lines():
    caption = "A man walks past a burnt-out bus on the main square of the town"
    result = clean_text("\n".join([BODY, caption, caption, BODY2]))
    assert result.text.count(caption) == 1
    assert result.text.split("\n\n") == [BODY, caption, BODY2]
    assert reasons(result) == ["duplicate_caption"]


def test_caption_glued_to_the_next_paragraph():
    caption = "Rescue workers carry a stretcher out of the damaged building"
    result = clean_text("\n".join([BODY, caption, caption + BODY2]))
    assert result.text.split("\n\n") == [BODY, caption, BODY2]
    assert [r.text for r in result.removed] == [caption]


def test_gallery_counter_line_alone():
    result = clean_text("\n".join([BODY, "+8 View gallery", BODY2]))
    assert result.text == BODY + "\n\n" + BODY2
    assert reasons(result) == ["gallery_counter"]


def test_video_player_residue_lines_and_inline():
    controls = ["Loaded: 0%", "Progress: 0%", "0:00", "Play", "Mute", "Current Time 0:00",
                "/", "Duration Time 1:45", "Fullscreen"]
    result = clean_text("\n".join([BODY, *controls, BODY2]))
    assert result.text == BODY + "\n\n" + BODY2
    assert set(reasons(result)) <= {"video_player", "markup_residue"}
    assert "video_player" in reasons(result)
    inline = clean_text(BODY + "\nLoaded: 0% Progress: 0% Play Mute Fullscreen\n" + BODY2)
    assert inline.text == BODY + "\n\n" + BODY2
    assert reasons(inline) == ["video_player"]


def test_platform_footer():
    result = clean_text("\n".join([BODY, BODY2, "No comments:", "Powered by Blogger."]))
    assert result.text == BODY + "\n\n" + BODY2
    assert reasons(result) == ["platform_footer", "platform_footer"]


def test_inline_appeal_with_bank_details_is_cut_out_of_the_paragraph():
    appeal = (
        "You can help the families who fled: donate here to our winter appeal. "
        "Every gift makes a difference. "
        "Via bank transfer, use these details: Account name: Winter Fund Account number: "
        "11223344 Sort code: 10-20-30 Cheques should be made payable to Winter Fund."
    )
    result = clean_text(f"{BODY} {appeal} {BODY2}")
    assert result.text == BODY + "\n\n" + BODY2
    assert reasons(result) == ["appeal"]
    assert "11223344" in result.removed[0].text


def test_appeal_line_alone_and_news_about_donations_kept():
    news = "Aid groups said donations of blankets and stoves had reached the shelters on Friday."
    result = clean_text("\n".join([BODY, "Donate now", news, BODY2]))
    assert result.text.split("\n\n") == [BODY, news, BODY2]
    assert reasons(result) == ["appeal"]


def test_share_subscribe_and_cookie_lines():
    cookie = ("We use cookies to improve your experience on our site. By continuing to browse "
              "you accept our cookie policy.")
    lines = [BODY, "Share this article", "Sign up for our daily newsletter", cookie, BODY2]
    result = clean_text("\n".join(lines))
    assert result.text == BODY + "\n\n" + BODY2
    assert reasons(result) == ["share_subscribe", "share_subscribe", "cookie"]


def test_navigation_list_around_the_article_is_removed():
    menu = ["Home", "World", "Europe", "Politics", "Business", "Sport", "Culture"]
    body = [BODY, BODY2, BODY.replace("Wednesday", "Thursday"), BODY2.replace("nine", "six")]
    result = clean_text("\n".join(menu + body + menu[1:]))
    assert result.text == "\n\n".join(body)
    assert not any(word in result.text.split("\n\n") for word in menu)
    assert reasons(result) == ["navigation", "navigation"]  # one removal per menu
    assert result.removed[0].text == "\n".join(menu)


def test_repeated_paragraph_keeps_the_first_copy():
    other = "The governor said schools in the district would stay closed until Monday."
    result = clean_text("\n".join([BODY, other, BODY2, other]))
    assert result.text.split("\n\n") == [BODY, other, BODY2]
    assert reasons(result) == ["repeated_paragraph"]


def test_recurring_short_paragraph_is_structure_and_stays():
    question = "What did you see that night?"
    answers = [f"Answer number {n} given by a resident of the district to the reporter." for n in range(3)]
    lines = [x for a in answers for x in (question, a)]
    result = clean_text("\n".join(lines))
    assert result.text.count(question) == 3


def test_main_block_selection_on_a_whole_page():
    page = (FIXTURES / "full_page.txt").read_text(encoding="utf-8")
    result = clean_text(page)
    paragraphs = result.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Artillery fire knocked out the main substation")
    assert paragraphs[-1].startswith("Aid groups said")
    for gone in ("Skip to main content", "cookies", "Related articles", "heartbreaking",
                 "Privacy policy", "By Anna Petrenko", "Bridge near Dalmora"):
        assert gone not in result.text
    got = set(reasons(result))
    assert {"outside_main_block", "comments_section", "cookie", "section_heading"} <= got


def test_every_removal_is_recorded_with_a_known_reason():
    page = (FIXTURES / "full_page.txt").read_text(encoding="utf-8")
    result = clean_text(page)
    assert result.removed
    for removal in result.removed:
        assert removal.reason in KNOWN_REASONS
        assert removal.text.strip()
    # nothing disappears without a record: every input line is kept or named in a removal
    recorded = "\n".join(r.text for r in result.removed)
    for line in page.splitlines():
        if line.strip():
            assert line.strip() in result.text or line.strip() in recorded, line


def test_clean_article_comes_out_unchanged():
    article = (FIXTURES / "clean_article.txt").read_text(encoding="utf-8")
    result = clean_text(article)
    assert result.text == article.strip()
    assert result.removed == []


def test_output_is_deterministic():
    page = (FIXTURES / "full_page.txt").read_text(encoding="utf-8")
    first = clean_text(page)
    clean_text((FIXTURES / "clean_article.txt").read_text(encoding="utf-8"))
    again = clean_text(page)
    assert first.text == again.text
    assert first.removed == again.removed


def test_news_lines_that_look_like_furniture_are_kept():
    lines = [
        "By Monday, the army had withdrawn from the village on the western bank.",
        "Asked whether more troops would be sent to the region, the commander said:",
        "\"We will hold the bridge for as long as it takes,\" he told reporters.",
        "Reactions",
        "The man who was killed was a journalist for a local television station.",
        "Copyright disputes over the footage were not mentioned by the ministry.",
        "Neighbouring countries said they would support us, the mayor told residents.",
    ]
    result = clean_text("\n".join(lines))
    assert result.text == "\n\n".join(lines)
    assert result.removed == []


def test_appeal_does_not_swallow_the_news_next_to_it():
    news = "The UN launched an appeal for 1.7 billion dollars in humanitarian aid on Tuesday."
    appeal = "Donate here to our winter appeal. Account number: 11223344 Sort code: 10-20-30"
    result = clean_text("\n".join([BODY, news, appeal, BODY2]))
    assert result.text.split("\n\n") == [BODY, news, BODY2]
    assert [(r.reason, r.text) for r in result.removed] == [("appeal", appeal)]


def test_a_figure_list_announced_by_a_colon_stays_with_the_prose_around_it():
    head = ["We use cookies on this site. Accept all | Manage preferences", "Home / War / Losses",
            "Enemy losses as of 12 March: 900 more personnel and 17 artillery systems",
            "12 March 2026, 09:00 | Share: Facebook | X | Telegram | Copy link"]
    intro = ("The total combat losses of the enemy from 24 February 2022 to 12 March 2026 are approximately as "
             "follows, the General Staff of the armed forces said in its regular update on Thursday morning:")
    items = ["personnel — about 1,100,500 (+900) persons", "tanks — 10,101 (+3)", "armoured vehicles — 21,000 (+5)",
             "artillery systems — 30,202 (+17)", "MLRS — 1,303 (+0)", "aircraft — 404 (+0)", "helicopters — 305 (+0)",
             "drones — 90,100 (+640)", "ships / boats — 28 (+0)", "special equipment — 3,909 (+2)",
             "cruise missiles — 4,000 (+0)", "submarines — 2 (+0)", "air defence systems — 1,200 (+0)",
             "vehicles and fuel tanks — 70,000 (+90)"]
    tail = ["The staff said the figures were still being checked.", BODY, BODY2,
            BODY.replace("Wednesday", "Thursday"), BODY2.replace("nine", "six"),
            "Read more: Allies sent 14 new air defence systems in January, the minister says",
            "Subscribe to our Telegram channel so you never miss the morning figures"]
    kept = clean_text("\n".join(head + [intro] + items + tail)).text.split("\n\n")
    assert intro in kept and all(item in kept for item in items)  # the list is the article's, not page furniture
    assert BODY in kept and not any("cookies" in k or "Subscribe" in k for k in kept)


def test_a_tag_or_topic_line_is_furniture():
    for line in ("Topics: Airstrikes, Sudan Army, Darfur", "Tags: Haiti, gangs, Port-au-Prince",
                 "Filed under: Sahel, Mali"):
        result = clean_text("\n".join([BODY, line, BODY2]))
        assert result.text == BODY + "\n\n" + BODY2, line
        assert reasons(result) == ["platform_footer"]
