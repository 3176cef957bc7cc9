import pytest
from django.test import Client

from habar.accounts.testing import verified_login


@pytest.fixture
def admin_login(db):
    """Sign `user` in to the admin, past the second factor, reading it in English."""

    def sign_in(user):
        return verified_login(Client(headers={"Accept-Language": "en"}), user)

    return sign_in
