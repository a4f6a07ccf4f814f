"""Access matrix for the survivor portal: the public pages are open to everyone (no account needed)."""

from . import EVERYONE, Case


def extend_world(w):
    """The world's participant user gets their own record (not w.participant: that one is the staff's case)."""
    from ikut.participants.models import Participant

    w.portal_self = Participant.objects.create(organisation=w.assistance, first_name="Portal", last_name="Self",
                                               language="th", user=w.users["participant"])


MATRIX = {
    "portal:start": Case(allow=EVERYONE),
    "neutral": Case(allow=EVERYONE, kwargs={"lang": "ar"}, note="the quick-exit page, outside /portal/"),
    "portal:home": Case(allow=EVERYONE, kwargs={"lang": "ar"}),
    "portal:languages": Case(allow=EVERYONE, kwargs={"lang": "th"}),
    "portal:library": Case(allow=EVERYONE, kwargs={"lang": "fi"}),
    "portal:article": Case(allow=EVERYONE, kwargs={"lang": "uk", "slug": "trafficking-help"}),
    "portal:check": Case(allow=EVERYONE, method="post", kwargs={"lang": "vi"},
                         data={"sector": "cleaning", "control.employer_keeps_id_documents": "yes"}),
    "portal:help": Case(allow=EVERYONE, kwargs={"lang": "so"}),
    "portal:me": Case(allow={"participant"}, kwargs={"lang": "th"},
                      note="the signed-in participant's own page; staff and anonymous never"),
    # The skills interview self-filled on the portal: only the signed-in participant, on their own record.
    "portal:skills": Case(allow={"participant"}, kwargs={"lang": "th"}),
    "portal:skills_step": Case(allow={"participant"}, method="post", kwargs={"lang": "ar", "step": "goals"},
                               data={"goals": "work in a kitchen", "location": "Vantaa"}),
    "portal:skills_work_delete": Case(allow={"participant"},
                                      kwargs=lambda w: {"lang": "th", "pk": w.portal_own_work.pk},
                                      note="only work the participant entered themselves"),
    "portal:skills_work": Case(allow={"participant"}, kwargs={"lang": "fi"},
                               query="?q=kitchen"),
}
