"""Operations under `compact`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from name_clashes._runtime.client import AsyncAPIClient, SyncAPIClient, path_template
from name_clashes._runtime.response import async_raw_response_wrapper, raw_response_wrapper
from name_clashes._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    from name_clashes.types.compact_resource import CompactResource

__all__ = [
    "AsyncCompactResource",
    "AsyncCompactResourceWithRawResponse",
    "CompactResource",
    "CompactResourceWithRawResponse",
]


class CompactResource:
    """Operations under `compact`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CompactResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return CompactResourceWithRawResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> CompactResource:
        """retrieve

        Args:
          id: The `id` path parameter.
        """
        from name_clashes.types.compact_resource import CompactResource

        return self._client.request(
            "GET",
            path_template("/compact/{id}", {"id": id}),
            cast_to=CompactResource,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class CompactResourceWithRawResponse:
    """`compact` methods that return the raw HTTP response."""

    def __init__(self, resource: CompactResource) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)


class AsyncCompactResource:
    """Operations under `compact`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCompactResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncCompactResourceWithRawResponse(self)

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> CompactResource:
        """retrieve

        Args:
          id: The `id` path parameter.
        """
        from name_clashes.types.compact_resource import CompactResource

        return await self._client.request(
            "GET",
            path_template("/compact/{id}", {"id": id}),
            cast_to=CompactResource,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncCompactResourceWithRawResponse:
    """`compact` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncCompactResource) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
