"""Round trips of a page through XLIFF 2.0 and PO files, and every file refused."""

import io
from xml.etree import ElementTree  # noqa: S405  (the test's own file)

import polib
import pytest
from defusedxml.ElementTree import fromstring
from django.core.management import CommandError, call_command
from wagtail.models import Locale

from habar.core.tests.factories import UserFactory
from habar.news.models import BaselineKind, TranslationBaseline
from habar.news.translation_units import page_units
from habar.translations import exchange
from habar.translations.files import FileProblem
from habar.translations.xliff import NS

from .factories import paragraph, rich_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return UserFactory(is_superuser=True)


@pytest.fixture
def article(tree):
    return rich_article(tree)


def russian(text):
    return f"По-русски: {text}"


def translate_po(data, change=russian):
    po = polib.pofile(data.decode())
    for entry in po:
        entry.msgstr = change(entry.msgid)
    return str(po).encode()


def translate_xliff(data, change=russian):
    root = fromstring(data)
    for unit in root.iter(f"{{{NS}}}unit"):
        segment = unit.find(f"{{{NS}}}segment")
        segment.find(f"{{{NS}}}target").text = change(segment.find(f"{{{NS}}}source").text)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def exported(article, file_format="po"):
    return exchange.export([article], "ru", file_format)[0]


def draft_texts(page):
    return [unit.text for unit in page_units(page.get_latest_revision_as_object())]


@pytest.mark.parametrize("file_format", ["po", "xliff"])
def test_an_imported_file_becomes_a_russian_draft_with_the_files_text(article, admin, file_format):
    translate = translate_po if file_format == "po" else translate_xliff
    data = translate(exported(article, file_format))

    [done] = exchange.import_file(data, admin)

    translation = done.translation
    assert done.created
    assert translation.locale.language_code == "ru"
    assert translation.translation_key == article.translation_key
    assert not translation.live
    assert draft_texts(translation) == [russian(unit.text) for unit in page_units(article)]
    assert (
        translation.get_parent().pk == article.get_parent().get_translation(translation.locale).pk
    )


def test_the_po_file_names_each_unit_by_page_and_block(article):
    po = polib.pofile(exported(article).decode())
    paragraph_id = article.body[0].id

    entry = po.find(f"{article.pk}:body.{paragraph_id}", by="msgctxt")
    assert entry.msgid == article.body[0].value.source
    assert "habar-html" in entry.flags
    assert po.metadata["Language"] == "ru"
    assert po.metadata["X-Habar-Pages"] == f"{article.pk}@{article.latest_revision.pk}"


def test_importing_again_updates_the_draft_and_publishes_nothing(article, admin):
    first = exchange.import_file(translate_po(exported(article)), admin)[0].translation
    first.get_latest_revision().publish()
    live_title = first.specific.__class__.objects.get(pk=first.pk).title

    [done] = exchange.import_file(translate_po(exported(article), lambda t: f"Вторая: {t}"), admin)

    assert not done.created and done.translation.pk == first.pk
    assert draft_texts(done.translation)[0] == f"Вторая: {article.title}"
    refreshed = done.translation.__class__.objects.get(pk=first.pk)
    assert refreshed.title == live_title  # the live page is as published
    assert refreshed.has_unpublished_changes


def test_an_import_records_the_source_revision_as_the_baseline(article, admin):
    [done] = exchange.import_file(translate_po(exported(article)), admin)

    baseline = TranslationBaseline.objects.get(page=done.translation)
    assert baseline.source_id == article.pk
    assert baseline.source_revision_id == article.latest_revision.pk
    assert baseline.kind == BaselineKind.IMPORTED
    assert baseline.recorded_by == admin


def test_a_batch_file_translates_every_page(tree, admin):
    articles = [rich_article(tree), rich_article(tree, title="A second meeting")]
    data, _type, _ext = exchange.export(articles, "ru", "xliff")

    done = exchange.import_file(translate_xliff(data), admin)

    assert [d.source.pk for d in done] == [a.pk for a in articles]


def problems_of(data, user, **kwargs):
    with pytest.raises(FileProblem) as refused:
        exchange.import_file(data, user, **kwargs)
    return " ".join(refused.value.problems)


def nothing_written():
    return not TranslationBaseline.objects.filter(kind=BaselineKind.IMPORTED).exists()


def test_malformed_xml_is_refused(admin):
    assert "not well-formed XML" in problems_of(b"<xliff><file>", admin)


def test_xml_entities_are_refused_not_expanded(admin):
    data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    assert "not well-formed XML" in problems_of(data, admin)


def test_xml_that_is_not_xliff_2_is_refused(admin):
    assert "not XLIFF 2.0" in problems_of(b'<xliff version="1.2"/>', admin)


def test_a_file_that_is_not_po_is_refused(admin):
    said = problems_of(b"not a translation\n", admin)
    assert said == "The file is not a PO file: Syntax error in po file (line 1)."


