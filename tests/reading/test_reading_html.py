from zitat.model import Article
from zitat.reading import ReadError, read_bytes
from zitat.reading.html import declared_charset

ABSÄTZE = [
    "Die Bundesregierung will das Rentensystem grundlegend umbauen. Das kündigte die zuständige "
    "Ministerin am Freitag in Berlin an.",
    "Die Ministerin sagte: „Wir handeln jetzt, weil wir nicht länger warten können.“ Kritik kam "
    "umgehend von der Opposition.",
    "Der Fraktionschef der Opposition erklärte, die Pläne seien „unausgegoren und unsozial“. Man werde "
    "im Bundestag dagegen stimmen.",
]

SEITE = f"""<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Regierung kündigt Rentenreform an | Rheinische Rundschau</title>
  <meta property="og:site_name" content="Rheinische Rundschau">
  <meta name="date" content="2025-03-14">
  <link rel="canonical" href="https://www.rundschau.example/politik/rentenreform">
</head>
<body>
  <nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li>
    <li><a href="/sport">Sport</a></li></ul></nav>
  <div class="werbung">Jetzt abonnieren und sparen!</div>
  <article>
    <h1>Regierung kündigt Rentenreform an</h1>
    <p>{ABSÄTZE[0]}</p>
    <p>{ABSÄTZE[1]}</p>
    <p>{ABSÄTZE[2]}</p>
  </article>
  <footer><p>© 2025 Rheinische Rundschau. Impressum · Datenschutz · Kontakt</p></footer>
</body>
</html>
"""


def read_one(data: bytes, source: str = "seiten/rente.html"):
    results = list(read_bytes(data, source))
    assert len(results) == 1
    return results[0]


def test_article_page_gives_text_and_metadata():
    article = read_one(SEITE.encode())
    assert isinstance(article, Article)
    assert article.id == "rente"
    assert article.title == "Regierung kündigt Rentenreform an"
    assert article.outlet == "Rheinische Rundschau"
    assert article.published == "2025-03-14"
    assert article.url == "https://www.rundschau.example/politik/rentenreform"
    for absatz in ABSÄTZE:
        assert absatz in article.text
    for boilerplate in ("Startseite", "abonnieren", "Impressum"):
        assert boilerplate not in article.text


def test_paragraphs_are_separated_by_a_blank_line():
    text = read_one(SEITE.encode()).text
    assert "\n\n".join(ABSÄTZE) in text


def test_line_break_inside_a_paragraph_stays_a_single_newline():
    page = SEITE.replace(f"<p>{ABSÄTZE[2]}</p>", f"<p>{ABSÄTZE[2]}<br>Berlin, 14. März</p>")
    assert ABSÄTZE[2] + "\nBerlin, 14. März" in read_one(page.encode()).text


def test_declared_latin1_is_read_as_windows_1252():
    page = SEITE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" '
                                                   'content="text/html; charset=ISO-8859-1">')
    data = page.encode("cp1252")
    assert declared_charset(data) == "cp1252"
    assert ABSÄTZE[1] in read_one(data).text


def test_undeclared_charset_defaults_to_utf8():
    assert declared_charset(b"<html><body><p>Hallo</p></body></html>") is None
    page = SEITE.replace('<meta charset="utf-8">', "")
    assert ABSÄTZE[0] in read_one(page.encode()).text


def test_broken_html_does_not_raise():
    garbage = ("<html><body><div><p>Die Ministerin sagte: „Wir handeln jetzt.“<div><span>offen "
               "<b>fett <<<>>> &&& </p></html <script>alert(").encode() + b"\xff\xfe"
    result = read_one(garbage)
    assert isinstance(result, Article | ReadError)


def test_page_without_main_text_is_a_read_error():
    page = b"<html><head><title>Leer</title></head><body><script>var x = 1;</script></body></html>"
    assert read_one(page) == ReadError("seiten/rente.html", "no main text found in HTML")


def test_empty_html_file():
    assert read_one(b"  \n") == ReadError("seiten/rente.html", "empty file")
