"""What the sync and async clients share: building a request, deciding on a retry,
parsing a response and raising for an error status."""

from __future__ import annotations

import json
import logging
import random
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from types import NoneType
from typing import Any, TypeVar, cast
from urllib.parse import quote

import httpx

from .body import form_value, json_bytes, split_files, strip_omitted
from .errors import APIResponseValidationError, InvalidURLError, status_error
from .query import QueryStyle, encode_query, scalar_text
from .retries import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY, retry_after
from .settings import ClientSettings
from .types import Body, Headers, Omit, Query, TimeoutTypes, omit

__all__ = ["ErrorTypes", "RequestParts", "path_template"]

T = TypeVar("T")
log = logging.getLogger(__name__.rsplit(".", 2)[0])

MAX_REDIRECTS = 20
# Methods that are safe to repeat: they get no idempotency key.
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _builds_plainly(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether http.build_request would add nothing but its headers and timeout: no
    override of it, no default query params, no cookies in its jar."""
    kind = type(http)
    return (
        kind.build_request is httpx.Client.build_request
        or kind.build_request is httpx.AsyncClient.build_request
    ) and not (http.params or http.cookies.jar)


def path_template(template: str, params: Mapping[str, object]) -> str:
    """Fill `{name}` slots, percent-encoding each value so that it stays one path segment."""
    for name, value in params.items():
        text = scalar_text(value)
        if not text:
            raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        template = template.replace("{" + name + "}", quote(text, safe="").replace(".", "%2E"))
    return template


@dataclass(frozen=True)
class RequestParts:
    """Everything a generated method says about one request, before retries."""

    method: str
    path: str  # relative to the base URL, or an absolute URL
    query: Query | None = None
    query_styles: Mapping[str, QueryStyle] | None = None
    body: object = omit
    body_format: str = "json"  # json, form, multipart or raw
    content_type: str | None = None  # for a raw body
    headers: Mapping[str, object] | None = None
    cookies: Mapping[str, object] | None = None
    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: TimeoutTypes | Omit = omit
    max_retries: int | None = None  # this request's, instead of the client's
    # The operation's own server, used while the client has the API's default base URL.
    server: str | None = None


# The models of an operation's error bodies: by status ("404"), range ("4XX") or "default".
ErrorTypes = Mapping[str, Any]


class _BaseClient:
    _settings: ClientSettings
    # The caller's client, its headers, and ours merged over them (see _merged).
    _merged_headers: tuple[object, list[tuple[bytes, bytes]], httpx.Headers] | None = None

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        parts: RequestParts,
        retries_taken: int,
        idempotency_key: str | None,
    ) -> httpx.Request:
        settings = self._settings
        # This request's headers, over the client's own (settings.headers()); `omit`
        # drops one of those.
        headers: dict[str, str] = {}
        dropped: set[str] = set()
        for source in (parts.headers, parts.extra_headers):
            for key, value in (source or {}).items():
                if isinstance(value, Omit):
                    headers.pop(key, None)
                    dropped.add(key)
                elif value is not None:
                    headers[key] = scalar_text(value)
                    dropped.discard(key)
        cookies = [
            f"{name}={scalar_text(value)}"
            for name, value in (parts.cookies or {}).items()
            if not isinstance(value, Omit) and value is not None
        ]
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        if retries_taken:
            headers["X-Retry-Count"] = str(retries_taken)
        if idempotency_key is not None:
            name = cast(str, settings.idempotency_header)
            given = (*headers, *settings.default_headers)
            if not any(key.lower() == name.lower() for key in given):
                headers[name] = idempotency_key
        # The query string is built here, not by httpx, so that each OpenAPI style keeps
        # its delimiters literal and the same characters inside values encoded.
        query = "&".join(
            q
            for q in (
                settings.query_text,
                encode_query(parts.query or {}, parts.query_styles),
                encode_query(parts.extra_query or {}),
            )
            if q
        )
        content: dict[str, Any] = {}
        content_type: str | None = None
        payload = strip_omitted(parts.body)
        if parts.extra_body:
            base: dict[str, object] = payload if isinstance(payload, dict) else {}
            payload = {**base, **dict(parts.extra_body)}
        if not isinstance(payload, Omit):
            if parts.body_format == "json":
                content["content"] = json_bytes(payload)
                content_type = "application/json"
            elif parts.body_format == "form":
                # A form has no null: a None field is left out, not sent as "".
                fields = cast(dict[str, object], payload)
                content["data"] = {k: form_value(v) for k, v in fields.items() if v is not None}
            elif parts.body_format == "multipart":
                data, files = split_files(cast(dict[str, object], payload))
                content["data"], content["files"] = data, files
            else:
                content["content"] = payload
                content_type = parts.content_type
        if content_type and not any(key.lower() == "content-type" for key in headers):
            headers["Content-Type"] = content_type
        base_url = settings.base_url
        if parts.server is not None and settings.base_url == settings.default_base_url:
            base_url = parts.server  # a base URL of the caller's own takes every operation
        url = parts.path if "://" in parts.path else base_url + parts.path
        if query:
            url = f"{url}{'&' if '?' in url else '?'}{query}"
        timeout = settings.timeout if isinstance(parts.timeout, Omit) else parts.timeout
        try:
            if not dropped and _builds_plainly(http):
                # What http.build_request would make, without merging the same headers
                # and timeout again on every call (11 µs of a 100 µs call).
                merged = self._merged(http)
                for key, value in headers.items():
                    merged[key] = value
                timeouts = (
                    settings.timeout_extension
                    if isinstance(parts.timeout, Omit)
                    else httpx.Timeout(timeout).as_dict()
                )
                return httpx.Request(
                    parts.method, url, headers=merged, extensions={"timeout": timeouts}, **content
                )
            own = settings.headers()
            for key in dropped:
                own.pop(key, None)
            own.update(headers)
            return http.build_request(parts.method, url, headers=own, timeout=timeout, **content)
        except httpx.InvalidURL as exc:
            raise InvalidURLError(f"Cannot request {url!r}: {exc}") from None

    def _merged(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Headers:
        """A copy of the caller's client's headers with ours over them, merged again only
        when its headers change."""
        raw = http.headers.raw
        cached = self._merged_headers
        if cached is None or cached[0] is not http or cached[1] != raw:
            merged = http.headers.copy()
            merged.update(self._settings.headers())
            self._merged_headers = cached = (http, raw, merged)
        return cached[2].copy()

    def _idempotency_key(self, parts: RequestParts) -> str | None:
        """One key per call, the same on every retry of it; None where none is needed."""
        if self._settings.idempotency_header is None or parts.method in _SAFE_METHODS:
            return None
        return str(uuid.uuid4())

    def _retry_delay(self, retries_taken: int, response: httpx.Response | None) -> float:
        if response is not None:
            hinted = retry_after(response.headers)
            if hinted is not None:
                return hinted
        delay = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    def _should_retry(self, response: httpx.Response) -> bool:
        hint: str | None = response.headers.get("x-should-retry")
        if hint in ("true", "false"):
            return hint == "true"
        return response.status_code in self._settings.retry_codes

    def _redirected(self, response: httpx.Response) -> httpx.Request:
        """The request a redirect asks for. httpx drops `Authorization` when it leaves
        the origin; an API key in a header of the API's own naming goes too."""
        request = cast(httpx.Request, response.next_request)
        settings = self._settings
        if settings.auth == "header" and _origin(request.url) != _origin(response.request.url):
            request.headers.pop(settings.auth_header, None)
        return request

    def request_id(self, response: httpx.Response) -> str | None:
        found: str | None = response.headers.get(self._settings.request_id_header)
        return found

    def _log_response(
        self, request: httpx.Request, response: httpx.Response, started: float, retries: int
    ) -> None:
        ms = (time.monotonic() - started) * 1000
        rid = self.request_id(response)
        log.info(
            "%s %s -> %d %s in %.0f ms%s%s",
            request.method,
            request.url,
            response.status_code,
            response.reason_phrase,
            ms,
            f", retry {retries}" if retries else "",
            f", request id {rid}" if rid else "",
        )
        if log.isEnabledFor(logging.DEBUG):
            log.debug("request headers: %s", self._redacted(request.headers))
            log.debug("response headers: %s", self._redacted(response.headers))

    def _redacted(self, headers: httpx.Headers) -> dict[str, str]:
        secret = self._settings.secret_headers
        return {k: "<redacted>" if k.lower() in secret else v for k, v in headers.items()}

    def _parse_as(self, response: httpx.Response, to: type[T]) -> T:
        """`APIResponse.parse(to=...)`: the body as `to`; `str` is its text, whatever it holds."""
        if to is str:
            return cast(T, response.text)
        return self._parse(response, to)

    def _parse(self, response: httpx.Response, cast_to: type[T]) -> T:
        if cast_to is NoneType:
            return cast(T, None)
        if cast_to is bytes:
            return cast(T, response.content)
        if cast_to is httpx.Response:
            return cast(T, response)
        if cast_to is str and "json" not in response.headers.get("content-type", ""):
            return cast(T, response.text)
        content = response.content
        if cast_to is object and not content.strip():
            return cast(T, None)  # an untyped operation that answered with no body
        return self._parse_json(response, content, cast_to)

    def _parse_json(self, response: httpx.Response, content: bytes, cast_to: type[T]) -> T:
        models = _MODELS or _load_models()
        strict = self._settings.strict
        try:
            # pydantic-core reads the bytes itself: faster than json.loads then validate.
            parsed = models.adapter(cast_to).validate_json(content)
            if strict:
                models.check_strict(parsed)
            return cast(T, parsed)
        except models.StrictValidationError as exc:
            raise APIResponseValidationError(
                response,
                json.loads(content),
                f"The response does not match its schema: {exc}",
                request_id=self.request_id(response),
            ) from None
        except models.pydantic.ValidationError as exc:
            problems = models.describe_errors(exc)
        try:
            data: object = json.loads(content)
        except ValueError:
            raise APIResponseValidationError(
                response,
                content.decode("utf-8", "replace"),
                "The response body is not valid JSON",
                request_id=self.request_id(response),
            ) from None
        if strict:
            raise APIResponseValidationError(
                response,
                data,
                f"The response does not match its schema: {problems}",
                request_id=self.request_id(response),
            )
        request = response.request
        log.info(
            "%s %s: the response does not match its schema (%s); kept as received",
            request.method,
            request.url,
            problems,
        )
        return cast(T, models.rebuild(cast_to, data))

    def _parse_event(self, response: httpx.Response, data: str, cast_to: type[T]) -> T:
        """One event's data: text as it is for a string, JSON for anything else (or the
        text, when no schema is declared and it is not JSON)."""
        if cast_to is str:
            return cast(T, data)
        if cast_to is object:
            try:
                return cast(T, json.loads(data))
            except ValueError:
                return cast(T, data)
        return self._parse_json(response, data.encode(), cast_to)

    def _raise_for_status(self, response: httpx.Response, errors: ErrorTypes | None) -> None:
        """Raise the status error of an error response (whose body has been read)."""
        try:
            body: object = response.json()
        except ValueError:
            body = response.text or None
        model = _error_model(errors, response.status_code) if errors else None
        if model is not None and body is not None and not isinstance(body, str):
            from .models import lenient

            body = lenient(model, body)  # always lenient: never hide the error itself
        raise status_error(response, body, request_id=self.request_id(response))


_MODELS: Any = None  # the models module, imported with the first response parsed


def _load_models() -> Any:
    global _MODELS
    from . import models

    _MODELS = models
    return models


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def _error_model(errors: ErrorTypes, status: int) -> Any:
    """The declared model of an error body: for the status, its range, or the default."""
    return errors.get(str(status)) or errors.get(f"{status // 100}XX") or errors.get("default")
