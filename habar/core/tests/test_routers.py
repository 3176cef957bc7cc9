import pytest
from django.contrib.auth import get_user_model
from django.core.signals import request_started
from django.db import transaction
from django.test import override_settings

from habar.core.routers import ReplicaRouter, pin_to_primary

REPLICA_SETTINGS = {
    "DATABASE_REPLICAS": ["replica1"],
    "DATABASE_ROUTERS": ["habar.core.routers.ReplicaRouter"],
}
pytestmark = [
    pytest.mark.both_engines,
    pytest.mark.django_db(
        transaction=True, serialized_rollback=True, databases=["default", "replica1"]
    ),
]


@pytest.fixture(autouse=True)
def replicas():
    """A router over the test database and its mirror; each test starts as a new request."""
    with override_settings(**REPLICA_SETTINGS):
        request_started.send(sender=None, environ={"REQUEST_METHOD": "GET", "PATH_INFO": "/en/"})
        yield
    pin_to_primary(False)


def new_request(method="GET", path="/en/", cookie=""):
    request_started.send(
        sender=None, environ={"REQUEST_METHOD": method, "PATH_INFO": path, "HTTP_COOKIE": cookie}
    )


def test_reads_go_to_a_replica():
    assert get_user_model().objects.all().db == "replica1"


def test_replica_answers_reads_of_what_the_primary_committed():
    get_user_model().objects.create(username="reporter")
    new_request()
    users = get_user_model().objects.filter(username="reporter")
    assert users.db == "replica1"
    assert users.exists()


def test_writes_go_to_the_primary():
    assert ReplicaRouter().db_for_write(get_user_model()) == "default"


def test_reads_after_a_write_in_the_same_request_stay_on_the_primary():
    get_user_model().objects.create(username="editor")
    assert get_user_model().objects.all().db == "default"
    new_request()
    assert get_user_model().objects.all().db == "replica1"


def test_reads_inside_a_transaction_go_to_the_primary():
    with transaction.atomic():
        assert get_user_model().objects.all().db == "default"


@pytest.mark.parametrize(
    ("method", "path", "cookie"),
    [
        ("POST", "/views/1/", ""),
        ("GET", "/admin/pages/", ""),
        ("GET", "/en/", "sessionid=abc; other=1"),
    ],
)
def test_editors_forms_and_beacons_read_from_the_primary(method, path, cookie):
    new_request(method, path, cookie)
    assert get_user_model().objects.all().db == "default"


def test_without_replicas_everything_uses_the_primary():
    with override_settings(DATABASE_REPLICAS=[]):
        assert get_user_model().objects.all().db == "default"


def test_migrations_only_on_the_primary():
    router = ReplicaRouter()
    assert router.allow_migrate("default", "news") is True
    assert router.allow_migrate("replica1", "news") is False
