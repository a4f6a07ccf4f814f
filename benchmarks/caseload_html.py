"""The caseload pages' rendered HTML, written to files, to prove that a change to how they are built leaves what they
show byte for byte the same.

    PYTHONPATH=<checkout A>/src python benchmarks/caseload_html.py --out /tmp/html-a [--database postgres]
    PYTHONPATH=<checkout B>/src python benchmarks/caseload_html.py --out /tmp/html-b
    diff -r /tmp/html-a /tmp/html-b        # no output: identical

The code under test is whatever `ikut` PYTHONPATH names (run this script from either checkout). It builds fixed
data in a throwaway SQLite (or PostgreSQL, on BENCH_PG) database, hostile values such as <script> in task titles
included, signs in a caseworker, a psychosocial worker, a supervisor and a caseworker of another organisation, and
fetches the dashboard (filters, scopes, pages) and the record page (identity hidden and shown, each role, records
the user may not open) in English, Finnish and Arabic. Only the per-request secrets are replaced before writing: CSRF
tokens and CSP nonces. Dates are relative to today: compare runs of the same day.
"""

import argparse
import datetime
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # tests.helpers; `ikut` comes from PYTHONPATH (the checkout under test)
sys.path.append(str(ROOT / "benchmarks"))

from benchlib import throwaway_database  # noqa: E402

