import pytest

from habar.news.tests.factories import ArticleIndexPageFactory, ArticlePageFactory, HomePageFactory
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory


@pytest.fixture
def search(reader, html):
    """The search page of `language` for `q` (and other parameters), parsed."""

    def get(q, language="en", host="testserver", **params):
        response = reader.get(f"/{language}/search/", {"q": q, **params}, HTTP_HOST=host)
        return html(response)

    return get


def titles(page):
    return [h2.get_text() for h2 in page.select(".search-result h2")]


@pytest.fixture
def embassy(tree):
    """A second site, in English only, with a section of its own."""
    home = HomePageFactory(
        title="Embassy", slug="embassy-en", locale=LocaleFactory(language_code="en")
    )
    site = SiteFactory(hostname="berlin.localhost", root_page=home)
    SiteSettingsFactory(site=site, languages=["en"], default_language="en")
    return ArticleIndexPageFactory(title="Updates", slug="updates", parent=home)


@pytest.fixture
def article(tree):
    def create(title, language="en", section="politics", **fields):
        return ArticlePageFactory(parent=tree.section(section, language), title=title, **fields)

    return create
