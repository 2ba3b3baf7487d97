"""The JSON API and the server-rendered pages, in process: data, pagination, escaping, read-only,
upload limit, OpenAPI completeness, and `zitat serve`'s safe defaults."""
from __future__ import annotations

import pytest
from web_extra import require

require()

from starlette.routing import Route  # noqa: E402

from zitat.store import Store  # noqa: E402


def test_search_filters_and_pagination(client):
    everything = client.get("/api/search").json()
    assert everything["total"] >= 15 and everything["page"] == 1
    first = client.get("/api/search", params={"speaker": "Berg", "per_page": 3}).json()
    second = client.get("/api/search", params={"speaker": "Berg", "per_page": 3, "page": 2}).json()
    assert first["total"] == second["total"] >= 6 and first["pages"] >= 2
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}
    assert all(any(s["name"] == "Anna Berg" for s in r["speakers"]) for r in first["results"])
    found = client.get("/api/search", params={"q": "Steuern", "outlet": "westblick", "type": "direct",
                                              "since": "2025-09-01", "until": "2025-09-30"}).json()
    assert [r["outlet"] for r in found["results"]] == ["Westblick Beispiel"]
    assert found["results"][0]["quote"].startswith("Wir werden keine Steuern erhöhen")


def test_bad_parameters_are_cleaned_not_errors(client):
    r = client.get("/api/search", params={"page": "abc", "per_page": "10000", "type": "bogus", "since": "gestern"})
    assert r.status_code == 200
    assert r.json()["query"] == {"q": None, "speaker": None, "outlet": None, "type": None, "since": None,
                                 "until": None, "page": 1, "per_page": 100}


def test_search_page_keeps_the_query_in_links(client):
    html = client.get("/", params={"speaker": "Berg", "per_page": 2}).text
    assert 'href="/?speaker=Berg&amp;per_page=2&amp;page=2"' in html
    assert 'value="Berg"' in html


def test_speaker_profile(client):
    berg = next(s for s in client.get("/api/speakers").json() if s["name"] == "Anna Berg")
    profile = client.get(f"/api/speakers/{berg['id']}").json()
    assert profile["speaker"]["roles"] == ["Finanzministerin"]
    assert sum(p["count"] for p in profile["timeline"]) == profile["speaker"]["statements"]
    assert profile["timeline"][0]["period"] <= profile["timeline"][-1]["period"]
    months = client.get(f"/api/speakers/{berg['id']}", params={"unit": "month"}).json()
    assert months["unit"] == "month" and [p["period"] for p in months["timeline"]] == [
        "2025-06-01", "2025-07-01", "2025-08-01", "2025-09-01"]  # August has no statement: a zero bar
    assert {a["addressee"] for a in profile["addressees"]} >= {"den Gewerkschaften"}
    assert profile["outlets"][0]["statements"] >= profile["outlets"][-1]["statements"]
    assert [r["date"] for r in profile["latest"]] == sorted((r["date"] for r in profile["latest"]), reverse=True)
    page = client.get(f"/speakers/{berg['id']}").text
    assert page.count('class="bar"') == len(profile["timeline"]) and "Finanzministerin" in page


def test_cluster_lists_first_sighting_first(client):
    row = client.get("/api/search", params={"q": "Geduld Beschäftigten"}).json()["results"][0]
    assert row["sightings"] == 3
    sightings = client.get(f"/api/clusters/{row['cluster']}").json()["sightings"]
    assert [s["published"] for s in sightings] == ["2025-08-04", "2025-08-05", "2025-08-06"]
    assert client.get(f"/clusters/{row['cluster']}").text.count('class="card') == 3


def test_article_round_trips_the_document(client):
    row = client.get("/api/search", params={"q": "Tarife"}).json()["results"][0]
    doc = client.get(f"/api/articles/{row['article_key']}").json()
    assert doc["article"]["id"] == "berg-2"
    for s in doc["statements"]:
        for start, end in s["quote"]["spans"]:
            assert doc["article"]["text"][start:end] in s["quote"]["text"]
    html = client.get(f"/articles/{row['article_key']}").text
    assert 'class="hl hl-via"' in html and 'class="hl hl-addressee"' in html
    assert "sie → Anna Berg" in html  # a pronoun speaker shows whom it was resolved to


