from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission

from habar.news.models import ArticlePage
from habar.news.syndication import syndicate
from habar.news.tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    HomePageFactory,
)
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory
from habar.stats.models import PageViewTotal

pytestmark = pytest.mark.both_engines


def publish_scheduled(later):
    """Wagtail's scheduler, run as if the clock read `later` from now (it asks timezone.now)."""
    moment = timezone.now() + later
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled")


def embassy(key, port=80):
    """An embassy site on its own host name, English only, with a News section."""
    home = HomePageFactory(
        title=f"Embassy in {key}", slug=f"embassy-{key}", locale=LocaleFactory(language_code="en")
    )
    news = ArticleIndexPageFactory(title="Embassy news", slug="embassy-news", parent=home)
    site = SiteFactory(
        hostname=f"{key}.localhost", port=port, root_page=home, is_default_site=False
    )
    SiteSettingsFactory(site=site, languages=["en"], default_language="en")
    return news


@pytest.fixture
def origin(tree):
    return ArticlePageFactory(parent=tree.section("politics"), title="Ministry statement")


@pytest.fixture
def berlin(tree):
    return embassy("berlin")


@pytest.fixture
def seoul(tree):
    return embassy("seoul")


def path_on_site(page):
    _site_id, _root, path = page.get_url_parts()
    return path


def test_a_copy_is_live_on_the_embassy_site_with_the_origins_content(origin, berlin, reader):
    copy = syndicate(origin, berlin)

    response = reader.get(path_on_site(copy), HTTP_HOST="berlin.localhost")

    assert response.status_code == 200
    assert copy.syndicated_from == origin
    assert "Ministry statement" in response.content.decode()


def test_a_copy_points_its_canonical_link_at_the_origin(origin, berlin, reader, html):
    copy = syndicate(origin, berlin)

    page = html(reader.get(path_on_site(copy), HTTP_HOST="berlin.localhost"))

    assert page.select_one("link[rel=canonical]")["href"] == origin.get_full_url()


def test_a_copy_appears_in_the_embassys_latest_news(origin, berlin, reader, html):
    syndicate(origin, berlin)

    page = html(reader.get("/en/", HTTP_HOST="berlin.localhost"))

    assert "Ministry statement" in [a.get_text() for a in page.select(".latest-news a")]


def test_copies_on_two_embassies_keep_their_own_schedules(origin, berlin, seoul):
    later = timezone.now() + timedelta(days=2)

    berlin_copy = syndicate(origin, berlin)
    seoul_copy = syndicate(origin, seoul, go_live_at=later)

    berlin_copy.refresh_from_db()
    seoul_copy.refresh_from_db()
    assert berlin_copy.live
    assert not seoul_copy.live
    assert seoul_copy.go_live_at == later


def test_a_scheduled_copy_goes_live_at_its_time(origin, seoul):
    copy = syndicate(origin, seoul, go_live_at=timezone.now() + timedelta(seconds=1))
    assert not ArticlePage.objects.get(pk=copy.pk).live

    publish_scheduled(later=timedelta(seconds=2))

    assert ArticlePage.objects.get(pk=copy.pk).live


def test_a_copy_expires_at_its_own_expiry(origin, berlin):
    copy = syndicate(origin, berlin, expire_at=timezone.now() + timedelta(seconds=1))

    publish_scheduled(later=timedelta(seconds=2))

    assert not ArticlePage.objects.get(pk=copy.pk).live


def test_copies_follow_edits_published_on_the_origin(origin, berlin):
    copy = syndicate(origin, berlin)

    origin.title = "Ministry statement (updated)"
    origin.save_revision().publish()

    assert ArticlePage.objects.get(pk=copy.pk).title == "Ministry statement (updated)"


def test_an_unpublished_edit_of_the_origin_does_not_reach_copies(origin, berlin):
    copy = syndicate(origin, berlin)

    origin.title = "Draft wording"
    origin.save_revision()

    assert ArticlePage.objects.get(pk=copy.pk).title == "Ministry statement"


