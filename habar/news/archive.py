"""Ways into a site's news beyond its sections: by month, by tag, by readership."""

from datetime import datetime, timedelta

from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.utils import timezone

from habar.stats.models import PageViewDay

MOST_READ_PERIODS = {"today": 0, "week": 6, "month": 29}
MOST_READ_COUNT = 10


def month_range(year, month):
    """The first moment of the month and of the next one, in the current time zone."""
    if not (1900 <= year <= 2100 and 1 <= month <= 12):
        raise Http404
    tz = timezone.get_current_timezone()
    start = datetime(year, month, 1, tzinfo=tz)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=tz)
    return start, end


def months_of_year(articles, year):
    """[(first day of month, number of articles)] for the months of `year` that have news."""
    start = month_range(year, 1)[0]
    end = month_range(year, 12)[1]
    rows = (
        articles.filter(publication_date__gte=start, publication_date__lt=end)
        .annotate(month=TruncMonth("publication_date"))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by("month")
    )
    return [(row["month"], row["count"]) for row in rows]


def most_read(articles, period):
    """The articles read most in the period, as (article, views), from the daily counts."""
    days = MOST_READ_PERIODS[period]
    since = timezone.localdate() - timedelta(days=days)
    ranked = (
        PageViewDay.objects.filter(day__gte=since, page__in=articles.values("pk"))
        .values("page")
        .annotate(views=Sum("views"))
        .order_by("-views", "-page")[:MOST_READ_COUNT]
    )
    views = {row["page"]: row["views"] for row in ranked}
    found = {article.pk: article for article in articles.filter(pk__in=views)}
    return [(found[pk], count) for pk, count in views.items() if pk in found]
