"""A correction to a live ministry article, made in the admin of a real server: readers see
the note under the article's date, on the ministry's page and on an embassy's copy, in its
JSON-LD and in the Atom feed's `updated`."""

import json
import re
import time
import urllib.request
from datetime import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect

from .editing import editor_context, sign_in_with_two_factor, workflow_action
from .test_editorial_walkthrough import as_utc

pytestmark = [pytest.mark.server, pytest.mark.browser]

SLUG = "the-president-of-turkmenistan-congratulated-the-president-of-the-swiss-confederation"
NOTE = "An earlier version misstated the date of the Swiss national holiday."


def get(live, host, path):
    request = urllib.request.Request(
        live.base_url + path,
        headers={"Host": f"{host}:{live.port}", "User-Agent": "habar-corrections-test"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def origin_id(live):
    return live.query(
        "SELECT p.id FROM wagtailcore_page p "
        "JOIN news_articlepage a ON a.page_ptr_id = p.id "
        "JOIN wagtailcore_locale l ON l.id = p.locale_id "
        "WHERE p.slug = ? AND a.syndicated_from_id IS NULL AND l.language_code = 'en'",
        (SLUG,),
    )[0][0]


def notes(html):
    page = BeautifulSoup(html, "html.parser")
    return [p.get_text(" ", strip=True) for p in page.select(".article .changes p")]


def corrections(live, article_id):
    return live.query(
        "SELECT date FROM news_articlechange WHERE article_id = ? AND kind = 'correction'",
        (article_id,),
    )


def publish_correction(page, live, article_id):
    """Choose "correction", write the note and publish, as a person does: when the admin
    refused the post (an autosave landed in between), open the article again and retry."""
    for _attempt in range(3):
        page.goto(f"{live.base_url}/admin/pages/{article_id}/edit/")
        page.locator("input[name=change_kind][value=correction]").check()
        page.locator("#id_change_note").fill(NOTE)
        workflow_action(page, "Publish", exact=True, edited=True)
        deadline = time.monotonic() + 20
        while not corrections(live, article_id) and time.monotonic() < deadline:
            time.sleep(0.5)
        if corrections(live, article_id):
            return
    said = page.locator(".messages").all_inner_texts()
    raise AssertionError(f"the correction was never published; the admin said {said}")


def test_a_correction_reaches_readers_copies_and_feeds(browser, live_habar):
    live = live_habar
    article_id = origin_id(live)
    assert notes(get(live, "localhost", f"/en/politics/{SLUG}/")) == []
    context = editor_context(browser)
    page = context.new_page()
    try:
        sign_in_with_two_factor(page, live, "ministry-admin")
        page.goto(f"{live.base_url}/admin/pages/{article_id}/edit/")
        # Asked for a note, the editor who chose "correction" without one gets a form error.
        page.locator("input[name=change_kind][value=correction]").check()
        workflow_action(page, "Publish", exact=True)
        expect(page.locator("main")).to_contain_text("Write a note for readers")
        publish_correction(page, live, article_id)
    finally:
        context.close()

    [(date,)] = corrections(live, article_id)
    corrected = as_utc(date)
    label = re.compile(r"^Correction \d\d\.\d\d\.\d{4}: " + re.escape(NOTE) + "$")

    origin_html = get(live, "localhost", f"/en/politics/{SLUG}/")
    [shown] = notes(origin_html)
    assert label.match(shown)
    copy_html = get(live, "berlin.localhost", f"/en/embassy-news/{SLUG}/")
    assert [label.match(n) is not None for n in notes(copy_html)] == [True]

    page_tree = BeautifulSoup(origin_html, "html.parser")
    news = next(
        item
        for item in (
            json.loads(s.string) for s in page_tree.select("script[type='application/ld+json']")
        )
        if item.get("@type") == "NewsArticle"
    )
    assert datetime.fromisoformat(news["dateModified"]) == corrected.replace(
        microsecond=corrected.microsecond // 1000 * 1000
    )
    assert [c["text"] for c in news["correction"]] == [NOTE]

    entries = feedparser.parse(get(live, "localhost", "/en/feed/atom/")).entries
    [entry] = [e for e in entries if e.link.rstrip("/").endswith(SLUG)]
    assert datetime.fromisoformat(entry.updated) == corrected
