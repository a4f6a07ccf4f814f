"""IKUT's form renderer: Django's, with the choice widgets written out in Python (issue 17).

Django renders a <select> or a list of checkboxes or radio buttons through its templates, including a template per
option and another for the option's attributes. A participant's edit form lists every country and every language
as checkboxes: ≈ 1,000 options, 95 % of that page's time (0.4 s per request in a profile of 2026-12-02), and every
form with a language select pays the same per option. Here the four widget templates that loop over options
(select.html, and checkbox_select.html / radio.html through multiple_input.html, with their option templates) are
written as the templates write them: every value through Django's own `render_value_in_context` (localised and
escaped as `{{ value }}` is) and `stringformat:'s'` as the filter does, the same whitespace, the same `.strip()`.
Anything else — another template, a widget whose options use another template — goes to Django's templates.
`tests/foundation/test_form_renderer.py` renders widgets of every kind and shape (option groups, hostile and
safe labels, lazy and localised ones, every kind of attribute) with both and requires the same bytes, and
`tests/test_form_pages.py` does the same for every page of the access matrix.
"""

import html

from django.forms.renderers import DjangoTemplates
from django.template import Context
from django.template.base import render_value_in_context
from django.utils.safestring import SafeData, SafeString, mark_safe

_CONTEXT = Context(autoescape=True)  # what a widget template renders in: autoescaping, the settings' l10n and tz

WIDGETS = "django/forms/widgets/"
SELECT_OPTION = WIDGETS + "select_option.html"
INPUT_OPTIONS = (WIDGETS + "checkbox_option.html", WIDGETS + "radio_option.html")


def _shown(value):
    """{{ value }}. A plain string (most labels, names, values) is only escaped, as Django's
    `render_value_in_context` ends up doing for one (localising and the time zone leave a string alone) without its
    lazy-argument checks, ≈ 4,000 times on the participant edit form."""
    if type(value) is str:
        return SafeString(html.escape(value))
    return render_value_in_context(value, _CONTEXT)


def _as_s(value):
    """{{ value|stringformat:'s' }} (the filter is is_safe: safe input stays unescaped)."""
    if isinstance(value, tuple):
        value = str(value)
    try:
        text = "%s" % value  # noqa: UP031 — the filter's own formatting: ("%" + "s") % value
    except (ValueError, TypeError):
        text = ""
    return _shown(mark_safe(text) if isinstance(value, SafeData) else text)  # noqa: S308 — safe only if it was


def _attrs(attrs):
    """attrs.html."""
    out = []
    for name, value in attrs.items():
        if value is not False:
            out.append(f" {_shown(name)}")
            if value is not True:
                out.append(f'="{_as_s(value)}"')
    return "".join(out)


def _select(widget):
    """select.html with select_option.html per option (each option template ends with a newline)."""
    out = [f'<select name="{_shown(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            out.append(f'\n  <optgroup label="{_shown(group_name)}">')
        for option in options:
            if option["template_name"] != SELECT_OPTION:
                return None
            out.append(f'\n  <option value="{_as_s(option["value"])}"{_attrs(option["attrs"])}>'
                       f'{_shown(option["label"])}</option>\n')
        if group_name:
            out.append("\n  </optgroup>")
    out.append("\n</select>\n")
    return "".join(out)


def _input_option(option):
    """checkbox_option.html / radio_option.html: input_option.html with input.html, and their newlines."""
    attrs = option["attrs"]
    value = option["value"]
    shown_value = f' value="{_as_s(value)}"' if value != None else ""  # noqa: E711 — the template's `!= None`
    field = (f'<input type="{_shown(option["type"])}" name="{_shown(option["name"])}"{shown_value}'
             f"{_attrs(attrs)}>\n")
    if not option["wrap_label"]:
        return f"{field}\n\n"
    label_for = f' for="{_shown(attrs["id"])}"' if attrs.get("id") else ""
    return f'<label{label_for}>{field} {_shown(option["label"])}</label>\n\n'


def _multiple_input(widget):
    """multiple_input.html (checkbox_select.html and radio.html include it)."""
    attrs = widget["attrs"]
    identifier, css = attrs.get("id", ""), attrs.get("class", "")
    out = ["<div", f' id="{_shown(identifier)}"' if identifier else "", f' class="{_shown(css)}"' if css else "", ">"]
    for group, options, _index in widget["optgroups"]:
        if group:
            out.append(f"\n  <div><label>{_shown(group)}</label>")
        for option in options:
            if option["template_name"] not in INPUT_OPTIONS:
                return None
            out.append(f"<div>\n    {_input_option(option)}</div>")
        if group:
            out.append("\n  </div>")
    out.append("\n</div>\n")
    return "".join(out)


# checkbox_select.html and radio.html are `{% include "…/multiple_input.html" %}` and a newline, which the renderer's
# strip() removes with multiple_input.html's own.
_WRITTEN = {
    WIDGETS + "select.html": _select,
    WIDGETS + "checkbox_select.html": _multiple_input,
    WIDGETS + "radio.html": _multiple_input,
}


class Renderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        write = _WRITTEN.get(template_name)
        if write is not None and set(context) == {"widget"}:
            html = write(context["widget"])
            if html is not None:
                return html.strip()  # as BaseRenderer.render strips the template's output
        return super().render(template_name, context, request)
