"""The demo's consular services: on the ministry and every mission, in their languages."""

import pytest
from wagtail.models import Page, Revision

from habar.consular.models import ServicePage
from habar.demo.consular import build_consular_services

pytestmark = [pytest.mark.django_db]


def service(host, language, slug):
    """The demo's service `slug` on the site `host` in `language`."""
    pages = ServicePage.objects.filter(slug=slug, locale__language_code=language)
    found = [page for page in pages if page.get_site().hostname == host]
    assert len(found) == 1, (host, language, slug)
    return found[0]


def fees(page):
    return [(fee.value["amount"], fee.value["currency"]) for fee in page.shown_fees()]


def test_the_ministry_offers_four_services_in_its_three_languages(demo):
    ministry = ServicePage.objects.filter(syndicated_from__isnull=True, missions__isnull=False)

    assert ministry.distinct().count() == 4 * 3


def test_berlin_has_the_services_in_german_with_its_own_fees_in_euros(demo, reader, html):
    german = service("berlin.localhost", "de", "erneuerung-des-reisepasses")
    english = service("berlin.localhost", "en", "passport-renewal")

    assert german.translation_key == english.translation_key
    assert fees(english) == fees(german) == [(70, "EUR"), (37, "EUR")]
    assert english.syndicated_from.get_site().hostname == "localhost"


def test_seoul_charges_in_won_and_tehran_the_ministrys_fees(demo):
    assert service("seoul.localhost", "ko", "yeogwon-gaengsin").fees[0].value["currency"] == "KRW"
    assert fees(service("tehran.localhost", "en", "passport-renewal")) == [(75, "USD"), (40, "USD")]


def test_a_mission_gets_copies_only_in_the_languages_it_shares(demo):
    seoul = [
        page.locale.language_code
        for page in ServicePage.objects.filter(slug="passport-renewal").select_related("locale")
        if page.get_site().hostname == "seoul.localhost"
    ]

    assert sorted(seoul) == ["en", "tk"]


def test_building_again_changes_nothing(demo):
    pages, revisions = Page.objects.count(), Revision.objects.count()

    build_consular_services()

    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
