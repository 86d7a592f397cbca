"""Server-Sent Events: a decoder that follows the WHATWG rules, and typed streams over it.

Decoding (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation):
the body is UTF-8 (a leading BOM is dropped); lines end with CRLF, LF or CR; a line
starting with ":" is a comment; `field: value` loses one space after the colon; `data`
lines are joined with "\\n"; `event` names the event type ("message" when not given);
`id` sets the last event id, which carries over to later events (an id holding NUL is
ignored); `retry` takes ASCII digits only; other fields are ignored. A blank line
dispatches the event, unless no `data` line came, and an event the body ends in the
middle of is dropped. The streams do not reconnect; `retry` and `last_event_id` are
there for callers who do.
"""

from __future__ import annotations

import codecs
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Generic, TypeVar

import httpx

from .errors import APIConnectionError

__all__ = ["AsyncStream", "SSEDecoder", "ServerSentEvent", "Stream", "StreamEvent"]

T = TypeVar("T")
# The data of the event that ends a stream, by the convention most streaming APIs follow.
DONE = "[DONE]"


@dataclass(frozen=True)
class ServerSentEvent:
    """One decoded event, its data as text."""

    event: str
    data: str
    id: str | None
    retry: int | None


@dataclass(frozen=True)
class StreamEvent(Generic[T]):
    """One event of a typed stream: its fields, and its data parsed into the declared type."""

    event: str
    data: T
    id: str | None
    retry: int | None
    raw: str  # the data as the server sent it


class SSEDecoder:
    """Text in, events out: feed it chunks of decoded text as they arrive."""

    def __init__(self) -> None:
        self._pending = ""  # the start of a line whose end has not arrived
        self._skip_lf = False  # the last chunk ended in CR: a LF starting the next is its pair
        self._first = True
        self._event = ""
        self._data: list[str] = []
        self._last_id: str | None = None
        self._retry: int | None = None

    def feed(self, text: str) -> list[ServerSentEvent]:
        if self._first and text:
            self._first = False
            text = text.removeprefix("\ufeff")
        if self._skip_lf and text:
            self._skip_lf = False
            if text.startswith("\n"):
                text = text[1:]
        found: list[ServerSentEvent] = []
        text = self._pending + text
        start = 0
        length = len(text)
        while start < length:
            cr = text.find("\r", start)
            lf = text.find("\n", start)
            if cr == -1 and lf == -1:
                break
            if cr == -1 or (lf != -1 and lf < cr):
                end, after = lf, lf + 1
            elif cr + 1 < length:
                end, after = cr, cr + 2 if text[cr + 1] == "\n" else cr + 1
            else:  # a CR at the very end: its LF, if any, is in the next chunk
                end, after = cr, cr + 1
                self._skip_lf = True
            event = self._line(text[start:end])
            if event is not None:
                found.append(event)
            start = after
        self._pending = text[start:]
        return found

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry":
            if value and value.isascii() and value.isdigit():
                self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        data, event, retry = self._data, self._event, self._retry
        self._data, self._event, self._retry = [], "", None
        if not data:
            return None
        return ServerSentEvent(
            event=event or "message", data="\n".join(data), id=self._last_id, retry=retry
        )


def decode(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    decoder = SSEDecoder()
    text = codecs.getincrementaldecoder("utf-8")(errors="replace")
    for chunk in chunks:
        yield from decoder.feed(text.decode(chunk))
    yield from decoder.feed(text.decode(b"", final=True))


class _BaseStream(Generic[T]):
    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[str], T],
        request_id: str | None,
    ) -> None:
        self.response = response
        self.request_id = request_id
        self._parse = parse
        self.last_event_id: str | None = None  # the id to resume from, for a reconnection
        self.retry: int | None = None  # the server's last reconnection hint, in ms

    def _typed(self, sse: ServerSentEvent) -> StreamEvent[T]:
        self.last_event_id = sse.id
        if sse.retry is not None:
            self.retry = sse.retry
        return StreamEvent(sse.event, self._parse(sse.data), sse.id, sse.retry, sse.data)

    def __repr__(self) -> str:
        request = self.response.request
        return f"<{type(self).__name__} {request.method} {request.url}>"


class Stream(_BaseStream[T]):
    """The events of a `text/event-stream` response, each event's data parsed into `T`.

    Iterate over it for the data; `iter_events()` gives each event with its `event`
    name, `id` and `retry` too. A `[DONE]` event ends it. Leaving a `with` block, or
    `close()`, closes the connection; so does reading to the end.
    """

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[str], T],
        request_id: str | None = None,
    ) -> None:
        super().__init__(response, parse, request_id)
        self._events = self._iterate()

    def _iterate(self) -> Generator[StreamEvent[T], None, None]:
        try:
            for sse in decode(self._chunks()):
                if sse.data == DONE:
                    break
                yield self._typed(sse)
        finally:
            self.response.close()

    def _chunks(self) -> Iterator[bytes]:
        try:
            yield from self.response.iter_bytes()
        except httpx.TransportError as exc:
            raise APIConnectionError(self.response.request, f"The stream broke: {exc}") from exc

    def iter_events(self) -> Iterator[StreamEvent[T]]:
        """Each event with its fields; shares its position with iterating the stream."""
        return self._events

    def __iter__(self) -> Iterator[T]:
        for event in self._events:
            yield event.data

    def __next__(self) -> T:
        return next(self._events).data

    def close(self) -> None:
        """Close the connection; the stream yields nothing more."""
        self._events.close()
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(_BaseStream[T]):
    """`Stream` for the async client: `async for`, `async with`, `await close()`."""

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[str], T],
        request_id: str | None = None,
    ) -> None:
        super().__init__(response, parse, request_id)
        self._events = self._iterate()

    async def _iterate(self) -> AsyncGenerator[StreamEvent[T], None]:
        decoder = SSEDecoder()
        text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        try:
            async for chunk in self._chunks():
                for sse in decoder.feed(text.decode(chunk)):
                    if sse.data == DONE:
                        return
                    yield self._typed(sse)
            for sse in decoder.feed(text.decode(b"", final=True)):
                if sse.data == DONE:
                    return
                yield self._typed(sse)
        finally:
            await self.response.aclose()

    async def _chunks(self) -> AsyncGenerator[bytes, None]:
        try:
            async for chunk in self.response.aiter_bytes():
                yield chunk
        except httpx.TransportError as exc:
            raise APIConnectionError(self.response.request, f"The stream broke: {exc}") from exc

    def iter_events(self) -> AsyncGenerator[StreamEvent[T], None]:
        """Each event with its fields; shares its position with iterating the stream."""
        return self._events

    async def __aiter__(self) -> AsyncGenerator[T, None]:
        async for event in self._events:
            yield event.data

    async def __anext__(self) -> T:
        return (await self._events.__anext__()).data

    async def close(self) -> None:
        """Close the connection; the stream yields nothing more."""
        await self._events.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
