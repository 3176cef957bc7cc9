from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import BaseLogEntry, Site
from wagtail.models.audit_log import BaseLogEntryManager

from .roles import Role, manageable_users


class SiteGroup(models.Model):
    """Ties a group to the site it works on.

    The members of a site's administrator group manage the users of that site's groups;
    ministry administrators (superusers) manage everyone.
    """

    Role = Role

    group = models.OneToOneField(
        Group,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="habar_site",
        verbose_name=_("group"),
    )
    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="habar_groups", verbose_name=_("site")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = _("site group")
        verbose_name_plural = _("site groups")
        ordering = ["site__hostname", "role"]

    def __str__(self):
        return f"{self.group.name} ({self.site.hostname})"


class AccountLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(object_id=str(instance.pk))
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        return self.filter(
            content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
            object_id=str(instance.pk),
        )

    def viewable_by_user(self, user):
        if user.is_superuser:
            return self.all()
        # A site administrator sees what happened to, and was done by, their site's users.
        ids = [str(pk) for pk in manageable_users(user).values_list("pk", flat=True)]
        if not ids:
            return self.none()
        return self.filter(Q(object_id__in=ids) | Q(user_id__in=ids))


class AccountLogEntry(BaseLogEntry):
    """Sign-ins, sign-outs, failed attempts, two-factor events and changes to accounts.

    The object is the account concerned; a failed sign-in under a username that does not
    exist has none (an empty ``object_id``) and carries the attempted name as its label.
    """

    object_id = models.CharField(max_length=255, blank=True, db_index=True)

    objects = AccountLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("account log entry")
        verbose_name_plural = _("account log entries")

    def __str__(self):
        return f"AccountLogEntry {self.pk}: {self.action} on {self.label}"
