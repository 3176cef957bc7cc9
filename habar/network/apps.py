from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "habar.network"
    label = "habar_network"
