"""Builds the situation report and the dashboards as JSON-able *suppressed* sections.

A section is {"key", "title", "kind": "table"|"line"|"figure"|"missing", "rows": [[label, cell-json]],
"total": cell-json|None, "note": str}. Only published values are stored (suppressed cells keep no number),
so a cached result cannot leak what the privacy rules hid. Free-text survey answers are never read here.
"""

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from . import privacy, sources
from .models import Answer, Question, Response


def _table(key, title, items, additive=True, note=""):
    """items: [(label, count)]. additive: the items partition a total (complementary suppression applies);
    otherwise (several answers per person) only primary suppression applies and no total is shown."""
    if additive:
        cells, total = privacy.suppress_counts(items)
        rows = [[label, cell.as_json()] for label, cell in cells]
        total = total.as_json()
    else:
        rows = [[label, privacy.suppress_single(n).as_json()] for label, n in items]
        total = None
    return {"key": key, "title": title, "kind": "table", "rows": rows, "total": total, "note": note}


def _binary_table(key, title, total, items, total_label, note=""):
    """Yes-counts out of one published total (several may apply). Each row is its own group {yes, no},
    so a small "no" (total − yes) is protected too: the yes cell is then suppressed as well."""
    cells = privacy.suppress_table(total, [[(f"{i}y", n), (f"{i}n", total - n)] for i, (_l, n) in enumerate(items)])
    rows = [[str(total_label), cells[privacy.TOTAL].as_json()]]
    rows += [[label, cells[f"{i}y"].as_json()] for i, (label, _n) in enumerate(items)]
    return {"key": key, "title": title, "kind": "table", "rows": rows, "total": None, "note": note}


def _line(key, title, months, note=""):
    cells, total = privacy.suppress_counts([(m.strftime("%Y-%m"), n) for m, n in months])
    return {"key": key, "title": title, "kind": "line", "rows": [[label, c.as_json()] for label, c in cells],
            "total": total.as_json(), "note": note}


def _figure(key, title, rows, note=""):
    """Single figures (medians): rows [[label, text]] already checked for small numbers."""
    return {"key": key, "title": title, "kind": "figure", "rows": rows, "total": None, "note": note}


def _median_row(label, n, median):
    if n < privacy.THRESHOLD:
        return [label, _("fewer than %(n)s participants: not shown") % {"n": privacy.THRESHOLD}]
    return [label, _("%(days)s days (%(n)s participants)") % {"days": round(median), "n": n}]


def pathway_sections(base):
    sections = [_table("phases", _("Participants by phase"),
                       [(label, n) for _v, label, n in sources.phase_counts(base)])]
    agg, reasons = sources.exit_outcomes(base)
    from ikut.participants.models import ExitReason

    reason_items = [(str(label), reasons.get(value, 0)) for value, label in ExitReason.choices]
    reason_items.append((_("Not recorded"), agg["total"] - sum(n for _l, n in reason_items)))
    sections.append(_table("exit_reasons", _("Reasons for leaving the pathway"), reason_items))
    sections.append(_binary_table("outcomes", _("Situation on leaving (several may apply)"), agg["total"], [
        (_("In employment"), agg["employed"]),
        (_("In education or training"), agg["education"]),
        (_("Job searching"), agg["searching"]),
        (_("Gained a qualification"), agg["qualification"]),
        (_("In employment six months later"), agg["employed_6m"]),
    ], total_label=_("Left the pathway")))
    return sections


def duration_section(base):
    durations = sources.phase_durations(base)
    rows = [_median_row(_("to the work-trial phase"), *durations["work_trial"]),
            _median_row(_("to the employment phase"), *durations["employment"])]
    rows.append(_median_row(_("to the start of the first placement"), *sources.days_to_first_placement(base)))
    return _figure("durations", _("Time from intake (median)"), rows,
                   note=_("Medians over participants who reached the phase; shown only for 5 or more participants."))


def skills_sections(base):
    return [_table("sectors", _("Prior work by sector (participants; several may apply)"),
                   sources.prior_sectors(base), additive=False),
            _table("languages", _("Languages spoken (participants; several may apply)"), sources.languages(base),
                   additive=False)]


def placement_section(base):
    return _table("placements", _("Work trials and placements by status"), sources.placements(base))


def placement_outcome_section(base):
    return _table("placement_outcomes", _("Outcomes of work trials and placements"), sources.placement_outcomes(base))


