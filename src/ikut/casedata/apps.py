from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.casedata"
    label = "casedata"
