from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .roles import requires_two_factor
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


class TwoFactorMiddleware:
    """Keeps the admin closed to a signed-in user until their second factor is checked.

    A user with an authenticator is asked for a code (or a recovery code); a user who must
    use two factors and has none is sent to set one up. Sign-in, sign-out and the two-factor
    pages themselves stay open. Needs django_otp's OTPMiddleware before it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        redirect_to = self.redirect_for(request)
        if redirect_to:
            return redirect(redirect_to)
        return self.get_response(request)

    def redirect_for(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        admin = reverse("wagtailadmin_home")
        if not request.path.startswith(admin) or request.path in open_paths():
            return None
        if request.path.startswith(reverse("habar_accounts:index")):
            return None
        if has_two_factor(user):
            target = "habar_accounts:verify"
        elif requires_two_factor(user):
            target = "habar_accounts:setup"
        else:
            return None
        return reverse(target) + "?" + urlencode({"next": request.get_full_path()})
