"""Security headers on every response (JSON, pages, static files, errors, limits), as ASGI middleware.

Pages set their own Content-Security-Policy (`web/render.py`: same-origin scripts and styles); any
other response gets one that allows nothing, so a JSON body or an uploaded-looking file can never
run as a page. `X-Content-Type-Options: nosniff` stops browsers guessing a type from the bytes.
"""
from __future__ import annotations

# For responses that are not pages: nothing may load, nothing may frame them.
NOTHING_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

DEFAULT_HEADERS = ((b"x-content-type-options", b"nosniff"),
                   (b"content-security-policy", NOTHING_CSP.encode()),
                   (b"referrer-policy", b"no-referrer"))


def add_security_headers(headers: list) -> list:
    """`headers` (ASGI pairs) with every default header the response does not set itself."""
    present = {bytes(k).lower() for k, _ in headers}
    return [*headers, *((k, v) for k, v in DEFAULT_HEADERS if k not in present)]


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": add_security_headers(list(message.get("headers") or []))}
            await send(message)

        return await self.app(scope, receive, send_with_headers)
