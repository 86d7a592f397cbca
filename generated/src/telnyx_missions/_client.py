"""The Telnyx AI Missions API clients: `Telnyx` and `AsyncTelnyx`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from telnyx_missions._runtime.base import AsyncClientBase, SyncClientBase
from telnyx_missions._runtime.client import AsyncAPIClient, SyncAPIClient
from telnyx_missions._runtime.errors import MissingAPIKeyError
from telnyx_missions._runtime.settings import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientSettings,
    configure_logging,
)
from telnyx_missions._runtime.types import TimeoutTypes
from telnyx_missions._version import __version__

if TYPE_CHECKING:
    from telnyx_missions.resources.ai.ai import AiResource, AsyncAiResource

__all__ = ["AsyncTelnyx", "Telnyx"]

DEFAULT_BASE_URL = "https://api.telnyx.com/v2"
API_KEY_ENV = "TELNYX_API_KEY"
BASE_URL_ENV = "TELNYX_BASE_URL"
LOG_ENV = "TELNYX_LOG"
# Error statuses retried (after connection errors and timeouts, which always are).
RETRY_STATUSES: tuple[int | str, ...] = (408, 409, 429, "5XX")
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
    if not key:
        raise MissingAPIKeyError(
            f"No API key: pass api_key= to the client or set the {API_KEY_ENV} environment variable."
        )
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    return ClientSettings(
        api_key=key,
        auth="bearer",
        auth_header="Authorization",
        base_url=url,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers or {},
        strict=strict,
        user_agent=f"telnyx-missions/{__version__} (python; httpx {httpx.__version__})",
        default_query=default_query or {},
        retry_statuses=RETRY_STATUSES,
        idempotency_header=IDEMPOTENCY_HEADER,
        request_id_header=REQUEST_ID_HEADER,
    )


class Telnyx(SyncClientBase):
    """Synchronous client for the Telnyx AI Missions API.

    Args:
      api_key: defaults to the `TELNYX_API_KEY` environment variable.
      base_url: defaults to `TELNYX_BASE_URL`, then `https://api.telnyx.com/v2`.
      timeout: seconds (or an `httpx.Timeout`) for each request; 60 s by default.
      max_retries: retries after a connection error, a timeout, or a 408, 409, 429 and 5xx.
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

    @cached_property
    def ai(self) -> AiResource:
        """Operations under `ai`."""
        from telnyx_missions.resources.ai.ai import AiResource

        return AiResource(self._client)


class AsyncTelnyx(AsyncClientBase):
    """Asynchronous client for the Telnyx AI Missions API.

    Args:
      api_key: defaults to the `TELNYX_API_KEY` environment variable.
      base_url: defaults to `TELNYX_BASE_URL`, then `https://api.telnyx.com/v2`.
      timeout: seconds (or an `httpx.Timeout`) for each request; 60 s by default.
      max_retries: retries after a connection error, a timeout, or a 408, 409, 429 and 5xx.
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

    @cached_property
    def ai(self) -> AsyncAiResource:
        """Operations under `ai`."""
        from telnyx_missions.resources.ai.ai import AsyncAiResource

        return AsyncAiResource(self._client)
