"""Two protections around every response, as plain ASGI middleware: a request-body limit (uploads)
and security headers. The body is counted as it arrives, so a client that lies about or omits
Content-Length still cannot push more than the limit into memory."""
from __future__ import annotations

DEFAULT_LIMIT = 5 * 1024 * 1024

# Defence in depth behind escaping: even if some text slipped through unescaped, the browser runs
# no inline script, loads nothing from elsewhere and may not frame the page.
HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                 b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class BodyTooLarge(Exception):
    """Raised from `receive` once the body passes the limit; the app turns it into HTTP 413."""

    def __init__(self, limit: int):
        super().__init__(limit)
        self.limit = limit


def too_large_message(limit: int) -> str:
    return f"The upload is too large: at most {limit / 1024 / 1024:.0f} MB per request."


class Guard:
    def __init__(self, app, limit: int = DEFAULT_LIMIT):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": list(message.get("headers", [])) + HEADERS}
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > self.limit:
            return await self.reject(scope, send_with_headers)
        received = 0

        async def counting_receive():
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise BodyTooLarge(self.limit)
            return message

        await self.app(scope, counting_receive, send_with_headers)

    async def reject(self, scope, send) -> None:
        """413 before reading the body: a readable page for browsers, JSON for the API."""
        message = too_large_message(self.limit)
        if scope.get("path", "").startswith("/api/"):
            import json
            body, kind = json.dumps({"error": message}).encode(), b"application/json"
        else:
            body = (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>Upload too large</title></head>"
                    f"<body><h1>Upload too large</h1><p>{message}</p><p><a href=\"/extract\">Back to the extract page"
                    f"</a></p></body></html>").encode()
            kind = b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
