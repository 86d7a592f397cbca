"""Operations under `ai.missions.knowledge_bases`."""

from __future__ import annotations

from functools import cached_property
from types import NoneType

from telnyx_missions._runtime.client import AsyncAPIClient, SyncAPIClient, path_template
from telnyx_missions._runtime.response import (
    async_raw_response_wrapper,
    async_streamed_response_wrapper,
    raw_response_wrapper,
    streamed_response_wrapper,
)
from telnyx_missions._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

__all__ = [
    "AsyncKnowledgeBasesResource",
    "AsyncKnowledgeBasesResourceWithRawResponse",
    "AsyncKnowledgeBasesResourceWithStreamingResponse",
    "KnowledgeBasesResource",
    "KnowledgeBasesResourceWithRawResponse",
    "KnowledgeBasesResourceWithStreamingResponse",
]


class KnowledgeBasesResource:
    """Operations under `ai.missions.knowledge_bases`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> KnowledgeBasesResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return KnowledgeBasesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> KnowledgeBasesResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return KnowledgeBasesResourceWithStreamingResponse(self)

    def list_knowledge_bases(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """List knowledge bases

        Returns the knowledge bases attached to a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "GET",
            path_template("/ai/missions/{mission_id}/knowledge-bases", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_knowledge_base(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Create knowledge base

        Attaches a new knowledge base to a mission. No request body is published for this call,
        and the response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "POST",
            path_template("/ai/missions/{mission_id}/knowledge-bases", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_knowledge_base(
        self,
        knowledge_base_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Get knowledge base

        Returns one knowledge base of a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          knowledge_base_id: Id of the knowledge base.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/knowledge-bases/{knowledge_base_id}",
                {"mission_id": mission_id, "knowledge_base_id": knowledge_base_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_knowledge_base(
        self,
        knowledge_base_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Update knowledge base

        Updates one knowledge base of a mission. No request body is published for this call, and
        the response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          knowledge_base_id: Id of the knowledge base.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "PUT",
            path_template(
                "/ai/missions/{mission_id}/knowledge-bases/{knowledge_base_id}",
                {"mission_id": mission_id, "knowledge_base_id": knowledge_base_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_knowledge_base(
        self,
        knowledge_base_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> None:
        """Delete knowledge base

        Removes a knowledge base from a mission. Nothing is returned on success.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          knowledge_base_id: Id of the knowledge base.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "DELETE",
            path_template(
                "/ai/missions/{mission_id}/knowledge-bases/{knowledge_base_id}",
                {"mission_id": mission_id, "knowledge_base_id": knowledge_base_id},
            ),
            cast_to=NoneType,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class KnowledgeBasesResourceWithRawResponse:
    """`ai.missions.knowledge_bases` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: KnowledgeBasesResource) -> None:
        self._resource = resource
        self.list_knowledge_bases = raw_response_wrapper(resource.list_knowledge_bases)
        self.create_knowledge_base = raw_response_wrapper(resource.create_knowledge_base)
        self.get_knowledge_base = raw_response_wrapper(resource.get_knowledge_base)
        self.update_knowledge_base = raw_response_wrapper(resource.update_knowledge_base)
        self.delete_knowledge_base = raw_response_wrapper(resource.delete_knowledge_base)


class KnowledgeBasesResourceWithStreamingResponse:
    """`ai.missions.knowledge_bases` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: KnowledgeBasesResource) -> None:
        self._resource = resource
        self.list_knowledge_bases = streamed_response_wrapper(resource.list_knowledge_bases)
        self.create_knowledge_base = streamed_response_wrapper(resource.create_knowledge_base)
        self.get_knowledge_base = streamed_response_wrapper(resource.get_knowledge_base)
        self.update_knowledge_base = streamed_response_wrapper(resource.update_knowledge_base)
        self.delete_knowledge_base = streamed_response_wrapper(resource.delete_knowledge_base)


class AsyncKnowledgeBasesResource:
    """Operations under `ai.missions.knowledge_bases`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncKnowledgeBasesResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncKnowledgeBasesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncKnowledgeBasesResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncKnowledgeBasesResourceWithStreamingResponse(self)

    async def list_knowledge_bases(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """List knowledge bases

        Returns the knowledge bases attached to a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "GET",
            path_template("/ai/missions/{mission_id}/knowledge-bases", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_knowledge_base(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Create knowledge base

        Attaches a new knowledge base to a mission. No request body is published for this call,
        and the response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "POST",
            path_template("/ai/missions/{mission_id}/knowledge-bases", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_knowledge_base(
        self,
        knowledge_base_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Get knowledge base

        Returns one knowledge base of a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          knowledge_base_id: Id of the knowledge base.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/knowledge-bases/{knowledge_base_id}",
                {"mission_id": mission_id, "knowledge_base_id": knowledge_base_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_knowledge_base(
        self,
        knowledge_base_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Update knowledge base

        Updates one knowledge base of a mission. No request body is published for this call, and
        the response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          knowledge_base_id: Id of the knowledge base.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "PUT",
            path_template(
                "/ai/missions/{mission_id}/knowledge-bases/{knowledge_base_id}",
                {"mission_id": mission_id, "knowledge_base_id": knowledge_base_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_knowledge_base(
        self,
        knowledge_base_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> None:
        """Delete knowledge base

        Removes a knowledge base from a mission. Nothing is returned on success.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          knowledge_base_id: Id of the knowledge base.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "DELETE",
            path_template(
                "/ai/missions/{mission_id}/knowledge-bases/{knowledge_base_id}",
                {"mission_id": mission_id, "knowledge_base_id": knowledge_base_id},
            ),
            cast_to=NoneType,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncKnowledgeBasesResourceWithRawResponse:
    """`ai.missions.knowledge_bases` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncKnowledgeBasesResource) -> None:
        self._resource = resource
        self.list_knowledge_bases = async_raw_response_wrapper(resource.list_knowledge_bases)
        self.create_knowledge_base = async_raw_response_wrapper(resource.create_knowledge_base)
        self.get_knowledge_base = async_raw_response_wrapper(resource.get_knowledge_base)
        self.update_knowledge_base = async_raw_response_wrapper(resource.update_knowledge_base)
        self.delete_knowledge_base = async_raw_response_wrapper(resource.delete_knowledge_base)


class AsyncKnowledgeBasesResourceWithStreamingResponse:
    """`ai.missions.knowledge_bases` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncKnowledgeBasesResource) -> None:
        self._resource = resource
        self.list_knowledge_bases = async_streamed_response_wrapper(resource.list_knowledge_bases)
        self.create_knowledge_base = async_streamed_response_wrapper(resource.create_knowledge_base)
        self.get_knowledge_base = async_streamed_response_wrapper(resource.get_knowledge_base)
        self.update_knowledge_base = async_streamed_response_wrapper(resource.update_knowledge_base)
        self.delete_knowledge_base = async_streamed_response_wrapper(resource.delete_knowledge_base)
