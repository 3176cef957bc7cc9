"""Services in what news and search build for a whole site: search, sitemaps, parity."""

import pytest

from habar.news.parity import parity_rows
from habar.news.purges import urls_to_purge
from habar.news.tests.factories import ArticlePageFactory

from .factories import ServiceIndexPageFactory, ServicePageFactory

pytestmark = pytest.mark.both_engines


def search(reader, html, q, **params):
    return html(reader.get("/en/search/", {"q": q, **params}))


def test_search_finds_a_service_above_the_news(service, tree, reader, html):
    ArticlePageFactory(parent=tree.section("politics"), title="Passport office opens")

    page = search(reader, html, "passport")

    listed = page.select_one(".listed-results")
    assert listed.h2.get_text() == "Consular services"
    assert [a.get_text() for a in listed.select("h3 a")] == ["Passport renewal"]
    assert listed.select_one("h3 a")["href"] == service.url
    assert [h2.get_text() for h2 in page.select(".search-results > li h2")] == [
        "Passport office opens"
    ]


def test_a_service_alone_is_a_result_not_nothing_found(service, reader, html):
    page = search(reader, html, "renewal")

    assert page.select_one(".listed-results h3").get_text() == "Passport renewal"
    assert page.select_one(".no-results") is None


def test_search_finds_a_service_by_its_documents(services, reader, html):
    ServicePageFactory(
        parent=services,
        title="Certificate legalisation",
        documents=[("document", {"name": "Apostilled birth certificate", "note": ""})],
    )

    page = search(reader, html, "apostilled")

    assert [a.get_text() for a in page.select(".listed-results h3 a")] == [
        "Certificate legalisation"
    ]


def test_search_leaves_out_draft_services_and_filtered_searches(services, tree, reader, html):
    ServicePageFactory(parent=services, title="Passport renewal", live=False)
    ServicePageFactory(parent=services, title="Passport issue")

    assert [
        h3.get_text() for h3 in search(reader, html, "passport").select(".listed-results h3")
    ] == ["Passport issue"]
    assert search(reader, html, "passport", section="politics").select(".listed-results") == []


def test_the_sitemap_lists_the_index_and_its_services(service, reader):
    sitemap = reader.get("/sitemap-en.xml").content.decode()

    assert f"<loc>{service.get_full_url()}</loc>" in sitemap
    assert f"<loc>{service.get_parent().get_full_url()}</loc>" in sitemap


def test_parity_reports_a_service_missing_a_language(service, tree):
    ServiceIndexPageFactory(
        parent=tree.homes["ru"], translation_key=service.get_parent().translation_key
    )

    rows = {row.source.title: row for row in parity_rows(tree.site)}

    row = rows["Passport renewal"]
    assert row.missing == ["ru", "tk"]
    assert row.section.title("en") == "Consular services"


def test_publishing_a_service_purges_its_page_and_the_services_index(service):
    urls = urls_to_purge(service)

    assert {service.get_full_url(), service.get_parent().get_full_url()} <= urls
    assert service.get_parent().get_full_url() + "feed/rss/" not in urls
