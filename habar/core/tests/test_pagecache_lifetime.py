"""A response can bound its own lifetime in the page cache with Cache-Control: max-age."""

from django.http import HttpResponse
from django.test import override_settings
from django.utils.cache import patch_cache_control

from habar.core.pagecache.entries import hit, is_expired, lifetime, max_age


def response_with(**cache_control):
    response = HttpResponse("page")
    patch_cache_control(response, **cache_control)
    return response


@override_settings(HABAR_PAGE_CACHE_TIMEOUT=3 * 3600)
def test_a_page_without_max_age_keeps_the_caches_lifetime():
    assert lifetime(HttpResponse("page")) == 3 * 3600


@override_settings(HABAR_PAGE_CACHE_TIMEOUT=3 * 3600)
def test_max_age_shortens_the_lifetime_but_never_lengthens_it():
    assert lifetime(response_with(max_age=90)) == 90
    assert lifetime(response_with(max_age=86400)) == 3 * 3600
    assert lifetime(response_with(max_age=0)) == 0


def test_an_entry_expires_at_its_end_and_not_before():
    entry = {"expires_at": 1000.0}

    assert not is_expired(entry, now=999.9)
    assert is_expired(entry, now=1000.0)
    assert not is_expired({"expires_at": None}, now=10**12)


@override_settings(HABAR_PAGE_CACHE_MAX_AGE=60)
def test_caches_in_front_are_told_no_more_than_what_is_left():
    assert max_age({"expires_at": 1000.0}, now=990.0) == 10
    assert max_age({"expires_at": 1000.0}, now=100.0) == 60
    assert max_age({"expires_at": 1000.0}, now=1200.0) == 0
    assert max_age({"expires_at": None}) == 60


@override_settings(HABAR_PAGE_CACHE_MAX_AGE=60)
def test_a_hit_carries_the_bounded_max_age():
    entry = {"expires_at": None, "headers": [], "etag": '"x"', "rendered_at": 0, "content": b""}

    _status, headers, _body = hit(entry, None, "hit")

    assert dict(headers)["Cache-Control"] == "public, max-age=60"
