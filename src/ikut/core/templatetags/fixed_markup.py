"""`{% fixed %}…{% endfixed %}`: markup that is the same for every request in a language, rendered once per
process and language and then reused (issue 17: the page chrome of every staff page).

    {% load fixed_markup %}
    {% fixed %}<a class="skip-link" href="#main">{% translate "Skip to content" %}</a>
    <a class="brand" href="{% url 'core:home' %}">IKUT</a>{% endfixed %}

What may stand inside is checked when the template is compiled: text, `{% translate "…" %}`, `{% static "…" %}` and
`{% url "…" %}` with constant arguments only — never a variable, a condition, a loop or a CSRF token, so nothing of
one request or one user can be kept and shown to another (anything else is a TemplateSyntaxError). The output is
kept per language, script prefix, URLconf and autoescape setting, and forgotten when a setting changes. The
enclosed tags are Django's own and render exactly as without the block; makemessages still finds the strings."""

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.base import TextNode, Variable
from django.template.defaulttags import URLNode
from django.templatetags.i18n import TranslateNode
from django.templatetags.static import StaticNode
from django.urls import get_script_prefix, get_urlconf
from django.utils import translation

register = template.Library()

_generation = [0]  # bumped when a setting changes: every kept output is rendered again


@receiver(setting_changed)
def _forget_outputs(**kwargs):
    _generation[0] += 1


def _constant(expression):
    """A FilterExpression that is a quoted string without filters (Django resolves it when compiling)."""
    return not expression.is_var and not expression.filters


def _allowed(node):
    if isinstance(node, TextNode):
        return True
    if isinstance(node, TranslateNode):
        var = node.filter_expression.var
        return (isinstance(var, Variable) and var.literal is not None and not node.filter_expression.filters
                and node.asvar is None and node.message_context is None)
    if isinstance(node, StaticNode):
        return node.varname is None and _constant(node.path)
    if isinstance(node, URLNode):
        return (node.asvar is None and _constant(node.view_name) and all(_constant(a) for a in node.args)
                and all(_constant(v) for v in node.kwargs.values()))
    return False


class FixedNode(template.Node):
    # What `{% extends %}` walks on every rendering to find the {% block %}s of base.html (Django's
    # get_nodes_by_type): a fixed block holds none (see _allowed), so the walk need not enter it.
    child_nodelists = ()

    def __init__(self, nodelist):
        self.nodelist = nodelist
        self.outputs = {}
        self.generation = _generation[0]

    def render(self, context):
        if self.generation != _generation[0]:
            self.outputs, self.generation = {}, _generation[0]
        # The language and autoescaping are asked at each block ({% language %} and {% autoescape %} may change them
        # inside a template); where URLs point stays the same through one rendering, so it is asked once per rendering.
        where = context.render_context.get(FixedNode)
        if where is None:
            where = context.render_context[FixedNode] = (get_script_prefix(), get_urlconf())
        key = (translation.get_language(), context.autoescape, where)
        output = self.outputs.get(key)
        if output is None:
            output = self.outputs[key] = self.nodelist.render(context)
        return output


@register.tag
def fixed(parser, token):
    if len(token.split_contents()) != 1:
        raise template.TemplateSyntaxError("{% fixed %} takes no arguments")
    nodelist = parser.parse(("endfixed",))
    parser.delete_first_token()
    for node in nodelist:
        if not _allowed(node):
            raise template.TemplateSyntaxError(
                "{% fixed %} may hold only text, {% translate %}, {% static %} and {% url %} with constant arguments, "
                f"not {node!r}: the output is shared by every request in a language")
    return FixedNode(nodelist)
