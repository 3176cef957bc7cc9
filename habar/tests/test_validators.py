"""Every page type of the demo network as validators see it.

The Nu Html Checker (npm `vnu-jar`, run on Java) and axe-core (npm `axe-core`, run in
Chromium) over home, section, article and its text view, archives, tag, most read (site and
section), consular services and a service, search with and without results, the 404 and
500 pages, an embassy's mission page and the ministry's directory of missions, in several
languages
and on embassy sites, one of them right to left; the sitemaps against the sitemaps.org
schemas; the feeds through feedparser; the JSON-LD a search engine reads. `scripts/test`
installs the npm tools; without Java or them these tests skip and say why.
"""

import datetime
import json
import shutil
import subprocess
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import feedparser
import pytest
import xmlschema
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import translation

from .live import REPO

pytestmark = [pytest.mark.server]

VNU_JAR = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
SCHEMAS = Path(__file__).parent / "data" / "sitemaps"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NARROWEST = 320

# (host, language): two of the ministry's languages, one of them Cyrillic, and embassies
# in their own languages, one of them written right to left.
SITES = [
    ("localhost", "en"),
    ("localhost", "ru"),
    ("berlin.localhost", "de"),
    ("tehran.localhost", "fa"),
]
PAGE_KINDS = [
    "home",
    "section",
    "section-most-read",
    "article",
    "article-text",
    "all-news",
    "year",
    "month",
    "tag",
    "most-read",
    "services",
    "service",
    "search-results",
    "search-nothing",
    "not-found",
    "server-error",
]
# Each site's footer links to its missions: the ministry to its directory of every mission,
# an embassy to its own mission page (habar.missions).
MISSION_KINDS = {"localhost": "missions"}
# The ministry's official statements: their list and one of them (the demo has them there).
MINISTRY_KINDS = ["statements", "statement"]
TAG_SLUG = "neutrality"
SERVICES_SLUG = "consular-services"  # the demo's (habar/demo/consular.py)
# Gives the newest article of every home in the demo a tag, so that tag pages list articles.
TAG_SCRIPT = f"""
from taggit.models import Tag
from habar.news.models import ArticlePage, ArticlePageTag, HomePage
tag, _ = Tag.objects.get_or_create(slug="{TAG_SLUG}", defaults={{"name": "Neutrality"}})
for home in HomePage.objects.live():
    article = ArticlePage.objects.descendant_of(home).for_listing().first()
    if article:
        ArticlePageTag.objects.get_or_create(content_object=article, tag=tag)
"""


@dataclass
class SitePage:
    host: str
    language: str
    kind: str
    path: str
    status: int
    html: str

    @property
    def name(self):
        return f"{self.host}-{self.language}-{self.kind}"


