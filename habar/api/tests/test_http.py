"""HTTP behaviour: errors in JSON, read-only methods, validators, caching, CORS, rate limits."""

import pytest
from django.test import override_settings

JSON = "application/json; charset=utf-8"


def error(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == JSON
    return response.json()


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("page=abc", "query.page"),
        ("page=0", "query.page"),
        ("page=-1", "query.page"),
        ("page=99999999999999999999999", "query.page"),
        ("page_size=1000", "query.page_size"),
        ("page_size=0", "query.page_size"),
        ("from=2020-13-45", "query.from"),
        ("to=yesterday", "query.to"),
        ("to=0", "query.to"),
        ("from=2020-01-01T00:00:00", "query.from"),
        ("section=../../etc", "query.section"),
        ("q=" + "x" * 201, "query.q"),
        ("tag=" + "x" * 101, "query.tag"),
    ],
)
def test_bad_query_parameters_are_clear_400s(news, api, query, location):
    body = error(api(f"en/articles/?{query}"), 400)
    assert body["detail"] == "Invalid request parameters."
    assert [problem["location"] for problem in body["errors"]] == [location]
    assert body["errors"][0]["message"]


@pytest.mark.parametrize("article_id", ["abc", "0", "-5", "99999999999999999999"])
def test_bad_article_ids_are_clear_400s(news, api, article_id):
    body = error(api(f"en/articles/{article_id}/"), 400)
    assert body["errors"][0]["location"] == "path.article_id"


def test_missing_article_is_a_json_404(news, api):
    assert error(api("en/articles/2147483647/"), 404)["detail"] == "No such article."


def test_page_past_the_last_is_a_json_404(news, api):
    assert error(api("en/articles/?page=2"), 404)["detail"] == "No such page of results."


def test_empty_list_has_one_empty_page(tree, api):
    data = api("en/articles/").json()
    assert (data["count"], data["num_pages"], data["items"]) == (0, 1, [])


@pytest.mark.parametrize("query", ["tag=%00", "q=%00", "q=a%00b", "tag=a%20%20b"])
def test_control_characters_never_reach_the_database(news, api, query):
    assert api(f"en/articles/?{query}").status_code == 200


@pytest.mark.parametrize("path", ["", "v2/", "v1/en/", "v1/en/articles", "v1/en/nothing/"])
def test_unknown_paths_are_json_404s(api, tree, path):
    response = api.client.get(f"/api/{path}")
    assert error(response, 404)["detail"] == "Not found."


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_is_not_allowed(news, api, method):
    response = getattr(api.client, method)("/api/v1/en/articles/")
    assert error(response, 405)["detail"] == "This API only reads: use GET."
    assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_head_answers_like_get(news, api):
    response = api.client.head("/api/v1/en/articles/")
    assert response.status_code == 200
    assert response["ETag"] == api("en/articles/")["ETag"]


def test_options_lists_the_methods(news, api):
    response = api.client.options("/api/v1/en/articles/")
    assert response.status_code == 204
    assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_responses_may_be_cached_publicly(news, api):
    response = api("en/articles/")
    assert "public" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]


def test_etag_and_if_none_match_give_304(news, api):
    etag = api("en/articles/")["ETag"]
    response = api("en/articles/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag


@pytest.mark.parametrize("validators", ["W/{etag}", '"other", {etag}', "*"])
def test_if_none_match_is_compared_as_http_says(news, api, validators):
    etag = api("en/articles/")["ETag"]
    response = api("en/articles/", HTTP_IF_NONE_MATCH=validators.format(etag=etag))
    assert response.status_code == 304


def test_a_publish_changes_the_etag(news, api):
    etag = api("en/articles/")["ETag"]
    news.articles["gas"].save_revision().publish()
    news.articles["videoconference"].unpublish()
    assert api("en/articles/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_errors_are_not_marked_cacheable(news, api):
    assert "public" not in api("en/articles/?page=abc").get("Cache-Control", "")


def test_api_is_not_in_the_page_cache(news, api):
    response = api("en/articles/")
    assert "X-Habar-Cache" not in response
    news.articles["gas"].unpublish()
    assert "Gas pipeline talks" not in [i["title"] for i in api("en/articles/").json()["items"]]


def test_any_origin_may_read_by_default(news, api):
    response = api("en/articles/", HTTP_ORIGIN="https://news.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_cors_preflight(news, api):
    response = api.client.options(
        "/api/v1/en/articles/",
        HTTP_ORIGIN="https://news.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "if-none-match" in response["Access-Control-Allow-Headers"]
    assert "POST" not in response["Access-Control-Allow-Methods"]


@override_settings(CORS_ALLOW_ALL_ORIGINS=False, CORS_ALLOWED_ORIGINS=["https://partner.example"])
def test_cors_limited_to_listed_origins(news, api):
    allowed = api("en/articles/", HTTP_ORIGIN="https://partner.example")
    other = api("en/articles/", HTTP_ORIGIN="https://other.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://partner.example"
    assert "Access-Control-Allow-Origin" not in other


def test_pages_of_the_site_get_no_cors_headers(news, reader):
    response = reader.get("/en/", HTTP_ORIGIN="https://news.example")
    assert "Access-Control-Allow-Origin" not in response


@override_settings(HABAR_API_RATE_LIMIT="3/min")
def test_rate_limit_per_client_address(news, api):
    for _ in range(3):
        assert api("en/sections/").status_code == 200
    response = api("en/sections/")
    assert error(response, 429)["detail"] == "Too many requests."
    assert 1 <= int(response["Retry-After"]) <= 60
    # Another address has its own allowance.
    assert api("en/sections/", REMOTE_ADDR="192.0.2.7").status_code == 200


@override_settings(HABAR_API_RATE_LIMIT="")
def test_rate_limit_can_be_switched_off(news, api):
    for _ in range(5):
        assert api("site/").status_code == 200


def test_openapi_schema_is_served(api, tree):
    response = api("openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/{language}/articles/{article_id}/" in schema["paths"]
    assert all(set(methods) == {"get"} for methods in schema["paths"].values())


def test_docs_are_served_without_third_party_scripts(api, tree):
    response = api("docs/")
    assert response.status_code == 200
    assert b"cdn." not in response.content
    assert b"/static/ninja/swagger-ui-bundle.js" in response.content


def test_index_points_at_the_schema_and_the_site(api, tree):
    data = api("").json()
    assert data == {
        "openapi": "http://testserver/api/v1/openapi.json",
        "docs": "http://testserver/api/v1/docs/",
        "site": "http://testserver/api/v1/site/",
        "sites": "http://testserver/api/v1/sites/",
    }


@override_settings(HABAR_API_RATE_LIMIT="2/min", HABAR_TRUST_X_FORWARDED_FOR=False)
def test_forged_forwarded_for_does_not_dodge_the_limit(news, api):
    for address in ("198.51.100.1", "198.51.100.2"):
        assert api("site/", HTTP_X_FORWARDED_FOR=address).status_code == 200
    assert api("site/", HTTP_X_FORWARDED_FOR="198.51.100.3").status_code == 429
