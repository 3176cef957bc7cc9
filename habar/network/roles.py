"""A site's three groups (editors, publishers, site administrators), its review workflow,
its collection of images and documents, and its accounts."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from habar.accounts.models import SiteGroup
from habar.accounts.roles import Role

from .schema import NetworkFileError

EDITING = ["add_page", "change_page", "lock_page", "unlock_page"]
PUBLISHING = [*EDITING, "publish_page"]
# Role -> (group name suffix, page permissions). A site administrator also publishes, and
# manages the site's users and its settings.
GROUPS = {
    Role.EDITOR: ("editors", EDITING),
    Role.PUBLISHER: ("publishers", PUBLISHING),
    Role.ADMINISTRATOR: ("site administrators", PUBLISHING),
}
COLLECTION_PERMISSIONS = [
    ("image", ["add_image", "change_image", "choose_image"]),
    ("document", ["add_document", "change_document", "choose_document"]),
]
SITE_ADMINISTRATOR_PERMISSIONS = [("auth", "add_user"), ("auth", "change_user")]
# The strongest role first: an account in several of a site's groups is exported as this.
STRONGEST_FIRST = [Role.ADMINISTRATOR, Role.PUBLISHER, Role.EDITOR]


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def apply_groups(site, homes, name, changes):
    """The site's groups by role, each with its permissions on the site's pages, collection
    and (administrators) users and settings."""
    collection = site_collection(site, name, changes)
    groups = {}
    for role, (suffix, codenames) in GROUPS.items():
        group, new = site_group(site, role, f"{name}: {suffix}", changes)
        created = grant(group, [("wagtailadmin", "access_admin")])
        created += grant(group, [("simple_translation", "submit_translation")])
        for home in homes.values():
            for codename in codenames:
                created.append(
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=home, permission=permission("wagtailcore", codename)
                    )[1]
                )
        for model, model_codenames in COLLECTION_PERMISSIONS:
            for codename in model_codenames:
                created.append(
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=collection,
                        permission=Permission.objects.get(
                            content_type__model=model, codename=codename
                        ),
                    )[1]
                )
        if role == Role.ADMINISTRATOR:
            created += grant_site_administration(group, site)
        if any(created) and not new:
            changes.add(f"~ group {group.name}: permissions granted")
        groups[role] = group
    return groups


def site_group(site, role, name, changes):
    tie = (
        SiteGroup.objects.filter(site=site, role=role, group__name=name).first()
        or SiteGroup.objects.filter(site=site, role=role).order_by("group__name").first()
    )
    if tie is not None:
        group = tie.group
        if group.name != name:
            if Group.objects.filter(name=name).exists():
                raise NetworkFileError([f"a group named {name!r} exists already"])
            changes.add(f"~ group {group.name!r} renamed {name!r}")
            group.name = name
            group.save(update_fields=["name"])
        return group, False
    group, created = Group.objects.get_or_create(name=name)
    if created:
        changes.add(f"+ group {name}")
    SiteGroup.objects.update_or_create(group=group, defaults={"site": site, "role": role})
    return group, created


def site_setting_permissions():
    """Changing each of the per-site settings (the site's own, a mission's details, ...)."""
    return [
        permission(model._meta.app_label, f"change_{model._meta.model_name}")
        for model in settings_registry
        if issubclass(model, BaseSiteSetting)
    ]


def grant_site_administration(group, site):
    # The user admin (habar.accounts) narrows these to the site's own groups' members.
    # A site's administrators keep every setting of their site, for that site only.
    created = grant(group, SITE_ADMINISTRATOR_PERMISSIONS)
    for setting in site_setting_permissions():
        created.append(
            GroupSitePermission.objects.get_or_create(group=group, site=site, permission=setting)[1]
        )
    return created


def grant(group, permissions):
    """Give the group these model permissions; answer, for each, whether it was new."""
    created = []
    for app_label, codename in permissions:
        granted = permission(app_label, codename)
        created.append(not group.permissions.filter(pk=granted.pk).exists())
        group.permissions.add(granted)
    return created


def site_collection(site, name, changes):
    """The collection the site's groups work in (renamed with the site), or a new one."""
    root = Collection.get_first_root_node()
    existing = (
        Collection.objects.filter(group_permissions__group__habar_site__site=site)
        .exclude(pk=root.pk)
        .order_by("path")
        .first()
    ) or root.get_children().filter(name=name).first()
    if existing is None:
        changes.add(f"+ collection {name}")
        return root.add_child(name=name)
    if existing.name != name:
        changes.add(f"~ collection {existing.name!r} renamed {name!r}")
        existing.name = name
        existing.save(update_fields=["name"])
    return existing


