"""The Berlin editor's day in the back office in Turkmen, in a real browser against the real
server: no screen shows an English string of the admin.

The editor signs in, picks Turkmen in Account -> Preferences, and goes through the dashboard,
the explorer of the Berlin site, an article's edit form (a draft saved, then submitted for
review), images, documents, snippets, the reports they may read, and search. On each screen,
the text (every text node, the tooltips, labels, placeholders and alternative texts, the
page title, the labels of the JavaScript sidebar and the admin's JavaScript strings) is
compared with the English msgids of the catalogues Habar translates (admin-locale/ and its
own, scripts/check_admin_catalogues.py): a string that is one, and is not its Turkmen text
as well, fails the test, named with its package. Content (page, image and document titles,
names, the article's text) is not admin text.
"""

import re
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.translation import gettext, ngettext, npgettext, pgettext
from playwright.sync_api import expect

from .editing import editor_context, settle
from .live import DEMO_PASSWORD, REPO
from .test_admin_catalogues import load_gate

pytestmark = [pytest.mark.server, pytest.mark.browser]

EDITOR = "berlin-editor"
TURKMEN_DATETIME = re.compile(r"\d\d\.\d\d\.\d{4} \d\d:\d\d")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
# Text nodes and attributes as a person meets them; the JavaScript sidebar's labels and the
# admin's JavaScript strings (months, weekdays, bulk actions) from the JSON they come in.
COLLECT_TEXT = """() => {
    const texts = new Set([document.title]);
    const add = (text) => text && texts.add(text.replace(/\\s+/g, " ").trim());
    // Hidden elements are left out (Wagtail leaves placeholders such as "None" in some), and
    // the languages offered in Preferences, each in its own name ("English", "Русский").
    const content = "script, style, noscript, template, [contenteditable=true], [hidden], "
        + "[name=locale-preferred_language] option";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.closest(content)) add(node.textContent);
    }
    const attributes = ["title", "aria-label", "placeholder", "alt"];
    attributes.push("data-w-tooltip-content-value");
    for (const element of document.querySelectorAll("body *")) {
        if (element.closest(content)) continue;
        for (const name of attributes) add(element.getAttribute(name));
    }
    const sidebar = document.getElementById("wagtail-sidebar-props");
    if (sidebar) JSON.parse(sidebar.textContent, (key, value) => {
        if (key === "label" && typeof value === "string") add(value);
        return value;
    });
    const config = document.getElementById("wagtail-config");
    const strings = config && JSON.stringify(JSON.parse(config.textContent).STRINGS || {});
    if (strings) JSON.parse(strings, (key, value) => {
        if (typeof value === "string") add(value);
        return value;
    });
    return [...texts].filter(Boolean);
}"""


def turkmen(msgctxt, msgid, msgid_plural):
    """The Turkmen texts of a catalogue entry, as the server finds them."""
    with translation.override("tk"):
        if msgid_plural and msgctxt:
            return {npgettext(msgctxt, msgid, msgid_plural, n) for n in (1, 2)}
        if msgid_plural:
            return {ngettext(msgid, msgid_plural, n) for n in (1, 2)}
        return {pgettext(msgctxt, msgid) if msgctxt else gettext(msgid)}


class EnglishAdminText:
    """The English msgids of the catalogues Habar translates, and the packages they are of."""

    def __init__(self, catalogues):
        self.exact = defaultdict(set)
        patterns = defaultdict(set)
        read_po = load_gate().read_po
        for package, po in catalogues:
            for key in read_po(po):
                said_alike = turkmen(*key)
                for english in filter(None, key[1:]):
                    english = " ".join(english.split())
                    words = PLACEHOLDER.sub("", english)
                    if english in said_alike or not re.search(r"[A-Za-z]{4}", words):
                        # Turkmen says it alike, or it has no word of its own: only
                        # placeholders and glue ("%(title)s for %(site)s") match any text.
                        continue
                    if PLACEHOLDER.search(english):
                        parts = PLACEHOLDER.split(english)
                        patterns[".+".join(map(re.escape, parts))].add(package)
                    else:
                        self.exact[english].add(package)
        self.patterns = [(re.compile(p), packages) for p, packages in patterns.items()]
        self.any_pattern = re.compile("|".join(f"(?:{p})" for p in patterns))

    def packages(self, text):
        """The packages whose English msgid the text is, if any."""
        found = set(self.exact.get(text, ()))
        if self.any_pattern.fullmatch(text):
            for pattern, packages in self.patterns:
                if pattern.fullmatch(text):
                    found |= packages
        return found


@pytest.fixture(scope="module")
def english():
    gate = load_gate()
    with tempfile.TemporaryDirectory() as work:
        catalogues = [
            (package, po)
            for package, domains in gate.templates(Path(work)).items()
            for po in domains.values()
        ]
        catalogues.append(("habar", REPO / "locale" / "en" / "LC_MESSAGES" / "django.po"))
        return EnglishAdminText(catalogues)


def content_strings(live_habar):
    """What editors wrote, not the admin: titles, names, tags."""
    queries = [
        "SELECT title FROM wagtailcore_page UNION SELECT draft_title FROM wagtailcore_page",
        "SELECT title FROM wagtailimages_image UNION SELECT title FROM wagtaildocs_document",
        "SELECT name FROM wagtailcore_collection UNION SELECT site_name FROM wagtailcore_site",
        "SELECT name FROM auth_group UNION SELECT name FROM taggit_tag",
        "SELECT name FROM wagtailcore_workflow UNION SELECT name FROM wagtailcore_task",
        "SELECT username FROM auth_user UNION SELECT first_name || ' ' || last_name FROM auth_user",
    ]
    return {" ".join(str(value).split()) for sql in queries for (value,) in live_habar.query(sql)}


