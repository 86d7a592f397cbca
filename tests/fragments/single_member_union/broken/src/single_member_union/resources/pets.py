"""Operations under `pets`."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, cast

from single_member_union._runtime.client import AsyncAPIClient, SyncAPIClient, path_template
from single_member_union._runtime.response import async_raw_response_wrapper, raw_response_wrapper
from single_member_union._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    from single_member_union.types.cat import Cat
    from single_member_union.types.pet import Pet

__all__ = [
    "AsyncPetsResource",
    "AsyncPetsResourceWithRawResponse",
    "PetsResource",
    "PetsResourceWithRawResponse",
]


class PetsResource:
    """Operations under `pets`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PetsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return PetsResourceWithRawResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Cat:
        """retrieve

        Args:
          id: The `id` path parameter.
        """
        from single_member_union.types.cat import Cat

        return self._client.request(
            "GET",
            path_template("/pets/{id}", {"id": id}),
            cast_to=Cat,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Pet:
        """list"""
        from single_member_union.types.pet import Pet

        return self._client.request(
            "GET",
            "/pets",
            cast_to=cast("builtins.type[Pet]", Pet),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class PetsResourceWithRawResponse:
    """`pets` methods that return the raw HTTP response."""

    def __init__(self, resource: PetsResource) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.list = raw_response_wrapper(resource.list)


class AsyncPetsResource:
    """Operations under `pets`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPetsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncPetsResourceWithRawResponse(self)

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Cat:
        """retrieve

        Args:
          id: The `id` path parameter.
        """
        from single_member_union.types.cat import Cat

        return await self._client.request(
            "GET",
            path_template("/pets/{id}", {"id": id}),
            cast_to=Cat,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Pet:
        """list"""
        from single_member_union.types.pet import Pet

        return await self._client.request(
            "GET",
            "/pets",
            cast_to=cast("builtins.type[Pet]", Pet),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncPetsResourceWithRawResponse:
    """`pets` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.list = async_raw_response_wrapper(resource.list)
