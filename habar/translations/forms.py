from django import forms
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from habar.news.models import ArticlePage
from habar.news.parity import site_languages

PAGE, ARTICLES, DAY = "page", "articles", "day"


class ExportForm(forms.Form):
    """Which pages (the page, or its articles: all, or one day's) into which language."""

    scope = forms.ChoiceField(
        label=_("Export"),
        choices=[
            (PAGE, _("This page")),
            (ARTICLES, _("Its articles")),
            (DAY, _("Its articles published on one day")),
        ],
        initial=PAGE,
        widget=forms.RadioSelect,
    )
    day = forms.DateField(label=_("Day"), required=False, widget=forms.DateInput({"type": "date"}))
    language = forms.ChoiceField(label=_("Translate into"))
    file_format = forms.ChoiceField(
        label=_("File format"),
        choices=[("xliff", _("XLIFF 2.0")), ("po", _("PO (gettext)"))],
        initial="xliff",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        site = page.get_site()
        codes = site_languages(site) if site else []
        self.fields["language"].choices = [
            (code, get_language_info(code)["name_translated"])
            for code in codes
            if code != page.locale.language_code
        ]
        if not self.articles().exists():
            del self.fields["scope"], self.fields["day"]

    def articles(self):
        return ArticlePage.objects.descendant_of(self.page).order_by("-publication_date", "pk")

    def clean(self):
        cleaned = super().clean()
        scope = cleaned.get("scope", PAGE)
        if scope == DAY and not cleaned.get("day"):
            self.add_error("day", _("Choose the day whose articles to export."))
        return cleaned

    def pages(self):
        scope = self.cleaned_data.get("scope", PAGE)
        if scope == PAGE:
            return [self.page]
        articles = self.articles()
        if scope == DAY:
            articles = articles.filter(publication_date__date=self.cleaned_data["day"])
        return list(articles)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Translated file"),
        help_text=_("An XLIFF 2.0 (.xlf) or PO (.po) file exported by Habar, translated."),
    )