def test_unknown_ids_are_404(client):
    for url in ("/api/speakers/nobody", "/api/articles/0000", "/api/clusters/x:s1"):
        assert client.get(url).status_code == 404 and "error" in client.get(url).json()
    page = client.get("/articles/%3Cscript%3E")
    assert page.status_code == 404 and "<script>" not in page.text.split("</head>")[1]


def test_hostile_article_is_escaped(client):
    row = client.get("/api/search", params={"q": "einschüchtern"}).json()["results"][0]
    for url in (f"/articles/{row['article_key']}", "/?q=einschüchtern", f"/speakers/{row['speakers'][0]['id']}"):
        html = client.get(url).text
        body = html.split("<body>")[1]
        assert "<script>window" not in body and "<img" not in body and "<b>Post" not in body, url
        assert "&lt;script&gt;" in body or "&lt;b&gt;Post" in body, url
    assert "<title>Angriff &lt;script&gt;" in client.get(f"/articles/{row['article_key']}").text


def test_security_headers(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_extract_does_not_store(client, web_db):
    with Store(web_db) as store:
        before = (store.count("articles"), store.count("statements"))
    r = client.post("/api/extract", json={"text": "„Wir bleiben hart“, sagte Kanzlerin Anna Berg am Donnerstag.",
                                          "published": "2025-09-05"})
    assert r.status_code == 200 and r.json()["stored"] is False
    statement = r.json()["documents"][0]["statements"][0]
    assert statement["quote"]["text"] == "Wir bleiben hart" and statement["said_at"]["date"] == "2025-09-04"
    page = client.post("/extract", data={"text": "„Wir bleiben hart“, sagte Kanzlerin Anna Berg."},
                       files={"file": ("", b"")})
    assert page.status_code == 200 and 'class="hl hl-quote"' in page.text
    upload = client.post("/api/extract", files={"file": ("a.jsonl", '{"text": "„Nein“, sagte Anna Berg."}\n'
                                                                   'kaputt\n'.encode())})
    assert len(upload.json()["documents"]) == 1 and "a.jsonl:2" in upload.json()["errors"][0]
    assert client.post("/api/extract", json={"text": " "}).status_code == 400
    with Store(web_db) as store:
        assert (store.count("articles"), store.count("statements")) == before


def test_no_endpoint_writes(client, web_db):
    for url in ("/", "/api/search", "/api/articles/x", "/speakers"):
        assert client.post(url).status_code == 405
    db = client.app.app.state.stores.get()  # the connection the pages use refuses writes outright
    with pytest.raises(Exception, match="readonly|read-only"):
        db.execute("DELETE FROM articles")


def test_upload_limit_gives_413_with_a_readable_page(web_db):
    from starlette.testclient import TestClient
    from zitat.web.app import create_app
    small = TestClient(create_app(web_db, upload_limit=1000))
    page = small.post("/extract", files={"file": ("big.txt", b"x" * 5000)})
    assert page.status_code == 413 and "Upload too large" in page.text and "at most" in page.text
    api = small.post("/api/extract", content=b"y" * 5000, headers={"content-type": "application/json"})
    assert api.status_code == 413 and "too large" in api.json()["error"]

    def chunks():  # no Content-Length: the body is counted as it arrives
        for _ in range(10):
            yield b"z" * 500
    streamed = small.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_openapi_describes_every_api_route(client):
    spec = client.get("/openapi.json").json()
    routes = {r.path for r in client.app.app.routes if isinstance(r, Route) and r.path.startswith("/api/")}
    assert set(spec["paths"]) == routes
    docs = client.get("/docs").text
    assert all(path in docs for path in routes)


def test_serve_binds_loopback_by_default_and_warns_otherwise(monkeypatch, capsys, web_db, tmp_path):
    import uvicorn
    from zitat.cli import build_parser, main
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    assert main(["serve", "--db", web_db, "--port", "8123"]) == 0
    assert calls[-1]["host"] == "127.0.0.1" and "http://127.0.0.1:8123/" in capsys.readouterr().err
    assert main(["serve", "--db", web_db, "--host", "0.0.0.0"]) == 0
    assert calls[-1]["host"] == "0.0.0.0" and "warning" in capsys.readouterr().err
    assert main(["serve", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no such store" in capsys.readouterr().err and not (tmp_path / "missing.db").exists()
