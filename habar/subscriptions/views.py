"""The reader's pages: subscribe, confirm, manage, unsubscribe, on each site and language.

Every answer is personal (a form with a CSRF token, or one subscription's choices): it is
marked never to be cached, and the page cache stores Wagtail's pages only.
"""

from datetime import timedelta

from django.db import transaction
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from habar.news.chrome import chrome_context
from habar.news.models import ArticleIndexPage
from habar.sites.routing import site_for_request, site_homes

from . import links, throttle
from .forms import CHOSEN_SECTIONS, WHOLE_SITE, ChoiceForm, SubscribeForm
from .models import Delivery, Subscription, Suppression

CONFIRMATION_INTERVAL = timedelta(hours=1)


def reader_home(request, language=None):
    """The request's site's live home page in `language` (the active one); 404 if none."""
    site = site_for_request(request)
    if site is None:
        raise Http404
    home = site_homes(site, request).get(language or translation.get_language())
    if home is None or not home.live:
        raise Http404
    return home


def sections_of(home):
    return ArticleIndexPage.objects.child_of(home).live().public().order_by("path")


def choices_of(home):
    """What a reader of `home` may choose: its sections, and statements if it has any."""
    return {"sections": sections_of(home), "statements": home.articles().statements().exists()}


def page(request, home, template, context=None, status=200):
    context = chrome_context(request, home) | (context or {})
    return render(request, f"subscriptions/{template}.html", context, status=status)


def start_subscription(site, language, form):
    """Record the reader's wish and owe them a confirmation e-mail.

    An address already confirmed keeps its choices: the e-mail it is sent links to the
    manage page. A suppressed address (a hard bounce or a complaint) is neither stored nor
    mailed. The answer is the same in every case, so nobody learns who subscribes.
    """
    if Suppression.is_suppressed(form.cleaned_data["email"]):
        return
    subscription, _created = Subscription.objects.get_or_create(
        site=site, language=language, email=form.cleaned_data["email"]
    )
    if subscription.confirmed_at is None:
        subscription.whole_site = form.whole_site
        subscription.statements = form.chosen_statements
        subscription.frequency = form.cleaned_data["frequency"]
        subscription.consented_at = timezone.now()
        subscription.sections.set(form.chosen_sections)
    # One confirmation an hour at most: the form cannot be used to flood someone's inbox.
    sent = subscription.confirmation_sent_at
    if sent is None or timezone.now() - sent > CONFIRMATION_INTERVAL:
        subscription.confirmation_due = True
    subscription.save()


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    home = reader_home(request)
    choices = choices_of(home)
    if request.method != "POST":
        return page(request, home, "subscribe", {"form": SubscribeForm(**choices)})
    if not throttle.allow(request):
        return page(request, home, "too_many", status=429)
    form = SubscribeForm(request.POST, **choices)
    if not form.is_valid():
        return page(request, home, "subscribe", {"form": form}, status=400)
    if not throttle.allow_email(form.cleaned_data["email"]):
        return page(request, home, "too_many", {"per_email": True}, status=429)
    if not form.is_robot:
        with transaction.atomic():
            start_subscription(home.get_site(), translation.get_language(), form)
    return page(request, home, "check_inbox", {"email": form.cleaned_data["email"]})


def subscription_page(request, key, purpose):
    """(home, subscription) for a link's key, in the subscription's own site and language."""
    subscription = links.subscription_for(key, purpose)
    if subscription is None or subscription.language != translation.get_language():
        return reader_home(request), None
    if subscription.site_id != getattr(site_for_request(request), "pk", None):
        return reader_home(request), None
    return reader_home(request), subscription


def unknown_link(request, home):
    return page(request, home, "unknown_link", status=404)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, key):
    home, subscription = subscription_page(request, key, "confirm")
    if subscription is None:
        return unknown_link(request, home)
    if request.method == "POST" and subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
    context = {"subscription": subscription, "manage_url": links.link(subscription, "manage")}
    return page(request, home, "confirm", context)


def choice_initial(subscription):
    return {
        "scope": WHOLE_SITE if subscription.whole_site else CHOSEN_SECTIONS,
        "sections": list(subscription.sections.values_list("pk", flat=True)),
        "statements": subscription.statements,
        "frequency": subscription.frequency,
    }


def save_choice(subscription, form):
    """Store the new choice; what waits for a digest goes alone now, or the reverse."""
    subscription.whole_site = form.whole_site
    subscription.statements = form.chosen_statements
    frequency = form.cleaned_data["frequency"]
    if frequency != subscription.frequency:
        daily = frequency == Subscription.DAILY
        before, after = (Delivery.QUEUED, Delivery.DIGEST)[:: 1 if daily else -1]
        subscription.deliveries.filter(status=before, digest__isnull=True).update(status=after)
    subscription.frequency = frequency
    subscription.save(update_fields=["whole_site", "statements", "frequency"])
    subscription.sections.set(form.chosen_sections)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, key):
    home, subscription = subscription_page(request, key, "manage")
    if subscription is None:
        return unknown_link(request, home)
    choices = choices_of(home)
    context = {"subscription": subscription}
    if request.method == "POST" and request.POST.get("action") == "delete":
        subscription.delete()
        return page(request, home, "unsubscribed")
    if request.method == "POST":
        form = ChoiceForm(request.POST, **choices)
        if not form.is_valid():
            return page(request, home, "manage", context | {"form": form}, status=400)
        save_choice(subscription, form)
        context["saved"] = True
    form = ChoiceForm(initial=choice_initial(subscription), **choices)
    return page(request, home, "manage", context | {"form": form})


@csrf_exempt  # a mail client's one-click POST (RFC 8058) carries no token: the key is secret
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, key):
    home, subscription = subscription_page(request, key, "unsubscribe")
    if request.method == "POST":
        if subscription is not None:
            subscription.delete()
        return page(request, home, "unsubscribed")
    if subscription is None:
        return unknown_link(request, home)
    return page(request, home, "unsubscribe", {"subscription": subscription})
