"""The kinds of mission and the services whose hours a mission gives."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    EMBASSY = "embassy", _("Embassy")
    CONSULATE = "consulate", _("Consulate")
    PERMANENT_MISSION = "permanent-mission", _("Permanent mission")


class Service(models.TextChoices):
    RECEPTION = "reception", _("Reception")
    CONSULAR = "consular", _("Consular section")