def test_a_file_that_is_not_utf8_is_refused(admin):
    assert "not UTF-8" in problems_of("<é>".encode("latin-1"), admin)


def test_a_file_for_another_page_is_refused(article, tree, admin):
    other = rich_article(tree, title="Another meeting")
    data = translate_po(exported(other))

    assert "is for other pages" in problems_of(data, admin, expected_page=article)
    assert nothing_written()


def test_unknown_units_are_refused(article, admin):
    data = translate_po(exported(article)).replace(b":summary", b":summary-of-another-page")

    said = problems_of(data, admin)
    assert "has no units summary-of-another-page" in said
    assert "lacks units" in said and "summary" in said
    assert nothing_written()


def test_missing_units_are_refused(article, admin):
    po = polib.pofile(translate_po(exported(article)).decode())
    po.remove(po.find(f"{article.pk}:summary", by="msgctxt"))

    assert "lacks units" in problems_of(str(po).encode(), admin)


def test_a_unit_twice_is_refused(article, admin):
    po = polib.pofile(translate_po(exported(article)).decode())
    twice = po.find(f"{article.pk}:title", by="msgctxt")
    po.append(polib.POEntry(msgctxt=twice.msgctxt, msgid=twice.msgid + " ", msgstr="x"))

    assert "appears twice" in problems_of(str(po).encode(), admin)


def test_an_untranslated_unit_is_refused(article, admin):
    data = translate_po(exported(article), lambda t: "" if t == article.summary else russian(t))

    assert "“summary” of “The minister met the ambassador” is not translated" in problems_of(
        data, admin
    )


def test_a_file_into_a_language_the_site_does_not_publish_is_refused(article, tree, admin):
    Locale.objects.create(language_code="de")
    data = translate_po(exported(article)).replace(b"Language: ru", b"Language: de")

    assert "does not publish in “de”" in problems_of(data, admin)


def test_a_file_in_an_unknown_language_is_refused(article, admin):
    data = translate_po(exported(article)).replace(b"Language: ru", b"Language: xx")

    assert "not a language of Habar" in problems_of(data, admin)


def test_a_file_whose_source_language_is_not_the_pages_is_refused(article, admin):
    data = translate_po(exported(article)).replace(
        b"X-Habar-Source-Language: en", b"X-Habar-Source-Language: tk"
    )

    assert "source language is “tk”" in problems_of(data, admin)


def test_a_file_whose_source_text_was_edited_is_refused(article, admin):
    data = translate_po(exported(article)).replace(
        b'msgid "A meeting in Ashgabat."', b'msgid "A meeting in Mary."'
    )

    assert "source text of unit “summary”" in problems_of(data, admin)


def test_a_file_of_a_source_changed_since_the_export_is_refused(article, admin):
    data = translate_po(exported(article))
    article.body.append(("paragraph", paragraph("A new paragraph.")))
    article.save_revision()

    said = problems_of(data, admin)
    assert "has changed since the file was exported" in said
    assert f"body.{article.body[-1].id}" in said
    assert nothing_written()


def test_a_new_revision_with_the_same_text_does_not_refuse_the_file(article, admin):
    data = translate_po(exported(article))
    article.save_revision()

    [done] = exchange.import_file(data, admin)
    assert TranslationBaseline.objects.get(page=done.translation).source_revision_id == (
        article.latest_revision.pk
    )


def test_markup_the_editor_does_not_allow_is_refused(article, admin):
    data = translate_po(
        exported(article), lambda t: t + "<script>alert(1)</script>" if t.startswith("<p>") else t
    )

    assert "markup the editor does not allow: <script>" in problems_of(data, admin)


def test_an_editor_who_may_not_add_the_translation_is_refused(article):
    data = translate_po(exported(article))

    assert "You may not add the translation" in problems_of(data, UserFactory())


def test_a_page_whose_section_is_not_translated_is_refused(article, tree, admin):
    tree.section("politics", "ru").delete()

    assert "before its section is" in problems_of(translate_po(exported(article)), admin)


def test_the_command_exports_and_imports(article, admin, tmp_path):
    exported_file, translated = tmp_path / "out.po", tmp_path / "ru.po"
    call_command("translations", "export", str(article.pk), "--to", "ru", "--format", "po",
                 "-o", str(exported_file))  # fmt: skip
    translated.write_bytes(translate_po(exported_file.read_bytes()))
    out = io.StringIO()

    call_command("translations", "import", str(translated), "--user", admin.username, stdout=out)

    assert "draft created" in out.getvalue()


def test_the_command_names_the_problems_of_a_bad_file(admin, tmp_path):
    bad = tmp_path / "bad.xlf"
    bad.write_bytes(b"<xliff")

    with pytest.raises(CommandError, match="nothing was imported:\n  The file is not well-formed"):
        call_command("translations", "import", str(bad), "--user", admin.username)
