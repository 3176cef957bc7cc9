"""XLIFF 2.0 (OASIS), written with the standard library, read with defusedxml.

One <file> per page, its id "page-<id>", and Habar's page and revision as attributes of its
own namespace (XLIFF 2.0 allows them on <file>). One <unit> per unit, its id the unit's id,
its name the block's label. Rich text travels as escaped HTML in <source> and <target>, the
same as it is stored: a translator keeps the tags; no XLIFF inline codes are used, and a
target holding some is refused rather than read without them.
"""

import re
from xml.etree import ElementTree  # noqa: S405  (writing only; reading goes through defusedxml)

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from django.utils.translation import gettext as _

from .files import (
    FileProblem,
    FileUnit,
    PageText,
    TranslationFile,
    check_unique,
    decoded,
    not_exported,
)

NS = "urn:oasis:names:tc:xliff:document:2.0"
HABAR_NS = "urn:habar:translation:1"
# XLIFF's own namespace unprefixed, as tools expect (ElementTree's default_namespace option
# refuses XLIFF's unqualified attributes).
ElementTree.register_namespace("", NS)
ElementTree.register_namespace("habar", HABAR_NS)
FILE_ID = re.compile(r"^page-(\d+)$")
CONTENT_TYPE = "application/xliff+xml"
EXTENSION = "xlf"


def q(name, namespace=NS):
    return f"{{{namespace}}}{name}"


def write(translation_file):
    root = ElementTree.Element(
        q("xliff"),
        {
            "version": "2.0",
            "srcLang": translation_file.source_language,
            "trgLang": translation_file.target_language,
        },
    )
    for page in translation_file.pages:
        attributes = {
            "id": f"page-{page.page_id}",
            q("page", HABAR_NS): str(page.page_id),
            q("revision", HABAR_NS): str(page.revision_id),
            q("title", HABAR_NS): page.title,
        }
        if page.url:
            attributes["original"] = page.url
        element = ElementTree.SubElement(root, q("file"), attributes)
        for unit in page.units:
            unit_attributes = {"id": unit.id, "name": unit.label}
            if unit.is_html:
                unit_attributes[q("format", HABAR_NS)] = "html"
            segment = ElementTree.SubElement(
                ElementTree.SubElement(element, q("unit"), unit_attributes), q("segment")
            )
            ElementTree.SubElement(segment, q("source")).text = unit.source
            ElementTree.SubElement(segment, q("target")).text = unit.target
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def read(data):
    try:
        root = fromstring(decoded(data))
    except (ParseError, DefusedXmlException) as error:
        raise FileProblem(
            _("The file is not well-formed XML: %(error)s.") % {"error": error}
        ) from error
    if root.tag != q("xliff") or root.get("version") != "2.0":
        raise FileProblem(_("The file is XML but not XLIFF 2.0."))
    source, target = root.get("srcLang"), root.get("trgLang")
    if not source or not target:
        raise FileProblem(_("The file does not say its source and target languages."))
    translation_file = TranslationFile(source, target)
    problems = []
    for element in root.findall(q("file")):
        page = read_page(element, problems)
        if page is not None:
            problems += check_unique(page)
            translation_file.pages.append(page)
    if not root.findall(q("file")):
        problems.append(not_exported())
    if problems:
        raise FileProblem(problems)
    return translation_file


def read_page(element, problems):
    match = FILE_ID.match(element.get("id", ""))
    revision = element.get(q("revision", HABAR_NS), "")
    if not match or not revision.isdigit():
        problems.append(not_exported())
        return None
    page = PageText(int(match[1]), int(revision), title=element.get(q("title", HABAR_NS), ""))
    for unit in element.iter(q("unit")):
        source, target = unit_texts(unit, problems)
        page.units.append(
            FileUnit(
                unit.get("id", ""),
                source,
                target,
                unit.get("name", ""),
                unit.get(q("format", HABAR_NS)) == "html",
            )
        )
    return page


def unit_texts(unit, problems):
    """The unit's source and target, its segments and ignorables joined in order."""
    sources, targets = [], []
    for part in unit:
        if part.tag not in (q("segment"), q("ignorable")):
            continue
        for texts, name in ((sources, "source"), (targets, "target")):
            element = part.find(q(name))
            if element is None:
                continue
            if len(element):
                problems.append(
                    _("Unit “%(unit)s” has XLIFF inline codes: keep the tags as in the source.")
                    % {"unit": unit.get("id", "")}
                )
            texts.append(element.text or "")
    return "".join(sources), "".join(targets)
