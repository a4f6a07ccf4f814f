from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.reporting"
    label = "reporting"
