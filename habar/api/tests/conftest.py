from dataclasses import dataclass, field

import pytest
from django.test import Client
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from habar.news.tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    HomePageFactory,
    ashgabat,
)
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory

EMBASSY_HOST = "berlin.localhost"


@dataclass
class News:
    tree: object
    embassy: object = None
    articles: dict = field(default_factory=dict)


@pytest.fixture
def api():
    """GET /api/v1/<path> on a host (the ministry's by default), as JSON-minded clients do,
    asking for English where no language in the path decides (errors under /api/v1/)."""
    client = Client(headers={"Accept-Language": "en"})

    def get(path, host="testserver", **extra):
        return client.get(f"/api/v1/{path}", HTTP_HOST=host, **extra)

    get.client = client
    return get


@pytest.fixture
def image(db):
    return get_image_model().objects.create(
        # Small: every test renders its copies in several sizes and formats.
        title="Ashgabat",
        file=get_test_image_file(size=(640, 400)),
    )


def embassy_site():
    home = HomePageFactory(
        title="Embassy in Berlin", slug="embassy-en", locale=LocaleFactory(language_code="en")
    )
    section = ArticleIndexPageFactory(title="Embassy news", slug="embassy-news", parent=home)
    site = SiteFactory(hostname=EMBASSY_HOST, root_page=home, site_name="Embassy in Berlin")
    SiteSettingsFactory(
        site=site, name="Embassy in Berlin", languages=["en"], default_language="en"
    )
    return section


@pytest.fixture
def news(tree, image):
    """The ministry's tree with live articles, and what must never show: a draft, a
    password-protected section's article, another site's article."""
    politics = tree.section("politics")
    economy = tree.section("economy")
    found = News(tree=tree)
    found.articles["neutrality"] = ArticlePageFactory(
        parent=politics,
        title="Neutrality day",
        publication_date=ashgabat(2020, 12, 12),
        lead_image=image,
        lead_image_alt="The capital at dawn",
        body=[
            ("heading", "Background"),
            ("paragraph", RichText("<p>Permanent <b>neutrality</b> since 1995.</p>")),
            ("image", {"image": image, "alt_text": "Arch of Neutrality", "caption": "The arch"}),
            ("quote", {"text": "Peace is our path.", "attribution": "Minister"}),
        ],
    )
    found.articles["neutrality"].tags.add("neutrality")
    found.articles["neutrality"].save_revision().publish()
    found.articles["videoconference"] = ArticlePageFactory(
        parent=politics, title="Videoconference with UNOCT", publication_date=ashgabat(2020, 11, 2)
    )
    found.articles["gas"] = ArticlePageFactory(
        parent=economy, title="Gas pipeline talks", publication_date=ashgabat(2021, 3, 5)
    )
    found.articles["russian"] = ArticlePageFactory(
        parent=tree.section("politics", "ru"),
        title="День нейтралитета",
        slug="den-neitraliteta",
        publication_date=ashgabat(2020, 12, 12),
        translation_key=found.articles["neutrality"].translation_key,
    )
    found.articles["draft"] = ArticlePageFactory(
        parent=politics, title="Unannounced visit", live=False, publication_date=None
    )
    secret = ArticleIndexPageFactory(title="Internal", slug="internal", parent=tree.homes["en"])
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    found.articles["private"] = ArticlePageFactory(parent=secret, title="Internal memo")
    found.embassy = embassy_site()
    found.articles["embassy"] = ArticlePageFactory(parent=found.embassy, title="Embassy reception")
    return found


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]
