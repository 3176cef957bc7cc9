"""For tests elsewhere in Habar that sign a test client in to the admin."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from .two_factor import AUTHENTICATOR_NAME


def verified_login(client, user):
    """Sign the client in as `user`, second factor already entered (as after the code page)."""
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, confirmed=True, defaults={"name": AUTHENTICATOR_NAME}
    )
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
