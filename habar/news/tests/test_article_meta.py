"""What an article tells search engines and social networks about itself."""

import json

import pytest

from habar.news.tests.factories import ArticlePageFactory, ashgabat


@pytest.fixture
def article(tree):
    return ArticlePageFactory(
        parent=tree.section("politics"),
        title="Neutrality </script><script>alert(1)</script>",
        summary="The parties discussed neutrality.",
        publication_date=ashgabat(2020, 11, 2, 11),
    )


def structured(page):
    return [json.loads(tag.string) for tag in page.select('script[type="application/ld+json"]')]


def test_the_article_carries_a_news_article_with_the_fields_google_asks_for(article, reader, html):
    news, _crumbs = structured(html(reader.get(article.url)))

    assert news["@type"] == "NewsArticle"
    assert news["headline"] == article.title
    assert news["datePublished"].startswith("2020-11-02T")
    assert news["dateModified"]
    assert news["author"]["name"] == "Ministry of Foreign Affairs"
    assert news["publisher"]["logo"]["url"].endswith(".png")
    assert news["mainEntityOfPage"]["@id"] == article.get_full_url()
    assert news["inLanguage"] == "en"
    assert news["image"]


def test_the_breadcrumb_list_follows_the_breadcrumbs(article, tree, reader, html):
    _news, crumbs = structured(html(reader.get(article.url)))

    names = [item["name"] for item in crumbs["itemListElement"]]
    assert names == [tree.homes["en"].title, "Politics", article.title]
    assert [item["position"] for item in crumbs["itemListElement"]] == [1, 2, 3]


def test_structured_data_cannot_close_its_script_element(article, reader, html):
    body = reader.get(article.url).content.decode()
    start = body.index('<script type="application/ld+json">')
    block = body[start : body.index("</script>", start)]

    # The title's "</script><script>" stays inside the JSON, escaped, and the JSON is whole.
    assert "<script>alert" not in block
    assert json.loads(block.split(">", 1)[1])["headline"] == article.title


def test_open_graph_and_twitter_cards(article, reader, html):
    page = html(reader.get(article.url))

    def meta(attribute, name):
        return page.select_one(f'meta[{attribute}="{name}"]')["content"]

    assert meta("property", "og:type") == "article"
    assert meta("property", "og:title") == article.title
    assert meta("property", "og:url") == article.get_full_url()
    assert meta("property", "og:description") == "The parties discussed neutrality."
    assert meta("name", "twitter:card") == "summary"
    assert meta("property", "article:section") == "Politics"
