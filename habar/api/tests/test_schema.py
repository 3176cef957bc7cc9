"""The API keeps the promises of its OpenAPI schema, checked by schemathesis.

Every operation of the schema the API serves gets schema-derived requests (valid and
invalid) through the real WSGI stack, and every built-in check runs on each answer:
no server error, documented status codes, content types, headers and bodies, invalid
input rejected, valid input accepted, undocumented methods refused. The examples are
bounded and derandomized, so a run is quick and the same each time.
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, settings

from habar.api.api import api
from habar.missions.tests.factories import build_mission
from habar.news.tests.factories import ArticlePageFactory

# The schema as /api/v1/openapi.json serves it (test_served_schema_is_the_tested_one).
schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
schema.app = WSGIHandler()


@pytest.fixture
def content(news):
    for number in range(3):
        ArticlePageFactory(parent=news.tree.section("economy"), title=f"Trade report {number}")
    build_mission(hostname="missions.localhost")  # /missions/ answers with one
    # The requests go through the plain WSGI handler, which closes the database connection
    # after each one (and with it the test's transaction): keep it open, as Django's test
    # client does.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        # Schemathesis sends a few hundred requests from one address.
        with override_settings(HABAR_API_RATE_LIMIT=""):
            yield news
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_served_schema_is_the_tested_one(api, tree):
    assert api("openapi.json").json() == schema.raw_schema


@schema.parametrize()
@settings(
    max_examples=30,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_keeps_its_schema(case, content):
    case.call_and_validate()
