"""Account pages of the admin: set up an authenticator, enter a code, recovery codes; and
the sign-out, which takes a POST."""

from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from wagtail.admin.views import account

from . import audit
from .forms import CodeForm
from .roles import requires_two_factor
from .two_factor import (
    authenticator,
    has_two_factor,
    issue_recovery_codes,
    pending_authenticator,
    qr_code_svg,
    recovery_device,
    secret_text,
)

# Shown once, on the page after set-up or renewal, then gone from the session.
RECOVERY_CODES_SESSION_KEY = "habar_recovery_codes"


def next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


def check_code(device, form):
    """Verify the form's code on the device, honouring its back-off after failures.

    Returns an error message, or None when the code was right."""
    allowed, details = device.verify_is_allowed()
    if not allowed:
        wait = max(1, int((details["locked_until"] - timezone.now()).total_seconds()) + 1)
        return _("Too many wrong codes. Try again in %(seconds)d seconds.") % {"seconds": wait}
    if device.verify_token(form.cleaned_data["code"]):
        return None
    return _("That code is not right. Check the time on your phone and try again.")


@never_cache
@require_http_methods(["GET", "POST"])
def setup(request):
    user = request.user
    if has_two_factor(user):
        return redirect(reverse("habar_accounts:index"))
    device = pending_authenticator(user)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        error = check_code(device, form)
        if error is None:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            audit.log_account_event(audit.TWO_FACTOR_ENABLED, user, request)
            request.session[RECOVERY_CODES_SESSION_KEY] = issue_recovery_codes(user)
            audit.log_account_event(audit.RECOVERY_CODES_ISSUED, user, request)
            query = urlencode({"next": next_url(request)})
            return redirect(reverse("habar_accounts:recovery_codes") + "?" + query)
        audit.log_account_event(audit.TWO_FACTOR_FAILED, user, request, step="setup")
        form.add_error("code", error)
    return render(
        request,
        "accounts/setup.html",
        {
            "form": form,
            "qr_code": qr_code_svg(device),
            "secret": secret_text(device),
            "required": requires_two_factor(user),
            "next": next_url(request),
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    user = request.user
    if user.is_verified() or not has_two_factor(user):
        return redirect(next_url(request))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if form.is_authenticator_code:
            device, action = authenticator(user), audit.TWO_FACTOR_VERIFIED
        else:
            device, action = recovery_device(user), audit.RECOVERY_CODE_USED
        error = _("That recovery code is not valid.") if device is None else None
        error = error or check_code(device, form)
        if error is None:
            # The authenticator is the device of record even when a recovery code got in.
            otp_login(request, authenticator(user))
            audit.log_account_event(action, user, request)
            if action == audit.RECOVERY_CODE_USED:
                remaining = device.token_set.count()
                messages.warning(
                    request,
                    _(
                        "You used a recovery code; %(count)d remain. Make new ones on your "
                        "two-factor page."
                    )
                    % {"count": remaining},
                )
            return redirect(next_url(request))
        audit.log_account_event(audit.TWO_FACTOR_FAILED, user, request, step="verify")
        form.add_error("code", error)
    return render(request, "accounts/verify.html", {"form": form, "next": next_url(request)})


@never_cache
@require_http_methods(["GET", "POST"])
def recovery_codes(request):
    user = request.user
    if request.method == "POST":
        if not has_two_factor(user):
            return redirect(reverse("habar_accounts:setup"))
        if not user.is_verified():
            return redirect(reverse("habar_accounts:verify"))
        request.session[RECOVERY_CODES_SESSION_KEY] = issue_recovery_codes(user)
        audit.log_account_event(audit.RECOVERY_CODES_ISSUED, user, request)
        return redirect(reverse("habar_accounts:recovery_codes"))
    codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    if not codes:
        return redirect(reverse("habar_accounts:index"))
    return render(
        request, "accounts/recovery_codes.html", {"codes": codes, "next": next_url(request)}
    )


@never_cache
def overview(request):
    user = request.user
    if has_two_factor(user) and not user.is_verified():
        return redirect(reverse("habar_accounts:verify"))
    device = recovery_device(user)
    return render(
        request,
        "accounts/overview.html",
        {
            "enabled": has_two_factor(user),
            "required": requires_two_factor(user),
            "recovery_codes_left": device.token_set.count() if device else 0,
        },
    )


class LogoutView(account.LogoutView):
    """Wagtail's sign-out, by POST only; a GET shows a page whose button posts.

    Wagtail's view deletes the session cookie whatever the method, even on the 405 it
    answers a GET with: a link, a redirect or a prefetch would sign an editor out. Only a
    POST, with its CSRF token, reaches it here.
    """

    http_method_names = ["get", "head", "post"]

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST":
            return super().dispatch(request, *args, **kwargs)
        if request.method in ("GET", "HEAD"):
            return confirm_logout(request)
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])


@never_cache
def confirm_logout(request):
    return render(request, "accounts/logout.html")
