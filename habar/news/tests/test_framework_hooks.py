"""Wagtail's private hook that the reader's one-query route (habar.news.routing) fills."""

from django.test import RequestFactory
from wagtail.models import Page


def test_wagtail_routes_by_the_route_left_on_the_request():
    # habar.news.routing finds an article or section itself and leaves the route where
    # Wagtail's serve view looks first: if Wagtail stopped looking there, every page would
    # be found by the tree walk again.
    request = RequestFactory().get("/en/politics/")
    route = object()
    request._wagtail_route_for_request = route

    assert Page.route_for_request(request, "/en/politics/") is route


def test_wagtail_takes_no_route_on_the_request_for_not_found():
    request = RequestFactory().get("/en/nothing/")
    request._wagtail_route_for_request = None

    assert Page.route_for_request(request, "/en/nothing/") is None
