import pytest
from django.core.exceptions import ValidationError

from habar.sites.models import SiteSettings
from habar.sites.tests.factories import SiteFactory, SiteSettingsFactory


def test_valid_settings_pass(db):
    SiteSettingsFactory(languages=["tk", "ru", "en"], default_language="tk").full_clean()


def test_unknown_language_is_refused(db):
    site_settings = SiteSettingsFactory.build(
        site=SiteFactory(), languages=["tk", "xx"], default_language="tk"
    )

    with pytest.raises(ValidationError) as error:
        site_settings.full_clean()

    assert "languages" in error.value.message_dict
    assert "xx" in error.value.message_dict["languages"][0]


def test_default_language_must_be_one_of_the_sites(db):
    site_settings = SiteSettingsFactory.build(
        site=SiteFactory(), languages=["ru", "en"], default_language="tk"
    )

    with pytest.raises(ValidationError) as error:
        site_settings.full_clean()

    assert "default_language" in error.value.message_dict


def test_new_site_defaults_to_the_platform_default_language(db, settings):
    site_settings = SiteSettings.for_site(SiteFactory())

    assert site_settings.default_language == settings.LANGUAGE_CODE
    assert settings.LANGUAGE_CODE in site_settings.languages


def test_new_site_defaults_to_the_platform_time_zone(db, settings):
    assert SiteSettings.for_site(SiteFactory()).time_zone == settings.TIME_ZONE


def test_str_is_the_name(db):
    assert str(SiteSettingsFactory(name="Embassy of Turkmenistan in Japan")) == (
        "Embassy of Turkmenistan in Japan"
    )


def test_str_without_a_name_is_the_site(db):
    site = SiteFactory(hostname="embassy.example", site_name="")

    assert str(SiteSettingsFactory(site=site, name="")) == str(site)


def test_one_settings_row_per_site(db):
    site = SiteFactory()

    assert SiteSettings.for_site(site).pk == SiteSettings.for_site(site).pk


def test_footer_shows_the_contacts(tree, reader, html):
    tree.settings.address = "Archabil Avenue 108, Ashgabat"
    tree.settings.email = "press@example.org"
    tree.settings.save()

    footer = html(reader.get(tree.homes["en"].url)).select_one("footer")

    assert footer.address.get_text() == "Archabil Avenue 108, Ashgabat"
    assert footer.select_one("a[href='mailto:press@example.org']") is not None


def test_page_title_carries_the_sites_name_in_the_pages_language(tree, reader, html):
    section = tree.section("politics", "ru")

    title = html(reader.get(section.url)).title.get_text()

    assert title == "Политика · Министерство иностранных дел"


def test_the_home_pages_title_is_not_repeated(tree, reader, html):
    title = html(reader.get(tree.homes["en"].url)).title.get_text()

    assert title == "Ministry of Foreign Affairs"
