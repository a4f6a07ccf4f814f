from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.accounts"
    label = "accounts"
