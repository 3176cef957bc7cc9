from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from habar.sites.models import SiteSettings


class TelegramSettingsForm(WagtailAdminModelForm):
    """A site's channels: one per language, in the languages the site publishes.

    Checked here, where the site is known (a channel's own form knows neither its site nor
    its sibling rows, and the unique constraint would otherwise fail only on saving)."""

    def clean(self):
        cleaned = super().clean()
        languages = set(SiteSettings.for_site(self.instance.site).languages)
        seen = set()
        for form in self.formsets["channels"].forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            language = form.cleaned_data.get("language")
            if not language:
                continue
            if language not in languages:
                form.add_error("language", _("The site does not publish in this language."))
            elif language in seen:
                form.add_error("language", _("This language has a channel already."))
            seen.add(language)
        return cleaned
