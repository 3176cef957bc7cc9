import pytest
from django.db import DatabaseError


def test_public_pages_carry_a_strict_content_security_policy(tree, reader):
    response = reader.get(tree.homes["en"].url)

    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert "unsafe-inline" not in policy


def test_public_pages_carry_the_other_security_headers(tree, reader):
    response = reader.get(tree.homes["en"].url)

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "camera=()" in response["Permissions-Policy"]


def test_cached_pages_keep_their_security_headers(tree, reader):
    reader.get(tree.homes["en"].url)

    response = reader.get(tree.homes["en"].url)

    assert response["X-Habar-Cache"] == "hit"
    assert "Content-Security-Policy" in response
    assert "Permissions-Policy" in response


@pytest.mark.django_db
def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_reports_database_and_cache(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_readyz_answers_503_when_the_database_is_down(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", refuse)

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
