import io
import json
import logging
import os
import threading
from datetime import datetime

import pytest

from habar.core.logging import BatchedStreamHandler, JSONFormatter


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


def record(level=logging.INFO, **extra):
    return logging.getLogger("habar.request").makeRecord(
        "habar.request", level, __file__, 0, "%s %s", ("GET", "/tk/"), None, extra=extra
    )


def test_a_line_keeps_the_time_zone_the_text_and_odd_values():
    from django.utils.translation import gettext_lazy

    line = json.loads(
        JSONFormatter().format(record(path="/tk/habarlar/", label=gettext_lazy("Search"), n=2**70))
    )

    assert datetime.fromisoformat(line["time"]).utcoffset() is not None
    assert line["message"] == "GET /tk/"
    assert line["path"] == "/tk/habarlar/"
    assert line["label"] == "Search"
    assert line["n"] == 2**70


def test_lines_are_written_in_batches_and_a_warning_at_once():
    stream = io.StringIO()
    handler = BatchedStreamHandler(stream)
    handler.setFormatter(JSONFormatter())
    handler.flusher_pid = os.getpid()  # no flushing thread: the test decides when

    handler.handle(record(request_id="a"))
    handler.handle(record(request_id="b"))
    assert stream.getvalue() == ""

    handler.handle(record(logging.WARNING, request_id="c"))
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["request_id"] for line in lines] == ["a", "b", "c"]


def test_a_full_batch_is_written_and_the_rest_on_flush():
    stream = io.StringIO()
    handler = BatchedStreamHandler(stream)
    handler.setFormatter(JSONFormatter())
    handler.flusher_pid = os.getpid()

    for n in range(BatchedStreamHandler.BATCH_LINES + 1):
        handler.handle(record(request_id=str(n)))
    assert len(stream.getvalue().splitlines()) == BatchedStreamHandler.BATCH_LINES

    handler.flush()
    assert len(stream.getvalue().splitlines()) == BatchedStreamHandler.BATCH_LINES + 1


def test_the_process_writes_waiting_lines_without_more_requests():
    stream = io.StringIO()
    written = threading.Event()
    stream.flush = written.set  # the handler flushes after each write
    handler = BatchedStreamHandler(stream)
    handler.setFormatter(JSONFormatter())

    handler.handle(record(request_id="lonely"))

    assert written.wait(timeout=10)
    assert json.loads(stream.getvalue())["request_id"] == "lonely"
