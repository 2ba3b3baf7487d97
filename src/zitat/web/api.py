"""The JSON API: the same data functions as the pages (zitat.web.data), as JSON. Read-only except
/api/extract, which extracts and returns without storing."""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from zitat.web import data
from zitat.web.openapi import spec


def _db(request: Request):
    return request.app.state.stores.get()


def not_found(what: str) -> JSONResponse:
    return JSONResponse({"error": f"{what} not found"}, status_code=404)


def search(request: Request):
    return JSONResponse(data.search(_db(request), data.search_params(request.query_params)))


def speakers(request: Request):
    from zitat.store import views
    top = data._int(request.query_params.get("top"), 50, 1, 200)
    return JSONResponse(views.top_speakers(_db(request), top))


def speaker(request: Request):
    found = data.speaker(_db(request), request.path_params["entity_id"], request.query_params.get("unit"))
    return JSONResponse(found) if found else not_found("speaker")


def article(request: Request):
    from zitat.store.documents import load_document
    key = request.path_params["article_key"]
    doc = load_document(_db(request), key)
    return JSONResponse({"article_key": key, **doc.to_dict()}) if doc else not_found("article")


def cluster(request: Request):
    found = data.cluster(_db(request), request.path_params["cluster_id"])
    return JSONResponse(found) if found else not_found("cluster")


async def extract(request: Request):
    kind = request.headers.get("content-type", "")
    if kind.startswith("application/json"):
        try:
            body = await request.json()
        except ValueError:
            return JSONResponse({"error": "the body is not valid JSON"}, status_code=400)
        if not isinstance(body, dict) or not isinstance(body.get("text"), str) or not body["text"].strip():
            return JSONResponse({"error": "expected a JSON object with a non-empty \"text\""}, status_code=400)
        field = lambda name: body.get(name) if isinstance(body.get(name), str) else None
        doc = await run_in_threadpool(data.extract_text, body["text"], field("published"), field("title"),
                                      field("outlet"))
        return JSONResponse({"documents": [doc.to_dict()], "errors": [], "stored": False})
    from zitat.web.pages import read_extract_form
    docs, errors, problem = await read_extract_form(request)
    if problem:
        return JSONResponse({"error": problem}, status_code=400)
    return JSONResponse({"documents": [d.to_dict() for d in docs], "errors": errors, "stored": False})


def openapi(request: Request):
    return JSONResponse(spec())
