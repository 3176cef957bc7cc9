"""Outside the admin, an account waiting for its second factor is nobody in particular."""

import pytest
from asgiref.sync import async_to_sync
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.test import Client
from django.utils.http import urlencode
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from habar.accounts.testing import verified_login
from habar.news.tests.factories import ArticlePageFactory

from .conftest import VERIFY, enrol, sign_in


@pytest.fixture
def private_article(tree):
    section = tree.section("economy")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    return ArticlePageFactory(parent=section, title="Internal note")


@pytest.fixture
def private_document(db):
    collection = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return get_document_model().objects.create(
        title="Internal report", collection=collection, file=ContentFile(b"secret", "r.txt")
    )


def test_a_publisher_without_two_factor_set_up_cannot_read_a_private_page(
    client, roles, private_article
):
    sign_in(client, roles["publisher"])

    response = client.get(private_article.url)

    assert response.status_code == 302
    assert "Internal note" not in response.content.decode()


def test_a_publisher_before_the_code_cannot_read_a_private_page(client, roles, private_article):
    enrol(Client(), roles["publisher"])
    sign_in(client, roles["publisher"])

    assert client.get(private_article.url).status_code == 302


def test_a_superuser_before_the_code_cannot_download_a_private_document(
    client, superuser, private_document
):
    sign_in(client, superuser)

    response = client.get(private_document.url)

    assert response.status_code == 302
    assert not hasattr(response, "streaming_content")


def test_a_pending_account_is_anonymous_outside_the_admin(client, roles, tree):
    sign_in(client, roles["publisher"])

    public = client.get(tree.homes["en"].url)
    admin = client.get("/admin/")

    assert isinstance(public.wsgi_request.user, AnonymousUser)
    assert admin.wsgi_request.user.is_authenticated


def test_a_pending_account_is_anonymous_to_asynchronous_code_too(client, roles, tree):
    sign_in(client, roles["publisher"])

    request = client.get(tree.homes["en"].url).wsgi_request

    assert isinstance(async_to_sync(request.auser)(), AnonymousUser)


def test_a_pending_account_sent_to_sign_in_is_asked_for_its_code_instead(
    client, roles, private_article
):
    # It has signed in already: the sign-in form would only send it round again.
    enrol(Client(), roles["publisher"])
    sign_in(client, roles["publisher"])
    sign_in_page = client.get(private_article.url)["Location"]

    response = client.get(sign_in_page)

    assert response.status_code == 302
    assert response["Location"] == VERIFY + "?" + urlencode({"next": private_article.url})


def test_a_verified_publisher_reads_a_private_page(client, roles, private_article):
    verified_login(client, roles["publisher"])

    assert client.get(private_article.url).status_code == 200


def test_an_editor_without_two_factor_reads_a_private_page(client, roles, private_article):
    # Editors may choose two-factor; one who has not is not waiting for a code.
    sign_in(client, roles["editor"])

    assert client.get(private_article.url).status_code == 200


def test_the_admin_still_asks_a_pending_publisher_for_set_up(client, roles, private_article):
    sign_in(client, roles["publisher"])
    client.get(private_article.url)

    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/setup/")
