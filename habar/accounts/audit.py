"""Account events in Wagtail's audit log, next to its page and model actions."""

from django.utils import timezone
from django.utils.functional import LazyObject
from wagtail.log_actions import log

from .models import AccountLogEntry

LOGIN = "habar.login"
LOGOUT = "habar.logout"
LOGIN_FAILED = "habar.login_failed"
TWO_FACTOR_ENABLED = "habar.two_factor.enabled"
TWO_FACTOR_VERIFIED = "habar.two_factor.verified"
TWO_FACTOR_FAILED = "habar.two_factor.failed"
RECOVERY_CODE_USED = "habar.two_factor.recovery_code_used"
RECOVERY_CODES_ISSUED = "habar.two_factor.recovery_codes_issued"

# A spreadsheet would run a cell starting with one of these as a formula; the audit log's
# CSV export must show what an attacker typed, never execute it.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def request_data(request):
    if request is None:
        return {}
    return {"ip_address": request.META.get("REMOTE_ADDR", "")}


def safe_label(text):
    text = (text or "?")[:150]
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def unwrap(user):
    # request.user is lazy, twice over with django-otp's middleware; Wagtail's log finds
    # the log model by the object's class, so it needs the user itself.
    while isinstance(user, LazyObject):
        user.pk  # noqa: B018  (evaluates the lazy object)
        user = user._wrapped
    return user


def log_account_event(action, account, request=None, by_owner=True, **data):
    """Log an event concerning an existing account, by default done by its owner."""
    account = unwrap(account)
    return log(
        account,
        action,
        user=account if by_owner else None,
        title=safe_label(account.get_username()),
        data={**request_data(request), **data},
    )


def log_unknown_account(action, username, request=None):
    """Log a failed sign-in under a name no account has: there is no object to point at."""
    return AccountLogEntry.objects.create(
        content_type=None,
        object_id="",
        label=safe_label(username),
        action=action,
        timestamp=timezone.now(),
        data=request_data(request),
    )
