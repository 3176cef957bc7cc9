"""Editing services in the admin."""

from django.urls import reverse

from habar.consular.models import ServiceIndexPage, ServicePage


def test_the_edit_form_of_a_service_opens(admin_client, service):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[service.pk]))

    assert response.status_code == 200
    content = response.content.decode()
    for label in ("Who may apply", "Documents required", "Fees", "Where to apply"):
        assert label in content


def test_a_home_offers_a_services_index_among_its_children(admin_client, tree):
    home = tree.homes["en"]

    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[home.pk]))

    assert (
        reverse("wagtailadmin_pages:add", args=["consular", "serviceindexpage", home.pk])
        in response.content.decode()
    )
    assert ServiceIndexPage.can_create_at(home)


def test_a_service_is_created_through_the_admin(admin_client, services):
    url = reverse("wagtailadmin_pages:add", args=["consular", "servicepage", services.pk])
    data = {
        "title": "Certificate legalisation",
        "slug": "certificate-legalisation",
        "summary": "Legalisation of certificates.",
        "eligibility": "",
        "documents-count": "0",
        "fees-count": "1",
        "fees-0-type": "fee",
        "fees-0-deleted": "",
        "fees-0-order": "0",
        "fees-0-value-condition": "Per document",
        "fees-0-value-amount": "30",
        "fees-0-value-currency": "EUR",
        "processing_time": "",
        "steps-count": "0",
        "forms-count": "0",
        "last_reviewed": "2026-12-01",
        "mission_fees-count": "0",
        "mission_notes": "",
        "action-publish": "publish",
    }

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    service = ServicePage.objects.child_of(services).get(slug="certificate-legalisation")
    assert service.live
    assert service.fees[0].value["currency"] == "EUR"
