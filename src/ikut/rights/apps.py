from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.rights"
    label = "rights"

    def ready(self):
        from ikut.core.versions import bump_on_change

        from .models import HelpContact, OfferRule, SectorMinimumPay

        # The job-offer check keeps these rows per process, keyed by this stamp (rights/offer_check.py).
        bump_on_change("rights", OfferRule, HelpContact, SectorMinimumPay)
