"""The HTML pages: each fetches its data through zitat.web.data and renders one template."""
from __future__ import annotations

from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from zitat.model import STATEMENT_TYPES
from zitat.web import data
from zitat.web.highlight import LEGEND, highlight, statement_fields
from zitat.web.openapi import spec
from zitat.web.timeline import chart


def render(request: Request, name: str, status: int = 200, **context):
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


def _db(request: Request):
    return request.app.state.stores.get()


def not_found(request: Request, what: str):
    return render(request, "error.html", 404, title="Not found", message=f"No {what} with this id in the store.")


def page_url(query: dict, page: int) -> str:
    """The search URL for another page of the same query: a search can be shared by its address."""
    params = {k: v for k, v in query.items() if v and k not in ("page", "per_page")}
    if query.get("per_page") != data.PER_PAGE:
        params["per_page"] = query["per_page"]
    return "/?" + urlencode({**params, "page": page})


def search(request: Request):
    query = data.search_params(request.query_params)
    found = data.search(_db(request), query)
    pages = {"prev": page_url(query, found["page"] - 1) if found["page"] > 1 else None,
             "next": page_url(query, found["page"] + 1) if found["page"] < found["pages"] else None}
    from zitat.store import views
    top = views.top_speakers(_db(request), 12) if not any(query[k] for k in ("q", "speaker", "outlet")) else []
    return render(request, "search.html", found=found, query=query, types=STATEMENT_TYPES, pages=pages,
                  top=top, api="/api/search?" + urlencode({k: v for k, v in query.items() if v}))


def speakers(request: Request):
    from zitat.store import views
    return render(request, "speakers.html", speakers=views.top_speakers(_db(request), 200))


def speaker(request: Request):
    entity_id = request.path_params["entity_id"]
    found = data.speaker(_db(request), entity_id, request.query_params.get("unit"))
    if found is None:
        return not_found(request, "speaker")
    return render(request, "speaker.html", **found, chart=chart(found["timeline"], found["unit"]))


def documents_view(docs) -> list[dict]:
    """What the shared highlighting partial needs per document."""
    return [{"doc": d, "html": highlight(d), "statements": [(s, statement_fields(d, s)) for s in d.statements]}
            for d in docs]


def article(request: Request):
    from zitat.store.documents import load_document
    key = request.path_params["article_key"]
    doc = load_document(_db(request), key)
    if doc is None:
        return not_found(request, "article")
    return render(request, "article.html", key=key, view=documents_view([doc])[0], legend=LEGEND)


def cluster(request: Request):
    found = data.cluster(_db(request), request.path_params["cluster_id"])
    if found is None:
        return not_found(request, "cluster")
    return render(request, "cluster.html", **found)


async def read_extract_form(request: Request):
    """(documents, read errors, problem) from the extract form: an uploaded file wins over pasted text."""
    form = await request.form(max_part_size=request.app.state.upload_limit)
    published = form.get("published") if isinstance(form.get("published"), str) else None
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        raw = await upload.read()
        if raw:
            docs, errors, _ = await run_in_threadpool(data.extract_upload, raw, upload.filename, published)
            return docs, errors, None
    text = form.get("text") if isinstance(form.get("text"), str) else ""
    if not text.strip():
        return [], [], "Paste a text or choose a file."
    doc = await run_in_threadpool(data.extract_text, text.replace("\r\n", "\n"), published)
    return [doc], [], None


async def extract(request: Request):
    if request.method == "GET":
        return render(request, "extract.html", views=[], errors=[], problem=None, text="", legend=LEGEND)
    form_text = ""
    docs, errors, problem = await read_extract_form(request)
    form = await request.form()  # cached by Starlette: the same parsed form, to refill the text box
    if isinstance(form.get("text"), str):
        form_text = form["text"]
    return render(request, "extract.html", 400 if problem else 200, views=documents_view(docs), errors=errors,
                  problem=problem, text=form_text, legend=LEGEND)


def docs(request: Request):
    return render(request, "docs.html", spec=spec())
