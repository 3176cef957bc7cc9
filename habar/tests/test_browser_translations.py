"""A translator's round trip, walked in a real browser against a real server.

The ministry's editor exports an English article as XLIFF from its page menu; the file is
translated by editing it, as a translator's tool does; imported back from the same menu, it
becomes a Russian draft with exactly the file's text. Then the ministry's administrator adds
a paragraph to the English article and publishes it: the parity report lists the Russian
translation as stale and links to a comparison where that paragraph is the only change.
"""

import json
import re
import uuid
from urllib.parse import urlencode

import pytest
from defusedxml.ElementTree import parse
from playwright.sync_api import expect

from habar.translations.xliff import NS

from .editing import editor_context, sign_in, sign_in_with_two_factor, workflow_action

pytestmark = [pytest.mark.server, pytest.mark.browser]

# Other walks read or correct these articles: this one translates another.
TAKEN = (
    "videoconfrence-with-the-head-of-the-united-nations-office-of-counter-terrorism-unoct",
    "the-president-of-turkmenistan-congratulated-the-president-of-the-swiss-confederation",
)
NEW_PARAGRAPH = "The delegations agreed to meet again in the spring."


def english_article(live):
    """A ministry article in English that no other walk uses, best not yet in Russian."""
    [(home_path,)] = live.query(
        "SELECT h.path FROM wagtailcore_site s "
        "JOIN wagtailcore_page r ON r.id = s.root_page_id "
        "JOIN wagtailcore_page h ON h.translation_key = r.translation_key "
        "JOIN wagtailcore_locale l ON l.id = h.locale_id "
        "WHERE s.is_default_site AND l.language_code = 'en'"
    )
    rows = live.query(
        "SELECT p.id, p.translation_key, EXISTS (SELECT 1 FROM wagtailcore_page t "
        "JOIN wagtailcore_locale tl ON tl.id = t.locale_id "
        "WHERE t.translation_key = p.translation_key AND tl.language_code = 'ru') AS russian "
        "FROM wagtailcore_page p "
        "JOIN news_articlepage a ON a.page_ptr_id = p.id "
        "JOIN wagtailcore_locale l ON l.id = p.locale_id "
        "WHERE l.language_code = 'en' AND a.syndicated_from_id IS NULL AND p.live "
        "AND p.slug NOT IN (?, ?) AND p.path LIKE ? ORDER BY russian, p.id",
        (*TAKEN, home_path + "%"),
    )
    assert rows, "the demo has no ministry article in English"
    return rows[0][:2]


def russian_translation(live, translation_key):
    rows = live.query(
        "SELECT p.id, p.live FROM wagtailcore_page p JOIN wagtailcore_locale l "
        "ON l.id = p.locale_id WHERE p.translation_key = ? AND l.language_code = 'ru'",
        (translation_key,),
    )
    return rows[0] if rows else None


def draft_texts(live, page_id, units):
    """Each unit's text in the page's latest revision, as stored."""
    [(content,)] = live.query(
        "SELECT content FROM wagtailcore_revision WHERE object_id = ? ORDER BY id DESC LIMIT 1",
        (str(page_id),),
    )
    content = json.loads(content) if isinstance(content, str) else content
    body = content["body"]
    body = json.loads(body) if isinstance(body, str) else body
    return {unit_id: stored_text(content, body, unit_id) for unit_id in units}


def stored_text(content, body, unit_id):
    """A unit's text found by its id: a field, or a path of block ids and names in the body."""
    field, *path = unit_id.split(".")
    if field != "body":
        return content[field]
    value = body
    while path:
        part = path.pop(0)
        if isinstance(value, list):
            value = next(item["value"] for item in value if item.get("id") == part)
        elif "data" in value and part == "cell":  # a table: body.<id>.cell.<row>.<column>
            row, column = path
            return value["data"][int(row)][int(column)]
        else:
            value = value["table_caption" if "data" in value and part == "caption" else part]
    return value


