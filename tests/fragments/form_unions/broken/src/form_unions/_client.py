"""The Form Unions clients: `FormUnionsClient` and `AsyncFormUnionsClient`."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx

from form_unions._runtime.base import AsyncClientBase, SyncClientBase
from form_unions._runtime.client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    ClientSettings,
    SyncAPIClient,
    configure_logging,
)
from form_unions._runtime.types import TimeoutTypes
from form_unions._version import __version__

__all__ = ["AsyncFormUnionsClient", "FormUnionsClient"]

DEFAULT_BASE_URL = ""
API_KEY_ENV = "FORM_UNIONS_API_KEY"
BASE_URL_ENV = "FORM_UNIONS_BASE_URL"
LOG_ENV = "FORM_UNIONS_LOG"
# Error statuses retried (after connection errors and timeouts, which always are).
RETRY_STATUSES: tuple[int | str, ...] = (408, 429, 500, 502, 503, 504)
IDEMPOTENCY_HEADER: str | None = None
REQUEST_ID_HEADER = "x-request-id"

configure_logging(LOG_ENV)


def _settings(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: TimeoutTypes,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    default_query: Mapping[str, object] | None,
    strict: bool,
) -> ClientSettings:
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    if not url:
        raise ValueError(f"No base URL: pass base_url= to the client or set {BASE_URL_ENV}.")
    return ClientSettings(
        api_key=key,
        auth="none",
        auth_header="Authorization",
        base_url=url,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers or {},
        strict=strict,
        user_agent=f"form-unions/{__version__} (python; httpx {httpx.__version__})",
        default_query=default_query or {},
        retry_statuses=RETRY_STATUSES,
        idempotency_header=IDEMPOTENCY_HEADER,
        request_id_header=REQUEST_ID_HEADER,
    )


class FormUnionsClient(SyncClientBase):
    """Synchronous client for the Form Unions.

    Args:
      api_key: defaults to the `FORM_UNIONS_API_KEY` environment variable.
      base_url: defaults to `FORM_UNIONS_BASE_URL`.
      timeout: seconds (or an `httpx.Timeout`) for each request; 60 s by default.
      max_retries: retries after a connection error, a timeout, or a 408, 429, 500, 502, 503 and 504.
      default_headers: headers sent with every request.
      default_query: query parameters sent with every request.
      http_client: an `httpx.Client` of your own, e.g. a `DefaultHttpxClient`
        with a proxy (its pool stays open when the client closes).
      strict: raise `APIResponseValidationError` for a response that does not match the spec
        (missing or mistyped fields, unknown fields or enum values) instead of keeping it.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        strict: bool = False,
    ) -> None:
        settings = _settings(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict=strict,
        )
        self._client = SyncAPIClient(settings, http_client, owns_http=http_client is None)


class AsyncFormUnionsClient(AsyncClientBase):
    """Asynchronous client for the Form Unions.

    Args:
      api_key: defaults to the `FORM_UNIONS_API_KEY` environment variable.
      base_url: defaults to `FORM_UNIONS_BASE_URL`.
      timeout: seconds (or an `httpx.Timeout`) for each request; 60 s by default.
      max_retries: retries after a connection error, a timeout, or a 408, 429, 500, 502, 503 and 504.
      default_headers: headers sent with every request.
      default_query: query parameters sent with every request.
      http_client: an `httpx.AsyncClient` of your own, e.g. a `DefaultAsyncHttpxClient`
        with a proxy (its pool stays open when the client closes).
      strict: raise `APIResponseValidationError` for a response that does not match the spec
        (missing or mistyped fields, unknown fields or enum values) instead of keeping it.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
    ) -> None:
        settings = _settings(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict=strict,
        )
        self._client = AsyncAPIClient(settings, http_client, owns_http=http_client is None)