def workflow_name(name):
    return f"{name}: news review"


def apply_review(name, homes, publishers, review, changes):
    """Editors submit; the site's publishers approve or ask for changes, then publish."""
    if not review:
        assigned = WorkflowPage.objects.filter(
            page__in=homes.values(), workflow__name=workflow_name(name)
        )
        if assigned.exists():
            changes.add(f"- workflow {workflow_name(name)} taken off the site's home pages")
            assigned.delete()
        return
    workflow = site_workflow(name, homes, changes)
    task = review_task(workflow, f"{name}: review by publishers")
    if list(task.groups.all()) != [publishers]:
        task.groups.set([publishers])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for code, home in homes.items():
        current = WorkflowPage.objects.filter(page=home).first()
        if current is None or current.workflow_id != workflow.pk:
            changes.add(f"~ home page in {code}: reviewed by {workflow.name}")
            WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})


def site_workflow(name, homes, changes):
    """The site's review workflow (renamed with the site), or a new one."""
    wanted = workflow_name(name)
    current = (
        Workflow.objects.filter(
            workflow_pages__page__in=homes.values(), name__endswith=": news review"
        )
        .order_by("pk")
        .first()
    )
    renamed = current is not None and current.name != wanted
    if renamed and not Workflow.objects.filter(name=wanted).exists():
        changes.add(f"~ workflow {current.name!r} renamed {wanted!r}")
        current.name = wanted
        current.save(update_fields=["name"])
        return current
    workflow, created = Workflow.objects.get_or_create(name=wanted)
    if created:
        changes.add(f"+ workflow {workflow.name}")
    return workflow


def review_task(workflow, wanted):
    """The publishers' approval task of the workflow (renamed with the site), or a new one."""
    task = GroupApprovalTask.objects.filter(
        workflow_tasks__workflow=workflow, name__endswith=": review by publishers"
    ).first()
    if task is None:
        return GroupApprovalTask.objects.get_or_create(name=wanted)[0]
    if task.name != wanted:
        task.name = wanted
        task.save(update_fields=["name"])
    return task


def has_review(name, homes):
    return WorkflowPage.objects.filter(
        page__in=homes.values(), workflow__name=workflow_name(name)
    ).exists()


def apply_accounts(key, groups, accounts, time_zone, changes):
    """Each account in its role's group of the site (and out of the site's other groups);
    answer the accounts created, which have no password yet."""
    users = get_user_model().objects
    created = []
    for account in accounts:
        user = users.filter(username=account.username).first()
        if user is None:
            user = users.create(username=account.username, email=account.email)
            user.set_unusable_password()
            user.save(update_fields=["password"])
            created.append(user)
            changes.add(f"+ account {account.username} <{account.email}>")
        elif user.email != account.email:
            changes.add(f"~ account {account.username}: e-mail {user.email} -> {account.email}")
            user.email = account.email
            user.save(update_fields=["email"])
        profile = UserProfile.get_for_user(user)
        if not profile.current_time_zone:
            # The admin shows and reads dates (go-live, expiry) in the site's own time.
            profile.current_time_zone = time_zone
            profile.save(update_fields=["current_time_zone"])
        for role, group in groups.items():
            member = user.groups.filter(pk=group.pk).exists()
            if role == account.role and not member:
                user.groups.add(group)
                changes.add(f"~ account {account.username}: {role} of {key}")
            elif role != account.role and member:
                user.groups.remove(group)
                changes.add(f"~ account {account.username}: no longer {role} of {key}")
    return created


def exported_accounts(site):
    """The members of the site's groups: {username: {"email", "role"}}, by username."""
    accounts = {}
    for role in reversed(STRONGEST_FIRST):
        members = get_user_model().objects.filter(
            groups__habar_site__site=site, groups__habar_site__role=role
        )
        for user in members.order_by("username"):
            accounts[user.username] = {"email": user.email, "role": str(role)}
    return dict(sorted(accounts.items()))
