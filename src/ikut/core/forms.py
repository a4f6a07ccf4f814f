"""Query strings go through forms: every value a view reads from request.GET is a field of a Django form, so
a junk query string (`?page=zz`, `?since=x`, a 5,000-character search) is a form error or the default,
never a server error. Filter forms live in their apps; the page number and the links that keep the
filters while paging are here."""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator

from .numbers import ID_MAX

MAX_PAGE = 1_000_000


class PageForm(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=MAX_PAGE, required=False)


def paginate(request, items, per_page):
    """The page of `items` that ?page= asks for. A page number that is not a number gives the first page, one
    beyond the end the last page (not worth an error message: the pager's own links are always right)."""
    form = PageForm(request.GET)
    number = form.cleaned_data["page"] if form.is_valid() else None
    return Paginator(items, per_page).get_page(number)


def filter_query(form):
    """The filters of a valid bound form as a query string for the pager's links ("" when there are none):
    only the form's own fields, as they were submitted, so paging keeps exactly the filters in use."""
    if not form.is_bound or not form.is_valid():
        return ""
    return urlencode([(name, form.data[name]) for name in form.fields if form.data.get(name)])


SEARCH_LENGTH = 100


class SearchForm(forms.Form):
    """A free-text search (?q=). Longer text is cut to SEARCH_LENGTH characters: no name or label is longer,
    and a search box answers rather than scolds."""

    q = forms.CharField(required=False)

    def clean_q(self):
        return self.cleaned_data["q"][:SEARCH_LENGTH].strip()

    def query(self):
        return self.cleaned_data["q"] if self.is_valid() else ""


def id_field(**kwargs):
    """A record id from a query string or hidden field: a whole number from 1 to the largest key a column holds."""
    return forms.IntegerField(min_value=1, max_value=ID_MAX, required=False, **kwargs)


def switch(request, name):
    """A ?<name>=1 switch (show the identity, "saved" notice), read through a form: on for exactly "1"."""
    if name not in request.GET:
        return False  # what the form says of a missing value, without building it (most requests)
    form = forms.Form(request.GET)
    form.fields[name] = forms.ChoiceField(choices=[("1", "1")], required=False)
    return form.is_valid() and form.cleaned_data[name] == "1"