def fetch(live, host, path):
    """(status, body) of `path` on the site `host` of the live server."""
    request = urllib.request.Request(
        live.base_url + path,
        headers={"Host": f"{host}:{live.port}", "User-Agent": "habar-validators"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def ministry_pages(live, host, home):
    if host != "localhost":
        return {}
    statements = f"{home}statements/"
    _status, statements_html = fetch(live, host, statements)
    return {"statements": statements, "statement": first_link(statements_html, ".card h2 a")}


def first_link(html, selector):
    link = BeautifulSoup(html, "html.parser").select_one(selector)
    assert link is not None, f"no {selector} on the page"
    return urlsplit(link["href"]).path


def mission_kind(host):
    return MISSION_KINDS.get(host, "mission")


def discover(live, host, language):
    """The path of each page kind on one site in one language, found as a reader would."""
    home = f"/{language}/"
    _status, home_html = fetch(live, host, home)
    missions = first_link(home_html, f"footer a.footer-link-{mission_kind(host)}")
    section = first_link(home_html, "nav.sections a")
    _status, section_html = fetch(live, host, section)
    article = first_link(section_html, ".listing .card h2 a")
    _status, article_html = fetch(live, host, article)
    soup = BeautifulSoup(article_html, "html.parser")
    published = datetime.datetime.fromisoformat(soup.select_one(".published time")["datetime"])
    title_word = max(soup.h1.get_text().split(), key=len).strip('«»“”"(),.:')
    services = first_link(home_html, f'nav.sections a[href$="/{SERVICES_SLUG}/"]')
    _status, services_html = fetch(live, host, services)
    pages = {
        "home": home,
        "section": section,
        "section-most-read": f"{section}most-read/?period=month",
        "article": article,
        "article-text": f"{article}text/",
        "all-news": f"{home}news/",
        "year": f"{home}news/{published.year}/",
        "month": f"{home}news/{published.year}/{published.month:02d}/",
        "tag": f"{home}tags/{TAG_SLUG}/",
        "most-read": f"{home}most-read/?period=week",
        "services": services,
        "service": first_link(services_html, ".service-card h2 a"),
        "search-results": f"{home}search/?{urlencode({'q': title_word})}",
        "search-nothing": f"{home}search/?q=qxzvwq",
        "not-found": f"{home}no-such-page/",
        "server-error": f"{home}server-error/",
        mission_kind(host): missions,
    }
    return {**pages, **ministry_pages(live, host, home)}


def server_error_page(language):
    """The 500 page as the error handler renders it (no server can be made to fail on cue)."""
    with translation.override(language):
        return render_to_string("500.html")


EXPECTED_STATUS = {"not-found": 404, "server-error": 500}
# What shows that a page is the kind it should be, not an empty shell of it.
EXPECTED_MARKUP = {
    "search-results": 'class="card search-result"',
    "search-nothing": 'class="no-results"',
    "tag": 'class="card"',
    "article-text": "<article>",
    "services": 'class="card service-card"',
    "service": 'class="service-fees"',
    "mission": 'class="emergency-phone"',
    "missions": 'class="card mission-card"',
    "statements": 'class="kind-label"',
    "statement": 'class="kind-label"',
}


@pytest.fixture(scope="module")
def site_pages(live_habar):
    live_habar.habar("shell", "-c", TAG_SCRIPT)
    pages = []
    for host, language in SITES:
        for kind, path in discover(live_habar, host, language).items():
            if kind == "server-error":
                status, html = 500, server_error_page(language)
            else:
                status, html = fetch(live_habar, host, path)
            assert status == EXPECTED_STATUS.get(kind, 200), f"{host}{path}: HTTP {status}"
            assert EXPECTED_MARKUP.get(kind, "") in html, f"{host}{path}: not a {kind} page"
            pages.append(SitePage(host, language, kind, path, status, html))
    ministry = sum(host == "localhost" for host, _language in SITES)
    # Each site also has its mission page or directory; the ministry its statements.
    expected = len(SITES) * (len(PAGE_KINDS) + 1) + ministry * len(MINISTRY_KINDS)
    assert len(pages) == expected
    return pages


# --- The Nu Html Checker -----------------------------------------------------------------


def require_vnu():
    if shutil.which("java") is None:
        pytest.skip("java is not installed: the Nu Html Checker needs it")
    if not VNU_JAR.exists():
        pytest.skip(f"{VNU_JAR.relative_to(REPO)} is missing: run `npm ci` (scripts/test does)")


def vnu_errors(paths):
    """The checker's errors for the files at `paths`, in one run of Java for all of them;
    each error's "file" is the name of the file it is about."""
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [
        {**message, "file": Path(urlsplit(message.get("url", "")).path).name}
        for message in messages
        if message["type"] in ("error", "non-document-error")
    ]


def test_every_page_type_is_valid_html(site_pages, tmp_path):
    require_vnu()
    files = {}
    for page in site_pages:
        path = tmp_path / f"{page.name}.html"
        path.write_text(page.html, encoding="utf-8")
        files[path.name] = page
    report = []
    for error in vnu_errors([tmp_path / name for name in files]):
        page = files[error["file"]]
        report.append(
            f"{page.host}{page.path} line {error.get('lastLine')}: {error['message']} "
            f"[{error.get('extract', '').strip()}]"
        )
    assert report == [], "\n".join(report)


def test_the_checker_reports_invalid_html(tmp_path):
    require_vnu()
    path = tmp_path / "broken.html"
    path.write_text("<!DOCTYPE html><html lang=en><title>x</title><p><div></p></span>")
    errors = vnu_errors([path])
    assert {error["file"] for error in errors} == {"broken.html"}
    assert any("Stray end tag" in error["message"] for error in errors)


# --- axe-core ----------------------------------------------------------------------------


MODES = {
    "light": {"viewport": {"width": 1280, "height": 900}, "color_scheme": "light"},
    "dark": {"viewport": {"width": 1280, "height": 900}, "color_scheme": "dark"},
    "narrow": {"viewport": {"width": NARROWEST, "height": 640}, "color_scheme": "light"},
}


def require_axe():
    if not AXE_JS.exists():
        pytest.skip(f"{AXE_JS.relative_to(REPO)} is missing: run `npm ci` (scripts/test does)")


def open_page(browser_page, live, page):
    """Load `page` in the browser; the 500 page is served from its rendered template."""
    url = f"http://{page.host}:{live.port}{page.path}"
    if page.kind == "server-error":
        browser_page.route(
            url,
            lambda route: route.fulfill(
                status=500, body=page.html, content_type="text/html; charset=utf-8"
            ),
        )
    browser_page.goto(url)
    browser_page.wait_for_load_state("load")


def axe_violations(browser_page):
    browser_page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    results = browser_page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in results["violations"]
    ]


# Every site's pages in the light at desktop width and at the narrowest (long words and
# right-to-left lines are what overflow there); the dark scheme changes only colours, the
# same ones on every site and in every language: checked once.
AXE_RUNS = [
    *((host, language, mode) for host, language in SITES for mode in ("light", "narrow")),
    ("localhost", "en", "dark"),
]


@pytest.mark.browser
@pytest.mark.parametrize(("host", "language", "mode"), AXE_RUNS)
def test_every_page_type_passes_axe(browser, live_habar, site_pages, mode, host, language):
    require_axe()
    # axe is injected as an inline script, which the pages' Content-Security-Policy refuses.
    context = browser.new_context(bypass_csp=True, **MODES[mode])
    browser_page = context.new_page()
    report = []
    try:
        for page in site_pages:
            if (page.host, page.language) != (host, language):
                continue
            open_page(browser_page, live_habar, page)
            report += [f"{page.path}: {line}" for line in axe_violations(browser_page)]
            if mode == "narrow":
                width = browser_page.evaluate("document.scrollingElement.scrollWidth")
                if width > NARROWEST:
                    report.append(f"{page.path}: scrolls sideways ({width} px wide)")
    finally:
        context.close()
    assert report == [], "\n".join(report)


@pytest.mark.browser
def test_axe_reports_an_inaccessible_page(browser, live_habar):
    require_axe()
    context = browser.new_context(bypass_csp=True)
    browser_page = context.new_page()
    browser_page.goto(live_habar.base_url + "/en/")
    browser_page.evaluate("document.querySelector('#site-search-q').labels[0].remove()")
    violations = axe_violations(browser_page)
    context.close()
    assert any(line.startswith("label ") for line in violations), violations


# --- Sitemaps ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sitemap_schemas():
    xhtml = (XHTML_NS, str(SCHEMAS / "xhtml-link.xsd"))
    return {
        "urlset": xmlschema.XMLSchema(str(SCHEMAS / "sitemap.xsd"), locations=[xhtml]),
        "sitemapindex": xmlschema.XMLSchema(str(SCHEMAS / "siteindex.xsd")),
    }


def schema_errors(schema, xml):
    return [str(error.reason or error) for error in schema.iter_errors(xml)]


@pytest.mark.parametrize(
    "host", ["localhost", "berlin.localhost", "seoul.localhost", "tehran.localhost"]
)
def test_sitemap_index_and_parts_match_the_sitemaps_org_schemas(live_habar, sitemap_schemas, host):
    status, index = fetch(live_habar, host, "/sitemap.xml")
    assert status == 200
    assert schema_errors(sitemap_schemas["sitemapindex"], index) == []

    parts = [item["loc"] for item in sitemap_schemas["sitemapindex"].to_dict(index)["sitemap"]]
    assert parts
    alternates = 0
    for loc in parts:
        status, part = fetch(live_habar, host, urlsplit(loc).path)
        assert status == 200, loc
        assert schema_errors(sitemap_schemas["urlset"], part) == [], loc
        alternates += part.count("<xhtml:link ")
    assert alternates > 0


def test_the_sitemap_schema_refuses_a_malformed_sitemap(sitemap_schemas):
    bad = (
        f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}"><url>'
        "<loc>http://localhost/en/</loc><lastmod>yesterday</lastmod>"
        '<xhtml:link rel="alternate" href="http://localhost/ru/"/>'
        "<priority>2</priority></url></urlset>"
    )
    errors = schema_errors(sitemap_schemas["urlset"], bad)
    assert len(errors) >= 2, errors


