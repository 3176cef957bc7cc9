"""Consular services of a site, per language: /api/v1/<language>/services/."""

import datetime

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Router, Schema
from pydantic import Field

from habar.consular.models import ServicePage

from .editions import edition_for, private_q
from .params import ERRORS, Language, PageId
from .serializers import absolute, api_url, document_value

router = Router(tags=["services"])


class RequiredDocument(Schema):
    name: str
    note: str


class Fee(Schema):
    condition: str = Field(description="Who pays this fee, or when.")
    amount: str = Field(description="The amount as a decimal number, e.g. `75.00`.")
    currency: str = Field(description="ISO 4217 currency code, e.g. `EUR`.")


class Step(Schema):
    title: str
    text: str


class DownloadForm(Schema):
    title: str
    url: str | None
    file_extension: str
    file_size: int | None


class Office(Schema):
    name: str
    address: str
    phone: str
    email: str
    url: str = Field(description="The service's page on that mission's site, else the site.")


class ServiceSummary(Schema):
    id: int
    title: str
    slug: str
    language: str
    url: str
    api_url: str
    summary: str
    last_reviewed: datetime.date
    syndicated: bool = Field(description="True for a mission's copy of a ministry service.")


class ServiceDetail(ServiceSummary):
    canonical_url: str = Field(description="The origin of a mission's copy.")
    eligibility: str = Field(description="Who may apply.")
    documents: list[RequiredDocument] = Field(description="The documents required.")
    fees: list[Fee] = Field(description="The fees at this site (a mission's own, if it has).")
    processing_time: str
    steps: list[Step]
    forms: list[DownloadForm] = Field(description="Forms to download.")
    notes: str = Field(description="The mission's own notes.")
    where_to_apply: list[Office]


def published_services(request, edition):
    return ServicePage.objects.descendant_of(edition.home).live().exclude(private_q(request))


def summary(request, edition, service):
    return {
        "id": service.pk,
        "title": service.title,
        "slug": service.slug,
        "language": edition.language,
        "url": service.get_full_url(request),
        "api_url": api_url(request, "service", language=edition.language, service_id=service.pk),
        "summary": service.summary,
        "last_reviewed": service.last_reviewed,
        "syndicated": service.syndicated_from_id is not None,
    }


def detail(request, edition, service):
    return {
        **summary(request, edition, service),
        "canonical_url": service.canonical_url(request),
        "eligibility": service.eligibility,
        "documents": [
            {"name": item.value["name"], "note": item.value.get("note") or ""}
            for item in service.documents
        ],
        "fees": [
            {
                "condition": fee.value["condition"],
                "amount": str(fee.value["amount"]),
                "currency": fee.value["currency"],
            }
            for fee in service.shown_fees()
        ],
        "processing_time": service.processing_time,
        "steps": [
            {"title": step.value["title"], "text": step.value.get("text") or ""}
            for step in service.steps
        ],
        "forms": [document_value(request, form.value) for form in service.forms],
        "notes": service.mission_notes,
        "where_to_apply": [
            {**office, "url": absolute(request, office["url"])}
            for office in service.offices(request)
        ],
    }


@router.get(
    "/{language}/services/",
    response={200: list[ServiceSummary], **ERRORS},
    url_name="services",
    summary="The site's consular services in one language",
)
def list_services(request, language: Language):
    edition = edition_for(request, language)
    services = published_services(request, edition).defer_streamfields().order_by("path")
    return [summary(request, edition, service) for service in services]


@router.get(
    "/{language}/services/{service_id}/",
    response={200: ServiceDetail, **ERRORS},
    url_name="service",
    summary="One consular service: documents, fees, steps, forms and where to apply",
)
def service_detail(request, language: Language, service_id: PageId):
    edition = edition_for(request, language)
    try:
        service = published_services(request, edition).get(pk=service_id)
    except ServicePage.DoesNotExist as exc:
        raise Http404(_("No such service.")) from exc
    return detail(request, edition, service)
