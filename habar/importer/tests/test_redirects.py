import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.http import HttpResponse
from wagtail.contrib.redirects.models import Redirect

from habar.importer.middleware import QueryRedirectMiddleware
from habar.importer.models import ImportedItem
from habar.news.models import ArticlePage

from .conftest import FIXTURES

OLD_SITE = FIXTURES / "oldsite"


@pytest.fixture
def imported(tree, run_import):
    return run_import(OLD_SITE, "--site", "testserver", "--max-size", 20_000)


def article(language):
    return ArticlePage.objects.get(locale__language_code=language)


def test_old_path_redirects_permanently_to_the_new_page(imported, client):
    response = client.get("/en/news/1234")
    assert response.status_code == 301
    assert response["Location"] == article("en").url


def test_old_query_string_address_redirects(imported, client):
    response = client.get("/index.php/ru/news?id=1234", follow=True)
    assert response.redirect_chain == [(article("ru").url, 301)]
    assert response.status_code == 200


def test_query_string_address_on_a_live_page_path_redirects(imported, client):
    # /tk/news/ is the Turkmen archive here: without the redirect it would answer 200.
    response = client.get("/tk/news/?id=1234")
    assert response.status_code == 301
    assert response["Location"] == article("tk").url


def test_live_page_with_an_unknown_query_is_served(imported, client):
    assert client.get("/tk/news/?id=999").status_code == 200


def not_routed(request):
    pytest.fail(f"{request.get_full_path()} reached routing")


def test_a_query_string_redirect_answers_before_routing(tree, rf):
    Redirect.objects.create(
        old_path=Redirect.normalise_path("/en/news/?id=5"), redirect_link="/en/"
    )

    response = QueryRedirectMiddleware(not_routed)(rf.get("/en/news/?id=5"))

    assert (response.status_code, response["Location"]) == (301, "/en/")


def test_requests_cost_no_query_while_no_redirect_has_a_query_string(
    tree, rf, django_assert_num_queries
):
    Redirect.objects.create(old_path="/en/news/1234", redirect_link="/en/")
    middleware = QueryRedirectMiddleware(lambda request: HttpResponse())
    middleware(rf.get("/en/news/?id=1234"))  # reads the flag once

    with django_assert_num_queries(0):
        response = middleware(rf.get("/en/news/?id=1234"))

    assert response.status_code == 200


def test_old_listing_page_leads_to_the_section(tree, imported, client):
    response = client.get("/en/politics/?page=7", follow=True)
    assert response.redirect_chain == [(tree.section("politics", "en").url, 301)]


def test_redirects_belong_to_the_site(tree, imported):
    assert set(Redirect.objects.values_list("site_id", flat=True)) == {tree.site.pk}


def test_reimport_keeps_one_redirect_per_old_address(tree, imported, run_import):
    count = Redirect.objects.count()
    run_import(OLD_SITE, "--site", "testserver", "--max-size", 20_000)
    assert Redirect.objects.count() == count == 4


@pytest.mark.server
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_check_redirects_against_a_running_site(live_server, tree, run_import):
    run_import(OLD_SITE, "--site", "testserver", "--max-size", 20_000)
    out = io.StringIO()
    call_command(
        "import", "--check-redirects", "--base-url", live_server.url, "--site", "testserver",
        stdout=out,
    )  # fmt: skip
    assert "Old addresses checked: 4, not ending at their page: 0" in out.getvalue()


@pytest.mark.server
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_check_redirects_reports_a_dead_old_address(live_server, tree, run_import):
    run_import(OLD_SITE, "--site", "testserver", "--max-size", 20_000)
    Redirect.objects.filter(old_path="/en/news/1234").delete()
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 old address does not lead to its page"):
        call_command(
            "import", "--check-redirects", "--base-url", live_server.url, "--site", "testserver",
            stdout=out,
        )  # fmt: skip
    assert "/en/news/1234: ended at HTTP 404" in out.getvalue()
    assert ImportedItem.objects.count() == 4