def test_the_sitemap_index_schema_refuses_a_sitemap_without_location(sitemap_schemas):
    bad = f'<sitemapindex xmlns="{SITEMAP_NS}"><sitemap><lastmod>2025-01-01</lastmod></sitemap>'
    bad += "</sitemapindex>"
    assert schema_errors(sitemap_schemas["sitemapindex"], bad)


# --- Feeds ---------------------------------------------------------------------------------


FEEDS = [
    ("localhost", "/en/feed/rss/"),
    ("localhost", "/en/feed/atom/"),
    ("localhost", "/ru/politics/feed/rss/"),
    ("localhost", "/en/statements/feed/rss/"),
    ("localhost", "/tk/statements/feed/atom/"),
    ("localhost", "/tk/politics/feed/atom/"),
    ("berlin.localhost", "/de/feed/rss/"),
    ("seoul.localhost", "/ko/feed/atom/"),
    ("tehran.localhost", "/fa/feed/rss/"),
]


@pytest.mark.parametrize(("host", "path"), FEEDS)
def test_feed_is_well_formed_with_dates_permanent_guids_and_a_self_link(live_habar, host, path):
    status, body = fetch(live_habar, host, path)
    assert status == 200
    parsed = feedparser.parse(body)

    assert not parsed.bozo, parsed.get("bozo_exception")
    self_links = [link.href for link in parsed.feed.links if link.rel == "self"]
    assert [urlsplit(href).path for href in self_links] == [path]
    assert parsed.entries
    ids = [entry.id for entry in parsed.entries]
    assert len(set(ids)) == len(ids)
    if parsed.version.startswith("rss"):
        assert body.count('<guid isPermaLink="true">') == len(parsed.entries)
    for entry in parsed.entries:
        assert entry.id == entry.link  # the article's address: stable for its whole life
        assert entry.published_parsed is not None
        if parsed.version.startswith("atom"):
            assert entry.updated_parsed is not None
        for enclosure in entry.get("enclosures", []):
            assert enclosure.type.startswith("image/")
            assert int(enclosure.length) > 0
            assert enclosure.href.startswith("http")


