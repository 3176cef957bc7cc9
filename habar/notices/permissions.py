"""Who may post, change and withdraw notices: those who may publish on the notice's site.

A notice skips review as a publish does, so it takes the right to publish pages: on the
ministry's site (the default site) to post to any site of the network, on a mission's site
to post to that site alone. Changing or withdrawing a notice takes the right to publish on
the site that posted it: a mission's publishers see the ministry's notice on their site
but cannot withdraw it.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.models import Site
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import page_permission_policy

from .models import Notice

MANAGING_ACTIONS = {"add", "change", "delete"}


def publishable_sites(user):
    """The sites on whose home pages (in any language) the user may publish."""
    if not (user.is_authenticated and user.is_active):
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    homes = page_permission_policy.instances_user_has_permission_for(user, "publish")
    return Site.objects.filter(
        root_page__translation_key__in=homes.values("translation_key")
    ).distinct()


def postable_sites(user, origin):
    """The sites a notice posted by `origin` may go to, for this user."""
    if not publishable_sites(user).filter(pk=origin.pk).exists():
        return Site.objects.none()
    if origin.is_default_site:
        return Site.objects.all()
    return Site.objects.filter(pk=origin.pk)


class NoticePermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return publishable_sites(user).exists()

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def users_with_any_permission(self, actions):
        """Everyone who publishes somewhere (each only for their own sites' notices)."""
        publishers = Q(groups__page_permissions__permission__codename="publish_page")
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | publishers, is_active=True)
            .distinct()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        sites = publishable_sites(user)
        if action in MANAGING_ACTIONS:
            return sites.filter(pk=instance.origin_id).exists()
        return self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance) for action in actions
        )

    def instances_user_has_any_permission_for(self, user, actions):
        sites = publishable_sites(user)
        if set(actions) <= MANAGING_ACTIONS:
            return Notice.objects.filter(origin__in=sites)
        # Seeing: the notices a site posted and those shown on it.
        return Notice.objects.filter(pk__in=Notice.objects.filter(sites__in=sites).values("pk")) | (
            Notice.objects.filter(origin__in=sites)
        )

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])


notice_permission_policy = NoticePermissionPolicy(Notice)
