#!/usr/bin/env python
"""Fails when a Turkmen catalogue of the back office (admin-locale/) is incomplete or out of
step with the package it translates.

admin-locale/<package>/tk/LC_MESSAGES/<domain>.po translates the English catalogue the package
ships (<package>/locale/en/LC_MESSAGES/<domain>.po; Django's own strings are django.conf's).
A package that ships no English catalogue (django-otp, django-filter, django-axes) is compared
with the strings its source marks for translation, found as makemessages finds them.

Checked for each catalogue: every string translated, none fuzzy, `msgfmt -c` clean, Turkmen's
Plural-Forms, exactly the package's msgids (with their contexts and plurals: an upgrade that
adds or drops strings fails here, naming them), and the committed .mo compiled from the .po.
Every installed app that ships catalogues, and django.conf, must have its folder, else a new
package's strings would reach editors in English; a folder for a package not installed fails.

Run by scripts/check-messages: .venv/bin/python scripts/check_admin_catalogues.py
"""

import ast
import gettext
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import django
import django.conf
from django.apps import apps
from django.utils.translation.template import templatize

ROOT = Path(__file__).resolve().parent.parent
ADMIN_LOCALE = ROOT / "admin-locale"
LANGUAGE = "tk"
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
# As makemessages extracts Python (and templates, once templatized).
XGETTEXT_KEYWORDS = [
    "gettext_noop",
    "gettext_lazy",
    "ngettext_lazy:1,2",
    "pgettext:1c,2",
    "npgettext:1c,2,3",
    "pgettext_lazy:1c,2",
    "npgettext_lazy:1c,2,3",
]


def read_po(path):
    """The entries of a .po file but its header and obsolete ones: {(msgctxt, msgid,
    msgid_plural): (msgstrs, fuzzy)}."""
    entries, entry, field = {}, {}, None

    def close(entry):
        if entry.get("msgid"):
            key = (entry.get("msgctxt"), entry["msgid"], entry.get("msgid_plural"))
            msgstrs = [value for name, value in entry.items() if name.startswith("msgstr")]
            entries[key] = (msgstrs, entry.get("fuzzy", False))

    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith('"'):
            entry[field] += ast.literal_eval(line)
            continue
        if not line or line.startswith("#~"):
            continue
        if entry.get("complete") and line.startswith(("#", "msgctxt ", "msgid ")):
            close(entry)
            entry = {}
        if line.startswith("#"):
            entry["fuzzy"] = entry.get("fuzzy") or (line.startswith("#,") and "fuzzy" in line)
            continue
        field, _, value = line.partition(" ")
        entry[field] = ast.literal_eval(value)
        entry["complete"] = entry.get("complete") or field.startswith("msgstr")
    close(entry)
    return entries


def header(path):
    """The header's fields of a .po file."""
    with tempfile.TemporaryDirectory() as work:
        mo = Path(work) / "header.mo"
        subprocess.run(["msgfmt", "-o", mo, path], check=True, capture_output=True)  # noqa: S603, S607
        with mo.open("rb") as file:
            return gettext.GNUTranslations(file).info()


def write_source_template(package_dir, pot):
    """Write the strings a package's Python and templates mark for translation to pot."""
    with tempfile.TemporaryDirectory() as work:
        sources = sorted(package_dir.rglob("*.py"))
        for number, template in enumerate(sorted(package_dir.rglob("templates/**/*.html"))):
            text = templatize(template.read_text(encoding="utf-8"), origin=str(template))
            sources.append(Path(work) / f"template{number}.py")
            sources[-1].write_text(text, encoding="utf-8")
        keywords = [f"--keyword={keyword}" for keyword in XGETTEXT_KEYWORDS]
        subprocess.run(  # noqa: S603
            ["xgettext", "-L", "Python", "--from-code=UTF-8", "--force-po", *keywords]  # noqa: S607
            + ["--omit-header", "-o", pot, *sources],
            check=True,
            capture_output=True,
        )


