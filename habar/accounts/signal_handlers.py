from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from . import audit


@receiver(user_logged_in, dispatch_uid="habar_accounts_log_login")
def log_login(sender, request, user, **kwargs):
    audit.log_account_event(audit.LOGIN, user, request)


@receiver(user_logged_out, dispatch_uid="habar_accounts_log_logout")
def log_logout(sender, request, user, **kwargs):
    if user is not None:
        audit.log_account_event(audit.LOGOUT, user, request)


@receiver(user_login_failed, dispatch_uid="habar_accounts_log_login_failed")
def log_login_failed(sender, credentials, request=None, **kwargs):
    User = get_user_model()
    username = credentials.get(User.USERNAME_FIELD) or credentials.get("username") or ""
    account = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
    if account is None:
        audit.log_unknown_account(audit.LOGIN_FAILED, username, request)
    else:
        # Somebody typed this account's name: not necessarily its owner.
        audit.log_account_event(audit.LOGIN_FAILED, account, request, by_owner=False)
