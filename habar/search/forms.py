import datetime
import re
import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%Y-%m-%d"]
# How a date is written, in the reader's letters: shown under the field and inside it.
DATE_HINT = _("DD.MM.YYYY")
# Far enough to cover any archive, near enough to convert to UTC and back without overflow.
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2999, 12, 31)


def clean_text(value, limit):
    """`value` without control characters (NUL included) or runs of spaces, cut at `limit`.

    Returns the text and whether it had to be cut. Format characters (Cf) stay: Persian
    and emoji need the zero-width joiners.
    """
    value = "".join(
        " " if unicodedata.category(char) == "Cc" else char
        for char in value
        if unicodedata.category(char) != "Cs"
    )
    value = re.sub(r"\s+", " ", value).strip()
    if len(value) <= limit:
        return value, False
    return value[:limit].rstrip(), True


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, widget=forms.SearchInput)
    section = forms.ChoiceField(label=_("Section"), required=False)

    def __init__(self, data, sections):
        data = data.copy()
        self.query_was_shortened = False
        if "q" in data:
            data["q"], self.query_was_shortened = clean_text(data["q"], MAX_QUERY_LENGTH)
        for name in ("from", "to"):
            if name in data:
                data[name] = clean_text(data[name], 20)[0]
        super().__init__(data)
        sections = list(sections)
        self.sections = {section.slug: section for section in sections}
        self.fields["section"].choices = [("", _("All sections"))] + [
            (section.slug, section.title) for section in sections
        ]
        # "from" is a Python keyword: the fields are added here rather than declared.
        self.fields["from"] = self.date_field(_("From"))
        self.fields["to"] = self.date_field(_("To"))

    @staticmethod
    def date_field(label):
        return forms.DateField(
            label=label,
            required=False,
            input_formats=DATE_INPUT_FORMATS,
            help_text=DATE_HINT,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "placeholder": DATE_HINT}),
            error_messages={"invalid": _("Enter a date as DD.MM.YYYY, for example 31.12.2024.")},
        )

    def clean(self):
        cleaned_data = super().clean()
        for name in ("from", "to"):
            date = cleaned_data.get(name)
            if date and not EARLIEST_DATE <= date <= LATEST_DATE:
                self.add_error(name, _("Enter a date between 1900 and 2999."))
        start, end = cleaned_data.get("from"), cleaned_data.get("to")
        if start and end and start > end:
            self.add_error("to", _("The end date is before the start date."))
        return cleaned_data

    @property
    def section_page(self):
        return self.sections.get(self.cleaned_data.get("section") or "")
