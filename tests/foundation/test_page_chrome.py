"""The signed-in page chrome (base.html) built once per process where it can be (issue 17): `{% fixed %}` markup per
language, the menu's URLs and lines per language, the language options; what depends on the request or the user
(the menu's entries, the current page, the CSRF token, the e-mail) is still worked out per request."""

import pytest
from django.template import Context, Template, TemplateSyntaxError, engines
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation

from ikut.accounts.models import Role
from ikut.core.nav import Menu, nav_for
from tests.helpers import make_org, make_user, sign_in

FIXED = '{% load i18n static fixed_markup %}{% fixed %}<a href="{% url "core:home" %}">{% translate "Home" %}</a>' \
        '<link href="{% static "ikut/ikut.css" %}">{% endfixed %}'
PLAIN = '{% load i18n static %}<a href="{% url "core:home" %}">{% translate "Home" %}</a>' \
        '<link href="{% static "ikut/ikut.css" %}">'


def render(source, **context):
    return engines["django"].from_string(source).render(context)


@pytest.mark.parametrize("inside", [
    "{{ user.email }}", "{% csrf_token %}", "{% if user %}x{% endif %}", "{% for x in items %}{% endfor %}",
    "{% translate name %}", "{% translate 'Home' as home %}", "{% url view_name %}",
    "{% url 'participants:detail' code %}",
    "{% static path %}", "{% static 'ikut/ikut.css' as css %}", "{% translate 'Home'|upper %}",
    "{% block title %}{% endblock %}",
])
def test_fixed_markup_refuses_anything_that_may_differ_between_requests(inside):
    with pytest.raises(TemplateSyntaxError, match="may hold only"):
        Template("{% load i18n static fixed_markup %}{% fixed %}" + inside + "{% endfixed %}")


def test_fixed_markup_renders_as_django_would_in_each_language():
    template = engines["django"].from_string(FIXED)
    for language in ("fi", "sv", "en", "fi"):
        with translation.override(language):
            assert template.render({}) == render(PLAIN)
    with translation.override("fi"):
        finnish = template.render({})
    with translation.override("en"):
        assert template.render({}) != finnish  # kept per language, not once for all


def test_fixed_markup_follows_the_language_and_escaping_inside_the_template():
    source = ('{% load i18n fixed_markup %}{% fixed %}{% translate "Change" %}{% endfixed %}|'
              '{% language "en" %}{% fixed %}{% translate "Change" %}{% endfixed %}{% endlanguage %}')
    with translation.override("fi"):
        finnish, english = render(source).split("|")
    assert english == "Change" and finnish != english
    escaped = '{% load i18n fixed_markup %}{% fixed %}{% translate "Demo — fictional data" %}{% endfixed %}'
    off = "{% autoescape off %}" + escaped.replace("{% load i18n fixed_markup %}", "") + "{% endautoescape %}"
    with translation.override("en"):
        assert render(escaped) == render("{% load i18n %}{% translate 'Demo — fictional data' %}")
        assert render("{% load i18n fixed_markup %}" + off) == "Demo — fictional data"


def test_extends_finds_the_blocks_around_fixed_markup_without_walking_into_it():
    """{% extends %} walks the parent's nodes for its {% block %}s on every rendering (Django's get_nodes_by_type):
    a fixed block holds none, so the walk skips what is inside it; the blocks around it are found as before."""
    from django.templatetags.i18n import TranslateNode

    assert engines["django"].from_string(FIXED).template.nodelist.get_nodes_by_type(TranslateNode) == []
    parent = engines["django"].from_string(
        "{% load i18n fixed_markup %}{% block a %}A{% endblock %}{% fixed %}{% translate 'Home' %}{% endfixed %}"
        "{% block b %}B{% endblock %}")
    child = Template('{% extends parent %}{% block b %}child{% endblock %}')
    with translation.override("en"):
        assert child.render(Context({"parent": parent.template})) == "AHomechild"


def test_fixed_markup_is_rendered_again_after_a_setting_changes():
    template = engines["django"].from_string(FIXED)
    with translation.override("en"):
        before = template.render({})
        with override_settings(STATIC_URL="/elsewhere/"):
            moved = template.render({})
    assert "/elsewhere/ikut/ikut.css" in moved and "/elsewhere/" not in before


@pytest.mark.django_db
def test_the_menu_shows_what_the_policy_allows_and_marks_the_current_page(client):
    org = make_org()
    coach, dpo = make_user(Role.CASEWORKER, org), make_user(Role.DPO, org)
    request = RequestFactory().get(reverse("participants:dashboard"))
    with translation.override("en"):
        menu = Menu(coach, request.path)
        assert [item["name"] for item in menu] == [item["name"] for item in nav_for(coach)]
        assert len(menu) == len(nav_for(coach)) and menu
        assert menu.html.count("<li>") == len(menu)
        assert menu.html.count('aria-current="page"') == 1
        assert f'<a href="{reverse("participants:dashboard")}" aria-current="page">Participants</a>' in menu.html
        assert "audit" not in menu.html
        assert f'<a href="{reverse("audit:list")}">Audit log</a>' in Menu(dpo, "/").html
        assert not Menu(None, "/") and Menu(None, "/").html == ""
    with translation.override("fi"):
        assert "Osallistujat" in Menu(coach, request.path).html  # lines kept per language

    sign_in(client, coach)
    html = client.get(reverse("participants:dashboard"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'<ul id="main-nav-list">\n    <li><a href="{reverse("core:home")}">' in html
    assert html.count('aria-current="page"') == 1


@pytest.mark.django_db
def test_a_template_that_shows_no_menu_does_not_ask_the_policy(rf, monkeypatch):
    from ikut.core import nav

    asked = []
    monkeypatch.setattr(nav, "can", lambda user, action: asked.append(action) or True)
    request = rf.get("/")
    request.user = make_user(Role.CASEWORKER, make_org())
    assert engines["django"].from_string("x").render({}, request) == "x"
    assert asked == []
    assert engines["django"].from_string("{% if nav %}menu{% endif %}").render({}, request) == "menu"
    assert asked


def test_language_options_select_the_current_language():
    from ikut.core.context_processors import language_options

    options = language_options(["fi", "sv", "en"], "sv")
    assert options == ('<option value="fi" lang="fi">suomi</option><option value="sv" lang="sv" selected>svenska'
                       '</option><option value="en" lang="en">English</option>')
    assert Context({"o": options}).get("o") is options
