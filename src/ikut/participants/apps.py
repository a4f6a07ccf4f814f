from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.participants"
    label = "participants"
