"""Each site's icon in browser tabs and bookmarks: chosen in its settings, else the emblem."""

from xml.etree import ElementTree

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from PIL import Image
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from habar.news.tests.factories import ArticlePageFactory
from habar.sites.models import FAVICON_FILTER

DEFAULT_ICON = static("img/favicon.svg")
DEFAULT_ICON_PNG = static("img/favicon.png")


@pytest.fixture
def emblem(tree):
    image = get_image_model().objects.create(title="Emblem", file=get_test_image_file())
    tree.settings.favicon = image
    tree.settings.save()
    return image


def icon_links(response, html):
    return [(link["href"], link.get("type")) for link in html(response).select('link[rel="icon"]')]


def test_pages_show_the_platforms_emblem_by_default(tree, reader, html):
    article = ArticlePageFactory(parent=tree.section())

    for url in (tree.homes["en"].url, tree.section().url, article.url):
        assert icon_links(reader.get(url), html) == [(DEFAULT_ICON, "image/svg+xml")]


def test_pages_show_the_icon_chosen_in_the_sites_settings(tree, emblem, reader, html):
    rendition = emblem.get_rendition(FAVICON_FILTER)

    assert icon_links(reader.get(tree.homes["en"].url), html) == [(rendition.url, "image/png")]
    assert (rendition.width, rendition.height) == (64, 64)


def test_the_platforms_emblem_ships_as_svg_and_png():
    svg = ElementTree.parse(finders.find("img/favicon.svg")).getroot()  # noqa: S314 (ours)
    with Image.open(finders.find("img/favicon.png")) as png:
        size = png.size

    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert size == (64, 64)


def test_favicon_ico_leads_to_the_emblem_by_default(tree, reader):
    response = reader.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"] == DEFAULT_ICON_PNG
    assert "max-age" in response["Cache-Control"]


def test_favicon_ico_leads_to_the_sites_icon(tree, emblem, reader):
    response = reader.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"] == emblem.get_rendition(FAVICON_FILTER).url


def test_a_new_icon_shows_at_once(tree, emblem, reader, html):
    reader.get(tree.homes["en"].url)  # cached with the old settings
    other = get_image_model().objects.create(title="New emblem", file=get_test_image_file())
    tree.settings.favicon = other
    tree.settings.save()

    ((href, _type),) = icon_links(reader.get(tree.homes["en"].url), html)
    assert href == other.get_rendition(FAVICON_FILTER).url


def test_a_deleted_icon_gives_way_to_the_emblem(tree, emblem, reader, html):
    reader.get(tree.homes["en"].url)
    emblem.delete()

    assert icon_links(reader.get(tree.homes["en"].url), html) == [(DEFAULT_ICON, "image/svg+xml")]
