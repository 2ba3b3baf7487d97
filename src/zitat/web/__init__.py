"""`zitat serve`: search statements, follow a speaker over time, read every statement in its article,
and try the extractor on pasted text, in a browser; a JSON API (OpenAPI at /openapi.json) behind it.

Modules: app (routes, assembly), pages (HTML), api (JSON), data (what each page shows), highlight
(marked article text), timeline (SVG chart geometry), openapi, guard (upload limit, security
headers), stores (read-only connections per thread), server (the CLI's runner). Needs the `web` extra.
"""
