from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.skills"
    label = "skills"
