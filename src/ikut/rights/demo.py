"""Demo seed for rights: the shipped content (same as `ikut load-rights-content`). No personal data."""

from django.apps import apps

from . import loader


def seed(world):
    return loader.load_all(apps.get_model)
