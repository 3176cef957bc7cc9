"""Language prefixes: added to paths that lead nowhere, never to a view's own "not found"."""

from django.urls import reverse

from habar.news.tests.factories import ArticlePageFactory


def test_path_without_language_is_redirected_into_one(tree, client):
    response = client.get("/politics/")

    assert response.status_code == 302
    assert response["Location"] == "/tk/politics/"


def test_not_found_from_a_view_outside_the_languages_stays_not_found(tree, reader):
    draft = ArticlePageFactory(parent=tree.section(), live=False)

    response = reader.post(reverse("stats:beacon", args=[draft.pk]))

    assert response.status_code == 404


def test_not_found_inside_a_language_stays_not_found(tree, client):
    assert client.get("/en/no-such-page/").status_code == 404


def test_pages_say_their_language(tree, client):
    assert client.get("/ru/")["Content-Language"] == "ru"
