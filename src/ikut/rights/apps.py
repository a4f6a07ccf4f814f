from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.rights"
    label = "rights"
