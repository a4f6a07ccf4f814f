"""Demo data for the foundation: organisations and one user per role, MFA already enrolled.

Every app may add `ikut/<app>/demo.py` with `seed(world)`; `ikut demo` calls them in APP_ORDER after
this one. All demo people and companies are fictional (see PERSONAS.md) and marked as demo.
"""

import importlib
import importlib.util

from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from ikut.accounts import mfa
from ikut.accounts.models import Organisation, Role, User

DEMO_PASSWORD = "ikut-demo-2026"
APP_ORDER = ["rights", "participants", "skills", "employers", "learning", "events", "reporting", "portal",
             "casedata"]

ORGANISATIONS = {
    "assistance": ("Auttamisjärjestelmä (demo)", Organisation.Kind.ASSISTANCE_SYSTEM),
    "ngo": ("Monika-Naiset liitto (demo)", Organisation.Kind.PARTNER_NGO),
    "company": ("Siisti Oy (demo)", Organisation.Kind.COMPANY),
    "restaurant": ("Ravintola Kuu (demo)", Organisation.Kind.COMPANY),
    "project": ("IKUT project office (demo)", Organisation.Kind.PROJECT_OFFICE),
}

USERS = [
    ("admin@demo.ikut.fi", "Admin (demo)", Role.ADMINISTRATOR, "assistance"),
    ("aino@demo.ikut.fi", "Aino, work coach (demo)", Role.CASEWORKER, "assistance"),
    ("marja@demo.ikut.fi", "Marja, psychosocial worker (demo)", Role.PSYCHOSOCIAL, "ngo"),
    ("jukka@demo.ikut.fi", "Jukka, supervisor (demo)", Role.SUPERVISOR, "assistance"),
    ("leena@demo.ikut.fi", "Leena, project manager (demo)", Role.PROJECT_MANAGER, "project"),
    ("pekka@demo.ikut.fi", "Pekka, data-protection officer (demo)", Role.DPO, "assistance"),
    ("sanna@demo.ikut.fi", "Sanna, Siisti Oy HR (demo)", Role.EMPLOYER, "company"),
    ("mika@demo.ikut.fi", "Mika, Ravintola Kuu owner (demo)", Role.EMPLOYER, "restaurant"),
    ("nok@demo.ikut.fi", "Nok (demo participant)", Role.PARTICIPANT, "assistance"),
]


def seed_foundation():
    orgs = {key: Organisation.objects.get_or_create(name=name, defaults={"kind": kind})[0]
            for key, (name, kind) in ORGANISATIONS.items()}
    users = {}
    for email, name, role, org in USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email, DEMO_PASSWORD, display_name=name, role=role,
                                            organisation=orgs[org])
            if role != Role.PARTICIPANT:
                mfa.confirm(user, mfa.pending_totp(user))
        users.setdefault(role.value, user)  # the first user of a role is "the" demo user of that role
        users[email] = user
    return {"organisations": orgs, "users": users}


def seed_all():
    with transaction.atomic():
        world = seed_foundation()
    for app in APP_ORDER:
        name = f"ikut.{app}.demo"
        if importlib.util.find_spec(name) is not None:
            module = importlib.import_module(name)
            with transaction.atomic():
                module.seed(world)
    return world


def logins():
    rows = []
    for email, _name, role, _org in USERS:
        device = TOTPDevice.objects.filter(user__email=email, confirmed=True).first()
        rows.append((role.label, email, mfa.secret_base32(device) if device else "—"))
    return rows
