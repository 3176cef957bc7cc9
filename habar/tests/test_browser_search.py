"""A reader searches the demo network in a real browser, against the real server.

Russian is stemmed on both engines (PostgreSQL: its `russian` configuration; SQLite: the
Snowball stemmer, habar/search/stemming.py). Turkmen letters are folded on both
(PostgreSQL: `habar_turkmen`, unaccent; SQLite: habar/search/stemming.py), so a reader who
types plain Latin letters finds the text either way.

Here beside the other live-server tests: the server and the browser are session fixtures of
this package, and a second copy of them elsewhere would start a second server and a second
Playwright, which one process cannot run at once.
"""

import pytest
from playwright.sync_api import expect

from .test_browser import reader_agent

pytestmark = [pytest.mark.both_engines, pytest.mark.server, pytest.mark.browser]

SEED_TITLES = {
    "ru": (
        "Видеоконференция с главой Контртеррористического управления Организации "
        "Объединенных Наций (КТУ ООН)"
    ),
    "tk": (
        "Birleşen Milletler Guramasynyň Terrorçylyga garşy göreş boýunça edarasynyň "
        "(UNOCT) ýolbaşçysy bilen wideomaslahat"
    ),
}


@pytest.fixture
def page(browser):
    context = browser.new_context(user_agent=reader_agent("search"))
    yield context.new_page()
    context.close()


def search_from_the_header(page, live_habar, language, words):
    """Type `words` into the search box of the language's home page, as a reader would."""
    page.goto(f"{live_habar.base_url}/{language}/")
    page.locator("#site-search-q").fill(words)
    page.locator("#site-search-q").press("Enter")
    page.wait_for_url(f"**/{language}/search/?q=*")
    return page.locator(".search-result h2")


def test_russian_inflected_word_finds_the_article_with_its_base_form(page, live_habar):
    # The article says "Видеоконференция"; the reader types the prepositional plural.
    results = search_from_the_header(page, live_habar, "ru", "видеоконференциях")

    expect(results.filter(has_text=SEED_TITLES["ru"])).to_have_count(1)
    expect(results.first).to_have_text(SEED_TITLES["ru"])


def test_russian_word_in_another_form_is_highlighted_in_the_results(page, live_habar):
    results = search_from_the_header(page, live_habar, "ru", "Воронковым")

    expect(results.filter(has_text=SEED_TITLES["ru"])).to_have_count(1)
    expect(page.locator(".search-result mark").first).to_be_visible()


def test_turkmen_typed_without_its_letters_finds_the_article(page, live_habar):
    # The title says "ýolbaşçysy", the body "Daşary işler"; the reader types neither ý, ş nor ç.
    results = search_from_the_header(page, live_habar, "tk", "yolbascysy")

    expect(results.filter(has_text=SEED_TITLES["tk"])).to_have_count(1)


def test_turkmen_several_words_without_their_letters_find_the_article(page, live_habar):
    results = search_from_the_header(page, live_habar, "tk", "dasary isler wideomaslahat")

    expect(results.filter(has_text=SEED_TITLES["tk"])).to_have_count(1)


def test_turkmen_search_finds_nothing_for_a_word_not_in_the_news(page, live_habar):
    search_from_the_header(page, live_habar, "tk", "qxzvwq")

    expect(page.locator(".search-result")).to_have_count(0)
    expect(page.locator(".no-results")).to_be_visible()