def test_unpublishing_the_origin_takes_copies_down(origin, berlin, reader):
    copy = syndicate(origin, berlin)
    path = path_on_site(copy)

    origin.unpublish()

    assert reader.get(path, HTTP_HOST="berlin.localhost").status_code == 404


def test_deleting_the_origin_takes_copies_down(origin, berlin, reader):
    copy = syndicate(origin, berlin)
    path = path_on_site(copy)

    origin.delete()

    assert reader.get(path, HTTP_HOST="berlin.localhost").status_code == 404
    assert not ArticlePage.objects.get(pk=copy.pk).live


def test_views_are_counted_per_copy_and_summed_on_the_origin(origin, berlin, reader):
    copy = syndicate(origin, berlin)

    reader.post(reverse("stats:beacon", args=[copy.pk]))
    response = reader.post(reverse("stats:beacon", args=[origin.pk]))

    assert PageViewTotal.count_for(copy.pk) == 1
    assert PageViewTotal.count_for(origin.pk) == 1
    assert response.json() == {"views": 2}


def test_a_publisher_syndicates_from_the_admin(origin, berlin, admin_client):
    url = reverse("habar_news:syndicate", args=[origin.pk])

    response = admin_client.post(url, {"sections": [berlin.pk]})

    assert response.status_code == 302
    assert ArticlePage.objects.child_of(berlin).get().syndicated_from == origin


def test_the_admin_form_refuses_an_expiry_before_go_live(origin, berlin, admin_client):
    url = reverse("habar_news:syndicate", args=[origin.pk])
    now = timezone.now()

    response = admin_client.post(
        url,
        {
            "sections": [berlin.pk],
            "go_live_at": (now + timedelta(days=2)).strftime("%Y-%m-%d %H:%M"),
            "expire_at": (now + timedelta(days=1)).strftime("%Y-%m-%d %H:%M"),
        },
    )

    assert response.status_code == 200
    assert not ArticlePage.objects.child_of(berlin).exists()


def test_an_embassy_editor_cannot_syndicate_ministry_news(
    origin, berlin, client, django_user_model
):
    editor = django_user_model.objects.create_user("berlin-editor", password="x" * 16)
    group = Group.objects.create(name="Berlin editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=berlin.get_parent(),
        permission=Permission.objects.get(codename="change_page"),
    )
    editor.groups.add(group)
    client.force_login(editor)

    response = client.post(
        reverse("habar_news:syndicate", args=[origin.pk]), {"sections": [berlin.pk]}
    )

    # Wagtail answers a permission denied in its admin with a redirect to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert not ArticlePage.objects.child_of(berlin).exists()


def test_an_embassys_translation_of_a_copy_keeps_its_own_text(origin, berlin):
    copy = syndicate(origin, berlin)
    german = copy.copy_for_translation(LocaleFactory(language_code="de"), copy_parents=True)
    german.title = "Erklärung des Ministeriums"
    german.save_revision().publish()

    origin.title = "Ministry statement (updated)"
    origin.save_revision().publish()

    german.refresh_from_db()
    assert german.syndicated_from is None
    assert german.title == "Erklärung des Ministeriums"
    assert german.translation_key == copy.translation_key


def test_the_embassys_sitemap_lists_its_own_articles_but_not_copies(origin, berlin, reader):
    own = ArticlePageFactory(parent=berlin, title="Embassy reception")
    copy = syndicate(origin, berlin)

    index = reader.get("/sitemap.xml", HTTP_HOST="berlin.localhost")
    part = reader.get("/sitemap-en.xml", HTTP_HOST="berlin.localhost").content.decode()

    assert index.status_code == 200
    assert own.get_full_url() in part
    assert copy.get_full_url() not in part
    assert origin.get_full_url() not in part  # the ministry's own sitemap lists it
