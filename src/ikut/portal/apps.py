from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.portal"
    label = "portal"
