from django.urls import path

from . import views

app_name = "habar_accounts"
urlpatterns = [
    path("", views.overview, name="index"),
    path("setup/", views.setup, name="setup"),
    path("verify/", views.verify, name="verify"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
]
