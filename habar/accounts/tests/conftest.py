import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from habar.demo.builder import MINISTRY, DemoBuilder

PASSWORD = "a-long-correct-password"
SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/verify/"
RECOVERY = "/admin/two-factor/recovery-codes/"


@pytest.fixture
def roles(tree):
    """The demo's editor, publisher and site administrator of the test site."""
    DemoBuilder(password=PASSWORD).build_roles(MINISTRY, tree.homes)
    users = get_user_model().objects
    return {
        name: users.get(username=f"ministry-{name}") for name in ("editor", "publisher", "admin")
    }


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("chief", "chief@localhost", PASSWORD)


def sign_in(client, user):
    # The tests read the admin in English, whatever the platform's default language.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save(update_fields=["preferred_language"])
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.get_username(), "password": PASSWORD}
    )
    assert response.status_code == 302, response.content[:500]
    return response


def code_for(device, offset=0):
    """The code the user's authenticator app shows now (offset in 30-second steps)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = totp.time + offset * device.step
    return f"{totp.token():0{device.digits}d}"


def enrol(client, user):
    """Sign in and set up an authenticator through the pages; return the device and codes."""
    sign_in(client, user)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=user)
    client.post(SETUP, {"code": code_for(device)})
    codes = client.get(RECOVERY).context["codes"]
    device.refresh_from_db()
    return device, codes
