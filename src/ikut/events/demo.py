"""Demo: two seminars (one full, with a waiting list) and one past training with attendance and feedback.
All people are fictional and marked (demo)."""

import datetime

from django.utils import timezone

from ikut.accounts.models import Organisation

from .models import Event, Feedback, Registration

S = Registration.Status


def _event(**fields):
    title = fields["title_en"]
    event = Event.objects.filter(title_en=title).first()
    if event is None:
        event = Event.objects.create(published=True, **fields)
    return event


def _reg(event, name, email, status, **extra):
    from ikut.core.crypto import blind_index

    index = blind_index(email)
    existing = Registration.objects.filter(event=event, email_index=index).first()
    if existing:
        return existing
    now = timezone.now()
    return Registration.objects.create(event=event, name=name, email=email, email_index=index, status=status,
                                       confirmed_at=now, waitlisted_at=now if status == S.WAITLISTED else None,
                                       language="fi", **extra)


def seed(world):
    now = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    company = world["organisations"]["company"]
    employer = world["users"].get("employer")
    kuu, _ = Organisation.objects.get_or_create(name="Ravintola Kuu (demo)",
                                                defaults={"kind": Organisation.Kind.COMPANY})
    full = _event(
        title_fi="Ihmiskauppa ja yritysvastuu: seminaari työnantajille (demo)",
        title_sv="Människohandel och företagsansvar: seminarium för arbetsgivare (demo)",
        title_en="Human trafficking and corporate responsibility: seminar for employers (demo)",
        description_fi="Miten tunnistat työperäisen hyväksikäytön ja valvot alihankintaketjua? "
                       "Puhujina auttamistyön ja työsuojelun asiantuntijoita.",
        description_sv="Hur känner du igen arbetskraftsexploatering och övervakar underleverantörskedjan?",
        description_en="How to recognise labour exploitation and check your subcontracting chain. "
                       "Speakers from victim support and occupational safety and health.",
        kind=Event.Kind.SEMINAR, format=Event.Format.IN_PERSON, location="Helsinki, Pasilan kirjasto (demo)",
        starts_at=now + datetime.timedelta(days=14, hours=2), ends_at=now + datetime.timedelta(days=14, hours=5),
        capacity=3)
    _reg(full, "Sanna Siisti (demo)", employer.email if employer else "sanna@demo.ikut.fi", S.CONFIRMED,
         user=employer, organisation=company)
    _reg(full, "Mika Kuu (demo)", "mika@kuu.demo.ikut.fi", S.CONFIRMED, organisation=kuu)
    _reg(full, "Liisa Laine (demo)", "liisa@demo.example", S.CONFIRMED)
    _reg(full, "Omar Ali (demo)", "omar@demo.example", S.WAITLISTED)
    _reg(full, "Eeva Esimerkki (demo)", "eeva@demo.example", S.WAITLISTED)
    _event(
        title_fi="Reilu rekrytointi: verkkokoulutus (demo)",
        title_sv="Rättvis rekrytering: webbutbildning (demo)",
        title_en="Fair recruitment: online training (demo)",
        description_en="Recruitment fees, debt bondage and how to recruit migrant workers fairly.",
        description_fi="Rekrytointimaksut, velkaorjuus ja ulkomaisten työntekijöiden reilu rekrytointi.",
        kind=Event.Kind.TRAINING, format=Event.Format.ONLINE, online_url="https://meet.example.invalid/ikut-demo",
        starts_at=now + datetime.timedelta(days=30, hours=1), ends_at=now + datetime.timedelta(days=30, hours=3),
        capacity=40)
    past = _event(
        title_fi="Alihankintaketjun valvonta käytännössä (demo)",
        title_en="Checking your subcontracting chain in practice (demo)",
        kind=Event.Kind.TRAINING, format=Event.Format.IN_PERSON, location="Tampere (demo)",
        starts_at=now - datetime.timedelta(days=20),
        ends_at=now - datetime.timedelta(days=20) + datetime.timedelta(hours=3),
        capacity=20)
    attended = _reg(past, "Sanna Siisti (demo)", employer.email if employer else "sanna@demo.ikut.fi", S.CONFIRMED,
                    user=employer, organisation=company, checked_in_at=past.starts_at)
    if not Feedback.objects.filter(registration=attended).exists():
        Feedback.objects.create(event=past, registration=attended, overall=5, relevance=4, will_act=True,
                                comment="Hyödyllinen, erityisesti tilaajavastuun tarkistuslista. (demo)")
