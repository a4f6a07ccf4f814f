from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.api"
    label = "api"
