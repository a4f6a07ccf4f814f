"""Access matrix for the survivor portal: the public pages are open to everyone (no account needed)."""

from . import EVERYONE, Case

MATRIX = {
    "portal:start": Case(allow=EVERYONE),
    "portal:neutral": Case(allow=EVERYONE),
    "portal:home": Case(allow=EVERYONE, kwargs={"lang": "ar"}),
    "portal:languages": Case(allow=EVERYONE, kwargs={"lang": "th"}),
    "portal:library": Case(allow=EVERYONE, kwargs={"lang": "fi"}),
    "portal:article": Case(allow=EVERYONE, kwargs={"lang": "uk", "slug": "trafficking-help"}),
    "portal:check": Case(allow=EVERYONE, method="post", kwargs={"lang": "vi"},
                         data={"sector": "cleaning", "control.employer_keeps_id_documents": "yes"}),
    "portal:help": Case(allow=EVERYONE, kwargs={"lang": "so"}),
    "portal:me": Case(allow={"participant"}, kwargs={"lang": "th"},
                      note="the signed-in participant's own page; staff and anonymous never"),
}
