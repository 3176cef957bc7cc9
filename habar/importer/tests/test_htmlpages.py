import pytest
from django.core.management.base import CommandError
from wagtail.images import get_image_model

from habar.news.models import ArticleIndexPage, ArticlePage
from habar.stats.models import shown_views

from .conftest import ASHGABAT, FIXTURES

OLD_SITE = FIXTURES / "oldsite"
# The large page is 54 KB; every other page fits well under this.
MAX_SIZE = 20_000


@pytest.fixture
def imported(tree, run_import):
    return run_import(OLD_SITE, "--site", "testserver", "--max-size", MAX_SIZE)


def outcomes(rows):
    return {row["origin"].removeprefix(f"{OLD_SITE}/"): row for row in rows}


def test_good_pages_in_three_languages_are_imported(imported):
    _output, rows = imported
    by_file = outcomes(rows)
    for name in ["en/news/1234.html", "ru/news/1234.html", "tk/news/1234.html"]:
        assert by_file[name]["outcome"] == "created", by_file[name]
    languages = sorted(ArticlePage.objects.values_list("locale__language_code", flat=True))
    assert languages == ["en", "ru", "tk"]


def test_broken_pages_are_reported_and_skipped(imported):
    output, rows = imported
    by_file = outcomes(rows)
    expected = {
        "en/news/bad-date.html": "unparseable date",
        "ru/news/empty.html": "empty body",
        "ru/news/cp1251.html": "broken encoding",
        "en/news/large.html": "file too large",
    }
    for name, reason in expected.items():
        assert by_file[name]["outcome"] == "failed"
        assert reason in by_file[name]["reason"]
    assert "failed: 4" in output
    assert ArticlePage.objects.count() == 3


def test_date_views_and_section_are_kept(tree, imported):
    article = ArticlePage.objects.get(locale__language_code="ru")
    assert article.get_parent().pk == tree.section("politics", "ru").pk
    assert article.publication_date.astimezone(ASHGABAT).isoformat() == "2019-03-12T10:30:00+05:00"
    assert shown_views(article.pk) == 1020


def test_missing_section_is_created_under_the_language_home(tree, imported):
    article = ArticlePage.objects.get(locale__language_code="tk")
    section = article.get_parent().specific
    assert isinstance(section, ArticleIndexPage)
    assert section.title == "Medeniýet"
    assert section.live
    assert section.get_parent().pk == tree.homes["tk"].pk


def test_body_is_sanitized_to_the_rich_text_features(imported):
    article = ArticlePage.objects.get(locale__language_code="en")
    html = "".join(
        str(block.value.source) for block in article.body if block.block_type == "paragraph"
    )
    assert "<b>Ashgabat</b>" in html
    assert "<i>next steps</i>" in html
    assert '<a href="http://mfa.old/en/news/1200">earlier talks</a>' in html
    assert "script" not in html
    assert "tracker" not in html
    assert "onclick" not in html
    assert "Share" not in html
    assert [block.block_type for block in article.body] == [
        "paragraph",
        "image",
        "heading",
        "paragraph",
    ]


def test_script_removal_is_reported(imported):
    _output, rows = imported
    assert "unsafe markup" in outcomes(rows)["en/news/1234.html"]["reason"]


def test_local_image_enters_the_library_and_missing_one_is_reported(imported):
    _output, rows = imported
    article = ArticlePage.objects.get(locale__language_code="en")
    image_block = next(block for block in article.body if block.block_type == "image")
    image = get_image_model().objects.get()
    assert image_block.value["image"].pk == image.pk
    assert image_block.value["alt_text"] == "The delegations at the table"
    assert (image.width, image.height) == (16, 12)
    assert "missing.jpg" in outcomes(rows)["en/news/1234.html"]["reason"]


def test_translations_are_linked(imported):
    keys = set(ArticlePage.objects.values_list("translation_key", flat=True))
    assert len(keys) == 1


def test_importing_the_folder_again_changes_nothing(tree, imported, run_import):
    _output, rows = run_import(OLD_SITE, "--site", "testserver", "--max-size", MAX_SIZE)
    assert {row["outcome"] for row in rows} == {"skipped", "failed"}
    assert ArticlePage.objects.count() == 3
    assert get_image_model().objects.count() == 1


def test_invalid_selector_is_a_command_error(tree, run_import, tmp_path):
    config = tmp_path / "rules.toml"
    config.write_text('[selectors]\ntitle = "h1[["\nbody = ".text"\n')
    with pytest.raises(CommandError, match="not valid CSS"):
        run_import(OLD_SITE, "--site", "testserver", "--config", config)


def test_missing_config_is_a_command_error(tree, run_import, tmp_path):
    (tmp_path / "page.html").write_text("<html></html>")
    with pytest.raises(CommandError, match="No extraction config"):
        run_import(tmp_path, "--site", "testserver")
