"""The admin's dashboard is about the editor's own site: its counts, their work, what is due."""

import datetime
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from habar.accounts.testing import verified_login
from habar.demo.builder import DemoBuilder
from habar.news.models import ArticleIndexPage, HomePage
from habar.news.tests.factories import ArticlePageFactory
from habar.sites.models import SiteSettings

from .conftest import PASSWORD, sign_in

EMBASSY = {"key": "berlin", "title": {"en": "Embassy in Berlin"}, "time_zone": "Europe/Berlin"}


@pytest.fixture
def embassy(roles):
    """The Berlin embassy's site (English and German homes, a news section) and its roles."""
    root = Page.get_first_root_node()
    english = root.add_child(instance=HomePage(title="Embassy in Berlin", slug="berlin-en"))
    german = root.add_child(
        instance=HomePage(
            title="Botschaft in Berlin",
            slug="berlin-de",
            locale=Locale.objects.get_or_create(language_code="de")[0],
            translation_key=english.translation_key,
        )
    )
    english.add_child(instance=ArticleIndexPage(title="Embassy news", slug="embassy-news"))
    site = Site.objects.create(
        hostname="berlin.test", site_name="Embassy in Berlin", root_page=german
    )
    SiteSettings.objects.create(
        site=site, languages=["en", "de"], default_language="de", time_zone="Europe/Berlin"
    )
    DemoBuilder(password=PASSWORD).build_roles(EMBASSY, {"en": english, "de": german})
    return english


def user(username):
    return get_user_model().objects.get(username=username)


def news(embassy):
    return embassy.get_children().get()


def dashboard_as(username):
    client = Client()
    account = user(username)
    sign_in(client, account)
    verified_login(client, account)
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def panel(soup, name):
    found = soup.find(id=name)
    return " ".join(found.get_text(" ").split()) if found else ""


def draft(parent, title, author, **fields):
    page = ArticlePageFactory(parent=parent, title=title, live=False, **fields)
    page.save_revision(user=author)
    return page


def test_the_berlin_editor_sees_berlins_counts_not_the_networks(embassy):
    ArticlePageFactory(parent=news(embassy), title="Consular hours")
    draft(news(embassy), "Visa rules", user("berlin-editor"))

    soup = dashboard_as("berlin-editor")
    summary = soup.find(class_="w-summary").get_text(" ", strip=True)

    assert Page.objects.filter(depth__gt=1).count() > 5
    assert "Pages of Embassy in Berlin: 5" in summary
    assert "live: 4, drafts: 1" in summary
    assert "network" not in summary
    assert soup.find("h1").get_text(strip=True) == "Embassy in Berlin"


def test_the_berlin_editor_sees_their_own_drafts_and_not_others(embassy):
    draft(news(embassy), "Visa rules", user("berlin-editor"))
    draft(news(embassy), "Publisher's notes", user("berlin-publisher"))

    drafts = panel(dashboard_as("berlin-editor"), "habar-drafts-content")

    assert "Visa rules" in drafts
    assert "Publisher's notes" not in drafts


def test_a_publisher_sees_the_pages_awaiting_their_review(embassy, tree):
    submitted = draft(news(embassy), "Visa rules", user("berlin-editor"))
    submitted.get_workflow().start(submitted, user("berlin-editor"))
    ministry = draft(tree.section("politics"), "Ministry secret", user("ministry-editor"))
    ministry.get_workflow().start(ministry, user("ministry-editor"))

    berlin_review = panel(dashboard_as("berlin-publisher"), "habar-review-content")
    editor_review = panel(dashboard_as("berlin-editor"), "habar-review-content")

    assert "Visa rules" in berlin_review
    assert "berlin-editor" in berlin_review
    assert "Ministry secret" not in berlin_review
    assert "Nothing awaits your review." in editor_review


def test_go_lives_and_expiries_of_the_coming_week_in_the_sites_time(embassy, tree):
    editor = user("berlin-editor")
    # The editor reads the admin in another time zone; the schedule is the site's.
    UserProfile.objects.filter(user=editor).update(current_time_zone="Asia/Tokyo")
    going = draft(news(embassy), "Visa rules", editor)
    going.go_live_at = timezone.now() + datetime.timedelta(days=2)
    going.save_revision(user=editor).publish(user=user("berlin-publisher"))
    ending = ArticlePageFactory(
        parent=news(embassy),
        title="Holiday hours",
        expire_at=timezone.now() + datetime.timedelta(days=3),
    )
    ArticlePageFactory(
        parent=news(embassy),
        title="Next year's hours",
        expire_at=timezone.now() + datetime.timedelta(days=60),
    )

    ministry = draft(tree.section("politics"), "Ministry launch", user("ministry-editor"))
    ministry.go_live_at = timezone.now() + datetime.timedelta(days=1)
    ministry.save_revision(user=user("ministry-editor")).publish(user=user("ministry-publisher"))

    soup = dashboard_as("berlin-editor")
    scheduled = panel(soup, "habar-scheduled-content")

    assert "Goes live: Visa rules" in scheduled
    assert "Expires: Holiday hours" in scheduled
    assert "Next year's hours" not in scheduled
    assert "Ministry launch" not in scheduled
    times = [time["datetime"] for time in soup.find(id="habar-scheduled-content").find_all("time")]
    in_berlin = ending.expire_at.astimezone(zoneinfo.ZoneInfo("Europe/Berlin"))
    assert in_berlin.isoformat() in times
    assert in_berlin.strftime("%H:%M") in scheduled


