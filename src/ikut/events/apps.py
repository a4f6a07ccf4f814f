from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.events"
    label = "events"
