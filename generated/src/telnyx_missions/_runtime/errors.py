"""The exceptions a generated client raises, one class per kind of failure."""

from __future__ import annotations

import httpx

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
    "MissingAPIKeyError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


class MissingAPIKeyError(ValueError):
    """The client was created without an API key and none is set in the environment."""


class APIError(Exception):
    """Base class of every error the client raises."""

    message: str
    request: httpx.Request

    def __init__(self, message: str, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class PaginationError(APIError):
    """Paging through a list cannot go on: the server asked again for a page already
    fetched (a cursor or next-page URL it gave before, or the same page again), which
    would loop for ever, or put the next page on another host."""


class APIConnectionError(APIError):
    """The request never got an HTTP response (DNS, refused, reset, TLS...)."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


class APIResponseValidationError(APIError):
    """The response did not match the schema the spec declares for it."""

    response: httpx.Response
    status_code: int
    body: object

    def __init__(self, response: httpx.Response, body: object, message: str) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int
    body: object

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response.request)
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
    or a JSON:API-style `errors` list), each as a mapping.
    """

    @property
    def errors(self) -> list[dict[str, object]]:
        if isinstance(self.body, dict):
            for key in ("detail", "errors"):
                found = self.body.get(key)
                if isinstance(found, list):
                    return [item for item in found if isinstance(item, dict)]
        return []


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


def status_error(response: httpx.Response, body: object) -> APIStatusError:
    """The exception for an error response, with a message taken from its body."""
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    detail = _message_from(body)
    message = f"{response.status_code} {response.reason_phrase}"
    if detail:
        message = f"{message}: {detail}"
    return cls(message, response=response, body=body)


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
