import json
import logging

import pytest

from habar.core.logging import JSONFormatter


@pytest.mark.django_db
def test_every_response_carries_a_request_id(client):
    response = client.get("/healthz")

    assert len(response["X-Request-ID"]) == 32


@pytest.mark.django_db
def test_a_sane_request_id_from_the_proxy_is_kept(client):
    response = client.get("/healthz", headers={"X-Request-ID": "edge-42.abc"})

    assert response["X-Request-ID"] == "edge-42.abc"


@pytest.mark.django_db
def test_a_hostile_request_id_is_replaced(client):
    response = client.get("/healthz", headers={"X-Request-ID": "<script>" + "x" * 100})

    assert response["X-Request-ID"] != "<script>" + "x" * 100
    assert len(response["X-Request-ID"]) == 32


@pytest.mark.django_db
def test_each_request_is_logged_once_as_json(client, caplog):
    with caplog.at_level(logging.INFO, logger="habar.request"):
        response = client.get("/healthz")

    (record,) = [r for r in caplog.records if r.name == "habar.request"]
    line = json.loads(JSONFormatter().format(record))
    assert line["request_id"] == response["X-Request-ID"]
    assert line["path"] == "/healthz"
    assert line["status"] == 200
    assert line["duration_ms"] >= 0