SECRETS = [(re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"'), 'name="csrfmiddlewaretoken" value="CSRF"'),
           (re.compile(r'nonce="[^"]+"'), 'nonce="NONCE"'),
           (re.compile(r"'nonce-[^']+'"), "'nonce-NONCE'")]


def build():
    """Fixed data: every panel of the dashboard and every section of the record page has rows."""
    from django.utils import timezone

    from ikut.accounts.models import Organisation, Role
    from ikut.casedata.models import CaseStatus
    from ikut.participants.models import (
        Assignment,
        BreakGlassGrant,
        Consent,
        Document,
        Goal,
        Meeting,
        Note,
        Participant,
        Referral,
        RiskFlag,
        Task,
    )
    from tests.helpers import make_org, make_user

    today = timezone.localdate()
    org = make_org("Assistance <b>", Organisation.Kind.ASSISTANCE_SYSTEM)
    ngo = make_org("Partner NGO & co", Organisation.Kind.PARTNER_NGO)
    other = make_org("Other", Organisation.Kind.ASSISTANCE_SYSTEM)
    coach = make_user(Role.CASEWORKER, org, email="coach@html.test")
    psy = make_user(Role.PSYCHOSOCIAL, ngo, email="psy@html.test")
    sup = make_user(Role.SUPERVISOR, org, email="sup@html.test")
    outsider = make_user(Role.CASEWORKER, other, email="outsider@html.test")
    start = timezone.make_aware(datetime.datetime.combine(today, datetime.time(9, 0)))
    people = []
    for i in range(60):
        p = Participant.objects.create(
            organisation=org if i % 7 else other, first_name=f"Name{i}", last_name="<script>alert(1)</script>",
            date_of_birth=datetime.date(1990, 1, 1 + i % 28), language=["th", "en", "vi", "uk"][i % 4],
            current_phase=["intake", "skills_identification", "job_readiness"][i % 3],
            status="closed" if i % 9 == 0 else "open", intake_date=today - datetime.timedelta(days=i),
            contact_channel=["phone", "email", "none", "sms"][i % 4], phone="+358401234567",
            email="x@example.test", address="Katu 1 <i>", created_by=coach)
        people.append(p)
        owner = outsider if i % 7 == 0 else coach
        if i % 5 != 4:
            Assignment.objects.create(participant=p, user=owner, role=Assignment.CaseRole.LEAD)
        if i % 3 == 0:
            Assignment.objects.create(participant=p, user=psy, role=Assignment.CaseRole.PSYCHOSOCIAL)
        for j in range(2):
            Meeting.objects.create(participant=p, kind=["coaching", "psychosocial", "other"][(i + j) % 3],
                                   starts_at=start + datetime.timedelta(minutes=7 * i + j) if i < 25
                                   else start - datetime.timedelta(days=i + j),
                                   duration_minutes=30 + i, interpreter_used=bool(i % 2),
                                   interpreter_language="th" if i % 2 else "", worker=owner, summary=f"s{i} <b>x</b>")
        Task.objects.create(participant=p, phase="intake", title=f"<script>t{i}</script> & more", owner=owner,
                            due_date=today - datetime.timedelta(days=i % 4 + 1))
        Task.objects.create(participant=p, phase="follow_up", kind="follow_up", title="f", owner=owner,
                            due_date=today + datetime.timedelta(days=i % 40))
        goal = Goal.objects.create(participant=p, phase="intake", own_words=f"I want <u>{i}</u>", created_by=coach)
        Task.objects.create(participant=p, goal=goal, phase="intake", title=f"goal task {i}", owner=coach,
                            due_date=today + datetime.timedelta(days=3) if i % 2 else None)
        if i % 4 == 0:
            RiskFlag.objects.create(participant=p, kind="unsafe_phone", note=f"note <{i}>", raised_by=coach)
        for kind in ("team", "psychosocial"):
            Note.objects.create(participant=p, body=f"{kind} body {i}\nline <2>", author=psy if kind != "team"
                                else coach, kind=kind)
        consent = Consent.objects.create(participant=p, purpose="share_with_partner", partner=ngo, text_version="1",
                                         text_language="th", how_given="signed")
        if i % 2:
            Referral.objects.create(participant=p, partner=ngo, service="legal_support", consent=consent,
                                    shared_fields=["first_name"], sent_by=coach)
            Document.objects.create(participant=p, kind="other", filename=f"cv <{i}>.pdf", content_type="x/y",
                                    size=1234 * i, storage_name=f"doc-{i}", sha256="0" * 64, uploaded_by=coach)
        if i % 6 == 0:
            CaseStatus.objects.create(participant=p, permit_valid_until=today + datetime.timedelta(days=i - 20),
                                      reflection_period_until=today + datetime.timedelta(days=i % 30))
    # Notes are stamped when saved: a fixed time so that both runs show the same.
    Note.objects.update(created_at=start - datetime.timedelta(days=2))
    BreakGlassGrant.objects.create(participant=people[4], user=coach, reason="emergency <x>",
                                   expires_at=timezone.now() + datetime.timedelta(hours=1))
    BreakGlassGrant.objects.filter().update(granted_at=start)
    return {"coach": coach, "psy": psy, "sup": sup, "outsider": outsider}, people


def pages(people):
    first, psy_record, unassigned = people[1].code, people[3].code, people[4].code
    dashboard = "/participants/"
    return [
        ("coach", dashboard), ("coach", dashboard + "?page=2"), ("coach", dashboard + "?status=all&flagged=on"),
        ("coach", dashboard + "?q=IK&phase=intake"), ("coach", dashboard + "?q=%3Cscript%3E"),
        ("coach", dashboard + "?scope=organisation&status=closed"), ("psy", dashboard), ("outsider", dashboard),
        ("sup", dashboard), ("sup", dashboard + "?scope=mine"), ("sup", dashboard + "?scope=organisation&page=2"),
        ("coach", f"/participants/{first}/"), ("coach", f"/participants/{first}/?identity=1"),
        ("coach", f"/participants/{people[2].code}/?identity=1"), ("coach", f"/participants/{people[9].code}/"),
        ("coach", f"/participants/{unassigned}/"), ("psy", f"/participants/{psy_record}/"),
        ("psy", f"/participants/{psy_record}/?identity=1"), ("outsider", f"/participants/{people[0].code}/"),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--database", default="sqlite", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    with throwaway_database(args.database, "caseload_html"):
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        from django.test import Client

        import ikut
        from tests.helpers import sign_in

        settings.ALLOWED_HOSTS = ["*"]
        call_command("migrate", verbosity=0)
        users, people = build()
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        written = 0
        for language in ("en", "fi", "ar"):
            clients = {name: sign_in(Client(HTTP_ACCEPT_LANGUAGE=language), user) for name, user in users.items()}
            for n, (who, url) in enumerate(pages(people)):
                response = clients[who].get(url)
                html = response.content.decode()
                for pattern, replacement in SECRETS:
                    html = pattern.sub(replacement, html)
                (out / f"{language}-{n:02d}-{who}.html").write_text(f"{response.status_code} {url}\n{html}")
                written += 1
        print(f"{written} pages written to {out} by {Path(ikut.__file__).parent}")


if __name__ == "__main__":
    main()
