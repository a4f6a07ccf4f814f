"""Account emails, built inside the background task from ids (issue 11).

The queue is a database table (django-tasks-db) that keeps arguments and return values after the work is
done, so a task's arguments never carry a secret: the invitation token and the password-reset token are
made here, in the task, and only their hash (invitation) or nothing at all (reset) is stored. Running a
stored invitation task again issues a fresh token and so ends the previous link.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.template import loader
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django_tasks import task

from ikut.core.links import absolute


@task()
def send_invitation(invitation_id, language=""):
    from .models import Invitation

    invitation = Invitation.objects.filter(pk=invitation_id, accepted_at__isnull=True,
                                           expires_at__gt=timezone.now()).first()
    if invitation is None:
        return 0
    link = absolute(reverse("accounts:invite_accept", args=[invitation.renew_token()]))
    with translation.override(language or settings.LANGUAGE_CODE):
        message = EmailMessage(
            subject=_("You are invited to IKUT"),
            body=_("You have been invited to IKUT. Open this link within 7 days to set your password "
                   "and your authenticator app:\n\n%(link)s") % {"link": link},
            to=[invitation.email])
    return message.send()


@task()
def send_password_reset(user_id, language=""):
    from .models import User

    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.has_usable_password():
        return 0
    site = urlsplit(settings.SITE_URL)
    context = {"email": user.email, "domain": site.netloc, "protocol": site.scheme or "https",
               "uid": urlsafe_base64_encode(force_bytes(user.pk)), "token": default_token_generator.make_token(user)}
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = "".join(loader.render_to_string("accounts/password_reset_subject.txt", context).splitlines())
        body = loader.render_to_string("accounts/password_reset_email.txt", context)
    return EmailMessage(subject=subject, body=body, to=[user.email]).send()
