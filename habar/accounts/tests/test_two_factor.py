"""Two-factor sign-in to the admin: who must set it up, the set-up, codes and recovery codes."""

import pytest
from django.test import Client
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from habar.accounts.testing import verified_login

from .conftest import RECOVERY, SETUP, VERIFY, code_for, enrol, sign_in


@pytest.fixture
def publisher(roles):
    return roles["publisher"]


def test_a_publisher_is_sent_to_set_up_two_factor_before_the_admin(client, publisher):
    sign_in(client, publisher)

    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == SETUP + "?next=%2Fadmin%2Fpages%2F"


@pytest.mark.parametrize("role", ["admin", "publisher"])
def test_site_administrators_and_publishers_must_use_two_factor(client, roles, role):
    sign_in(client, roles[role])

    assert client.get("/admin/")["Location"].startswith(SETUP)


def test_a_superuser_must_use_two_factor(client, superuser):
    sign_in(client, superuser)

    assert client.get("/admin/")["Location"].startswith(SETUP)


def test_an_editor_gets_in_without_two_factor(client, roles):
    sign_in(client, roles["editor"])

    assert client.get("/admin/").status_code == 200


def test_an_editor_may_set_up_two_factor(client, roles):
    editor = roles["editor"]
    enrol(client, editor)

    assert TOTPDevice.objects.get(user=editor).confirmed
    fresh = Client()
    sign_in(fresh, editor)
    assert fresh.get("/admin/")["Location"].startswith(VERIFY)


def test_the_setup_page_shows_a_qr_code_and_the_secret(client, publisher):
    sign_in(client, publisher)

    response = client.get(SETUP)

    device = TOTPDevice.objects.get(user=publisher, confirmed=False)
    body = response.content.decode()
    assert "<svg" in body
    assert response.context["secret"].replace(" ", "") in body.replace(" ", "")
    assert response.context["secret"].replace(" ", "") in device.config_url


def test_reloading_the_setup_page_keeps_the_secret(client, publisher):
    sign_in(client, publisher)

    first = client.get(SETUP).context["secret"]

    assert client.get(SETUP).context["secret"] == first


def test_a_right_code_turns_two_factor_on_and_shows_ten_recovery_codes_once(client, publisher):
    sign_in(client, publisher)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=publisher)

    response = client.post(SETUP, {"code": code_for(device), "next": "/admin/pages/"})

    assert response["Location"] == RECOVERY + "?next=%2Fadmin%2Fpages%2F"
    codes = client.get(response["Location"]).context["codes"]
    assert len(set(codes)) == 10
    assert StaticToken.objects.filter(device__user=publisher).count() == 10
    assert client.get(RECOVERY).status_code == 302  # shown once only
    assert client.get("/admin/pages/").status_code == 200


def test_a_wrong_code_does_not_turn_two_factor_on(client, publisher):
    sign_in(client, publisher)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=publisher)

    response = client.post(SETUP, {"code": code_for(device, offset=20)})

    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get("/admin/").status_code == 302


def test_a_user_with_two_factor_is_asked_for_a_code_after_the_password(client, publisher):
    device, _codes = enrol(Client(), publisher)
    sign_in(client, publisher)

    assert client.get("/admin/pages/")["Location"] == VERIFY + "?next=%2Fadmin%2Fpages%2F"
    response = client.post(VERIFY, {"code": code_for(device, offset=1), "next": "/admin/pages/"})

    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_a_recovery_code_gets_in_once(publisher):
    _device, codes = enrol(Client(), publisher)
    first, second = Client(), Client()
    sign_in(first, publisher)
    sign_in(second, publisher)

    assert first.post(VERIFY, {"code": codes[0]})["Location"] == "/admin/"
    assert second.post(VERIFY, {"code": codes[0]}).status_code == 200
    assert second.get("/admin/").status_code == 302


def test_wrong_codes_are_throttled(client, publisher):
    device, _codes = enrol(Client(), publisher)
    sign_in(client, publisher)
    client.post(VERIFY, {"code": "000000" if code_for(device, 1) != "000000" else "111111"})

    response = client.post(VERIFY, {"code": code_for(device, offset=1)})

    assert "Too many wrong codes" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_recovery_codes_cannot_be_renewed_before_the_second_factor(client, publisher):
    _device, codes = enrol(Client(), publisher)
    sign_in(client, publisher)

    response = client.post(RECOVERY)

    assert response["Location"].startswith(VERIFY)
    assert sorted(StaticToken.objects.values_list("token", flat=True)) == sorted(codes)


def test_the_code_page_does_not_redirect_off_site(client, publisher):
    device, _codes = enrol(Client(), publisher)
    sign_in(client, publisher)

    response = client.post(VERIFY, {"code": code_for(device, 1), "next": "//evil.example/"})

    assert response["Location"] == "/admin/"


def test_public_pages_do_not_ask_for_a_code(client, publisher, tree):
    sign_in(client, publisher)

    assert client.get("/healthz").status_code == 200


def test_verified_login_lets_tests_elsewhere_into_the_admin(client, superuser):
    verified_login(client, superuser)

    assert client.get("/admin/").status_code == 200


def test_the_icon_sprite_loads_before_the_second_factor(client, publisher):
    # Every admin page, the two-factor pages included, fetches it by script.
    sign_in(client, publisher)

    assert client.get("/admin/sprite/").status_code == 200
