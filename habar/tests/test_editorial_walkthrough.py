"""The editorial life of an embassy article, walked in a real browser against a real server.

An embassy editor writes a Turkmen article with an image and submits it; the publisher,
signing in with two factors, asks for a change; the editor fixes it and resubmits; the
publisher approves it to go live two minutes later; nobody touches anything else, and the
server's own scheduler puts it in the site's latest news and feed on time. The audit log
shows every step, and an image bomb is refused at upload.

The test does not wait the two minutes: once the schedule is stored (in UTC, as typed in
Berlin time), it moves the go-live into the past in the server's database, and the
server's own worker fires it at its next round.
"""

import csv
import io
import re
import struct
import time
import urllib.request
import zlib
import zoneinfo
from datetime import UTC, datetime, timedelta

import feedparser
import pytest
from PIL import Image
from playwright.sync_api import expect

from .editing import (
    editor_context,
    settle,
    sign_in,
    sign_in_with_new_authenticator,
    workflow_action,
)
from .live import REPO

pytestmark = [pytest.mark.server, pytest.mark.browser]

BERLIN = "Europe/Berlin"
TITLE = "Berlinde türkmen medeniýetiniň günleri geçirildi"
SUMMARY = "Ilçihanada türkmen halysy we aýdym-sazy bilen tanyşdyryldy."
FIXED_SUMMARY = SUMMARY + " Çärä 200-den gowrak myhman gatnaşdy."
ALT_TEXT = "Ilçihananyň zalynda türkmen halysy"
CHANGE_REQUEST = "Myhmanlaryň sanyny goşuň, haýyş."
SCREENSHOTS = REPO / "test-results"
SCHEDULER_SLACK = 60  # seconds: live_habar's worker runs every second, on a loaded machine


def berlin_url(live_habar, path):
    return live_habar.base_url.replace("127.0.0.1", "berlin.localhost") + path


