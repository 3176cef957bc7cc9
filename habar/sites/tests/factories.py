import factory
from wagtail.models import Locale, Page, Site

from habar.sites.models import SiteSettings


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "en"

    class Meta:
        model = Locale
        django_get_or_create = ["language_code"]


class SiteFactory(factory.django.DjangoModelFactory):
    hostname = factory.Sequence(lambda n: f"site{n}.example")
    port = 80
    site_name = "Ministry of Foreign Affairs"
    root_page = factory.LazyFunction(Page.get_first_root_node)
    is_default_site = False

    class Meta:
        model = Site


class SiteSettingsFactory(factory.django.DjangoModelFactory):
    site = factory.SubFactory(SiteFactory)
    name = factory.LazyAttribute(lambda o: o.site.site_name)
    languages = factory.LazyFunction(lambda: ["tk", "ru", "en"])
    default_language = "tk"
    time_zone = "Asia/Ashgabat"

    class Meta:
        model = SiteSettings
