"""A reader opens the seed article in a real browser, against the real server."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .live import REPO

pytestmark = [pytest.mark.server, pytest.mark.browser]

SEED_FILE = Path(__file__).parent / "data" / "seed" / "reference_article.txt"
SEED_SLUG = "videoconfrence-with-the-head-of-the-united-nations-office-of-counter-terrorism-unoct"
SEED_URL = f"/en/politics/{SEED_SLUG}/"
SCREENSHOTS = REPO / "test-results"


def reader_agent(name):
    # A desktop browser's user agent: headless Chromium's own says "HeadlessChrome",
    # which Habar rightly takes for a bot and does not count.
    return (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/156.0.0.0 Safari/537.36 {name}"
    )


def seed_lines():
    """The seed page's lines as a reader sees them (its CSV-doubled quotes undone)."""
    lines = [line.strip() for line in SEED_FILE.read_text(encoding="utf-8").splitlines()]
    return [line.replace('""', '"') for line in lines if line]


def open_as_new_reader(browser, live_habar, name):
    context = browser.new_context(
        user_agent=reader_agent(name), viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    with page.expect_response(re.compile(r"/views/\d+/$")) as beacon:
        page.goto(live_habar.base_url + SEED_URL)
    assert beacon.value.ok
    return context, page


def shown_count(page):
    return int(page.locator("[data-views]").inner_text())


def test_seed_article_reads_like_the_seed_in_order(browser, live_habar):
    context, page = open_as_new_reader(browser, live_habar, "reader-order")
    count = str(shown_count(page))
    text = " ".join(page.locator("body").inner_text().split())

    position = 0
    for line in seed_lines():
        expected = {"1114": count, "top-arrow": "Back to top"}.get(line, line)
        found = text.find(expected, position)
        assert found >= 0, f"{expected!r} missing after position {position}"
        position = found + len(expected)

    crumbs = page.locator("nav.breadcrumbs li")
    expect(crumbs).to_have_count(3)
    expect(crumbs.nth(0).locator("a")).to_have_attribute("href", "/en/")
    expect(crumbs.nth(1).locator("a")).to_have_attribute("href", "/en/politics/")
    expect(crumbs.nth(2).locator("a")).to_have_count(0)
    expect(page.locator(".section-link a")).to_have_attribute("href", "/en/politics/")
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator(".latest-news li")).to_have_count(10)
    context.close()


def test_view_count_rises_once_for_a_new_reader_and_not_on_reload(browser, live_habar):
    page_id = live_habar.page_id(SEED_SLUG)
    before = live_habar.total_views(page_id)

    context, page = open_as_new_reader(browser, live_habar, "reader-new")
    expect(page.locator("[data-views]")).to_have_text(str(before + 1))

    with page.expect_response(re.compile(r"/views/\d+/$")):
        page.reload()
    expect(page.locator("[data-views]")).to_have_text(str(before + 1))
    assert live_habar.total_views(page_id) == before + 1

    other_context, other_page = open_as_new_reader(browser, live_habar, "reader-other")
    expect(other_page.locator("[data-views]")).to_have_text(str(before + 2))
    context.close()
    other_context.close()


def test_back_to_top_is_reachable_by_keyboard(browser, live_habar):
    context, page = open_as_new_reader(browser, live_habar, "reader-keyboard")
    link = page.locator("a.back-to-top")
    link.scroll_into_view_if_needed()
    assert page.evaluate("window.scrollY") > 0
    link.focus()
    expect(link).to_be_focused()
    page.keyboard.press("Enter")
    # Polled from here: wait_for_function would evaluate a string, which the page's
    # Content-Security-Policy (rightly) refuses.
    for _attempt in range(100):
        if page.evaluate("window.scrollY") == 0:
            break
        page.wait_for_timeout(100)
    assert page.evaluate("window.scrollY") == 0
    assert page.url.endswith("#top")
    context.close()


def test_screenshot_of_the_seed_article(browser, live_habar):
    context, page = open_as_new_reader(browser, live_habar, "reader-screenshot")
    SCREENSHOTS.mkdir(exist_ok=True)
    path = Path(SCREENSHOTS / "seed-article.png")
    page.screenshot(path=path, full_page=True)
    assert path.stat().st_size > 10_000
    context.close()
