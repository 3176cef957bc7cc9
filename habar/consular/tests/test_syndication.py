"""A ministry service offered by chosen missions: copies on their sites, kept up to date."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from habar.consular.models import ServicePage

from .factories import ServiceIndexPageFactory, ServicePageFactory

pytestmark = pytest.mark.both_engines

BERLIN_FEE = [("fee", {"condition": "Adults", "amount": Decimal("70"), "currency": "EUR"})]


def offer_to(origin, *sites):
    origin.missions.set(sites)
    origin.save_revision().publish()
    return {copy.locale.language_code: copy for copy in origin.syndicated_copies.all()}


def copy_on(origin, site):
    return next(copy for copy in origin.syndicated_copies.all() if copy.get_site().pk == site.pk)


def path_on_site(page):
    _site_id, _root, path = page.get_url_parts()
    return path


def test_choosing_a_mission_publishes_a_copy_on_its_site(service, berlin, reader, html):
    site, indexes = berlin

    copies = offer_to(service, site)

    assert list(copies) == ["en"]
    copy = copies["en"]
    assert copy.live and copy.get_parent().pk == indexes["en"].pk
    page = html(reader.get(path_on_site(copy), HTTP_HOST="berlin.localhost"))
    assert page.h1.get_text() == "Passport renewal"
    assert page.select_one("link[rel=canonical]")["href"] == service.get_full_url()


def test_the_origin_lists_the_missions_that_offer_it(service, berlin, seoul, reader, html):
    offer_to(service, berlin[0], seoul[0])

    offices = html(reader.get(service.url)).select(".service-offices a.office-name")

    assert [a.get_text() for a in offices] == ["Embassy in Berlin", "Embassy in Seoul"]
    assert offices[0]["href"].startswith("http://berlin.localhost/")


def test_a_copy_is_made_in_each_language_the_service_and_mission_share(
    tree, service, berlin, services
):
    russian = service.copy_for_translation(tree.homes["ru"].locale, copy_parents=True)
    russian.title = "Замена паспорта"
    russian.save_revision().publish()
    offer_to(service, berlin[0])

    russian = ServicePage.objects.get(pk=russian.pk)
    russian_copies = offer_to(russian, berlin[0])
    english_copy = service.syndicated_copies.get()

    assert list(russian_copies) == ["ru"]
    # The copies on one site are translations of each other: the language switcher joins them.
    assert russian_copies["ru"].translation_key == english_copy.translation_key


def test_a_missions_own_fee_and_notes_survive_the_next_publish_of_the_origin(
    service, berlin, reader, html
):
    copy = offer_to(service, berlin[0])["en"]
    copy.mission_fees = BERLIN_FEE
    copy.mission_notes = "Cash is not accepted."
    copy.save_revision().publish()

    service.title = "Passport renewal for adults"
    service.fees = [("fee", {"condition": "Adults", "amount": Decimal("80"), "currency": "USD"})]
    service.save_revision().publish()

    copy = ServicePage.objects.get(pk=copy.pk)
    assert copy.title == "Passport renewal for adults"
    assert copy.fees[0].value["amount"] == Decimal("80")
    assert copy.mission_notes == "Cash is not accepted."
    page = html(reader.get(path_on_site(copy), HTTP_HOST="berlin.localhost"))
    assert [td.get_text() for td in page.select(".service-fees td")] == ["Adults", "70 EUR"]
    assert "Cash is not accepted." in page.get_text()


def test_a_mission_no_longer_chosen_loses_its_copy(service, berlin, seoul):
    offer_to(service, berlin[0], seoul[0])

    offer_to(service, seoul[0])

    assert copy_on(service, berlin[0]).live is False
    assert copy_on(service, seoul[0]).live is True


def test_unpublishing_the_origin_takes_its_copies_down(service, berlin):
    copy = offer_to(service, berlin[0])["en"]

    service.unpublish()

    assert ServicePage.objects.get(pk=copy.pk).live is False


def test_deleting_the_origin_leaves_its_copies_as_drafts(service, berlin):
    copy = offer_to(service, berlin[0])["en"]

    service.delete()

    assert ServicePage.objects.get(pk=copy.pk).live is False


def test_a_copy_takes_a_free_address_beside_the_missions_own_service(service, berlin):
    site, indexes = berlin
    ServicePageFactory(parent=indexes["en"], title="Own service", slug=service.slug)

    copy = offer_to(service, site)["en"]

    assert copy.slug == f"{service.slug}-2"


def test_the_origins_own_site_gets_no_copy(tree, service):
    offer_to(service, tree.site)

    assert not service.syndicated_copies.exists()


def test_sitemaps_list_the_origin_not_its_copies(service, berlin, reader):
    copy = offer_to(service, berlin[0])["en"]

    ministry = reader.get("/sitemap-en.xml").content.decode()
    mission = reader.get("/sitemap-en.xml", HTTP_HOST="berlin.localhost").content.decode()

    assert service.get_full_url() in ministry
    assert copy.get_full_url() not in mission


def test_offices_are_named_in_the_pages_language(tree, berlin, reader, html):
    site, indexes = berlin
    russian_home = indexes["ru"].get_parent().specific
    russian_home.title = "Посольство в Берлине"
    russian_home.save_revision().publish()
    index = ServiceIndexPageFactory(parent=tree.homes["ru"], title="Консульские услуги")
    service = ServicePageFactory(parent=index, title="Замена паспорта")

    offer_to(service, site)

    names = [
        a.get_text() for a in html(reader.get(service.url)).select(".service-offices a.office-name")
    ]
    assert names == ["Посольство в Берлине"]


def test_offices_give_the_missions_address_phone_and_page_in_the_pages_language(
    service, berlin, reader, html
):
    from habar.missions.models import MissionDetails
    from habar.missions.tests.factories import MissionPageFactory

    site, indexes = berlin
    details = MissionDetails.for_site(site)
    details.country, details.phones = "DE", "+49 30 3010 2451\n+49 30 3010 2452"
    details.save()
    russian = MissionPageFactory(parent=indexes["ru"].get_parent(), address="Лангобарденаллее 14")
    MissionPageFactory(parent=indexes["en"].get_parent(), address="Langobardenallee 14")
    offer_to(service, site)

    office = html(reader.get(service.url)).select_one(".service-offices li")

    assert "Langobardenallee 14" in office.bdi.get_text()
    assert office.select_one('a[href^="tel:"]')["href"] == "tel:+493030102451"
    mission_link = office.select("a")[-1]
    assert (
        mission_link["href"].startswith("http://berlin.localhost/")
        and "embassy" in mission_link["href"]
    )
    assert russian.address not in office.get_text()


def test_a_ministry_publisher_with_no_rights_on_a_mission_keeps_its_copy_up(
    tree, service, berlin, django_user_model
):
    publisher = django_user_model.objects.create_user("ministry-publisher", password="x" * 16)
    group = Group.objects.create(name="Ministry publishers")
    for codename in ["add_page", "change_page", "publish_page"]:
        GroupPagePermission.objects.create(
            group=group, page=tree.homes["en"], permission=Permission.objects.get(codename=codename)
        )
    publisher.groups.add(group)
    service.missions.set([berlin[0]])

    service.save_revision(user=publisher).publish(user=publisher)

    copy = service.syndicated_copies.get()
    assert copy.live
    assert copy.live_revision.user == publisher


def test_a_missions_own_translation_keeps_its_language(tree, service, berlin):
    site, indexes = berlin
    english_copy = offer_to(service, site)["en"]
    own = ServicePageFactory(
        parent=indexes["ru"],
        title="Замена паспорта в Берлине",
        translation_key=english_copy.translation_key,
    )
    russian = service.copy_for_translation(tree.homes["ru"].locale, copy_parents=True)
    russian.save_revision().publish()

    copies = offer_to(ServicePage.objects.get(pk=russian.pk), site)

    assert copies == {}
    assert ServicePage.objects.get(pk=own.pk).title == "Замена паспорта в Берлине"
