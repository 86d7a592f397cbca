"""Operations under `ai`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from telnyx_missions._runtime.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from telnyx_missions.resources.ai.missions.missions import (
        AsyncMissionsResource,
        AsyncMissionsResourceWithRawResponse,
        AsyncMissionsResourceWithStreamingResponse,
        MissionsResource,
        MissionsResourceWithRawResponse,
        MissionsResourceWithStreamingResponse,
    )

__all__ = [
    "AiResource",
    "AiResourceWithRawResponse",
    "AiResourceWithStreamingResponse",
    "AsyncAiResource",
    "AsyncAiResourceWithRawResponse",
    "AsyncAiResourceWithStreamingResponse",
]


class AiResource:
    """Operations under `ai`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def missions(self) -> MissionsResource:
        """Missions, their runs, plans, events, linked agents and attached resources."""
        from telnyx_missions.resources.ai.missions.missions import MissionsResource

        return MissionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AiResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AiResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AiResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AiResourceWithStreamingResponse(self)


class AiResourceWithRawResponse:
    """`ai` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AiResource) -> None:
        self._resource = resource

    @cached_property
    def missions(self) -> MissionsResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.missions import MissionsResourceWithRawResponse

        return MissionsResourceWithRawResponse(self._resource.missions)


class AiResourceWithStreamingResponse:
    """`ai` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AiResource) -> None:
        self._resource = resource

    @cached_property
    def missions(self) -> MissionsResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.missions import (
            MissionsResourceWithStreamingResponse,
        )

        return MissionsResourceWithStreamingResponse(self._resource.missions)


class AsyncAiResource:
    """Operations under `ai`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def missions(self) -> AsyncMissionsResource:
        """Missions, their runs, plans, events, linked agents and attached resources."""
        from telnyx_missions.resources.ai.missions.missions import AsyncMissionsResource

        return AsyncMissionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAiResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncAiResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAiResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncAiResourceWithStreamingResponse(self)


class AsyncAiResourceWithRawResponse:
    """`ai` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncAiResource) -> None:
        self._resource = resource

    @cached_property
    def missions(self) -> AsyncMissionsResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.missions import (
            AsyncMissionsResourceWithRawResponse,
        )

        return AsyncMissionsResourceWithRawResponse(self._resource.missions)


class AsyncAiResourceWithStreamingResponse:
    """`ai` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncAiResource) -> None:
        self._resource = resource

    @cached_property
    def missions(self) -> AsyncMissionsResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.missions import (
            AsyncMissionsResourceWithStreamingResponse,
        )

        return AsyncMissionsResourceWithStreamingResponse(self._resource.missions)
