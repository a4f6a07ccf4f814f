from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.employers"
    label = "employers"
