import datetime
import zoneinfo

import pytest
from django.core.management.base import CommandError

from habar.importer.models import ImportedItem
from habar.importer.records import Record
from habar.importer.textdump import parse_page_text
from habar.news.models import ArticlePage
from habar.stats.models import PageViewTotal, shown_views

from .conftest import FIXTURES, SEED

ASHGABAT = zoneinfo.ZoneInfo("Asia/Ashgabat")


def seed_body():
    """The seed's body line, its CSV-doubled quotes un-doubled."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    body = lines[lines.index("1114") + 2]
    assert '""' in body
    return body.replace('""', '"')


@pytest.fixture
def seed_article(tree, run_import):
    run_import(SEED, "--site", "testserver")
    return ArticlePage.objects.get()


def test_seed_article_lands_in_its_section(tree, seed_article):
    assert seed_article.get_parent().pk == tree.section("politics", "en").pk
    assert seed_article.title == (
        "Videoconfrence with the Head of the United Nations Office of Counter-Terrorism (UNOCT)"
    )


def test_seed_article_keeps_its_publication_date(seed_article, client, html):
    assert seed_article.publication_date.astimezone(ASHGABAT).date() == datetime.date(2020, 11, 2)
    assert "02.11.2020" in html(client.get(seed_article.url)).get_text()


def test_seed_article_shows_the_old_view_count(seed_article, client, html):
    assert shown_views(seed_article.pk) == 1114
    assert "1114" in html(client.get(seed_article.url)).get_text()


def test_seed_body_is_verbatim_with_quotes_undoubled(seed_article, client, html):
    [block] = seed_article.body
    assert block.block_type == "paragraph"
    page = html(client.get(seed_article.url))
    assert seed_body() in page.get_text()
    assert '""' not in page.get_text()


def test_last_news_and_chrome_are_dropped(seed_article):
    text = seed_article.body[0].value.source
    assert "Swiss Confederation" not in text
    assert "top-arrow" not in text


def test_importing_again_adds_no_duplicate(tree, run_import, seed_article):
    output, rows = run_import(SEED, "--site", "testserver")
    assert ArticlePage.objects.count() == 1
    assert rows[0]["outcome"] == "skipped"
    assert "skipped: 1" in output
    assert shown_views(seed_article.pk) == 1114


def test_changed_item_updates_its_page_and_adds_only_new_views(tree, run_import, tmp_path):
    run_import(SEED, "--site", "testserver")
    article = ArticlePage.objects.get()
    PageViewTotal.objects.filter(page=article).update(views=1114 + 6)  # readers here since
    changed = tmp_path / "seed.txt"
    text = SEED.read_text(encoding="utf-8").replace("\n1114\n", "\n1200\n")
    changed.write_text(text.replace("meeing", "meeting"), encoding="utf-8")
    _output, rows = run_import(changed, "--site", "testserver")
    assert rows[0]["outcome"] == "updated"
    article = ArticlePage.objects.get()
    assert "videoconference meeting" in article.body[0].value.source
    assert shown_views(article.pk) == 1200 + 6


def test_dry_run_writes_nothing(tree, run_import):
    output, rows = run_import(SEED, "--site", "testserver", "--dry-run")
    assert rows[0]["outcome"] == "created"
    assert "Dry run" in output
    assert not ArticlePage.objects.exists()
    assert not ImportedItem.objects.exists()


def test_language_is_detected_from_the_text(tree, run_import, tmp_path):
    dump = tmp_path / "ru.txt"
    dump.write_text(
        "Главная \\ Политика \\ Брифинг в министерстве\nОпубликовано 15.01.2020\n42\n\n"
        "В министерстве прошёл брифинг для журналистов.\n\nПоследние новости\n",
        encoding="utf-8",
    )
    run_import(dump, "--site", "testserver")
    article = ArticlePage.objects.get()
    assert article.locale.language_code == "ru"
    assert article.get_parent().pk == tree.section("politics", "ru").pk


def test_broken_encoding_is_reported_and_skipped(tree, run_import, tmp_path):
    dump = tmp_path / "cp1251.txt"
    dump.write_bytes("Главная \\ Политика \\ Брифинг\n15.01.2020\n\nТекст.\n".encode("cp1251"))
    output, rows = run_import(dump, "--site", "testserver")
    assert rows[0]["outcome"] == "failed"
    assert "encoding" in rows[0]["reason"]
    assert not ArticlePage.objects.exists()


def test_empty_body_is_reported(tree, run_import, tmp_path):
    dump = tmp_path / "empty.txt"
    dump.write_text("Home \\ Politics \\ Nothing here\nPublished 01.01.2020\n7\n\nLast news\n")
    _output, rows = run_import(dump, "--site", "testserver")
    assert (rows[0]["outcome"], rows[0]["reason"]) == ("failed", "empty body")


def test_oversized_file_is_reported(tree, run_import):
    _output, rows = run_import(SEED, "--site", "testserver", "--max-size", "1000")
    assert rows[0]["outcome"] == "failed"
    assert "too large" in rows[0]["reason"]


def test_csv_export_rows_import_with_translations_and_redirects(tree, run_import, client):
    _output, rows = run_import(FIXTURES / "export.csv", "--site", "testserver")
    assert [row["outcome"] for row in rows] == ["created", "created", "failed"]
    assert "unparseable date" in rows[2]["reason"]
    english = ArticlePage.objects.get(locale__language_code="en")
    russian = ArticlePage.objects.get(locale__language_code="ru")
    assert english.body[0].value.source == f"<p>{seed_body()}</p>"
    assert shown_views(english.pk) == 1114
    assert russian.translation_key == english.translation_key
    assert client.get("/index.php/ru/news?id=4712", follow=True).redirect_chain[-1][0] == (
        russian.url
    )


def test_page_text_parser_reads_one_line_breadcrumbs():
    record = parse_page_text(
        "Home \\ Economy \\ Trade grew\nEconomy\nTrade grew\nPublished 03.04.2021\n1 234\n\n"
        "First paragraph.\nSecond paragraph.\nLast news\n01.01\nOther\ntop-arrow",
        Record(origin="test"),
    )
    assert (record.section, record.title, record.views) == ("Economy", "Trade grew", 1234)
    assert record.published == datetime.date(2021, 4, 3)
    assert record.body_html == "<p>First paragraph.</p><p>Second paragraph.</p>"


def test_unknown_language_for_the_site_is_reported(tree, run_import):
    _output, rows = run_import(SEED, "--site", "testserver", "--language", "de")
    assert rows[0]["outcome"] == "failed"
    assert "not one of the site's" in rows[0]["reason"]


def test_unknown_platform_language_is_a_command_error(tree, run_import):
    with pytest.raises(CommandError, match="Unknown language"):
        run_import(SEED, "--site", "testserver", "--language", "xx")
