"""Whether a translator's file can be imported, with every reason it cannot.

A file matches when it names pages that exist, in its source language, as of revisions of
those pages; its units are exactly those revisions' units with the same source text; the
source has not changed since (else the translator worked on old text); every unit is
translated, rich text only with the markup the editor allows; and the person importing may
write the translation (edit it, or add it under the translated parent).
"""

from dataclasses import dataclass
from html.parser import HTMLParser

from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from habar.news.parity import site_languages
from habar.news.translation_units import same_text, units_by_id

from .files import FileProblem

# What the paragraph editor writes (habar.news.blocks), with Wagtail's stored link form.
ALLOWED_TAGS = {
    "p": set(),
    "b": set(),
    "i": set(),
    "sup": set(),
    "br": set(),
    "ol": set(),
    "ul": set(),
    "li": set(),
    "h2": set(),
    "h3": set(),
    "h4": set(),
    "a": {"href", "linktype", "id"},
}


@dataclass
class Plan:
    source: Page
    revision: object  # the exported revision: the structure the translation takes
    baseline_revision: object  # the source's revision the translation now renders
    texts: dict  # unit id -> translated text


def check_file(translation_file, user, expected_page=None):
    """One Plan per page of the file, or FileProblem naming every problem found."""
    problems = check_languages(translation_file)
    if expected_page is not None and expected_page.pk not in {
        page.page_id for page in translation_file.pages
    }:
        problems.append(
            _("The file is for other pages (%(pages)s), not “%(title)s”.")
            % {
                "pages": ", ".join(str(page.page_id) for page in translation_file.pages),
                "title": expected_page.get_admin_display_title(),
            }
        )
    plans = []
    for page_text in translation_file.pages:
        plan, page_problems = check_page(page_text, translation_file, user)
        problems += page_problems
        if plan:
            plans.append(plan)
    if problems:
        raise FileProblem(problems)
    return plans


def check_languages(translation_file):
    source, target = translation_file.source_language, translation_file.target_language
    if not Locale.objects.filter(language_code=target).exists():
        return [
            _("The file is for “%(language)s”, which is not a language of Habar.")
            % {"language": target}
        ]
    if source == target:
        return [
            _("The file's source and target languages are both “%(language)s”.")
            % {"language": target}
        ]
    return []


def check_page(page_text, translation_file, user):
    """(Plan or None, problems) for one page of the file."""
    named = {"page": page_text.page_id, "title": page_text.title or page_text.page_id}
    source, revision, problem = find_source(page_text, translation_file, named)
    if problem:
        return None, [problem]
    problems = check_units(page_text, units_by_id(revision.as_object()), named)
    current = source.latest_revision
    if not problems and current.pk != revision.pk:
        changed = changed_units(units_by_id(revision.as_object()), units_by_id(current.as_object()))
        if changed:
            problems.append(
                _(
                    "“%(title)s” has changed since the file was exported (%(units)s): export it "
                    "again and translate the new text."
                )
                % {**named, "units": ", ".join(changed)}
            )
    problems += check_permission(source, translation_file.target_language, user, named)
    if problems:
        return None, problems
    texts = {unit.id: unit.target for unit in page_text.units}
    # The text is the same as now: the translation renders the source's latest revision.
    return Plan(source, revision, current, texts), []


def find_source(page_text, translation_file, named):
    """(source page, exported revision, None), or (…, the problem)."""
    source = Page.objects.filter(pk=page_text.page_id).select_related("locale").first()
    if source is None:
        return None, None, _("Page %(page)s (“%(title)s”) does not exist.") % named
    source = source.specific
    named["title"] = source.get_admin_display_title()
    if source.locale.language_code != translation_file.source_language:
        return (
            None,
            None,
            (
                _(
                    "The file's source language is “%(file)s”, but “%(title)s” is in “%(page)s”: "
                    "this is not the file exported from it."
                )
                % {
                    **named,
                    "file": translation_file.source_language,
                    "page": source.locale.language_code,
                }
            ),
        )
    target = translation_file.target_language
    site = source.get_site()
    if site is not None and target not in site_languages(site):
        return (
            None,
            None,
            (
                _("“%(title)s” is on a site that does not publish in “%(language)s”.")
                % {**named, "language": target}
            ),
        )
    revision = source.revisions.filter(pk=page_text.revision_id).first()
    if revision is None:
        return (
            None,
            None,
            (
                _("“%(title)s” has no revision %(revision)s: the file was not exported from it.")
                % {**named, "revision": page_text.revision_id}
            ),
        )
    return source, revision, None


def changed_units(then, now):
    """Ids of the units added, removed or reworded between two versions of a page."""
    ids = dict.fromkeys([*then, *now])
    return [
        unit_id
        for unit_id in ids
        if unit_id not in then
        or unit_id not in now
        or not same_text(then[unit_id].text, now[unit_id].text)
    ]


def check_units(page_text, expected, named):
    problems = []
    found = {unit.id: unit for unit in page_text.units}
    unknown = [unit_id for unit_id in found if unit_id not in expected]
    missing = [unit_id for unit_id in expected if unit_id not in found]
    if unknown:
        problems.append(
            _("“%(title)s” has no units %(units)s: the file holds text that is not the page's.")
            % {**named, "units": ", ".join(unknown)}
        )
    if missing:
        problems.append(
            _("The file lacks units of “%(title)s”: %(units)s.")
            % {**named, "units": ", ".join(missing)}
        )
    for unit_id, unit in found.items():
        if unit_id not in expected:
            continue
        if unit.source != expected[unit_id].text:
            problems.append(
                _(
                    "The source text of unit “%(unit)s” is not that of “%(title)s”: it was "
                    "edited in the file."
                )
                % {**named, "unit": unit_id}
            )
        elif not unit.target.strip():
            problems.append(
                _("Unit “%(unit)s” of “%(title)s” is not translated.") % {**named, "unit": unit_id}
            )
        elif expected[unit_id].is_html:
            problems += check_markup(unit, named)
    return problems


class MarkupChecker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refused = []

    def handle_starttag(self, tag, attrs):
        allowed = ALLOWED_TAGS.get(tag)
        if allowed is None:
            self.refused.append(f"<{tag}>")
        else:
            self.refused += [f"<{tag} {name}>" for name, _value in attrs if name not in allowed]


def check_markup(unit, named):
    checker = MarkupChecker()
    checker.feed(unit.target)
    checker.close()
    if not checker.refused:
        return []
    return [
        _("Unit “%(unit)s” of “%(title)s” has markup the editor does not allow: %(markup)s.")
        % {**named, "unit": unit.id, "markup": ", ".join(dict.fromkeys(checker.refused))}
    ]


def check_permission(source, language, user, named):
    locale = Locale.objects.get(language_code=language)
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        if existing.permissions_for_user(user).can_edit():
            return []
        return [_("You may not edit the translation of “%(title)s”.") % named]
    parent = source.get_parent().specific.get_translation_or_none(locale)
    if parent is None:
        return [
            _("“%(title)s” cannot be translated into “%(language)s” before its section is.")
            % {**named, "language": language}
        ]
    if parent.permissions_for_user(user).can_add_subpage():
        return []
    return [_("You may not add the translation of “%(title)s” to its section.") % named]
