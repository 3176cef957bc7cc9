"""Editors enter a mission's details, hours included, in the site's settings."""

import pytest

from habar.missions.models import MissionDetails

URL = "/admin/settings/missions/missiondetails/{}/"


def form_data(**overrides):
    data = {
        "kind": "consulate",
        "country": "AT",
        "phones": "+43 1 000 0000",
        "emergency_phone": "+43 660 000 0000",
        "email": "vienna@embassy.example",
        "latitude": "48.2082",
        "longitude": "16.3738",
        "hours-TOTAL_FORMS": "1",
        "hours-INITIAL_FORMS": "0",
        "hours-MIN_NUM_FORMS": "0",
        "hours-MAX_NUM_FORMS": "1000",
        "hours-0-service": "consular",
        "hours-0-weekday": "2",
        "hours-0-opens": "10:00",
        "hours-0-closes": "12:00",
        "hours-0-ORDER": "1",
        "hours-0-DELETE": "",
        "hours-0-id": "",
    }
    return {**data, **overrides}


def test_the_settings_form_shows_the_hours(admin_client, tree):
    response = admin_client.get(URL.format(tree.site.pk))

    assert response.status_code == 200
    assert b"hours-TOTAL_FORMS" in response.content


def test_details_and_hours_are_saved(admin_client, tree):
    response = admin_client.post(URL.format(tree.site.pk), form_data())

    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    details = MissionDetails.for_site(tree.site)
    assert (details.kind, details.country) == ("consulate", "AT")
    [slot] = details.hours.all()
    assert (slot.service, slot.weekday, f"{slot.opens:%H:%M}") == ("consular", 2, "10:00")


@pytest.mark.parametrize(
    ("field", "value"),
    [("country", "Austria"), ("latitude", "91"), ("hours-0-closes", "09:00")],
)
def test_bad_details_are_refused_with_a_message(admin_client, tree, field, value):
    response = admin_client.post(URL.format(tree.site.pk), form_data(**{field: value}))

    assert response.status_code == 200  # the form again, with its errors
    assert not MissionDetails.objects.filter(site=tree.site, country="AT").exists()