def test_the_editors_recent_edits_are_theirs(embassy):
    page = ArticlePageFactory(parent=news(embassy), title="Consular hours")
    page.save_revision(user=user("berlin-editor"), log_action=True)
    other = ArticlePageFactory(parent=news(embassy), title="Publisher's page")
    other.save_revision(user=user("berlin-publisher"), log_action=True)

    edits = panel(dashboard_as("berlin-editor"), "habar-recent-edits-content")

    assert "Consular hours" in edits
    assert "Publisher's page" not in edits


def test_the_parity_summary_of_the_site(embassy):
    ArticlePageFactory(parent=news(embassy), title="Consular hours")

    soup = dashboard_as("berlin-editor")
    parity = panel(soup, "habar-parity-content")

    assert "Embassy in Berlin" in parity
    assert "Articles: 1, translated into every language and up to date: 0" in parity
    assert "German 1 0" in parity  # no German translation yet
    site = Site.objects.get(hostname="berlin.test")
    links = [a["href"] for a in soup.find(id="habar-parity-content").find_all("a")]
    assert f"/admin/news/translation-parity/?site={site.pk}" in links


def test_an_account_without_a_site_gets_an_empty_clear_dashboard(db):
    group = Group.objects.create(name="Readers of the admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    nobody = get_user_model().objects.create_user("nobody", password=PASSWORD)
    nobody.groups.add(group)

    soup = dashboard_as("nobody")

    assert "You do not edit any site yet." in panel(soup, "habar-no-site-content")
    assert soup.find(id="habar-drafts-content") is None


def test_a_superuser_sees_the_networks_totals_labelled(superuser, embassy):
    soup = dashboard_as("chief")

    summary = soup.find(class_="w-summary").get_text(" ", strip=True)
    total = Page.objects.filter(depth__gt=1).count()
    assert f"Pages across the network: {total}" in summary
    assert soup.find("h1").get_text(strip=True) == "Habar"  # the network's name


@pytest.mark.parametrize(
    ("username", "address"),
    [
        ("berlin-editor", "/admin/"),
        ("berlin-editor", "/admin/account/"),
        ("chief", "/admin/"),
        ("chief", "/admin/account/"),
        ("chief", "/admin/users/"),
    ],
)
def test_no_avatar_comes_from_gravatar(superuser, embassy, username, address):
    client = Client()
    sign_in(client, user(username))
    verified_login(client, user(username))

    response = client.get(address)

    images = BeautifulSoup(response.content, "html.parser").find_all("img")
    assert response.status_code == 200
    assert any("avatar" in image["src"] for image in images)
    assert not [image for image in images if "gravatar" in image["src"]]


def dashboard_queries(client):
    client.get("/admin/")  # the first answer after a change also fills caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200
    return len(queries)


def test_the_dashboard_costs_the_same_queries_for_one_page_as_for_many(embassy):
    editor = user("berlin-editor")
    client = Client()
    sign_in(client, editor)
    publisher = verified_login(Client(), user("berlin-publisher"))

    def add_work(title):
        page = draft(news(embassy), title, editor)
        page.save_revision(user=editor, log_action=True)
        page.get_workflow().start(page, editor)
        ArticlePageFactory(
            parent=news(embassy),
            title=f"{title} (ending)",
            expire_at=timezone.now() + datetime.timedelta(days=1),
        )

    add_work("First")
    few = (dashboard_queries(client), dashboard_queries(publisher))
    for number in range(5):
        add_work(f"More {number}")
    many = (dashboard_queries(client), dashboard_queries(publisher))

    assert many == few
    assert max(many) <= 44  # with the admin menu's own checks (reports, settings)


def test_the_dashboard_speaks_the_editors_language(embassy):
    editor = user("berlin-editor")
    draft(news(embassy), "Visa rules", editor)
    client = Client()
    sign_in(client, editor)
    UserProfile.objects.filter(user=editor).update(preferred_language="tk")

    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")

    assert "Siziň garalamalaryňyz" in soup.find(id="habar-drafts-heading").get_text()
    assert "Embassy in Berlin saýtynyň sahypalary: 4" in " ".join(
        soup.find(class_="w-summary").get_text(" ").split()
    )
