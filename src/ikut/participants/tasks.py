"""Background work of the pathway. Task arguments are ids only: the invitation link is a secret and is
built inside the task, so it never sits in the task queue."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django_tasks import task

from ikut.core.links import absolute


@task()
def send_portal_invitation(user_id):
    """Email a participant the link to choose their portal password, in their language. The subject and
    text are discreet: they name neither trafficking nor the project."""
    from ikut.accounts.models import Role, User

    user = User.objects.filter(pk=user_id, role=Role.PARTICIPANT, is_active=True).first()
    if user is None:
        return 0
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    link = absolute(reverse("accounts:password_reset_confirm", args=[uid, default_token_generator.make_token(user)]))
    login = absolute(reverse("accounts:login"))
    with translation.override(user.language or settings.LANGUAGE_CODE):
        subject = _("Your login for Work info")
        body = _("Choose your password with this link (it works once, for %(days)s days):\n\n%(link)s\n\n"
                 "Then sign in at %(login)s with this email address.") % {
            "days": settings.PASSWORD_RESET_TIMEOUT // 86400, "link": link, "login": login}
    return EmailMessage(subject=subject, body=body, to=[user.email]).send()
