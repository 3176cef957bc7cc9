"""Other apps add footer links and page types under the homes without news importing them."""

import pytest

from habar.news import registry


@pytest.fixture
def extra_link(monkeypatch):
    def build(home, request):
        return [{"key": "extra", "title": f"Extra {home.locale.language_code}", "url": "/x/"}]

    monkeypatch.setattr(registry, "FOOTER_LINKS", [*registry.FOOTER_LINKS, build])


def test_registered_footer_links_are_on_every_page(tree, extra_link, reader, html):
    soup = html(reader.get(tree.section("politics", "ru").url))

    link = soup.select_one("footer a.footer-link-extra")
    assert (link.get_text(), link["href"]) == ("Extra ru", "/x/")


def test_registering_twice_adds_once(monkeypatch):
    monkeypatch.setattr(registry, "HOME_CHILD_TYPES", list(registry.HOME_CHILD_TYPES))
    registry.allow_under_home("news.ArticlePage")
    registry.allow_under_home("news.ArticlePage")

    assert registry.HOME_CHILD_TYPES.count("news.ArticlePage") == 1
