"""A mission's details in the network file: habar.missions' part (network_parts.py)."""

import datetime
import tomllib
from decimal import Decimal

import pytest
from wagtail.models import GroupSitePermission, Site

from habar.missions.models import MissionDetails

from .conftest import NETWORK

MISSION = """
[sites.rome.mission]
kind = "embassy"
country = "IT"
phones = ["+39 06 1234 5678", "+39 06 1234 5679"]
emergency_phone = "+39 333 123 4567"
email = "rome@embassy.example"
latitude = 41.9
longitude = 12.5

[[sites.rome.mission.hours]]
service = "reception"
days = ["mon", "tue", "wed", "thu", "fri"]
opens = "09:00"
closes = "13:00"

[[sites.rome.mission.hours]]
service = "consular"
days = ["tue", "thu"]
opens = "10:00"
closes = "12:30"
"""

WITH_MISSION = NETWORK + MISSION


def details_of(hostname):
    return MissionDetails.objects.get(site=Site.objects.get(hostname=hostname))


def test_a_site_becomes_a_mission_with_its_numbers_and_hours(network, network_file):
    output = network("apply", network_file(WITH_MISSION))

    assert "~ rome.example: mission (country, phones, emergency_phone, email, latitude" in output
    details = details_of("rome.example")
    assert (details.kind, details.country, details.email) == (
        "embassy",
        "IT",
        "rome@embassy.example",
    )
    assert details.phone_list() == ["+39 06 1234 5678", "+39 06 1234 5679"]
    assert details.emergency_phone == "+39 333 123 4567"
    assert (details.latitude, details.longitude) == (Decimal("41.9"), Decimal("12.5"))
    consular = details.hours.filter(service="consular").order_by("weekday")
    assert [(slot.weekday, slot.opens, slot.closes) for slot in consular] == [
        (1, datetime.time(10), datetime.time(12, 30)),
        (3, datetime.time(10), datetime.time(12, 30)),
    ]
    assert details.hours.filter(service="reception").count() == 5


def test_applying_the_same_mission_again_changes_nothing(network, network_file):
    path = network_file(WITH_MISSION)
    network("apply", path)

    assert network("apply", path).startswith("No changes")


def test_changed_hours_replace_the_old_ones(network, network_file):
    network("apply", network_file(WITH_MISSION))

    output = network("apply", network_file(WITH_MISSION.replace('"12:30"', '"13:00"')))

    assert "~ rome.example: mission (hours)" in output
    assert set(details_of("rome.example").hours.values_list("closes", flat=True)) == {
        datetime.time(13)
    }


def test_the_mission_is_exported_as_it_was_given(network, network_file):
    network("apply", network_file(WITH_MISSION))

    sites = tomllib.loads(network("export"))["sites"]

    assert sites["rome"]["mission"] == tomllib.loads(MISSION)["sites"]["rome"]["mission"]
    assert "mission" not in sites["mfa"]


def test_the_sites_administrators_may_change_its_mission_details(network, network_file):
    network("apply", network_file(WITH_MISSION))

    granted = GroupSitePermission.objects.filter(
        site__hostname="rome.example", permission__codename="change_missiondetails"
    )
    assert [permission.group.name for permission in granted] == [
        "Embassy of Turkmenistan in Rome: site administrators"
    ]


@pytest.mark.parametrize(
    ("wrong", "right", "message"),
    [
        ('country = "IT"', 'country = "Italy"', "sites.rome.mission.country: the ISO 3166 code"),
        ('kind = "embassy"', 'kind = "palace"', "sites.rome.mission.kind: one of embassy,"),
        ('"tue", "thu"', '"tue", "thursday"', "sites.rome.mission.hours[2].days: a list of mon"),
        ('"10:00"', '"14:00"', "sites.rome.mission.hours[2].closes: must be after opens"),
        ('"10:00"', '"ten"', "sites.rome.mission.hours[2]: opens and closes are times"),
        ("latitude = 41.9", "latitude = 91", "sites.rome.mission.latitude: a number from -90"),
        ('"rome@embassy.example"', '"rome"', "sites.rome.mission.email: 'rome' is not an e-mail"),
    ],
)
def test_a_wrong_value_is_named_and_nothing_is_applied(
    network_file, refused, wrong, right, message
):
    error = refused("apply", network_file(WITH_MISSION.replace(wrong, right)))

    assert message in error
    assert not Site.objects.filter(hostname="rome.example").exists()
