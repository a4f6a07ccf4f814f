"""Template tags of the participant record's pages."""

from django import template
from django.urls import reverse

from ikut.participants import record

register = template.Library()


@register.simple_tag
def record_header(p):
    """The record's header (breadcrumbs, code, phase and status): built by record.header, as the record page builds
    it, so every page of a record shows the same header from one place."""
    return record.header(p, reverse("participants:detail", args=[p.code]), reverse("participants:dashboard"))
