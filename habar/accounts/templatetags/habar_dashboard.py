from django import template

from habar.accounts.dashboard import scope_for, site_label

register = template.Library()


@register.simple_tag(takes_context=True)
def dashboard_sites(context):
    """The names of the sites the dashboard is about; "" for the network's (a superuser's)."""
    request = context.get("request")
    if request is None:
        return ""
    scope = scope_for(request)
    if scope.network:
        return ""
    return ", ".join(site_label(site) for site in scope.sites)
