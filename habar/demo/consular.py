"""The demo's consular services: a services index on every site, the ministry's four
services offered by every mission (copies in the languages they share, with Berlin's and
Seoul's own fees), and each mission's translation of them into its host language.

Running it again changes nothing: what exists is left as it is.
"""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from habar.consular.models import ServiceIndexPage, ServicePage
from habar.consular.syndication import sync_copies
from habar.core.text import ascii_slug

from .consular_texts import FORM_TITLE, INDEX, SERVICES

MINISTRY_HOST = "localhost"
# Mission key (as in consular_texts' mission_fees) -> (host name, host language).
MISSIONS = {
    "berlin": ("berlin.localhost", "de"),
    "seoul": ("seoul.localhost", "ko"),
    "tehran": ("tehran.localhost", "fa"),
}
INDEX_SLUG = "consular-services"


def build_consular_services():
    ministry = Site.objects.filter(hostname=MINISTRY_HOST).first()
    if ministry is None:
        return
    missions = {
        key: (site, language)
        for key, (host, language) in MISSIONS.items()
        if (site := Site.objects.filter(hostname=host).first())
    }
    mission_sites = [site for site, _language in missions.values()]
    indexes = {site.pk: services_indexes(site) for site in [ministry, *mission_sites]}
    form = registration_form()
    for spec in SERVICES:
        origins = ministry_service(spec, indexes[ministry.pk], mission_sites, form)
        for key, (site, language) in missions.items():
            for index in indexes[site.pk].values():
                copies = ServicePage.objects.child_of(index).filter(syndicated_from__in=origins)
                for copy in copies:
                    give_own_fees(copy, spec["mission_fees"].get(key))
            local_translation(spec, key, language, indexes[site.pk], form)


def homes(site):
    pages = Page.objects.filter(translation_key=site.root_page.translation_key)
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def services_indexes(site):
    """The site's services index in each of its languages (translations of each other)."""
    found, source = {}, None
    for code, home in sorted(homes(site).items(), key=lambda item: item[0] != "en"):
        if code not in INDEX:
            continue
        index = ServiceIndexPage.objects.child_of(home).first()
        if index is None:
            title, intro = INDEX[code]
            index = ServiceIndexPage(title=title, slug=INDEX_SLUG, intro=intro, locale=home.locale)
            if source is not None:
                index.translation_key = source.translation_key
            home.add_child(instance=index)
        source = source or index
        found[code] = index
    return found


def fees(amounts, conditions):
    return [
        ("fee", {"condition": condition, "amount": Decimal(amount), "currency": currency})
        for (amount, currency), condition in zip(amounts, conditions, strict=True)
    ]


def content(spec, code, form):
    text = spec[code]
    return {
        "title": text["title"],
        "draft_title": text["title"],
        "summary": text["summary"],
        "eligibility": text["eligibility"],
        "documents": [("document", {"name": name, "note": ""}) for name in text["documents"]],
        "fees": fees(spec["fees"], text["fees"]),
        "processing_time": text["processing_time"],
        "steps": [("step", {"title": title, "text": body}) for title, body in text["steps"]],
        "forms": [("form", {"document": form, "title": ""})] if spec.get("form") else [],
        "last_reviewed": datetime.date.fromisoformat(spec["reviewed"]),
    }


def ministry_service(spec, indexes, mission_sites, form):
    """The ministry's service in each of its languages, offered by every mission."""
    pages, source = [], None
    for code in ["en", "ru", "tk"]:
        index = indexes.get(code)
        if index is None:
            continue
        page = ServicePage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if page is None:
            page = ServicePage(slug=spec["slug"], locale=index.locale, **content(spec, code, form))
            if source is not None:
                page.translation_key = source.translation_key
            page.missions.set(mission_sites)  # saved with the page
            index.add_child(instance=page)
            sync_copies(page)
        source = source or page
        pages.append(page)
    return pages


def give_own_fees(copy, amounts):
    """A mission's own fees on its copy, with the conditions as the copy words them."""
    if not amounts or copy.mission_fees:
        return
    conditions = [fee.value["condition"] for fee in copy.fees]
    copy.mission_fees = fees(amounts, conditions)
    copy.save_revision().publish()


def local_translation(spec, key, language, indexes, form):
    """The mission's own translation of the ministry's service into its host language: a
    translation of the English copy, so the language switcher joins them."""
    index, english_index = indexes.get(language), indexes.get("en")
    if index is None or english_index is None or language not in spec:
        return
    english = (
        ServicePage.objects.child_of(english_index)
        .filter(syndicated_from__isnull=False, slug=spec["slug"])
        .first()
    )
    if (
        english is None
        or ServicePage.objects.filter(
            translation_key=english.translation_key, locale=index.locale
        ).exists()
    ):
        return
    page = ServicePage(
        slug=ascii_slug(spec[language]["title"]) or spec["slug"],
        locale=index.locale,
        translation_key=english.translation_key,
        **content(spec, language, form),
    )
    if key in spec["mission_fees"]:
        page.fees = fees(spec["mission_fees"][key], spec[language]["fees"])
    index.add_child(instance=page)


def registration_form():
    documents = get_document_model().objects
    form = documents.filter(title=FORM_TITLE).first()
    if form is None:
        form = documents.create(
            title=FORM_TITLE, file=ContentFile(pdf(FORM_TITLE), name="registration-card.pdf")
        )
    return form


def pdf(text):
    """A one-page PDF saying `text` (ASCII)."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
