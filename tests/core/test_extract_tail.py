"""What follows an article's last paragraph (self-written pages, English and German): a
section whose one paragraph is a row of links to the site's own stories, a cue left
as the last line, a section of contact cards (Spanish too)."""

from __future__ import annotations

from ekreader.core.extract.article import extract_article
from tests.core.test_extract import GAZETTE, _gazette, _headings, _paragraphs

_HAFEN = [
    "Das Hafenamt hat am Dienstag bestätigt, dass die alte Drehbrücke bis zum Monatsende "
    "gesperrt bleibt, während Taucher die Pfeiler auf Sturmschäden untersuchen.",
    "Die Fischer sagen, die Sperrung koste sie jeden Morgen eine Stunde, weil die Boote nun "
    "durch die nördliche Fahrrinne auslaufen müssen, die bei Ebbe eng und flach ist.",
    "Die Ingenieure des Kreises hoffen, die Untersuchung binnen zehn Tagen abzuschließen; "
    "nötige Reparaturen würden im Sommer geplant, wenn auf dem Wasser weniger los ist.",
    "Die Anwohner am Kai wurden gebeten, die Slipanlage für den Messponton freizuhalten, der "
    "am Donnerstag eintrifft und eine Woche neben der Rettungsstation liegt.",
]
KURIER = "https://hafenkurier.example/lokales/drehbruecke"


def _kurier(body: str) -> str:
    """A German news page: navigation, the headline, the article's body, a footer."""
    return (
        "<html lang='de'><head><title>Drehbrücke bleibt gesperrt</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/lokales'>Lokales</a></nav><main><article>"
        f"<h1>Drehbrücke bleibt gesperrt</h1><div class='inhalt'>{body}</div></article></main>"
        "<footer><p>Hafenkurier 2024</p></footer></body></html>"
    )


def _row(*links: tuple[str, str]) -> str:
    """One line holding nothing but links, side by side (no list, no <br>)."""
    return "<p>" + " ".join(f"<a href='{href}'>{text}</a>" for href, text in links) + "</p>"


def test_a_paragraph_of_links_to_the_sites_stories_after_the_article_goes():
    """After the article's last paragraph, a heading over one paragraph of three links to
    the site's own stories, side by side on one line, is a block of teasers: it goes,
    heading and all, as a list of three such links would (the links of the line are
    counted, not the line). The headings are no end-of-article cue: structure alone."""
    more = "<h2>Life on the quay</h2>" + _row(
        ("/news/ferry-timetable", "Winter ferry timetable published"),
        ("/news/lifeboat-crew", "Lifeboat crew honoured at the town hall"),
        ("/news/fish-market", "Fish market moves to the east quay"),
    )
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", _paragraphs() + more), GAZETTE)
    assert "Life on the quay" not in _headings(doc)
    assert "Winter ferry timetable" not in doc.text
    assert "lifeboat station for a week" in doc.text

    mehr = "<h3>Leben am Kai</h3>" + _row(
        ("/lokales/faehre", "Neuer Winterfahrplan für die Fähre"),
        ("/lokales/fischmarkt", "Fischmarkt zieht an den Ostkai"),
    )
    doc = extract_article(_kurier("".join(f"<p>{p}</p>" for p in _HAFEN) + mehr), KURIER)
    assert "Leben am Kai" not in _headings(doc)
    assert "Winterfahrplan" not in doc.text
    assert "neben der Rettungsstation liegt" in doc.text


def test_links_to_other_sites_or_inside_a_sentence_after_the_article_stay():
    """Links that leave the site are the article's sources, and a sentence with links in
    it is text: both stay with their heading."""
    quellen = "<h3>Dokumente</h3>" + _row(
        ("https://kreis.example/gutachten.pdf", "Gutachten des Kreises zur Drehbrücke"),
        ("https://wasseramt.example/pegel", "Pegelstände der Fahrrinne"),
    )
    doc = extract_article(_kurier("".join(f"<p>{p}</p>" for p in _HAFEN) + quellen), KURIER)
    assert "Gutachten des Kreises" in doc.text
    assert "Dokumente" in _headings(doc)

    sentence = (
        "<h2>Before you sail</h2><p>Skippers should read the <a href='/news/tides'>new tide "
        "tables</a> and the <a href='/news/channel'>notice on the northern channel</a> before "
        "they leave the harbour this week, the harbour master said.</p>"
    )
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", _paragraphs() + sentence), GAZETTE)
    assert "Before you sail" in _headings(doc)
    assert "notice on the northern channel" in doc.text


