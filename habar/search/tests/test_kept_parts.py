"""What the search page keeps in the parts cache (the articles' texts, the form's sections,
the site's listed pages) is read again once it changes."""

import pytest
from wagtail.rich_text import RichText

from habar.consular.tests.factories import ServiceIndexPageFactory, ServicePageFactory
from habar.news.tests.factories import ArticleIndexPageFactory
from habar.search import texts

from .conftest import titles

pytestmark = pytest.mark.both_engines


def paragraph(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


@pytest.fixture
def published(article):
    """An article published as an editor publishes it, its body saying `text`."""

    def create(text):
        news = article("Day", summary="A holiday.")
        return republished(news, text)

    return create


def republished(news, text):
    news.body = paragraph(text)
    news.save_revision().publish()
    return news


def snippet(page):
    return page.select_one(".snippet").get_text()


def test_the_body_is_made_text_once_per_publish(published, search, monkeypatch):
    published("Neutrality was declared.")
    made = []
    monkeypatch.setattr(texts, "plain_text", lambda body: made.append(body) or str(body))

    search("neutrality")
    search("neutrality")

    assert len(made) == 1


def test_a_republished_articles_new_text_shows_in_its_snippet(published, search):
    news = published("Neutrality was declared.")
    assert snippet(search("neutrality")) == "Neutrality was declared."

    republished(news, "Neutrality was declared again.")

    assert snippet(search("neutrality")) == "Neutrality was declared again."


def test_an_unpublished_article_drops_out_though_its_text_is_kept(published, search):
    news = published("Neutrality was declared.")
    assert titles(search("neutrality")) == ["Day"]

    news.unpublish()

    assert titles(search("neutrality")) == []


def test_an_article_saved_without_a_publish_shows_its_text_as_it_is_now(article, search):
    news = article("Day", summary="A holiday.", body=paragraph("Neutrality was declared."))
    search("neutrality")

    news.body = paragraph("Neutrality was declared again.")
    news.save()

    assert snippet(search("neutrality")) == "Neutrality was declared again."


def test_a_new_section_is_offered_at_once(tree, search):
    search("neutrality")

    ArticleIndexPageFactory(title="Culture", slug="culture", parent=tree.homes["en"])

    options = search("neutrality").select("select[name=section] option")
    assert [option.get_text() for option in options][-1] == "Culture"


def listed(page):
    return [h3.get_text() for h3 in page.select(".listed-results h3")]


@pytest.fixture
def services(tree):
    return ServiceIndexPageFactory(parent=tree.homes["en"])


def test_a_listed_page_published_after_a_search_is_found_at_once(services, search):
    ServicePageFactory(parent=services, title="Passport renewal")
    search("passport")

    ServicePageFactory(parent=services, title="Passport issue")

    assert sorted(listed(search("passport"))) == ["Passport issue", "Passport renewal"]


def test_an_unpublished_listed_page_drops_out_at_once(services, search):
    service = ServicePageFactory(parent=services, title="Passport renewal")
    assert listed(search("passport")) == ["Passport renewal"]

    service.unpublish()

    assert listed(search("passport")) == []
