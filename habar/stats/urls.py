from django.urls import path

from . import views

app_name = "stats"
urlpatterns = [
    path("views/<int:page_id>/", views.beacon, name="beacon"),
    path("views/<int:page_id>/pixel.gif", views.pixel, name="pixel"),
]
