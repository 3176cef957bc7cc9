"""Pages in the reader's language, in a real browser: Persian laid out right to left, and
German without a word of Habar's own English left in it."""

import gettext
import re
import time

import pytest
from playwright.sync_api import expect

from .live import REPO
from .test_browser import SCREENSHOTS, reader_agent
from .test_browser_multisite import site_url

pytestmark = [pytest.mark.server, pytest.mark.browser]

TEHRAN = "tehran.localhost"
NARROWEST = 320
# What Habar itself writes around the content: headers, menus, labels, footers.
CHROME = (
    ".skip-link, .site-header, .breadcrumbs li:first-child, .section-link, .meta, "
    ".published, .text-view-link, .latest-news h2, .pagination, .site-footer nav, "
    ".back-to-top, button, label"
)


def first_article(page, live, host, language):
    """The newest article of the site's first section, opened as a reader finds it."""
    page.goto(site_url(live, host, f"/{language}/"))
    page.locator("nav.sections a").first.click()
    page.locator(".listing .card h2 a").first.click()
    expect(page.locator("article h1")).to_be_visible()
    return page.url


@pytest.fixture
def persian(browser, live_habar):
    context = browser.new_context(
        user_agent=reader_agent("persian"), viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    first_article(page, live_habar, TEHRAN, "fa")
    yield page
    context.close()


def test_a_persian_article_reads_right_to_left(persian):
    expect(persian.locator("html")).to_have_attribute("dir", "rtl")
    expect(persian.locator("html")).to_have_attribute("lang", "fa")
    crumbs = persian.locator("nav.breadcrumbs li")
    first, last = crumbs.first.bounding_box(), crumbs.last.bounding_box()

    assert first["x"] >= last["x"] + last["width"]


def test_its_body_starts_on_the_right(persian):
    body = persian.locator(".body p").first.bounding_box()
    heading = persian.locator("article h1").bounding_box()

    assert persian.locator(".body p").first.evaluate("p => getComputedStyle(p).direction") == "rtl"
    assert abs((body["x"] + body["width"]) - (heading["x"] + heading["width"])) < 2


def test_the_skip_link_is_the_first_stop_and_leads_to_the_content(persian):
    persian.keyboard.press("Tab")
    skip = persian.locator(".skip-link")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 1280  # on screen, not off to a side

    persian.keyboard.press("Enter")
    expect(persian.locator("#main")).to_be_focused()


def scrolled_to(page, predicate):
    """Wait (smooth scrolling takes a moment) until `predicate(window.scrollY)` holds; the
    pages' Content-Security-Policy refuses `wait_for_function`'s evaluated strings."""
    deadline = time.monotonic() + 5
    while not predicate(page.evaluate("window.scrollY")):
        assert time.monotonic() < deadline, "the page did not scroll"
        page.wait_for_timeout(50)


def test_back_to_top_works_from_the_keyboard(persian):
    persian.locator(".back-to-top").scroll_into_view_if_needed()
    persian.locator(".back-to-top").focus()
    scrolled_to(persian, lambda y: y > 0)

    persian.keyboard.press("Enter")

    scrolled_to(persian, lambda y: y == 0)
    assert persian.url.endswith("#top")


def test_nothing_scrolls_sideways_at_320_px(persian):
    persian.set_viewport_size({"width": NARROWEST, "height": 640})
    pages = [persian.url, persian.url + "text/", site_url_of(persian, "/fa/")]
    for url in pages:
        persian.goto(url)
        width = persian.evaluate("document.scrollingElement.scrollWidth")
        assert width <= NARROWEST, f"{url} is {width} px wide"


def site_url_of(page, path):
    return page.url.split("/fa/", 1)[0] + path


def test_screenshots_of_the_persian_article(persian):
    SCREENSHOTS.mkdir(exist_ok=True)
    persian.screenshot(path=SCREENSHOTS / "tehran-fa-article-1280.png", full_page=True)
    persian.set_viewport_size({"width": NARROWEST, "height": 640})
    persian.screenshot(path=SCREENSHOTS / "tehran-fa-article-320.png", full_page=True)


def words(text):
    """`text` without its arrows, punctuation and extra spaces at either end."""
    return re.sub(r"^\W+|\W+$", "", " ".join(text.split()))


def english_msgids():
    """Habar's own English texts that German translates into something else."""
    mo = REPO / "locale" / "de" / "LC_MESSAGES" / "django.mo"
    with mo.open("rb") as catalogue:
        german = gettext.GNUTranslations(catalogue)
    english = set()
    for msgid, msgstr in german._catalog.items():
        for text in msgid if isinstance(msgid, tuple) else (msgid,):
            if isinstance(text, str) and text and msgstr != text:
                english.add(words(text))
    return english


def chrome_texts(browser, live, host, language):
    """The texts Habar writes around an article's content, as a reader of it sees them."""
    context = browser.new_context(user_agent=reader_agent(f"chrome-{language}"))
    page = context.new_page()
    first_article(page, live, host, language)
    page.keyboard.press("Tab")  # shows the skip link
    texts = page.locator(CHROME).evaluate_all(
        "nodes => nodes.flatMap(node => node.innerText.split('\\n'))"
    )
    texts += page.locator("[aria-label]").evaluate_all(
        "nodes => nodes.map(node => node.getAttribute('aria-label'))"
    )
    context.close()
    return {words(text) for text in texts} - {""}


def test_a_german_page_shows_no_english_chrome(browser, live_habar):
    texts = chrome_texts(browser, live_habar, "berlin.localhost", "de")

    assert len(texts) > 10
    assert texts & english_msgids() == set()


def test_the_same_check_finds_the_english_chrome_of_an_english_page(browser, live_habar):
    texts = chrome_texts(browser, live_habar, "berlin.localhost", "en")

    assert {"Skip to content", "Breadcrumbs", "Back to top"} <= texts & english_msgids()
