import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import GroupPagePermission

from habar.accounts.testing import verified_login
from habar.core.tests.factories import UserFactory
from habar.news.parity import parity_rows, sites_for_user
from habar.news.tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    HomePageFactory,
)
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory

pytestmark = pytest.mark.both_engines

PARITY_URL = reverse("habar_news:translation_parity")


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(article, tree, language, section="politics"):
    return ArticlePageFactory(
        parent=tree.section(section, language),
        title=f"{article.title} ({language})",
        translation_key=article.translation_key,
    )


def fully_translated(tree, **kwargs):
    article = ArticlePageFactory(parent=tree.section("politics", "en"), **kwargs)
    for language in ("ru", "tk"):
        translate(article, tree, language)
    return article


@pytest.fixture
def admin(db):
    return UserFactory(is_superuser=True)


def test_lists_article_missing_a_language_of_its_site(tree):
    article = ArticlePageFactory(parent=tree.section("politics", "en"))
    translate(article, tree, "ru")

    [row] = parity_rows(tree.site)

    assert row.source.pk == article.pk
    assert row.missing == ["tk"]


def test_lists_translation_published_before_its_source_was_published_again(tree):
    article = publish(fully_translated(tree))
    russian = publish(article.get_translation(tree.homes["ru"].locale))
    tk = publish(article.get_translation(tree.homes["tk"].locale))
    publish(article)

    [row] = parity_rows(tree.site)

    assert [stale.page.pk for stale in row.stale] == [russian.pk, tk.pk]
    assert row.stale[0].source_published_at > row.stale[0].page.last_published_at


def test_translation_edited_after_its_source_was_published_is_not_stale(tree):
    article = publish(fully_translated(tree))
    for language in ("ru", "tk"):
        publish(article.get_translation(tree.homes[language].locale))

    assert parity_rows(tree.site) == []


def test_does_not_list_a_language_the_site_does_not_have(tree):
    tree.settings.languages = ["en", "ru"]
    tree.settings.save()
    article = ArticlePageFactory(parent=tree.section("politics", "en"))
    translate(article, tree, "ru")

    assert parity_rows(tree.site) == []


def test_source_is_the_first_created_page_of_the_group(tree):
    russian = ArticlePageFactory(parent=tree.section("politics", "ru"))
    translate(russian, tree, "en")

    [row] = parity_rows(tree.site)

    assert row.source.pk == russian.pk


def test_filters_by_section_across_languages(tree):
    ArticlePageFactory(parent=tree.section("politics", "en"))
    economy = ArticlePageFactory(parent=tree.section("economy", "ru"))

    rows = parity_rows(tree.site, section_key=tree.section("economy", "en").translation_key)

    assert [row.source.pk for row in rows] == [economy.pk]


def test_lists_complete_articles_when_asked_for_all(tree):
    article = fully_translated(tree)

    [row] = parity_rows(tree.site, only_problems=False)

    assert row.source.pk == article.pk
    assert not row.has_problems


def test_editor_sees_only_sites_where_they_hold_a_page_permission(tree):
    embassy_home = HomePageFactory(
        title="Embassy in Berlin", slug="embassy", locale=LocaleFactory(language_code="en")
    )
    embassy = SiteFactory(
        hostname="berlin.example.org", root_page=embassy_home, is_default_site=False
    )
    SiteSettingsFactory(site=embassy, languages=["en"], default_language="en")
    group = Group.objects.create(name="Berlin editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=embassy_home, permission=Permission.objects.get(codename="change_page")
    )
    editor = UserFactory()
    editor.groups.add(group)

    assert sites_for_user(editor) == [embassy]


def row_of(page, article):
    link = page.find("a", href=reverse("wagtailadmin_pages:edit", args=[article.pk]))
    return link.find_parent("tr")


def test_admin_sees_missing_and_stale_rows(client, html, admin, tree):
    half_done = ArticlePageFactory(parent=tree.section("politics", "en"))
    translate(half_done, tree, "ru")
    edited = publish(fully_translated(tree))
    publish(edited.get_translation(tree.homes["ru"].locale))
    publish(edited)
    verified_login(client, admin)

    page = html(client.get(PARITY_URL))

    assert row_of(page, half_done).select_one("[data-missing]").get_text(strip=True) == "tk"
    assert row_of(page, edited).select_one("[data-stale]").get_text(strip=True).startswith("ru:")


def test_report_shows_the_chosen_site(client, html, admin, tree):
    home = HomePageFactory(slug="embassy", locale=LocaleFactory(language_code="en"))
    embassy = SiteFactory(hostname="berlin.example.org", root_page=home, is_default_site=False)
    SiteSettingsFactory(site=embassy, languages=["en", "de"], default_language="en")
    section = ArticleIndexPageFactory(parent=home)
    embassy_article = ArticlePageFactory(parent=section)
    ministry_article = ArticlePageFactory(parent=tree.section("politics", "en"))
    verified_login(client, admin)

    page = html(client.get(PARITY_URL, {"site": embassy.pk}))

    assert row_of(page, embassy_article).select_one("[data-missing]").get_text(strip=True) == "de"
    assert not page.find("a", href=reverse("wagtailadmin_pages:edit", args=[ministry_article.pk]))


def test_user_without_admin_access_is_sent_to_login(client, tree):
    client.force_login(UserFactory())

    response = client.get(PARITY_URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def queries_for_report(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(PARITY_URL, {"articles": "all"}).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_articles(client, admin, tree):
    verified_login(client, admin)
    for _ in range(5):
        publish(fully_translated(tree))
    queries_for_report(client)  # warm the caches a first admin request fills
    with_five = queries_for_report(client)
    for _ in range(15):
        publish(fully_translated(tree))

    assert queries_for_report(client) == with_five
