"""Word lists of page furniture in many languages: end-of-article cues, section names,
labels, bylines, credits, stamps, counters."""

from __future__ import annotations

import re

# "By" before an author's name, as the page writes it.
BY = re.compile(r"^(?:by|von|par|por|di|door|av|af|przez|от|بقلم)\s+", re.I)
# Short blocks that announce the end of the article: what follows is teasers or comments.
END_CUE_WORDS = (
    r"related(?: (?:articles?|stories|posts|content|coverage|topics))?",
    r"you (?:may|might) also (?:like|enjoy)", r"recommended(?: for you)?",
    r"more (?:from|on|about) .{0,40}", r"read (?:more|also|next)", r"see also", r"also read",
    r"latest news", r"most (?:read|popular)", r"(?:\d+ )?comments?",
    r"leave a (?:comment|reply)", r"join the conversation", r"auch interessant",
    r"das (?:könnte|dürfte) (?:dich|sie) auch interessieren",
    r"(?:weitere|ähnliche|verwandte) (?:artikel|themen|beiträge|nachrichten|news)",
    r"mehr zum thema", r"mehr (?:aus|von|zu) .{0,40}", r"empfohlene beiträge",
    r"lesen sie (?:auch|mehr)", r"(?:\d+ )?kommentare?", r"schreibe(?:n sie)? einen kommentar",
    r"à lire aussi", r"lire aussi", r"sur le même sujet", r"(?:\d+ )?commentaires?",
    r"lee también", r"leer más", r"te puede interesar",
    r"(?:notas|noticias|contenidos?|art[íi]culos|historias|temas) relacionad[oa]s?",
    r"(?:\d+ )?comentarios?", r"leggi anche", r"articoli correlati",
    r"czytaj (?:też|także|również)", r"zobacz (?:też|także)", r"lees ook",
    r"gerelateerde artikelen", r"اقرأ أيضا", r"اقرأ أيضاً", r"مواضيع ذات صلة",
    r"more (?:stories|articles|news)", r"trending(?: now)?", r"popular(?: now)?",
    r"schon gelesen\??", r"auch lesen", r"mehr themen", r"zum weiterlesen",
    r"lesen sie auch(?: die(?:sen| folgenden)? (?:artikel|beitrag|beiträge))?",
    r"weitere beiträge(?: .{0,40})?", r"top-themen(?: .{0,30})?", r"das könnte sie interessieren",
    r"le puede interesar", r"más sobre .{0,40}", r"puedes ver", r"lea también",
    r"ver también", r"leia também", r"veja também", r"saiba mais", r"per approfondire",
    r"potrebbe interessarti", r"przeczytaj (?:też|także|również)",
    # issue 14: the languages of the default feeds, as a last resort after the structure
    r"vous aimerez aussi", r"à voir aussi", r"les plus lus", r"dans la même rubrique",
    r"lo más leído", r"más noticias", r"también te puede interesar",
    r"você (?:pode|também pode) gostar(?: de)?", r"leia (?:também|mais)", r"mais lidas",
    r"(?:notícias|matérias|conteúdos?) relacionad[oa]s?", r"(?:\d+ )?comentários", r"(?:\d+ )?commenti",
    r"ti potrebbe interessare", r"i più letti", r"altre notizie", r"(?:\d+ )?yorum(?:lar)?",
    r"(?:bunlar da )?ilginizi çekebilir", r"benzer haberler", r"ilgili haberler",
    r"(?:bunu da|bunları da) okuyun", r"en çok okunanlar", r"التعليقات", r"تعليقات",
    r"اقرأ المزيد", r"الأكثر قراءة", r"أخبار ذات صلة", r"قد يعجبك أيضا", r"قد يهمك",
)  # fmt: skip
END_CUES = re.compile(r"^(?:" + "|".join(END_CUE_WORDS) + r")\s*[:.…?!]?$", re.I)
# "Read more: <headline>" and the like: a teaser line inside the article.
TEASER_LINE = re.compile(r"^(?:" + "|".join(END_CUE_WORDS) + r")\s*[:»|]", re.I)
TOC = re.compile(
    r"^(?:contents|table of contents|inhalt|inhaltsverzeichnis|sommaire|table des matières|"
    r"índice|contenido|indice|spis treści|inhoud|содержание)\s*:?$",
    re.I,
)
# Headings of an article's own lists of sources and links, wherever they stand.
REFERENCES = re.compile(
    r"^(?:further reading|external links|references|sources?|bibliography|notes|weblinks|"
    r"literatur|einzelnachweise|quellen|anmerkungen|fu(?:ß|ss)noten|endnoten|notas|note|"
    r"notlar|dipnotlar|الهوامش|هوامش|الحواشي|liens externes|bibliographie|enlaces externos|"
    r"referencias|collegamenti esterni|bibliografia|przypisy|références|referências|fuentes|"
    r"fontes|fonti|riferimenti|kaynaklar|kaynakça|المصادر|مصادر|المراجع|مراجع|"
    r"documents?|downloads?|dokumente|documenti|documentos|téléchargements|descargas|"
    r"belgeler|المستندات|الوثائق)(?!\w)",
    re.I,
)
# Headings of an article's own further links ("Weiterführende Links"), even to its own site.
FURTHER_LINKS = re.compile(
    r"^(?:further links?|useful links|weiterführende(?:r)? links?|nützliche links|liens utiles|"
    r"pour aller plus loin|enlaces de interés|links úteis|link utili|faydalı bağlantılar|"
    r"روابط مفيدة)\b",
    re.I,
)
# "See also": the article's own between its sections (a wiki), teasers at its end (news).
SEE_ALSO = re.compile(
    r"^(?:see also|siehe auch|voir aussi|véase también|vedi anche|zobacz (?:też|także))\b", re.I
)
_LABEL_WORDS = (
    r"tags?|schlagw(?:ö|o)rter|stichw(?:ö|o)rter|themen|topics|temas|sujets|argomenti|"
    r"tematy|kategorien?|category|categories|catégories?|categor(?:í|i)a|filed under|"
    r"mots-clés|étiquettes|thèmes|etiquetas|tópicos|assuntos|etichette|parole chiave|temi|"
    r"etiketler|konular|kategoriler|الوسوم|وسوم|كلمات مفتاحية|تصنيفات|"
    r"kontakt|pressekontakt|contact|telefon|tel\.|phone|fax|e-?mail|ansprechpartner(?:in)?|"
    r"weitere informationen|further information|more information|zusatzinformationen|"
    r"quellenangaben|quellen|sources?"
)
# Label lines of taxonomy and contact boxes ("Tags: …", "Kontakt: …").
LABEL = re.compile(rf"^(?:{_LABEL_WORDS})\s*:", re.I)
# Such a label alone on its line ("Temas", "Themen:"): what it labels follows it.
LABEL_ONLY = re.compile(rf"^(?:{_LABEL_WORDS})\s*:?$", re.I)
# Short blocks that are page furniture wherever they stand.
FURNITURE = re.compile(
    r"^(?:share(?: (?:this|on|via) .{0,30})?|teilen(?: mit)?|partager|compartir|condividi|"
    r"compartilhe|compartilhar|partilhe|partilhar|paylaş|شارك|مشاركة|"
    # "Condividi su Facebook", "Partager par e-mail", "Invia con WhatsApp", "Auf X teilen"
    r"(?:share|teilen|partager|compartir|condividi|compartilhe|compartilhar|partilhe|"
    r"partilhar|paylaş|invia|"
    r"envoyer|enviar)\s+(?:on|via|by|with|per|mit|sur|par|en|em|no|na|por|su|con|ile)"
    r"\s+\S+(?: \S+)?|(?:auf|per|via|bei|mit) \S+(?: \S+)? teilen|"
    r"udostępnij|tweet|print|drucken|e-?mail|whatsapp|facebook|twitter|linkedin|pinterest|"
    r"like this|gefällt mir|bewerten|wird geladen|loading|advertisement|anzeige|werbung|"
    r"publicidad|publicidade|publicité|pubblicità|reklama?|إعلان|sponsored|"
    r"skip (?:to|the) .{0,30}|"
    r"back to top|nach oben|zurück|listen to (?:this )?article|artikel anhören|"
    r"(?:\d+ )?(?:min(?:ute)?s?|minuten) (?:read|lesezeit)|lesezeit:? .{0,20}|"
    r"reading time:? .{0,20}|\d+ min(?:\.|ute)? read)\s*[:.…!]?$",
    re.I,
)
CREDIT = re.compile(
    r"^(?:photo|foto|fotos|bild|bilder|titelbild|bildquelle|image|picture|credit|credits|"
    r"crédits? photos?|crédito|quelle|source|fuente|fonte|źródło|copyright|©|\(c\))\s*[:©]",
    re.I,
)
CAPTION_CREDIT = re.compile(
    r"(?:^|[\s(|/.])(?:photos?|fotos?|bild|image|imagem|imagen|immagine|picture|credit|crédito|"
    r"quelle|source|fonte|fuente|kaynak|görsel|fotoğraf|صورة|تصوير)\s*:",
    re.I,
)
"""A credit or a source named inside a line ("… so Kessmann. Foto: Michael Bönte",
"(Imagem: Banco de imagens)", "Quelle: dpa-afx"): a caption's or a header's line."""
COPYRIGHT = re.compile(
    r"(?:^©|^\(c\)\s|^copyright\b|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|todos os direitos reservados|"
    r"tutti i diritti riservati|riproduzione riservata|tüm hakları saklıdır|"
    r"جميع الحقوق محفوظة|wszelkie prawa zastrzeżone|"
    r"\bunder (?:an? |the )?creative commons\b|"
    r"\blicen[cs]\w*\s+(?:under|sob|bajo|unter|sotto)\s+(?:\w+\s+)?creative[ -]commons\b|"
    r"\b(?:permitid|prohib|prohíb|proibid|autoris|interdit|vietat|consentit)\w*\s+(?:a |la )?"
    r"r[ei]produ|\b(?:r[ei]produ\w*|nachdruck)\b.{0,30}\b(?:permitid|prohib|prohíb|proibid|"
    r"autoris|interdit|vietat|consentit|verboten|gestattet|erlaubt))",
    re.I,
)
NOTICE = re.compile(r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))", re.I)
"""The start of a copyright notice: "© 2025 The Herald. This article is the property of …"."""
_AD_WORDS = (
    r"werbung|anzeige|advertisement|sponsored|gesponsert|publicidad|publicidade|publicité|"
    r"pubblicità|reklam|إعلان"
)
DISCLOSURE = re.compile(
    # an ad label opening a line as a label does, then a sentence: "*Werbung. Dieser …",
    # "– Anzeige: Dieser …", "ANZEIGE - Heute …" (a sentence may start "Werbung: …")
    rf"^(?:[*–—-]\s*(?i:{_AD_WORDS})|(?:{_AD_WORDS.upper()}))\s*[-–—:.,|*]"
    # the paid links the page holds
    r"|(?i:affiliate[- ]?links?|liens? (?:affiliés|d'affiliation)|link (?:di )?affilia|"
    r"enlaces (?:de )?afiliad|links (?:de )?afiliad|satış ortaklığı bağlantı"
    # "advertisers … we may receive compensation", "erhalten wir eine Provision"
    r"|advertis(?:ing|er) disclosure|we (?:may )?(?:receive|earn|get) (?:a )?(?:small )?"
    r"(?:compensation|commission)|erhalten wir (?:ggf\. |gegebenenfalls )?eine provision|"
    r"(?:nous percevons|recibimos|recebemos|riceviamo) una? (?:commission|comisión|comissão|"
    r"commissione))"
)
"""A disclosure of advertising or of paid links, in the feeds' languages."""
AD_LINE = re.compile(rf"(?:^|\n)[ \t]*(?:{_AD_WORDS.upper()})[ \t]*(?=\n|$)")
"""An ad slot's label in capitals on a line of its own inside a paragraph's text
("… terra firme.\n PUBLICIDADE\n Até …"), where an extractor read a box's loose text
across the slot."""
DISCLOSURE_TEXT = 320
"""Longest block taken as such a disclosure (a longer one is an article about them)."""
NEWSLETTER = re.compile(r"newsletter", re.I)
SPONSOR = re.compile(
    # a label of its own: "ANZEIGE", "Patrocinado", "OFERECIMENTO", "محتوى مدفوع"
    rf"^(?:{_AD_WORDS}|paid (?:content|post|partnership)|partner content|partnerinhalt|"
    r"partenaire|contenu (?:sponsorisé|partenaire)|sponsoris[ée]|patrocinado|"
    r"contenido patrocinado|oferecimento|conteúdo patrocinado|publieditorial|"
    r"sponsorizzato|contenuto sponsorizzato|sponsorlu(?: içerik)?|محتوى (?:مدفوع|ممول)|"
    # or one that names the sponsor: "Presented by Calloway", "برعاية مصرف النخيل"
    r"(?:presented|sponsored|brought to you) by|in partnership with|präsentiert von|"
    r"gesponsert von|in zusammenarbeit mit|présentée? par|offert par|en partenariat avec|"
    r"patrocinado por|presentado por|ofrecido por|en colaboración con|apresentado por|"
    r"oferecido por|em parceria com|in collaborazione con|presentato da|offerto da|"
    r"katkılarıyla|işbirliğiyle|برعاية|بالتعاون مع)(?:\s.{0,60})?$",
    re.I,
)
"""The label that opens an advertisement set as a box of text, in the feeds' languages."""
CALL_TO_ACTION = re.compile(
    r"^(?:subscribe|sign up|jetzt abonnieren|abonnieren|s'abonner|abonnez-vous|suscr[ií]bete|"
    r"iscriviti|zapisz się|follow us|folge(?:n sie)? uns|suivez-nous|síguenos|"
    r"inscreva-se|assine|siga-nos|seguici|abone ol|bizi takip edin|اشترك|تابعونا)\b",
    re.I,
)
STAMP = re.compile(
    r"^(?:(?:last )?(?:updated|modified|published|posted)(?: on| at)?|zuletzt (?:aktualisiert|geändert)|"
    r"letzte änderung|aktualisiert(?: am)?|veröffentlicht(?: am)?|erstellt(?: am)?|stand|"
    r"mis à jour(?: le)?|publié(?: le)?|actualizado|publicado|aggiornato|pubblicato|"
    r"opublikowano|aktualizacja)\b.{0,60}$",
    re.I,
)
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|"
    "oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|"
    "novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    "noviembre|diciembre|am|pm|uhr|h"
)
DATE_ONLY = re.compile(
    rf"^(?:(?:\d{{1,4}}|{_MONTHS}|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|"
    rf"thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    rf"sonntag|today|yesterday|heute|gestern|um|at|on|am|le|el|il|em)[\s.,:/|–—-]*)+$",
    re.I,
)
_COUNTED = (
    r"views?|reads?|aufrufe|mal gelesen|mal geteilt|vues|lectures|partages|visualizaciones|"
    r"lecturas|vistas|visitas|compartidos|visualizações|leituras|compartilhamentos|visite|"
    r"letture|visualizzazioni|condivisioni|görüntülenme|okunma|okuma|paylaşım|yorum|"
    r"مشاهدة|مشاهدات|قراءة|قراءات|مشاركة|مشاركات|تعليق|تعليقات|wyświetle\w*|odsłon\w*|"
    r"shares?|likes?|comments?|kommentare?|commentaires?|comentarios?|comentários|commenti"
)
# "1,204 views", "1٬250 مشاهدة", "Aufrufe: 87": a counter of views, shares or comments.
COUNTER = re.compile(
    rf"^(?:[\d.,٫٬\s]+[km]?\s*(?:{_COUNTED})|(?:{_COUNTED})\s*:?\s*[\d.,٫٬]+[km]?)$", re.I
)
_UNITS = {
    "en": r"sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|h|days?|d|weeks?|months?|years?",
    "de": r"Sekunden?|Minuten?|Min\.?|Stunden?|Std\.?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?",
    "fr": r"secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?",
    "es": r"segundos?|minutos?|min|horas?|h|días?|semanas?|mes(?:es)?|años?",
    "pt": r"segundos?|minutos?|min|horas?|h|dias?|semanas?|mês|meses|anos?",
    "it": r"secondi|minuti|min|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]",
    "tr": r"saniye|dakika|dk|saat|sa|gün|hafta|ay|yıl",
    "ar": r"ثانية|ثوان|ثواني|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|أسبوع|"
    r"أسبوعين|أسابيع|شهر|شهرين|أشهر|سنة|سنتين|سنوات|عام|عامين|أعوام",
}
# "1 day ago", "vor 2 Stunden", "منذ ساعة", "il y a 3 heures", "2 saat önce": the age of a
# story, as its header shows it (a time stamp in words, never article text).
RELATIVE_AGE = re.compile(
    r"^(?:"
    rf"(?:about |over |an? |\d+ ?)(?:{_UNITS['en']}) ago|just now|"
    rf"vor (?:einer |einem |\d+ ?)(?:{_UNITS['de']})|gerade eben|soeben|"
    rf"il y a (?:une? |\d+ ?)(?:{_UNITS['fr']})|à l'instant|"
    rf"hace (?:una? |\d+ ?)(?:{_UNITS['es']})|"
    rf"há (?:uma? |\d+ ?)(?:{_UNITS['pt']})|(?:uma? |\d+ ?)(?:{_UNITS['pt']}) atrás|agora mesmo|"
    rf"(?:un[ao']? ?|\d+ ?)(?:{_UNITS['it']}) fa|"
    rf"(?:\d+ ?)(?:{_UNITS['tr']}) önce|az önce|"
    rf"(?:منذ|قبل) (?:\d+ )?(?:{_UNITS['ar']})"
    r")\s*\.?$",
    re.I,
)
BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|przez|written by|text|texte|autor|autorin|author|"
    r"redaktion|بقلم)\s*:?\s+(.+)$",
    re.I,
)
NAME_JOINERS = frozenset({"and", "und", "et", "y", "e", "i", "en", "og", "och", "&", "|", "-", "–"})
# Words of a dateline's agency or newsroom ("Deutschland - Nordkurier Nachrichtenagentur",
# "القاهرة - وكالة الأنباء"), as whole words, and the agencies' own short names.
AGENCY = re.compile(
    r"(?:^|\W)(?i:\w*agentur|agency|agence|agencia|agência|agenzia|ajans\w*|وكالة|الأنباء|"
    r"أنباء|newsroom|redaktion|rédaction|redacción|redação|redazione|presse|press|prensa|"
    r"imprensa|stampa|dpa|afp|reuters|xinhua|anadolu|interfax|ukrinform)(?:$|\W)"
    r"|\b(?:AP|KNA|epd|APA|ANSA|EFE|Lusa|AA|DHA|IHA|SDA|SANA|WAFA|MENA|KUNA|WAM|SPA|QNA|TASS|"
    r"PAP|CTK|BTA|UPI|AAP|PA|ddp|SID)\b"
)
# A page's label of a story as breaking news, in a badge or a ticker ("Eilmeldung",
# "+++ EIL +++", "عاجل", "Son dakika"), and the same label before a headline ("Breaking: …").
_BREAKING = (
    r"breaking(?: news)?|news ?flash|just in|news alert|eilmeldung|eil|eilt|"
    r"عاجل(?: جدا| جداً)?|خبر عاجل|أخبار عاجلة|urgent|alerte(?: info)?|derni[eè]re minute|"
    r"flash(?: info| spécial)?|(?:de )?[uú]ltima hora|urgente|ultim'?ora|ultima ora|"
    r"son dakika|flaş(?: haber)?"
)
BREAKING_LABEL = re.compile(rf"^[+*•|\s]*({_BREAKING})[\s+*•|:!.]*$", re.I)
BREAKING_GLUED = re.compile(
    rf"^[+*•|\s]*((?i:{_BREAKING}))(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])(?P<section>\w+\+?(?: \w+\+?){{0,3}})$"
)
"""A badge's line where the label and the section or topic are set in two spans with no
space between ("Última horaEstafas", "Última horaIncendio en la sierra"): the section's
capital starts it."""
BREAKING_BADGE = re.compile(
    rf"^[+*•|\s]*({_BREAKING})(?!\w)[\s+*•|:!.]*(?P<section>\w+\+?(?: \w+\+?){{0,3}})$",
    re.I,
)
"""A badge's line: the label and the story's section or topic ("Urgente Cronaca", "Última
hora Sierra de Robledal") or another badge ("Son dakika Ekspres+": a subscribers' story)."""
BREAKING_PREFIX = re.compile(
    rf"^[+*•\s]*({_BREAKING})\s*(?:\+\+\+|[:|]|\s[-–—])\s*(?P<rest>\S.*)$", re.I
)
# A label and a headline on one line, as a ticker shows them ("Eilmeldung <headline>").
BREAKING_START = re.compile(rf"^[+*•\s]*({_BREAKING})[\s+*•|:!.–—-]*(?P<rest>\S.*)$", re.I)
# A banner's line: the label as a word, then a line of its story ("Eilmeldung Stadt
# lässt Uferstraßen räumen").
BREAKING_BANNER = re.compile(rf"^[+*•\s]*({_BREAKING})(?!\w)[\s+*•|:!.–—-]*(?P<rest>\S.*)$", re.I)

