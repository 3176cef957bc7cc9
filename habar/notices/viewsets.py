from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from . import views
from .forms import NoticeForm
from .models import Notice


class NoticeViewSet(ModelViewSet):
    model = Notice
    icon = "warning"
    menu_label = _("Urgent notices")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    edit_handler = ObjectList(Notice.panels, base_form_class=NoticeForm)
    list_display = ["__str__", "shown_on", "starts_at", "expires_at", "status"]
    list_filter = ["origin"]
    index_view_class = views.IndexView
    add_view_class = views.CreateView
    edit_view_class = views.EditView
    delete_view_class = views.DeleteView
    history_view_class = views.HistoryView

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("withdraw/<int:pk>/", views.WithdrawView.as_view(), name="withdraw"),
        ]
