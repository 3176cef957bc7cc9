from wagtail.rich_text import RichText

from habar.news.syndication import syndicate
from habar.news.tests.factories import ArticlePageFactory, ashgabat
from habar.stats.models import add_views

from .conftest import EMBASSY_HOST, titles


def test_list_is_newest_first(news, api):
    assert titles(api("en/articles/")) == [
        "Gas pipeline talks",
        "Neutrality day",
        "Videoconference with UNOCT",
    ]


def test_list_item_links_the_page_and_the_api(news, api):
    article = news.articles["gas"]
    item = api("en/articles/").json()["items"][0]
    assert item["url"] == "http://testserver/en/economy/gas-pipeline-talks/"
    assert item["api_url"] == f"http://testserver/api/v1/en/articles/{article.pk}/"
    assert item["section"]["slug"] == "economy"


def test_dates_are_in_the_sites_time_zone(news, api):
    item = api("en/articles/").json()["items"][0]
    assert item["publication_date"] == "2021-03-05T12:00:00+05:00"


def test_each_language_lists_its_own_articles(news, api):
    assert titles(api("ru/articles/")) == ["День нейтралитета"]


def test_filter_by_section(news, api):
    assert titles(api("en/articles/?section=economy")) == ["Gas pipeline talks"]


def test_unknown_section_is_not_found(news, api):
    response = api("en/articles/?section=sport")
    assert response.status_code == 404
    assert response.json()["detail"] == "No such section."


def test_filter_by_tag(news, api):
    assert titles(api("en/articles/?tag=neutrality")) == ["Neutrality day"]


def test_unknown_tag_finds_nothing(news, api):
    assert titles(api("en/articles/?tag=sport")) == []


def test_filter_by_date_range(news, api):
    assert titles(api("en/articles/?from=2020-11-03&to=2020-12-12")) == ["Neutrality day"]


def test_date_range_reads_days_in_the_sites_time_zone(news, api):
    # 00:30 in Ashgabat on 1 May is still 30 April in UTC.
    ArticlePageFactory(
        parent=news.tree.section("politics"),
        title="Early news",
        publication_date=ashgabat(2022, 5, 1, 0, 30),
    )
    assert titles(api("en/articles/?from=2022-05-01&to=2022-05-01")) == ["Early news"]


def test_far_dates_are_the_ends_of_the_archive(news, api):
    assert len(titles(api("en/articles/?from=0001-01-01&to=9999-12-31"))) == 3


def test_search(news, api):
    assert titles(api("en/articles/?q=pipeline")) == ["Gas pipeline talks"]


def test_search_with_filters(news, api):
    assert titles(api("en/articles/?q=neutrality&tag=neutrality&section=politics")) == [
        "Neutrality day"
    ]


def test_search_of_punctuation_only_finds_nothing(news, api):
    assert titles(api("en/articles/?q=%22*()")) == []


def test_pages(news, api):
    first = api("en/articles/?page_size=2").json()
    assert (first["count"], first["num_pages"], len(first["items"])) == (3, 2, 2)
    assert first["previous"] is None
    second = api(first["next"].split("/api/v1/", 1)[1]).json()
    assert [item["title"] for item in second["items"]] == ["Videoconference with UNOCT"]
    assert second["next"] is None
    assert "page=1" in second["previous"]


def test_page_links_keep_the_filters(news, api):
    first = api("en/articles/?section=politics&page_size=1").json()
    assert "section=politics" in first["next"]


def test_detail(news, api):
    article = news.articles["neutrality"]
    data = api(f"en/articles/{article.pk}/").json()
    assert data["title"] == "Neutrality day"
    assert data["tags"] == [{"name": "neutrality", "slug": "neutrality"}]
    assert data["canonical_url"] == "http://testserver/en/politics/neutrality-day/"
    assert data["syndicated"] is False


def test_detail_body_as_blocks(news, api):
    article = news.articles["neutrality"]
    body = api(f"en/articles/{article.pk}/").json()["body"]
    assert [block["type"] for block in body] == ["heading", "paragraph", "image", "quote"]
    assert body[1]["value"] == "<p>Permanent <b>neutrality</b> since 1995.</p>"
    assert body[3]["value"] == {"text": "Peace is our path.", "attribution": "Minister"}


def test_detail_body_as_html(news, api):
    article = news.articles["neutrality"]
    html = api(f"en/articles/{article.pk}/").json()["body_html"]
    assert "<h2>Background</h2>" in html
    assert "<b>neutrality</b>" in html
    assert "Peace is our path." in html


