"""The web application: routes, templates and static files over a read-only store.

    from zitat.web.app import create_app
    app = create_app("zitat.db")      # any ASGI server; `zitat serve` runs it with uvicorn

Pages are rendered on the server (Jinja2, autoescaped); the only script is static/app.js for
hovering and selecting statements, and everything works without it.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from zitat.web import api, pages
from zitat.web.guard import DEFAULT_LIMIT, BodyTooLarge, Guard, too_large_message
from zitat.web.stores import ReadOnlyStores

HERE = Path(__file__).parent


def routes() -> list:
    return [
        Route("/", pages.search), Route("/speakers", pages.speakers),
        Route("/speakers/{entity_id}", pages.speaker), Route("/articles/{article_key}", pages.article),
        Route("/clusters/{cluster_id}", pages.cluster), Route("/extract", pages.extract, methods=["GET", "POST"]),
        Route("/docs", pages.docs), Route("/openapi.json", api.openapi),
        Route("/api/search", api.search), Route("/api/speakers", api.speakers),
        Route("/api/speakers/{entity_id}", api.speaker), Route("/api/articles/{article_key}", api.article),
        Route("/api/clusters/{cluster_id}", api.cluster), Route("/api/extract", api.extract, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]


def templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    env.filters["path"] = lambda value: quote(str(value), safe="")  # an id inside a URL path
    return Jinja2Templates(env=env)


async def too_large(request: Request, exc: BodyTooLarge):
    message = too_large_message(exc.limit)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=413)
    return request.app.state.templates.TemplateResponse(request, "error.html", {
        "title": "Upload too large", "message": message}, status_code=413)


async def server_error(request: Request, exc: Exception):
    # No traceback to the browser: it could show article text or paths; the server log has it.
    return HTMLResponse("<!doctype html><title>Error</title><h1>Internal error</h1>", status_code=500)


def create_app(db_url: str, upload_limit: int = DEFAULT_LIMIT) -> Guard:
    app = Starlette(routes=routes(), exception_handlers={BodyTooLarge: too_large, 500: server_error})
    app.state.stores = ReadOnlyStores(db_url)
    app.state.templates = templates()
    app.state.upload_limit = upload_limit
    return Guard(app, upload_limit)
