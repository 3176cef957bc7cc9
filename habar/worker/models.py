from django.db import models
from django.utils.translation import gettext_lazy as _


class MissedSchedule(models.Model):
    """A go-live or expiry that fired late, typically because no worker was running."""

    PUBLISH = "publish"
    UNPUBLISH = "unpublish"
    ACTIONS = [(PUBLISH, _("Go-live")), (UNPUBLISH, _("Expiry"))]

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept as text too: snippets have schedules as well, and pages may be deleted later.
    title = models.CharField(_("title"), max_length=255)
    action = models.CharField(_("action"), max_length=16, choices=ACTIONS)
    scheduled_at = models.DateTimeField(_("scheduled for"))
    fired_at = models.DateTimeField(_("fired at"))

    class Meta:
        verbose_name = _("missed schedule")
        verbose_name_plural = _("missed schedules")
        ordering = ["-fired_at", "-pk"]

    def __str__(self):
        return f"{self.title} ({self.get_action_display()}, {self.scheduled_at:%Y-%m-%d %H:%M})"

    @property
    def delay(self):
        return self.fired_at - self.scheduled_at