def survey_sections(surveys):
    """Choice and scale questions of the given surveys; free-text questions are skipped entirely."""
    out = []
    questions = (Question.objects.filter(survey__in=surveys).exclude(kind=Question.Kind.TEXT)
                 .select_related("survey").prefetch_related("choices").order_by("survey_id", "order", "pk"))
    topic_order = {value: i for i, value in enumerate(Question.Topic.values)}
    # Grouped by topic (barriers, services used, ...), then survey and question order.
    questions = sorted(questions, key=lambda q: (topic_order.get(q.topic, 99), q.survey_id, q.order, q.pk))
    responses = dict(Response.objects.filter(survey__in=surveys).values_list("survey").annotate(n=Count("pk"))
                     .order_by())
    choice_counts = {(q, c): n for q, c, n in Answer.objects.filter(question__in=questions, choice__isnull=False)
                     .values_list("question", "choice").annotate(n=Count("response", distinct=True)).order_by()}
    answered = dict(Answer.objects.filter(question__in=questions).values_list("question")
                    .annotate(n=Count("response", distinct=True)).order_by())
    numbers = {}
    for qid, value, n in (Answer.objects.filter(question__in=questions, number__isnull=False)
                          .values_list("question", "number").annotate(n=Count("pk")).order_by()):
        numbers.setdefault(qid, []).append((value, n))
    for q in questions:
        title = f"{q.get_topic_display()}: {q.text('text')} ({q.survey})"
        total_responses = responses.get(q.survey_id, 0)
        unanswered = total_responses - answered.get(q.pk, 0)
        if q.kind == Question.Kind.SINGLE:
            items = [(c.text("label"), choice_counts.get((q.pk, c.pk), 0)) for c in q.choices.all()]
            items.append((_("No answer"), unanswered))
            out.append(_table(f"q{q.pk}", title, items) | {"topic": q.topic})
        elif q.kind == Question.Kind.MULTI:
            items = [(c.text("label"), choice_counts.get((q.pk, c.pk), 0)) for c in q.choices.all()]
            out.append(_table(f"q{q.pk}", title + " " + _("(several may apply)"), items, additive=False)
                       | {"topic": q.topic})
        elif q.kind == Question.Kind.SCALE:
            counts = dict(numbers.get(q.pk, []))
            items = [(str(v), counts.get(v, 0)) for v in range(q.scale_min, q.scale_max + 1)]
            items.append((_("No answer"), unanswered))
            out.append(_table(f"q{q.pk}", title, items) | {"topic": q.topic})
        elif q.kind == Question.Kind.NUMBER:
            values = [v for v, n in numbers.get(q.pk, []) for _i in range(n)]
            out.append(_figure(f"q{q.pk}", title, [_median_row(_("median"), len(values),
                                                                sources.median(values) if values else 0)])
                       | {"topic": q.topic})
    return out


def build_situation(report, progress=lambda pct, step: None):
    base = sources.reporting_base()
    progress(10, "pathway")
    sections = pathway_sections(base)
    progress(30, "durations")
    sections.append(duration_section(base))
    progress(50, "skills")
    sections += skills_sections(base)
    progress(65, "placements")
    sections.append(placement_section(base))
    sections.append(placement_outcome_section(base))
    progress(80, "surveys")
    sections += survey_sections(list(report.surveys.all()))
    return {"sections": sections, "built_at": timezone.now().isoformat()}


def build_dashboard(base, today=None, organisation=None):
    """Dashboard sections over `base` (already scoped and consent-filtered by the caller)."""
    today = today or timezone.localdate()
    months = sources.last_months(today, 12)
    sections = [_table("phases", _("Participants by phase"),
                       [(label, n) for _v, label, n in sources.phase_counts(base)]),
                _line("intakes", _("New participants per month"), sources.monthly(base, "intake_date", months)),
                _line("exits", _("Participants leaving per month"), sources.monthly(base, "exit_date", months))]
    sections.append(placement_section(base))
    events = sources.events_by_kind(months)
    sections.append(_table("events", _("Trainings and seminars held"), events["events"]))
    sections.append(_table("attendance", _("Attendance at trainings and seminars"), events["attended"]))
    sections.append(_line("events_monthly", _("Trainings and seminars per month"), events["monthly"]))
    courses = sources.course_completions()
    sections.append(_table("courses", _("Online course for companies"), [
        (_("Completed"), courses["completed"]), (_("Started, not completed"),
                                                courses["enrolled"] - courses["completed"])]))
    return {"sections": sections, "built_at": timezone.now().isoformat()}
