"""Other apps add footer links and page types under the homes without news importing them."""

import pytest

from habar.news import extensions


@pytest.fixture
def extra_link(monkeypatch):
    def build(home, request):
        return [{"key": "extra", "title": f"Extra {home.locale.language_code}", "url": "/x/"}]

    monkeypatch.setattr(extensions, "FOOTER_LINKS", [*extensions.FOOTER_LINKS, build])


def test_registered_footer_links_are_on_every_page(tree, extra_link, reader, html):
    soup = html(reader.get(tree.section("politics", "ru").url))

    link = soup.select_one("footer a.footer-link-extra")
    assert (link.get_text(), link["href"]) == ("Extra ru", "/x/")


def test_registering_twice_adds_once(monkeypatch):
    monkeypatch.setattr(extensions, "HOME_CHILDREN", list(extensions.HOME_CHILDREN))
    extensions.allow_under_home("news.ArticlePage")
    extensions.allow_under_home("news.ArticlePage")

    assert extensions.HOME_CHILDREN.count("news.ArticlePage") == 1
