import json
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from habar.consular.models import ServiceIndexPage, ServicePage
from habar.news.models import HomePage

from .factories import ServiceIndexPageFactory, ServicePageFactory


def test_the_index_lists_its_live_services(services, reader, html):
    ServicePageFactory(parent=services, title="Passport renewal")
    ServicePageFactory(parent=services, title="Unfinished service", live=False)

    page = html(reader.get(services.url))

    titles = [link.get_text() for link in page.select(".service-card h2 a")]
    assert titles == ["Passport renewal"]


def test_the_index_is_in_the_sites_navigation(service, tree, reader, html):
    page = html(reader.get(tree.homes["en"].url))

    links = {link.get_text(): link["href"] for link in page.select("nav.sections a")}
    assert links["Consular services"] == service.get_parent().url
    assert list(links)[:2] == ["Politics", "Economy"]


def test_a_home_may_hold_one_services_index_and_sections_no_services(db):
    assert ServiceIndexPage in HomePage.allowed_subpage_models()
    assert ServicePage not in HomePage.allowed_subpage_models()
    assert ServiceIndexPage.can_create_at(ServiceIndexPage()) is False


def test_the_service_page_shows_each_part(service, reader, html):
    page = html(reader.get(service.url))

    assert page.h1.get_text() == "Passport renewal"
    assert page.select_one(".intro").get_text() == "What Passport renewal is."
    headings = [h2.get_text() for h2 in page.select("article h2")]
    assert headings == [
        "Who may apply",
        "Documents required",
        "Fees",
        "Processing time",
        "Steps",
        "Where to apply",
    ]
    documents = [li.get_text(" ", strip=True) for li in page.select(".service-documents li")]
    assert documents == ["Application form (signed)", "Two photographs"]
    steps = [li.strong.get_text() for li in page.select(".service-steps li")]
    assert steps == ["Book an appointment", "Hand in the documents"]


def test_fees_are_a_table_with_amount_and_currency(services, reader, html):
    service = ServicePageFactory(
        parent=services,
        fees=[
            ("fee", {"condition": "Adults", "amount": Decimal("1250.50"), "currency": "EUR"}),
            ("fee", {"condition": "Children", "amount": Decimal("40"), "currency": "EUR"}),
        ],
    )

    table = html(reader.get(service.url)).select_one("table.service-fees")

    assert [th.get_text() for th in table.select("thead th")] == ["Condition", "Fee"]
    rows = [[td.get_text() for td in tr.select("td")] for tr in table.select("tbody tr")]
    assert rows == [["Adults", "1,250.50 EUR"], ["Children", "40 EUR"]]


def test_the_last_reviewed_date_is_shown_to_readers(service, reader, html):
    reviewed = html(reader.get(service.url)).select_one(".reviewed")

    assert reviewed.get_text() == "Last reviewed: 01.11.2026"
    assert reviewed.time["datetime"] == "2026-11-01"


def test_the_last_reviewed_date_reads_in_the_pages_language(tree, reader, html):
    index = ServiceIndexPageFactory(parent=tree.homes["ru"], title="Консульские услуги")
    service = ServicePageFactory(parent=index, title="Замена паспорта")

    reviewed = html(reader.get(service.url)).select_one(".reviewed")

    assert reviewed.get_text() == "Последняя проверка: 01.11.2026"


def test_where_to_apply_is_the_pages_own_site_without_chosen_missions(service, reader, html):
    offices = html(reader.get(service.url)).select(".service-offices li")

    assert [li.a.get_text() for li in offices] == ["Ministry of Foreign Affairs"]


def test_json_ld_describes_a_government_service(service, reader, html):
    page = html(reader.get(service.url))

    items = [json.loads(tag.string) for tag in page.select('script[type="application/ld+json"]')]
    by_type = {item["@type"]: item for item in items}
    described = by_type["GovernmentService"]
    assert described["name"] == "Passport renewal"
    assert described["url"] == service.get_full_url()
    assert described["offers"] == [
        {"@type": "Offer", "name": "Adults", "price": "75.00", "priceCurrency": "USD"}
    ]
    assert described["availableChannel"][0]["serviceLocation"]["@type"] == "GovernmentOffice"
    assert by_type["BreadcrumbList"]["itemListElement"][-1]["name"] == "Passport renewal"


def test_an_index_may_not_take_an_address_the_home_answers_itself(tree):
    index = ServiceIndexPage(title="News", slug="news")

    with pytest.raises(ValidationError):
        tree.homes["en"].add_child(instance=index)
