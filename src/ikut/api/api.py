"""The JSON API: /api/, OpenAPI schema at /api/openapi.json, browsable docs at /api/docs (staff).

Authentication: the browser session (with CSRF) or a bearer token from the account page. Each endpoint
asks the access policy exactly as the views do, and audits personal-data reads the same way.
Routers are discovered: an app that has `ikut.<app>.api.router` is mounted at /api/<app>/.
"""

import importlib
import importlib.util
from http.cookies import SimpleCookie

from django.conf import settings
from django.http import Http404, HttpResponse
from django.http.response import ResponseHeaders
from ninja import NinjaAPI, Schema
from ninja.security import HttpBearer, django_auth

from ikut import access
from ikut.accounts.models import ApiToken


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        found = ApiToken.authenticate(token)
        if found is None:
            return None
        request.user = found.user
        return found.user


def _session_user(request):
    user = django_auth(request)
    if user and getattr(user, "requires_mfa", False) and not user.is_verified():
        return None
    return user


class IkutAPI(NinjaAPI):
    def create_temporal_response(self, request):
        """django-ninja's HttpResponse("", content_type=self.get_content_type()), made by copying one built once per
        content type (issue 17: building it was 5 µs of every API call, and a view that answers with its own
        HttpResponse never reads it). Every attribute is the fresh response's; its headers, cookies, closers and
        content are its own (tests/foundation/test_request_path.py compares the two)."""
        content_type = self.get_content_type()
        made = _temporal_responses.get(content_type)
        if made is None:
            made = _temporal_responses[content_type] = super().create_temporal_response(request)
        return _copy_response(made)


_temporal_responses: dict[str, HttpResponse] = {}


def _copy_response(made):
    response = object.__new__(HttpResponse)
    attributes = response.__dict__
    attributes.update(made.__dict__)
    headers = attributes["headers"] = object.__new__(ResponseHeaders)
    headers._store = dict(made.headers._store)
    attributes["cookies"] = SimpleCookie()
    attributes["_resource_closers"] = []
    attributes["_container"] = list(made._container)
    return response


api = IkutAPI(
    title="IKUT API",
    version="1",
    urls_namespace="api",
    auth=[TokenAuth(), _session_user],
    docs_decorator=access.requires("api.use"),
)


class Me(Schema):
    id: int
    email: str
    role: str
    organisation: str | None
    mfa_verified: bool


@api.get("/me", response=Me, tags=["accounts"], summary="The signed-in user")
def me(request):
    user = request.auth
    access.check(user, "api.use")
    return {
        "id": user.pk,
        "email": user.email,
        "role": user.role,
        "organisation": user.organisation.name if user.organisation_id else None,
        # Tokens are only issued in sudo mode after a second factor; sessions carry django-otp's flag.
        "mfa_verified": request.headers.get("Authorization", "").startswith("Bearer ") or user.is_verified(),
    }


@api.exception_handler(access.Denied)
def denied(request, exc):
    """A refusal by the access policy: audited (route and object type only), then the same 404 as any other."""
    access.audit_denied(request, exc)
    return api.create_response(request, {"detail": "Not found"}, status=404)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": "Not found"}, status=404)


for app in settings.INSTALLED_APPS:
    if not app.startswith("ikut.") or app == "ikut.api":
        continue
    if importlib.util.find_spec(f"{app}.api") is not None:
        module = importlib.import_module(f"{app}.api")
        if hasattr(module, "router"):
            # An app may name its prefix (ikut.casedata serves the standard's name: /api/htcds/).
            api.add_router(f"/{getattr(module, 'API_PREFIX', app.split('.')[-1])}/", module.router)
