"""Who may do what with accounts: site administrators, and who must use two factors."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupPagePermission, Site


class Role(models.TextChoices):
    """What a site group is for (habar.accounts.models.SiteGroup)."""

    EDITOR = "editor", _("Editor")
    PUBLISHER = "publisher", _("Publisher")
    ADMINISTRATOR = "administrator", _("Site administrator")


def administered_sites(user):
    """The sites whose administrator group the user belongs to."""
    if not user.is_authenticated or not user.is_active:
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    return Site.objects.filter(
        habar_groups__role=Role.ADMINISTRATOR, habar_groups__group__user=user
    ).distinct()


def manageable_groups(user):
    """The groups a user may give or take away: every group for a superuser, else those of
    the sites they administer."""
    if user.is_superuser:
        return Group.objects.all()
    return Group.objects.filter(habar_site__site__in=administered_sites(user))


def manageable_users(user):
    """The accounts a user may see and change in the user admin.

    A site administrator manages the members of their sites' groups, never a superuser and
    never an account that also belongs to a group outside their sites.
    """
    users = get_user_model().objects.all()
    if user.is_superuser:
        return users
    groups = manageable_groups(user)
    outside = Group.objects.exclude(pk__in=groups.values("pk"))
    return (
        users.filter(groups__in=groups, is_superuser=False).exclude(groups__in=outside).distinct()
    )


def can_publish(user):
    return (
        user.is_superuser
        or GroupPagePermission.objects.filter(
            group__user=user, permission__codename="publish_page"
        ).exists()
    )


def requires_two_factor(user):
    """Publishers and administrators (ministry and site) must sign in with a second factor;
    everybody else may choose to."""
    if not user.is_authenticated:
        return False
    return can_publish(user) or administered_sites(user).exists()