# A notice that the page's own text is no professional advice ("This article does not
# replace medical advice", "ersetzt keine ärztliche Beratung", "لا يغني عن استشارة
# الطبيب") or none to invest ("is not investment advice", "Keine Anlageberatung"): both
# its parts, the text naming itself and the denial.
ADVICE_DENIAL = re.compile(
    r"(?:does not|do not|doesn't|don't|is not intended to|are not intended to|cannot) "
    r"(?:replace|substitute)|not (?:a|intended as a) substitute|ersetz(?:t|en) (?:keine|nicht)|"
    r"ne (?:remplace|remplacent|se substitue|se substituent) pas|"
    r"no (?:sustituye|sustituyen|reemplaza|reemplazan)|não (?:substitui|substituem)|"
    r"non (?:sostituisce|sostituiscono)|yerini tutmaz|yerine geçmez|"
    r"لا (?:يغني|تغني|يغنى|يحل|تحل) |"
    # … or is no advice to invest ("is not investment advice", "Keine Anlageberatung")
    r"(?:is|are) not (?:an? )?(?:investment|financial) advice|keine (?:anlage|finanz)beratung|"
    r"stell(?:t|en) keine (?:anlage|kauf)|ne constitu(?:e|ent) pas (?:un |une )?(?:conseil|"
    r"recommandation)|no constituye(?:n)? (?:una? )?(?:recomendación|asesoramiento|consejo)|"
    r"non costituisc(?:e|ono) (?:una? )?(?:consulenza|raccomandazione|sollecitazione)|"
    r"não constitu(?:i|em) (?:uma? )?(?:aconselhamento|recomendação|consultoria)|"
    r"yatırım tavsiyesi değildir|tavsiye niteliği taşımaz|لا (?:يُعد|يعد|يشكل|تشكل) (?:توصية|نصيحة)",
    re.I,
)
ADVICE_SUBJECT = re.compile(
    r"\b(?:article|artikel|beitrag|text|content|inhalt|information|informaci|informaç|"
    r"informazion|contenu|contenid|conteúd|contenut|artículo|artigo|articolo|haber|içerik|"
    r"yazı|makale|page|seite|página|pagina|sayfa|yatırım tavsiyesi)\w*|"
    r"المقال|المحتوى|المعلومات|^keine anlageberatung",
    re.I,
)
# A disclosure that the site earns from the links of a page ("may earn a commission when
# you buy through links", "Wir erhalten eine Provision", "podemos recibir una comisión").
AFFILIATE = re.compile(
    r"\b(?:earn|receive|get|erhalten|bekommen|percev|touch|recib|receb|ricev)\w* (?:\w+ ){0,3}"
    r"(?:provision|commission|comisión|commissione|comissão)\b|\bkomisyon al",
    re.I,
)
