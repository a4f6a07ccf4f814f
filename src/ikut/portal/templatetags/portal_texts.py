"""{% ptext "key" %}: a portal text (portal/texts.py) or job-offer check text (rights/offer_texts.py) in the
active language."""

from django import template

from ikut.core.i18n import current_language
from ikut.portal import texts
from ikut.rights import offer_texts

register = template.Library()


@register.simple_tag
def ptext(key):
    if key in texts.EN:
        return texts.text(key)
    return offer_texts.text(key, current_language())
