import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


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

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return self.name or str(self.site)

    @property
    def zone(self):
        """The site's time zone; the platform's (TIME_ZONE) if the name is not a known one."""
        return time_zone_or_default(self.time_zone)

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
