from asgiref.sync import sync_to_async
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from wagtail.admin.views.chooser import page_models_from_string
from wagtail.models import Page

from .roles import requires_two_factor
from .site_pages import is_visible, only_visible
from .two_factor import has_two_factor


def open_paths():
    # The two-factor pages are admin pages too: they need the icon sprite and the
    # JavaScript catalogue, which every admin page fetches.
    return {
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_logout"),
        reverse("wagtailadmin_javascript_catalog"),
        reverse("wagtailadmin_sprite"),
    }


def pending_step(user):
    """The two-factor page a signed-in user still has to pass this session, or None."""
    if not user.is_authenticated or user.is_verified():
        return None
    if has_two_factor(user):
        return "habar_accounts:verify"
    if requires_two_factor(user):
        return "habar_accounts:setup"
    return None


def is_admin_path(path):
    return path.startswith(reverse("wagtailadmin_home"))


class TwoFactorMiddleware:
    """Keeps a signed-in user out until their second factor is checked.

    In the admin, a user with an authenticator is asked for a code (or a recovery code); a
    user who must use two factors and has none is sent to set one up. Sign-in, sign-out and
    the two-factor pages themselves stay open.

    Everywhere else (private pages, private documents, the page's user bar) the same user
    is anonymous until then: the password alone must not open what the admin keeps closed.
    Sent by a private page to Wagtail's sign-in, they are asked for their code instead (the
    password they gave already; signing in again would only send them round). Needs
    django_otp's OTPMiddleware before it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_admin_path(request.path):
            self.hide_pending_user(request)
            return self.get_response(request)
        redirect_to = self.redirect_for(request)
        if redirect_to:
            return redirect(redirect_to)
        return self.get_response(request)

    @staticmethod
    def hide_pending_user(request):
        user = getattr(request, "user", None)
        if user is None:
            return
        # Lazy, as Django's own: a reader's request that never asks who it is costs nothing.
        request.user = SimpleLazyObject(lambda: AnonymousUser() if pending_step(user) else user)
        request.signed_in_user = user
        auser = getattr(request, "auser", None)
        if auser is not None:

            async def anonymous_unless_verified():
                found = await auser()
                pending = await sync_to_async(pending_step)(found)
                return AnonymousUser() if pending else found

            request.auser = anonymous_unless_verified

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.url_name != "wagtailcore_login":
            return None
        target = pending_step(getattr(request, "signed_in_user", request.user))
        if target is None:
            return None
        return redirect(reverse(target) + "?" + urlencode({"next": request.GET.get("next", "")}))

    def redirect_for(self, request):
        user = getattr(request, "user", None)
        if user is None or request.path in open_paths():
            return None
        if request.path.startswith(reverse("habar_accounts:index")):
            return None
        target = pending_step(user)
        if target is None:
            return None
        return reverse(target) + "?" + urlencode({"next": request.get_full_path()})


# Admin views that show the page their URL names (title, draft title, workflow, breadcrumbs)
# without asking whether the user may edit anything there.
PARENT_PAGE_VIEWS = {
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtailadmin_choose_page_child",
}


class SitePagesMiddleware:
    """An editor's explorer and page chooser open at pages of their own sites only.

    Wagtail's hooks narrow the pages these views list (habar.accounts.wagtail_hooks), but
    none reaches the page they are opened at: that one is found here, from the URL, before
    the view runs. Superusers see everything.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        name = request.resolver_match.url_name
        if name not in PARENT_PAGE_VIEWS and name != "wagtailadmin_choose_page":
            return None
        user = request.user
        if not user.is_authenticated or user.is_superuser:
            return None
        if name == "wagtailadmin_choose_page":
            return self.chooser_start(request)
        if not is_visible(view_kwargs["parent_page_id"], user):
            raise Http404
        return None

    @staticmethod
    def chooser_start(request):
        # For a page type Wagtail opens the chooser at the common ancestor of every page of
        # that type, which may be another site's section: open it at that of the editor's.
        try:
            models = page_models_from_string(request.GET.get("page_type") or "")
        except (ValueError, LookupError):
            return None  # all page types start at the root; a wrong one is Wagtail's 404
        start = only_visible(Page.objects.type(*models), request.user).first_common_ancestor()
        url = reverse("wagtailadmin_choose_page_child", args=[start.pk])
        return redirect(url + "?" + request.GET.urlencode())
