from .conftest import EMBASSY_HOST


def test_this_site(news, api):
    site = api("site/").json()
    assert (site["name"], site["hostname"], site["url"]) == (
        "Ministry of Foreign Affairs",
        "testserver",
        "http://testserver",
    )
    assert site["current"] is True
    assert site["default_language"] == "tk"


def test_this_sites_languages(news, api):
    languages = api("site/").json()["languages"]
    assert [(lang["code"], lang["name"], lang["name_local"]) for lang in languages] == [
        ("en", "English", "English"),
        ("ru", "Russian", "Русский"),
        ("tk", "Turkmen", "Türkmençe"),
    ]
    assert languages[1]["url"] == "http://testserver/ru/"
    assert languages[1]["api_url"] == "http://testserver/api/v1/ru/articles/"


def test_the_host_decides_the_site(news, api):
    site = api("site/", host=EMBASSY_HOST).json()
    assert site["name"] == "Embassy in Berlin"
    assert [lang["code"] for lang in site["languages"]] == ["en"]


def test_all_sites(news, api):
    sites = api("sites/").json()
    assert [(s["hostname"], s["current"]) for s in sites] == [
        ("berlin.localhost", False),
        ("testserver", True),
    ]
    berlin = sites[0]["languages"][0]
    assert berlin["url"] == "http://berlin.localhost/en/"
    assert berlin["api_url"] == "http://berlin.localhost/api/v1/en/articles/"


def test_unpublished_home_has_no_url(news, api):
    news.tree.homes["tk"].unpublish()
    languages = {lang["code"]: lang for lang in api("site/").json()["languages"]}
    assert languages["tk"]["url"] is None
