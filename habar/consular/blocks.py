"""The structured parts of a service page: documents, fees, steps and forms."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

# ISO 4217 codes of the currencies the network's missions take fees in.
CURRENCIES = [
    "TMT",
    "USD",
    "EUR",
    "RUB",
    "GBP",
    "CHF",
    "TRY",
    "IRR",
    "AED",
    "KRW",
    "JPY",
    "CNY",
    "KZT",
    "UZS",
    "UAH",
]


class RequiredDocumentBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("document"), max_length=255)
    note = blocks.CharBlock(label=_("note"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("document")


class FeeBlock(blocks.StructBlock):
    condition = blocks.CharBlock(
        label=_("condition"),
        max_length=255,
        help_text=_("Who pays this fee or when, e.g. “Adults” or “Urgent, 3 days”."),
    )
    amount = blocks.DecimalBlock(label=_("amount"), min_value=0, decimal_places=2)
    currency = blocks.ChoiceBlock(
        label=_("currency"), choices=[(code, code) for code in CURRENCIES], default="USD"
    )

    class Meta:
        icon = "table"
        label = _("fee")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=255)
    text = blocks.TextBlock(label=_("text"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("step")


class FormBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False)

    class Meta:
        icon = "download"
        label = _("form")


def documents_field():
    return [("document", RequiredDocumentBlock())]


def fees_field():
    return [("fee", FeeBlock())]


def steps_field():
    return [("step", StepBlock())]


def forms_field():
    return [("form", FormBlock())]