# --- JSON-LD -------------------------------------------------------------------------------


NEWS_ARTICLE_FIELDS = {
    "headline",
    "image",
    "datePublished",
    "dateModified",
    "author",
    "publisher",
    "mainEntityOfPage",
    "inLanguage",
}


def structured_data(html):
    soup = BeautifulSoup(html, "html.parser")
    return [json.loads(tag.string) for tag in soup.select('script[type="application/ld+json"]')]


def test_article_json_ld_has_every_field_search_engines_ask_for(site_pages):
    articles = [page for page in site_pages if page.kind == "article"]
    assert len(articles) == len(SITES)
    for page in articles:
        items = {item["@type"]: item for item in structured_data(page.html)}
        article = items["NewsArticle"]
        assert article.keys() >= NEWS_ARTICLE_FIELDS, page.path
        assert article["@context"] == "https://schema.org"
        assert article["inLanguage"] == page.language
        assert urlsplit(article["mainEntityOfPage"]["@id"]).path.endswith(page.path)
        assert article["publisher"]["logo"]["url"].startswith("http")
        assert all(url.startswith("http") for url in article["image"])
        published = datetime.datetime.fromisoformat(article["datePublished"])
        modified = datetime.datetime.fromisoformat(article["dateModified"])
        assert published.tzinfo is not None
        assert modified.tzinfo is not None
        assert len(article["headline"]) <= 110

        trail = items["BreadcrumbList"]["itemListElement"]
        assert [item["position"] for item in trail] == list(range(1, len(trail) + 1))
        assert urlsplit(trail[-1]["item"]).path == page.path


GOVERNMENT_SERVICE_FIELDS = {"name", "description", "url", "provider", "offers", "availableChannel"}


