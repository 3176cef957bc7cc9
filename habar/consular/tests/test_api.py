"""/api/v1/<language>/services/: the site's live, public services."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from habar.api.api import api

from .factories import ServiceIndexPageFactory, ServicePageFactory


@pytest.fixture
def get():
    client = Client(headers={"Accept-Language": "en"})

    def request(path, host="testserver"):
        return client.get(f"/api/v1/{path}", HTTP_HOST=host)

    return request


def test_lists_the_sites_live_public_services(service, services, tree, berlin, get):
    ServicePageFactory(parent=services, title="Draft service", live=False)
    private = ServiceIndexPageFactory(parent=tree.homes["ru"], slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    ServicePageFactory(parent=private, title="Private service")
    ServicePageFactory(parent=berlin[1]["en"], title="Berlin's service")

    response = get("en/services/")

    assert response.status_code == 200
    items = response.json()
    assert [item["title"] for item in items] == ["Passport renewal"]
    assert items[0]["last_reviewed"] == "2026-11-01"
    assert items[0]["url"] == service.get_full_url()
    assert get("ru/services/").json() == []


def test_one_service_with_fees_documents_steps_and_offices(service, get):
    response = get(f"en/services/{service.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["fees"] == [{"condition": "Adults", "amount": "75.00", "currency": "USD"}]
    assert [item["name"] for item in data["documents"]] == ["Application form", "Two photographs"]
    assert [step["title"] for step in data["steps"]] == [
        "Book an appointment",
        "Hand in the documents",
    ]
    assert data["processing_time"] == "Ten working days"
    assert data["where_to_apply"][0]["name"] == "Ministry of Foreign Affairs"
    assert data["syndicated"] is False
    assert data["canonical_url"] == service.get_full_url()


def test_a_services_forms_to_download_name_their_files(service, get):
    form = get_document_model().objects.create(
        title="Application form", file=ContentFile(b"%PDF-1.4", "application.pdf")
    )
    service.forms = [("form", {"document": form, "title": ""})]
    service.save_revision().publish()

    data = get(f"en/services/{service.pk}/").json()

    assert data["forms"] == [
        {
            "title": "Application form",
            "url": f"http://testserver{form.url}",
            "file_extension": "pdf",
            "file_size": form.file_size,
        }
    ]


def test_a_copy_shows_its_missions_own_fees(service, berlin, get):
    service.missions.set([berlin[0]])
    service.save_revision().publish()
    copy = service.syndicated_copies.get()
    copy.mission_fees = [("fee", {"condition": "Adults", "amount": "70", "currency": "EUR"})]
    copy.save_revision().publish()

    data = get(f"en/services/{copy.pk}/", host="berlin.localhost").json()

    assert data["syndicated"] is True
    assert data["fees"] == [{"condition": "Adults", "amount": "70", "currency": "EUR"}]
    assert data["canonical_url"] == service.get_full_url()


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("en/services/999999/", 404),
        ("en/services/0/", 400),
        ("en/services/abc/", 400),
        ("en/services/99999999999999/", 400),
        ("de/services/", 404),
    ],
)
def test_bad_requests_are_answered_in_json_never_500(service, get, path, status):
    response = get(path)

    assert response.status_code == status
    assert "detail" in response.json()


def test_another_sites_service_is_not_found_here(berlin, get):
    other = ServicePageFactory(parent=berlin[1]["en"], title="Berlin's service")

    assert get(f"en/services/{other.pk}/").status_code == 404


def test_the_schema_documents_the_endpoints(db):
    paths = api.get_openapi_schema()["paths"]

    assert "/api/v1/{language}/services/" in paths
    assert "/api/v1/{language}/services/{service_id}/" in paths
