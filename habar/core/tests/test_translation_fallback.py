"""Habar's interface strings fall back to English, not Turkmen, in languages it has no
catalogue for (habar.core.translation_fallback), on the demo's embassy sites."""

import datetime
import io

import pytest
from django.conf.locale.de import formats as german_formats
from django.conf.locale.ko import formats as korean_formats
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import dateformat, formats, translation
from django.utils.translation import gettext
from django.utils.translation.trans_real import DjangoTranslation

from habar.accounts.testing import verified_login
from habar.demo import builder

# Every test here reads the demo's database: none may run apart from the module's demo.
pytestmark = pytest.mark.django_db

MINISTRY = "localhost"
BERLIN = "berlin.localhost"
SEOUL = "seoul.localhost"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo network, built once for the module and rolled back after it; the ministry
    without its years of archive, which only take time here."""
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as mp:
        mp.setattr(builder, "generated_articles", list)
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            with translation.override("en"):
                call_command("demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def page(demo, db, reader, html):
    def get(host, path):
        return html(reader.get(path, HTTP_HOST=host))

    return get


def text(element):
    return " ".join(element.get_text().split())


@pytest.mark.parametrize(
    ("host", "path", "heading"),
    [
        (BERLIN, "/de/", "Neueste Nachrichten"),
        (SEOUL, "/ko/", "최신 뉴스"),
        (MINISTRY, "/tk/", "Soňky habarlar"),
        (MINISTRY, "/ru/", "Последние новости"),
        (MINISTRY, "/en/", "Last news"),
    ],
)
def test_the_latest_news_heading_reads_in_the_page_language(page, host, path, heading):
    assert text(page(host, path).select_one("#latest-news-title")) == heading


@pytest.mark.parametrize(
    ("path", "skip_link"),
    [("/tk/", "Esasy mazmuna geç"), ("/ru/", "Перейти к содержанию"), ("/en/", "Skip to content")],
)
def test_an_embassy_sites_skip_link_reads_in_the_page_language(page, path, skip_link):
    assert text(page(BERLIN, path).select_one(".skip-link")) == skip_link


@pytest.mark.parametrize(
    ("host", "path", "button"), [(BERLIN, "/de/", "Suche"), (SEOUL, "/ko/", "검색")]
)
def test_djangos_and_wagtails_translations_stay_in_the_page_language(page, host, path, button):
    assert text(page(host, path).select_one("form[role=search] button")) == button


@pytest.mark.parametrize(
    ("language", "date_format"),
    [
        ("de", german_formats.DATE_FORMAT),
        ("ko", korean_formats.DATE_FORMAT),
        ("tk", "d.m.Y"),
    ],
)
def test_dates_use_habars_formats_where_it_has_some_else_djangos(language, date_format):
    assert formats.get_format("DATE_FORMAT", lang=language) == date_format


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("tk", "Terjimeleriň dolulygy"),
        ("ru", "Полнота переводов"),
        ("en", "Translation parity"),
        ("de", "Vollständigkeit der Übersetzungen"),
    ],
)
def test_the_admin_speaks_the_editors_language(demo, admin_user, language, title):
    editor = verified_login(Client(headers={"Accept-Language": language}), admin_user)

    response = editor.get(reverse("habar_news:translation_parity"))

    assert response.status_code == 200
    assert title in response.content.decode()


@pytest.mark.parametrize("language", ["de", "ko", "ru"])
def test_django_still_builds_fallbacks_where_habar_chooses_english(language):
    # Fails if a Django upgrade renames or stops calling DjangoTranslation._add_fallback.
    assert DjangoTranslation(language)._fallback.language() == "en"


def test_javascript_catalogues_fall_back_to_english_too():
    catalogue = DjangoTranslation("de", domain="djangojs")

    assert catalogue._fallback.language() == "en"


def test_the_default_language_has_no_fallback():
    assert DjangoTranslation("tk")._fallback is None


@pytest.mark.parametrize(
    ("host", "path", "date_format"),
    [
        (SEOUL, "/ko/", korean_formats.SHORT_DATE_FORMAT),
        (BERLIN, "/de/", german_formats.SHORT_DATE_FORMAT),
        (MINISTRY, "/tk/", "d.m.Y"),
    ],
)
def test_article_dates_read_as_the_page_language_writes_them(page, host, path, date_format):
    home = page(host, path)
    card = home.select_one("main article time[datetime]")
    published = datetime.datetime.fromisoformat(card["datetime"])

    assert text(card) == dateformat.format(published, date_format)


@pytest.mark.parametrize("language", ["hu", "pl", "hi"])
def test_a_language_habar_has_no_catalogue_for_reads_english_not_turkmen(language):
    with translation.override(language):
        assert gettext("Skip to content") == "Skip to content"
