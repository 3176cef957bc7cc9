from django.core.exceptions import EmptyResultSet
from django.db import connection, connections, models, router
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from . import countable


class PageViewTotal(models.Model):
    """All-time views of one page; the figure a reader sees."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="view_total",
    )
    views = models.BigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page view total")
        verbose_name_plural = _("page view totals")
        ordering = ["-views"]

    def __str__(self):
        return f"{self.page_id}: {self.views}"

    @classmethod
    def count_for(cls, page_id):
        return cls.objects.filter(page_id=page_id).values_list("views", flat=True).first() or 0


def shown_views(page_id, own_views=None):
    """The count readers see: a page's own views plus those of its syndicated copies.

    Pass `own_views` when the caller already holds the page's own total (as returned by
    add_views): then only the copies are summed, so concurrent beacons each still get
    their own, exact figure.
    """
    if own_views is None:
        return _summed_views(page_id, with_own=True)
    return own_views + _summed_views(page_id, with_own=False)


# Marks where the page's id goes in the SQL kept below: no page has a negative id.
_PAGE_ID = -1
# (database alias, with_own, registered types) -> (SQL, its parameters), or None: nothing to sum.
_SUM_SQL = {}


def _summed_views(page_id, with_own):
    """The views of the page (with_own) and of its copies, in one query.

    Every uncached article asks this: the ORM's building of the query cost more CPU than
    the rest of the article's view, so its SQL is built once per registered page types and
    database, and run with the page's id.
    """
    alias = router.db_for_read(PageViewTotal)
    key = (alias, with_own, tuple(countable.REGISTRY))
    if key not in _SUM_SQL:
        # A subquery on the copies' indexed foreign key, not a join: the OR of a join would
        # make PostgreSQL scan every total on a large archive.
        condition = countable.is_copy_of(_PAGE_ID)
        if with_own:
            condition = Q(page_id=_PAGE_ID) | condition
        rows = PageViewTotal.objects.using(alias).filter(condition).order_by().values("views")
        try:
            sql, params = rows.query.get_compiler(using=alias).as_sql()
        except EmptyResultSet:  # no page type has copies
            _SUM_SQL[key] = None
        else:
            # The ORM's own SQL; the values stay parameters.
            _SUM_SQL[key] = (f"SELECT SUM(views) FROM ({sql}) shown", params)  # noqa: S608
    if _SUM_SQL[key] is None:
        return 0
    sql, params = _SUM_SQL[key]
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, [page_id if param == _PAGE_ID else param for param in params])
        # PostgreSQL sums a bigint column as a numeric (a Decimal here).
        return int(cursor.fetchone()[0] or 0)


class PageViewDay(models.Model):
    """Views of one page on one day (in the site's time zone): most-read lists."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="view_days",
    )
    day = models.DateField(_("day"))
    views = models.BigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views per day")
        verbose_name_plural = _("page views per day")
        ordering = ["-day", "-views"]
        constraints = [
            models.UniqueConstraint(fields=["page", "day"], name="stats_one_row_per_page_day")
        ]
        indexes = [models.Index(fields=["day", "page"], name="stats_day_page")]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"


def add_views(page_id, day, views=1):
    """Add `views` to a page's total and its day, atomically; return the new total.

    Django's ORM has no "insert or increment", so this is one INSERT ... ON CONFLICT DO
    UPDATE per table, which SQLite and PostgreSQL both run atomically: concurrent calls
    are never lost or double-counted, and the RETURNING value is this call's own total.
    """
    qn = connection.ops.quote_name
    total_table = qn(PageViewTotal._meta.db_table)
    day_table = qn(PageViewDay._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {day_table} (page_id, day, views) VALUES (%s, %s, %s) "  # noqa: S608
            f"ON CONFLICT (page_id, day) DO UPDATE SET views = {day_table}.views + excluded.views",
            [page_id, day, views],
        )
        cursor.execute(
            f"INSERT INTO {total_table} (page_id, views) VALUES (%s, %s) "  # noqa: S608
            f"ON CONFLICT (page_id) DO UPDATE SET views = {total_table}.views + excluded.views "
            "RETURNING views",
            [page_id, views],
        )
        return cursor.fetchone()[0]


class ViewFlush(models.Model):
    """A batch of buffered views written to the database (habar.stats.buffer).

    Written in the same transaction as the batch's counts: a batch found here has been
    counted, so a worker that died before clearing it from Redis cannot count it twice.
    """

    flush_id = models.CharField(_("flush id"), max_length=64, primary_key=True)
    flushed_at = models.DateTimeField(_("flushed at"), auto_now_add=True, db_index=True)
    views = models.BigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("view flush")
        verbose_name_plural = _("view flushes")
        ordering = ["-flushed_at"]

    def __str__(self):
        return f"{self.flush_id}: {self.views}"
