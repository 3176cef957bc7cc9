"""The embedded default's media route never hands out documents, however the path is spelt."""

import logging

import pytest
from django.http import Http404
from django.test import RequestFactory

from habar.core.logging import RefusedRequestFilter
from habar.core.views import media


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "secret-memo.txt").write_text("private")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "photo.txt").write_text("public")
    return tmp_path


def get(path):
    return media(RequestFactory().get("/media/" + path), path)


def test_an_image_is_served(media_root):
    response = get("images/photo.txt")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"public"


@pytest.mark.parametrize(
    "path",
    [
        "documents/secret-memo.txt",
        "/documents/secret-memo.txt",
        "x/../documents/secret-memo.txt",
        "./documents/secret-memo.txt",
        "images/../documents/secret-memo.txt",
        "images//..//documents/secret-memo.txt",
    ],
)
def test_a_document_is_never_served_from_media(media_root, path):
    with pytest.raises(Http404):
        get(path)


def test_a_path_above_the_media_folder_is_not_found(media_root):
    with pytest.raises(Http404):
        get("../../etc/passwd")


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
        self.addFilter(RefusedRequestFilter())

    def emit(self, record):
        self.format(record)
        self.records.append(record)


@pytest.fixture
def security_log():
    handler = Collect()
    logger = logging.getLogger("django.security")
    logger.addHandler(handler)
    yield handler.records
    logger.removeHandler(handler)


@pytest.mark.django_db
def test_a_bad_host_is_logged_in_one_warning_line_without_traceback(client, security_log, settings):
    settings.ALLOWED_HOSTS = ["localhost"]
    response = client.get("/en/", HTTP_HOST="evil.example")

    assert response.status_code == 400
    [record] = security_log
    assert record.levelname == "WARNING"
    assert record.exc_info is None and record.exc_text is None
    assert record.reason == "DisallowedHost"
    assert record.request_id
    assert "evil.example" in record.getMessage()
    assert record.getMessage().startswith("Refused GET /en/ (DisallowedHost)")


def test_the_console_handler_carries_the_refused_request_filter(settings):
    assert "refused_request" in settings.LOGGING["handlers"]["console"]["filters"]
