import pytest

from habar.news.tests.factories import HomePageFactory
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory

from .factories import ServiceIndexPageFactory, ServicePageFactory


@pytest.fixture
def services(tree):
    """The ministry's (testserver's) services index in English."""
    return ServiceIndexPageFactory(parent=tree.homes["en"])


@pytest.fixture
def service(services):
    return ServicePageFactory(parent=services, title="Passport renewal")


def mission(key, languages=("en",)):
    """A mission's site on its own host, with a services index in each of its languages."""
    homes, indexes = {}, {}
    for code in languages:
        english = homes.get("en")
        extra = {"translation_key": english.translation_key} if english else {}
        homes[code] = HomePageFactory(
            title=f"Embassy in {key.title()}",
            slug=f"embassy-{key}-{code}",
            locale=LocaleFactory(language_code=code),
            **extra,
        )
        indexes[code] = ServiceIndexPageFactory(parent=homes[code])
    site = SiteFactory(
        hostname=f"{key}.localhost", root_page=homes[languages[0]], is_default_site=False
    )
    SiteSettingsFactory(
        site=site,
        name=f"Embassy in {key.title()}",
        languages=list(languages),
        default_language=languages[0],
        address=f"1 Main Street, {key.title()}",
    )
    return site, indexes


@pytest.fixture
def berlin(tree):
    return mission("berlin", ("en", "ru"))


@pytest.fixture
def seoul(tree):
    return mission("seoul")