_NOTICIA = [
    "La autoridad portuaria confirmó el martes que el viejo puente giratorio seguirá cerrado "
    "hasta fin de mes, mientras los buzos revisan los pilares tras los temporales.",
    "Los pescadores dicen que el cierre les cuesta una hora cada mañana, porque los barcos "
    "deben salir ahora por el canal norte, que es estrecho y poco profundo con marea baja.",
    "Los ingenieros de la provincia esperan terminar la inspección en diez días; las "
    "reparaciones, si hacen falta, se harán en verano, cuando hay menos tráfico en el agua.",
]
DIARIO = "https://diario.example/local/puente-giratorio"


def _diario(body: str) -> str:
    """A Spanish news page: the headline, the article's body, a footer."""
    return (
        "<html lang='es'><head><title>El puente giratorio sigue cerrado</title></head><body>"
        "<main><article><h1>El puente giratorio sigue cerrado</h1>"
        f"<div class='nota'>{body}</div></article></main>"
        "<footer><p>Diario del Puerto 2024</p></footer></body></html>"
    )


def test_a_cue_or_a_label_left_as_the_articles_last_line_goes():
    """The line that announced the tags or teasers after the article ("Schlagwörter" or
    "Related stories", in a box of its own; "Temas") is its last line once they are gone: it goes. The text before
    it stays."""
    box = "<div class='box'><div class='inner'><br><p>Schlagwörter</p></div></div>"
    page = _kurier("".join(f"<p>{p}</p>" for p in _HAFEN) + box)
    doc = extract_article(page, KURIER)
    assert "Schlagwörter" not in doc.text
    assert doc.text.endswith("neben der Rettungsstation liegt.")

    related = "<div class='more'><div class='inner'><br><p>Related stories</p></div></div>"
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", _paragraphs() + related), GAZETTE)
    assert "Related stories" not in doc.text
    assert doc.text.endswith("lifeboat station for a week.")

    temas = "<p class='temas'>Temas</p>"
    doc = extract_article(_diario("".join(f"<p>{p}</p>" for p in _NOTICIA) + temas), DIARIO)
    assert "Temas" not in doc.text
    assert doc.text.endswith("cuando hay menos tráfico en el agua.")


def test_a_cue_with_text_after_it_or_a_longer_last_line_stays():
    """A label with a paragraph under it labels that paragraph, and a last line that only
    begins like a label ("Temas de la semana: …") is text: both stay."""
    themen = "<p>Themen</p><p>" + _HAFEN[0] + "</p>"
    doc = extract_article(_kurier("".join(f"<p>{p}</p>" for p in _HAFEN[1:]) + themen), KURIER)
    assert "Themen" in doc.text.split("\n\n")

    last = "<p>Temas de la semana: el puente, la pesca y el verano.</p>"
    doc = extract_article(_diario("".join(f"<p>{p}</p>" for p in _NOTICIA) + last), DIARIO)
    assert doc.text.endswith("el puente, la pesca y el verano.")


def _card(*lines: str) -> str:
    return "<p>" + "<br>".join(lines) + "</p>"


def test_a_section_of_contact_cards_after_the_article_goes():
    """A short heading over nothing but contact cards (short lines, an e-mail address in
    each) closes a press release: it goes, heading and cards. The text stays."""
    kontakt = (
        "<h3>Pressekontakt</h3>"
        + _card("Jana Wernicke", "Hafenamt, Pressestelle", "E-Mail: presse@hafenamt.example")
        + _card("Olaf Brenner", "Kreisbauamt", "Telefon: +49 40 555 01 23", "olaf@kreis.example")
    )
    doc = extract_article(_kurier("".join(f"<p>{p}</p>" for p in _HAFEN) + kontakt), KURIER)
    assert "Pressekontakt" not in _headings(doc)
    assert "presse@hafenamt.example" not in doc.text
    assert doc.text.endswith("neben der Rettungsstation liegt.")

    contact = "<h2>Media contact</h2>" + _card(
        "Ana Reyes", "Harbour office", "press@harbour.example", "+44 20 5550 0123"
    )
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", _paragraphs() + contact), GAZETTE)
    assert "Media contact" not in _headings(doc)
    assert "press@harbour.example" not in doc.text
    assert doc.text.endswith("lifeboat station for a week.")


def test_an_address_in_a_sentence_or_a_phone_line_after_the_article_stays():
    """A paragraph that gives an address in a sentence is text, and a helpline without an
    e-mail address is no press contact: both stay with their heading."""
    letters = (
        "<h2>Your views</h2><p>Readers who saw the divers at work can send their photographs "
        "to the newsroom at photos@gazette.example, the editors said on Tuesday.</p>"
    )
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", _paragraphs() + letters), GAZETTE)
    assert "Your views" in _headings(doc)
    assert "photos@gazette.example" in doc.text

    linea = "<h3>Información</h3>" + _card("Capitanía del puerto", "Teléfono: 900 555 123")
    doc = extract_article(_diario("".join(f"<p>{p}</p>" for p in _NOTICIA) + linea), DIARIO)
    assert "Teléfono: 900 555 123" in doc.text
