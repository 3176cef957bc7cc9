"""Which pages count views, and whose views add up: page types register themselves.

The counter knows pages by id; a page type that shows a view count registers here
(habar.news registers its articles), naming the field that makes a page a copy of another
(a syndicated copy), whose views its origin shows too.
"""

from typing import NamedTuple

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Exists, Q
from wagtail.models import Page


class Countable(NamedTuple):
    model: type
    copy_field: str | None


REGISTRY = []


def register(model, copy_field=None):
    if all(entry.model is not model for entry in REGISTRY):
        REGISTRY.append(Countable(model, copy_field))


def pages(using=DEFAULT_DB_ALIAS):
    """Every page of a countable type (live or not)."""
    return Page.objects.using(using).type(*(entry.model for entry in REGISTRY))


def copies(origin, using=DEFAULT_DB_ALIAS):
    """Querysets of the pages that are copies of `origin` (an id or an OuterRef)."""
    return [
        entry.model.objects.using(using).filter(**{entry.copy_field: origin})
        for entry in REGISTRY
        if entry.copy_field
    ]


def copy_ids(page_id, using=DEFAULT_DB_ALIAS):
    ids = set()
    for queryset in copies(page_id, using):
        ids.update(queryset.values_list("pk", flat=True))
    return tuple(sorted(ids))


def is_copy_of(origin):
    """A condition on page ids: the page is a copy of `origin` (a subquery, not a join)."""
    condition = Q(pk__in=[])
    for queryset in copies(origin):
        condition |= Q(page_id__in=queryset.values("pk"))
    return condition


def has_copies(origin):
    """An expression: `origin` has copies."""
    expressions = [Exists(queryset) for queryset in copies(origin)]
    condition = expressions[0] if expressions else Q(pk__in=[])
    for expression in expressions[1:]:
        condition |= expression
    return condition
