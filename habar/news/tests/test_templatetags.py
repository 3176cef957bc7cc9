"""The header: language switcher and section navigation."""

from habar.news.tests.factories import ArticleIndexPageFactory, ArticlePageFactory


def language_links(page):
    return {a["lang"]: a["href"] for a in page.select("nav.languages a")}


def test_switcher_links_to_the_translation(tree, reader, html):
    english = ArticlePageFactory(parent=tree.section(), title="Visit")
    russian = ArticlePageFactory(
        parent=tree.section(language="ru"),
        title="Визит",
        translation_key=english.translation_key,
    )

    links = language_links(html(reader.get(english.url)))

    assert links["ru"] == russian.url


def test_switcher_falls_back_to_the_home_of_a_language_without_translation(tree, reader, html):
    english = ArticlePageFactory(parent=tree.section())

    assert language_links(html(reader.get(english.url)))["tk"] == tree.homes["tk"].url


def test_switcher_ignores_draft_translations(tree, reader, html):
    english = ArticlePageFactory(parent=tree.section())
    ArticlePageFactory(
        parent=tree.section(language="ru"), live=False, translation_key=english.translation_key
    )

    assert language_links(html(reader.get(english.url)))["ru"] == tree.homes["ru"].url


def test_switcher_marks_the_current_language(tree, reader, html):
    page = html(reader.get(tree.homes["ru"].url))

    assert page.select_one("nav.languages a[aria-current]")["lang"] == "ru"


def test_switcher_offers_only_the_site_languages(tree, reader, html):
    tree.settings.languages = ["tk", "en"]
    tree.settings.save()

    assert set(language_links(html(reader.get(tree.homes["en"].url)))) == {"tk", "en"}


def test_section_navigation_lists_this_language(tree, reader, html):
    page = html(reader.get(tree.homes["ru"].url))

    assert [a.get_text() for a in page.select("nav.sections a")] == ["Политика", "Экономика"]


def test_section_navigation_leaves_out_drafts(tree, reader, html):
    ArticleIndexPageFactory(parent=tree.homes["en"], title="Hidden", live=False)

    page = html(reader.get(tree.homes["en"].url))

    assert "Hidden" not in [a.get_text() for a in page.select("nav.sections a")]


def test_section_navigation_marks_the_current_section(tree, reader, html):
    page = html(reader.get(tree.section("economy").url))

    assert page.select_one("nav.sections a[aria-current=page]").get_text() == "Economy"
