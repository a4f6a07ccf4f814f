"""Load a course from a JSON file (learning/content/*.json) into the database, idempotently: the course
and its modules are matched by slug and updated; quiz questions are replaced."""

import json
from pathlib import Path

from django.db import transaction

from ikut.rights.provenance import validate_items

from .models import Choice, Course, Module, Question

CONTENT = Path(__file__).resolve().parent / "content"
LANGS = ("fi", "sv", "en")


def _split(prefix, value):
    return {f"{prefix}_{lang}": (value or {}).get(lang, "") for lang in LANGS}


def _sources(module):
    """The module's source rows with their provenance: `checked_on` only together with the `url` read."""
    rows = [dict(row) | {"checked_on": row.get("checked_on") or ""} for row in module.get("sources", [])]
    try:
        validate_items(rows, "url")
    except ValueError as exc:
        raise ValueError(f"{module['slug']} sources: {exc}") from None
    return rows


def load(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    with transaction.atomic():
        course, _ = Course.objects.update_or_create(slug=data["slug"], defaults={
            **_split("title", data["title"]), **_split("summary", data.get("summary")),
            "translation_status": data.get("translation_status", {}),
            "published": data.get("published", True)})
        slugs = []
        for order, m in enumerate(data["modules"], start=1):
            slugs.append(m["slug"])
            module, _ = Module.objects.update_or_create(course=course, slug=m["slug"], defaults={
                "order": order, **_split("title", m["title"]), **_split("body", m.get("body")),
                "image": m.get("image", ""), **_split("image_alt", m.get("image_alt")),
                "video_url": m.get("video_url", ""), "sources": _sources(m),
                "pass_mark": m.get("pass_mark", 80)})
            module.questions.all().delete()
            for q_order, q in enumerate(m.get("questions", []), start=1):
                question = Question.objects.create(module=module, order=q_order, **_split("text", q["text"]),
                                                   **_split("explanation", q.get("explanation")))
                for c_order, c in enumerate(q["choices"], start=1):
                    Choice.objects.create(question=question, order=c_order, correct=c.get("correct", False),
                                          **_split("text", c["text"]))
                if sum(c.get("correct", False) for c in q["choices"]) != 1:
                    raise ValueError(f"{m['slug']} question {q_order}: exactly one choice must be correct")
        course.modules.exclude(slug__in=slugs).delete()
    return course


def load_all():
    return [load(path) for path in sorted(CONTENT.glob("*.json"))]
