"""The back office's Turkmen catalogues (admin-locale/): which catalogue wins, and the gate that
keeps them complete and in step with their packages (scripts/check_admin_catalogues.py)."""

import importlib.util
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation.trans_real import DjangoTranslation
from wagtail.admin.localization import WAGTAILADMIN_PROVIDED_LANGUAGES

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)


def load_gate():
    spec = importlib.util.spec_from_file_location(
        "check_admin_catalogues", SCRIPTS / "check_admin_catalogues.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def catalogue(root, entries, domain="django", compiled=True):
    """A Turkmen catalogue under root (a LOCALE_PATHS folder) holding entries (.po text)."""
    po = root / "tk" / "LC_MESSAGES" / f"{domain}.po"
    po.parent.mkdir(parents=True)
    po.write_text(HEADER + entries, encoding="utf-8")
    if compiled:
        subprocess.run(["msgfmt", "-o", po.with_suffix(".mo"), po], check=True)  # noqa: S603, S607
    return po


def test_habars_catalogues_come_first_a_package_before_its_parent_djangos_own_last():
    first, *packages = [Path(path).name for path in settings.LOCALE_PATHS]
    assert first == "locale"
    assert packages
    for package in packages:
        parent = package.rpartition(".")[0]
        assert parent not in packages or packages.index(package) < packages.index(parent)
    assert "django.conf" not in packages or packages[-1] == "django.conf"


# Strings of Django's and Wagtail's, named here so that makemessages takes them for none of
# Habar's own.
PASSWORD, LOADING = "Password", "Loading…"


def test_an_admin_catalogue_wins_over_the_packages_own():
    # Django's auth ships a Turkmen catalogue of its own ("Parol"); Habar's says "Açar söz".
    with translation.override("tk"):
        assert gettext(PASSWORD) == "Açar söz"


def test_habars_own_catalogue_wins_over_an_admin_catalogue(tmp_path):
    catalogue(tmp_path / "habar", 'msgid "Password"\nmsgstr "Habaryň açar sözi"\n')
    catalogue(tmp_path / "admin", 'msgid "Password"\nmsgstr "Bukjanyň açar sözi"\n')
    locale_paths = [tmp_path / "habar", tmp_path / "admin"]
    with override_settings(LOCALE_PATHS=locale_paths), translation.override("tk"):
        assert gettext(PASSWORD) == "Habaryň açar sözi"


def test_the_admins_javascript_catalogue_takes_admin_locale_too(tmp_path):
    catalogue(tmp_path / "admin", 'msgid "Loading…"\nmsgstr "Ýüklenýär…"\n', domain="djangojs")
    wagtail_admin = Path(importlib.util.find_spec("wagtail.admin").origin).parent / "locale"
    with override_settings(LOCALE_PATHS=[tmp_path / "admin"]):
        javascript = DjangoTranslation("tk", domain="djangojs", localedirs=[wagtail_admin])
    assert javascript.gettext(LOADING) == "Ýüklenýär…"


def test_an_editor_may_choose_turkmen_and_languages_wagtail_translates():
    offered = dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)
    assert {"tk", "ru", "en", "de", "fa", "ko"} <= offered.keys()
    assert offered.keys() - {"tk"} <= dict(WAGTAILADMIN_PROVIDED_LANGUAGES).keys()
    assert offered.keys() <= dict(settings.LANGUAGES).keys()


def test_the_gate_reads_contexts_plurals_and_fuzzy_entries(tmp_path):
    po = catalogue(
        tmp_path,
        'msgctxt "A tag name"\nmsgid "name"\nmsgstr "ady"\n\n'
        '#, fuzzy\nmsgid "Yes"\nmsgstr "Hawa"\n\n'
        'msgid "%d page"\nmsgid_plural "%d pages"\nmsgstr[0] "%d sahypa"\nmsgstr[1] ""\n\n'
        '#~ msgid "Gone"\n#~ msgstr "Ýok"\n',
        compiled=False,
    )
    assert load_gate().read_po(po) == {
        ("A tag name", "name", None): (["ady"], False),
        (None, "Yes", None): (["Hawa"], True),
        (None, "%d page", "%d pages"): (["%d sahypa", ""], False),
    }


@pytest.fixture
def english(tmp_path):
    return load_gate().read_po(
        catalogue(
            tmp_path / "en",
            'msgid "Save"\nmsgstr ""\n\nmsgid "Delete"\nmsgstr ""\n\n'
            'msgctxt "verb"\nmsgid "Publish"\nmsgstr ""\n',
            compiled=False,
        )
    )


def test_the_gate_passes_a_complete_catalogue(tmp_path, english):
    po = catalogue(
        tmp_path / "tk",
        'msgid "Save"\nmsgstr "Ýatda sakla"\n\nmsgid "Delete"\nmsgstr "Poz"\n\n'
        'msgctxt "verb"\nmsgid "Publish"\nmsgstr "Çap et"\n',
    )
    assert load_gate().check_catalogue(po, english) == []


def test_the_gate_names_strings_an_upgrade_added_or_dropped(tmp_path, english):
    po = catalogue(
        tmp_path / "tk",
        'msgid "Save"\nmsgstr "Ýatda sakla"\n\nmsgid "Delete"\nmsgstr ""\n\n'
        'msgid "Publish"\nmsgstr "Çap et"\n',
    )
    assert load_gate().check_catalogue(po, english) == [
        "untranslated: 'Delete'",
        "missing (the package has it): 'Publish' (context 'verb')",
        "not the package's (remove it): 'Publish'",
    ]


def test_the_gate_refuses_a_stale_compiled_catalogue(tmp_path, english):
    po = catalogue(
        tmp_path / "tk",
        'msgid "Save"\nmsgstr "Ýatda sakla"\n\nmsgid "Delete"\nmsgstr "Poz"\n\n'
        'msgctxt "verb"\nmsgid "Publish"\nmsgstr "Çap et"\n',
    )
    po.write_text(po.read_text(encoding="utf-8").replace("Poz", "Pozmak"), encoding="utf-8")
    assert load_gate().check_catalogue(po, english) == [
        "django.mo is not compiled from the .po (run 'make messages')"
    ]
