"""The choice widgets written in Python (ikut.core.form_renderer) give the bytes Django's templates give."""

import datetime
from decimal import Decimal

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates, get_default_renderer
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from ikut.core.form_renderer import Renderer

HOSTILE = "<script>alert('x')</script> & \"quoted\""
CHOICES = [
    ("", "---------"),
    ("fi", "Finnish"),
    (HOSTILE, HOSTILE),
    ("safe", mark_safe("<b>safe label</b>")),
    ("lazy", gettext_lazy("Language")),
    (3, 1234567),
    ("dec", Decimal("1234.5")),  # localised as {{ value }} localises it: "1234,5" in Finnish
    ("day", datetime.date(2026, 12, 2)),
    ("at", datetime.datetime(2026, 12, 2, 22, 30, tzinfo=datetime.UTC)),  # in the current time zone
    (None, "none value"),
    ("Group <1>", [("g1", "in group"), ("g2", gettext_lazy("Phone"))]),
    ("", [("e1", "group without a name")]),
]
ATTRS = [
    {},
    {"id": "id_field"},
    {"id": "id_field", "class": "picker-list", "required": True, "disabled": False, "data-n": 0, "title": HOSTILE},
    {"class": "x", "aria-describedby": mark_safe("a&amp;b"), "data-none": None, "data-tuple": (1, 2)},
]
VALUES = [None, "", "fi", ["fi", "g2"], [HOSTILE], 3, ["3", "e1", "lazy"], ["nothing"]]
NULL_BOOLEAN_VALUES = [None, True, False, "true", "false", "2", "unknown"]
WIDGETS = [forms.Select, forms.SelectMultiple, forms.RadioSelect, forms.CheckboxSelectMultiple,
           forms.NullBooleanSelect]


def _both(widget, value, attrs):
    django_own = widget.render("field", value, attrs=attrs, renderer=DjangoTemplates())
    ours = widget.render("field", value, attrs=attrs, renderer=Renderer())
    return django_own, ours


@pytest.mark.parametrize("widget_class", WIDGETS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("language", ["en", "fi", "ar"])
def test_every_shape_renders_as_djangos_templates(widget_class, language):
    with translation.override(language):
        for base_attrs in ATTRS:
            for attrs in ATTRS:
                widget = widget_class(attrs=base_attrs) if widget_class is forms.NullBooleanSelect else (
                    widget_class(attrs=base_attrs, choices=CHOICES))
                for value in NULL_BOOLEAN_VALUES if widget_class is forms.NullBooleanSelect else VALUES:
                    django_own, ours = _both(widget, value, attrs)
                    assert ours == django_own, (widget_class.__name__, base_attrs, attrs, value)


def test_a_label_left_unwrapped_and_a_value_of_none_render_as_djangos():
    class Bare(forms.RadioSelect):
        def create_option(self, *args, **kwargs):
            option = super().create_option(*args, **kwargs)
            option["wrap_label"] = False
            if option["value"] == "fi":
                option["value"] = None
            return option

    widget = Bare(choices=CHOICES)
    for value in VALUES:
        django_own, ours = _both(widget, value, {"id": "id_x"})
        assert ours == django_own


def test_an_option_template_of_its_own_goes_to_djangos_templates():
    class Own(forms.Select):
        option_template_name = "django/forms/widgets/input_option.html"  # not a select option: Django's path

    django_own, ours = _both(Own(choices=[("a", "A")]), "a", {})
    assert ours == django_own and "<input" in ours


def test_a_model_choice_field_renders_as_djangos(db):
    from ikut.accounts.models import Organisation
    from tests.helpers import make_org

    make_org("Org <one>")
    make_org("Org & two")
    for widget in (forms.Select, forms.SelectMultiple, forms.CheckboxSelectMultiple, forms.RadioSelect):
        field = forms.ModelMultipleChoiceField(Organisation.objects.order_by("pk"), widget=widget) \
            if widget in (forms.SelectMultiple, forms.CheckboxSelectMultiple) else \
            forms.ModelChoiceField(Organisation.objects.order_by("pk"), widget=widget)
        first = Organisation.objects.order_by("pk").first().pk
        for value in (None, first, [first]):
            django_own, ours = _both(field.widget, value, {"id": "id_org"})
            assert ours == django_own


def test_the_settings_use_this_renderer_and_other_templates_are_djangos():
    assert isinstance(get_default_renderer(), Renderer)
    form = forms.Form()
    form.fields["when"] = forms.DateField()
    assert str(form) == form.render(renderer=DjangoTemplates())
