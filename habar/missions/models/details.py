"""A mission's details, once per site: what it is, its numbers and its hours."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from habar.sites.models import SiteSettings

from ..choices import Kind, Service


@register_setting(icon="globe")
class MissionDetails(ClusterableModel, BaseSiteSetting):
    """What a mission is, whatever the language: a site with a host country is a mission.

    Words readers read (its name, address, head, district, holidays) are on its page in
    each language (MissionPage); numbers, addresses of mail and hours are here, once.
    """

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.EMBASSY)
    country = models.CharField(
        _("host country code"),
        max_length=2,
        blank=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Two capital letters, e.g. DE."))],
        help_text=_("ISO 3166 code of the host country, e.g. DE. Empty: not a mission."),
    )
    phones = models.TextField(_("phones"), blank=True, help_text=_("One number per line."))
    emergency_phone = models.CharField(
        _("24-hour emergency phone"),
        max_length=64,
        blank=True,
        help_text=_("For citizens in an emergency, at any hour."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        MultiFieldPanel(
            [FieldPanel("emergency_phone"), FieldPanel("phones"), FieldPanel("email")],
            heading=_("Contacts"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        InlinePanel("hours", heading=_("Opening hours"), label=_("opening hours")),
    ]

    class Meta:
        verbose_name = _("mission details")
        verbose_name_plural = _("mission details")

    def __str__(self):
        return f"{self.site} ({self.get_kind_display()})"

    def phone_list(self):
        return [line.strip() for line in self.phones.splitlines() if line.strip()]

    @property
    def zone(self):
        """The mission's time zone: its site's."""
        return SiteSettings.for_site(self.site).zone


class OpeningHours(Orderable):
    details = ParentalKey(MissionDetails, on_delete=models.CASCADE, related_name="hours")
    service = models.CharField(
        _("service"), max_length=20, choices=Service.choices, default=Service.RECEPTION
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=sorted(WEEKDAYS.items()))
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [
        FieldRowPanel(
            [
                FieldPanel("service"),
                FieldPanel("weekday"),
                FieldPanel("opens"),
                FieldPanel("closes"),
            ]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def __str__(self):
        return (
            f"{self.get_service_display()} {self.get_weekday_display()} {self.opens}–{self.closes}"
        )

    def clean(self):
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError({"closes": _("A service closes after it opens.")})