def berlin_ids(live_habar):
    root = live_habar.query(
        "SELECT root_page_id FROM wagtailcore_site WHERE hostname = ?", ("berlin.localhost",)
    )[0][0]
    # An article of Berlin's that no other test has put in a workflow or locked.
    article, section = live_habar.query(
        "SELECT p.id, (SELECT s.id FROM wagtailcore_page s WHERE s.path = "
        "substr(p.path, 1, length(p.path) - 4)) FROM wagtailcore_page p JOIN django_content_type t "
        "ON t.id = p.content_type_id WHERE t.model = 'articlepage' "
        "AND p.url_path LIKE '/habar-demo-berlin-%' AND NOT p.locked AND p.id NOT IN "
        "(SELECT CAST(object_id AS INTEGER) FROM wagtailcore_workflowstate) "
        "ORDER BY p.id LIMIT 1"
    )[0]
    return root, section, article


def test_the_berlin_editors_day_in_turkmen_shows_no_english(browser, live_habar, english):
    started = time.monotonic()
    context = editor_context(browser, locale="tk")
    page = context.new_page()
    # Avatars and everything else come from Habar itself, never from Gravatar or another host.
    elsewhere = []

    def note_elsewhere(request):
        if urlsplit(request.url).hostname not in (None, "127.0.0.1"):
            elsewhere.append(request.url)

    page.on("request", note_elsewhere)
    content = content_strings(live_habar)
    shown = defaultdict(dict)

    def look(screen):
        for text in page.evaluate(COLLECT_TEXT):
            if text not in content and (packages := english.packages(text)):
                shown[screen][text] = sorted(packages)

    def visit(screen, path):
        page.goto(live_habar.base_url + path)
        look(screen)

    root, section, article = berlin_ids(live_habar)
    try:
        visit("sign-in", "/admin/login/")
        page.locator("input[name=username]").fill(EDITOR)
        page.locator("input[name=password]").fill(DEMO_PASSWORD)
        page.locator("form.login-form button[type=submit]").click()
        expect(page).to_have_url(live_habar.base_url + "/admin/")
        page.goto(live_habar.base_url + "/admin/account/")
        page.locator("select[name='locale-preferred_language']").select_option("tk")
        # The demo's accounts have no name yet, which the form requires.
        for field, name in [("first_name", "Aýgül"), ("last_name", "Annaýewa")]:
            box = page.locator(f"input[name='name_email-{field}']")
            if not box.input_value():
                box.fill(name)
        page.locator("footer button[type=submit]").first.click()
        expect(page.locator(".messages")).to_be_visible()
        look("account")
        visit("dashboard", "/admin/")

        visit("explorer", f"/admin/pages/{root}/")
        visit("section", f"/admin/pages/{section}/")
        # Dates as Turkmen writes them (habar/formats/tk), under the "… ago" of each row.
        when = page.locator(".w-human-readable-date").first
        expect(when).to_have_attribute("data-w-tooltip-content-value", TURKMEN_DATETIME)
        visit("article", f"/admin/pages/{article}/edit/")
        title = page.locator("#id_title").input_value() + " (täze)"
        content.add(title)
        page.locator("#id_title").fill(title)
        settle(page, edited=True)
        page.locator("footer button.action-save").first.click()
        expect(page.locator(".messages")).to_be_visible()
        look("draft saved")
        settle(page)
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
        look("action menu")
        page.locator("footer button[name=action-submit]").first.click()
        expect(page.locator(".messages")).to_be_visible()
        look("submitted")
        assert live_habar.query(
            "SELECT status FROM wagtailcore_workflowstate WHERE object_id = ?", (str(article),)
        ) == [("in_progress",)]

        for screen, path in [
            ("images", "/admin/images/"),
            ("documents", "/admin/documents/"),
            ("snippets", "/admin/snippets/"),
            ("search", "/admin/pages/search/?q=Berlin"),
        ]:
            visit(screen, path)
        reports = sorted(set(re.findall(r'"(/admin/reports/[^"?]+)"', page.content())))
        assert reports, "the editor has reports to read"
        for path in reports:
            visit(path, path)
    finally:
        context.close()
        # The server is shared with other tests that sign in as this editor: leave the
        # account's language and the article's review as the demo made them.
        live_habar.execute(
            "UPDATE wagtailusers_userprofile SET preferred_language = '' WHERE user_id = "
            "(SELECT id FROM auth_user WHERE username = ?)",
            (EDITOR,),
        )
        live_habar.execute(
            "UPDATE wagtailcore_workflowstate SET status = 'cancelled' "
            "WHERE status = 'in_progress' AND object_id = ?",
            (str(article),),
        )
    print(f"walk-through took {time.monotonic() - started:.0f} s")  # noqa: T201
    assert elsewhere == []
    assert not shown, "English in the Turkmen admin:\n" + "\n".join(
        f"{screen}: {text!r} ({', '.join(packages)})"
        for screen, texts in shown.items()
        for text, packages in texts.items()
    )
