from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.learning"
    label = "learning"
