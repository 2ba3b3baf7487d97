"""The JSON API described as OpenAPI 3.1, written by hand: six endpoints do not need a framework to
generate it, and a test checks that every API route is described here and every described one exists."""
from __future__ import annotations

from zitat.model import STATEMENT_TYPES


def _param(name: str, where: str, description: str, schema: dict | None = None, required: bool = False) -> dict:
    return {"name": name, "in": where, "required": required or where == "path", "description": description,
            "schema": schema or {"type": "string"}}


_JSON = lambda ref: {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": ref}}}},
                     "404": {"description": "not found", "content": {"application/json": {
                         "schema": {"$ref": "#/components/schemas/Error"}}}}}
_ROW = {"type": "object", "description": "A statement as a flat row (as `zitat search --format jsonl` writes it)",
        "properties": {"id": {"type": "string", "description": "statement key: ARTICLE_KEY:LOCAL_ID"},
                       "article_key": {"type": "string"}, "date": {"type": ["string", "null"]},
                       "outlet": {"type": ["string", "null"]}, "speaker": {"type": ["string", "null"]},
                       "speakers": {"type": "array", "items": {"type": "object"}},
                       "type": {"type": "string", "enum": list(STATEMENT_TYPES)}, "quote": {"type": "string"},
                       "cue": {"type": ["string", "null"]}, "title": {"type": ["string", "null"]},
                       "cluster": {"type": "string"}, "sightings": {"type": "integer"},
                       "statement": {"type": "object", "description": "the statement, data contract v1"}}}


def spec() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {"title": "zitat", "version": "0.1.0",
                 "description": "Read-only access to a zitat statement store, and extraction without storing. "
                                "Every span is [start, end) character offsets into the article text."},
        "paths": {
            "/api/search": {"get": {
                "summary": "Search statements (full text over quotes, with filters), newest first, paginated",
                "parameters": [
                    _param("q", "query", "words that must all occur in the quote"),
                    _param("speaker", "query", "part of the speaker's name, transliteration-tolerant"),
                    _param("outlet", "query", "part of the outlet's name"),
                    _param("type", "query", "statement type", {"type": "string", "enum": list(STATEMENT_TYPES)}),
                    _param("since", "query", "first day, YYYY-MM-DD (the statement's date, else the article's)",
                           {"type": "string", "format": "date"}),
                    _param("until", "query", "last day, YYYY-MM-DD", {"type": "string", "format": "date"}),
                    _param("page", "query", "page number, from 1", {"type": "integer", "minimum": 1}),
                    _param("per_page", "query", "results per page (1-100, default 20)",
                           {"type": "integer", "minimum": 1, "maximum": 100})],
                "responses": _JSON("#/components/schemas/SearchPage")}},
            "/api/speakers": {"get": {
                "summary": "The most quoted speakers",
                "parameters": [_param("top", "query", "how many (1-200, default 50)", {"type": "integer"})],
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
                    "type": "array", "items": {"type": "object"}}}}}}}},
            "/api/speakers/{entity_id}": {"get": {
                "summary": "A speaker: names, roles, timeline, top addressees and outlets, latest statements",
                "parameters": [_param("entity_id", "path", "store-wide speaker id"),
                               _param("unit", "query", "timeline bucket",
                                      {"type": "string", "enum": ["auto", "week", "month"]})],
                "responses": _JSON("#/components/schemas/Speaker")}},
            "/api/articles/{article_key}": {"get": {
                "summary": "An article with all its statements and entities (data contract v1)",
                "parameters": [_param("article_key", "path", "the article key (first part of a statement id)")],
                "responses": _JSON("#/components/schemas/Document")}},
            "/api/clusters/{cluster_id}": {"get": {
                "summary": "Every sighting of a repeated statement, first published first",
                "parameters": [_param("cluster_id", "path", "cluster id (the statement key of its first member)")],
                "responses": _JSON("#/components/schemas/Cluster")}},
            "/api/extract": {"post": {
                "summary": "Extract statements from a text or an uploaded file; nothing is stored",
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
                        "text": {"type": "string"}, "published": {"type": "string", "format": "date"},
                        "title": {"type": "string"}, "outlet": {"type": "string"}}}},
                    "multipart/form-data": {"schema": {"type": "object", "properties": {
                        "text": {"type": "string"}, "published": {"type": "string"},
                        "file": {"type": "string", "format": "binary",
                                 "description": ".txt .html .json .jsonl, optionally .gz"}}}}}},
                "responses": {"200": {"description": "documents and read errors", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Extracted"}}}},
                    "400": {"description": "no text given", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Error"}}}},
                    "413": {"description": "request body over the upload limit (5 MB unless configured)"}}}},
        },
        "components": {"schemas": {
            "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
            "Statement": _ROW,
            "SearchPage": {"type": "object", "properties": {
                "query": {"type": "object"}, "total": {"type": "integer"}, "page": {"type": "integer"},
                "per_page": {"type": "integer"}, "pages": {"type": "integer"},
                "results": {"type": "array", "items": {"$ref": "#/components/schemas/Statement"}}}},
            "Speaker": {"type": "object", "properties": {
                "speaker": {"type": "object", "description": "id, name, kind, wikidata, roles, aliases, counts"},
                "unit": {"type": "string", "enum": ["week", "month"]},
                "timeline": {"type": "array", "items": {"type": "object", "properties": {
                    "period": {"type": "string", "description": "first day of the week or month"},
                    "count": {"type": "integer"}}}},
                "addressees": {"type": "array", "items": {"type": "object"}},
                "outlets": {"type": "array", "items": {"type": "object"}},
                "latest": {"type": "array", "items": {"$ref": "#/components/schemas/Statement"}}}},
            "Document": {"type": "object", "description": "article, statements, entities (data contract v1)",
                         "properties": {"article_key": {"type": "string"}, "article": {"type": "object"},
                                        "statements": {"type": "array", "items": {"type": "object"}},
                                        "entities": {"type": "array", "items": {"type": "object"}}}},
            "Cluster": {"type": "object", "properties": {
                "cluster": {"type": "string"},
                "sightings": {"type": "array", "items": {"$ref": "#/components/schemas/Statement"}}}},
            "Extracted": {"type": "object", "properties": {
                "documents": {"type": "array", "items": {"$ref": "#/components/schemas/Document"}},
                "errors": {"type": "array", "items": {"type": "string"}}, "stored": {"type": "boolean", "const": False}}},
        }},
    }
