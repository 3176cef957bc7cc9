"""An urgent notice across the network, in a real browser against the real server.

A ministry publisher posts a notice to Berlin and Seoul in the admin; readers of every page
of those sites that the page cache already held see it at once, in the page's language,
and the ministry's own pages do not. Then its expiry comes: the test moves the expiry to a
second ahead in the server's database (as the walk-through moves a go-live) and awaits the
server's own worker, which tells the page cache; every page is then without it.
"""

import time
import urllib.request
import zoneinfo
from datetime import UTC, datetime, timedelta
from html import escape

import pytest
from playwright.sync_api import expect

from .editing import sign_in_with_two_factor
from .test_editorial_walkthrough import SCHEDULER_SLACK
from .test_validators import axe_violations, require_axe, require_vnu, vnu_errors

pytestmark = [pytest.mark.server, pytest.mark.browser]

SYNDICATED = "the-president-of-turkmenistan-congratulated-the-president-of-the-swiss-confederation"
TEXTS = {
    "tk": "Raýatlaryň ünsüne: ilçihananyň gije-gündiz işleýän telefonyna jaň ediň.",
    "ru": "Вниманию граждан: звоните на круглосуточный телефон посольства.",
    "en": "Attention citizens: call the embassy's 24-hour line.",
    "de": "An alle Bürger: Rufen Sie die 24-Stunden-Nummer der Botschaft an.",
}
# (host, path, language of the page): every kind of page, in each language of the site.
PAGES = [
    ("berlin.localhost", "/de/", "de"),
    ("berlin.localhost", "/en/", "en"),
    ("berlin.localhost", "/ru/", "ru"),
    ("berlin.localhost", "/tk/", "tk"),
    ("berlin.localhost", "/en/embassy-news/", "en"),
    ("berlin.localhost", f"/en/embassy-news/{SYNDICATED}/", "en"),
    ("berlin.localhost", f"/en/embassy-news/{SYNDICATED}/text/", "en"),
    ("berlin.localhost", "/en/news/", "en"),
    ("seoul.localhost", "/en/", "en"),
    ("seoul.localhost", "/tk/", "tk"),
    ("seoul.localhost", f"/en/embassy-news/{SYNDICATED}/", "en"),
]
# Korean is Seoul's, but the notice has no Korean text; the ministry is not a target.
WITHOUT_NOTICE = [("seoul.localhost", "/ko/"), ("localhost", "/en/")]


def get(live, host, path):
    """(X-Habar-Cache, body) of a reader's GET of `path` on `host`."""
    request = urllib.request.Request(
        live.base_url + path,
        headers={"Host": f"{host}:{live.port}", "User-Agent": "habar-notices-test"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers.get("X-Habar-Cache"), response.read().decode()


def site_id(live, host):
    return live.query("SELECT id FROM wagtailcore_site WHERE hostname = ?", (host,))[0][0]


def post_notice(page, live):
    """As the ministry's publisher, in the admin: to Berlin and Seoul, for a day."""
    sign_in_with_two_factor(page, live, "ministry-publisher")
    page.goto(live.base_url + "/admin/notices/new/")
    page.locator(f"input[name=sites][value='{site_id(live, 'berlin.localhost')}']").check()
    page.locator(f"input[name=sites][value='{site_id(live, 'seoul.localhost')}']").check()
    for number, (language, text) in enumerate(TEXTS.items()):
        if number:
            page.locator("#id_texts-ADD").click()
        page.locator(f"#id_texts-{number}-language").select_option(language)
        page.locator(f"#id_texts-{number}-text").fill(text)
    # The publisher's admin shows times in Ashgabat, the ministry's time zone.
    ends = datetime.now(zoneinfo.ZoneInfo("Asia/Ashgabat")) + timedelta(days=1)
    page.locator("#id_expires_at").fill(ends.strftime("%Y-%m-%d %H:%M"))
    # The date picker's calendar stays open over the form: save from the keyboard, as one
    # does after typing a date.
    page.locator("main form button[type=submit]").last.press("Enter")
    expect(page.locator(".messages")).to_be_visible()
    return live.query("SELECT id FROM notices_notice ORDER BY id DESC LIMIT 1")[0][0]


def expire_in_a_second(live, notice_id):
    """Move the notice's expiry (and its announcement) a second ahead, as the clock would."""
    moment = datetime.now(UTC) + timedelta(seconds=1)
    value = moment if live.postgres else moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    live.execute(
        "UPDATE notices_notice SET expires_at = ?, next_change_at = ? WHERE id = ?",
        (value, value, notice_id),
    )


def test_an_urgent_notice_reaches_every_cached_page_then_expires(browser, live_habar, tmp_path):
    require_axe()
    require_vnu()
    for host, path, _language in PAGES:
        get(live_habar, host, path)
        assert get(live_habar, host, path)[0] == "hit", f"{host}{path} is not cached"

    editor = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    notice_id = post_notice(editor.new_page(), live_habar)
    editor.close()
    assert live_habar.query(
        "SELECT action FROM wagtailcore_modellogentry WHERE object_id = ? ", (str(notice_id),)
    ) == [("habar.notice.post",)]

    # At once: every page the cache held shows it, in its language.
    for host, path, language in PAGES:
        _state, body = get(live_habar, host, path)
        assert escape(TEXTS[language]) in body, f"{host}{path} lacks the notice"
    for host, path in WITHOUT_NOTICE:
        assert 'class="notice"' not in get(live_habar, host, path)[1], f"{host}{path}"

    # A reader's browser shows it at the top of the page, as an alert.
    reader = browser.new_context(locale="de-DE", bypass_csp=True)
    page = reader.new_page()
    page.goto(f"http://berlin.localhost:{live_habar.port}/de/")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text(TEXTS["de"])
    assert page.locator("body > .notices").evaluate("e => e.getBoundingClientRect().top") < 50
    # The banner passes the validators the other pages pass.
    assert axe_violations(page) == []
    html = tmp_path / "berlin-notice.html"
    html.write_text(get(live_habar, "berlin.localhost", "/de/")[1], encoding="utf-8")
    assert vnu_errors([html]) == []

    # Then it expires: the server's worker, not the test, takes it off every page.
    expire_in_a_second(live_habar, notice_id)
    deadline = time.monotonic() + SCHEDULER_SLACK
    while escape(TEXTS["de"]) in get(live_habar, "berlin.localhost", "/de/")[1]:
        assert time.monotonic() < deadline, "the worker never announced the expiry"
        time.sleep(0.5)
    for host, path, language in PAGES:
        assert escape(TEXTS[language]) not in get(live_habar, host, path)[1], f"{host}{path}"
    page.reload()
    expect(page.get_by_role("alert")).to_have_count(0)
    reader.close()