def test_body_html_links_are_absolute(news, api):
    article = news.articles["neutrality"]
    html = api(f"en/articles/{article.pk}/").json()["body_html"]
    assert 'src="/' not in html and 'srcset="/' not in html and ", /media" not in html
    assert 'src="http://testserver/media/' in html


def test_rich_text_is_sanitized(news, api):
    article = ArticlePageFactory(
        parent=news.tree.section("politics"),
        body=[
            (
                "paragraph",
                RichText(
                    '<p onclick="steal()">Hello <script>alert(1)</script>'
                    '<a href="javascript:alert(2)">there</a></p><iframe src="//x"></iframe>'
                ),
            )
        ],
    )
    data = api(f"en/articles/{article.pk}/").json()
    for html in (data["body"][0]["value"], data["body_html"]):
        assert "Hello" in html
        assert "<script" not in html and "onclick" not in html
        assert "javascript:" not in html and "<iframe" not in html


def test_block_image_has_renditions(news, api):
    article = news.articles["neutrality"]
    image = api(f"en/articles/{article.pk}/").json()["body"][2]["value"]["image"]
    assert image["alt"] == "Arch of Neutrality"
    large = image["renditions"]["large"]
    assert large["url"].startswith("http://testserver/media/images/")
    # width-1000 of a 640 pixels wide original: never enlarged.
    assert (large["width"], large["height"]) == (640, 400)


def test_lead_image_has_renditions(news, api):
    item = api("en/articles/?tag=neutrality").json()["items"][0]
    lead = item["lead_image"]
    assert lead["alt"] == "The capital at dawn"
    assert set(lead["renditions"]) == {"large", "share", "thumbnail"}
    thumbnail = lead["renditions"]["thumbnail"]
    assert (thumbnail["width"], thumbnail["height"]) == (480, 270)


def test_translations_are_the_other_live_languages(news, api):
    article = news.articles["neutrality"]
    translations = api(f"en/articles/{article.pk}/").json()["translations"]
    russian = news.articles["russian"]
    assert translations == [
        {
            "id": russian.pk,
            "language": "ru",
            "title": "День нейтралитета",
            "url": "http://testserver/ru/politics/den-neitraliteta/",
            "api_url": f"http://testserver/api/v1/ru/articles/{russian.pk}/",
        }
    ]


def test_unpublished_translation_is_not_offered(news, api):
    news.articles["russian"].unpublish()
    article = news.articles["neutrality"]
    assert api(f"en/articles/{article.pk}/").json()["translations"] == []


def test_translation_in_a_language_the_site_dropped_is_not_offered(news, api):
    news.tree.settings.languages = ["en", "tk"]
    news.tree.settings.save()
    article = news.articles["neutrality"]
    assert api(f"en/articles/{article.pk}/").json()["translations"] == []


def test_views_include_syndicated_copies(news, api):
    origin = news.articles["gas"]
    copy = syndicate(origin, news.embassy)
    add_views(origin.pk, ashgabat(2021, 3, 5).date(), views=5)
    add_views(copy.pk, ashgabat(2021, 3, 5).date(), views=2)
    assert api(f"en/articles/{origin.pk}/").json()["views"] == 7
    assert api("en/articles/?section=economy").json()["items"][0]["views"] == 7
    # The copy shows its own, as its page does.
    assert api(f"en/articles/{copy.pk}/", host=EMBASSY_HOST).json()["views"] == 2


def test_syndicated_copy_points_at_its_origin(news, api):
    origin = news.articles["gas"]
    copy = syndicate(origin, news.embassy)
    data = api(f"en/articles/{copy.pk}/", host=EMBASSY_HOST).json()
    assert data["syndicated"] is True
    assert data["canonical_url"] == "http://testserver/en/economy/gas-pipeline-talks/"
    assert data["url"].startswith("http://berlin.localhost/en/embassy-news/")


def test_sections(news, api):
    sections = api("en/sections/").json()
    assert [(s["slug"], s["title"]) for s in sections] == [
        ("politics", "Politics"),
        ("economy", "Economy"),
    ]
    assert sections[0]["articles_url"] == ("http://testserver/api/v1/en/articles/?section=politics")


def test_sections_in_russian(news, api):
    assert [s["title"] for s in api("ru/sections/").json()] == ["Политика", "Экономика"]