def test_service_json_ld_describes_a_government_service(site_pages):
    services = [page for page in site_pages if page.kind == "service"]
    assert len(services) == len(SITES)
    for page in services:
        items = {item["@type"]: item for item in structured_data(page.html)}
        service = items["GovernmentService"]
        assert service.keys() >= GOVERNMENT_SERVICE_FIELDS, page.path
        assert service["@context"] == "https://schema.org"
        assert service["url"].startswith("http")
        assert service["provider"]["@type"] == "GovernmentOrganization"
        assert service["offers"], page.path
        for offer in service["offers"]:
            assert offer["@type"] == "Offer"
            assert len(offer["priceCurrency"]) == 3 and offer["priceCurrency"].isupper()
            float(offer["price"])  # a number, as schema.org's price asks
        for channel in service["availableChannel"]:
            assert channel["@type"] == "ServiceChannel"
            assert channel["serviceLocation"]["@type"] == "GovernmentOffice"
            assert channel["serviceUrl"].startswith("http")
        trail = items["BreadcrumbList"]["itemListElement"]
        assert urlsplit(trail[-1]["item"]).path == page.path


def test_mission_json_ld_is_an_embassy_with_its_opening_hours(site_pages):
    missions = [page for page in site_pages if page.kind == "mission"]
    assert len(missions) == len([host for host, _ in SITES if mission_kind(host) == "mission"])
    for page in missions:
        [embassy] = structured_data(page.html)
        assert embassy["@context"] == "https://schema.org"
        assert embassy["@type"] == ["Embassy", "GovernmentOffice"], page.path
        assert embassy["inLanguage"] == page.language
        assert urlsplit(embassy["url"]).path == page.path
        assert embassy["address"]["addressCountry"] in ("DE", "IR")
        assert embassy["telephone"].startswith("+")
        hours = embassy["openingHoursSpecification"]
        weekly = [spec for spec in hours if "dayOfWeek" in spec]
        closures = [spec for spec in hours if "validFrom" in spec]
        assert weekly and closures, page.path
        for spec in weekly:
            assert spec["dayOfWeek"].startswith("https://schema.org/")
            assert spec["opens"] < spec["closes"]
        for spec in closures:
            datetime.date.fromisoformat(spec["validFrom"])
            assert spec["validFrom"] == spec["validThrough"]
        assert embassy["department"]["openingHoursSpecification"]


# --- Print, dark mode, reduced motion -----------------------------------------------------


def article_page(site_pages, host="localhost", language="en"):
    return next(
        page
        for page in site_pages
        if (page.host, page.language, page.kind) == (host, language, "article")
    )


@pytest.mark.browser
def test_an_article_prints_as_a_document_with_its_address(browser, live_habar, site_pages):
    article = article_page(site_pages)
    context = browser.new_context()
    browser_page = context.new_page()
    browser_page.goto(live_habar.base_url + article.path)
    browser_page.emulate_media(media="print")

    hidden = ".site-search, .sections, .latest-news, .footer-links, .views, .text-view-link"
    shown = browser_page.locator(hidden).evaluate_all(
        "nodes => nodes.filter(node => node.checkVisibility())"
    )
    address = browser_page.locator(".print-only").inner_text()
    context.close()
    assert shown == []
    assert urlsplit(address).path == article.path


def computed(browser, live_habar, path, script, **context_options):
    context = browser.new_context(**context_options)
    browser_page = context.new_page()
    browser_page.goto(live_habar.base_url + path)
    value = browser_page.evaluate(script)
    context.close()
    return value


@pytest.mark.browser
def test_dark_mode_follows_the_readers_preference(browser, live_habar):
    script = "getComputedStyle(document.body).backgroundColor"
    light = computed(browser, live_habar, "/en/", script, color_scheme="light")
    dark = computed(browser, live_habar, "/en/", script, color_scheme="dark")
    assert (light, dark) == ("rgb(255, 255, 255)", "rgb(13, 17, 23)")


@pytest.mark.browser
def test_reduced_motion_turns_smooth_scrolling_off(browser, live_habar):
    script = "getComputedStyle(document.documentElement).scrollBehavior"
    assert computed(browser, live_habar, "/en/", script) == "smooth"
    assert computed(browser, live_habar, "/en/", script, reduced_motion="reduce") == "auto"
