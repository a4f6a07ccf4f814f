"""API list pagination with bounded numbers: `?offset=2**63` or `?limit=1e1000000` is a 422 naming the
parameter, never a database overflow. Numbers are read by ikut.core.numbers like every outside number."""

from typing import Annotated, Any

from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination
from pydantic import BeforeValidator

from ikut.core.numbers import NumberError, parse_number

MAX_LIMIT = 500
MAX_OFFSET = 10**9


def bounded_int(minimum, maximum):
    """A whole-number query parameter in [minimum, maximum], parsed with ikut.core.numbers."""

    def _parse(value: Any) -> int:
        try:
            return parse_number(value, minimum=minimum, maximum=maximum, whole=True)
        except NumberError as error:
            raise ValueError(str(error.message)) from None

    return Annotated[int, BeforeValidator(_parse)]


class BoundedLimitOffset(LimitOffsetPagination):
    class Input(Schema):
        limit: bounded_int(1, MAX_LIMIT) = Field(50)
        offset: bounded_int(0, MAX_OFFSET) = Field(0)

    def __init__(self, **kwargs):
        super().__init__(max_limit=MAX_LIMIT, **kwargs)