def page_action(page, live, page_id, name):
    """Open the page's header menu in the editor and follow one of its actions."""
    page.goto(f"{live.base_url}/admin/pages/{page_id}/edit/")
    page.locator("header [data-w-dropdown-target='toggle']").first.click()
    actions = page.get_by_role("navigation", name="Actions", exact=True)
    actions.get_by_role("link", name=name).click()


def translate(path):
    """What a translator's tool does: write a Russian target for every unit, tags kept."""
    tree = parse(path)
    translated = {}
    for unit in tree.getroot().iter(f"{{{NS}}}unit"):
        segment = unit.find(f"{{{NS}}}segment")
        source = segment.find(f"{{{NS}}}source").text
        target = re.sub(r"(^|>)([^<])", r"\1Перевод: \2", source, count=1)
        segment.find(f"{{{NS}}}target").text = target
        translated[unit.get("id")] = target
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return translated


def test_an_article_goes_to_a_translator_and_back_and_its_changes_are_shown(
    browser, live_habar, tmp_path
):
    live = live_habar
    article_id, translation_key = english_article(live)
    context = editor_context(browser)
    page = context.new_page()
    try:
        sign_in(page, live, "ministry-editor")
        expect(page).to_have_url(live.base_url + "/admin/")

        page_action(page, live, article_id, "Export for translation")
        page.locator("select[name=language]").select_option("ru")
        with page.expect_download() as download:
            page.get_by_role("button", name="Download the file").click()
        exported = tmp_path / download.value.suggested_filename
        download.value.save_as(exported)
        assert exported.suffix == ".xlf"
        translated = translate(exported)

        page_action(page, live, article_id, "Import translation")
        page.locator("input[name=file]").set_input_files(exported)
        page.get_by_role("button", name="Import", exact=True).click()

        russian_id, russian_live = russian_translation(live, translation_key)
        expect(page).to_have_url(f"{live.base_url}/admin/pages/{russian_id}/edit/")
        assert not russian_live
        expect(page.locator("#id_title")).to_have_value(translated["title"])
        assert draft_texts(live, russian_id, translated) == translated
    finally:
        context.close()

    context = editor_context(browser)
    page = context.new_page()
    try:
        sign_in_with_two_factor(page, live, "ministry-admin")
        add_paragraph_and_publish(page, live, article_id)

        page.goto(
            f"{live.base_url}/admin/news/translation-parity/?{report_filter(live, article_id)}"
        )
        link = page.locator(f"a[href='/admin/news/translation-changes/{russian_id}/']")
        expect(link).to_have_count(1)
        link.click()
        changes = page.locator("[data-translation-changes] tbody tr")
        expect(changes).to_have_count(1)
        expect(changes.first).to_have_attribute("data-change", "added")
        expect(changes.first).to_contain_text(NEW_PARAGRAPH)
    finally:
        context.close()


def report_filter(live, article_id):
    """The parity report's filter for the article's site and section: one short page."""
    [(site_id,)] = live.query("SELECT id FROM wagtailcore_site WHERE is_default_site")
    [(section_key,)] = live.query(
        "SELECT s.translation_key FROM wagtailcore_page a JOIN wagtailcore_page s "
        "ON s.path = substr(a.path, 1, length(a.path) - 4) WHERE a.id = ?",
        (article_id,),
    )
    return urlencode({"site": site_id, "section": str(uuid.UUID(str(section_key)))})


def add_paragraph_and_publish(page, live, article_id):
    page.goto(f"{live.base_url}/admin/pages/{article_id}/edit/")
    page.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name="Paragraph").click()
    editor = page.locator("[contenteditable=true].public-DraftEditor-content").last
    editor.click()
    editor.type(NEW_PARAGRAPH)
    # Draftail keeps the text in the form's hidden input for the block once it has it all.
    page.wait_for_function(
        "text => [...document.querySelectorAll('form input[type=hidden]')]"
        ".some(input => input.value.includes(text))",
        arg=NEW_PARAGRAPH,
    )
    workflow_action(page, "Publish", exact=True, edited=True)
    expect(page.locator(".messages")).to_contain_text("published")
