"""The private hooks of Wagtail and Django that habar.sites.routing relies on.

Routing answers the site and its settings from the cache and leaves them where Wagtail's
and Django's own code looks for them. None of these places is public: each test here fails
when an upgrade moves one, before readers' pages start costing queries again or hosts are
refused.
"""

import pytest
from django.test import RequestFactory, override_settings
from wagtail.models import Site

from habar.sites.models import SiteSettings


def test_wagtail_finds_the_site_cached_on_the_request():
    request = RequestFactory().get("/")
    cached = object()
    request._wagtail_site = cached

    assert Site.find_for_request(request) is cached


@pytest.mark.django_db
def test_wagtail_caches_the_site_it_finds_on_the_request():
    request = RequestFactory().get("/")

    site = Site.find_for_request(request)

    assert request._wagtail_site is site


def test_wagtail_finds_the_site_settings_cached_on_the_request():
    request = RequestFactory().get("/")
    cached = object()
    setattr(request, SiteSettings.get_cache_attr_name(), cached)

    assert SiteSettings.for_request(request) is cached


@pytest.mark.django_db
def test_wagtail_keeps_the_request_on_the_site_settings_it_finds():
    request = RequestFactory().get("/")

    site_settings = SiteSettings.for_request(request)

    assert site_settings._request is request
    assert "_request" not in site_settings.__getstate__()  # as routing caches them


@override_settings(ALLOWED_HOSTS=["admin.example"])
def test_django_reads_the_host_unchecked():
    request = RequestFactory().get("/", HTTP_HOST="news.example:8000")

    assert request._get_raw_host() == "news.example:8000"
