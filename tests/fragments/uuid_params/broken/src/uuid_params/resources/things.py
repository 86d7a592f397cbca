"""Operations under `things`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from uuid_params._runtime.client import AsyncAPIClient, SyncAPIClient, path_template
from uuid_params._runtime.response import async_raw_response_wrapper, raw_response_wrapper
from uuid_params._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    from uuid_params.types.thing import Thing

__all__ = [
    "AsyncThingsResource",
    "AsyncThingsResourceWithRawResponse",
    "ThingsResource",
    "ThingsResourceWithRawResponse",
]


class ThingsResource:
    """Operations under `things`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ThingsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return ThingsResourceWithRawResponse(self)

    def update(
        self,
        thing_id: str,
        *,
        owner: str | Omit = omit,
        id: str | Omit | None = omit,
        related: Sequence[str] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Thing:
        """update

        Args:
          thing_id: The `thing_id` path parameter.
          owner: The `owner` query parameter.
          id: The `id` body parameter.
          related: The `related` body parameter.
        """
        from uuid_params.types.thing import Thing

        return self._client.request(
            "PUT",
            path_template("/things/{thing_id}", {"thing_id": thing_id}),
            cast_to=Thing,
            query={"owner": owner},
            body={"id": id, "related": related},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ThingsResourceWithRawResponse:
    """`things` methods that return the raw HTTP response."""

    def __init__(self, resource: ThingsResource) -> None:
        self._resource = resource
        self.update = raw_response_wrapper(resource.update)


class AsyncThingsResource:
    """Operations under `things`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncThingsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncThingsResourceWithRawResponse(self)

    async def update(
        self,
        thing_id: str,
        *,
        owner: str | Omit = omit,
        id: str | Omit | None = omit,
        related: Sequence[str] | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Thing:
        """update

        Args:
          thing_id: The `thing_id` path parameter.
          owner: The `owner` query parameter.
          id: The `id` body parameter.
          related: The `related` body parameter.
        """
        from uuid_params.types.thing import Thing

        return await self._client.request(
            "PUT",
            path_template("/things/{thing_id}", {"thing_id": thing_id}),
            cast_to=Thing,
            query={"owner": owner},
            body={"id": id, "related": related},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncThingsResourceWithRawResponse:
    """`things` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self._resource = resource
        self.update = async_raw_response_wrapper(resource.update)
