"""The admin's report of Telegram posts: each post of the user's sites, with its status,
the reason of a failure and a link to the message in its channel."""

import django_filters
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Site

from habar.news.parity import sites_for_user

from .models import Post


def edit_url(post):
    return reverse("wagtailadmin_pages:edit", args=[post.article_id])


def message_url(post):
    """The message in its channel: t.me/<name>/<id>, or t.me/c/<id>/<id> in a private one."""
    if post.message_id is None:
        return None
    if post.chat.startswith("@"):
        return f"https://t.me/{post.chat[1:]}/{post.message_id}"
    if post.chat.startswith("-100"):
        return f"https://t.me/c/{post.chat[4:]}/{post.message_id}"
    return None


class PostFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Post.STATUSES)
    site = django_filters.ModelChoiceFilter(label=_("Site"), queryset=Site.objects.none())

    class Meta:
        model = Post
        fields = ["status", "site"]

    def __init__(self, *args, sites=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["site"].queryset = Site.objects.filter(pk__in=[site.pk for site in sites])


class TelegramPostsView(ReportView):
    page_title = _("Telegram posts")
    header_icon = "mobile-alt"
    index_url_name = "habar_telegram:posts"
    index_results_url_name = "habar_telegram:posts_results"
    model = Post
    filterset_class = PostFilterSet
    no_results_message = _("No article has been posted to a Telegram channel.")
    columns = [
        TitleColumn("article", label=_("Article"), get_url=edit_url),
        Column("site", label=_("Site")),
        Column("language", label=_("Language")),
        Column("chat", label=_("Channel")),
        StatusTagColumn(
            "get_status_display", label=_("Status"), primary=lambda post: post.status == Post.SENT
        ),
        Column("reason_text", label=_("Reason")),
        TitleColumn("message_id", label=_("Message"), get_url=message_url),
        DateColumn("queued_at", label=_("Queued")),
        DateColumn("sent_at", label=_("Sent")),
    ]
    list_export = [
        "article",
        "site",
        "language",
        "chat",
        "status",
        "reason_text",
        "message_id",
        "queued_at",
        "sent_at",
    ]
    export_headings = {
        "article": _("Article"),
        "site": _("Site"),
        "language": _("Language"),
        "chat": _("Channel"),
        "status": _("Status"),
        "reason_text": _("Reason"),
        "message_id": _("Message"),
        "queued_at": _("Queued"),
        "sent_at": _("Sent"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not user_can_see_posts(request.user):
            raise PermissionDenied
        if not settings.HABAR_TELEGRAM_BOT_TOKEN and not self.results_only:
            messages.warning(
                request,
                _("HABAR_TELEGRAM_BOT_TOKEN is not set: no article is posted to Telegram."),
            )
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def sites(self):
        return sites_for_user(self.request.user)

    def get_filterset_kwargs(self):
        return super().get_filterset_kwargs() | {"sites": self.sites}

    def get_queryset(self):
        posts = Post.objects.select_related("article", "site").order_by("-queued_at", "-pk")
        return posts.filter(site__in=self.sites)


def user_can_see_posts(user):
    """Those who see some site's pages (as the subscriptions' counts: habar.news.parity)."""
    return user.is_active and bool(sites_for_user(user))