def read_feed(live_habar, path):
    # Chromium resolves *.localhost itself; plain HTTP clients need the Host header.
    request = urllib.request.Request(
        live_habar.base_url + path, headers={"Host": f"berlin.localhost:{live_habar.port}"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return feedparser.parse(response.read()).entries


def write_photo(path):
    Image.new("RGB", (640, 360), (30, 120, 90)).save(path)
    return path


def write_image_bomb(path, side=20_000):
    """A valid 1-bit PNG of side × side pixels, a few kilobytes on disk: its rows of zeros
    are compressed a chunk at a time, never held in memory as pixels."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" * (1 + side // 8)  # filter byte + 1 bit per pixel
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row * 1000) for _n in range(side // 1000))
    data += compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    with open(path, "wb") as png:
        png.write(b"\x89PNG\r\n\x1a\n")
        png.write(chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b""))
    return path


def workflow_status(live_habar, page_id):
    rows = live_habar.query(
        "SELECT status FROM wagtailcore_workflowstate WHERE object_id = ? ORDER BY id DESC LIMIT 1",
        (str(page_id),),
    )
    return rows[0][0] if rows else None


def wait_for_status(live_habar, page_id, status, timeout=30):
    deadline = time.monotonic() + timeout
    while workflow_status(live_habar, page_id) != status:
        assert time.monotonic() < deadline, f"workflow never reached {status!r}"
        time.sleep(0.5)


def act_until(page, live_habar, page_id, name, status, prepare=None, exact=False):
    """Take a workflow action as a person does: when it has not taken effect (the admin
    refused the post, e.g. an autosave landed in between), reload and take it again."""
    for attempt in range(3):
        if prepare is not None:
            prepare()
        workflow_action(page, name, exact=exact, edited=prepare is not None)
        try:
            wait_for_status(live_habar, page_id, status, timeout=20)
            return
        except AssertionError as slow:
            said = page.locator(".messages").all_inner_texts()
            if attempt == 2:
                raise AssertionError(
                    f"{name!r} never led to {status!r}; the admin said {said}"
                ) from slow
            page.reload()
            if workflow_status(live_habar, page_id) == status:
                return  # it took effect, late


def as_utc(value):
    """A datetime column as read back: a datetime from PostgreSQL, UTC text from SQLite."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def scheduled_go_live(live_habar, page_id):
    rows = live_habar.query(
        "SELECT approved_go_live_at FROM wagtailcore_revision "
        "WHERE object_id = ? AND approved_go_live_at IS NOT NULL",
        (str(page_id),),
    )
    return [as_utc(value) for (value,) in rows]


def bring_due(live_habar, page_id, moment):
    """Move the page's approved go-live to `moment`, as if the clock had reached it: in the
    scheduled revision, in the page copy it holds (Wagtail schedules again a revision whose
    own go_live_at is still ahead) and on the page."""
    value = moment if live_habar.postgres else moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    in_json = moment.isoformat().replace("+00:00", "Z")
    content = (
        "jsonb_set(content, '{go_live_at}', to_jsonb(?::text))"
        if live_habar.postgres
        else "json_set(content, '$.go_live_at', ?)"
    )
    live_habar.execute(
        f"UPDATE wagtailcore_revision SET approved_go_live_at = ?, content = {content} "  # noqa: S608
        "WHERE object_id = ? AND approved_go_live_at IS NOT NULL",
        (value, in_json, str(page_id)),
    )
    live_habar.execute("UPDATE wagtailcore_page SET go_live_at = ? WHERE id = ?", (value, page_id))


def section_id(live_habar):
    return live_habar.query(
        "SELECT id FROM wagtailcore_page WHERE url_path = ?",
        ("/habar-demo-berlin-tk/embassy-news/",),
    )[0][0]


def test_an_embassy_article_goes_from_draft_to_scheduled_news(browser, live_habar, tmp_path):
    started = time.monotonic()
    editor, publisher = editor_context(browser), editor_context(browser)
    admin = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    editor_page, publisher_page, admin_page = (
        editor.new_page(),
        publisher.new_page(),
        admin.new_page(),
    )
    try:
        # The editor writes the article in Turkmen, with a photo uploaded in the chooser.
        sign_in(editor_page, live_habar, "berlin-editor")
        expect(editor_page).to_have_url(live_habar.base_url + "/admin/")
        parent = section_id(live_habar)
        editor_page.goto(f"{live_habar.base_url}/admin/pages/add/news/articlepage/{parent}/")
        editor_page.locator("#id_title").fill(TITLE)
        editor_page.locator("#id_summary").fill(SUMMARY)
        editor_page.locator("[data-chooser-action-choose]").first.click()
        modal = editor_page.locator(".modal-dialog")
        modal.get_by_role("tab", name="Upload").click()

        # An image bomb is refused with a clear message, before anything is decoded.
        modal.locator("#id_image-chooser-upload-title").fill("Bomb")
        modal.locator("#id_image-chooser-upload-file").set_input_files(
            str(write_image_bomb(tmp_path / "bomb.png"))
        )
        modal.locator("form button[type=submit]").click()
        expect(modal).to_contain_text("too many pixels")

        modal.locator("#id_image-chooser-upload-title").fill("Türkmen halysy")
        modal.locator("#id_image-chooser-upload-file").set_input_files(
            str(write_photo(tmp_path / "carpet.png"))
        )
        modal.locator("form button[type=submit]").click()
        expect(modal).to_have_count(0)
        editor_page.locator("#id_lead_image_alt").fill(ALT_TEXT)
        # An autosave may have created the page already: then the form moves to its edit
        # address, and submitting must wait for that, or it would create the page twice.
        settle(editor_page, edited=True)
        if live_habar.query("SELECT id FROM wagtailcore_page WHERE title = ?", (TITLE,)):
            expect(editor_page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"), timeout=20_000)
        workflow_action(editor_page, "Submit to")
        expect(editor_page.locator(".messages")).to_contain_text("submitted")
        article_id = live_habar.query("SELECT id FROM wagtailcore_page WHERE title = ?", (TITLE,))[
            0
        ][0]
        edit_url = f"{live_habar.base_url}/admin/pages/{article_id}/edit/"

        # The publisher signs in with two factors and asks for a change.
        sign_in_with_new_authenticator(publisher_page, live_habar, "berlin-publisher")
        publisher_page.goto(edit_url)
        workflow_action(publisher_page, "Request changes")
        dialog = publisher_page.locator(".modal-dialog")
        dialog.locator("textarea").fill(CHANGE_REQUEST)
        dialog.locator("button[type=submit]").click()
        wait_for_status(live_habar, article_id, "needs_changes")

        # The editor sees the comment, fixes the article and resubmits it.
        editor_page.goto(edit_url)
        expect(editor_page.locator("body")).to_contain_text(CHANGE_REQUEST)
        act_until(
            editor_page,
            live_habar,
            article_id,
            "Resubmit to",
            "in_progress",
            prepare=lambda: editor_page.locator("#id_summary").fill(FIXED_SUMMARY),
        )

        # The publisher sets the go-live two minutes ahead, in Berlin time, and approves.
        publisher_page.goto(edit_url)
        go_live = (datetime.now(zoneinfo.ZoneInfo(BERLIN)) + timedelta(minutes=2)).replace(
            second=0, microsecond=0
        ) + timedelta(minutes=1)
        publisher_page.get_by_role("button", name="Toggle status").click()
        publisher_page.get_by_role("button", name="Set schedule").click()
        schedule = publisher_page.locator("#schedule-publishing-dialog")
        schedule.locator("#id_go_live_at").fill(go_live.strftime("%Y-%m-%d %H:%M"))
        # The date picker's calendar opens over the dialog's buttons and may open again
        # while the pointer moves: the publisher saves from the keyboard, as one does after
        # typing a date.
        schedule.get_by_role("button", name="Save schedule").press("Enter")
        expect(publisher_page.locator(".messages")).to_contain_text(TITLE)
        act_until(
            publisher_page, live_habar, article_id, "Approve and Publish", "approved", exact=True
        )

        # Nobody touches anything else: before go-live it is nowhere, then it appears (the
        # reader reloads: the browser may keep a page for its max-age, a minute).
        latest = berlin_url(live_habar, "/tk/")
        reader = browser.new_context(locale="tk")
        reader_page = reader.new_page()
        reader_page.goto(latest)
        # (The Turkmen side of the Berlin site has no news yet: no list at all.)
        expect(reader_page.locator("main")).not_to_contain_text(TITLE)
        # The go-live typed in Berlin time is stored, in UTC, as the scheduled revision's.
        assert scheduled_go_live(live_habar, article_id) == [go_live.astimezone(UTC)]
        # The clock "reaches" it: the server's worker, not the test, publishes it.
        due = datetime.now(UTC) - timedelta(seconds=1)
        bring_due(live_habar, article_id, due)
        deadline = time.monotonic() + SCHEDULER_SLACK
        while time.monotonic() < deadline:
            reader_page.reload()
            if TITLE in " ".join(reader_page.locator(".latest-news").all_inner_texts()):
                break
            time.sleep(0.5)
        expect(reader_page.locator(".latest-news")).to_contain_text(TITLE)
        assert scheduled_go_live(live_habar, article_id) == [], "the worker fired the schedule"
        reader.close()
        assert TITLE in [entry.title for entry in read_feed(live_habar, "/tk/feed/rss/")]

        # The audit log shows every step, in the admin report and its CSV export.
        actions = [
            action
            for (action,) in live_habar.query(
                "SELECT action FROM wagtailcore_pagelogentry WHERE page_id = ? "
                "ORDER BY timestamp, id",
                (article_id,),
            )
        ]
        for step in [
            "wagtail.create",
            "wagtail.workflow.start",
            "wagtail.workflow.reject",
            "wagtail.edit",
            "wagtail.workflow.resume",
            "wagtail.workflow.approve",
            "wagtail.publish.schedule",  # the publisher set the go-live time
            "wagtail.publish.scheduled",  # the worker published at that time
        ]:
            assert step in actions, f"{step} missing from {actions}"
        # The site's administrator reads it: the article's steps and the publisher's sign-in.
        sign_in_with_new_authenticator(admin_page, live_habar, "berlin-admin")
        admin_page.goto(live_habar.base_url + "/admin/reports/site-history/")
        expect(admin_page.locator("table.listing")).to_contain_text(TITLE)
        # A request of its own sends no Accept-Language: ask for the English column names.
        report = admin.request.get(
            live_habar.base_url + "/admin/reports/site-history/?export=csv",
            headers={"Accept-Language": "en"},
        )
        assert report.headers["content-type"] == "text/csv"
        rows = list(csv.DictReader(io.StringIO(report.text())))
        assert len([row for row in rows if row["Name"] == TITLE]) == len(actions)
        assert "berlin-publisher" in {row["Name"] for row in rows}
        account_actions = {
            action
            for (action,) in live_habar.query(
                "SELECT e.action FROM accounts_accountlogentry e "
                "JOIN auth_user u ON e.object_id = CAST(u.id AS TEXT) "
                "WHERE u.username = ?",
                ("berlin-publisher",),
            )
        }
        assert {"habar.login", "habar.two_factor.enabled"} <= account_actions
    except Exception:
        SCREENSHOTS.mkdir(exist_ok=True)
        for name, page in [("editor", editor_page), ("publisher", publisher_page)]:
            page.screenshot(path=SCREENSHOTS / f"walkthrough-{name}.png", full_page=True)
        raise
    finally:
        for context in (editor, publisher, admin):
            context.close()
    print(f"walk-through took {time.monotonic() - started:.0f} s")  # noqa: T201
