"""Apply a network file: every site, its sections, groups, workflow, accounts and parts, in
one transaction; a dry run rolls it back and answers what would have changed."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from .parts import registered_parts
from .roles import apply_accounts, apply_groups, apply_review
from .schema import NetworkFileError
from .sites import Changes, apply_site


@dataclass
class Outcome:
    changes: Changes = field(default_factory=Changes)
    # By site key: the Wagtail Site, and its home pages by language.
    sites: dict = field(default_factory=dict)
    homes: dict = field(default_factory=dict)
    # Accounts created by this run, each with the key of the first site listing it.
    new_accounts: list = field(default_factory=list)


def apply_network(specs, *, dry_run=False, home_slug_prefix=""):
    """Bring the database up to the sites' specs; NetworkFileError (and nothing written) if
    the database refuses them."""
    outcome = Outcome()
    try:
        with transaction.atomic():
            for spec in specs:
                apply_one(spec, outcome, home_slug_prefix)
            if dry_run:
                transaction.set_rollback(True)
    except ValidationError as exc:
        raise NetworkFileError([f"refused: {message}" for message in exc.messages]) from exc
    except DatabaseError as exc:
        raise NetworkFileError([f"the database refused a change: {exc}"]) from exc
    return outcome


def apply_one(spec, outcome, home_slug_prefix):
    changes = outcome.changes
    try:
        site, homes = apply_site(spec, changes, home_slug_prefix=home_slug_prefix)
    except ValidationError as exc:
        raise NetworkFileError([f"sites.{spec.key}: {m}" for m in exc.messages]) from exc
    outcome.sites[spec.key], outcome.homes[spec.key] = site, homes
    groups = apply_groups(site, homes, spec.display_name, changes)
    apply_review(spec.display_name, homes, groups["publisher"], spec.review, changes)
    created = apply_accounts(spec.key, groups, spec.accounts, spec.time_zone, changes)
    outcome.new_accounts += [(spec.key, user) for user in created]
    parts = registered_parts()
    for name, value in spec.parts.items():
        parts[name].apply(site, value, changes)
