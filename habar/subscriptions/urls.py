from django.urls import path

from . import views

app_name = "subscriptions"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("confirm/<str:key>/", views.confirm, name="confirm"),
    path("manage/<str:key>/", views.manage, name="manage"),
    path("unsubscribe/<str:key>/", views.unsubscribe, name="unsubscribe"),
]
