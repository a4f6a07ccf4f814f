"""The survivor portal: public pages in the visitor's language (from the URL path), and a signed-in area
for participants.

Nothing about an anonymous visit is stored on the device: the language is in the path (no language
cookie), pages never touch the session, carry no CSRF token (so no CSRF cookie is set) and the job-offer
check is a stateless computation posted to a csrf_exempt view. No-store caching comes from
PrivacyHeadersMiddleware. See docs/rights.md ("Portal privacy").
"""

from functools import wraps
from pathlib import Path

from django.conf import settings
from django.core.signals import setting_changed
from django.db.models import Prefetch
from django.dispatch import receiver
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt

from ikut import access
from ikut.core import i18n
from ikut.rights import offer_check, offer_texts, questions
from ikut.rights.models import SECTORS, Article, ArticleVersion
from ikut.rights.provenance import article_rows
from ikut.skills.models import SkillsProfile

from .forms import LanguageSwitchForm

FALLBACKS = ["en", "fi"]


PORTAL_LOCALE = Path(__file__).parent / "locale"


def languages():
    return [get_language_info(code) | {"code": code} for code in settings.PORTAL_LANGUAGES]


def exit_url(lang="en"):
    """Where quick exit goes: IKUT_QUICK_EXIT_URL (may be an outside site; "{lang}" is replaced by the
    visitor's language), else the local neutral page outside /portal/ in the visitor's language."""
    configured = settings.IKUT_QUICK_EXIT_URL or settings.IKUT_PORTAL_EXIT_URL
    if configured:
        return configured.replace("{lang}", lang)
    return reverse("neutral", args=[lang])


def visitor_language(request):
    """The portal language of a request: from the path (/portal/<lang>/…), else the browser's preferred
    portal language (Accept-Language), else English. Reads no cookie and no session."""
    parts = request.path.split("/")
    if len(parts) > 2 and parts[1] == "portal" and parts[2] in settings.PORTAL_LANGUAGES:
        return parts[2]
    from django.utils.translation import trans_real

    for code, _quality in trans_real.parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))[:10]:
        code = code.lower()
        for candidate in (code, code.split("-")[0], "zh-hans" if code.startswith("zh") else ""):
            if candidate in settings.PORTAL_LANGUAGES:
                return candidate
    return "en"


def portal_page(view):
    """Validate the language in the path and render the page in it."""

    @wraps(view)
    def wrapper(request, lang, *args, **kwargs):
        if lang not in settings.PORTAL_LANGUAGES:
            raise Http404
        with translation.override(lang):
            request.portal_lang = lang
            response = view(request, lang, *args, **kwargs)
        # The page's language, not the staff language LocaleMiddleware would name from Accept-Language.
        response.headers["Content-Language"] = lang
        return response

    return wrapper


def _render(request, lang, template, context=None, status=200):
    info = get_language_info(lang)
    base = {"lang": lang, "lang_name": info["name_local"], "rtl": info["bidi"], "exit_url": exit_url(lang),
            "draft_ui": i18n.status(lang, PORTAL_LOCALE) != i18n.REVIEWED, "path_rest": _path_rest(request, lang),
            "is_participant": access.has_role(request.user, access.Role.PARTICIPANT)}
    return render(request, template, base | (context or {}), status=status)


def _path_rest(request, lang):
    prefix = f"/portal/{lang}/"
    return request.path[len(prefix):] if request.path.startswith(prefix) else ""


@access.public
def start(request):
    """/portal/: choose a language (names in their own script). No redirect by Accept-Language so that the
    first page is the same for everyone."""
    return render(request, "portal/start.html", {"languages": languages(), "exit_url": exit_url(), "lang": "en"})


@access.public
def neutral(request, lang):
    """The quick-exit destination, outside /portal/ (/weather/<lang>/): an ordinary-looking page in the
    visitor's language with nothing that points back to the portal (no link, no script, no portal style)."""
    lang = lang if lang in settings.PORTAL_LANGUAGES else "en"
    info = get_language_info(lang)
    with translation.override(lang):
        return render(request, "portal/neutral.html", {"lang": lang, "rtl": info["bidi"]})


def not_found(request):
    """A mistyped portal address: a portal page in the visitor's language, with the exit button and no link
    to staff pages (the staff 404 is for everything outside /portal/)."""
    lang = visitor_language(request)
    with translation.override(lang):
        return _render(request, lang, "portal/error.html", {"error_key": "404", "error_page": True}, status=404)


def server_error(request):
    """A portal page for a server error; touches neither the database nor the session."""
    from django.template import loader

    lang = visitor_language(request)
    info = get_language_info(lang)
    context = {"lang": lang, "lang_name": info["name_local"], "rtl": info["bidi"], "exit_url": exit_url(lang),
               "draft_ui": lang != "en", "path_rest": "", "is_participant": False, "error_key": "500",
               "error_page": True}
    with translation.override(lang):
        return loader.get_template("portal/error.html").render(context)


