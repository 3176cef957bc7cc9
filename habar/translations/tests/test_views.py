"""The admin's export and import screens."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale

from habar.translations import exchange

from .factories import rich_article
from .test_exchange import translate_po

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(tree):
    return rich_article(tree)


def test_export_downloads_an_xliff_file_of_the_page(article, admin_client):
    response = admin_client.post(
        reverse("habar_translations:export", args=[article.pk]),
        {"language": "ru", "file_format": "xliff"},
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xliff+xml")
    assert 'filename="the-minister-met-the-ambassador-en-ru.xlf"' in response["Content-Disposition"]
    assert b'trgLang="ru"' in response.content


def test_export_of_a_sections_articles_of_one_day(tree, admin_client):
    first = rich_article(tree)
    rich_article(tree, title="Another day")
    section = tree.section("politics", "en")

    response = admin_client.post(
        reverse("habar_translations:export", args=[section.pk]),
        {
            "scope": "day",
            "day": first.publication_date.date().isoformat(),
            "language": "ru",
            "file_format": "po",
        },
    )

    po = polib.pofile(response.content.decode())
    assert po.metadata["X-Habar-Pages"] == f"{first.pk}@{first.latest_revision.pk}"


def test_export_of_a_day_without_articles_says_so(tree, admin_client, article):
    response = admin_client.post(
        reverse("habar_translations:export", args=[tree.section("politics", "en").pk]),
        {"scope": "day", "day": "1999-01-01", "language": "ru", "file_format": "po"},
    )

    assert response.status_code == 200
    assert "No article was published on that day" in response.content.decode()


def upload(client, url, data):
    return client.post(url, {"file": SimpleUploadedFile("ru.po", data)})


def test_import_opens_the_new_draft(article, admin_client):
    data = translate_po(exchange.export([article], "ru", "po")[0])

    response = upload(admin_client, reverse("habar_translations:import"), data)

    translation = article.get_translation(Locale.objects.get(language_code="ru"))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[translation.pk])


def test_a_bad_file_is_named_on_the_form_and_nothing_is_lost(article, admin_client):
    url = reverse("habar_translations:import_for_page", args=[article.pk])

    response = upload(admin_client, url, b"<xliff")

    assert response.status_code == 200
    assert "The file is not well-formed XML" in response.content.decode()


def test_the_page_menu_offers_export_and_import(article, admin_client):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))

    assert reverse("habar_translations:export", args=[article.pk]) in response.content.decode()
    assert reverse("habar_translations:import_for_page", args=[article.pk]) in (
        response.content.decode()
    )
