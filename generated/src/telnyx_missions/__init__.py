"""Telnyx AI Missions API: a typed Python client.

from telnyx_missions import Telnyx

client = Telnyx()  # reads TELNYX_API_KEY
"""

from telnyx_missions._client import AsyncTelnyx, Telnyx
from telnyx_missions._runtime.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from telnyx_missions._runtime.pagination import AsyncPage, AsyncPager, Page, PageInfo
from telnyx_missions._runtime.response import APIResponse
from telnyx_missions._runtime.types import Omit, omit
from telnyx_missions._version import __version__

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPager",
    "AsyncTelnyx",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "Omit",
    "Page",
    "PageInfo",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "Telnyx",
    "UnprocessableEntityError",
    "__version__",
    "omit",
]