_same_for_everyone = {}  # (view, lang) -> the page's HTML


@receiver(setting_changed)
def _forget_pages(**kwargs):
    """The pages also show settings (the quick-exit address): a change at run time (tests do it) forgets them."""
    _same_for_everyone.clear()


def same_for_every_visitor(view):
    """Render once per language and process for anonymous GETs: the page is made of templates and translations
    only (no database content, nothing from the request), which change only with a release, i.e. a new process.
    A signed-in participant (session cookie) always gets a fresh page with their own links."""

    @wraps(view)
    def wrapper(request, lang, *args, **kwargs):
        key = (view.__name__, lang)
        anonymous = request.method == "GET" and settings.SESSION_COOKIE_NAME not in request.COOKIES
        if anonymous and key in _same_for_everyone:
            response = HttpResponse(_same_for_everyone[key])
            response.same_for_every_visitor = True  # PortalCompressionMiddleware may compress it once per process
            return response
        response = view(request, lang, *args, **kwargs)
        if anonymous and response.status_code == 200 and not request.user.is_authenticated:
            _same_for_everyone[key] = response.content
            response.same_for_every_visitor = True
        return response

    return wrapper


@access.public
@portal_page
@same_for_every_visitor
def home(request, lang):
    return _render(request, lang, "portal/home.html")


@access.public
@portal_page
def choose_language(request, lang):
    rest = LanguageSwitchForm(request.GET).rest()
    return _render(request, lang, "portal/languages.html", {"languages": languages(), "rest": rest})


def _versions(lang):
    return Prefetch("versions", queryset=ArticleVersion.objects.filter(language__in=[lang, *FALLBACKS])
                    .exclude(status=ArticleVersion.Status.MISSING))


def _pick(article, lang):
    """(version, fallback?) — the visitor's language, else English, else Finnish."""
    for code in [lang, *FALLBACKS]:
        version = article.version(code)
        if version is not None:
            return version, code != lang
    return None, True


@access.public
@portal_page
def library(request, lang):
    items = []
    for article in Article.objects.prefetch_related(_versions(lang)):
        version, fallback = _pick(article, lang)
        if version is not None:
            items.append({"article": article, "version": version, "fallback": fallback})
    return _render(request, lang, "portal/library.html", {"items": items})


@access.public
@portal_page
def article(request, lang, slug):
    found = Article.objects.prefetch_related(_versions(lang)).filter(slug=slug).first()
    if found is None:
        raise Http404
    version, fallback = _pick(found, lang)
    if version is None:
        raise Http404
    return _render(request, lang, "portal/article.html", {
        "article": found, "version": version, "fallback": fallback, "facts": article_rows(found),
        "version_lang": get_language_info(version.language) | {"code": version.language}})


def _form_context(data=None, error=None):
    data = data or {}
    sections = []
    for title, icon, qs in questions.SECTIONS:
        rows = []
        for path, kind, label in qs:
            rows.append({"name": path, "id": "q-" + path.replace(".", "-"), "kind": kind, "label": label,
                         "value": data.get(path, ""), "choices": questions.CHOICES.get(path, []),
                         "error": error.message if error and error.field == path else None})
        sections.append({"title": title, "icon": icon, "rows": rows})
    return {"sections": sections, "sectors": SECTORS, "sector": data.get("sector", ""),
            "sector_error": error.message if error and error.field == "sector" else None,
            "error": error, "error_label": questions.LABELS.get(error.field, error.field) if error else None,
            "error_anchor": "q-" + error.field.replace(".", "-") if error else None}


@access.public
@csrf_exempt  # stateless computation: nothing is stored or changed, and no CSRF cookie may be set
@portal_page
@same_for_every_visitor  # the empty form (GET); answers (POST) are computed every time
def check(request, lang):
    if request.method != "POST":
        return _render(request, lang, "portal/check.html", _form_context())
    data = {k: v for k, v in request.POST.items() if isinstance(v, str)}
    try:
        offer = questions.offer_from_answers(data)
        result = offer_check.check(offer, lang)
    except questions.AnswerError as error:
        return _render(request, lang, "portal/check.html", _form_context(data, error), status=400)
    except offer_check.OfferError as exc:
        error = questions.AnswerError(exc.field, exc.problem)
        return _render(request, lang, "portal/check.html", _form_context(data, error), status=400)
    order = {"red": 0, "amber": 1, "info": 2}
    flags = sorted(result["flags"], key=lambda f: order[f["severity"]])
    return _render(request, lang, "portal/result.html", {"result": result, "flags": flags,
                                                         "ask_about": questions.unanswered_red_level(offer),
                                                         "minimum_note": offer_texts.minimum_note(
                                                             result["minimum_pay"], lang)})


