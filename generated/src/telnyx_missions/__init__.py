"""Telnyx AI Missions API: a typed Python client.

from telnyx_missions import Telnyx

client = Telnyx()  # reads TELNYX_API_KEY
"""

from telnyx_missions._client import AsyncTelnyx, Telnyx
from telnyx_missions._exceptions import TelnyxError
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
    InvalidURLError,
    MissingAPIKeyError,
    NoNextPageError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from telnyx_missions._runtime.pagination import AsyncPage, AsyncPager, Page, PageInfo
from telnyx_missions._runtime.response import APIResponse, AsyncAPIResponse
from telnyx_missions._runtime.settings import DefaultAsyncHttpxClient, DefaultHttpxClient
from telnyx_missions._runtime.streaming import AsyncStream, Stream, StreamEvent
from telnyx_missions._runtime.types import Omit, RequestOptions, omit
from telnyx_missions._version import __version__

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIResponse",
    "AsyncPage",
    "AsyncPager",
    "AsyncStream",
    "AsyncTelnyx",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "InternalServerError",
    "InvalidURLError",
    "MissingAPIKeyError",
    "NoNextPageError",
    "NotFoundError",
    "Omit",
    "Page",
    "PageInfo",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "Stream",
    "StreamEvent",
    "Telnyx",
    "TelnyxError",
    "UnprocessableEntityError",
    "__version__",
    "omit",
]
