"""Links that are read outside the browser tab they were made in — mails, calendar files, QR codes,
certificates — need the whole address: the path under IKUT_SITE_URL (settings.SITE_URL)."""

from django.conf import settings


def absolute(path: str) -> str:
    """The full address of a site path ("/events/checkin/…" → "https://ikut.example/events/checkin/…")."""
    return f"{settings.SITE_URL}{path}"
