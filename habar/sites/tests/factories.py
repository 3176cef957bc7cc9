import factory
from wagtail.models import Locale, Site

from habar.sites.models import SiteSettings


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "en"

    class Meta:
        model = Locale
        django_get_or_create = ["language_code"]


class SiteFactory(factory.django.DjangoModelFactory):
    hostname = "testserver"
    port = 80
    site_name = "Ministry of Foreign Affairs"
    is_default_site = True

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