def templates(work):
    """{package: {domain: the template its catalogue translates}}: every installed app that
    ships catalogues, and Django's own. Templates made from a package's source are written
    in the folder work."""
    found = {"django.conf": Path(django.conf.__file__).parent}
    for app_config in apps.get_app_configs():
        if (Path(app_config.path) / "locale").is_dir() and not app_config.name.startswith("habar"):
            found[app_config.name] = Path(app_config.path)
    result = {}
    for name, path in found.items():
        english = sorted((path / "locale" / "en" / "LC_MESSAGES").glob("*.po"))
        if not english:
            pot = work / name / "django.pot"
            pot.parent.mkdir()
            write_source_template(path, pot)
            english = [pot]
        result[name] = {po.stem: po for po in english}
    return result


def describe(key):
    msgctxt, msgid, msgid_plural = key
    text = repr(msgid) + (f" / {msgid_plural!r}" if msgid_plural else "")
    return f"{text} (context {msgctxt!r})" if msgctxt else text


def compiled_catalogue(path):
    """A .mo file's translations and Plural-Forms (the rest of its header is not used)."""
    with path.open("rb") as file:
        compiled = gettext.GNUTranslations(file)
    messages = {key: value for key, value in compiled._catalog.items() if key != ""}
    return messages, compiled.info().get("plural-forms")


def check_catalogue(po, english):
    """The problems of one catalogue, as lines to print."""
    problems = []
    checked = subprocess.run(  # noqa: S603
        ["msgfmt", "-c", "--statistics", "-o", "/dev/null", po],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    if checked.returncode:
        problems.append(f"msgfmt -c fails:\n{checked.stderr.strip()}")
    if header(po).get("plural-forms", "").strip() != PLURAL_FORMS:
        problems.append(f'Plural-Forms must be "{PLURAL_FORMS}"')
    entries = read_po(po)
    for key, (msgstrs, fuzzy) in entries.items():
        if fuzzy:
            problems.append(f"fuzzy: {describe(key)}")
        elif not all(msgstrs):
            problems.append(f"untranslated: {describe(key)}")
    for key in sorted(english.keys() - entries.keys(), key=str):
        problems.append(f"missing (the package has it): {describe(key)}")
    for key in sorted(entries.keys() - english.keys(), key=str):
        problems.append(f"not the package's (remove it): {describe(key)}")
    mo = po.with_suffix(".mo")
    if not mo.exists():
        problems.append(f"{mo.name} missing (run 'make messages')")
    elif not checked.returncode:
        with tempfile.TemporaryDirectory() as work:
            fresh = Path(work) / "fresh.mo"
            subprocess.run(["msgfmt", "-o", fresh, po], check=True)  # noqa: S603, S607
            if compiled_catalogue(fresh) != compiled_catalogue(mo):
                problems.append(f"{mo.name} is not compiled from the .po (run 'make messages')")
    return problems


def check(work):
    """Every problem of admin-locale/, as lines to print."""
    problems = []
    expected = templates(work)
    present = {path.name for path in ADMIN_LOCALE.glob("*") if path.is_dir()}
    for name in sorted(present - expected.keys()):
        problems.append(f"admin-locale/{name}: no installed app of that name ships catalogues")
    for name, domains in sorted(expected.items()):
        for domain, template in sorted(domains.items()):
            english = read_po(template)
            po = ADMIN_LOCALE / name / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
            where = po.relative_to(ROOT)
            if not po.exists():
                problems.append(f"{where}: missing ({len(english)} strings to translate)")
                continue
            problems += [f"{where}: {problem}" for problem in check_catalogue(po, english)]
    return problems


def main():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "habar.settings.test")
    django.setup()
    with tempfile.TemporaryDirectory() as work:
        if sys.argv[1:2] == ["--template"]:
            # The English template of a package's catalogue, for msgmerge after an upgrade.
            package, domain = (sys.argv[2:] + ["django"])[:2]
            sys.stdout.write(templates(Path(work))[package][domain].read_text(encoding="utf-8"))
            return 0
        problems = check(Path(work))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
