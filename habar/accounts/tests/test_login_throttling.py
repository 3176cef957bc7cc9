"""The admin's login is throttled: repeated failures lock that username and address out."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.both_engines

LOGIN = "/admin/login/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "press-officer", password="a-long-correct-password", is_staff=True
    )


def attempt(client, password):
    return client.post(LOGIN, {"username": "press-officer", "password": password})


def test_a_correct_login_gets_in(editor, client):
    response = attempt(client, "a-long-correct-password")

    assert response.status_code == 302


def test_five_failures_lock_the_login_out(editor, client):
    for _n in range(5):
        attempt(client, "wrong")

    response = attempt(client, "a-long-correct-password")

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_four_failures_do_not_lock_out(editor, client):
    for _n in range(4):
        assert attempt(client, "wrong").status_code == 200

    assert attempt(client, "a-long-correct-password").status_code == 302


def test_a_lockout_is_per_username_and_address(editor, client, django_user_model):
    django_user_model.objects.create_user("colleague", password="another-long-password")
    for _n in range(5):
        attempt(client, "wrong")

    response = client.post(LOGIN, {"username": "colleague", "password": "another-long-password"})

    assert response.status_code == 302
    assert response["Location"] != reverse("wagtailadmin_login")
