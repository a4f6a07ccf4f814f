from django.apps import AppConfig
from django.core import checks


def language_modules_check(app_configs=None, **kwargs):
    """`ikut check` names every defect of the language data modules (rights/i18n); visitors never see one:
    the portal serves what is there and falls back to English with its note."""
    from . import i18n

    return [checks.Warning(problem, id="rights.W001") for problem in i18n.problems()]


class Config(AppConfig):
    name = "ikut.rights"
    label = "rights"

    def ready(self):
        checks.register(language_modules_check, "rights")
        from ikut.core.versions import bump_on_change

        from .models import HelpContact, OfferRule, SectorMinimumPay

        # The job-offer check keeps these rows per process, keyed by this stamp (rights/offer_check.py).
        bump_on_change("rights", OfferRule, HelpContact, SectorMinimumPay)
