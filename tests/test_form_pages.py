"""Every choice widget on every page of the access matrix renders, through ikut.core.form_renderer, the bytes Django's
templates render for it: each widget is rendered both ways while the page is served, and the two compared."""

from collections import Counter

import pytest
from django.forms.renderers import DjangoTemplates
from django.test import Client

from ikut.core.form_renderer import _WRITTEN, Renderer
from tests import access_matrix
from tests.helpers import sign_in

MATRIX, _EXTENDERS = access_matrix.load()
SEEN: Counter = Counter()
MISMATCHES: list = []


class CheckingRenderer(Renderer):
    def render(self, template_name, context, request=None):
        ours = super().render(template_name, context, request)
        if template_name in _WRITTEN:
            SEEN[template_name] += 1
            django_own = DjangoTemplates.render(self, template_name, context, request)
            if ours != django_own:
                MISMATCHES.append((template_name, ours[:300], django_own[:300]))
        return ours


@pytest.mark.django_db
def test_every_pages_choice_widgets_render_as_djangos_templates(matrix_world, settings):
    settings.FORM_RENDERER = "tests.test_form_pages.CheckingRenderer"
    SEEN.clear()
    MISMATCHES.clear()
    clients = {}
    pages = 0
    for name, role, url in access_matrix.pages(MATRIX, matrix_world):
        if role not in clients:
            clients[role] = sign_in(Client(), matrix_world.users[role])
        assert clients[role].get(url).status_code < 500, name
        pages += 1
    assert not MISMATCHES, MISMATCHES[:3]
    assert pages > 100
    # Enough widgets of each kind went through both ways that the comparison means something.
    assert SEEN["django/forms/widgets/select.html"] >= 60, SEEN
    assert SEEN["django/forms/widgets/checkbox_select.html"] >= 10, SEEN
    assert SEEN["django/forms/widgets/radio.html"] >= 30, SEEN
