"""The web page in a real headless Chromium (Debian's, through Playwright) on the README's
example database: it loads, filters, opens a claim on its highlighted sentence and a
contradiction, with no console error and no request to any other host."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from sitrep.serve import create_app
from sitrep.serve.background import browser, running

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from sitrep import runner

    db = str(tmp_path_factory.mktemp("examples") / "examples.db")
    runner.run_inputs([str(ROOT / "examples")], db, progress=False, workers=1)
    with running(create_app(db)) as base, browser() as b:
        yield base, b


@pytest.fixture
def page(site):
    base, b = site
    context = b.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))

    def guard(route):
        if route.request.url.startswith(base + "/") or route.request.url.startswith("data:"):
            route.continue_()
        else:
            problems.append(f"foreign request: {route.request.url}")
            route.abort()

    pg.route("**/*", guard)
    pg.base = base
    yield pg
    pg.wait_for_timeout(200)  # late requests and errors are caught too
    context.close()
    assert problems == []


def load(pg, path="/"):
    pg.goto(pg.base + path)
    pg.wait_for_selector("body[data-loaded]")
    settle(pg, "true")


def settle(pg, condition: str) -> None:
    """Wait until ``condition`` (JavaScript) holds and the page has drawn what it asked for."""
    pg.wait_for_function(f"() => ({condition}) && document.body.dataset.busy === '0'")


def query(pg) -> dict[str, list[str]]:
    return parse_qs(urlsplit(pg.url).query)


def test_the_page_shows_claims_on_the_map_timeline_and_list(page):
    load(page)
    assert page.locator("tr.row").count() > 10
    assert "claims on the map" in page.inner_text("#map-note")
    assert page.locator(".leaflet-overlay-pane canvas, .cluster").count() > 0
    assert page.locator("#timeline-svg rect").count() > 5
    page.wait_for_selector("body[data-basemap]")  # the bundled basemap, drawn


def test_a_filter_narrows_every_view_and_lands_in_the_url(page):
    load(page)
    total = int(page.inner_text("#n-claims").strip("()").replace(",", ""))
    page.select_option("select[name=category]", "killed")
    settle(page, "location.search.includes('category=killed')")
    chips = page.locator("tr.row .chip").all_inner_texts()
    assert chips and set(chips) == {"killed"}
    assert 0 < int(page.inner_text("#n-claims").strip("()").replace(",", "")) < total
    assert query(page)["category"] == ["killed"]


def test_a_claim_opens_on_its_highlighted_sentence(page):
    load(page)
    row = page.locator("tr.row").first
    evidence = row.get_attribute("title")
    row.click()
    page.wait_for_selector("#document mark")
    assert page.inner_text("#document mark").strip() == evidence.strip()
    assert "doc" in query(page) and "claim" in query(page)
    page.click("#document .close")
    assert page.locator("#document").is_hidden()
    page.focus("tr.row >> nth=1")  # the keyboard opens a row too
    page.keyboard.press("Enter")
    page.wait_for_selector("#document mark")


def test_a_contradiction_shows_both_sides_and_opens_their_sentences(page):
    load(page)
    page.click("#tabs button[data-view=contradictions]")
    card = page.locator(".contradiction").first
    card.wait_for()
    sides = card.locator(".claim-side")
    assert sides.count() == 2
    claimants = [s.locator("b").inner_text() for s in sides.all()]
    assert claimants[0] != claimants[1]
    quote = sides.nth(1).locator("blockquote").inner_text()
    sides.nth(1).locator("button").click()
    page.wait_for_selector("#document mark")
    assert page.inner_text("#document mark").strip() == quote.strip()


def test_a_bookmarked_view_opens_as_it_was_shared(page):
    load(page, "/?view=tallies&side=ukraine")
    assert page.get_attribute("#tabs button[data-view=tallies]", "aria-selected") == "true"
    assert page.input_value("select[name=side]") == "ukraine"
    page.wait_for_selector("#view-tallies .tally-head, #view-tallies .empty")


def test_dragging_across_the_timeline_chooses_dates(page):
    load(page)
    box = page.locator("#timeline-svg").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 40, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=5)
    page.mouse.up()
    settle(page, "location.search.includes('since=') && location.search.includes('until=')")
    q = query(page)
    assert q["since"][0] < q["until"][0]
    assert page.input_value("input[name=since]") == q["since"][0]


def test_a_document_shows_what_cleaning_removed_struck_through_with_the_reason(page):
    load(page, "/?doc=report")  # examples/report.html: cleaning drops the page's chrome
    page.wait_for_selector("#document .removed del")
    assert page.locator("#document .removed .reason").first.inner_text() == "html_boilerplate"
    assert page.locator("#document .removed del").first.inner_text().strip()


def test_the_api_docs_render_from_bundled_assets(page):
    page.goto(page.base + "/docs")
    page.wait_for_selector(".opblock")
    assert page.locator(".opblock").count() >= 10
