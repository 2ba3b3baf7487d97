"""German example articles for the web tests, written for them (invented people and outlets).

Spread over several months so the speaker timeline has bars, with a pronoun speaker ("sagte sie"),
a statement repeated by three outlets (a cluster), and one hostile article whose quotes carry HTML.
"""
from __future__ import annotations

from zitat.model import Article

BERG = [
    ("berg-1", "2025-06-03", "Nordkurier Beispiel", "Berg verteidigt Haushalt",
     "Berlin - Finanzministerin Anna Berg hat den Haushaltsentwurf verteidigt. „Wir bleiben bei der "
     "Schuldenbremse, auch wenn es weh tut“, sagte Berg am Dienstag im Bundestag. Die Opposition kritisierte den "
     "Entwurf. „Das ist ein Haushalt der verpassten Chancen“, sagte der Abgeordnete Jonas Keller."),
    ("berg-2", "2025-07-15", "Südboten Beispiel", "Streit um Schulden",
     "Berlin - Im Streit um neue Schulden bleibt die Regierung hart. „Neue Schulden lösen keine Probleme“, "
     "sagte Finanzministerin Anna Berg der Zeitung. Sie betonte, die Länder müssten selbst sparen. "
     "„Wir werden keine Steuern erhöhen“, sagte sie gegenüber dem Deutschlandfunk. "
     "Sie sagte den Gewerkschaften, die Tarife seien hoch genug."),
    ("berg-3", "2025-09-02", "Westblick Beispiel", "Berg: Keine Steuererhöhungen",
     "Berlin - Finanzministerin Anna Berg schließt Steuererhöhungen aus. „Wir werden keine Steuern erhöhen, "
     "solange ich im Amt bin“, sagte Berg am Dienstag. Die Gewerkschaften forderten dagegen mehr Investitionen."),
    ("berg-4", "2025-09-20", "Nordkurier Beispiel", "Haushalt beschlossen",
     "Berlin - Der Bundestag hat den Haushalt beschlossen. „Das ist ein guter Tag für solide Finanzen“, rief "
     "Finanzministerin Anna Berg den Abgeordneten zu. Laut Berg sollen die Investitionen im nächsten Jahr steigen."),
]
# One wire quote printed by three outlets on three days.
WIRE = [
    (f"wire-{i}", day, outlet, "Bahn kündigt Streik an",
     "Frankfurt (dpa) - Die Gewerkschaft droht mit neuen Streiks. „Die Geduld der Beschäftigten ist am Ende, "
     f"wir werden den Bahnverkehr bundesweit lahmlegen“, sagte Gewerkschaftschef Peter Brandt am {weekday}.")
    for i, (day, outlet, weekday) in enumerate([("2025-08-04", "Nordkurier Beispiel", "Montag"),
                                                ("2025-08-05", "Südboten Beispiel", "Dienstag"),
                                                ("2025-08-06", "Westblick Beispiel", "Mittwoch")], 1)
]
# Untrusted text: HTML inside the quotes, the title and the outlet must show as text and never run.
HOSTILE = [
    ("boese-1", "2025-09-10", "Böse <b>Post</b>", "Angriff <script>document.title='pwned'</script>",
     "Berlin - Ein Sprecher reagierte gelassen. „<script>window.__pwned = 1; document.title = 'pwned'</script> "
     "Wir lassen uns nicht einschüchtern“, sagte Innenminister Karl Vogt am Mittwoch. „Ein Bild "
     "<img src=x onerror='window.__pwned = 2'> sagt mehr als <a href='javascript:void(0)' "
     "onmouseover='window.__pwned = 3' style='position:fixed;inset:0'>tausend Worte</a>“, sagte Vogt weiter."),
]


def articles(groups=(BERG, WIRE, HOSTILE)) -> list[Article]:
    return [Article(text=text, id=id, title=title, published=day, outlet=outlet)
            for group in groups for id, day, outlet, title, text in group]
