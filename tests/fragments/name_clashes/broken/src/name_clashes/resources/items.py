"""Operations under `items`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from name_clashes._runtime.client import AsyncAPIClient, SyncAPIClient
from name_clashes._runtime.response import async_raw_response_wrapper, raw_response_wrapper
from name_clashes._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    from name_clashes.types.caller_param import CallerParam
    from name_clashes.types.caller_param_param import CallerParamParam
    from name_clashes.types.item_param import ItemParam

__all__ = [
    "AsyncItemsResource",
    "AsyncItemsResourceWithRawResponse",
    "ItemsResource",
    "ItemsResourceWithRawResponse",
]


class ItemsResource:
    """Operations under `items`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return ItemsResourceWithRawResponse(self)

    def create(
        self,
        *,
        caller: CallerParamParam | Omit | None = omit,
        origin: CallerParam | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> ItemParam:
        """create

        Args:
          caller: The `caller` body parameter.
          origin: The `origin` body parameter.
        """
        from name_clashes.types.item_param import ItemParam

        return self._client.request(
            "POST",
            "/items",
            cast_to=ItemParam,
            body={"caller": caller, "origin": origin},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ItemsResourceWithRawResponse:
    """`items` methods that return the raw HTTP response."""

    def __init__(self, resource: ItemsResource) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)


class AsyncItemsResource:
    """Operations under `items`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncItemsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        caller: CallerParamParam | Omit | None = omit,
        origin: CallerParam | Omit | None = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> ItemParam:
        """create

        Args:
          caller: The `caller` body parameter.
          origin: The `origin` body parameter.
        """
        from name_clashes.types.item_param import ItemParam

        return await self._client.request(
            "POST",
            "/items",
            cast_to=ItemParam,
            body={"caller": caller, "origin": origin},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncItemsResourceWithRawResponse:
    """`items` methods that return the raw HTTP response."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)
