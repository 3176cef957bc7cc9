"""Against a real server process: the view counter under concurrent load."""

import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

pytestmark = [pytest.mark.both_engines, pytest.mark.server]

BEACONS = 200
ARTICLE_SLUG = "the-meeting-of-the-cabinet-of-ministers-of-turkmenistan"
READER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 reader/{}"


def send_beacon(base_url, page_id, reader):
    request = urllib.request.Request(
        f"{base_url}/views/{page_id}/",
        method="POST",
        headers={"User-Agent": READER_AGENT.format(reader), "Sec-Fetch-Site": "same-origin"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)["views"]


def fire(live, page_id, readers):
    with ThreadPoolExecutor(max_workers=50) as pool:
        return list(pool.map(lambda r: send_beacon(live.base_url, page_id, r), readers))


def test_concurrent_beacons_are_each_counted_exactly_once(live_habar):
    page_id = live_habar.page_id(ARTICLE_SLUG)
    before = live_habar.total_views(page_id)
    days_before = live_habar.day_views(page_id)

    answers = fire(live_habar, page_id, range(BEACONS))

    # Every acknowledged view got its own total: none lost, none counted twice.
    assert sorted(answers) == list(range(before + 1, before + BEACONS + 1))
    assert live_habar.total_views(page_id) == before + BEACONS
    assert live_habar.day_views(page_id) == days_before + BEACONS


def test_concurrent_repeat_visits_are_not_counted(live_habar):
    page_id = live_habar.page_id("the-roads-leading-to-happiness")
    fire(live_habar, page_id, range(50))
    after_first_visits = live_habar.total_views(page_id)

    answers = fire(live_habar, page_id, list(range(50)) * 2)

    assert set(answers) == {after_first_visits}
    assert live_habar.total_views(page_id) == after_first_visits


def test_article_page_renders_the_stored_count(live_habar):
    page_id = live_habar.page_id("working-trip-of-the-president-to-balkan-velayat")
    send_beacon(live_habar.base_url, page_id, "page-count")
    url = f"{live_habar.base_url}/en/politics/working-trip-of-the-president-to-balkan-velayat/"
    with urllib.request.urlopen(url, timeout=30) as response:
        html = response.read().decode()
    assert f'data-views="{page_id}">{live_habar.total_views(page_id)}<' in html