@access.public
@portal_page
def help_page(request, lang):
    return _render(request, lang, "portal/help.html", {"contacts": offer_check.help_contacts(lang)})


@access.requires("portal.me")
@portal_page
def me(request, lang):
    """The signed-in participant's own page: plan, appointments and skills profile. Only their own record
    (participant_for_portal_user); nothing of it appears in the URL. Every view is audited."""
    from django.utils import timezone

    from ikut.access.participants import participant_for_portal_user
    from ikut.audit.log import record_request
    from ikut.participants import system_tasks

    participant = participant_for_portal_user(request.user)
    context = {"participant": participant}
    if participant is not None:
        now = timezone.now()
        tasks = []
        for task in participant.tasks.filter(kind="plan").exclude(status__in=["done", "dropped"]).order_by("due_date"):
            text, used = system_tasks.text(task, lang)
            tasks.append({"text": text, "lang": used, "due_date": task.due_date})
        context |= {
            "goals": [{"text": g.own_words, "status": STATUS_LABELS.get(g.status, "")}
                      for g in participant.goals.exclude(status="dropped")],
            "tasks": tasks,
            "meetings": [{"starts_at": m.starts_at, "kind": MEETING_LABELS.get(m.kind, ""),
                          "minutes": m.duration_minutes, "interpreter": m.interpreter_used}
                         for m in participant.meetings.filter(starts_at__gte=now, attendance="planned")
                         .order_by("starts_at")[:10]],
            "profile": _skills_profile(participant, lang),
        }
        record_request(request, "portal.me.view", participant, reason="own record",
                       details={"goals": len(context["goals"]), "tasks": len(context["tasks"]),
                        "meetings": len(context["meetings"])})
        context["fallback"] = _fallback_names(lang, [t["lang"] for t in tasks] + (context["profile"] or {}).get(
            "label_langs", []))
    return _render(request, lang, "portal/me.html", context)


def _fallback_names(lang, used):
    """The names (in their own script) of the languages shown instead of `lang`, for the page's note."""
    others = sorted({code for code in used if code and code != lang}, key=lambda c: (c != "en", c))
    return ", ".join(get_language_info(code)["name_local"] for code in others)


def _label(item, lang):
    """(label, language it is in): the taxonomy's label in `lang`, else English, Finnish, Swedish."""
    from ikut.skills.models import FALLBACK

    labels = item.labels or {}
    for code in (lang.split("-")[0], *FALLBACK):
        if (labels.get(code) or {}).get("preferred"):
            return labels[code]["preferred"], lang if code == lang.split("-")[0] else code
    return item.label(lang), ""


# Participant-facing wording for the pathway's coded values, in the portal catalogue (all 16 languages);
# the participants app's own labels exist only in the staff languages.
STATUS_LABELS = {"planned": _("Planned"), "in_progress": _("In progress"), "done": _("Done"),
                 "dropped": _("Stopped")}
MEETING_LABELS = {"coaching": _("Meeting with your work coach"), "group_training": _("Group training"),
                  "psychosocial": _("Support meeting"), "other": _("Meeting")}
CERTIFICATE_LABELS = {"held": _("You have it"), "studying": _("You are working towards it")}


def _skills_profile(participant, lang):
    profile = (SkillsProfile.objects.filter(participant=participant)
               .prefetch_related("languages", "skills__skill", "certificates__certificate").first())
    if profile is None:
        return None
    skills = sorted((_label(item.skill, lang) for item in profile.skills.all()), key=lambda pair: pair[0])
    certificates = [(_label(item.certificate, lang), CERTIFICATE_LABELS.get(item.status, ""))
                    for item in profile.certificates.all()]
    own_work = [(item.pk, _label(item.occupation, lang) if item.occupation_id else ("", ""))
                for item in profile.experiences.filter(added_by_participant=True).select_related("occupation")]
    return {
        "languages": [{"code": item.code, "name": _language_name(item.code), "level": item.level}
                      for item in profile.languages.all()],
        "skills": [{"label": label, "lang": used} for label, used in skills],
        "certificates": [{"label": label, "lang": used, "status": status} for (label, used), status in certificates],
        # Work the participant entered here themselves: they may delete it.
        "own_work": [{"pk": pk, "label": label, "lang": used} for pk, (label, used) in own_work],
        # Skill, certificate and job names come from the taxonomy (fi, sv, en): where `lang` has none, the
        # page says which language they are shown in.
        "label_langs": [used for _, used in skills] + [used for (_, used), _s in certificates]
                       + [used for _, (_, used) in own_work],
    }


def _language_name(code):
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code
