"""sitrep.clean on awkward inputs: empty, binary-ish, huge, malformed or article-less HTML."""
import time
from pathlib import Path

import pytest

from sitrep.clean import clean_html, clean_text
from sitrep.clean.normalize import MAX_TEXT_CHARS

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n", "\u200b\ufeff"])
def test_empty_or_blank_text_gives_empty_text(text):
    result = clean_text(text)
    assert result.text == ""
    assert result.removed == []


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<html><body> </body></html>"])
def test_empty_html_gives_empty_text(html):
    assert clean_html(html).text == ""


def test_control_characters_and_odd_code_points_are_dropped():
    raw = ("Troops\x00 withdrew\x07 from the\u200b hill\ufeff on Friday,\x1b the army said.\r\n"
           "A lone surrogate \ud800 and a bell \x07 do not break anything.")
    result = clean_text(raw)
    assert result.text == (
        "Troops withdrew from the hill on Friday, the army said.\n\n"
        "A lone surrogate and a bell do not break anything."
    )
    result.text.encode("utf-8")  # valid text: no lone surrogates left


def test_character_references_left_by_a_scraper_are_decoded():
    raw = "The army said 40 &#8220;terrorists&#8221; were killed near Djibo &amp; Arbinda on Monday.\n" \
          "R&D and AT&T stay as they are; so does &madeup;."
    assert clean_text(raw).text == (
        "The army said 40 \u201cterrorists\u201d were killed near Djibo & Arbinda on Monday.\n\n"
        "R&D and AT&T stay as they are; so does &madeup;.")


def test_bytes_are_refused_with_a_clear_error():
    with pytest.raises(TypeError, match="clean_text expects text"):
        clean_text(b"some bytes")
    with pytest.raises(TypeError, match="clean_html expects HTML"):
        clean_html(None)


def test_huge_text_is_cut_and_cleaned_in_bounded_time():
    paragraph = ("Officials in the district said {n} families had been moved to shelters after "
                 "the river crossing was shelled again overnight.")
    text = "\n".join(paragraph.format(n=n) for n in range(80_000))
    assert len(text) > 10_000_000
    start = time.perf_counter()
    result = clean_text(text)
    assert time.perf_counter() - start < 15
    assert result.removed[0].reason == "truncated_huge_input"
    paragraphs = result.text.split("\n\n")
    # only the first MAX_TEXT_CHARS characters were read: about 8,000 of the 80,000 lines
    assert len(paragraphs) * len(paragraph.format(n=0)) <= MAX_TEXT_CHARS
    assert paragraphs[0] == paragraph.format(n=0)
    assert paragraphs[-1] == paragraph.format(n=len(paragraphs) - 1)


def test_huge_html_is_cut_and_cleaned_in_bounded_time():
    body = "".join(f"<p>Report {n}: the council said the water supply was restored in the "
                   f"eastern districts by evening.</p>" for n in range(90_000))
    page = f"<html><body><script>{'x' * 1_000_000}</script>{body}</body></html>"
    assert len(page) > 10_000_000
    start = time.perf_counter()
    result = clean_html(page)
    assert time.perf_counter() - start < 30
    assert "truncated_huge_input" in [r.reason for r in result.removed]
    assert "Report 0: the council said" in result.text


def test_malformed_html_still_gives_the_article():
    result = clean_html((FIXTURES / "malformed.html").read_text(encoding="utf-8"))
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0].startswith("Border guards said they detained eleven people")
    assert any(p.startswith("Officials did not say") for p in paragraphs)
    assert "&amp;" not in result.text and "<" not in result.text


def test_html_without_an_article_gives_no_text():
    result = clean_html((FIXTURES / "no_article.html").read_text(encoding="utf-8"))
    assert result.text == ""
    assert result.meta["title"] == "Example News - Home"
    assert result.removed


def test_html_article_title_date_and_boilerplate():
    result = clean_html((FIXTURES / "article.html").read_text(encoding="utf-8"), url="https://example.org/a")
    paragraphs = result.text.split("\n\n")
    assert any(p.startswith("Artillery fire knocked out the main substation") for p in paragraphs)
    assert paragraphs[-1].startswith("Aid groups said")
    for gone in ("Most read", "All rights reserved", "Share this article", "tracking"):
        assert gone not in result.text
    assert result.meta["title"] == "Shelling cuts power to river town of Dalmora"
    assert result.meta["published"] == "2024-03-12T09:14:00+00:00"
    summary = [r for r in result.removed if r.reason == "html_boilerplate"]
    assert len(summary) == 1 and "Most read" in summary[0].text


def test_short_html_fragment_falls_back_to_our_own_flattening():
    result = clean_html("<p>Two rockets hit the airfield, the air force said.</p>")
    assert result.text == "Two rockets hit the airfield, the air force said."
    assert result.meta["extractor"] == "sitrep"
