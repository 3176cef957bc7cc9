from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site

from .permissions import postable_sites, publishable_sites


def site_label(site):
    # Several sites may share a name in one network; the host names tell them apart.
    return f"{site.site_name} ({site.hostname})" if site.site_name else site.hostname


class NoticeForm(WagtailAdminModelForm):
    """Posted by a site the user publishes on, to the sites that site may post to."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["origin"].queryset = publishable_sites(self.for_user).order_by("hostname")
        self.fields["sites"].queryset = Site.objects.order_by("hostname")
        for name in ("origin", "sites"):
            self.fields[name].label_from_instance = site_label
        ministry = self.fields["origin"].queryset.filter(is_default_site=True).first()
        if ministry is not None and not self.instance.pk:
            self.initial.setdefault("origin", ministry.pk)

    def clean(self):
        cleaned = super().clean()
        origin, sites = cleaned.get("origin"), cleaned.get("sites")
        if origin is not None and sites is not None:
            allowed = set(postable_sites(self.for_user, origin).values_list("pk", flat=True))
            if any(site.pk not in allowed for site in sites):
                self.add_error(
                    "sites", _("A mission's notice can only be shown on the mission's own site.")
                )
        return cleaned
