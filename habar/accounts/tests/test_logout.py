"""Signing out of the admin takes a POST; a GET only asks."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from django.urls import resolve, reverse
from wagtail.users.models import UserProfile

from habar.accounts import views
from habar.accounts.testing import verified_login

LOGOUT = "/admin/logout/"


@pytest.fixture
def editor_client(superuser):
    return verified_login(Client(headers={"Accept-Language": "en"}), superuser)


def test_a_get_does_not_end_the_session(editor_client):
    response = editor_client.get(LOGOUT)

    assert response.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert editor_client.get("/admin/").status_code == 200


def test_a_get_shows_a_button_that_signs_out_by_post(editor_client):
    page = BeautifulSoup(editor_client.get(LOGOUT).content, "html.parser")

    form = page.select_one(f'main form[action="{LOGOUT}"]')
    assert form["method"] == "post"
    assert form.select_one('input[name="csrfmiddlewaretoken"]')
    assert form.select_one('button[type="submit"]').get_text(strip=True) == "Sign out"


def test_the_question_is_asked_in_the_editors_language(editor_client, superuser):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "ru"
    profile.save(update_fields=["preferred_language"])

    response = editor_client.get(LOGOUT)

    assert "Выйти из панели администратора?" in response.content.decode()


def test_the_button_signs_out(editor_client):
    response = editor_client.post(LOGOUT)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_login")
    assert editor_client.get("/admin/").status_code == 302


def test_a_post_from_elsewhere_does_not_sign_out(superuser):
    client = verified_login(Client(enforce_csrf_checks=True), superuser)

    assert client.post(LOGOUT).status_code == 403
    assert client.get("/admin/").status_code == 200


def test_the_logout_address_reaches_habars_view():
    # If Wagtail moves its logout, this fails rather than a GET signing out again.
    assert resolve(reverse("wagtailadmin_logout")).func.view_class is views.LogoutView
