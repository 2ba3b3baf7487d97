"""A real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright; nothing is downloaded)
through the pages: search, a speaker with its chart, an article with highlights, paste-and-extract,
and a hostile article that must not run. Skips when no Chromium binary is installed.

Screenshots go to a temp folder, or to $ZITAT_WEB_SCREENSHOTS (e.g. docs/) to refresh the README's.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from web_extra import require

require()
CHROMIUM = next((p for p in (os.environ.get("ZITAT_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                             shutil.which("chromium-browser")) if p and os.path.exists(p)), None)
if CHROMIUM is None:
    pytest.skip("no Chromium binary (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (test extra)")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_default_timeout(10_000)
    yield page
    context.close()
    assert not errors, errors  # no script error on any page


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("ZITAT_WEB_SCREENSHOTS")
    return Path(folder) if folder else tmp_path_factory.mktemp("screenshots")


def test_search(page, shots):
    page.goto("/")
    page.fill("input[name=q]", "Steuern")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=Steuern*")
    cards = page.locator("article.card")
    assert cards.count() >= 2
    assert "Anna Berg" in cards.first.inner_text() and "Finanzministerin" in cards.first.inner_text()
    url = page.url  # a search is shared by its address
    page.goto("/")
    page.goto(url)
    assert page.locator("input[name=q]").input_value() == "Steuern" and page.locator("article.card").count() >= 2
    page.goto("/?per_page=3")
    first = page.locator("article.card blockquote").all_inner_texts()
    page.click("a[rel=next]")
    assert "page=2" in page.url and page.locator("article.card blockquote").all_inner_texts() != first
    page.goto("/?q=Geduld")
    page.screenshot(path=shots / "screenshot-search.png", full_page=True)
    page.click("a.sightings")
    assert page.locator("h1").inner_text() == "Where this statement appeared"
    assert page.locator("ol.sightings-list > li").count() == 3
    page.screenshot(path=shots / "screenshot-cluster.png", full_page=True)


def test_speaker_page_with_chart(page, shots):
    page.goto("/?speaker=Anna+Berg")
    page.locator("article.card .speaker a", has_text="Anna Berg").first.click()
    page.wait_for_url("**/speakers/**")
    assert page.locator("h1").inner_text() == "Anna Berg"
    bars = page.locator("svg.timeline rect.bar")
    assert bars.count() >= 4
    assert max(float(bars.nth(i).get_attribute("height")) for i in range(bars.count())) > 50
    assert page.locator("svg.timeline").bounding_box()["width"] > 300  # drawn, not collapsed
    assert "den Gewerkschaften" in page.inner_text("body")
    page.click("text=month")
    assert page.locator("svg.timeline rect.bar").count() == 4
    page.screenshot(path=shots / "screenshot-speaker.png", full_page=True)


def test_article_with_highlights(page, shots):
    page.goto("/?q=Tarife")
    page.locator("article.card .meta a", has_text="Streit um Schulden").click()
    page.wait_for_url("**/articles/**")
    for role in ("quote", "cue", "speaker", "via", "addressee"):
        assert page.locator(f".text mark.hl-{role}").count() >= 1, role
        assert page.locator(f".legend .hl-{role}").is_visible()
    colours = {page.locator(f".text mark.hl-{r}").first.evaluate("e => getComputedStyle(e).backgroundColor")
               for r in ("quote", "cue", "speaker", "via", "addressee")}
    assert len(colours) == 5  # distinct colours per part
    mark = page.locator(".text mark.hl-quote", has_text="Wir werden keine Steuern").first
    mark.hover()
    tip = page.locator(".tip")
    assert tip.is_visible() and "sie → Anna Berg" in tip.inner_text()  # the pronoun's resolution
    mark.click()
    statement = mark.get_attribute("data-s").split()[0]
    assert "active" in page.locator(f"#st-{statement}").get_attribute("class")
    page.screenshot(path=shots / "screenshot-article.png", full_page=True)


def test_paste_and_extract(page, shots, web_db):
    from zitat.store import Store
    with Store(web_db) as store:
        before = store.count("articles")
    page.goto("/extract")
    page.fill("textarea[name=text]", "Hamburg - Die Hafenarbeiter streiken weiter. „Wir geben nicht auf“, sagte "
              "Verdi-Verhandlungsführerin Maren Kühl am Mittwoch. Sie sagte den Arbeitgebern, das Angebot sei zu "
              "niedrig.")
    page.click("button[type=submit]")
    page.wait_for_selector(".text mark.hl-quote")
    assert page.locator(".text mark.hl-quote", has_text="Wir geben nicht auf").count() == 1
    assert "Maren Kühl" in page.inner_text("aside.statements")
    assert "Wir geben nicht auf" in page.locator("textarea").input_value()  # the text stays for editing
    page.screenshot(path=shots / "screenshot-extract.png", full_page=True)
    with Store(web_db) as store:
        assert store.count("articles") == before  # nothing stored


def test_api_docs_page(page, shots):
    page.goto("/docs")
    assert page.locator("section.endpoint").count() == 6
    assert page.request.get("/openapi.json").json()["openapi"].startswith("3.")
    page.screenshot(path=shots / "screenshot-api.png", full_page=True)


def test_hostile_text_never_runs(page):
    page.goto("/?q=einschüchtern")
    page.locator("article.card a[href^='/articles/']").first.click()
    page.wait_for_url("**/articles/**")
    for mark in page.locator(".text mark").all():
        mark.hover()
        mark.click()
    page.mouse.move(5, 5)
    page.goto(page.url)  # a second load, after hovering everything
    assert page.evaluate("window.__pwned") is None
    assert page.title() == "Angriff <script>document.title='pwned'</script> · zitat"  # text, not run
    assert page.locator(".text script, .text img, .text a, aside script, aside img").count() == 0
    assert "<script>window.__pwned = 1" in page.inner_text(".text")  # shown as text
    assert "<img src=x onerror='window.__pwned = 2'>" in page.inner_text(".text")
    page.goto("/extract")
    page.fill("textarea[name=text]", "„<script>window.__pwned = 4</script><img src=x onerror='window.__pwned = 5'> "
              "Nein“, sagte Innenminister Karl Vogt.")
    page.click("button[type=submit]")
    page.wait_for_selector(".text")
    for mark in page.locator(".text mark").all():
        mark.hover()
    assert page.evaluate("window.__pwned") is None and "<script>" in page.inner_text(".text")
