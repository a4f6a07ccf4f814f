"""Shared test helpers: users per role, signing in with a verified second factor."""

import os
import shutil
import time

import pytest
from django.contrib.auth.models import AnonymousUser
from django_otp import DEVICE_ID_SESSION_KEY

from ikut.accounts import mfa
from ikut.accounts.models import Organisation, Role, User
from ikut.accounts.sessions import AUTH_AT_KEY, LAST_SEEN_KEY, SUDO_KEY
from ikut.accounts.signed_in import BACKEND
from ikut.core.actors import system

PASSWORD = "correct horse battery staple 42"
# Who acts when a test calls an action directly: a visitor of the public pages (not signed in), or a
# background task or command.
VISITOR = AnonymousUser()
SYSTEM = system("test")


def make_org(name="Test org", kind=Organisation.Kind.ASSISTANCE_SYSTEM):
    return Organisation.objects.create(name=name, kind=kind)


def make_user(role, organisation=None, email=None, enrol=True):
    role = Role(role)
    email = email or f"{role.value}-{User.objects.count() + 1}@test.example"
    user = User.objects.create_user(email, PASSWORD, role=role, organisation=organisation,
                                    display_name=f"Test {role.label}")
    if enrol and user.requires_mfa:
        mfa.confirm(user, mfa.pending_totp(user))
    return user


def sign_in(client, user):
    """Sign in as a real login would leave the session: second factor verified, timers started."""
    client.force_login(user, backend=BACKEND)
    session = client.session
    if user.requires_mfa:
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session[AUTH_AT_KEY] = time.time()
    session[LAST_SEEN_KEY] = time.time()
    session.save()
    return client


def enter_sudo(client, seconds=300):
    """As if the signed-in user had just re-entered password and code on the sudo page."""
    session = client.session
    session[SUDO_KEY] = time.time() + seconds
    session.save()
    return client


def current_totp(user):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user=user, confirmed=True)
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"


def require_tool(command, package):
    """Skip with a message when a system tool is missing on a developer's machine; in CI (CI=true, where .ci/run
    installs it) a missing tool fails instead of skipping silently."""
    if shutil.which(command):
        return
    message = f"{command} not found (apt-get install {package})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " — required in CI")
    pytest.skip(message)
def published_consent_text(org, purpose="participation_and_data_processing", language="en", version=1, title=None,
                           body="The wording."):
    """A published consent text of `org` (what recording a consent needs since issue 16)."""
    from django.utils import timezone

    from ikut.participants.models import ConsentText

    return ConsentText.objects.create(
        organisation=org, purpose=purpose, language=language, version=version, body=body,
        title=title or f"{purpose} {language} v{version}", state=ConsentText.State.PUBLISHED,
        published_at=timezone.now())


def make_caseload(team, n, unassigned=False):
    """n participants for the team's caseworker (a meeting now, an overdue task, a follow-up due today and a risk
    flag each); with `unassigned`, n more closed records of the organisation that nobody on the team is assigned
    to. For query-count tests: what a page shows per row must not add a query per row."""
    import datetime

    from django.utils import timezone

    from ikut.participants.models import Assignment, Meeting, Participant, RiskFlag, Task

    today = timezone.localdate()
    for i in range(n):
        p = Participant.objects.create(organisation=team.org, first_name=f"P{i}", last_name="X",
                                       date_of_birth=datetime.date(1990, 1, 1))
        Assignment.objects.create(participant=p, user=team.caseworker)
        Meeting.objects.create(participant=p, kind="coaching", starts_at=timezone.now(), worker=team.caseworker)
        Task.objects.create(participant=p, phase="intake", title=f"t{i}", owner=team.caseworker,
                            due_date=today - datetime.timedelta(days=2))
        Task.objects.create(participant=p, phase="follow_up", kind="follow_up", title="f", owner=team.caseworker,
                            due_date=today)
        RiskFlag.objects.create(participant=p, kind="unsafe_phone")
        if unassigned:
            Participant.objects.create(organisation=team.org, first_name=f"Q{i}", last_name="Y", status="closed")


def make_record_history(team, n, former_author=None):
    """n of each on the team's participant: a meeting, a psychosocial note, a case note (every other one by
    `former_author` when given: someone no longer on the team), a goal with a task, a risk flag and a sharing
    consent. For query-count tests of the record page."""
    from django.utils import timezone

    from ikut.participants.models import Consent, Goal, Meeting, Note, RiskFlag, Task

    p = team.participant
    for i in range(n):
        Meeting.objects.create(participant=p, kind="coaching", starts_at=timezone.now(), worker=team.caseworker,
                               summary="s")
        Note.objects.create(participant=p, body=f"n{i}", author=team.psychosocial, kind="psychosocial")
        Note.objects.create(participant=p, body=f"t{i}",
                            author=team.caseworker if former_author is None or i % 2 else former_author)
        goal = Goal.objects.create(participant=p, phase="skills_identification", own_words=f"g{i}",
                                   created_by=team.caseworker)
        Task.objects.create(participant=p, goal=goal, phase="skills_identification", title=f"t{i}",
                            owner=team.caseworker)
        RiskFlag.objects.create(participant=p, kind="unsafe_phone", raised_by=team.caseworker)
        Consent.objects.create(participant=p, purpose="share_with_partner", partner=team.ngo, text_version="1",
                               text_language="th", how_given="signed")
