"""A reader of an embassy site finds its emergency phone, and whether it is open today."""

import datetime
import zoneinfo

import pytest
from playwright.sync_api import expect

from .test_browser import reader_agent

pytestmark = [pytest.mark.server, pytest.mark.browser]

BERLIN = "berlin.localhost"
HOLIDAY = "German Unity Day"


def berlin_url(live, path):
    return f"http://{BERLIN}:{live.port}{path}"


def close_berlin_today(live):
    """A holiday for today (Berlin's date) on Berlin's English mission page, entered in the
    server's database as an editor would enter it for the year: the date is frozen through
    the data, not the clock. No other test opens that page, so no cached copy predates it."""
    today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Berlin")).date()
    [(page_id,)] = live.query(
        "SELECT id FROM wagtailcore_page WHERE slug = ? AND url_path LIKE ?",
        ("embassy", "/habar-demo-berlin-en/%"),
    )
    live.execute(
        "INSERT INTO missions_closure (sort_order, page_id, date, name) VALUES (?, ?, ?, ?)",
        (-1, page_id, today.isoformat(), HOLIDAY),
    )


def test_a_reader_finds_the_emergency_phone_from_an_article_in_two_clicks(live_habar, browser):
    close_berlin_today(live_habar)
    context = browser.new_context(user_agent=reader_agent("missions"))
    page = context.new_page()
    page.goto(berlin_url(live_habar, "/en/"))
    page.locator(".listing .card a").first.click()
    expect(page.locator("body.article-page")).to_be_visible()

    # First click: the footer of every page.
    page.locator("footer a.footer-link-mission").click()

    expect(page.locator("h1")).to_have_text(
        "Embassy of Turkmenistan in the Federal Republic of Germany"
    )
    # Second click: the phone itself.
    phone = page.locator(".emergency a.emergency-phone")
    expect(phone).to_be_visible()
    expect(phone).to_have_attribute("href", "tel:+491703802451")
    expect(page.locator(".opening-state")).to_have_text(f"Closed today: {HOLIDAY}")
    context.close()
