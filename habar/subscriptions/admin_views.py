"""The admin's view of subscriptions: counts for editors, and for a site administrator the
export (JSON or CSV) or deletion of one subscriber's data (the ministry answers for it), and
the record of a complaint or a bounce reported by other means (an address suppressed)."""

import csv
import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from habar.news.parity import sites_for_user

from .models import Subscription, Suppression

ADMINISTRATOR_ROLE = "administrator"  # habar.accounts' role of a site's administrators


def administered_sites(user):
    if user.is_superuser:
        return Site.objects.all()
    return Site.objects.filter(
        habar_groups__role=ADMINISTRATOR_ROLE, habar_groups__group__user=user
    ).distinct()


def visible_sites(user):
    """The sites whose counts the user sees: every one for a superuser, else those where
    they hold a page permission (as the translation-parity report and the dashboard find
    them: a constant number of queries, however many sites the network has)."""
    return sites_for_user(user)


def counts(sites):
    """[{site, language, total, whole_site, sections: [(title, count)]}] of confirmed ones."""
    confirmed = Subscription.objects.confirmed().filter(site__in=sites)
    rows = {}
    totals = confirmed.values("site", "language").annotate(
        total=Count("pk"),
        whole=Count("pk", filter=Q(whole_site=True)),
        statements=Count("pk", filter=Q(statements=True)),
    )
    by_id = {site.pk: site for site in sites}
    for row in totals.order_by("site", "language"):
        key = (row["site"], row["language"])
        rows[key] = {**row, "site": by_id[row["site"]], "sections": []}
    through = Subscription.sections.through.objects.filter(subscription__in=confirmed)
    per_section = through.values(
        "subscription__site", "subscription__language", "articleindexpage__title"
    ).annotate(count=Count("pk"))
    for row in per_section.order_by("articleindexpage__path"):
        key = (row["subscription__site"], row["subscription__language"])
        if key in rows:
            rows[key]["sections"].append((row["articleindexpage__title"], row["count"]))
    return list(rows.values())


class SubscriberForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Subscriber's e-mail address"))


def report(request):
    sites = visible_sites(request.user)
    if not sites:
        raise PermissionDenied
    can_administer = administered_sites(request.user).exists()
    context = {
        "rows": counts(sites),
        "form": SubscriberForm(),
        "suppress_form": SubscriberForm(auto_id="suppress-%s"),
        "can_administer": can_administer,
        "suppressed": can_administer and Suppression.objects.count(),
    }
    return TemplateResponse(request, "subscriptions/admin/report.html", context)


def export_data(subscriptions):
    return [
        {
            "site": subscription.site.hostname,
            "language": subscription.language,
            "email": subscription.email,
            "whole_site": subscription.whole_site,
            "sections": [section.title for section in subscription.sections.all()],
            "statements": subscription.statements,
            "frequency": subscription.frequency,
            "consented_at": subscription.consented_at.isoformat(),
            "confirmed_at": subscription.confirmed_at and subscription.confirmed_at.isoformat(),
            "messages": [
                {
                    "article": delivery.article.title,
                    "status": delivery.status,
                    "sent_at": delivery.sent_at and delivery.sent_at.isoformat(),
                }
                for delivery in subscription.deliveries.select_related("article")
            ],
        }
        for subscription in subscriptions
    ]


CSV_FIELDS = [
    "site",
    "language",
    "email",
    "whole_site",
    "sections",
    "statements",
    "frequency",
    "consented_at",
    "confirmed_at",
    "messages",
]


def csv_response(data):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="subscriber.csv"'
    writer = csv.DictWriter(response, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for row in data:
        sent = [message for message in row["messages"] if message["status"] == "sent"]
        writer.writerow(row | {"sections": "; ".join(row["sections"]), "messages": len(sent)})
    return response


def json_response(data):
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="subscriber.json"'
    return response


def suppress(request, email, reason):
    Suppression.add(email, reason, _("Recorded by %(user)s") % {"user": request.user})
    messages.success(request, _("No more e-mail will be sent to %(email)s.") % {"email": email})
    return redirect("habar_subscriptions:report")


@require_http_methods(["POST"])
def subscriber(request):
    sites = administered_sites(request.user)
    if not sites.exists():
        raise PermissionDenied
    form = SubscriberForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter a valid e-mail address."))
        return redirect("habar_subscriptions:report")
    email = form.cleaned_data["email"].strip().lower()
    action = request.POST.get("action")
    if action in (Suppression.COMPLAINT, Suppression.HARD_BOUNCE):
        return suppress(request, email, action)
    found = Subscription.objects.filter(site__in=sites, email__iexact=email).select_related("site")
    if action == "delete":
        deleted = found.count()
        found.delete()
        messages.success(request, _("Subscriptions deleted: %(count)d.") % {"count": deleted})
        return redirect("habar_subscriptions:report")
    return (
        csv_response(export_data(found)) if action == "csv" else json_response(export_data(found))
    )
