"""The low-bandwidth text view of an article: /<language>/<section>/<article>/text/."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from habar.news.tests.factories import ArticlePageFactory

TEXT_VIEW_MAX_BYTES = 8_000


def article_with_everything(tree):
    image = get_image_model().objects.create(title="Delegation", file=get_test_image_file())
    return ArticlePageFactory(
        parent=tree.section("politics"),
        title="Neutrality day",
        slug="neutrality-day",
        lead_image=image,
        body=[
            ("paragraph", RichText("<p>The first paragraph.</p>")),
            ("heading", "Outcomes"),
            ("image", {"image": image, "alt_text": "The delegation", "caption": "Photo"}),
            ("quote", {"text": "Peace and trust.", "attribution": "The minister"}),
            ("paragraph", RichText("<p>The last paragraph.</p>")),
        ],
    )


def text_view(reader, path="/en/politics/neutrality-day/text/"):
    response = reader.get(path)
    assert response.status_code == 200
    return response, BeautifulSoup(response.content, "html.parser")


def test_text_view_holds_the_title_date_and_text(tree, reader):
    article_with_everything(tree)

    _response, page = text_view(reader)

    assert page.h1.get_text() == "Neutrality day"
    text = page.main.get_text(" ", strip=True)
    for words in ("The first paragraph.", "Outcomes", "Peace and trust.", "The last paragraph."):
        assert words in text


def test_text_view_has_no_images_scripts_or_frames(tree, reader):
    article_with_everything(tree)

    _response, page = text_view(reader)

    assert page.select("img, picture, svg, script, iframe, video, noscript") == []


def test_text_view_is_small(tree, reader):
    article_with_everything(tree)

    response, page = text_view(reader)

    assert len(response.content) < TEXT_VIEW_MAX_BYTES
    assert [link["href"] for link in page.select("link[rel=stylesheet]")] == [
        "/static/css/text.css"
    ]


def test_text_view_is_in_the_articles_language(tree, reader):
    ArticlePageFactory(
        parent=tree.section("politics", "ru"), title="Нейтралитет", slug="neytralitet"
    )

    _response, page = text_view(reader, "/ru/politics/neytralitet/text/")

    assert page.html["lang"] == "ru"


def test_text_view_points_search_engines_at_the_article(tree, reader):
    article_with_everything(tree)

    _response, page = text_view(reader)

    assert page.select_one("link[rel=canonical]")["href"].endswith("/en/politics/neutrality-day/")
    assert page.select_one("meta[name=robots]")["content"] == "noindex, follow"


def test_text_view_links_back_to_the_full_article(tree, reader):
    article_with_everything(tree)

    _response, page = text_view(reader)

    assert "/en/politics/neutrality-day/" in [a["href"] for a in page.select("footer a")]


def test_article_page_links_to_its_text_view(tree, reader, html):
    article_with_everything(tree)

    page = html(reader.get("/en/politics/neutrality-day/"))

    assert page.select_one("a.text-view-link")["href"] == "/en/politics/neutrality-day/text/"


@pytest.mark.both_engines
def test_text_view_is_served_from_the_page_cache(tree, reader, django_assert_num_queries):
    article_with_everything(tree)
    text_view(reader)

    with django_assert_num_queries(0):
        text_view(reader)


def test_text_view_of_a_draft_is_not_found(tree, reader):
    article_with_everything(tree).unpublish()

    assert reader.get("/en/politics/neutrality-day/text/").status_code == 404


def test_unknown_article_subpath_is_not_found(tree, reader):
    article_with_everything(tree)

    assert reader.get("/en/politics/neutrality-day/nonsense/").status_code == 404
