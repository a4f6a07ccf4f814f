from django.apps import AppConfig


class Config(AppConfig):
    name = "ikut.skills"
    label = "skills"

    def ready(self):
        from ikut.core.versions import bump_on_change

        from .models import Certificate, Occupation, OccupationCertificate, OccupationSkill, Skill, TaxonomyImport

        # The matching and search indexes are cached per process, keyed by this stamp (skills/matching.py).
        bump_on_change("taxonomy", Occupation, Skill, OccupationSkill, Certificate, OccupationCertificate,
                       TaxonomyImport)
