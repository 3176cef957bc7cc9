"""Wagtail's user admin, scoped: a site administrator sees and changes only the accounts of
their own sites, can give only their sites' groups, and can never make a superuser."""

from django.core.exceptions import PermissionDenied
from wagtail.users.views import users

from .roles import manageable_groups, manageable_users


class ManagedUsersOnlyMixin:
    def get_object(self, *args, **kwargs):
        user = super().get_object(*args, **kwargs)
        if not manageable_users(self.request.user).filter(pk=user.pk).exists():
            raise PermissionDenied
        return user


class ScopedFormMixin:
    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
            # Every account a site administrator makes belongs to one of their sites.
            form.fields["groups"].queryset = manageable_groups(self.request.user)
            form.fields["groups"].required = True
        return form


class IndexView(users.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(pk__in=manageable_users(self.request.user))


class CreateView(ScopedFormMixin, users.CreateView):
    pass


class EditView(ManagedUsersOnlyMixin, ScopedFormMixin, users.EditView):
    pass


class DeleteView(ManagedUsersOnlyMixin, users.DeleteView):
    pass


class HistoryView(ManagedUsersOnlyMixin, users.HistoryView):
    pass


class UserViewSet(users.UserViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
    history_view_class = HistoryView
