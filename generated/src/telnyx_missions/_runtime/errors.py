"""The exceptions a generated client raises, one class per kind of failure.

Every one of them derives from the package's own root error (`PackageError`, defined in
the package's `_exceptions.py` under the package's name), so `except <Package>Error`
catches anything the client raises.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .._exceptions import PackageError

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidURLError",
    "MissingAPIKeyError",
    "NoNextPageError",
    "NotFoundError",
    "PackageError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "status_error",
]


class MissingAPIKeyError(PackageError, ValueError):
    """The client was created without an API key and none is set in the environment."""


class InvalidURLError(PackageError, ValueError):
    """A URL the client was given cannot be requested: not absolute, not http(s), malformed.

    A configuration error, raised at once (never retried), naming the URL.
    """


class NoNextPageError(PackageError, LookupError):
    """`get_next_page()` was called on the last page; check `has_next_page()` first."""


class APIError(PackageError):
    """Base class of every error about a request: it carries the request, and its id."""

    message: str
    request: httpx.Request
    request_id: str | None

    def __init__(
        self, message: str, request: httpx.Request, *, request_id: str | None = None
    ) -> None:
        if request_id:
            message = f"{message} (request id: {request_id})"
        super().__init__(message)
        self.message = message
        self.request = request
        self.request_id = request_id


class PaginationError(APIError):
    """Paging through a list cannot go on: the server asked again for a page already
    fetched (a cursor or next-page URL it gave before, or the same page again), which
    would loop for ever, or put the next page on another host."""


class APIConnectionError(APIError):
    """The request never got an HTTP response (DNS, refused, reset, TLS, too many redirects)."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


class APIResponseValidationError(APIError):
    """The response did not match the schema the spec declares for it (strict mode), or
    its body is not JSON at all (either mode)."""

    response: httpx.Response
    status_code: int
    body: object

    def __init__(
        self,
        response: httpx.Response,
        body: object,
        message: str,
        *,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, response.request, request_id=request_id)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class APIStatusError(APIError):
    """The API answered with an error status (4xx, 5xx, or a 3xx it did not redirect).

    `body` is the error body parsed into the model the spec declares for this status,
    where it declares one (leniently: it never fails); otherwise the JSON as received, or
    the text when it is not JSON, or None when it is empty.
    """

    response: httpx.Response
    status_code: int
    body: object

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, response.request, request_id=request_id)
        self.response = response
        self.status_code = response.status_code
        self.body = body

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: the API key is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity: the request failed validation.

    `errors` holds the validation details the body carries (FastAPI's `detail` list
    or a JSON:API-style `errors` list), each as a mapping; None when the body has
    neither, so an unknown shape is not mistaken for "no errors".
    """

    @property
    def errors(self) -> list[dict[str, object]] | None:
        body = _plain_body(self.body)
        if isinstance(body, dict):
            for key in ("detail", "errors"):
                found = body.get(key)
                if isinstance(found, list):
                    return [item for item in found if isinstance(item, dict)]
        return None


class RateLimitError(APIStatusError):
    """429 Too Many Requests."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response, body: object, *, request_id: str | None = None
) -> APIStatusError:
    """The exception for an error response, with a message taken from its body."""
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    detail = _message_from(_plain_body(body))
    message = f"{response.status_code} {response.reason_phrase}"
    if detail:
        message = f"{message}: {detail}"
    return cls(message, response=response, body=body, request_id=request_id)


def _plain_body(body: object) -> object:
    """A parsed error model as the JSON it came from; anything else as it is."""
    dump = getattr(body, "to_dict", None)
    if callable(dump) and not isinstance(body, Mapping):
        return dump(mode="json")
    return body


def _message_from(body: object) -> str:
    """The human part of common error shapes: {errors: [{title, detail}]}, {detail}, {message}."""
    if isinstance(body, dict):
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            first = errors[0]
            parts = [str(first[k]) for k in ("title", "detail") if first.get(k)]
            return " - ".join(parts)
        detail = body.get("detail")
        if isinstance(detail, str):
            return detail
        if isinstance(detail, list) and detail and isinstance(detail[0], dict):
            first = detail[0]
            loc = ".".join(str(p) for p in first.get("loc", []) or [])
            return f"{loc}: {first.get('msg', '')}" if loc else str(first.get("msg", ""))
        for key in ("message", "error"):
            if isinstance(body.get(key), str):
                return str(body[key])
    if isinstance(body, str):
        return body[:200]
    return ""
