"""Sign-ins, failures and two-factor events in Wagtail's audit log and its CSV export."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from habar.accounts.audit import unwrap
from habar.accounts.models import AccountLogEntry

from .conftest import PASSWORD, SETUP, VERIFY, code_for, enrol, sign_in

REPORT = "/admin/reports/site-history/"


def actions_for(user):
    return list(
        AccountLogEntry.objects.filter(object_id=str(user.pk))
        .order_by("timestamp", "id")
        .values_list("action", flat=True)
    )


def export_rows(client, **params):
    response = client.get(REPORT, {"export": "csv", **params})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    # The export streams after the view has returned: read it in the admin's language.
    with translation.override("en"):
        text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def chief_client(superuser):
    client = Client()
    enrol(client, superuser)
    return client


def test_a_sign_in_and_sign_out_are_logged(client, roles):
    editor = roles["editor"]
    sign_in(client, editor)
    client.post(reverse("wagtailadmin_logout"))

    assert actions_for(editor) == ["habar.login", "habar.logout"]


def test_a_failed_sign_in_is_logged_against_the_account(client, roles):
    editor = roles["editor"]

    client.post(reverse("wagtailadmin_login"), {"username": editor.username, "password": "no"})

    entry = AccountLogEntry.objects.get(action="habar.login_failed")
    assert entry.object_id == str(editor.pk)
    assert entry.user is None
    assert entry.data["ip_address"] == "127.0.0.1"


def test_a_failed_sign_in_under_an_unknown_name_is_logged_by_that_name(client, db):
    client.post(reverse("wagtailadmin_login"), {"username": "=cmd|calc", "password": "no"})

    entry = AccountLogEntry.objects.get(action="habar.login_failed")
    # Neutralised, so that a spreadsheet opening the export never runs it as a formula.
    assert entry.label == "'=cmd|calc"
    assert entry.object_id == ""


def test_two_factor_set_up_and_codes_are_logged(client, roles):
    publisher = roles["publisher"]
    device, _codes = enrol(Client(), publisher)
    sign_in(client, publisher)
    client.post(VERIFY, {"code": "999999" if code_for(device, 1) != "999999" else "111111"})

    assert actions_for(publisher) == [
        "habar.login",
        "habar.two_factor.enabled",
        "habar.two_factor.recovery_codes_issued",
        "habar.login",
        "habar.two_factor.failed",
    ]


def test_a_wrong_code_at_set_up_is_logged(client, roles):
    publisher = roles["publisher"]
    sign_in(client, publisher)
    client.get(SETUP)

    client.post(SETUP, {"code": "12"})  # not even a code: a form error, nothing to log
    client.post(SETUP, {"code": "123456"})

    assert actions_for(publisher)[-1] == "habar.two_factor.failed"


def test_the_site_history_report_lists_account_events(chief_client, roles):
    sign_in(Client(), roles["editor"])

    response = chief_client.get(REPORT)

    assert response.status_code == 200
    body = response.content.decode()
    assert "ministry-editor" in body
    assert "Signed in" in body
    assert "Set up two-factor authentication" in body


def test_the_report_exports_to_csv(chief_client, roles):
    Client().post(reverse("wagtailadmin_login"), {"username": "ministry-editor", "password": "x"})

    rows = export_rows(chief_client)

    assert {"ID", "Name", "Type", "Action type", "User", "Date/Time"} <= set(rows[0])
    failed = [row for row in rows if row["Action type"] == "Failed sign-in"]
    assert [row["Name"] for row in failed] == ["ministry-editor"]


def test_the_export_filters_by_action(chief_client, roles):
    sign_in(Client(), roles["editor"])

    rows = export_rows(chief_client, action="habar.login")

    assert rows
    assert {row["Action type"] for row in rows} == {"Sign in"}


def test_a_site_administrator_sees_their_sites_accounts_only(roles, superuser):
    admin = roles["admin"]
    client = Client()
    enrol(client, admin)
    sign_in(Client(), roles["editor"])
    sign_in(Client(), superuser)

    names = {row["Name"] for row in export_rows(client)}

    assert "ministry-editor" in names
    assert "chief" not in names


def test_an_editor_sees_no_account_events(client, roles, superuser):
    sign_in(Client(), superuser)
    sign_in(client, roles["editor"])

    rows = export_rows(client)

    assert not [row for row in rows if row["Action type"] in ("Sign in", "Sign out")]


def test_the_report_needs_a_second_factor_for_a_superuser(client, superuser):
    sign_in(client, superuser)

    response = client.get(REPORT, {"export": "csv"})

    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)


def test_passwords_are_never_logged(client, roles):
    client.post(
        reverse("wagtailadmin_login"), {"username": "ministry-editor", "password": PASSWORD + "x"}
    )

    assert PASSWORD not in str(list(AccountLogEntry.objects.values()))


def test_a_lazy_user_is_unwrapped_to_the_user_itself():
    # Django has no public way to reach the object inside a LazyObject: unwrap reads its
    # private `_wrapped`, and this fails if a Django upgrade renames it.
    user = get_user_model()(pk=7, username="lazy")

    assert unwrap(SimpleLazyObject(lambda: SimpleLazyObject(lambda: user))) is user
