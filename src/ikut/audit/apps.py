from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.audit"
    label = "audit"
