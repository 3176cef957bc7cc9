import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# The site's icon as browsers show it in tabs and bookmarks: square, sharp on high-density
# screens, PNG (which every browser takes).
FAVICON_FILTER = "fill-64x64|format-png"


def platform_language_codes():
    return [code for code, _name in settings.LANGUAGES]


def default_site_languages():
    return list(settings.PRIMARY_LANGUAGES)


def time_zone_or_default(name):
    try:
        return zoneinfo.ZoneInfo(name or settings.TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(settings.TIME_ZONE)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What makes one Wagtail Site a Habar site: its name, languages and contacts."""

    name = models.CharField(_("name"), max_length=255, blank=True)
    languages = models.JSONField(
        _("languages"),
        default=default_site_languages,
        help_text=_('Language codes this site publishes in, e.g. ["tk", "ru", "en"].'),
    )
    default_language = models.CharField(
        _("default language"), max_length=12, default=settings.LANGUAGE_CODE
    )
    time_zone = models.CharField(_("time zone"), max_length=64, default=settings.TIME_ZONE)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_(
            "One or two sentences on the site, for search engines and link previews of "
            "pages that have no description of their own."
        ),
    )
    favicon = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("icon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A square image shown in browser tabs and bookmarks. Without one, the "
            "platform's emblem."
        ),
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return self.name or str(self.site)

    @property
    def zone(self):
        """The site's time zone; the platform's (TIME_ZONE) if the name is not a known one."""
        return time_zone_or_default(self.time_zone)

    @cached_property
    def favicon_url(self):
        """The address of the site's own icon, or "" for the platform's emblem.

        The reading path computes it before it caches the settings (habar.sites.routing),
        so pages show it without a query.
        """
        if self.favicon is None:
            return ""
        try:
            return self.favicon.get_rendition(FAVICON_FILTER).url
        except OSError:
            return ""  # the file is gone from storage: the emblem rather than a broken icon

    def clean(self):
        unknown = set(self.languages or []) - set(platform_language_codes())
        if unknown:
            raise ValidationError(
                {"languages": _("Unknown language codes: %s") % ", ".join(sorted(unknown))}
            )
        try:
            zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise ValidationError({"time_zone": _("Unknown time zone.")}) from exc
        if self.default_language not in (self.languages or []):
            raise ValidationError(
                {"default_language": _("The default language must be one of the site's.")}
            )
