"""Passwords of private pages and document collections: wrong guesses are limited."""

import pytest
from django.core.files.base import ContentFile
from django.urls import resolve, reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from habar.accounts import view_passwords
from habar.news.tests.factories import ArticlePageFactory

PASSWORD = "the-right-one"
LIMIT = 5


@pytest.fixture
def restriction(tree):
    return PageViewRestriction.objects.create(
        page=tree.section("economy"),
        restriction_type=PageViewRestriction.PASSWORD,
        password=PASSWORD,
    )


@pytest.fixture
def article(tree, restriction):
    return ArticlePageFactory(parent=tree.section("economy"), title="Internal note")


@pytest.fixture
def collection_restriction(db):
    collection = Collection.get_first_root_node().add_child(name="Internal")
    return CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=PASSWORD,
    )


@pytest.fixture
def document(collection_restriction):
    return get_document_model().objects.create(
        title="Internal report",
        collection=collection_restriction.collection,
        file=ContentFile(b"secret", "report.txt"),
    )


def page_password(client, restriction, article, password, language="en", **headers):
    url = f"/{language}/_util/authenticate_with_password/{restriction.pk}/{article.pk}/"
    return client.post(url, {"password": password, "return_url": article.url}, **headers)


def document_password(client, restriction, document, password, **headers):
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    return client.post(url, {"password": password, "return_url": document.url}, **headers)


def test_wrong_page_passwords_answer_429_with_retry_after_past_the_limit(
    client, restriction, article
):
    answers = [page_password(client, restriction, article, "guess").status_code for _ in range(6)]

    assert answers == [200] * LIMIT + [429]
    response = page_password(client, restriction, article, "guess")
    assert 0 < int(response["Retry-After"]) <= 15 * 60


def test_the_right_page_password_is_refused_too_once_the_limit_is_reached(
    client, restriction, article
):
    for _ in range(LIMIT):
        page_password(client, restriction, article, "guess")

    assert page_password(client, restriction, article, PASSWORD).status_code == 429
    assert client.get(article.url).status_code == 200
    assert "Internal note" not in client.get(article.url).content.decode()


def test_the_refusal_says_why_in_the_readers_language(client, restriction, tree):
    article = ArticlePageFactory(parent=tree.section("economy", "ru"), title="Записка")
    for _ in range(LIMIT):
        page_password(client, restriction, article, "guess", language="ru")

    response = page_password(client, restriction, article, "guess", language="ru")

    assert "Слишком много неверных паролей" in response.content.decode()


def test_a_right_page_password_within_the_limit_opens_the_page(client, restriction, article):
    for _ in range(LIMIT - 1):
        page_password(client, restriction, article, "guess")

    response = page_password(client, restriction, article, PASSWORD)

    assert response.status_code == 302
    assert "Internal note" in client.get(article.url).content.decode()


def test_wrong_document_passwords_answer_429_past_the_limit(
    client, collection_restriction, document
):
    for _ in range(LIMIT):
        document_password(client, collection_restriction, document, "guess")

    response = document_password(client, collection_restriction, document, PASSWORD)

    assert response.status_code == 429
    assert response["Retry-After"]


def test_another_address_may_still_try(client, restriction, article):
    for _ in range(LIMIT):
        page_password(client, restriction, article, "guess")

    other = page_password(client, restriction, article, PASSWORD, REMOTE_ADDR="192.0.2.7")

    assert other.status_code == 302


def test_another_restriction_may_still_be_tried(
    client, restriction, article, collection_restriction, document
):
    for _ in range(LIMIT):
        page_password(client, restriction, article, "guess")

    assert document_password(client, collection_restriction, document, PASSWORD).status_code == 302


def test_behind_a_proxy_each_reader_address_counts_apart(client, restriction, article, settings):
    settings.HABAR_TRUST_X_FORWARDED_FOR = True
    for _ in range(LIMIT):
        page_password(client, restriction, article, "guess", HTTP_X_FORWARDED_FOR="192.0.2.1")

    other = page_password(client, restriction, article, "guess", HTTP_X_FORWARDED_FOR="192.0.2.2")

    assert other.status_code == 200


def test_wagtails_password_addresses_reach_the_limited_views(restriction, article):
    # Habar routes Wagtail's own paths and names to wrapped views: if Wagtail moves them,
    # this fails rather than the limit silently going away.
    page_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, article.pk])
    document_url = reverse("wagtaildocs_authenticate_with_password", args=[1])

    assert resolve(page_url).func is view_passwords.page_password
    assert resolve(document_url).func is view_passwords.document_password
