"""A reader on the Berlin embassy's German pages subscribes to one section, confirms from
the e-mail Habar wrote, receives the next German article there and nothing for another
section, and unsubscribes with one click: a real browser against a real server."""

import email
import email.policy
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from habar.tests.live import LiveHabar
from habar.tests.test_browser import reader_agent

pytestmark = [pytest.mark.server, pytest.mark.browser]
WAIT_SECONDS = 60

PUBLISH = """
from wagtail.models import Site
from habar.news.models import ArticleIndexPage, ArticlePage
from habar.sites.routing import site_homes
home = site_homes(Site.objects.get(hostname="berlin.localhost"))["de"]
section = ArticleIndexPage.objects.child_of(home).get(slug="{slug}")
article = ArticlePage(title="{title}", summary="{lead}", live=False)
section.add_child(instance=article)
article.save_revision().publish()
"""
COUNT = """
from habar.subscriptions.models import Subscription
print(Subscription.objects.filter(email="leserin@example.org").count())
"""


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    server = LiveHabar(
        tmp_path_factory.mktemp("live-subscriptions"),
        env={"HABAR_SUBSCRIBE_MIN_SECONDS": "0", "HABAR_EMAIL_ROUND_SECONDS": "1"},
    )
    try:
        server.start(workers=1)
        yield server
    finally:
        server.stop()


def written_mail(live):
    """Every message the server's file backend has written under var/mail/ so far."""
    messages = []
    for path in sorted((Path(live.env["HABAR_VAR_DIR"]) / "mail").glob("*.log")):
        for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if raw.strip():
                messages.append(email.message_from_bytes(raw, policy=email.policy.default))
    return messages


def await_mail(live, subject_part):
    """The message whose subject has `subject_part`, once the worker has written it."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        for message in written_mail(live):
            if subject_part in message["Subject"]:
                return message
        time.sleep(0.2)
    pytest.fail(f"no e-mail about {subject_part!r} within {WAIT_SECONDS} s")


def one_click_post(live, url):
    """RFC 8058's POST, as a mail client sends it (to this machine, for the site's host)."""
    parts = urllib.parse.urlsplit(url)
    request = urllib.request.Request(
        f"http://127.0.0.1:{live.port}{parts.path}",
        data=b"List-Unsubscribe=One-Click",
        headers={"Host": parts.netloc, "Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def test_a_reader_subscribes_on_berlin_in_german(live, browser):
    context = browser.new_context(user_agent=reader_agent("subscriptions"))
    page = context.new_page()
    base = f"http://berlin.localhost:{live.port}"
    page.goto(base + "/de/")
    page.locator("footer").get_by_role("link", name="Per E-Mail abonnieren").click()
    expect(page.locator("h1")).to_have_text("Per E-Mail abonnieren")
    page.get_by_label("Ihre E-Mail-Adresse").fill("leserin@example.org")
    page.get_by_label("Neue Artikel in den Rubriken, die ich wähle").check()
    page.get_by_label("Nachrichten der Botschaft").check()
    page.get_by_role("button", name="Abonnieren").click()
    expect(page.locator("h1")).to_have_text("Sehen Sie in Ihrem Posteingang nach")

    confirmation = await_mail(live, "Bestätigen Sie Ihr Abonnement")
    assert confirmation["To"] == "leserin@example.org"
    link = next(line for line in text_of(confirmation).split() if "/de/subscribe/confirm/" in line)
    page.goto(link)
    page.get_by_role("button", name="Bestätigen").click()
    expect(page.locator("h1")).to_have_text("Ihr Abonnement ist bestätigt")

    lead = "Die Sprechzeiten der Konsularabteilung ändern sich."
    other = PUBLISH.format(slug="consular", title="Nichts für diese Leserin", lead="-")
    live.habar("shell", "-c", other)
    mine = PUBLISH.format(slug="embassy-news", title="Neue Sprechzeiten", lead=lead)
    live.habar("shell", "-c", mine)
    alert = await_mail(live, "Neue Sprechzeiten")
    assert lead in text_of(alert)
    assert not [m for m in written_mail(live) if "Nichts für diese Leserin" in m["Subject"]]

    unsubscribe = str(alert["List-Unsubscribe"]).strip().removeprefix("<").removesuffix(">")
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert one_click_post(live, unsubscribe) == 200  # what the reader's mail client sends
    assert live.habar("shell", "-c", COUNT).stdout.split()[-1] == "0"
    page.goto(unsubscribe)
    expect(page.locator("h1")).to_have_text("Unbekannter Link")
    context.close()
