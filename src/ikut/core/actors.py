"""Who acts: every action (`<app>/actions.py`) takes an `actor` first.

An actor is either a user — `request.user` in a view, which may be Django's AnonymousUser on the public
pages — or a system actor for work nobody started by hand: a background task or a management command.
A system actor is not a row in the users table: it cannot sign in, belongs to no organisation, never
stands in a "created by" column (those stay empty, as for an anonymous visitor), and the audit entry names
it as "system: <name>" (see docs/architecture.md, "Actors").
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class SystemActor:
    """A task or command acting on its own; `name` says which (e.g. "retention", "expire_offer_task")."""

    name: str
    # Read like a user by code that asks "is somebody signed in?": a system actor never is.
    is_authenticated = False
    pk = None

    @property
    def label(self) -> str:
        return f"system: {self.name}"

    def __str__(self) -> str:
        return self.label


def system(name: str) -> SystemActor:
    """The actor of the task or command `name`."""
    if not name or not name.strip():
        raise ValueError("a system actor needs the name of its task or command")
    return SystemActor(name.strip())


def user_of(actor):
    """The signed-in user behind `actor`, or None (anonymous visitor, system actor): what "created by",
    "changed by" and similar columns store."""
    return actor if getattr(actor, "is_authenticated", False) else None
