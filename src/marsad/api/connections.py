"""Slow and greedy clients, handled where the connection is: uvicorn's HTTP/1.1 protocol (h11) with

- a header timeout: a connection whose request line and headers have not all arrived within
  `header_timeout` seconds (of its opening, or of the previous response) gets 408 and is closed;
  this also ends idle keep-alive connections that trickle bytes (uvicorn's own keep-alive
  timer stops at the first byte);
- a cap on open connections per client address: beyond `max_per_client`, a new connection
  gets 429 and is closed at once.

The body timeout is the application's (`limits.BodyLimit`), which reads the body. Responses
written here carry the same error shape and security headers as the application's.
"""
from __future__ import annotations

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .defaults import DEFAULT_HEADER_TIMEOUT, DEFAULT_MAX_PER_CLIENT
from .errors import error_payload
from .headers import DEFAULT_HEADERS



def raw_error(status: int, reason: str, code: str, message: str) -> bytes:
    """A complete HTTP/1.1 error response (JSON, connection closed), for the protocol to write."""
    body = json.dumps(error_payload(status, code, message)).encode()
    head = [f"HTTP/1.1 {status} {reason}".encode(), b"content-type: application/json",
            b"content-length: " + str(len(body)).encode(), b"connection: close",
            *(k + b": " + v for k, v in DEFAULT_HEADERS)]
    return b"\r\n".join(head) + b"\r\n\r\n" + body


def guarded_protocol(header_timeout: float | None = DEFAULT_HEADER_TIMEOUT,
                     max_per_client: int | None = DEFAULT_MAX_PER_CLIENT) -> type[H11Protocol]:
    """The protocol class for `uvicorn.Config(http=...)`; its per-client counts are its own (one server)."""
    open_by_client: dict[str, int] = {}

    class GuardedH11Protocol(H11Protocol):
        _client_key: str | None = None
        _header_timer = None
        _partial = False

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            key = self.client[0] if self.client else "unknown"
            if max_per_client and open_by_client.get(key, 0) >= max_per_client:
                self.transport.write(raw_error(429, "Too Many Requests", "too_many_connections",
                                               f"{key} already has {max_per_client} connections open"))
                self.transport.close()
                return
            open_by_client[key] = open_by_client.get(key, 0) + 1
            self._client_key = key
            self._arm()

        def connection_lost(self, exc) -> None:
            self._disarm()
            key, self._client_key = self._client_key, None
            if key is not None:
                left = open_by_client.get(key, 1) - 1
                if left > 0:
                    open_by_client[key] = left
                else:
                    open_by_client.pop(key, None)
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self.conn.their_state is h11.IDLE:
                self._partial = True
            super().data_received(data)

        def handle_events(self) -> None:
            super().handle_events()
            if self.conn.their_state is not h11.IDLE:     # a request's headers are in
                self._disarm()
                self._partial = False

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
                self._arm()

        def send_400_response(self, msg: str) -> None:
            self.transport.write(raw_error(400, "Bad Request", "bad_request", msg))
            self.transport.close()

        def _arm(self) -> None:
            self._disarm()
            if header_timeout:
                self._header_timer = self.loop.call_later(header_timeout, self._header_timeout)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _header_timeout(self) -> None:
            self._header_timer = None
            if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
                return
            if self._partial:
                self.transport.write(raw_error(408, "Request Timeout", "timeout",
                                               f"request headers not received within {header_timeout:g} s"))
            self.transport.close()

    return GuardedH11Protocol
