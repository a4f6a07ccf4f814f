from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.core"
    label = "core"
