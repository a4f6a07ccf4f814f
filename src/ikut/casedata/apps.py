from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.casedata"
    label = "casedata"

    def ready(self):
        from django.db.models.signals import post_save

        from ikut.participants.models import Participant

        post_save.connect(_wipe_on_anonymisation, sender=Participant, dispatch_uid="casedata_wipe_on_anonymisation")


def _wipe_on_anonymisation(sender, instance, **kwargs):
    """Retention (participants.actions.anonymise) keeps the record's coded ESF+ fields; the trafficking case
    data goes with the identity."""
    if instance.anonymised_at is not None:
        from .models import CaseStatus, ExpiryReminder

        CaseStatus.objects.filter(participant=instance).delete()
        ExpiryReminder.objects.filter(participant=instance).delete()
