"""Operations under `maintenance.maintenance`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from repeated_segments._runtime.client import AsyncAPIClient, SyncAPIClient, path_template
from repeated_segments._runtime.response import (
    async_raw_response_wrapper,
    async_streamed_response_wrapper,
    raw_response_wrapper,
    streamed_response_wrapper,
)
from repeated_segments._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    from repeated_segments.types.maintenance_createjob_response import MaintenanceCreatejobResponse

__all__ = [
    "AsyncMaintenanceResource2",
    "AsyncMaintenanceResource2WithRawResponse",
    "AsyncMaintenanceResource2WithStreamingResponse",
    "MaintenanceResource2",
    "MaintenanceResource2WithRawResponse",
    "MaintenanceResource2WithStreamingResponse",
]


class MaintenanceResource2:
    """Operations under `maintenance.maintenance`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MaintenanceResource2WithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return MaintenanceResource2WithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MaintenanceResource2WithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return MaintenanceResource2WithStreamingResponse(self)

    def createjob(
        self,
        branch_id: str,
        *,
        short_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MaintenanceCreatejobResponse:
        """createjob

        Args:
          short_name: The `shortName` path parameter.
          branch_id: The `branchId` path parameter.
        """
        from repeated_segments.types.maintenance_createjob_response import (
            MaintenanceCreatejobResponse,
        )

        return self._client.request(
            "POST",
            path_template(
                "/maintenance/{shortName}/maintenance/{branchId}/createjob",
                {"shortName": short_name, "branchId": branch_id},
            ),
            cast_to=MaintenanceCreatejobResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class MaintenanceResource2WithRawResponse:
    """`maintenance.maintenance` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: MaintenanceResource2) -> None:
        self._resource = resource
        self.createjob = raw_response_wrapper(resource.createjob)


class MaintenanceResource2WithStreamingResponse:
    """`maintenance.maintenance` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: MaintenanceResource2) -> None:
        self._resource = resource
        self.createjob = streamed_response_wrapper(resource.createjob)


class AsyncMaintenanceResource2:
    """Operations under `maintenance.maintenance`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMaintenanceResource2WithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncMaintenanceResource2WithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMaintenanceResource2WithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncMaintenanceResource2WithStreamingResponse(self)

    async def createjob(
        self,
        branch_id: str,
        *,
        short_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MaintenanceCreatejobResponse:
        """createjob

        Args:
          short_name: The `shortName` path parameter.
          branch_id: The `branchId` path parameter.
        """
        from repeated_segments.types.maintenance_createjob_response import (
            MaintenanceCreatejobResponse,
        )

        return await self._client.request(
            "POST",
            path_template(
                "/maintenance/{shortName}/maintenance/{branchId}/createjob",
                {"shortName": short_name, "branchId": branch_id},
            ),
            cast_to=MaintenanceCreatejobResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMaintenanceResource2WithRawResponse:
    """`maintenance.maintenance` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncMaintenanceResource2) -> None:
        self._resource = resource
        self.createjob = async_raw_response_wrapper(resource.createjob)


class AsyncMaintenanceResource2WithStreamingResponse:
    """`maintenance.maintenance` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncMaintenanceResource2) -> None:
        self._resource = resource
        self.createjob = async_streamed_response_wrapper(resource.createjob)
