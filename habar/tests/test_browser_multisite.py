"""Readers and editors across the demo network, in a real browser against the real server."""

import pytest
from playwright.sync_api import expect

from .live import DEMO_PASSWORD
from .test_browser import SEED_SLUG, reader_agent

pytestmark = [pytest.mark.server, pytest.mark.browser]


def site_url(live, host, path):
    # Chromium resolves every *.localhost name to this machine: no /etc/hosts needed.
    return f"http://{host}:{live.port}{path}"


@pytest.fixture
def page(browser):
    context = browser.new_context(user_agent=reader_agent("multisite"))
    yield context.new_page()
    context.close()


def test_a_russian_reader_switches_an_article_to_turkmen_and_back(live_habar, page):
    page.goto(live_habar.base_url + f"/en/politics/{SEED_SLUG}/")
    page.locator("nav.languages a[hreflang=ru]").click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    russian_title = page.locator("h1").inner_text()
    assert "Видеоконференция" in russian_title
    expect(page.locator(".published")).to_contain_text("02.11.2020")

    page.locator("nav.languages a[hreflang=tk]").click()
    expect(page.locator("html")).to_have_attribute("lang", "tk")
    assert "wideomaslahat" in page.locator("h1").inner_text().lower()
    assert "/tk/politics/" in page.url

    page.locator("nav.languages a[hreflang=ru]").click()
    expect(page.locator("h1")).to_have_text(russian_title)


def test_an_embassy_site_offers_only_its_languages(live_habar, browser):
    context = browser.new_context(user_agent=reader_agent("seoul"), locale="ko-KR")
    page = context.new_page()
    page.goto(site_url(live_habar, "seoul.localhost", "/"))
    expect(page.locator("html")).to_have_attribute("lang", "ko")
    languages = page.locator("nav.languages a").evaluate_all("links => links.map(a => a.hreflang)")
    assert languages == ["ko", "tk", "en"]

    response = page.goto(site_url(live_habar, "seoul.localhost", "/ru/"))
    assert response.status == 404
    context.close()


def test_a_syndicated_article_is_on_both_embassies_canonical_to_the_origin(live_habar, page):
    slug = "the-president-of-turkmenistan-congratulated-the-president-of-the-swiss-confederation"
    origin = live_habar.base_url.replace("127.0.0.1", "localhost") + f"/en/politics/{slug}/"
    for host in ("berlin.localhost", "seoul.localhost"):
        page.goto(site_url(live_habar, host, "/en/"))
        page.locator(".latest-news a", has_text="Swiss Confederation").click()
        expect(page.locator("h1")).to_contain_text("Swiss Confederation")
        assert host in page.url
        assert page.locator("link[rel=canonical]").get_attribute("href") == origin


def test_an_embassy_editor_cannot_open_the_ministrys_pages(live_habar, page):
    ministry_article = live_habar.page_id(SEED_SLUG)
    page.goto(live_habar.base_url + "/admin/login/")
    page.fill("input[name=username]", "berlin-editor")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(live_habar.base_url + "/admin/")

    page.goto(live_habar.base_url + f"/admin/pages/{ministry_article}/edit/")

    expect(page).to_have_url(live_habar.base_url + "/admin/")
    expect(page.locator(".messages")).to_contain_text("permission")
