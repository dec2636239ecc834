"""Tests for the article extractor: test pages, metadata, hostile input, content types."""

from __future__ import annotations

import gzip
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ekreader.core.extract.article import extract_article
from ekreader.core.extract.decode import decode_html, is_html
from ekreader.models import Document

PAGES_DIR = Path(__file__).resolve().parent.parent / "data" / "pages"
URL = "https://site.example/news/story.html"

# What each test page must give (tests/data/pages/EXPECTED.md says the same in prose).
PAGES: dict[str, dict[str, object]] = {
    "h2-sections.html": {
        "title": "River Authority Opens Flood Gates After Record Rain",
        "author": "Mara Lindqvist",
        "published": datetime(2024, 3, 14, 7, 30, tzinfo=UTC),
        "dateline": "GLASSFORD",
        "headings": [
            None,
            "Why the gates were opened now",
            "What residents should do",
            "A wet winter across the region",
            "Rainfall by month",
        ],
        "present": [
            "The Ostrava River Authority opened all six gates",
            "> We would rather release water",
            "• Move cars parked on the quay roads to higher ground.",
            "December | 131",
            "hourly level readings[1]",
            "county emergency page[2]",
        ],
        "links": ["https://site.example/data/levels", "https://county.example/emergency"],
        "absent": ["The Valley Courier", "All rights reserved", "Sport", "Weather"],
    },
    "bold-sections.html": {
        "title": "Night Trains Return to the Northern Line",
        "headings": [None, "Refurbished carriages", "Fares and bookings", "What happens next?"],
        "present": [
            "sleeper trains will again run",
            "This bold sentence is part of the text, not a heading.",
            "Passenger groups welcomed the news",
        ],
        "absent": ["Rail Digest"],
    },
    "no-sections.html": {
        "title": "Library Extends Opening Hours for Exam Season",
        "author": "Jonas Albrecht",
        "published": datetime(2024, 5, 2, 16, 5, tzinfo=UTC),
        "headings": [None],
        "present": ["The central library in Weston", "Visitors must show a student card"],
        "absent": [],
    },
    "arabic.html": {
        "title": "افتتاح معرض الكتاب السنوي في مدينة الواحة",
        "author": "ليلى منصور",
        "published": datetime(2024, 2, 20, 6, 0, tzinfo=UTC),
        "headings": [None, "برنامج الندوات", "مواعيد الزيارة"],
        "present": [
            "افتتح معرض الكتاب السنوي أبوابه",
            "• الجمعة: من الرابعة عصراً حتى العاشرة مساءً",
            "الموقع الإلكتروني للمعرض[1]",
        ],
        "links": ["https://site.example/tickets"],
        "absent": ["الرئيسية"],
    },
    "boilerplate.html": {
        "title": "Harbour Bridge Closed for Two Weeks of Repairs",
        "author": "Anna Berg",
        "headings": [None],
        "present": [
            "The Harbour Bridge in Kestrel Bay will close",
            "Buses will be diverted",
            "asked for free parking during the closure",
        ],
        "absent": [
            "We use cookies",
            "Accept all cookies",
            "Opinion",
            "Subscribe",
            "Transport",
            "Share:",
            "Share on Facebook",
            "By Anna Berg",
            "1,204 views",
            "Related articles",
            "New ferry timetable",
            "3 comments",
            "harbourwatcher",
            "About time they fixed",
            "Most read",
            "newsletter",
            "Coastline News Ltd",
            "Privacy policy",
        ],
    },
    "malformed.html": {
        "title": "Museum Finds Lost Painting in Its Own Cellar",
        "author": "Petra Novak",
        "headings": [None, "How it was found", "What happens next"],
        "present": [
            'labelled "frames, broken".',
            "& there was only light damage",
            "the signature & the date 1874",
            "• It will go on display in the autumn",
            "3 < 4 and 5 > 2 are not tags",
            "The museum thanked the volunteers",
        ],
        "absent": [],
    },
    "section-front.html": {
        "title": "Harbour and Coast",
        "headings": [
            "Top stories",
            "New ferry timetable adds a late crossing on Fridays",
            "Why the dune fences keep failing every winter",
            "Old lighthouse at Kestrel Point is up for sale again",
            "Harbour",
            "Dredging of the inner basin starts next Monday",
            "Fish market moves to the old customs shed",
            "Harbour pilots ask for a second launch",
            "Weather",
            "Gale warning for the outer islands on Thursday",
            "Driest April in thirty years leaves reservoirs low",
            "Sea fog delays the morning flights to the mainland",
        ],
        "present": [
            "The last boat to Gull Island will now leave at eleven at night",
            "the storms that now reach the northern beaches.[2]\n\nBy Hanna Moritz",
            "before the fog lifted around ten.[9]",
        ],
        "links": [
            f"https://site.example{path}"
            for path in (
                "/news/ferry-timetable",
                "/news/dune-fences",
                "/news/lighthouse-sale",
                "/harbour/dredging",
                "/harbour/fish-market",
                "/harbour/pilots",
                "/weather/gale-warning",
                "/weather/driest-april",
                "/weather/sea-fog",
            )
        ],
        "absent": [
            "Photo: Ines Carvalho",
            "Analysis",
            "Advertisement",
            "More in Harbour",
            "Sport",
            "Coastline News Ltd",
            "Privacy policy",
        ],
    },
    # The seed's shape (a news agency's article page): a breaking ticker with the article's
    # own headline, the headline, a byline, its age and a view counter, a dateline line in
    # bold, the headline again, then the lead and three sections.
    "agency-de.html": {
        "title": "Hochwasser an der Wende: Landkreis öffnet Notunterkünfte – Pegel steigt weiter",
        "author": "Nordkurier Redaktion",
        "published": datetime(2026, 1, 31, 8, 40, tzinfo=UTC),
        "dateline": "Deutschland - Nordkurier Nachrichtenagentur",
        "breaking_label": "Eilmeldung",
        "headings": [
            None,
            "Deiche unter Beobachtung",
            "Schulen und Straßen gesperrt",
            "Hilfe aus den Nachbargemeinden",
        ],
        "present": [
            "Der Pegel der Wende ist in der Nacht zum Samstag",
            "Bis dahin sollen Sandsäcke an alle Haushalte",
            "Wer helfen wolle, solle sich bei den Sammelstellen",
        ],
        "absent": ["Startseite", "Meistgelesen", "Derby endet torlos", "Teilen:", "Impressum"],
        "body_absent": [
            "Nachrichtenagentur",
            "Nordkurier Redaktion",
            "vor 1 Tag",
            "87",
            "Eilmeldung",
            "Hochwasser an der Wende: Landkreis",
            "Während der Pegel der Wende in der Nacht",
        ],
    },
    "agency-ar.html": {
        "title": "وزارة النقل تعلن تشغيل قطار سريع بين القاهرة والواحة الشهر المقبل",
        "author": "سمير عبد الحميد",
        "published": datetime(2026, 1, 31, 8, 5, tzinfo=UTC),
        "dateline": "القاهرة - وكالة أنباء النيل",
        # the site's "عاجل" ticker carries another story; the badge over the headline counts
        "breaking_label": "خبر عاجل",
        "headings": [None, "مواعيد الرحلات", "تكلفة المشروع", "آراء المسافرين"],
        "present": [
            "أعلنت وزارة النقل اليوم السبت أن القطار السريع الجديد",
            "وأوضح المتحدث أن الحجز سيكون متاحاً",
            "طالب آخرون بأن تكون أسعار التذاكر في متناول الطلاب",
        ],
        "absent": ["الرئيسية", "الأكثر قراءة", "الأرصاد تحذر", "شارك:", "جميع الحقوق محفوظة"],
        "body_absent": [
            "وكالة أنباء النيل",
            "بقلم",
            "منذ ساعة",
            "مشاهدة",
            "عاجل",
            "مجلس النواب يبدأ مناقشة الموازنة",
            "وزارة النقل تعلن تشغيل قطار سريع",
        ],
    },
    # Issue 14's shapes, one page a language, the boxes inside the article's own container
    # with class names that say nothing: an inline promotion, a sign-up box or a "read also"
    # line in the middle with more text after it; related stories with long teasers,
    # comments and an author's bio after the end.
    "promo-en.html": {
        "title": "Tidal Turbines Off Carrow Head Deliver Their First Full Year of Power",
        "author": "Jane Okafor",
        "headings": [None, "How the turbines performed", "What comes next"],
        "present": [
            "The six tidal turbines anchored off Carrow Head produced power on 341 days",
            "The operator now wants to add four more turbines.",
            "It has asked the county for permission to lay a second cable",
            "• A single export cable running four kilometres to the shore",
            "If the county agrees, the new turbines could be in the water",
        ],
        "absent": [
            "Read more",
            "Harbour grid upgrade will carry power",
            "Get the morning briefing",
            "Sign up for our free newsletter",
            "is a science reporter at the Riverside Ledger",
            "You may also like",
            "Wind farm study finds fewer bird strikes",
            "Researchers who counted birds around the Hallow Sands",
            "the owners say local apprentices",
            "All rights reserved",
        ],
    },
    "related-pt.html": {
        "title": "Cooperativa de Pequenos Produtores Abre a Primeira Fábrica de Queijo da Serra",
        "author": "Marta Quintela",
        "headings": [None, "Seis anos de espera", "Queijo curado e requeijão"],
        "present": [
            "Uma cooperativa de quarenta pequenos produtores de leite",
            "mais de três mil apoiadores",
            "depois de noventa dias de maturação.",
        ],
        "absent": [
            "Você pode gostar",
            "Feira orgânica da praça central",
            "A feira que reúne agricultores familiares",
            "os motoristas voltam a usar o trecho",
            "O festival, que chega à décima edição",
            "3 comentários",
            "Joana R.",
            "Meu pai vendeu leite a vida inteira",
            "Espero que o preço do queijo",
            "Responder",
        ],
    },
    "comments-de.html": {
        "title": "Bergbahn am Kranzkopf fährt wieder – nach zwei Jahren Sanierung",
        "author": "Tobias Rehm",
        "headings": [None, "Neue Kabinen, alte Strecke"],
        "present": [
            "Nach fast zwei Jahren Stillstand fährt die Bergbahn",
            "Der Bürgermeister sprach bei der Eröffnung von einem guten Tag",
            "ob Mountainbikes mitgenommen werden dürfen.",
        ],
        "absent": [
            "Lesen Sie auch",
            "Skilift am Moosberg",
            "Das könnte Sie auch interessieren",
            "Neue Loipe verbindet drei Dörfer",
            "wird jeden Morgen frisch gespurt",
            "12 Kommentare",
            "Bergfex_74",
            "die Preise für die Familienkarte gestiegen",
            "Die Wirte am Gipfel haben lange genug gewartet",
            "Antworten",
        ],
    },
    "promo-fr.html": {
        "title": "Le Port de Saint-Aubin Rouvre Sa Criée Après Deux Ans de Travaux",
        "author": "Claire Dumoulin",
        "headings": [None, "Des pêcheurs soulagés"],
        "present": [
            "La criée du port de Saint-Aubin a rouvert ses portes lundi matin",
            "La vente se fait désormais aux enchères électroniques.",
            "jusqu'ici découragés par la taille de l'ancienne halle.",
            "Le chantier a coûté neuf millions d'euros",
        ],
        "absent": [
            "À lire aussi",
            "Quotas de pêche",
            "Recevez notre lettre d'information",
            "l'essentiel de l'actualité de la côte dans votre boîte mail",
            "Sur le même sujet",
            "Le phare de la pointe ouvrira",
            "L'entreprise, qui fête ses cent ans",
            "Commentaires (2)",
            "mon grand-père y vendait déjà son poisson",
            "Répondre",
        ],
    },
    "promo-es.html": {
        "title": "El Tren de Cercanías Llega por Fin a Valdeolmos Tras Una Década de Obras",
        "author": "Andrés Ferrer",
        "headings": [None, "Los vecinos, entre la alegría y las quejas"],
        "present": [
            "El primer tren de cercanías llegó este lunes",
            "Habrá un tren cada veinte minutos.",
            "El billete sencillo costará lo mismo que el del autobús.",
            "mientras se construye un edificio de dos plantas.",
        ],
        "absent": [
            "Publicidad",
            "Te puede interesar",
            "La provincia recorta tres líneas",
            "Sobre el autor",
            "es redactor de la sección de Provincia",
            "Noticias relacionadas",
            "Un carril bici unirá la estación",
            "La obra, de cuatro kilómetros",
            "Las inmobiliarias de la comarca",
            "La antigua estación de mercancías",
        ],
    },
    "split-interview-de.html": {
        "title": "„Der Wald kommt zurück, wenn wir ihn lassen“",
        "author": "Lena Hartmann",
        "headings": [None],
        "present": [
            "Seit dreißig Jahren kartiert die Försterin Ruth Albers",
            "Zuerst Brombeeren, Weidenröschen und sehr viel Gras.",
            "Haben die Briefe an die Gemeinde aufgehört?",
            "Und wo hilft Warten nicht?",
            "Das Buch „Der Hang“ von Ruth Albers erscheint im Mai",
        ],
        "absent": [
            "Der Hang bei Gönningen im Frühjahr 2021.",
            "Foto: Jonas Weber",
            "3 Kommentare",
            "Ich wohne seit vierzig Jahren am Fuß dieses Hangs",
            "Das Moor, das wieder atmen darf",
            "Im Federseeried stauen Freiwillige",
            "© 2024 Heft Grün",
        ],
    },
    "promo-it.html": {
        "title": "Riapre il Sentiero dei Castagni Dopo la Frana dell'Autunno Scorso",
        "author": "Giulia Ferraris",
        "headings": [None, "Un lavoro di volontari e tecnici"],
        "present": [
            "Il sentiero dei Castagni, che collega il paese al rifugio",
            "Il percorso resta chiuso ai ciclisti.",
            "Chi va in bicicletta potrà usare la strada forestale.",
            "annunciato una festa al rifugio per la fine di maggio.",
        ],
        "absent": [
            "Leggi anche",
            "Il rifugio del crinale cerca un nuovo gestore",
            "Iscriviti alla newsletter",
            "Ogni venerdì le notizie del lago",
            "è giornalista della Gazzetta del Lago",
            "Potrebbe interessarti",
            "La funivia del monte torna in servizio",
            "Le aziende agricole della valle hanno raccolto",
        ],
    },
    "promo-tr.html": {
        "title": "Eski Tersane Binası Kent Kütüphanesi Olarak Kapılarını Açtı",
        "author": "Elif Demirci",
        "headings": [None, "Tersanenin izleri korundu"],
        "present": [
            "Yüz yıllık eski tersane binası",
            "Kütüphane her gün açık olacak.",
            "sınav dönemlerinde gece çalışma saatleri de planlanıyor.",
            "projeye destek veren herkese teşekkür etti.",
        ],
        "absent": [
            "Bunu da okuyun",
            "Deniz müzesi yeni salonuyla",
            "İlginizi çekebilir",
            "Yeni vapur seferleri mart ayında",
            "Karşı kıyıya her yarım saatte bir kalkacak",
            "Yenileme çalışmaları sırasında balıkçılar",
            "Yorumlar (2)",
            "Çocukluğumda bu binanın önünden",
            "Yanıtla",
        ],
    },
    "promo-ar.html": {
        "title": "افتتاح محطة لتحلية مياه البحر تزود ثلاث مدن ساحلية بمياه الشرب",
        "author": "نادية الخطيب",
        "headings": [None, "ترحيب وتحفظات"],
        "present": [
            "افتتحت صباح اليوم محطة جديدة لتحلية مياه البحر",
            "وتبدأ المرحلة الثانية العام المقبل.",
            "من الصندوق الوطني للمياه.",
            "وستنشر النتائج على موقعها الإلكتروني.",
        ],
        "absent": [
            "اقرأ أيضا",
            "السد الجديد في الوادي",
            "صحفية في صحيفة الساحل",
            "مواضيع ذات صلة",
            "مزارعو السهل يتحولون",
            "بدأ أكثر من مئتي مزارع",
            "يضم الحقل الذي افتتح الأسبوع الماضي",
            "التعليقات",
            "عانينا سنوات من انقطاع المياه",
        ],
    },
    "hostile.html": {
        "title": "Town Council Approves New Cycle Lanes",
        "headings": [None, "Costs and funding", "What cyclists said"],
        "present": [
            "The council of Ferndale voted eleven to four",
            "published plans[1]",
            "Shop owners on the high street",
        ],
        "links": ["https://site.example/plans/cycle-lanes"],
        "absent": [
            "SCRIPT TEXT",
            "STYLE TEXT",
            "IFRAME FALLBACK TEXT",
            "FORM LABEL TEXT",
            "FORM VALUE TEXT",
            "FORM BUTTON TEXT",
            "HIDDEN STYLE TEXT",
            "HIDDEN ATTRIBUTE TEXT",
            "OBJECT TEXT",
            "SVG TEXT",
            "NOSCRIPT TEXT",
            "TEMPLATE TEXT",
            "ONLOAD",
            "evil.example",
        ],
    },
    # Written without reading the extractor's rules (EXPECTED.md, last part): the classes of
    # tests/data/pages' other pages in shapes nobody tuned for.
    "cards-es.html": {
        "title": "Valdoria aprueba el tranvía del sur tras seis años de retrasos",
        "author": "Lucía Aranguren Peñalba",
        "headings": [
            None,
            "Un calendario que vuelve a empezar",
            "Las asociaciones vecinales, a la espera",
        ],
        "present": [
            "El pleno del Ayuntamiento de Valdoria aprobó este lunes",
            "El presupuesto total asciende a 186 millones de euros",
            "Los técnicos municipales estiman un plazo de ejecución de treinta meses",
            "los cortes de tráfico previstos y el calendario de cada fase de construcción.",
        ],
        "absent": [
            "Te puede interesar",
            "La red de autobuses nocturnos ampliará su horario los fines de semana",
            "Los trabajos acumulan dos meses de adelanto sobre el calendario previsto",
            "Una plataforma ciudadana ha reunido más de tres mil firmas",
            "La asociación del pequeño comercio asegura que las ventas han caído",
            "Más noticias",
            "El CD Valdoria rescata un empate en el último minuto ante el líder",
            "El mercado de abastos reabrirá en mayo tras su reforma",
            "Utilizamos cookies propias y de terceros",
        ],
    },
    "newsletter-it.html": {
        "title": "Borgomonte, la biblioteca civica riapre dopo tre anni di restauri",
        "author": "Federico Sannazzaro",
        "headings": [
            None,
            "Il fondo antico diventa digitale",
        ],
        "present": [
            "Dopo tre anni di cantiere e un investimento di quasi quattro milioni di euro",
            "Al primo piano è stata ricavata una sezione interamente dedicata ai ragazzi",
            "Oltre duemila opere sono state fotografate pagina per pagina",
            "visite guidate gratuite al chiostro restaurato, con prenotazione obbligatoria presso",
        ],
        "absent": [
            "Iscriviti alla newsletter",
            "Ogni mattina alle sette le notizie più importanti delle valli",
            "direttamente nella tua casella di posta, gratis.",
            "Federico Sannazzaro scrive di cultura e territorio",
            "ha curato due guide sui borghi della provincia.",
            "Tutti gli articoli di Federico Sannazzaro",
            "Questo sito utilizza cookie tecnici",
        ],
    },
    "comments-fr.html": {
        "title": "À Saint-Aubrac, la dernière fromagerie du village reprise par deux jeunes éleveuses",
        "author": "Margaux Delbosc",
        "headings": [
            None,
            "Un savoir-faire transmis pendant six mois",
            "Le soutien du village",
        ],
        "present": [
            "Depuis le début du mois de janvier, les grandes cuves en cuivre",
            "Solène Carrière et Inès Vidalenc élèvent ensemble une quarantaine de vaches",
            "Elles souhaitent conserver les deux fromages historiques",
            "avec visite de la cave et dégustation gratuite.",
        ],
        "absent": [
            "5 commentaires",
            "Josiane du plateau",
            "Nous achetions déjà la tomme de monsieur Couderc depuis trente ans",
            "Il faudrait que la région aide davantage ce genre de projets.",
            "Est-ce que la boutique sera ouverte le dimanche matin",
            "il y a des familles entières qui travaillent sans compter leurs heures.",
            "Le plateau a besoin de monde.",
            "Répondre",
            "Laisser un commentaire",
            "Votre adresse e-mail ne sera pas publiée.",
        ],
    },
    "read-also-tr.html": {
        "title": "Karadere Barajı'nda su seviyesi son on yılın en yüksek noktasında",
        "author": "Elif Karabulut",
        "headings": [
            None,
            "Çiftçiler için sevindirici gelişme",
            "Kontrollü tahliye gündemde",
        ],
        "present": [
            "Kentin içme suyunun büyük bölümünü karşılayan Karadere Barajı",
            "Barajdaki yükselişten en çok ovadaki çiftçiler memnun.",
            "Sulama birliği başkanı Mustafa Demirel",
            "denetimlerin hafta sonları jandarma ekipleriyle birlikte artırılacağını duyurdu.",
        ],
        "absent": [
            "İLGİLİ HABER",
            "Sulama birliği ovaya yeni kanal yapacak",
            "ovadaki dört bin dekar tarım arazisi ilk kez düzenli olarak sulanabilecek.",
            "Daha fazla haber",
            "Sahil yoluna bisiklet yolu geliyor",
            "Zeytinyağı ihracatında rekor beklentisi",
            "kültür merkezi olarak ziyaretçilere kapılarını açtı.",
            "altmış beş yaş üstü vatandaşlar için indirimli tarifenin",
            "Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır.",
        ],
    },
    "related-ar.html": {
        "title": "افتتاح محطة تحلية جديدة في رأس النخيل تكفي ربع مليون نسمة",
        "author": "سلمى الحدادي",
        "headings": [
            None,
            "نهاية الانقطاعات الصيفية",
            "مخاوف بيئية",
        ],
        "present": [
            "افتتحت وزارة الطاقة والمياه صباح أمس محطة جديدة لتحلية مياه البحر",
            "ويأمل سكان الأحياء الشرقية في أن تضع المحطة الجديدة حدا للانقطاعات المتكررة",
            "أبدت جمعية محلية لحماية البيئة البحرية قلقها",
            "وأنها ترحب بمشاركة الجامعات والمراكز البحثية في هذه المتابعة.",
        ],
        "absent": [
            "اقرأ أيضا:",
            "خطة لتجديد شبكة المياه في الأحياء القديمة خلال عامين",
            "قد يعجبك أيضا",
            "توسعة ميناء الصيد في رأس النخيل تبدأ الشهر المقبل",
            "تشمل التوسعة إنشاء رصيف جديد يتسع لأكثر من مئة قارب صيد",
            "باحثون يرصدون تعافي الشعاب المرجانية قرب الجزر الشمالية",
            "دعت الهيئة السكان إلى ترشيد الاستهلاك خلال ساعات الذروة",
            "يستخدم هذا الموقع ملفات تعريف الارتباط",
        ],
    },
    "ad-slot-en.html": {
        "title": "Harbourview bakery chain to close twelve stores as flour costs bite",
        "author": "Priya Castellano",
        "headings": [
            None,
            "A shift toward wholesale",
            "Customers react",
        ],
        "present": [
            "Harbourview Bakery, the regional chain known for its sourdough loaves",
            "Wholesale wheat prices have risen by nearly forty percent",
            "Local officials expressed concern about the effect on neighbourhood shopping streets",
            "loyalty card balances could be redeemed at any remaining store until the end of the year.",
        ],
        "absent": [
            "Story continues below advertisement",
            "Sign up for our Morning Brief newsletter",
            "Get the five business stories you need to know delivered to your inbox",
            "About the author",
            "Priya Castellano covers retail, food and small business",
            "She previously reported on agriculture and commodity markets",
            "More from Business",
            "Port authority raises container fees for the first time in a decade",
            "Two local credit unions agree to merge",
            "the value of food assistance benefits spent on fresh produce at participating stalls.",
        ],
    },
    "more-on-de.html": {
        "title": "Freibad öffnet nach Sanierung mit Solarheizung",
        "author": "Katharina Wiesenthal",
        "headings": [
            None,
            "Sonnenkollektoren auf dem Umkleidegebäude",
            "Eintrittspreise steigen leicht",
        ],
        "present": [
            "Pünktlich zum Beginn der Sommerferien hat das Freibad am Mühlbach",
            "Die bisherige Gasheizung bleibt als Reserve erhalten",
            "Eine Tageskarte für Erwachsene kostet künftig 4,50 Euro",
            "kostenlose Schnupperkurse für Kinder im Nichtschwimmerbecken an.",
        ],
        "absent": [
            "Mehr zum Thema",
            "Zukunft des Hallenbads weiter offen",
            "ob das marode Hallenbad an der Schillerstraße saniert oder durch einen Neubau ersetzt werden soll.",
            "Lange Wartelisten für Schwimmkurse",
            "Kommentare (3)",
            "Die Preiserhöhung finde ich bei den ganzen Investitionen absolut vertretbar.",
            "Im Winter fahren wir jedes Mal bis nach Grünwalde zum Schwimmen.",
            "Über die Autorin",
            "Katharina Wiesenthal ist Redakteurin im Lokalressort",
            "Sie hat in Leipzig Journalistik studiert",
        ],
    },
    "sponsored-br.html": {
        "title": "Vale Serrano transforma terrenos baldios em hortas comunitárias",
        "author": "Rafael Nogueira Bastos",
        "headings": [
            "Programa da prefeitura já ocupa onze áreas abandonadas e deve chegar a trinta até o fim do ano que vem",
            "Produção vai para escolas e famílias",
            "Próximas áreas",
        ],
        "present": [
            "Terrenos que durante anos acumularam entulho e mato alto em Vale Serrano",
            "Parte do que é colhido fica com os voluntários que cuidam dos canteiros",
            "A prefeitura abriu um cadastro para proprietários interessados",
            "para aproveitar os resíduos orgânicos das feiras livres da região.",
        ],
        "absent": [
            "Leia também",
            "Feira orgânica ganha novo horário na praça central",
            "Agentes de saúde e voluntários visitaram mais de quatro mil imóveis",
            "Mais lidas",
            "Prefeitura anuncia três novas linhas de ônibus",
            "Conteúdo patrocinado",
            "Aposentados estão usando este método simples para complementar a renda",
            "Uma nova geração de telhas promete reduzir a temperatura interna",
            "Usamos cookies para melhorar sua experiência",
        ],
    },
    "poll-es.html": {
        "title": "Valdeoro ampliará el carril bici hasta el nuevo campus universitario",
        "author": "Lucía Ferrández",
        "headings": [
            None,
            "Un trazado con polémica",
        ],
        "present": [
            "El Ayuntamiento de Valdeoro aprobó este martes la ampliación del carril bici",
            "El trazado elegido no ha convencido a todos.",
            "Aun así, el Ayuntamiento creará un aparcamiento disuasorio con 140 plazas",
            "La oposición se dividió en la votación.",
            "Si se confirma, habría al menos tres estaciones a lo largo del nuevo tramo.",
        ],
        "absent": [
            "Encuesta",
            "Usaría usted el carril bici para ir al campus",
            "Solo algunos días",
            "Votar",
            "Lee también",
            "El Ayuntamiento renueva la flota de autobuses urbanos",
            "Noticias relacionadas",
            "La Junta estudia recuperar el tren de cercanías",
            "recibirán una carta informativa en lugar de una multa",
            "Política de privacidad",
        ],
    },
    "split-body-de.html": {
        "title": "Sanierung der Lahnbrücke in Weilstein dauert zwei Jahre länger",
        "author": "Katrin Vollmer",
        "headings": [
            None,
            "Händler fürchten ein weiteres schwaches Jahr",
        ],
        "present": [
            "Die Sanierung der alten Lahnbrücke in Weilstein wird deutlich länger dauern als geplant.",
            "Nach Darstellung des Landesbetriebs sind zwei der vier Strompfeiler stärker ausgewaschen",
            "Die Kosten steigen damit von bisher 14 auf voraussichtlich 21 Millionen Euro.",
            "In der Altstadt stößt die Nachricht auf wenig Verständnis.",
            "Bis dahin sollen auch die Ergebnisse eines zweiten Gutachtens zur Standfestigkeit der Widerlager vorliegen.",
        ],
        "absent": [
            "Anzeige",
            "Lesen Sie auch",
            "Neue Buslinie soll Pendler aus dem Westerwald entlasten",
            "Ab dem Fahrplanwechsel im Dezember fährt ein Schnellbus",
            "Artikel teilen",
            "Meistgelesen",
            "Datenschutzerklärung",
            "Alle Rechte vorbehalten",
        ],
    },
    "quote-box-ar.html": {
        "title": "افتتاح محطة لتحلية المياه تخدم ثلاثمئة ألف نسمة في مدينة الرمال",
        "author": "سلمى الحداد",
        "headings": [
            None,
            "مخاوف بيئية",
        ],
        "present": [
            "افتتحت وزارة المياه صباح الثلاثاء محطة جديدة لتحلية مياه البحر",
            "وتعتمد المحطة جزئيا على الطاقة الشمسية",
            "غير أن جمعيات بيئية أبدت قلقها",
            "وردت الوزارة بأن أنابيب التصريف تمتد مسافة كيلومترين داخل البحر",
            "وتعتزم الوزارة إنشاء محطتين مماثلتين على الساحل الشمالي بحلول عام ألفين وثمانية وعشرين.",
        ],
        "absent": [
            "شاهد أيضا",
            "جولة داخل أكبر مزرعة رياح في الجنوب",
            "يرافق فريقنا المهندسين في جولة بين التوربينات العملاقة",
            "عن الكاتب",
            "صحفية متخصصة في شؤون البيئة والطاقة",
            "الأكثر قراءة",
            "نادي الساحل يتعاقد مع مدرب جديد",
            "جميع الحقوق محفوظة",
            "سياسة الخصوصية",
        ],
    },
    "multi-promo-en.html": {
        "title": "County Votes to Close Two Rural Libraries as Budget Gap Widens",
        "author": "Daniel Okafor",
        "headings": [
            None,
            "A shortfall years in the making",
            "What happens next",
        ],
        "present": [
            "The Marlow County Board of Supervisors voted 4-1 on Tuesday night",
            "Supervisor Linda Grayson, who cast the only vote against the plan",
            "Weston said every department had been asked to propose reductions of at least 6 percent.",
            "More than 80 people attended the meeting, and 31 of them spoke",
            "Library Director Janet Fuentes said staff at the two branches",
            "A decision on that funding is expected from the legislature in early October.",
        ],
        "absent": [
            "ADVERTISEMENT",
            "RELATED:",
            "County Sheriff Asks for Six More Deputies",
            "Residents packed the board chamber on Tuesday",
            "Get our free Daily Briefing",
            "delivered to your inbox every weekday morning",
            "Sign up",
            "Share on Facebook",
            "covers county government for The Harbor Ledger",
            "Privacy Policy",
        ],
    },
    "liveblog-fr.html": {
        "title": "Tempête Léonie : des rafales à 140 km/h sur le littoral breton",
        "author": "Camille Lebrun",
        "headings": [
            None,
            "Plus de 48 000 foyers privés de courant",
            "Les trains supprimés entre Brest et Quimper",
            "Un chalutier remorqué au large de Douarnenez",
            "Les écoles fermées vendredi dans le Finistère",
            "La vigilance orange prolongée",
        ],
        "present": [
            "La tempête Léonie a touché les côtes du Finistère",
            "Quelque 600 techniciens sont mobilisés",
            "Les quatre marins à bord sont sains et saufs.",
            "Le rectorat a confirmé que tous les établissements scolaires du département resteront fermés vendredi.",
            "Les prévisionnistes attendent encore des rafales de 120 km/h en soirée.",
        ],
        "absent": [
            "Publicité",
            "Partager sur Facebook",
            "Copier le lien",
            "Charger les messages précédents",
            "Sur le même sujet",
            "comment protéger sa maison avant le coup de vent",
            "les pompiers rappellent les gestes simples",
            "Politique de confidentialité",
            "Tous droits réservés",
        ],
    },
    "gallery-it.html": {
        "title": "Riapre dopo dieci anni il Teatro Comunale di Sorvello",
        "author": "Giulia Bertani",
        "headings": [
            None,
            "Un restauro lungo due anni",
            "Il programma della prima stagione",
        ],
        "present": [
            "Dopo dieci anni di chiusura e un restauro costato 6,8 milioni di euro",
            "I lavori hanno riguardato la struttura portante",
            "La capienza è stata ridotta da 620 a 480 posti",
            "Il cartellone della prima stagione prevede ventidue appuntamenti",
            "Gli abbonamenti per tutta la stagione costeranno 180 euro, con una riduzione del quaranta per cento per gli studenti e per gli over 75.",
        ],
        "absent": [
            "Foto 1 di 6",
            "La facciata del teatro dopo la rimozione dei ponteggi.",
            "Il soffitto affrescato dopo la pulitura delle superfici.",
            "Successiva",
            "Potrebbe interessarti",
            "Il festival jazz sul lago chiude con trentamila presenze",
            "le sale studio resteranno aperte fino alle ventitré",
            "I più letti",
            "Frana sulla provinciale",
            "Informativa sulla privacy",
        ],
    },
    "paywall-tail-pt.html": {
        "title": "Escolas do distrito de Leiria vão receber 40 novos psicólogos até ao fim do ano letivo",
        "author": "Rita Magalhães",
        "headings": [
            None,
            "Diretores pedem vínculos estáveis",
        ],
        "present": [
            "O Ministério da Educação vai colocar 40 novos psicólogos nas escolas do distrito de Leiria",
            "A secretária de Estado admitiu que a precariedade é um problema",
            "Os novos psicólogos serão distribuídos pelos agrupamentos com maior número de pedidos pendentes",
            "As associações de pais do distrito pediram que estas sessões sejam alargadas também às famílias, em horário pós-laboral.",
        ],
        "absent": [
            "Continue a ler",
            "Assine já",
            "Por apenas 1 euro no primeiro mês, tenha acesso ilimitado.",
            "Inicie sessão",
            "12 comentários",
            "Mais de Sociedade",
            "Urgências pediátricas de Leiria alargam horário ao fim de semana",
            "com mais dois médicos em cada turno",
            "Partilhar no Facebook",
            "Política de Privacidade",
        ],
    },
    "factbox-tr.html": {
        "title": "Kuruçay Barajı alarm veriyor: doluluk yüzde 18 ile son on yılın en düşük seviyesinde",
        "author": "Elif Karataş",
        "headings": [
            None,
            "Kayıp kaçak oranı tartışması",
        ],
        "present": [
            "Menderes ilçesine içme suyu sağlayan Kuruçay Barajı alarm veriyor.",
            "Depolama kapasitesi: 62 milyon metreküp",
            "Tarım üreticileri de durumdan endişeli.",
            "Meteoroloji uzmanları ise eylül ayının ikinci yarısından önce",
            "Yetkililer, tasarruf çağrısına uyulması halinde kısıtlamaya gerek kalmadan kış aylarına ulaşılabileceğini ifade etti.",
        ],
        "absent": [
            "Bunlar da ilginizi çekebilir",
            "Su kesintisi planı için ilk adım atıldı",
            "Evde su tasarrufu için yedi basit yöntem",
            "Musluk başlığından bulaşık makinesine kadar",
            "ruhsatsız açılan 86 kuyuyu mühürledi",
            "Gizlilik Politikası",
            "Tüm hakları saklıdır",
        ],
    },
    "disqus-en.html": {
        "title": "Harbor town approves $14 million rebuild of storm-damaged ferry pier",
        "author": "Daniel Okafor",
        "headings": [
            None,
            "Funding still uncertain",
            "What happens next",
        ],
        "present": [
            "Council members in Port Avery voted 6 to 1 on Tuesday night to rebuild the town ferry pier",
            "Roughly half of the money is expected to come from a state resilience grant",
            "The only vote against the plan came from council member Tom Reyes",
            "Construction bids will be opened in May",
            "The first session is scheduled for the second Thursday in April.",
        ],
        "absent": [
            "My mother lives on the island and has missed two medical appointments this winter",
            "The Gull Point landing is a disaster whenever the wind picks up.",
            "I would like to see the full breakdown of costs before anyone starts borrowing money.",
            "Most of the cost is the concrete pilings and the demolition work.",
            "Reyes has a point about sea levels.",
            "Build it now and plan for upgrades later.",
            "Load more comments",
            "We use cookies to improve your experience and to show you relevant advertising.",
        ],
    },
    "bio-top-de.html": {
        "title": "Stadtrat beschließt Tempo 30 auf fast allen Wohnstraßen",
        "author": "Katharina Vogel",
        "headings": [
            None,
            "Kritik von CDU und Handwerk",
            "Busse sollen nicht ausgebremst werden",
        ],
        "present": [
            "Auf den meisten Wohnstraßen der Stadt gilt ab dem 1. Oktober Tempo 30.",
            "Die CDU-Fraktion stimmte gegen den Beschluss.",
            "Die Stadtwerke hatten im Vorfeld gewarnt",
            "Die Stadt rechnet mit einer Entscheidung bis Ende August.",
        ],
        "absent": [
            "Katharina Vogel schreibt seit 2015 über Verkehrspolitik.",
            "Zuvor arbeitete sie sieben Jahre als Lokalreporterin in Münster.",
            "Alle Artikel",
            "Empfehlungen der Redaktion",
            "Neue Radwege am Ring sollen im Sommer fertig werden",
            "Nach monatelangen Verzögerungen sieht das Tiefbauamt die Arbeiten am Innenstadtring nun auf der Zielgeraden",
            "Anwohner und Besucher müssen ab dem kommenden Jahr mehr für einen Stellplatz in der Altstadt bezahlen",
            "Wie andere Städte mit Tempo 30 umgehen",
            "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können.",
        ],
    },
    "newsletter-link-fr.html": {
        "title": "La métropole de Lyon va tripler ses pistes cyclables sécurisées avant 2030",
        "author": "Claire Dumas",
        "headings": [
            None,
            "Des axes structurants vers la périphérie",
            "Une opposition divisée",
        ],
        "present": [
            "La métropole de Lyon a présenté mardi un plan destiné à tripler la longueur de ses pistes cyclables",
            "Le plan prévoit une douzaine de grands axes reliant le centre de Lyon aux communes périphériques",
            "Les associations de cyclistes ont globalement salué le projet, tout en réclamant un calendrier plus précis.",
            "Une série de réunions publiques doit être organisée dans chaque arrondissement",
            "Le conseil de la métropole votera le plan définitif lors de sa séance de juillet.",
        ],
        "absent": [
            "Recevez notre newsletter quotidienne",
            "Chaque matin, une sélection des informations locales les plus importantes, directement dans votre boîte mail.",
            "Sur le même sujet",
            "les accidents graves en baisse pour la deuxième année consécutive",
            "Les commerçants de la Croix-Rousse inquiets de la suppression des places de parking",
            "Lyon renouvelle le contrat des opérateurs pour trois ans",
            "le prolongement du métro B vers Saint-Genis enfin daté",
            "Nous et nos partenaires utilisons des cookies pour mesurer votre navigation",
            "Politique de confidentialité",
        ],
    },
    "embeds-es.html": {
        "title": "Valencia activa el plan de emergencia por la sequía más larga en tres décadas",
        "author": "Lucía Fernández Morales",
        "headings": [
            None,
            "Embalses en mínimos",
            "Próximos pasos",
        ],
        "present": [
            "La Generalitat Valenciana activó este miércoles el plan especial de emergencia por sequía en 43 municipios",
            "Los agricultores de la zona, que llevan meses reclamando ayudas, recibieron la noticia con preocupación.",
            "Los expertos advierten de que la situación podría agravarse si la primavera vuelve a ser seca.",
            "El alcalde de Chelva, Vicente Gil, pidió a la Generalitat que acelere la llegada de las cisternas.",
            "La próxima reunión de la comisión de seguimiento está prevista para el 6 de marzo.",
        ],
        "absent": [
            "Ver esta publicación en Instagram",
            "Una publicación compartida por Ayuntamiento de Chelva",
            "Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad personalizada.",
            "Copiar enlace",
            "Todos los derechos reservados.",
            "Política de privacidad",
        ],
    },
    "recommended-it.html": {
        "title": "Milano, via libera al nuovo parco lungo il Naviglio Martesana",
        "author": "Giulia Esposito",
        "headings": [
            None,
            "Le richieste dei comitati",
            "Tempi e cantiere",
        ],
        "present": [
            "La giunta comunale di Milano ha approvato il progetto definitivo del nuovo parco lineare",
            "Alcuni residenti di via Padova temono che la nuova ciclabile riduca ulteriormente i posti auto",
            "Il comitato Martesana Viva chiede che almeno una parte dei parcheggi eliminati venga ricollocata nelle vie laterali.",
            "Il primo tratto del parco dovrebbe essere inaugurato nella primavera del 2026.",
        ],
        "absent": [
            "Leggi anche",
            "Navigli, tornano le barche per i turisti",
            "Dopo due anni di sospensione riparte il servizio di navigazione turistica sul Naviglio Grande",
            "Il programma metropolitano punta a coprire entro il 2030 le aree più calde della città",
            "Gorla, riapre dopo i lavori la biblioteca di quartiere",
            "Commenti (4)",
            "Ci passo ogni giorno in bici e le sponde sono in condizioni pessime da anni.",
            "Il cantiere di via Melchiorre Gioia doveva durare un anno e ne sono passati tre.",
            "Le aree gioco nella zona nord sono poche e quasi tutte da rifare.",
            "Questo sito utilizza cookie tecnici",
        ],
    },
    "mostread-inline-pt.html": {
        "title": "Preço das casas em Lisboa sobe pelo décimo trimestre consecutivo",
        "author": "Ana Ribeiro",
        "headings": [
            None,
            "Rendas acompanham a tendência",
        ],
        "present": [
            "O preço mediano das casas vendidas em Lisboa voltou a subir no último trimestre de 2023",
            "Para o economista Rui Castanheira, professor de Finanças numa universidade de Lisboa",
            "No mercado de arrendamento, a tendência é semelhante.",
            "O Governo prometeu apresentar até ao verão um novo pacote de incentivos à construção de casas a custos controlados.",
        ],
        "absent": [
            "Mais lidas",
            "Greve dos maquinistas deixa comboios da linha de Sintra parados até sexta-feira",
            "Câmara do Porto aprova nova taxa turística para alojamento local a partir de junho",
            "Seleção nacional convoca três estreantes para os jogos de preparação de março",
            "Temperaturas vão subir até aos 28 graus no Algarve",
            "Bancos portugueses registam lucros recorde apesar da descida das taxas de juro",
            "Ana Ribeiro é jornalista da secção de Economia desde 2018.",
            "Utilizamos cookies para melhorar a sua experiência de navegação",
            "Ver versão completa",
        ],
    },
    "related-after-tr.html": {
        "title": "İzmir Körfezi için yeni arıtma tesisinin temeli atıldı",
        "author": "Mehmet Yıldırım",
        "headings": [
            None,
            "Yaz aylarında koku sorunu",
            "Dereler de temizlenecek",
        ],
        "present": [
            "Körfez kirliliğini azaltmak amacıyla planlanan yeni atık su arıtma tesisinin temeli dün Çiğli ilçesinde düzenlenen törenle atıldı.",
            "Körfezde özellikle yaz aylarında ortaya çıkan koku ve balık ölümleri uzun süredir kentin gündeminde.",
            "Belediye, arıtma tesisinin yanı sıra körfeze dökülen on iki derede kapsamlı bir temizlik çalışması başlatacağını duyurdu.",
            "su kalitesi ölçümlerinin internet üzerinden yayımlanmasını talep etti.",
        ],
        "absent": [
            "Benzer Haberler",
            "Körfezde deniz salyası için erken uyarı sistemi kuruluyor",
            "Kuş gözlemcilerinin yaptığı son sayımlarda bölgedeki flamingo sayısının",
            "Kentte su tasarrufu için yeni tarife dönemi başlıyor",
            "Küçük ölçekli balıkçılar, stokların toparlanması için",
            "Yorumlar",
            "Yıllardır bu tesisi bekliyoruz.",
            "Sadece tesis yetmez, derelerdeki kaçak bağlantılar çözülmezse körfez yine kokar.",
            "Çocukken körfezde yüzerdik.",
            "Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır.",
        ],
    },
    "live-updates-ar.html": {
        "title": "مباشر: أمطار غزيرة تغمر شوارع الإسكندرية وتوقف حركة القطارات",
        "author": "سارة المصري",
        "headings": [
            None,
            "تحديث 09:15: إغلاق طريق الكورنيش أمام السيارات",
            "تحديث 10:40: تعليق الدراسة في مدارس المحافظة",
            "تحديث 12:05: توقف القطارات بين الإسكندرية والقاهرة",
            "تحديث 14:20: لا إصابات حتى الآن",
        ],
        "present": [
            "تشهد مدينة الإسكندرية منذ ساعات الفجر الأولى أمطارا غزيرة مصحوبة برياح قوية",
            "أغلقت إدارة المرور طريق الكورنيش في الاتجاهين",
            "أعلنت هيئة السكك الحديدية توقف حركة القطارات مؤقتا على خط الإسكندرية القاهرة",
            "قال محافظ الإسكندرية في تصريحات صحفية إنه لم تسجل أي إصابات بشرية حتى الآن",
            "ودعت المحافظة السكان إلى الإبلاغ عن أي تجمعات للمياه أو أعمدة إنارة متضررة عبر الخط الساخن المخصص لحالات الطوارئ.",
        ],
        "absent": [
            "إعلان",
            "الأكثر مشاهدة",
            "ارتفاع أسعار الذهب في السوق المحلية مع بداية تعاملات الأسبوع",
            "وزارة الصحة تطلق حملة جديدة للتطعيم ضد الإنفلونزا الموسمية",
            "منتخب الشباب يتأهل إلى نهائي البطولة العربية",
            "خبراء يتوقعون انخفاض أسعار الخضروات خلال الأسابيع المقبلة",
            "اشترك في النشرة البريدية",
            "احصل على أهم الأخبار يوميا في بريدك الإلكتروني.",
            "يستخدم هذا الموقع ملفات تعريف الارتباط",
            "شارك على فيسبوك",
        ],
    },
    "interview-en.html": {
        "title": "The engineer teaching satellites to spot illegal fishing boats",
        "author": "Maria Chen",
        "headings": [
            None,
            "How did you end up working on fishing boats?",
            "What makes a boat hard to find from space?",
            "Why do vessels switch off their beacons?",
            "How accurate is the system today?",
            "What is the hardest part of the job?",
            "What comes next for Open Tide?",
        ],
        "present": [
            "For most of the last decade, Priya Raman has spent her working days staring at the ocean",
            "Sometimes for innocent reasons, such as protecting a good fishing spot from competitors.",
            "That is the only way the pressure on illegal fleets will last.",
            "This interview has been edited for length and clarity.",
        ],
        "absent": [
            "Cheap satellites are changing how governments patrol remote fishing grounds",
            "Maria Chen is a staff writer covering technology.",
            "Our best stories, delivered to your inbox every weekday morning.",
            "This website uses cookies to analyze traffic and remember your preferences.",
            "Share on Facebook",
            "Ethics policy",
        ],
    },
    "keypoints-en.html": {
        "title": "Harbour council approves flood barrier after two-year dispute",
        "author": "Rachel Pennington",
        "headings": [
            "Key points",
            "A long road to approval",
            "What happens next",
        ],
        "present": [
            "Westmouth town council has approved plans for a tidal flood barrier",
            "A revised design widens the navigation channel after objections from fishing crews.",
            "Skippers argued that an earlier design, which narrowed the harbour entrance",
            "Residents will be able to leave comments online until the end of June.",
            "Correction: An earlier version of this article misstated the date of the council vote.",
        ],
        "absent": [
            "has covered council affairs across the district since 2016",
            "still sails a small dinghy from the harbour on most summer weekends",
            "Follow Rachel on Twitter",
            "Connect on LinkedIn",
            "Share on Facebook",
            "Parents divided over school street parking ban",
            "Westmouth Echo Media Ltd. All rights reserved.",
            "Privacy Policy",
        ],
    },
    "divtext-de.html": {
        "title": "Fernwärme in Wendelstadt wird ab Mai deutlich teurer",
        "author": "Katrin Vollmer",
        "headings": [
            None,
            "Mieterverein fordert mehr Transparenz",
            "Grundpreis bleibt stabil",
        ],
        "present": [
            "Rund 18.000 Haushalte in Wendelstadt müssen sich auf höhere Heizkosten einstellen.",
            "Zuschüsse von Bund und Land deckten nur etwa ein Drittel der Kosten.",
            "Der Stadtrat muss der Erhöhung nicht zustimmen",
            "Die Verbraucherzentrale rät Betroffenen, die neue Preisformel genau zu prüfen.",
            "Details dazu sollen bis zum Sommer vorgestellt werden.",
        ],
        "absent": [
            "Anzeige",
            "Auch interessant",
            "Neues Hallenbad in Wendelstadt öffnet später als geplant",
            "Wegen Lieferproblemen beim Hubboden verschiebt sich die Eröffnung",
            "dpa-infocom, dpa:240312-99-301245/3",
            "Auf Facebook teilen",
            "Digital-Abo testen",
            "Wendelstädter Rundschau Verlagsgesellschaft mbH",
        ],
    },
    "editors-note-es.html": {
        "title": "Los regantes del valle del Guadalhorce aceptan un recorte del 30% del agua",
        "author": "Lucía Fernández Ortega",
        "headings": [
            None,
            "Preocupación en el campo",
            "Medidas para los municipios",
        ],
        "present": [
            "Nota del editor: Esta historia forma parte de una serie sobre el agua en Andalucía.",
            "Las comunidades de regantes del valle del Guadalhorce aprobaron este lunes",
            "Aun así, defendió que no había otra alternativa responsable.",
            "Las organizaciones agrarias han pedido a la administración ayudas directas",
            "Por ahora, los técnicos advierten de que el escenario más probable es un verano de restricciones en toda la provincia.",
        ],
        "absent": [
            "Un incendio obliga a desalojar una nave industrial en Alhaurín",
            "Los transportistas convocan una huelga para el mes de abril",
            "Te recomendamos",
            "Así se ve el embalse de La Viñuela casi vacío desde el aire",
            "Cinco trucos sencillos para ahorrar agua en casa",
            "02:15",
            "Suscríbete por 1 euro",
            "Todos los derechos reservados.",
        ],
    },
    "paywall-fr.html": {
        "title": "Les chantiers navals de la côte atlantique peinent à recruter des soudeurs",
        "author": "Claire Dumoulin",
        "headings": [
            None,
            "Des salaires en hausse",
        ],
        "present": [
            "Sur les quais du port de Montoir, les annonces se succèdent sans trouver preneur.",
            "Les centres de formation, eux, ne forment que quelques centaines de jeunes par an.",
            "Pour attirer des candidats, plusieurs entreprises ont relevé les salaires",
            "Certaines sociétés proposent aussi un logement temporaire et prennent en charge le permis de conduire des apprentis.",
        ],
        "absent": [
            "Cet article est réservé aux abonnés.",
            "Il vous reste 68% à découvrir.",
            "Déjà abonné",
            "Se connecter",
            "Partager sur Facebook",
            "Offre spéciale abonnement",
            "Politique de confidentialité",
            "Reproduction interdite de tous les articles",
        ],
    },
    "related-section-ar.html": {
        "title": "بلدية النخيل تطلق أول خط للحافلات الكهربائية",
        "author": "سارة الحسيني",
        "headings": [
            None,
            "محطات شحن جديدة",
            "ترحيب من السكان",
        ],
        "present": [
            "أطلقت بلدية مدينة النخيل صباح الأحد خطا جديدا للحافلات الكهربائية",
            "ويبلغ سعر التذكرة الواحدة نصف دينار",
            "في المقابل، أبدى عدد من سائقي سيارات الأجرة قلقهم من تأثير الخط الجديد على دخلهم",
            "وسيحدد التقرير ما إذا كانت الخطوط الإضافية ستنفذ وفق الجدول الزمني المعلن أم سيتم تعديله.",
        ],
        "absent": [
            "مواضيع ذات صلة",
            "ارتفاع أسعار الوقود يدفع السكان نحو النقل العام",
            "تشير بيانات حديثة إلى أن عدد مستخدمي الحافلات في المدينة ارتفع بنحو الربع",
            "مجلس المدينة يناقش خطة لتوسيع الممرات المخصصة للدراجات",
            "شركات محلية تستعد لتصنيع قطع غيار الحافلات الكهربائية",
            "مستفيدة من حوافز ضريبية أقرتها الحكومة مطلع العام الجاري",
            "شارك على فيسبوك",
            "سياسة الخصوصية",
        ],
    },
    "continue-reading-tr.html": {
        "title": "Çamlıbel ilçesinde zeytin hasadı yüzde 40 düştü",
        "author": "Elif Karaca",
        "headings": [
            None,
            "Sulama projesi gündemde",
        ],
        "present": [
            "Ege kıyısındaki Çamlıbel ilçesinde bu yıl zeytin hasadı geçen yıla göre yüzde 40 oranında düştü.",
            "Fabrika sahipleri, ham madde sıkıntısının fiyatlara da yansıyacağı uyarısında bulundu.",
            "Yerel pazarlarda sızma zeytinyağının litre fiyatı şimdiden geçen yılın iki katına yaklaştı.",
            "Yıllardır konuşulan proje için fizibilite çalışmasının tamamlandığı",
            "Uzmanlar, iklim koşullarındaki değişimin önümüzdeki yıllarda da süreceğini ve bahçelerin buna göre yeniden planlanması gerektiğini vurguluyor.",
        ],
        "absent": [
            "Haberin devamı için tıklayın",
            "Ayvalık zeytinyağı festivali bu yıl ertelendi",
            "Kuraklık nedeniyle barajlarda doluluk oranı yüzde 20 altına indi",
            "Tarım kredisi faizlerinde yeni düzenleme yolda",
            "Çiftçilere mazot desteği ödemeleri başladı",
            "WhatsApp ile Gönder",
            "Tüm hakları saklıdır.",
            "Gizlilik Politikası",
        ],
    },
    "longbio-it.html": {
        "title": "Valmarina, chiude dopo settanta anni la storica libreria di piazza Garibaldi",
        "author": "Marco Bellini",
        "headings": [
            None,
            "La reazione della città",
            "Una raccolta firme",
        ],
        "present": [
            "La libreria Fontana di piazza Garibaldi chiuderà definitivamente il prossimo 30 aprile",
            "Il negozio era stato aperto nel 1954 da Ernesto Fontana",
            "In due giorni sono state raccolte oltre tremila adesioni",
            "Sabato 27 aprile è prevista una festa di commiato con letture ad alta voce e musica dal vivo, aperta a tutta la cittadinanza.",
        ],
        "absent": [
            "Marco Bellini è giornalista professionista dal 2009.",
            "occupandosi soprattutto di cronaca cittadina e politica comunale",
            "Dal 2017 segue per il Corriere di Valmarina il commercio e la vita del centro storico.",
            "Leggi tutti gli articoli",
            "Ti potrebbe interessare",
            "Il mercato coperto riapre dopo due anni di lavori",
            "Il cinema Astra cerca un nuovo gestore",
            "Oltre sessanta espositori, incontri con autori della regione",
            "Condividi su Facebook",
            "Tutti i diritti riservati",
        ],
    },
    "twocol-pt.html": {
        "title": "Prefeitura de Campo Alegre anuncia tarifa zero nos ônibus aos domingos",
        "author": "Renata Albuquerque",
        "headings": [
            None,
            "Críticas da oposição",
        ],
        "present": [
            "A Prefeitura de Campo Alegre anunciou nesta segunda-feira",
            "As empresas concessionárias receberão um valor fixo por quilômetro rodado",
            "A proposta ainda precisa ser aprovada pela Câmara Municipal, onde a base do governo tem maioria.",
            "Vereadores da oposição questionam a origem dos recursos.",
            "A prefeitura promete divulgar relatórios mensais com o número de passageiros e o custo da operação, e não descarta estender a gratuidade aos sábados caso os resultados sejam positivos.",
        ],
        "absent": [
            "Foto: Ana Souza/Agência Estado",
            "Mais lidas",
            "Chuva forte alaga avenida central e interdita viaduto",
            "Fábrica de calçados abre 300 vagas na zona norte",
            "Festival de inverno divulga as primeiras atrações",
            "Receba as principais notícias da cidade no seu e-mail todas as manhãs.",
            "Compartilhar no WhatsApp",
            "Todos os direitos reservados.",
        ],
    },
    "timeline-en.html": {
        "title": "Three years after the plant closed, Millbrook is still counting the cost",
        "author": "Daniel Okafor",
        "headings": [
            None,
            "A slow recovery",
            "How we got here",
        ],
        "present": [
            "When the Hartwell packaging plant shut its doors in March 2021",
            "March 2021: The plant closes and 587 workers are laid off.",
            "October 2023: The state approves a 4 million dollar clean-up grant.",
            "Reyes said he expects to announce a new tenant for at least part of the site",
            "She said she would believe in a new beginning for the plant when she saw the trucks pulling into the parking lot again, and not a day before.",
        ],
        "absent": [
            "More on this story",
            "Retraining program for former Hartwell workers loses funding",
            "helped more than 200 people earn commercial driving licenses",
            "Empty storefronts pile up on Millbrook Main Street",
            "Most popular",
            "Millbrook wrestlers bring home first state title",
            "School board delays budget vote after heated meeting",
            "Read the e-Edition",
            "Valley Courier Publishing Co. All rights reserved.",
        ],
    },
    "qa-box-de.html": {
        "title": "Neue Regeln für die Biotonne: Was sich ab Juli im Landkreis ändert",
        "author": "Jonas Hartmann",
        "headings": [
            None,
            "Was sich konkret ändert",
            "Dürfen kompostierbare Plastiktüten in die Biotonne?",
            "Was passiert mit Essensresten?",
            "Wie erfahre ich, ob meine Tonne beanstandet wurde?",
        ],
        "present": [
            "Wer im Landkreis Weserland Bioabfall entsorgt, muss sich ab dem 1. Juli auf strengere Kontrollen einstellen.",
            "Der Kreis empfiehlt Papiertüten oder Zeitungspapier zum Einwickeln.",
            "Darauf ist angekreuzt, welche Fremdstoffe gefunden wurden",
            "Umweltverbände begrüßen die neuen Regeln grundsätzlich.",
            "Außerdem sollen in den Wertstoffhöfen Infostände aufgebaut werden, an denen Mitarbeiter Fragen beantworten und kostenlose Vorsortierbehälter für die Küche verteilen.",
        ],
        "absent": [
            "Kommentare",
            "Bei uns in der Straße landet jede Woche der halbe Gelbe Sack in der Biotonne.",
            "Das ist doch nicht zu Ende gedacht.",
            "Die Papiertüten aus dem Supermarkt reißen nach zwei Tagen durch.",
            "Kommentar abschicken",
            "Link kopieren",
            "WZ Plus entdecken",
            "Weserland Zeitung Mediengruppe GmbH",
        ],
    },
    "audio-en.html": {
        "title": "City council approves late-night bus pilot for the eastern districts",
        "author": "Marian Oakes",
        "headings": [
            None,
            "How the night routes will work",
        ],
        "present": [
            "Late-night buses will run through the eastern districts for the first time",
            "Opposition members questioned whether demand would justify the expense.",
            "Buses will leave the central interchange every 30 minutes on weeknights",
            "The council is expected to publish the first passenger figures in January, and a final decision on whether to make the routes permanent will be taken next autumn.",
        ],
        "absent": [
            "Listen to this article",
            "Reading time: 4 minutes",
            "Why the ferry timetable changed again this spring",
            "Topics:",
            "Night Economy",
            "covers transport and city hall for the Ledger",
            "She previously reported on regional politics for eleven years.",
            "Share on Facebook",
            "All rights reserved.",
            "Comments are closed for this story.",
        ],
    },
    "pagination-es.html": {
        "title": "El alquiler en Valencia sube un 11 por ciento en solo un año",
        "author": "Lucía Ferrandis",
        "headings": [
            None,
            "Los jóvenes, los más afectados",
        ],
        "present": [
            "El precio medio del alquiler en la ciudad de Valencia ha subido un 11 por ciento",
            "El informe dedica un apartado a la situación de los menores de 35 años.",
            "Marta Soler, de 29 años, comparte piso con otras tres personas en Benimaclet",
            "La patronal del sector advierte de que cualquier limitación reduciría aún más el número de pisos que salen al mercado de alquiler tradicional.",
        ],
        "absent": [
            "Página 1 de 3",
            "Siguiente página",
            "Inicio",
            "Compartir en Facebook",
            "Lo más leído",
            "Una exposición repasa medio siglo de cartelería valenciana",
            "Política de privacidad",
            "Todos los derechos reservados.",
        ],
    },
    "comments-dl-fr.html": {
        "title": "Strasbourg installe des capteurs pour mesurer le bruit des terrasses",
        "author": "Camille Herzog",
        "headings": [
            None,
            "Des riverains partagés",
        ],
        "present": [
            "La Ville de Strasbourg a commencé cette semaine à installer une trentaine de capteurs sonores",
            "Pour Hélène Mathis, qui préside une association de riverains de la Krutenau",
            "Du côté des restaurateurs, la réaction est plus prudente.",
            "Un premier bilan est attendu au printemps prochain, avant une éventuelle extension",
        ],
        "absent": [
            "4 réactions",
            "Enfin une mesure concrète pour les habitants du centre.",
            "Il suffirait de faire respecter les horaires de fermeture déjà en vigueur.",
            "nous faisons de gros efforts depuis deux ans",
            "Les données seront-elles vraiment accessibles à tous",
            "Connectez-vous pour réagir",
            "Partager sur Facebook",
            "Politique de confidentialité",
            "Tous droits réservés.",
        ],
    },
    "aside-related-de.html": {
        "title": "Köln plant neue Radbrücke über den Rhein bis 2029",
        "author": "Jonas Wellmann",
        "headings": [
            None,
            "Die Pläne im Detail",
            "Kritik aus Deutz",
        ],
        "present": [
            "Die Stadt Köln will bis 2029 eine eigene Brücke für Radfahrende und Fußgänger",
            "Nach den ersten Entwürfen soll die neue Brücke rund 400 Meter lang",
            "Für die Finanzierung setzt die Stadt vor allem auf Zuschüsse.",
            "Skeptisch äußern sich auch einige Anwohner in Deutz.",
            "Dort sollen auch die Ergebnisse einer Verkehrsstudie vorgestellt werden, die die Stadt im vergangenen Jahr in Auftrag gegeben hatte.",
        ],
        "absent": [
            "Mehr zum Thema",
            "Warum die Sanierung der Radwege schon wieder ein ganzes Jahr länger dauert",
            "Neue Zählstellen zeigen, wie stark der Radverkehr",
            "Was Familien in Ehrenfeld und Nippes über ihre Erfahrungen berichten",
            "Auf Facebook teilen",
            "Meistgelesen in Köln",
            "Zoobrücke am Wochenende in Richtung Innenstadt gesperrt",
            "Alle Rechte vorbehalten.",
        ],
    },
    "newsletter-iframe-it.html": {
        "title": "Como, sei spiagge del lago tornano balneabili dopo dieci anni",
        "author": "Giulia Bernasconi",
        "headings": [
            None,
            "I risultati delle analisi",
        ],
        "present": [
            "Dopo dieci anni di divieti, sei spiagge della sponda comasca del lago torneranno balneabili",
            "Non tutte le notizie sono positive.",
            "Il sindaco di Como ha parlato di una giornata storica per la città.",
            "In caso di valori anomali, i sindaci potranno disporre divieti temporanei di balneazione anche per pochi giorni, segnalati con appositi cartelli sulle spiagge e sui siti dei Comuni.",
        ],
        "absent": [
            "La newsletter del mattino",
            "Ogni giorno alle sette le notizie più importanti del lago e della provincia",
            "Condividi su Facebook",
            "Iscriviti ora",
            "Inserisci la tua email",
            "Tutti i diritti riservati.",
            "Informativa sulla privacy",
            "Powered by Ghost",
        ],
    },
    "caption-heavy-pt.html": {
        "title": "Obras na ponte de Santa Clara obrigam a desviar autocarros durante três meses",
        "author": "Inês Carvalhal",
        "headings": [
            None,
            "Alternativas para peões e ciclistas",
        ],
        "present": [
            "As obras de reabilitação da ponte de Santa Clara, em Coimbra, arrancam na próxima segunda-feira",
            "Segundo a autarquia, a ponte apresenta sinais de corrosão nas juntas de dilatação",
            "Os comerciantes da Baixa mostram-se preocupados.",
            "A empresa responsável pela obra comprometeu-se a trabalhar em dois turnos para cumprir o prazo.",
            "Os horários alterados das carreiras já estão disponíveis nas paragens e nos balcões de atendimento, e os motoristas vão distribuir folhetos informativos aos passageiros durante a primeira semana.",
        ],
        "absent": [
            "Foto: Rui Matos/Agência Atlântico",
            "Foto: Sofia Lemos/Imagem Centro",
            "Foto: Carla Nunes/Agência Atlântico",
            "Partilhar no Facebook",
            "Copiar ligação",
            "Mais lidas",
            "Feira popular regressa ao recinto junto ao estádio em agosto",
            "Todos os direitos reservados.",
        ],
    },
    "sidebar-in-article-tr.html": {
        "title": "Bornova metro hattında ilk kazma vuruldu",
        "author": "Mehmet Aydoğan",
        "headings": [
            None,
            "Tünel açma makineleri yolda",
        ],
        "present": [
            "Bornova ile Buca arasındaki yeni metro hattının ilk kazısı dün düzenlenen törenle yapıldı.",
            "Hattın güzergâhı üzerinde yer alan bazı caddelerde trafik düzenlemesine gidilecek.",
            "Projede iki tünel açma makinesi kullanılacak.",
            "Belediye, aktarma noktalarına ilişkin ayrıntılı planı yıl sonuna kadar kamuoyuyla paylaşmayı planlıyor.",
        ],
        "absent": [
            "Öne Çıkanlar",
            "Körfez hattında yeni tramvay seferleri başlıyor",
            "seferlerin on dakikaya indirileceğini duyurdu",
            "Karşıyaka sahilinde bisiklet yolu uzatılıyor",
            "Mavişehir yönünde üç kilometre daha uzatılmasına",
            "pazar akşamına kadar araç trafiğine kapalı olacak",
            "Toplu taşımada öğrenci kartı başvuruları uzatıldı",
            "Limanda ihracat yüklemeleri haziranda rekor kırdı",
            "Tüm hakları saklıdır.",
        ],
    },
    "quote-tweet-ar.html": {
        "title": "افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة",
        "author": "سارة الحمدان",
        "headings": [
            None,
            "خطط للتوسع",
        ],
        "present": [
            "افتتحت الحكومة صباح اليوم الأحد محطة جديدة لتحلية مياه البحر",
            "ولقيت المحطة ترحيباً واسعاً على منصات التواصل الاجتماعي",
            "وكشفت الوزارة عن خطة لإنشاء محطتين مماثلتين على الساحل الغربي",
            "ويرى خبراء في قطاع المياه أن نجاح المحطة الجديدة سيكون اختباراً حقيقياً",
            "ودعت الوزارة السكان إلى متابعة قنواتها الرسمية للاطلاع على مواعيد التشغيل في كل حي.",
        ],
        "absent": [
            "اقرأ أيضاً",
            "موجة حر مبكرة ترفع استهلاك الكهرباء إلى مستوى قياسي",
            "شارك على فيسبوك",
            "التصنيفات:",
            "رسالة أحدث",
            "جميع الحقوق محفوظة.",
            "سياسة الخصوصية",
        ],
    },
    "longform-en.html": {
        "title": "The last lighthouse keepers of the Saltmarsh Coast",
        "author": "Thea Marchetti",
        "headings": [
            None,
            "A job that was meant to disappear",
            "Three keepers, one decision",
            "What the machines cannot see",
            "A light left on",
        ],
        "present": [
            "tide was already turning when Agnes Fairlie climbed the 114 steps",
            "Lighthouse keeping has been dying for most of a century.",
            "When the automation letters arrived, it was Pask who proposed that they simply stay.",
            "But somebody, she says, ought to see it come on.",
            "This story was produced in partnership with the Coastal Reporting Fund.",
        ],
        "absent": [
            "Support independent journalism. Donate today.",
            "Give now",
            "More features",
            "The oyster beds that came back from the dead",
            "A winter with the ferrymen of the Doon estuary",
            "Terms of Use",
            "All rights reserved.",
        ],
    },
    "brief-de.html": {
        "title": "Brückenprüfung: Landstraße bei Hagen bleibt länger gesperrt",
        "author": "Tobias Reuter",
        "headings": [
            None,
        ],
        "present": [
            "Die Landstraße 704 zwischen Hagen-Dahl und Breckerfeld bleibt länger gesperrt als geplant.",
            "Die Umleitung über Rummenohl und die B54 bleibt bestehen und ist ausgeschildert.",
            "Die Buslinie 84 fährt bis zur Freigabe nach einem Ersatzfahrplan.",
        ],
        "absent": [
            "Weitere Meldungen",
            "Stadtbücherei verlängert Öffnungszeiten am Samstag",
            "Die Stadt reagiert damit auf eine Umfrage unter Nutzerinnen und Nutzern",
            "Besucherinnen und Besucher können ihre Tickets in diesem Sommer erstmals online kaufen",
            "Hinweise nimmt die Kriminalpolizei unter der bekannten Rufnummer entgegen.",
            "Die Verwaltung schlägt vor, die Gebühren in den zentralen Parkhäusern",
            "Nach fast zwei Jahren Bauzeit ist die neue Sporthalle der Grundschule fertiggestellt.",
            "Wochenmarkt zieht für drei Wochen auf den Rathausplatz",
            "Meistgelesen",
            "Zulieferer kündigt Abbau von 120 Stellen an",
        ],
    },
    "roundup-en.html": {
        "title": "Five things to know this morning",
        "author": "Dana Whitcombe",
        "headings": [
            None,
            "Water main repair closes Harbor Street until Friday",
            "School board weighs four options to close budget gap",
            "County fair will move to the former airfield next summer",
            "Library extends weekend hours at three branches",
            "High school robotics team heads to national finals",
        ],
        "present": [
            "A water main repair will snarl traffic downtown",
            "buses on routes 6 and 14 are detouring along Canal Road",
            "Public comment is limited to three minutes per speaker",
            "relocate the event to the decommissioned Ashworth airfield",
            "funded by a state literacy grant that covers two additional part-time staff positions",
            "The eleven students built a robot that stacks crates and climbs a rope",
        ],
        "absent": [
            "City council approves new parking meters on Main Street",
            "Storm cleanup costs top early estimates in Bellamy County",
            "Eastgate residents push for new crosswalk near elementary school",
            "Get the Morning Ledger newsletter in your inbox",
            "Riverton Ledger Media Group. All rights reserved",
            "By continuing, you agree to our use of cookies",
        ],
    },
    "coverage-de.html": {
        "title": "Stadtrat stoppt Planung der neuen Mainbrücke vorerst",
        "author": "Miriam Oberholzer",
        "headings": [
            None,
            "Kritik aus der Opposition",
            "Wie es weitergeht",
        ],
        "present": [
            "die Planungen für eine neue Fußgänger- und Radbrücke über den Main vorläufig auf Eis gelegt",
            "höhere Stahlpreise, strengere Auflagen für den Hochwasserschutz",
            "Baudezernent Tobias Renner zeigte sich nach der Abstimmung enttäuscht",
            "Ein sauberes Gutachten schützt am Ende die Steuerzahler und das Projekt selbst",
            "alternative Standorte weiter flussaufwärts zu prüfen",
            "Über das weitere Vorgehen entscheidet der Rat voraussichtlich im Juli",
        ],
        "absent": [
            "Neue Mainbrücke soll Hafenviertel und Altstadt schon ab 2027 miteinander verbinden",
            "Kosten für geplante Rad- und Fußgängerbrücke steigen erneut um mehrere Millionen Euro",
            "Bürgerinitiative sammelt über dreitausend Unterschriften gegen den Standort der Brücke",
            "Hafenfest lockt am Wochenende Tausende ans Mainufer",
            "Neue Buslinie verbindet Nordstadt und Klinikum",
            "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten",
            "Kellbrücker Rundschau Verlag GmbH",
        ],
    },
    "correction-box-fr.html": {
        "title": "Le conseil métropolitain approuve le prolongement du tramway vers Saint-Aubin-des-Prés",
        "author": "Claire Dufresne",
        "headings": [
            None,
            "Un chantier de trois ans",
            "Des commerçants inquiets",
        ],
        "present": [
            "Le texte a recueilli 61 voix pour, 22 contre et 9 abstentions",
            "la circulation sera réduite à une voie sur le boulevard des Tilleuls",
            "plusieurs commerçants redoutent une baisse de fréquentation pendant les travaux",
            "Ils envisagent un recours devant le tribunal administratif",
            "une version précédente de cet article indiquait une mauvaise date pour le vote du conseil",
        ],
        "absent": [
            "Les horaires des bus modifiés pendant les vacances scolaires",
            "La future médiathèque de Saint-Aubin ouvrira en septembre",
            "Un nouveau parking relais au nord de la métropole",
            "Recevez chaque matin notre lettre",
            "Politique de confidentialité",
            "Nous utilisons des cookies pour mesurer",
        ],
    },
    "factbox-links-es.html": {
        "title": "El Gobierno regional da luz verde a la desaladora de Cabo Lince",
        "author": "Lucía Ferrándiz",
        "headings": [
            None,
            "Un proyecto largamente esperado",
            "Críticas de los ecologistas",
        ],
        "present": [
            "reducirá a la mitad la dependencia de los acuíferos costeros",
            "Capacidad para producir 60 hectómetros cúbicos de agua al año",
            "Las obras comenzarán en otoño y se prolongarán durante 30 meses",
            "puede consultarse en el portal de transparencia del Gobierno regional",
            "gracias a un parque solar que se levantará en terrenos anexos",
            "se han comprometido a instalar sensores de control en tiempo real",
        ],
        "absent": [
            "Los regantes piden ayudas urgentes ante la falta de lluvias",
            "El puerto de Cabo Lince estrena terminal de cruceros",
            "La sequía obliga a restringir el riego en seis municipios",
            "Suscríbete a nuestro boletín diario",
            "Utilizamos cookies propias y de terceros",
            "Todos los derechos reservados",
        ],
    },
    "video-heading-it.html": {
        "title": "Castelrupe inaugura il nuovo ponte pedonale sul torrente Vesca",
        "author": "Giulia Ferraresi",
        "headings": [
            None,
            "Un progetto lungo dieci anni",
        ],
        "present": [
            "La struttura in acciaio e legno, lunga 84 metri",
            "La spesa finale ammonta a 3,2 milioni di euro",
            "il nuovo ponte è interamente accessibile alle persone con disabilità",
            "Alcuni residenti di San Rocco lamentano la mancanza di parcheggi",
            "Il Comune ha annunciato un tavolo di confronto con il comitato locale",
            "una mostra fotografica allestita in municipio racconta le fasi del cantiere",
        ],
        "absent": [
            "Riapre la piscina comunale dopo i lavori di restauro",
            "Castelrupe, al via la raccolta differenziata porta a porta",
            "Festa di San Rocco, il programma completo delle serate",
            "Ricevi ogni mattina le notizie di Castelrupe",
            "Tutti i diritti riservati",
            "Questo sito utilizza cookie tecnici e di profilazione",
        ],
    },
    "liveblog-links-pt.html": {
        "title": "Depressão Valéria: acompanhe ao minuto os efeitos do mau tempo no Norte",
        "author": "Rita Magalhães Costa",
        "headings": [
            None,
            "Comboios suspensos entre Espinho e Ovar",
            "Escolas encerradas em três concelhos",
            "Rio Távega galga as margens junto à ponte velha",
            "Mais de 40 mil clientes sem eletricidade",
            "Proteção Civil regista 230 ocorrências",
            "Aviso vermelho prolongado até às 18h00",
        ],
        "present": [
            "A Proteção Civil mantém o aviso vermelho até ao final da tarde",
            "Os passageiros estão a ser transportados em autocarros de substituição",
            "decidiram encerrar todas as escolas durante a tarde por precaução",
            "Os bombeiros retiraram preventivamente doze moradores de casas térreas",
            "o vento forte impede para já a reparação de algumas linhas de média tensão",
            "O comandante regional pede às populações que evitem deslocações desnecessárias",
            "ondas de noroeste com sete a oito metros de altura",
        ],
        "absent": [
            "Como preparar a sua casa para uma tempestade",
            "Seguradoras recebem milhares de participações após o temporal",
            "Praias do Norte perdem areia com a agitação marítima",
            "Subscreva a nossa newsletter diária",
            "Utilizamos cookies para melhorar a sua experiência",
            "Todos os direitos reservados",
        ],
    },
    "listicle-tr.html": {
        "title": "Bu yaz gidilecek 6 koy",
        "author": "Elif Karaağaç",
        "headings": [
            None,
            "1. Sarıkaya Koyu",
            "2. Mavidere Koyu",
            "3. Çamlıburun Koyu",
            "4. Kuzgunlu Koyu",
            "5. Akçakese Koyu",
            "6. Deliktaş Koyu",
        ],
        "present": [
            "Turkuaz rengi suyu ve ince çakıllı plajıyla",
            "Koyda yalnızca bir pansiyon ve küçük bir balık lokantası bulunuyor",
            "Kayalık kıyısı şnorkel meraklıları için ideal",
            "Yanınıza bol su ve gölgelik almanızı öneriyoruz",
            "sığ ve dalgasız denizi sayesinde küçük çocuklu aileler",
            "adını kıyıdaki oyuk kayadan alıyor",
            "tekneleri kıyıdan uzağa demirlemeyi unutmayın",
        ],
        "absent": [
            "Kapadokya balon turları için en doğru zaman",
            "Karadeniz yaylalarında üç günlük rota önerisi",
            "Ucuz uçak bileti bulmanın yedi yolu",
            "Bültenimize abone olun",
            "Tüm hakları saklıdır",
            "Sitemizde size daha iyi hizmet verebilmek",
        ],
    },
    "photo-essay-ar.html": {
        "title": "صيادو بحيرة الرملة: يوم مع آخر قوارب الخشب",
        "author": "ليلى عبد الرحيم",
        "headings": [
            None,
        ],
        "present": [
            "ما زالت نحو ثلاثين أسرة تعيش على الصيد بالقوارب الخشبية التقليدية",
            "يتجمع الصيادون عند المرسى الصغير لتجهيز الشباك",
            "حصيلة الصيد تراجعت إلى النصف خلال العقد الأخير",
            "يتحول الشاطئ إلى سوق صغيرة",
            "يحتاج القارب الواحد إلى نحو شهرين من العمل اليدوي",
            "ويطالبون الجهات المختصة بدعم الوقود وتنظيف الروافد",
        ],
        "absent": [
            "تصوير: سامر الحداد",
            "تصوير: نور الهدى منصور",
            "ارتفاع أسعار الأسماك في الأسواق المحلية مع بداية الصيف",
            "مهرجان الحرف التقليدية يعود بعد غياب ثلاث سنوات",
            "اشترك في النشرة البريدية اليومية",
            "جميع الحقوق محفوظة",
            "يستخدم هذا الموقع ملفات تعريف الارتباط",
        ],
    },
    "quotes-list-en.html": {
        "title": "Regulators approve 9 percent rate increase for Northgate Power customers",
        "author": "Marcus Ellery",
        "headings": [
            None,
            "A divided commission",
            "What happens next",
        ],
        "present": [
            "the first hike for the utility in five years",
            "a proposal that failed by a single vote during a tense afternoon session",
            "This decision balances the real need for grid investment against the very real pressure",
            "begin replacing more than four hundred miles of outdated lines this year",
            "allows regulators to claw back funds if the work falls behind schedule",
            "monthly discount grow from 15 to 20 percent",
        ],
        "absent": [
            "Heat wave pushes power demand to record levels",
            "Lakeshore transit board considers weekend fare cuts",
            "Solar farm proposal draws crowd to county hearing",
            "Sign up for our Morning Briefing",
            "Do Not Sell My Personal Information",
            "This website uses cookies to personalize content",
        ],
    },
    "sources-de.html": {
        "title": "Studie: Jeder dritte Pendler würde aufs E-Bike umsteigen",
        "author": "Jonas Kettelhut",
        "headings": [
            None,
            "Förderprogramm soll Anreize schaffen",
            "Pendlerzahlen auf Rekordniveau",
            "Quellen",
        ],
        "present": [
            "Befragt wurden knapp 4.800 Beschäftigte",
            "bezuschusst das Land den Kauf von Diensträdern mit bis zu 500 Euro",
            "Die vollständigen Ergebnisse sowie die Daten des Ministeriums und des Landesamts sind unten verlinkt",
            "Institut für Verkehrsforschung Halberg: Pendeln mit dem Elektrofahrrad im Nordland, Studie 2024 (PDF)",
            "Ministerium für Verkehr Nordland: Förderprogramm Dienstrad für Beschäftigte",
            "Statistisches Landesamt Nordland: Pendlerrechnung 2023 nach Gemeinden",
        ],
        "absent": [
            "Neuer Radschnellweg zwischen Halberg und Osterfeld eröffnet",
            "Bahnstrecke nach Wendhusen wird ab Montag gesperrt",
            "Spritpreise steigen vor den Herbstferien erneut an",
            "Unser Newsletter liefert Ihnen werktags",
            "Alle Rechte vorbehalten",
            "Wir und unsere Partner nutzen Cookies",
        ],
    },
    "agency-wire-en.html": {
        "title": "UK grid operator delays offshore cable auction after bidder complaints",
        "author": "Harriet Colbourne",
        "headings": [
            None,
            "Queue reform",
        ],
        "present": [
            "postponed on Tuesday a long-awaited auction for subsea cable connections",
            "would now open in late spring instead of February",
            "rank projects by how ready they are to build",
            "speaking on condition of anonymity because the talks are confidential",
            "deterring overseas investors who had been drawn to the British market",
        ],
        "absent": [
            "Our Standards",
            "The Newswire Trust Principles",
            "Offshore wind developers seek faster route to grid connections",
            "North Sea cable project wins approval after two-year review",
            "All quotes delayed a minimum of 15 minutes",
        ],
    },
    "obituary-de.html": {
        "title": "Trauer um Marianne Albrecht-Wendt: Die Stimme des Kasseler Staatstheaters ist verstummt",
        "author": "Jörg Heinemann",
        "headings": [
            None,
            "Stationen eines Lebens",
            "Abschied ohne großes Aufsehen",
        ],
        "present": [
            "im Alter von 77 Jahren in ihrer Wohnung im Vorderen Westen gestorben",
            "1948: geboren in Kassel",
            "1979: Wechsel an das Staatstheater Kassel",
            "unbequem in den Proben und großzügig nach der Premiere",
            "Leseförderung an Grundschulen im Kasseler Osten",
            "ein öffentliches Gedenken ist für Anfang März geplant",
        ],
        "absent": [
            "Kondolenzbuch",
            "Deine Courage werde ich nie vergessen",
            "im Theaterkurs der Schule erlebt",
            "Mein herzliches Beileid an die Familie",
            "Eine große Künstlerin und ein noch größerer Mensch",
            "Sie hat meiner Tochter das Lesen schmackhaft gemacht",
            "Eintrag schreiben",
        ],
    },
    "podcast-fr.html": {
        "title": "À Saint-Nazaire, le chantier naval recrute 800 soudeurs et peine à les trouver",
        "author": "Claire Le Goff",
        "headings": [
            None,
            "Des écoles pleines, des ateliers vides",
        ],
        "present": [
            "cherche à embaucher 800 soudeurs, chaudronniers et tuyauteurs",
            "les lycées professionnels de la région affichent complet",
            "apprennent le métier en douze semaines",
            "une revalorisation des salaires",
            "deux cents studios rénovés à proximité immédiate du site",
            "Encore faut-il, reconnaît-il, que les bras suivent",
        ],
        "absent": [
            "Écoutez notre podcast",
            "Les Voix du Port, épisode 12",
            "paquebot en construction",
            "Une plongée de vingt minutes dans les coursives",
            "avec ceux qui le bâtissent",
            "Tous les épisodes",
        ],
    },
    "gallery-caption-text-es.html": {
        "title": "Las lluvias torrenciales anegan el casco antiguo de Alcaraván y obligan a evacuar a 300 vecinos",
        "author": "Lucía Ferrández Ortuño",
        "headings": [
            None,
            "Un problema que se repite",
        ],
        "present": [
            "120 litros por metro cuadrado en apenas tres horas",
            "suspensión de las clases en los cuatro colegios",
            "quedaron inundados hasta una altura de casi un metro",
            "desde que comenzaron las mediciones en 1987",
            "una reunión del comité de crisis",
            "sin un colector de tormentas",
        ],
        "absent": [
            "Un vecino camina con el agua por la cintura",
            "rescatan a una mujer mayor desde un balcón",
            "Coches arrastrados por la corriente",
            "completamente anegado",
            "Voluntarios retiran barro de la puerta",
            "2/5",
            "Los comentarios están cerrados",
        ],
    },
    "promo-code-it.html": {
        "title": "Prova su strada: la bici elettrica pieghevole Fiora E3 convince in città, meno in salita",
        "author": "Davide Marchetti",
        "headings": [
            None,
            "Come va in città",
            "Batteria e ricarica",
        ],
        "present": [
            "pesa poco più di sedici chili",
            "le saldature sono pulite",
            "i freni a disco meccanici garantiscono arresti sicuri",
            "abbiamo percorso appena 38 chilometri prima di dover ricaricare",
            "circa quattro ore e mezza con il caricatore incluso",
            "valutare modelli con motore centrale",
        ],
        "absent": [
            "con il codice ESTATE20",
            "Acquista ora",
            "a 1.199 euro invece di 1.499 euro",
            "Link affiliato",
            "può ricevere una commissione",
            "Iscriviti alla newsletter",
        ],
    },
    "related-h2-pt.html": {
        "title": "Goiânia amplia rede de ciclovias e promete ligar todos os terminais de ônibus até 2027",
        "author": "Mariana Quintela",
        "headings": [
            None,
            "Ciclistas pedem segurança",
        ],
        "present": [
            "quase dobrar a extensão da rede de ciclovias",
            "estimado em R$ 210 milhões",
            "bicicletários cobertos em cinco terminais",
            "a continuidade das rotas e a separação física dos carros",
            "cresceu 18% no ano passado",
            "segregação com blocos de concreto ou canteiros",
        ],
        "absent": [
            "Leia também",
            "Tarifa de ônibus na região metropolitana",
            "entidades estudantis prometem protestos",
            "Bicicletas compartilhadas chegam a mais dez bairros",
            "quarenta novas estações",
            "Obras no viaduto da Rua 90",
            "aliviando os congestionamentos no horário de pico",
        ],
    },
    "weather-box-tr.html": {
        "title": "Ege kıyılarında sıcak hava dalgası: Termometreler hafta sonu 41 dereceyi görecek",
        "author": "Selin Karaosmanoğlu",
        "headings": [
            None,
            "Beş günlük tahmin",
            "Orman yangını riski",
        ],
        "present": [
            "sıcak hava dalgasının hafta sonuna kadar güçlenerek süreceğini",
            "mevsim normallerinin 6 ila 8 derece üzerinde",
            "Açık ve çok sıcak",
            "Parçalı bulutlu ve rüzgarlı",
            "bağlarda gölgeleme filesi kullanmaya başladı",
            "sıcak çarpması vakaları için ek önlem",
        ],
        "absent": [
            "Hava durumu",
            "Kuşadası",
            "Ayvalık",
            "Didim",
            "Bergama",
            "Tüm şehirler",
            "Çok okunanlar",
        ],
    },
    "op-ed-ar.html": {
        "title": "المدن العربية تحتاج إلى أرصفة قبل الأبراج",
        "author": "سامر الحداد",
        "headings": [
            None,
            "الرصيف ليس ترفاً",
            "من يقرر شكل المدينة؟",
        ],
        "present": [
            "أبراج زجاجية تتسابق نحو السماء",
            "أبسط أشكال التنقل وأكثرها عدالة",
            "لا يتجاوز عرضها نصف متر",
            "لإعادة تأهيل عشرات الكيلومترات من الأرصفة",
            "بعدد الجسور المفتتحة",
            "خريطة علنية بحالة الأرصفة",
            "رجل مسن بعكازه",
        ],
        "absent": [
            "كاتب وصحافي مقيم في عمّان",
            "اشترك في النشرة البريدية",
            "جميع الحقوق محفوظة",
            "دار السينما الأخيرة في وسط البلد",
        ],
    },
    "explainer-toc-en.html": {
        "title": "What is a heat dome, and why do they seem to be getting stronger?",
        "author": "Priya Raman-Holt",
        "headings": [
            None,
            "How a heat dome forms",
            "Why they last so long",
            "Are they becoming more common?",
            "Sources",
        ],
        "present": [
            "a specific pattern in the atmosphere with causes, consequences and limits",
            "works a little like a lid on a pot",
            "develops large, looping meanders",
            "Researchers call this a feedback loop",
            "would have been extremely unlikely a few decades ago",
            "Atmospheric blocking and summer extremes",
            "Heat dome basics from the National Climate Service glossary",
        ],
        "absent": [
            "In this article",
            "River levels hit record lows as barge traffic slows",
            "cicada emergence, county by county",
            "Where to find a cooling center when the power goes out",
            "Sign up for the Morning Brief",
            "Corrections policy",
        ],
    },
    "breaking-it.html": {
        "title": "Frana sulla provinciale a Roccaventosa: strada chiusa, evacuate dodici famiglie",
        "author": "Francesca Di Nardo",
        "headings": [
            None,
        ],
        "present": [
            "Aggiornamento ore 15:40",
            "travolgendo un tratto di carreggiata lungo circa cinquanta metri",
            "ordinanza di sgombero per dodici famiglie",
            "hanno saturato il terreno argilloso della collina",
            "più lunghi di almeno venti minuti",
        ],
        "absent": [
            "Diretta",
            "allerta arancione su tutta la costa",
            "incidente sul lungomare",
            "chiuso per guasto il sottopasso della stazione",
            "rinviato il consiglio comunale sul bilancio",
            "nuovo orario estivo per i traghetti",
        ],
    },
    "disclosure-box-en.html": {
        "title": "Harbour Quay redevelopment bids narrowed to three finalists",
        "author": "Miriam Calloway",
        "headings": [
            None,
            "Who is still in the running",
            "Concerns over flood defences",
        ],
        "present": [
            "ending an eighteen-month selection process",
            "a cooperative consortium led by the Harbour Trust",
            "Disclosure: The Harbour Trust, which funds part of our local reporting",
            "Officers scored the bids on affordability, design quality",
            "overtopped twice during storms last winter",
            "construction could begin as early as the spring of 2026",
        ],
        "absent": [
            "Bypass to close for three weekends in June",
            "Eastport Courier Media Ltd",
            "Privacy notice",
            "Contact the newsroom",
            "Subscribe today",
        ],
    },
    "gallery-link-de.html": {
        "title": "Hafenfest lockt mehr Besucher als je zuvor",
        "author": "Henrike Albers",
        "headings": [
            None,
            "Polizei meldet ruhigen Verlauf",
        ],
        "present": [
            "einen neuen Rekord aufgestellt",
            "Mehr als dreißig Traditionssegler fuhren in einer langen Reihe",
            "Einige Händler mussten am Samstagabend Nachschub",
            "Die Polizei sprach von einem weitgehend friedlichen Wochenende",
            "zusätzliche Sanitärcontainer am Fischmarkt",
            "rund sechshundert ehrenamtlichen Helfern",
        ],
        "absent": [
            "Umleitung am Ring bis Oktober",
            "Nordküsten-Anzeiger Verlag GmbH",
            "Datenschutzerklärung",
            "Jetzt abonnieren",
        ],
    },
    "sidebar-nolinks-fr.html": {
        "title": "À Lorient, les pêcheurs face à la hausse du prix du gazole",
        "author": "Gwenaëlle Le Floch",
        "headings": [
            None,
            "Des aides jugées insuffisantes",
        ],
        "present": [
            "Sur le port de Keroman, les chalutiers restent plus souvent à quai",
            "quitte à rapporter moins de poisson sous la criée",
            "les commandes de gazole ont reculé de douze pour cent",
            "Selon le comité régional des pêches",
            "une économie de carburant de près de huit pour cent",
            "un mécanisme de plafonnement du prix du carburant",
        ],
        "absent": [
            "Météo à Lorient",
            "Vendredi : éclaircies, 13 °C",
            "Samedi : vent fort, 10 °C",
            "Tous droits réservés",
            "Politique de confidentialité",
            "Mer et littoral",
        ],
    },
    "our-coverage-es.html": {
        "title": "El juzgado reabre la investigación sobre las obras del puerto deportivo",
        "author": "Lucía Ferrándiz Ortega",
        "headings": [
            None,
            "Reacciones en el Ayuntamiento",
        ],
        "present": [
            "ha decidido reabrir la investigación sobre la ampliación del puerto deportivo",
            "sobrecostes de casi dos millones de euros",
            "En su auto, la magistrada cita como investigados",
            "exigió la creación de una comisión de investigación",
            "financió la auditoría con aportaciones de más de cuatrocientos socios",
            "el dique sigue sin entrar en servicio",
        ],
        "absent": [
            "Así lo contamos:",
            "Archivada la causa por las obras del puerto deportivo",
            "Los vecinos denuncian sobrecostes en el nuevo dique",
            "Editorial Levante Sur S. L.",
            "Política de privacidad",
            "Hemeroteca",
        ],
    },
    "short-paras-it.html": {
        "title": "Tram in centro, i lavori slittano alla primavera",
        "author": "Chiara Benedetti",
        "headings": [
            None,
            "Le proteste dei commercianti",
        ],
        "present": [
            "non partiranno prima di marzo",
            "un ricorso presentato da una delle ditte escluse",
            "avevamo raccontato i primi ritardi del progetto",
            "Preferiamo aspettare qualche settimana in più",
            "hanno perso fino a un quarto del fatturato",
            "con i primi convogli in prova",
        ],
        "absent": [
            "Parcheggi alla stazione, arrivano le nuove tariffe",
            "Editoriale Valpadana S.p.A.",
            "Informativa sulla privacy",
            "Contatti redazione",
        ],
    },
    "numbered-cards-pt.html": {
        "title": "5 dicas para economizar energia no verão",
        "author": "Renata Figueiredo",
        "headings": [
            None,
            "Regule o ar-condicionado em 23 graus",
            "Limpe os filtros todo mês",
            "Feche cortinas nas horas de sol forte",
            "Não abra a geladeira à toa",
            "Troque o banho quente pelo morno",
        ],
        "present": [
            "Cada grau a menos no termostato aumenta o gasto do aparelho",
            "Uma lavagem rápida com água corrente e sabão neutro",
            "Cortinas claras e persianas refletem parte da radiação",
            "confira se a borracha de vedação está inteira",
            "O chuveiro elétrico é um dos maiores vilões da conta",
        ],
        "absent": [
            "Cadastre seu e-mail",
            "Todos os direitos reservados",
            "Política de privacidade",
            "Fale conosco",
            "Guias práticos",
        ],
    },
    "agency-fr.html": {
        "title": "Les boulangers artisanaux face à la flambée du prix du beurre",
        "author": "Claire DUMONTEL",
        "headings": [
            None,
            "Des recettes revues à la baisse",
            "Le gouvernement appelé à intervenir",
        ],
        "present": [
            "Le prix du beurre vendu aux professionnels a progressé de 38% sur un an",
            "Dans le quartier lyonnais de la Croix-Rousse, Thomas Berthier a déjà relevé le prix de son croissant",
            "Les industriels laitiers, de leur côté, rejettent toute hausse abusive de leurs marges.",
            "Une réunion de la filière est prévue à la fin du mois à Paris, selon une source proche du dossier.",
        ],
        "absent": [
            "Séisme de magnitude 6,1",
            "Collecte de lait: la France enregistre son plus fort recul",
            "Journaliste au service économie depuis 2018",
            "les informations essentielles envoyées directement",
            "Le cacao atteint un record historique",
            "Six Nations: le XV de France",
            "Tous droits de reproduction",
        ],
    },
    "paper-it.html": {
        "title": "Venezia, i gondolieri tornano a scuola: corso obbligatorio di primo soccorso",
        "author": "Giulia Benvenuti",
        "headings": [
            None,
            "La protesta dei costi",
            "Un modello per altre città",
        ],
        "present": [
            "Quaranta ore di lezione, un esame finale e un attestato da rinnovare ogni tre anni.",
            "Il corso sarà tenuto dai volontari della Croce Verde",
            "La giunta ha risposto che valuterà un contributo per i più giovani",
            "entro fine anno rischierà la sospensione della licenza.",
        ],
        "absent": [
            "Vertice Ue, accordo raggiunto sul bilancio della difesa",
            "Ticket di ingresso a Venezia, il primo bilancio",
            "Cronista della redazione di Venezia",
            "iscriviti alla newsletter settimanale",
            "era ora che qualcuno pensasse alla sicurezza",
            "Pensioni di giugno, le date di pagamento",
            "Editoriale Nazionale S.p.A.",
        ],
    },
    "channel-ar.html": {
        "title": "افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة",
        "author": "سميرة الحداد",
        "headings": [
            None,
            "تحديات بيئية",
            "خطط للتوسع",
        ],
        "present": [
            "افتتحت السلطات صباح الثلاثاء أكبر محطة لتحلية مياه البحر",
            "وأوضح المسؤولون أن المشروع سيخفض انبعاثات ثاني أكسيد الكربون",
            "وردت الشركة المشغلة بأن المحطة مزودة بنظام حديث",
            "وأكد المسؤولون أن أسعار المياه للمستهلكين لن تتغير خلال العام الحالي.",
        ],
        "absent": [
            "وزراء الخارجية العرب يعقدون اجتماعا طارئا",
            "أسعار الألواح الشمسية تهبط إلى أدنى مستوى في عقد",
            "صحفية متخصصة في شؤون الطاقة والاقتصاد",
            "اشترك لتصلك أهم الأخبار",
            "خطوة ممتازة نتمنى أن تعمم",
            "قمة ثلاثية تبحث ملفات الأمن الإقليمي",
            "جميع الحقوق محفوظة",
        ],
    },
    "portal-br.html": {
        "title": "Feira de ciências em escola pública de Belém cria filtro de água com caroço de açaí",
        "author": "Rafael Monteiro",
        "headings": [
            "Projeto de estudantes do ensino médio reaproveita resíduo descartado em feiras da capital paraense e já chamou a atenção de pesquisadores da universidade federal.",
            "Universidade vai testar protótipo",
            "Próxima etapa é nacional",
        ],
        "present": [
            "Um grupo de cinco estudantes de uma escola estadual do bairro do Guamá",
            "No laboratório improvisado da escola, os estudantes queimaram os caroços",
            "A estudante Larissa Cardoso, de 17 anos",
            "Para os estudantes, o reconhecimento já valeu a pena e mostrou que a ciência pode nascer de um problema do próprio bairro.",
        ],
        "absent": [
            "Copom decide hoje taxa de juros",
            "Safra de açaí no Pará deve bater recorde",
            "cobre educação, cidades e meio ambiente na Amazônia",
            "Cadastre-se e receba um resumo diário",
            "Orgulho demais desses meninos",
            "Salário mínimo de 2025",
            "Chuva forte alaga ruas do centro de Belém",
            "Todos os direitos reservados",
        ],
    },
    "closing-app-es.html": {
        "title": "El Ayuntamiento de Villarreña aprueba el cierre parcial del mercado de abastos por obras",
        "author": "Lucía Ferrández Olmo",
        "headings": [
            None,
            "Un edificio de 1927",
            "Críticas de la oposición",
        ],
        "present": [
            "aprobó este jueves, con los votos del equipo de gobierno y la abstención de dos concejales",
            "se trasladarán a una carpa provisional en la plaza de la Constitución",
            "diseñado por el arquitecto municipal Ramón Espuig en 1927",
            "acusó al gobierno local de no haber negociado las fechas con la asociación de comerciantes",
            "Está previsto que las obras comiencen a mediados de noviembre y que el edificio reabra sus puertas en la primavera de 2027",
        ],
        "absent": [
            "Descarga la aplicación de Diario de Sierra Albarda para",
            "y recibe en tu móvil las últimas noticias de la comarca",
            "para estar al día de todo lo que pasa en Sierra Albarda",
            "Los comerciantes de la calle Tejedores reclaman un aparcamiento disuasorio",
            "Recibe cada mañana el boletín con las noticias de la comarca.",
            "Enviar por WhatsApp",
            "Agenda cultural",
            "Política de cookies",
            "Los comentarios están cerrados.",
        ],
    },
    "follow-us-en.html": {
        "title": "Baie Rouge fishermen demand compensation after fuel spill closes landing site",
        "author": "Desmond Achille",
        "headings": [
            None,
        ],
        "present": [
            "Fishermen at the Baie Rouge landing site say they have lost more than two weeks of income",
            "Minister of Agriculture and Fisheries Renata Olivierre-Baptiste said her ministry had begun registering affected fishers",
            "She added that the Government would seek to recover every cent from the company responsible.",
            "Pellham Marine Services did not respond to questions sent by email on Monday.",
            "The matter is expected to be raised when the House of Assembly sits on Thursday.",
        ],
        "absent": [
            "Follow The Corvell Herald on Twitter and Instagram @corvellherald",
            "send us a message on WhatsApp at (784) 555-0193 or email us at newsroom@corvellherald.com",
            "Pointe Sable jetty repairs delayed again as contractor walks off job",
            "The morning headlines, delivered before 7 a.m. every weekday.",
            "Share this story:",
            "Comments are moderated and may take up to 24 hours to appear.",
            "Copyright 2025 Kingstown Bay Publishing Co. Ltd. All rights reserved.",
            "Editorial Policy",
        ],
    },
    "membership-pt.html": {
        "title": "Quilombo Pedra do Sino obtém título definitivo de suas terras após 14 anos de disputa",
        "author": "Tainá Cavalcanti Moura",
        "headings": [
            None,
            "Laudo antropológico foi decisivo",
            "O que muda para as famílias",
        ],
        "present": [
            "as 86 famílias da comunidade quilombola de Pedra do Sino",
            "o Tribunal Regional Federal reconheceu que os documentos apresentados pelos ocupantes",
            "o ponto de virada do processo foi o laudo antropológico concluído em 2019",
            "a terra não pode ser vendida, penhorada nem dividida",
            "a prioridade agora é recuperar as nascentes degradadas pelo gado dos antigos ocupantes",
        ],
        "absent": [
            "Apoie o jornalismo independente",
            "A Ribeira Notícias é mantida por seus leitores e não aceita dinheiro de governos",
            "você ajuda a manter nossas reportagens abertas e gratuitas para todo mundo",
            "Seja membro",
            "Fazendeiros recorrem contra titulação de terras no vale do Araguari",
            "Receba nossa newsletter semanal",
            "Copiar link",
            "Transparência financeira",
            "Powered by Ghost",
        ],
    },
    "paywall-tail-fr.html": {
        "title": "À Montferrand-sur-Lozette, la fermeture annoncée de la dernière école du plateau divise les habitants",
        "author": "Élodie Marcheval",
        "headings": [
            None,
        ],
        "present": [
            "L'annonce est tombée en fin de semaine dernière, par un courrier de la direction académique adressé au maire",
            "soit près de quarante minutes de trajet en car chaque matin",
            "Il rappelle que la commune a rénové le bâtiment en 2021",
            "Mais au sein du village, tout le monde ne partage pas cette indignation.",
            "certains envisagent déjà d'inscrire leurs enfants ailleurs sans attendre la fermeture",
        ],
        "absent": [
            "Cet article est réservé aux abonnés. Il vous reste 74 % à découvrir.",
            "Accès illimité à tous les articles du site et de l'application",
            "Le journal numérique dès 5 heures du matin",
            "Sans engagement, résiliable à tout moment",
            "Je m'abonne pour 1 € le premier mois",
            "Déjà abonné ?",
            "Connectez-vous",
            "Transports scolaires : la Région promet de nouveaux cars pour les lignes de montagne",
            "Chaque vendredi, l'essentiel de la semaine sur le plateau.",
            "Conditions générales de vente",
        ],
    },
    "donation-de.html": {
        "title": "Wie Birkenfurt seine alte Tuchfabrik in ein Quartier für Handwerk verwandelt",
        "author": "Jonas Wellershoff",
        "headings": [
            None,
            "Vom Leerstand zur Werkbank",
            "Offene Fragen bei der Finanzierung",
        ],
        "present": [
            "Wo bis 1994 Webstühle ratterten, riecht es heute nach frisch gehobeltem Holz und Leinöl.",
            "die das Gelände 2021 für einen symbolischen Euro von der Stadt übernommen hat",
            "erinnert sich Vorstandsmitglied Henrike Daubner, die selbst als Restauratorin arbeitet",
            "Heute zahlen die Betriebe eine Kaltmiete von 4,50 Euro pro Quadratmeter",
            "fehlen nach aktuellen Berechnungen noch rund 1,3 Millionen Euro",
            "dann dass man mit Geduld weiter kommt als mit großen Plänen",
        ],
        "absent": [
            "Der Auenbote braucht Ihre Unterstützung",
            "Wir finanzieren unseren Journalismus ohne Verlag im Rücken und ohne Bezahlschranke.",
            "Jetzt mit 3 Euro unterstützen",
            "Mitglied werden bei Steady",
            "Die letzte Weberin von Birkenfurt erzählt",
            "Einmal im Monat: Neues aus dem Ilmtal direkt in Ihr Postfach.",
            "Artikel teilen:",
            "Datenschutzerklärung",
            "Veranstaltungskalender",
        ],
    },
    "copyright-notice-en.html": {
        "title": "Port of Kessington posts record container volumes as new deep-water berth opens",
        "author": "Priyanka Delacroix-Mensah",
        "headings": [
            None,
            "Congestion concerns",
            "Outlook for 2026",
        ],
        "present": [
            "handled 1.42 million twenty-foot equivalent units (TEUs) in the first nine months of the year",
            "three global shipping lines had since added Kessington as a direct call",
            "the Kessington Haulage Owners Association has threatened a stoppage",
            "the port could still reach two million TEUs a year by 2027",
            "The Ports Authority is expected to publish its revised five-year investment plan",
        ],
        "absent": [
            "© 2025 Kessington Business Times. This article is the property of Kessington Business Times Ltd",
            "Written permission must be obtained before reprint in online or print media.",
            "Advertise with us: reach the region's business decision-makers every morning.",
            "Contact our sales team at advertising@kessingtontimes.com or call +234 809 555 0147.",
            "Central bank holds rates for third straight meeting as inflation eases",
            "Shipping, trade and logistics news, every weekday at 6 a.m.",
            "Share on LinkedIn",
            "Reprints & Permissions",
            "Copyright © 2025 Kessington Business Times Ltd. All Rights Reserved.",
        ],
    },
    "whatsapp-channel-ar.html": {
        "title": "افتتاح محطة تحلية جديدة في عين السنديان لتخفيف أزمة المياه في الصيف",
        "author": "ليلى الحمدان",
        "headings": [
            None,
            "تكلفة المشروع ومصادر التمويل",
            "مخاوف بيئية",
        ],
        "present": [
            "افتتحت بلدية عين السنديان، صباح الأحد، محطة جديدة لتحلية مياه البحر",
            "وقال مدير المحطة المهندس سامر العبدالله إن المحطة ستغطي نحو أربعين في المئة من احتياجات البلدة",
            "أن زمن الصهاريج يجب أن ينتهي، وأن يحصل كل بيت على حقه في الماء من الحنفية لا من الشاحنة",
            "ويأمل أصحاب المطاعم والفنادق على الكورنيش أن تنهي المحطة الجديدة اعتمادهم على شراء المياه من الصهاريج الخاصة",
            "أبدت جمعية أصدقاء الشاطئ مخاوفها من تأثير المياه شديدة الملوحة",
            "ورد رئيس البلدية وليد السمان بأن أنبوب التصريف يمتد لمسافة كيلومتر ونصف داخل البحر",
        ],
        "absent": [
            "تابعوا آخر أخبار الساحل اليوم عبر",
            "قناتنا على واتساب",
            "ولمشاهدة تقاريرنا المصورة، اشتركوا في",
            "قناة الساحل اليوم على يوتيوب",
            "أسعار صهاريج المياه تتضاعف مع بداية موسم الاصطياف",
            "احصلوا على أهم أخبار الساحل في بريدكم كل صباح",
            "سياسة الخصوصية",
            "جميع الحقوق محفوظة © 2025 الساحل اليوم",
        ],
    },
    "update-line-tr.html": {
        "title": "Karaçamlı'daki orman yangını üçüncü gününde kontrol altına alındı",
        "author": "Elif Demirsoy",
        "headings": [
            None,
            "Tahliye edilen mahalleler",
            "Hasar tespiti başladı",
        ],
        "present": [
            "söndürme çalışmalarına 14 helikopter, 6 uçak ve 400'ü aşkın personel katıldı",
            "yaklaşık 1.200 kişi tedbir amaçlı tahliye edildi",
            "67 yaşındaki Hasan Yılmazer, evini ve hayvanlarını geride bırakmak zorunda kaldığını anlattı",
            "iki ahır ile bir depo binasının tamamen yandığını açıkladı",
            "Yangının çıkış nedenine ilişkin soruşturma sürüyor.",
            "Güncelleme (18.40): Orman Bölge Müdürlüğü, soğutma çalışmalarının tamamlandığını",
        ],
        "absent": [
            "Son dakika gelişmelerini kaçırmamak için Ege Kıyı Haber'i",
            "Google News üzerinden takip edin",
            "Karaçamlı Belediyesi yangından etkilenenler için yardım kampanyası başlattı",
            "Günün öne çıkan haberleri her akşam e-posta kutunuzda.",
            "Facebook'ta Paylaş",
            "Yorumunuz editör onayından sonra yayımlanacaktır.",
            "KVKK Aydınlatma Metni",
            "Bodrumköy sahil yolu bakım çalışması nedeniyle trafiğe kapatıldı",
        ],
    },
    "support-box-en.html": {
        "title": "Harlow County paid jail health contractor $2.1 million despite failed audits",
        "author": "Marisol Trevanian",
        "headings": [
            None,
            "A pattern of missed checks",
            "What the county says",
        ],
        "present": [
            "even as three consecutive state inspections found that the company was failing to carry out basic medical screenings",
            "on at least 96 nights in 2024, no registered nurse was scheduled at the jail",
            "Keystone did not respond to repeated phone calls and emails requesting comment.",
            "County Administrator Ray Pendergast said in a written statement",
            "If a contractor can fail three inspections in a row and still get renewed without a vote, then our process is broken",
        ],
        "absent": [
            "Before you go…",
            "We're a nonprofit newsroom, and investigations like this one take months of records requests and interviews.",
            "Donate today",
            "Republish this story for free under a Creative Commons license.",
            "Read our republishing policy",
            "How Harlow County hands out no-bid contracts",
            "Our best accountability reporting, every Saturday morning. Free.",
            "Share on Bluesky",
            "The Tri-County Beacon is a nonprofit, nonpartisan newsroom. Contributions are tax-deductible.",
        ],
    },
    "app-launch-en.html": {
        "title": "Ashdown Vale launches BinDay app to end missed collection confusion",
        "author": "Megan Tolley",
        "headings": [
            None,
            "How the reminders work",
            "Concerns over digital exclusion",
        ],
        "present": [
            "Households across Ashdown Vale can now check their bin collection days on their phones",
            "The iPhone version is available now from Apple:",
            "BinDay Ashdown on the App Store",
            "Android users can download it free of charge:",
            "BinDay Ashdown on Google Play",
            "Service updates and round cancellations will also be posted on the council's account on X,",
            "Users who allow notifications receive a reminder at 7pm the evening before each collection",
            "He urged the council to keep sending paper calendars to every household",
        ],
        "absent": [
            "Share this story:",
            "More from Local News",
            "Tessle bridge closure extended for another six weeks",
            "Get the day's local headlines in your inbox every morning at 6am.",
            "Comments are closed on this article.",
            "© 2025 Harwick Courier Media Ltd. All rights reserved.",
            "News for Harwick, Ashdown Vale and the Tessle valley since 1874",
        ],
    },
    "telegram-protest-de.html": {
        "title": "Wie ein Telegram-Kanal den Protest gegen das Logistikzentrum lenkt",
        "author": "Jana Kettwig",
        "headings": [
            None,
            "Aufrufe über den Kanal",
            "Polizei beobachtet die Gruppe",
        ],
        "present": [
            "Organisiert wird der Widerstand fast ausschließlich über einen Telegram-Kanal, der inzwischen mehr als 4.200 Abonnenten zählt",
            "Die Rundschau hat die Beiträge des öffentlich einsehbaren Kanals seit März ausgewertet:",
            "t.me/wiesenau_bleibt_gruen",
            "„Wer am Samstag nicht kommt, darf sich später nicht über Lkw-Kolonnen vor der Haustür beschweren“, hieß es in einem",
            "Beitrag vom 2. Mai",
            "Der Aufruf dazu war zehn Tage vorher ausschließlich über Telegram verbreitet worden",
            "Die Polizeidirektion Ost bestätigte, dass sie öffentliche Telegram-Kanäle im Vorfeld von Versammlungen routinemäßig auswerte",
        ],
        "absent": [
            "Artikel teilen",
            "Mehr aus Sellbrück und Umgebung",
            "Kreistag vertagt Entscheidung über Gewerbegebiet an der B 167",
            "Folgen Sie der Oderland Rundschau auf Telegram, Instagram und Facebook",
            "© Oderland Rundschau Verlagsgesellschaft mbH 2025",
            "Datenschutzeinstellungen",
        ],
    },
    "fundraiser-pt.html": {
        "title": "Família perde casa em enchente do Ribeirão das Pedras e faz vaquinha para recomeçar",
        "author": "Renata Calixto",
        "headings": [
            None,
            "Vizinhos organizaram a arrecadação",
            "Prefeitura promete aluguel social",
        ],
        "present": [
            "A enchente que atingiu Santa Rita do Itajuru na madrugada de domingo (9)",
            "A ideia da vaquinha partiu de uma vizinha, a professora Cleide Ramalho",
            "Em três dias, a campanha online arrecadou pouco mais de R$ 14 mil",
            "Como ajudar a família Andrade",
            "A vaquinha online aceita Pix e cartão de crédito:",
            "Doe aqui",
            "que paga R$ 600 por mês durante até um ano",
        ],
        "absent": [
            "Jornalismo local faz diferença",
            "Assine a Gazeta do Itajuru por R$ 1,90 no primeiro mês e tenha acesso ilimitado ao site e ao aplicativo.",
            "Quero assinar",
            "Compartilhe esta notícia",
            "Defesa Civil alerta para novas chuvas no Vale do Itajuru até sexta",
            "© 2025 Gazeta do Itajuru. Todos os direitos reservados.",
        ],
    },
    "copyright-ruling-fr.html": {
        "title": "La cave des Coteaux de Sarlène condamnée pour avoir utilisé la photo d'une artiste sur ses étiquettes",
        "author": "Étienne Vasseur",
        "headings": [
            None,
            "Une licence mal interprétée",
            "Un précédent pour les photographes",
        ],
        "present": [
            "© Mathilde Orsenne 2019, reproduction interdite : c'est la mention qui figurait sous l'image dans le livre",
            "cette ligne de crédit avait disparu",
            "Selon la coopérative, l'image y était proposée sous licence Creative Commons.",
            "Le tribunal judiciaire de Vernadec a condamné mardi la cave coopérative des Coteaux de Sarlène",
            "même une licence libre impose de citer le nom de l'auteur",
            "La coopérative dispose d'un mois pour faire appel.",
        ],
        "absent": [
            "© 2025 L'Écho de Vernadec. Tous droits réservés.",
            "Partager cet article",
            "Recevez L'Écho de Vernadec chaque matin dans votre boîte mail",
            "S'inscrire gratuitement",
            "Vendanges : les vignerons de Sarlène s'attendent à une récolte précoce",
            "Propulsé par Ghost",
        ],
    },
    "newsletter-story-es.html": {
        "title": "Grupo Albacara apuesta por las newsletters para convertir lectores en suscriptores",
        "author": "Lucía Benavent",
        "headings": [
            None,
            "Una newsletter para cada hora del día",
            "Las suscripciones digitales crecen",
        ],
        "present": [
            "sus 23 newsletters suman 312.000 suscriptores únicos",
            "La más leída es La Brújula, un resumen de las noticias del día",
            "La invitación «Apúntate a nuestra newsletter» aparece ahora al final de cada artículo de los cinco diarios",
            "El grupo cerró marzo con 41.800 suscriptores digitales de pago",
            "con una cuota mensual que parte de 4,99 euros",
            "tienen cinco veces más probabilidades de acabar pagando una suscripción",
            "«No queremos que el boletín sea la puerta de salida del lector, sino la de entrada»",
        ],
        "absent": [
            "Apúntate a El Cierre, la newsletter de Tinta Digital",
            "Recibe cada viernes en tu correo lo más importante del negocio de los medios.",
            "Quiero recibirla",
            "Comparte este artículo",
            "Te puede interesar",
            "Los podcasts locales duplican su audiencia en un año",
            "© 2025 Tinta Digital Ediciones S.L.",
        ],
    },
    "influencer-tr.html": {
        "title": "Sosyal medya fenomeni Defne Yalçınkaya, unutulan Ege tariflerini kitaplaştırıyor",
        "author": "Selin Aydoğdu",
        "headings": [
            None,
            "YouTube'da uzun videolar",
            "Kitap sonbaharda çıkıyor",
        ],
        "present": [
            "Instagram'da 1,2 milyon takipçiye ulaşan yemek içerik üreticisi Defne Yalçınkaya",
            "Yalçınkaya, videolarını Instagram'da @defneninsofrasi kullanıcı adıyla paylaşıyor.",
            "Tariflerin uzun versiyonları ise YouTube kanalında yayımlanıyor:",
            "youtube.com/@DefneninSofrasi",
            "Yalçınkaya'nın takipçileri kitabın kapağını Instagram'daki bir oylamayla seçti",
            "reklam gelirinin bir bölümünü köyün kadın kooperatifine aktardığını belirtiyor",
        ],
        "absent": [
            "Bizi Instagram'da takip edin @korfezhaber",
            "İlginizi Çekebilir",
            "Zeytin hasadı festivali bu yıl üç gün sürecek",
            "© 2025 Körfez Haber - Tüm hakları saklıdır.",
            "KVKK Aydınlatma Metni",
        ],
    },
    "membership-coop-de.html": {
        "title": "Bürgerenergie-Genossenschaft sucht 400 neue Mitglieder für zweites Solarfeld",
        "author": "Teresa Oberfeld",
        "headings": [
            None,
            "Genossenschaftsanteile ab 250 Euro",
            "Zweites Solarfeld geplant",
        ],
        "present": [
            "Die Bürgerenergie Illerwinkel eG will bis Ende des Jahres 400 neue Mitglieder gewinnen",
            "Sie zählt derzeit 1.230 Mitglieder",
            "Ein Anteil kostet 250 Euro, jedes Mitglied kann bis zu 40 Anteile zeichnen",
            "Beitrittserklärung und Satzung stehen auf der Website der Genossenschaft bereit:",
            "Mitglied werden",
            "„Wer bei uns Mitglied wird, entscheidet mit, wo Strom erzeugt wird und was mit dem Gewinn passiert“",
            "Kritik kam in der Versammlung lediglich von zwei Landwirten",
        ],
        "absent": [
            "Lesen Sie weiter mit IB plus",
            "Alle Artikel aus Ihrer Region, ab 0,99 € im ersten Monat.",
            "Jetzt Abo abschließen",
            "Artikel teilen:",
            "Das könnte Sie auch interessieren",
            "Gemeinderat diskutiert erneut über Windrad am Hochrain",
            "© 2025 Illertaler Bote GmbH & Co. KG",
        ],
    },
    "broadcaster-de.html": {
        "title": "Wasserstoffzüge im Odenwald: Pilotstrecke vorerst gestoppt",
        "author": "Jana Mertens",
        "headings": [
            None,
            "Hersteller verweist auf Lieferketten",
            "Dieseltriebwagen kehren zurück",
        ],
        "present": [
            "Der Rhein-Main-Verkehrsverbund hat den Probebetrieb mit Wasserstoffzügen",
            "Pendlerinnen und Pendler hatten sich zuletzt immer lauter beschwert.",
            "Der Verkehrsminister des Landes Hessen kündigte an",
            "Erst dann will der Verbund entscheiden, wie es mit dem Pilotprojekt weitergeht.",
        ],
        "absent": [
            "Tarifeinigung im Nahverkehr",
            "Warum das Netz der Wasserstofftankstellen schrumpft",
            "berichtet seit 2016 aus dem Landesstudio Darmstadt",
            "ich fahre jetzt wieder mit dem Auto",
            "Die wichtigsten Nachrichten des Tages kompakt",
            "Polarlichter über Norddeutschland erwartet",
            "Ein Angebot der Landesrundfunkanstalten",
            "Über dieses Thema berichtete die Hessenschau",
        ],
    },
    "daily-es.html": {
        "title": "Los embalses del Guadalquivir recuperan el nivel más alto en cinco años",
        "author": "Lucía Carvajal",
        "headings": [
            # the standfirst set as an h2 under the headline titles the first section, as
            # every subtitle does (test_subtitle_under_the_headline_comes_back_...)
            "Las lluvias de marzo elevan la reserva de la cuenca hasta el 61% y permiten "
            "levantar parte de las restricciones de riego, aunque los expertos piden no bajar "
            "la guardia",
            "Los regantes celebran, con cautela",
            "Las ciudades levantan restricciones",
        ],
        "present": [
            "La reserva de agua en la cuenca del Guadalquivir ha alcanzado esta semana el 61%",
            "La comisión de desembalse se reunirá el próximo jueves",
            "Los científicos coinciden en pedir prudencia.",
            "El consejero del ramo defendió que la próxima sequía llegará tarde o temprano y que la comunidad debe estar preparada cuando ocurra.",
        ],
        "absent": [
            "El Ibex 35 cierra en máximos",
            "La sequía deja pérdidas de 2.000 millones",
            "Escribe sobre medio ambiente, agua y el mundo rural",
            "Ojalá se aproveche para arreglar las tuberías",
            "El euríbor baja por tercer mes consecutivo",
            "Ediciones Diario Nacional S.L.",
            "apuntarte aquí para recibir nuestra newsletter semanal",
        ],
    },
    "typical-de.html": {
        "title": "Falkenbrück verlängert die Straßenbahn bis Hohenweide – trotz Protesten",
        "author": "Henrike Vossmann",
        "headings": [
            None,
            "Kleingärten sollen teilweise umziehen",
            "Baubeginn frühestens 2026",
        ],
        "present": [
            "Mit 38 zu 21 Stimmen hat der Falkenbrücker Stadtrat am Donnerstagabend den Weg für die Verlängerung der Straßenbahnlinie 4 freigemacht.",
            "Ganz anders sieht das die Bürgerinitiative „Hohenweide bleibt grün“, die in den vergangenen Monaten mehr als 6000 Unterschriften gegen die geplante Trasse gesammelt hat.",
            "Auch innerhalb der Ratsfraktionen war das Projekt nicht unumstritten.",
            "Während der Bauzeit sollen die Busse der Linie 61 in einem verdichteten Takt fahren",
            "Oberbürgermeisterin Lessenthal gab sich dennoch zuversichtlich: Sie wolle bei der Eröffnung „in der ersten Bahn sitzen, nicht in der letzten“.",
        ],
        "absent": [
            "Kreisliga-Ticker",
            "Vollsperrung auf der B 214 zwischen Ostrode und Lindhagen nach Lkw-Unfall",
            "Anzeige",
            "Zum Jubiläum öffnen die Pächter ihre Gärten für Besucher",
            "Jeden Morgen um 6 Uhr die wichtigsten Nachrichten aus Falkenbrück",
            "Link kopieren",
            "berichtet seit 2017 für die Nordmark Rundschau aus dem Falkenbrücker Rathaus",
            "Als Ostrode vor zehn Jahren seine Stadtbahn plante, rechnete man mit 60 Millionen Euro",
            "Niemand aus dem Rathaus hat uns Pächter vorher gefragt",
            "Nordmark Rundschau Verlags-GmbH. Alle Rechte vorbehalten.",
        ],
    },
    "typical-en.html": {
        "title": "Ebbsworth votes to let the sea back in as flood wall costs spiral",
        "author": "Priya Castellane",
        "headings": [
            None,
            "How the new marsh will work",
            "Who pays for the retreat",
        ],
        "present": [
            "Councillors in Ebbsworth have voted to deliberately breach the town’s oldest sea wall",
            "For the three families who farm the land behind the Long Bank, the vote marks the end of a way of life.",
            "Dr Helen Okonjo-Pryce, a coastal geomorphologist at the University of Calderbridge who advised the council",
            "The £7.8m scheme will be funded largely from the national flood defence budget",
            "The Environment Agency said it was watching the Ebbsworth scheme closely",
        ],
        "absent": [
            "Crosswords and puzzles",
            "LIVE: Rail strike talks resume as unions reject latest pay offer",
            "Advertisement",
            "Our cameras followed the engineers who spent the winter shoring up Ebbsworth’s failing sea wall",
            "Hidden cost of school uniforms revealed by parents’ survey",
            "Share on WhatsApp",
            "is the Ledger’s environment correspondent, covering coastal erosion",
            "Researchers who spent five years measuring sediment on the Marlshire coast",
            "Good to see a council finally being honest with people.",
            "Northern Ledger Media Ltd. All rights reserved.",
        ],
    },
    "typical-ar.html": {
        "title": "مرسى الغيث تفتتح أول محطة لتحلية المياه بالطاقة الشمسية على الساحل الشرقي",
        "author": "ريم الحدّاد",
        "headings": [
            None,
            "مخاوف على الشعاب المرجانية",
            "تعرفة جديدة للمياه",
        ],
        "present": [
            "افتتحت بلدية مرسى الغيث صباح الأحد أول محطة لتحلية مياه البحر تعمل بالكامل بالطاقة الشمسية",
            "واستغرق بناء المحطة ثلاثين شهراً بتكلفة بلغت 86 مليون دولار",
            "وردت إدارة المحطة بأن أنبوب التصريف يمتد لمسافة 800 متر داخل البحر",
            "ورحب سكان حي التلال، أحد أكثر الأحياء تضرراً من الانقطاعات، بالمحطة الجديدة",
            "وتخطط البلدية لإضافة وحدة ثانية إلى المحطة بحلول عام 2028",
        ],
        "absent": [
            "أسعار العملات",
            "عاجل: إغلاق الطريق الساحلي بين مرسى الغيث ورأس النجمة بسبب الضباب الكثيف",
            "إعلان",
            "يقول الصيادون إن كميات الهامور انخفضت إلى النصف خلال خمس سنوات",
            "اشترك لتصلك أهم أخبار الساحل كل صباح على بريدك الإلكتروني مجاناً.",
            "شارك عبر واتساب",
            "صحفية متخصصة في شؤون البيئة والمياه، تعمل في الساحل اليوم منذ عام 2015",
            "أعلنت الهيئة المحلية للطاقة أن الألواح المركبة على أسطح المدارس والمستشفيات",
            "خطوة ممتازة، لكن المهم أن تصل المياه فعلاً إلى البيوت في الأحياء العالية",
            "جميع الحقوق محفوظة لصحيفة الساحل اليوم",
        ],
    },
    "typical-fr.html": {
        "title": "Après huit ans de fermeture, la ligne des Crêtes retrouve ses trains",
        "author": "Camille Ferrand-Oudin",
        "headings": [
            None,
            "Un pari sur la fréquentation",
            "Le fret, prochaine étape ?",
        ],
        "present": [
            "Il était 6 h 42, samedi matin, quand le premier train depuis huit ans s’est arrêté en gare de Montclar-sur-Lèbre",
            "Pour Josiane Marcoux, 71 ans, le retour du train est d’abord une affaire de liberté.",
            "Si la ligne ne vit pas, ce ne sera pas faute d’avoir essayé. Mais une gare sans trains, c’est un village qui se vide lentement.",
            "Du côté des usagers réguliers, l’enthousiasme se mêle de prudence.",
            "Une étude de faisabilité doit être rendue au printemps prochain.",
            "Une fanfare a accompagné le train du retour jusqu’à la sortie de la gare",
        ],
        "absent": [
            "Offres d’emploi en région",
            "Incendie près de La Salvetat-Haute : 40 hectares de pins parcourus par les flammes",
            "Publicité",
            "Faute de conducteurs, plusieurs circuits ont été supprimés à la rentrée",
            "Chaque vendredi, notre sélection d’actualités locales, de sorties et de bons plans",
            "Partager sur Facebook",
            "Journaliste à l’agence de Montclar depuis 2019",
            "Après la ligne des Crêtes, la région entend moderniser d’ici 2032 plusieurs autres lignes",
            "Quelle émotion de revoir le train passer au bout de notre champ.",
            "Tous droits réservés",
        ],
    },
    "typical-es.html": {
        "title": "Torrealba del Campo recupera una acequia medieval para salvar sus huertas de la sequía",
        "author": "Lucía Barrientos Olmedo",
        "headings": [
            None,
            "Un trabajo a pico y pala",
            "Turnos de riego como hace siglos",
        ],
        "present": [
            "Durante casi cuatro décadas, la acequia de los Alamillos fue poco más que una zanja cubierta de zarzas al pie del cerro de San Gil.",
            "La idea de recuperarla surgió el pasado otoño, cuando la confederación hidrográfica redujo por tercer año consecutivo las dotaciones de riego de la comarca.",
            "El Ayuntamiento, que aportó 18.000 euros para la compra de materiales y el alquiler de un pequeño camión",
            "Los expertos, sin embargo, advierten de que la acequia no es una solución mágica.",
            "De momento, en la vega baja ya se nota la diferencia.",
        ],
        "absent": [
            "Cofradías y Semana Santa",
            "Un incendio calcina una nave de aperos en el polígono de Los Alcores",
            "Publicidad",
            "Así fue el momento en que el agua volvió a correr por la acequia de los Alamillos",
            "Los técnicos advierten de que, sin lluvias en primavera, el abastecimiento de seis municipios podría verse comprometido.",
            "Compartir en WhatsApp",
            "Escribe sobre agua, agricultura y despoblación desde la redacción de Torrealba",
            "Con los embalses bajo mínimos, la confederación ha vuelto a reducir las dotaciones",
            "Mi padre regaba con esa acequia cuando yo era pequeña.",
            "Ediciones La Vega S.L. Todos los derechos reservados.",
        ],
    },
    "typical-br.html": {
        "title": "Porto Jatobá adota tarifa zero nos ônibus aos domingos e dobra número de passageiros",
        "author": "Thiago Mendonça Prates",
        "headings": [
            None,
            "Custo preocupa vereadores",
            "Sábado pode ser o próximo passo",
        ],
        "present": [
            "A experiência da prefeitura de Porto Jatobá com ônibus gratuitos aos domingos superou as previsões mais otimistas.",
            "Os números iniciais parecem dar razão à prefeitura.",
            "A Secretaria de Mobilidade afirma que o aumento da demanda já estava previsto no orçamento do piloto",
            "Especialistas em mobilidade ouvidos pela reportagem veem a experiência com interesse, mas recomendam cautela.",
            "A decisão sobre a continuidade do programa deve ser anunciada até o fim de junho.",
        ],
        "absent": [
            "Trânsito e transporte",
            "Chuva de granizo destelha casas em Lagoa Dourada; Defesa Civil monta abrigo",
            "Publicidade",
            "Obra começa em agosto e deve interditar parcialmente uma das faixas da avenida durante quatro meses.",
            "As principais notícias de Porto Jatobá e região no seu e-mail, de segunda a sábado, às 7h.",
            "Compartilhar no WhatsApp",
            "Repórter de Cidades da Gazeta do Cerrado desde 2018",
            "A gratuidade vale para todas as 42 linhas urbanas",
            "Levei minha mãe para a feira no domingo pela primeira vez em anos.",
            "Gazeta do Cerrado. Todos os direitos reservados.",
        ],
    },
    "typical-it.html": {
        "title": "Riapre il Ponte della Badessa: dopo tre anni di cantiere il borgo torna unito",
        "author": "Francesca Lodovici",
        "headings": [
            None,
            "Pietre numerate una per una",
            "Il nodo delle piene",
        ],
        "present": [
            "Dopo tre anni di transenne, deviazioni e polemiche, il Ponte della Badessa è di nuovo percorribile.",
            "Il restauro, finanziato per due terzi con fondi regionali, è costato complessivamente 2,4 milioni di euro",
            "Non sono mancate le critiche.",
            "Il problema di fondo, però, resta il torrente.",
            "Per festeggiare la riapertura, la Pro Loco ha organizzato per domenica prossima una camminata tra i due quartieri",
        ],
        "absent": [
            "Farmacie di turno",
            "Frana sulla provinciale 12 a Roccanera, traffico a senso unico alternato fino a lunedì",
            "Pubblicità",
            "Uno studio dell'autorità di bacino individua i punti più a rischio",
            "Alto Lago, estate da record: presenze in aumento del 12 per cento",
            "Condividi su Facebook",
            "segue la cronaca di Borgo San Fermo e dell'alta valle per La Voce di Valsorba dal 2012",
            "I vigili del fuoco hanno transennato entrambi gli accessi dopo il sopralluogo dei tecnici provinciali",
            "Bellissimo lavoro, ci sono passato stamattina con i nipoti.",
            "Edizioni Alto Lago srl. Tutti i diritti riservati.",
        ],
    },
    "typical-tr.html": {
        "title": "Yeşilçakıl'da balıkçılar denizi kendileri korumaya aldı",
        "author": "Elif Karaağaç",
        "headings": [
            None,
            "Bilim insanları alanı izleyecek",
            "Amatör balıkçılara çağrı",
        ],
        "present": [
            "Yeşilçakıl Su Ürünleri Kooperatifi'ne üye 64 balıkçı, koyun güney kıyısındaki yaklaşık 300 hektarlık alanda iki yıl boyunca hiçbir şekilde ağ atmama kararı aldı.",
            "Koruma alanı, deniz biyologlarının balıkların yumurtlama ve büyüme yeri olarak belirlediği deniz çayırlarını kapsıyor.",
            "Yalçıner'e göre benzer uygulamaların yapıldığı Akdeniz'deki diğer bölgelerde",
            "Kararın uygulanması ise tamamen balıkçıların kendi denetimine bırakılmış durumda.",
            "Yeşilçakıl Belediyesi ise talebi olumlu karşıladığını",
        ],
        "absent": [
            "Nöbetçi eczaneler",
            "Fırtına uyarısı: Kumburnu feribot seferleri yarın öğlene kadar iptal edildi",
            "Reklam",
            "Yeşilçakıl koyunda deniz çayırları su altı kamerasıyla görüntülendi",
            "Ekipler, sıcak havanın etkisiyle yüzeyde biriken tabakayı temizlemek için",
            "Facebook'ta paylaş",
            "Kıyı Gazetesi'nin çevre ve denizcilik muhabiri.",
            "Bölgedeki kooperatiflerin verileriyle hazırlanan rapor",
            "Otuz yıldır bu koyda ağ atıyorum.",
            "Tüm hakları saklıdır.",
        ],
    },
    "typical-pt.html": {
        "title": "Elevador da Penha volta a subir a encosta de Alvorinha depois de seis anos parado",
        "author": "Inês Sarmento Vaz",
        "headings": [
            None,
            "Peças feitas à medida",
            "Bilhete incluído no passe municipal",
        ],
        "present": [
            "Às oito da manhã desta segunda-feira, a carruagem azul e creme do Elevador da Penha voltou a ranger pela encosta de Alvorinha",
            "A presidente da Câmara Municipal, Teresa Gouveia Lobato, reconheceu na cerimónia de reabertura que o processo demorou",
            "Para os moradores, a reabertura tem sobretudo um significado prático.",
            "Nem tudo, porém, está resolvido.",
            "Na plataforma de cima, o guarda-freio Joaquim Pestana",
        ],
        "absent": [
            "Farmácias de serviço",
            "Incêndio na Serra de Lousedo dado como dominado ao fim de onze horas",
            "Publicidade",
            "A empreitada, orçada em 240 mil euros, deve arrancar no outono",
            "Todas as manhãs, as notícias que importam no Norte",
            "Partilhar no Facebook",
            "Escreve sobre mobilidade, património e poder local no Alto Minho",
            "O projeto aprovado pela Câmara retira trinta lugares de estacionamento da praça central",
            "Andei nele em criança com o meu avô.",
            "Todos os direitos reservados.",
        ],
    },
    "wire-en.html": {
        "title": "Solar cold rooms help Kenyan mango growers cut harvest losses",
        "author": "Achieng Omondi-Rees",
        "headings": [
            None,
            "Higher prices at the farm gate",
        ],
        "present": [
            "NAIROBI, Kenya (Equator Wire) — Mango farmers in eastern Kenya who have begun storing their harvest in solar-powered cold rooms",
            "Each room, roughly the size of a shipping container, is cooled by rooftop solar panels",
            "The cooperative’s chairman, Daniel Musyoka Kilonzo, said demand for space in the rooms now far outstrips supply",
            "Government officials have said they plan to expand support for cold storage under a national programme to reduce food waste",
            "For now, growers in Kalimoni are planning around the rooms they have.",
        ],
        "absent": [
            "Classifieds and legal notices",
            "Route 9 bridge over the Kestrel River closed after inspectors find cracked girder",
            "Advertisement",
            "Members of the Upper Kestrel Fruit Society say rising energy prices have made them rethink",
            "A five-minute roundup of the day’s international news",
            "This material may not be published, broadcast, rewritten or redistributed without permission.",
            "Equator Wire is an independent news agency with correspondents in 31 African countries.",
            "Cooperatives in the country’s southern highlands are bypassing auction houses",
            "Interesting that the numbers line up with what we see here with apples.",
        ],
    },
    "news-de.html": {
        "title": "Lannebrücke in Eschwerde bleibt bis zum Herbst gesperrt",
        "author": "Katrin Vollmer",
        "headings": [
            None,
            "Einzelhändler beklagen Umsatzeinbußen",
            "Zusätzliche Busse ab April",
        ],
        "present": [
            "Die Lannebrücke im Zentrum von Eschwerde wird frühestens Ende Oktober wieder für den Verkehr freigegeben.",
            "Für die täglich rund 14.000 Fahrzeuge, die die Brücke vor der Sperrung genutzt haben",
            "Der Werbering Eschwerde fordert deshalb eine provisorische Fußgänger- und Radfahrerbrücke",
            "Bürgermeister Thorsten Rehbein räumte bei der Veranstaltung ein",
            "Sollte sich der Zeitplan erneut verschieben, werde man die Öffentlichkeit diesmal frühzeitig informieren.",
        ],
        "absent": [
            "Pendler stehen weiter im Stau: Lannebrücke bleibt dicht",
            "So sieht es unter der Lannebrücke aus",
            "Wie steht es um die Bauwerke im Lanneland?",
            "Umleitung über Oberlanne: Anwohner klagen über Lärm",
            "Link kopieren",
            "berichtet seit 2016 für das NMR-Studio Lanneland",
            "Seit die Umleitung durch den Ort führt, fahren täglich Tausende Autos an der Grundschule vorbei",
            "Zwölf Kilometer Umweg jeden Tag, das sind im Monat locker hundert Euro mehr fürs Tanken.",
            "Wolfsrudel reißt erneut Schafe auf Weide bei Moorfelde",
            "Anstalt des öffentlichen Rechts, 2025",
        ],
    },
    "news-ar.html": {
        "title": "افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في وادي السدر",
        "author": "سامر الدباغ",
        "headings": [
            None,
            "تكلفة أقل وأثر بيئي محدود",
            "خطط للتوسع جنوبا",
        ],
        "present": [
            "افتتحت السلطات المحلية في محافظة وادي السدر صباح الأربعاء أكبر محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في المنطقة",
            "وتعتمد المحطة على حقل من الألواح الشمسية يمتد على مساحة تقارب مئة وعشرين هكتارا شمال المدينة",
            "وأثار المشروع في مراحله الأولى مخاوف لدى صيادي المنطقة",
            "ومن المقرر أن تبدأ المحطة في ضخ المياه إلى الشبكة العامة تدريجيا اعتبارا من الشهر المقبل",
            "لا يحتاج فيها أي منزل في وادي السدر إلى شراء المياه من الصهاريج بحلول نهاية العقد.",
        ],
        "absent": [
            "ارتفاع أسعار صهاريج المياه يرهق ميزانيات الأسر في المدن الساحلية",
            "خبراء: الطاقة الشمسية قد تحل نصف أزمة المياه في المنطقة بحلول 2035",
            "الطاقة المتجددة",
            "نسخ رابط الخبر",
            "صحفي متخصص في شؤون الطاقة والبيئة",
            "تعاونية للصيادين تفتتح ميناء صغيرا يخدم ثلاث قرى ساحلية",
            "المهم هو صيانة الشبكة القديمة",
            "أسعار الذهب تسجل مستوى قياسيا جديدا في الأسواق العربية",
            "جميع الحقوق محفوظة © 2025 بوابة الأفق العربي",
        ],
    },
    "news-fr.html": {
        "title": "À Saint-Aubin-des-Fresnes, les habitants rachètent la dernière boulangerie du village",
        "author": "Élodie Marchais",
        "headings": [
            None,
            "Un jeune boulanger venu de Lyon",
            "Un modèle qui intéresse d’autres communes",
        ],
        "present": [
            "Depuis lundi matin, l’odeur du pain chaud flotte de nouveau sur la place de l’Église de Saint-Aubin-des-Fresnes.",
            "C’est finalement une réunion publique organisée en janvier à la salle des fêtes qui change la donne.",
            "Au-delà du pain, la coopérative veut faire de la boutique un lieu de vie pour le village.",
            "Les responsables de la coopérative restent néanmoins prudents sur l’équilibre financier du projet.",
            "on pourra peut-être même embaucher un apprenti à la rentrée",
        ],
        "absent": [
            "Commerces de proximité : ces villages qui se battent pour garder leur épicerie",
            "Abonnez-vous pour 1 € le premier mois",
            "Dans le Haut-Vallon, le dernier café de Montclerc sauvé par un financement participatif",
            "Économie sociale et solidaire",
            "Partager l’article",
            "Journaliste à l’agence du Haut-Vallon depuis 2019",
            "Une épicerie associative ouvre dans l’ancienne gare du Val-d’Orbe",
            "Chez nous la boulangerie a fermé il y a cinq ans",
            "La foire aux bestiaux de Servance revient en avril",
            "Reproduction interdite sans autorisation.",
        ],
    },
    "news-es.html": {
        "title": "Caficultores de La Esperanza del Alto lanzan su propia marca y duplican sus ingresos",
        "author": "Andrés Felipe Moncada",
        "headings": [
            None,
            "Mujeres al frente de la tostión",
            "Un modelo para otras veredas",
        ],
        "present": [
            "Durante más de tres décadas, las familias de la vereda La Esperanza del Alto",
            "Los resultados llegaron más rápido de lo que esperaban.",
            "Sin embargo, no todo ha sido sencillo. El mal estado de la vía que conecta la vereda con la cabecera municipal",
            "El alcalde de San Jacinto de la Sierra, Hernán Darío Cárdenas, aseguró",
            "sino por lo que uno sabe hacer con él, y eso nadie nos lo va a quitar",
        ],
        "absent": [
            "Precio del café: por qué los pequeños productores no siempre se benefician de las alzas",
            "Gobernación anuncia inversión de 40.000 millones para vías terciarias en la cordillera",
            "Siga a Noticias Cordillera en nuestro canal de WhatsApp",
            "Economía campesina",
            "Copiar enlace",
            "Periodista de la Universidad de Caldas.",
            "Las ventas al exterior de cafés de alta puntuación crecieron un 23 por ciento",
            "Yo compré ese café en una tienda de Chapinero",
            "Paro de transportadores: estas son las vías con bloqueos este miércoles",
            "Editorial Cordillera S.A.S.",
        ],
    },
    "news-tr.html": {
        "title": "Gökçeyazı Gölü'nde 40 yıl sonra yeniden feribot seferleri başlıyor",
        "author": "Mert Karaoğuz",
        "headings": [
            None,
            "120 yolcu ve 12 araç kapasitesi",
            "Esnaf da umutlu",
        ],
        "present": [
            "Gökçeyazı Gölü'nün iki yakasını birbirine bağlayan feribot hattı, yaklaşık 40 yıl aradan sonra yeniden hizmete giriyor.",
            "Akçalı Belediye Başkanı Nurhan Yıldırımer, projenin hem ilçe halkının günlük hayatını kolaylaştıracağını",
            "Bilet fiyatlarının yolcular için 25 lira, araçlar için ise 150 lira olarak belirlendiği açıklandı.",
            "Öte yandan bazı göl kıyısı sakinleri, iskelelerde yeterli otopark alanı bulunmadığı yönünde eleştirilerini dile getirdi.",
            "Feribotun ilk seferinin, bölgede yaşayan ve eski hattın son kaptanı olan",
        ],
        "absent": [
            "Gölde su seviyesi son 10 yılın en yüksek seviyesinde",
            "DSİ verilerine göre seviye geçen yıla göre 1,2 metre arttı.",
            "Haberin Devamı",
            "deniz ulaşımı",
            "Bağlantıyı kopyala",
            "Ege ve Marmara bölgelerinden yerel haberleri takip eden muhabir",
            "Gölün güney kıyısı boyunca uzanacak 18 kilometrelik bisiklet yolunun",
            "Saat başı sefer az olmuş",
            "Meteorolojiden Marmara için kuvvetli rüzgar uyarısı",
            "Gündem Meydanı Medya A.Ş.",
        ],
    },
    "news-pt.html": {
        "title": "Ônibus transformado em biblioteca leva 8 mil livros a bairros da periferia de Vila Serrana",
        "author": "Renata Siqueira",
        "headings": [
            None,
            "Parceria com a prefeitura",
            "Próximos passos",
        ],
        "present": [
            "Toda terça-feira, às duas da tarde, um ônibus amarelo estaciona em frente à quadra de esportes do bairro Jardim das Palmeiras",
            "No início, os livros vinham de doações de vizinhos, professores e livrarias da região",
            "Hoje o ônibus percorre sete bairros ao longo da semana e soma mais de 3.500 leitores cadastrados",
            "Para a estudante Larissa dos Santos, de 14 anos, moradora do Jardim das Palmeiras",
            "Ele precisa ir até onde as pessoas estão",
        ],
        "absent": [
            "Cidade gaúcha transforma estação de trem abandonada em centro cultural",
            "Pesquisa mostra queda no hábito de leitura entre adolescentes",
            "Siga o Portal Horizonte no Google News",
            "Jornalismo local de qualidade por R$ 1,90 no primeiro mês.",
            "Incentivo à leitura",
            "Repórter da redação de Vila Serrana desde 2017",
            "A construtora contratada pela prefeitura voltou ao canteiro nesta semana",
            "Meu filho pega livro no ônibus toda terça",
            "Mega-Sena acumula de novo e prêmio pode chegar a R$ 80 milhões",
            "Grupo Horizonte de Comunicação.",
        ],
    },
    "news-it.html": {
        "title": "Valdorsa riapre la scuola elementare dopo vent’anni: merito delle famiglie tornate dalla città",
        "author": "Giulia Ferrandi",
        "headings": [
            None,
            "Le famiglie arrivate dalla città",
            "Le incognite per il futuro",
        ],
        "present": [
            "Alle otto e venti di ogni mattina, nella piazza di Valdorsa, si sente di nuovo il rumore degli zaini trascinati sul selciato.",
            "A invertire la tendenza è stato un bando comunale lanciato nel 2021",
            "La pluriclasse riunisce in un’unica aula alunni di età diverse",
            "Anche la sanità è un nodo delicato",
            "quest’anno l’abbiamo riaperta con la banda musicale",
        ],
        "absent": [
            "Borghi, la nuova mappa dello spopolamento",
            "Valdorsa, il primo giorno di scuola nel borgo che rinasce",
            "Riproduzione riservata © Copyright La Voce Nazionale",
            "istruzione",
            "Invia per email",
            "Giornalista della redazione Cronaca",
            "Dopo un decennio di chiusure, in diverse regioni il numero delle pluriclassi è tornato a salire",
            "Leggere una notizia del genere mi commuove.",
            "Legge elettorale, vertice notturno della maggioranza senza accordo",
            "Edizioni Voce Italia S.p.A.",
        ],
    },
    "liveblog-de.html": {
        "title": "Hochwasser an der Sülte: Deich bei Ostrup hält – Evakuierung in Hollerbeck läuft",
        "author": "Katrin Oltmanns und Jens Harmsen",
        "headings": [
            None,
            "Landrätin: Keine Entwarnung vor Mittwoch",
            "Bahnstrecke zwischen Bergheide und Ostrup gesperrt",
            "Notunterkunft in der Sporthalle Bergheide geöffnet",
            "Deich bei Ostrup: Sickerstellen entdeckt",
            "Evakuierung in Hollerbeck hat begonnen",
            "Pegel überschreitet höchste Meldestufe",
        ],
        "present": [
            "Seit Sonntagabend steigt der Pegel der Sülte im Landkreis Ammerbruch unaufhörlich.",
            "Der Scheitel der Welle werde nach den aktuellen Berechnungen erst in der Nacht zu Mittwoch erwartet",
            "Das Wasser steht dort inzwischen knöcheltief vor dem alten Rathaus.",
            "An zwei Stellen des Deichs südlich von Ostrup sind am Mittag Sickerstellen festgestellt worden.",
            "Wer kein eigenes Auto hat, wird mit Bussen der Kreisverkehrsgesellschaft vom Parkplatz am Schützenhaus abgeholt.",
            "Wir halten Sie hier den ganzen Tag über die Hochwasserlage an der Sülte auf dem Laufenden.",
        ],
        "absent": [
            "Wir und unsere Partner verwenden Cookies und ähnliche Technologien",
            "Zum Inhalt springen",
            "Traueranzeigen",
            "Auf WhatsApp teilen",
            "Weitere Einträge laden",
            "Mehr zum Thema:",
            "Weihnachtsmarkt in Bergheide wegen Sturmwarnung abgesagt",
            "Die wichtigsten Nachrichten aus dem Landkreis jeden Morgen um 6 Uhr kostenlos in Ihrem Postfach.",
            "Datenschutzerklärung",
            "Alle Rechte vorbehalten.",
        ],
    },
    "column-comments-en.html": {
        "title": "Fill the empty shops before we pave over another field for parking",
        "author": "Margaret Ellery",
        "headings": [
            None,
        ],
        "present": [
            "On Tuesday evening I stood at the back of the council chamber",
            "Between the war memorial and the railway bridge I counted eleven empty units last Saturday morning.",
            "They closed because the rents went up when the Marsh Lane retail park opened",
            "It could offer them on peppercorn rents for three years to anyone with a sensible plan",
            "I have seen what happened in Brackenford, where the shiny new car park stands half empty on weekdays",
            "count the people, and ask yourself whether it is really parking that is missing.",
        ],
        "absent": [
            "Margaret Ellery has written a weekly column for the Kestlebury Courier since 1998.",
            "she led the campaign that saved the Corn Exchange clock tower from demolition in 2009",
            "I have run the hardware shop at the bottom of Tanner Street for nineteen years",
            "Some of us are out in the Marsh villages with one bus every two hours",
            "Four million on a car park while the library opens three days a week.",
            "Your email address will not be published.",
            "We use cookies to give you the best experience on our website",
            "Share this:",
            "Registered in England and Wales, company no. 00481233.",
            "Level crossing at Oxley to close for five nights",
        ],
    },
    "wire-related-ar.html": {
        "title": "افتتاح محطة لتحلية مياه البحر في المرجانة بطاقة 40 ألف متر مكعب يومياً",
        "author": "كريم العطار",
        "headings": [
            None,
        ],
        "present": [
            "افتتح وزير المياه والبيئة، سامر الخطيب، صباح الأحد محطة جديدة لتحلية مياه البحر في مدينة المرجانة الساحلية",
            "وقال الخطيب في كلمة ألقاها خلال حفل الافتتاح إن المحطة ستغطي احتياجات نحو 180 ألف نسمة",
            "أن المحطة تعمل بتقنية التناضح العكسي وتعتمد جزئياً على الطاقة الشمسية",
            "ومن المقرر أن تبدأ المحطة ضخ المياه إلى شبكة التوزيع في الأحياء الشمالية مطلع الشهر المقبل",
            "بحسب ما أعلنته المؤسسة العامة للمياه.",
        ],
        "absent": [
            "سجلت السدود الرئيسية في المحافظات الشمالية ارتفاعاً ملحوظاً في منسوب مياهها",
            "تشمل توسيع ممرات المشاة وإنشاء مسار للدراجات الهوائية",
            "حذر خبراء في ندوة نظمتها الجامعة الوطنية من الاعتماد المفرط على محطات تحلية المياه",
            "ويتوقع أن يوفر المشروع نحو 600 فرصة عمل مباشرة",
            "انقطع التيار الكهربائي لأكثر من ست ساعات عن ثلاثة أحياء",
            "يستخدم هذا الموقع ملفات تعريف الارتباط",
            "الأرصاد الجوية تحذّر من رياح قوية",
            "شارك الخبر:",
            "اشترك في النشرة البريدية لتصلك أهم الأخبار يومياً.",
            "جميع الحقوق محفوظة",
        ],
    },
    "explainer-faq-fr.html": {
        "title": "Logements vacants : pourquoi Saint-Aurèle va taxer les propriétaires dès 2027",
        "author": "Claire Vasseur",
        "headings": [
            None,
            "Que prévoit exactement la délibération ?",
            "Quels logements sont concernés ?",
            "Combien les propriétaires vont-ils payer ?",
            "Pourquoi la commune fait-elle ce choix ?",
            "Vos questions, nos réponses",
            "Je loue mon appartement quelques semaines par an, suis-je concerné ?",
            "Mon logement est en travaux, vais-je payer la taxe ?",
            "Mon logement est en vente depuis des mois, que se passe-t-il ?",
            "Comment contester l'avis d'imposition ?",
        ],
        "present": [
            "C'est une première dans la Vallonne. Lundi soir, par 24 voix contre 9",
            "Pour un deux-pièces du centre-ville, la mairie estime la facture annuelle entre 350 et 500 euros.",
            "une aide à la rénovation pouvant atteindre 10 000 euros par logement remis en location",
            "Les logements qui nécessitent des travaux importants pour être habitables",
            "La vacance involontaire est exonérée",
            "jusqu'au 31 décembre de l'année suivant la mise en recouvrement.",
        ],
        "absent": [
            "Aller au contenu principal",
            "En poursuivant votre navigation, vous acceptez l'utilisation de traceurs",
            "Le quotidien de la Vallonne et du pays d'Aurèle",
            "Partager sur Facebook",
            "La commune veut y créer quatorze logements sociaux d'ici à 2029.",
            "Les petites surfaces sont les plus touchées, selon l'observatoire départemental.",
            "Incendie dans une grange à Monteval",
            "Recevez chaque matin l'essentiel de l'actualité de la Vallonne.",
            "Mentions légales",
            "Reproduction interdite sans autorisation.",
        ],
    },
    "inline-promos-es.html": {
        "title": "La sequía adelanta tres semanas la cosecha de aceituna en el Alto Cebo",
        "author": "Lucía Garrido Benavente",
        "headings": [
            None,
            "Precios en origen al alza",
            "Las cooperativas piden ayudas",
        ],
        "present": [
            "Las primeras mantas ya están tendidas bajo los olivos del Alto Cebo.",
            "un 35 % menos que la campaña pasada y la cifra más baja desde 2012",
            "Las cooperativas han reorganizado los turnos de entrada en las almazaras",
            "Solo un 12 % del olivar del Alto Cebo cuenta con riego de apoyo",
            "Las cuatro cooperativas han pedido por carta a la Diputación una línea de ayudas directas",
            "dice Ortuño mientras descarga el primer remolque de la mañana.",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros con fines analíticos",
            "Compartir en WhatsApp",
            "Newsletter Campo y Comarcas",
            "Apúntate gratis y recibe cada jueves en tu correo las noticias agrícolas",
            "Al suscribirte aceptas nuestra política de privacidad.",
            "El embalse de Los Tornillos cae por debajo del 20 % de su capacidad",
            "La Confederación Hidrográfica mantiene las restricciones de riego hasta la primavera",
            "¿Has visto un error?",
            "La Feria de la Miel de Torreblanca bate récord de visitantes",
            "Queda prohibida la reproducción total o parcial",
        ],
    },
    "photo-gallery-pt.html": {
        "title": "Cine Teatro Aurora reabre após seis anos de obras e devolve vida ao centro histórico",
        "author": "Mariana Lobato",
        "headings": [
            None,
            "Pinturas do teto recuperadas",
            "Programação gratuita até dezembro",
        ],
        "present": [
            "Depois de seis anos de portas fechadas, andaimes e tapumes, o Cine Teatro Aurora voltou a acender o letreiro",
            "A etapa mais delicada da obra foi a recuperação das pinturas do teto da plateia",
            "As 420 poltronas originais, fabricadas em imbuia por uma marcenaria de Vila Amparo",
            "Os ingressos são distribuídos na bilheteria uma hora antes de cada sessão",
            "Vou voltar toda semana, enquanto as pernas deixarem",
        ],
        "absent": [
            "Utilizamos cookies essenciais e tecnologias semelhantes",
            "Compartilhar no WhatsApp",
            "4 min de leitura",
            "Publicidade",
            "Entre no nosso canal do WhatsApp e fique por dentro",
            "Festival de Viola Caipira anuncia atrações da edição de 2027",
            "Operação apreende caminhão com carga de café roubada",
            "Todos os direitos reservados.",
            "Rua Marechal Deodoro, 455",
        ],
    },
    "bold-subheads-it.html": {
        "title": "Montebrusco, chiuso il ponte sul Rio Tessa: deviazioni fino a primavera",
        "author": "Giulia Ferraresi",
        "headings": [
            None,
            "Le deviazioni",
            "I tempi dei lavori",
            "La protesta dei commercianti",
        ],
        "present": [
            "Da lunedì mattina il ponte sul Rio Tessa, lungo la provinciale 23 che collega Montebrusco a Castelvenere, è chiuso a tutti i veicoli",
            "Il traffico leggero viene dirottato sulla strada comunale della Cartiera",
            "Secondo il cronoprogramma presentato dall'ufficio tecnico, l'intervento di consolidamento durerà almeno quattro mesi.",
            "L'associazione dei commercianti ha chiesto al Comune di sospendere la tassa",
            "per illustrare nel dettaglio il piano della viabilità e raccogliere proposte.",
        ],
        "absent": [
            "Questo sito utilizza cookie tecnici e, previo tuo consenso",
            "Condividi su WhatsApp",
            "- Pubblicità -",
            "Giornalista pubblicista, segue la cronaca della bassa Valtessa",
            "Articoli correlati",
            "Castelvenere, frana sulla strada per Pieve Alta: senso unico alternato",
            "LASCIA UN COMMENTO",
            "Il Valtessa Calcio vince il derby e aggancia la vetta",
            "Testata giornalistica registrata presso il Tribunale di Castelvenere",
            "Tutti i diritti riservati",
        ],
    },
    "paywall-box-tr.html": {
        "title": "Karaçamlı'nın zeytinyağı ilk kez Japonya yolunda",
        "author": "Elif Sarıkaya",
        "headings": [
            None,
            "Japon alıcıyla fuarda tanıştılar",
        ],
        "present": [
            "Dereboyu ilçesine bağlı 600 nüfuslu Karaçamlı Mahallesi'nde kurulan",
            "Zeytinyağları, cuma günü kooperatifin bahçesinde düzenlenen küçük bir törenle tırlara yüklendi.",
            "Kooperatif başkanı Hatice Demirtaş, Japon alıcıyla geçen yıl",
            "Kooperatifin 42 ortağı bulunuyor.",
            "bu süreçte ilçe tarım müdürlüğünden ve üniversiteden destek aldıklarını söyledi.",
        ],
        "absent": [
            "Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır.",
            "WhatsApp'ta paylaş",
            "Bu haberin devamı Ege Postası+ abonelerine özeldir.",
            "Aylık 49,90 TL'den başlayan fiyatlarla",
            "Hemen abone ol",
            "Zaten abone misiniz?",
            "Zeytin hasadında rekolte beklentinin altında kaldı",
            "Körfez feribot seferleri fırtına nedeniyle iptal edildi",
            "Tüm hakları saklıdır.",
        ],
    },
    "breaking-keypoints-de.html": {
        "title": "Hochbrücke bei Lindenbrück nach Rissfund sofort gesperrt",
        "author": "Miriam Kolbeck und Jonas Terhalle",
        "breaking_label": "Eilmeldung",
        "headings": [
            None,
            "Lange Staus im Berufsverkehr",
            "Brücke galt schon länger als Sorgenkind",
            "Wie es jetzt weitergeht",
        ],
        "present": [
            "Die Hochbrücke über das Oberauer Tal bei Lindenbrück ist am Freitagmorgen überraschend für den gesamten Verkehr gesperrt worden.",
            "Prüfer haben an zwei Pfeilern Risse von bis zu 40 Zentimetern Länge entdeckt.",
            "Wie lange die Sperrung dauert, ist noch offen.",
            "Bereits bei der Hauptprüfung vor drei Jahren hatte sie nur die Zustandsnote 3,0 erhalten",
            "Der Schulbusverkehr soll am Montag mit angepassten Fahrplänen weiterlaufen.",
            "Aktualisiert um 11:42 Uhr: Wir haben die Angaben zur Umleitung für Lastwagen ergänzt",
        ],
        "absent": [
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung auszuspielen.",
            "Ratgeber Verbraucher",
            "Marode Brücken: Landkreise fordern Sanierungsmilliarden",
            "Ein neuer Bericht des Verkehrsministeriums zeigt, wie groß der Rückstand bei der Instandhaltung ist.",
            "Tarifeinigung im Nahverkehr: Streiks vorerst abgewendet",
            "Die wichtigsten Nachrichten des Tages, jeden Morgen um 6 Uhr in Ihrem Postfach.",
            "berichtet seit 2016 für NTX über Verkehr und Infrastruktur",
            "Das war doch abzusehen, die Brücke bröckelt seit Jahren vor sich hin.",
            "Auf WhatsApp teilen",
            "© NTX Nachrichten GmbH 2025",
        ],
    },
    "correction-timeline-en.html": {
        "title": "Harrowmere dockers vote for first full strike in 30 years over automation plans",
        "author": "Priya Danvers and Tom Okonkwo-Reilly",
        "headings": [
            "Union says 600 jobs at risk as port pushes ahead with self-driving cranes",
            "What the workers want",
            "The port’s response",
            "What happens next",
        ],
        "present": [
            "Dock workers at Harrowmere, the country’s third-busiest container port, have voted overwhelmingly",
            "no compulsory redundancies until at least 2030",
            "If the cranes drive themselves, who is left to check they’re safe?",
            "Talks at the conciliation service break down after 11 hours.",
            "Harrowmere’s mayor, Colette Brannigan, called on both sides to",
            "Correction: an earlier version of this article said the port handles 2.1 million containers a year.",
        ],
        "absent": [
            "We and our 143 partners store and/or access information on a device",
            "Puzzles and crosswords",
            "Gift this article",
            "Why ports are racing to go driverless",
            "Priya Danvers is The Meridian’s industry correspondent.",
            "My dad worked those cranes for forty years. This is a sad day for the town.",
            "Haulage firms say the extra cost will be passed on to shoppers within months.",
            "Thousands of homes still without power after weekend gales",
            "the day’s essential stories, delivered to your inbox at 7am",
            "© 2025 Meridian News Media Ltd. All rights reserved.",
        ],
    },
    "agency-demands-ar.html": {
        "title": "صيادو ميناء القرنفل يعلنون إضرابا مفتوحا ويقدمون خمسة مطالب للحكومة",
        "author": None,
        "breaking_label": "عاجل",
        "headings": [
            None,
            "مطالب الصيادين",
            "موقف الحكومة",
        ],
        "present": [
            "أعلن مئات الصيادين في ميناء القرنفل، صباح اليوم الثلاثاء، الدخول في إضراب مفتوح عن العمل",
            "إنشاء صندوق لتعويض الصيادين خلال فترات الراحة البيولوجية.",
            "إشراك جمعيات الصيادين في أي مفاوضات تتعلق باتفاقيات الصيد مع الشركات الأجنبية.",
            "يعمل في قطاع الصيد البحري بإقليم القرنفل نحو 6400 شخص",
            "استبعد في تصريح لاحق أي خفض فوري لأسعار الوقود",
            "ويخشى تجار السمك في أسواق المدينة من ارتفاع الأسعار إذا استمر الإضراب أكثر من أسبوع",
        ],
        "absent": [
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح وتحليل حركة الزوار.",
            "ثقافة وفنون",
            "شارك عبر واتساب",
            "ارتفاع أسعار الديزل يضغط على قطاع النقل البري",
            "قال اتحاد الناقلين إن تكاليف التشغيل ارتفعت بأكثر من الثلث منذ بداية العام.",
            "افتتاح المرحلة الأولى من الطريق الساحلي السريع بعد تأخر عامين",
            "اشترك في النشرة البريدية لتصلك أهم الأخبار صباح كل يوم",
            "حمل تطبيق نجمة للأخبار على هاتفك",
            "جميع الحقوق محفوظة © 2025 وكالة نجمة للأنباء",
        ],
    },
    "keypoints-table-fr.html": {
        "title": "Logement étudiant : dans les villes moyennes, les loyers des studios ont bondi de 14 % en deux ans",
        "author": "Clémence Vautrin",
        "headings": [
            None,
            "Des écarts considérables selon les villes",
            "Les résidences universitaires saturées",
        ],
        "present": [
            "Il a visité onze studios avant de signer.",
            "À Valmorel-sur-Loise, un étudiant consacre désormais 61 % de son budget au logement.",
            "Saint-Ivry-la-Forêt",
            "Sa liste d’attente comptait encore 2 300 noms à la mi-octobre",
            "En attendant, certains étudiants renoncent à s’installer en ville.",
            "L’Horizon a analysé 4 812 annonces de studios meublés publiées entre janvier et septembre 2023",
        ],
        "absent": [
            "nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles",
            "Mots croisés et jeux",
            "Offrir cet article",
            "Colocations entre seniors et étudiants : l’essor d’une solution de dépannage",
            "Clémence Vautrin est journaliste au service Société",
            "Même constat à Brévennes, mon fils a fini en colocation à quatre.",
            "La ministre de l’Enseignement supérieur a présenté mardi un plan jugé insuffisant par les syndicats étudiants.",
            "Retraites : ce qui change au 1er janvier pour les fonctionnaires",
            "Chaque matin, l’essentiel de l’actualité sélectionné par la rédaction",
            "© L’Horizon 2025 – Tous droits réservés.",
        ],
    },
    "update-table-es.html": {
        "title": "Una tromba de agua obliga a desalojar a 180 vecinos en la ribera del Salobre",
        "author": "Lucía Barreiro y Andrés Quintanilla",
        "breaking_label": "Última hora",
        "headings": [
            "Las lluvias torrenciales multiplican por diez el caudal del río en cuatro horas; suspendidas las clases en 14 municipios de Vega Alta",
            "Desalojos en la ribera del Salobre",
            "Clases suspendidas en 14 municipios",
            "Previsión para las próximas horas",
        ],
        "present": [
            "Las lluvias torrenciales caídas desde la madrugada de este miércoles han obligado a desalojar a 180 vecinos",
            "donde Cruz Roja ha instalado un centenar de camas",
            "Villanueva de la Vega",
            "ha suspendido las clases presenciales en 14 municipios",
            "El alcalde de Almenara de Soto, Ignacio Peralta, ha pedido a los vecinos que no se acerquen al cauce",
            "El Centro de Coordinación de Emergencias eleva a 212 el número de personas desalojadas",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para analizar nuestros servicios",
            "Suscríbete por 1 € el primer mes",
            "Compartir en WhatsApp",
            "El embalse de Cañaverosa supera el 90% de su capacidad",
            "La Confederación Hidrográfica abre las compuertas de forma preventiva tras las lluvias del fin de semana.",
            "Hacienda adelanta el calendario de devoluciones de la renta",
            "Recibe cada mañana en tu correo las claves informativas del día",
            "Lucía Barreiro es redactora de Sociedad en La Crónica Nacional desde 2019",
            "Llevamos años pidiendo que limpien el cauce y nadie hace nada.",
            "© Ediciones Crónica Nacional S.L. Todos los derechos reservados",
        ],
    },
    "editors-note-pt.html": {
        "title": "Justiça manda distribuidora devolver em dobro contas de luz cobradas a mais em Três Ribeiras",
        "author": "Renata Albuquerque Lins",
        "headings": [
            None,
            "Decisão beneficia cerca de 38 mil clientes da CEVT; veja como pedir o ressarcimento",
            "Como pedir a devolução",
            "O que diz a empresa",
        ],
        "present": [
            "Os nomes de dois consumidores ouvidos nesta reportagem foram alterados a pedido deles",
            "A Justiça estadual determinou que a Companhia Energética do Vale do Tarumã (CEVT) devolva em dobro",
            "a troca dos aparelhos provocou leituras estimadas com erros de até 60%",
            "Ninguém deveria escolher entre pagar uma conta errada e respirar.",
            "Informe o número do protocolo da ação civil pública, que a empresa é obrigada a aceitar.",
            "Para o Instituto de Defesa do Consumidor do Tarumã, a decisão cria um precedente importante.",
        ],
        "absent": [
            "Usamos cookies para melhorar sua experiência.",
            "Assine o Jornal da Nação por R$ 1,90 no primeiro mês",
            "Compartilhar no WhatsApp",
            "Tarifa de energia deve subir 8% em 2026, prevê agência",
            "Renata Albuquerque Lins é repórter de Economia e cobre direitos do consumidor desde 2015.",
            "Concurso nacional abre 4.200 vagas com salários de até R$ 14 mil",
            "Receba no seu email as principais notícias do dia, de segunda a sexta.",
            "Com chuvas abaixo da média, custo extra será de R$ 1,88 a cada 100 kWh consumidos.",
            "Aqui em casa a conta veio o triplo e ninguém resolveu nada.",
            "Copyright © 2025 Jornal da Nação. Todos os direitos reservados.",
        ],
    },
    "agency-factbox-it.html": {
        "title": "Frana sulla provinciale a Monteforra Alta, evacuate 43 famiglie",
        "author": None,
        "headings": [
            None,
            "Il sindaco: «Situazione sotto controllo»",
            "I geologi al lavoro",
        ],
        "present": [
            "Evacuate 43 famiglie delle frazioni di Poggiolo e Casenove, nessun ferito.",
            "Una frana di vaste proporzioni si è staccata nella notte dal versante orientale del monte Sorbo",
            "Le scuole del paese resteranno chiuse almeno fino a venerdì",
            "La Provincia stanzia 2,4 milioni di euro per il consolidamento del versante.",
            "Nel frattempo la Provincia ha aperto al traffico dei soli residenti la strada forestale del Colle dei Faggi",
            "in una precedente versione di questo articolo il numero delle famiglie evacuate era indicato erroneamente in 48 anziché 43",
        ],
        "absent": [
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti",
            "Motori e mobilità",
            "Condividi su WhatsApp",
            "RIPRODUZIONE RISERVATA © Copyright ASTi",
            "Maltempo, allerta arancione su tutto l'Appennino centrale",
            "La Protezione civile ha diramato un'allerta per piogge intense e rischio idrogeologico fino a domenica.",
            "Manovra, via libera in commissione al pacchetto sulle pensioni",
            "Iscriviti alla newsletter ASTi e ricevi ogni sera le notizie più importanti della giornata.",
            "Agenzia Stampa Tirrena Soc. Coop. - P.IVA 01928374650",
        ],
    },
    "quote-card-tr.html": {
        "title": "Karaburç'ta fırtına: Feribot seferleri iptal edildi, yüzlerce yolcu iskelede kaldı",
        "author": "Elif Sarıkaya, Murat Denizhan",
        "breaking_label": "SON DAKİKA",
        "headings": [
            "Karaburç Körfezi'nde etkili olan fırtına nedeniyle Akçaada hattındaki tüm feribot seferleri iptal edildi. Liman Başkanlığı, seferlerin en erken yarın sabah başlayabileceğini açıkladı.",
            "Yolcular iskelede mahsur kaldı",
            "Belediyeden açıklama",
        ],
        "present": [
            "Karaburç Körfezi'nde dün gece başlayan ve saatteki hızı 90 kilometreyi aşan fırtına nedeniyle",
            "seferlerin iptal edildiğini ancak burada öğrendi",
            "Adada ekmek de ilaç da karşıdan geliyor. Feribot durunca hayat duruyor.",
            "iskelede bekleyen yolculara sıcak çorba ve battaniye dağıtıldığını",
            "Meteoroloji, fırtınanın etkisini yarın öğle saatlerinden itibaren kaybetmesini bekliyor.",
            "Muhabirlerimiz sabah 06.00'dan itibaren Karaburç İskelesi'nde yolcularla görüştü",
        ],
        "absent": [
            "Sitemizde çerezler kullanılmaktadır.",
            "Köşe Yazarları",
            "WhatsApp'ta paylaş",
            "Akçaada'ya yeni iskele müjdesi",
            "Ulaştırma Bakanlığı, adadaki eski iskelenin yerine 140 metrelik yeni bir iskele yapılacağını duyurdu.",
            "Asgari ücret görüşmelerinde ilk toplantı tarihi belli oldu",
            "Günün öne çıkan haberleri her sabah e-posta kutunuzda.",
            "Elif Sarıkaya, 2018'den bu yana Günebakan'da kent ve ulaşım haberleri yazıyor.",
            "Her kış aynı hikaye, artık bir çözüm bulunsun.",
            "© 2025 Günebakan Gazetecilik A.Ş. Tüm hakları saklıdır.",
        ],
    },
    "blocks-signoff-de.html": {
        "title": "Talbrücke bei Kellinghausen wird monatelang gesperrt",
        "author": "Katrin Albers und Jonas Weidemeyer",
        "headings": [
            None,
            "Gutachten zeigte Risse im Spannbeton",
            "Was Pendler jetzt wissen müssen",
        ],
        "present": [
            "Die Talbrücke der B 487 bei Kellinghausen (Landkreis Wertheide) wird ab dem 24. März voraussichtlich bis Ende Oktober voll gesperrt.",
            "Auslöser der Sperrung ist ein Gutachten, das im Januar vorgelegt wurde.",
            "Im Gemeinderat von Kellinghausen stößt die Entscheidung auf Kritik.",
            "Zudem soll die Ampelschaltung in Obermelsach angepasst werden, um Rückstaus im Berufsverkehr zu vermeiden.",
            "Der Regionalbus 47 fährt während der Bauzeit im 20-Minuten-Takt statt stündlich.",
            "Mit Material von dpa",
        ],
        "absent": [
            "Wir verwenden Cookies und ähnliche Technologien",
            "Anzeige",
            "Mehr zum Thema",
            "Landesregierung legt Sanierungsliste für 86 Brücken vor",
            "Auf WhatsApp teilen",
            "Meistgelesen in Nordhessen",
            "Scheunenbrand in Altmoor: Feuerwehr die ganze Nacht im Einsatz",
            "Heimat erleben",
            "Barrierefreiheitserklärung",
            "© Nordhessischer Rundfunk 2025",
        ],
    },
    "qa-card-video-en.html": {
        "title": "Skelby harbour master Gwen Tallis: ‘We ran out of sandbags before midnight’",
        "author": "Daniel Okafor-Reyes",
        "headings": [
            "Six weeks after the Skelby sea wall gave way, the town’s harbour master talks about the warnings, the evacuation and what must change before next winter",
            "Where were you when you realised this was not an ordinary high tide?",
            "Did the warning system work as it should have?",
            "What happened to the sandbags?",
            "Some residents say the breach was predicted years ago. Is that fair?",
            "What needs to happen before next winter?",
            "Will you stay on as harbour master?",
        ],
        "present": [
            "When the tidal surge reached Skelby harbour shortly after 10pm on 2 February, Gwen Tallis had been on duty for fourteen hours.",
            "On the east pier, checking the mooring lines.",
            "In the end it was volunteers from the rowing club knocking on doors who got most of them out.",
            "We had 2,000 stored at the depot, which sounds like a lot until you try to protect a whole street.",
            "Three things. The breach has to be properly rebuilt, not just patched.",
            "After that, somebody younger can have the wet boots.",
        ],
        "absent": [
            "Councillors voted unanimously to fast-track the work after engineers warned the breach could widen in spring storms.",
            "Skelby flood: council approves £4m emergency repair for sea wall",
            "Watch: the night the wall gave way",
            "Residents filmed seawater pouring over the wall at Quayside Row on the night of 2 February",
            "Advertisement",
            "Share on Facebook",
            "We and our partners use cookies and similar technologies",
            "Daniel Okafor-Reyes is the Ledger’s coastal affairs correspondent",
            "Ferry operator confirms winter timetable cuts to island routes",
            "© 2025 Northern Ledger Media Ltd.",
        ],
    },
    "collapsed-lead-ar.html": {
        "title": "افتتاح أكبر محطة لتحلية المياه في رأس الغزال بطاقة 300 ألف متر مكعب يومياً",
        "author": "سارة المنصوري",
        "headings": [
            None,
            "المرحلة الثانية",
        ],
        "present": [
            "افتتحت السلطات المحلية في مدينة رأس الغزال، صباح الأحد، محطة جديدة لتحلية مياه البحر تُعد الأكبر من نوعها على الساحل الشرقي.",
            "وأوضح العامري في مؤتمر صحفي عُقد في موقع المحطة أن الأعمال استغرقت ثلاث سنوات ونصف السنة",
            "وتعاني أحياء عدة في رأس الغزال منذ سنوات من انقطاعات متكررة في إمدادات المياه خلال أشهر الصيف",
            "ستبدأ المرحلة الثانية من المشروع مطلع العام المقبل",
            "وردّ العامري بأن المحطة مزودة بنظام لتشتيت المياه المرتجعة على مسافة كيلومترين من الشاطئ",
            "على أن تبدأ بالأحياء الأكثر تضرراً من الانقطاعات.",
        ],
        "absent": [
            "اقرأ المزيد",
            "إعلان",
            "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا",
            "شارك على واتساب",
            "الأكثر قراءة",
            "تعادل مثير في ديربي الساحل يشعل صراع الصدارة",
            "هيئة المياه تدرس مراجعة تعرفة الاستهلاك المنزلي",
            "ثقافة وفنون",
            "جميع الحقوق محفوظة © 2025 المدار للإعلام والنشر",
        ],
    },
    "short-caption-bio-fr.html": {
        "title": "À Saint-Aurel-du-Lot, 140 habitants rachètent ensemble le dernier café du village",
        "author": "Mathilde Roussel",
        "headings": [
            None,
        ],
        "present": [
            "le Café de la Halle a rouvert ses portes samedi matin à Saint-Aurel-du-Lot.",
            "Ce sont 140 habitants, réunis en société coopérative, qui ont racheté le fonds de commerce et les murs.",
            "résume Bernard Caussade, ancien instituteur et président de la coopérative.",
            "Au total, 86 000 euros ont été réunis, complétés par un prêt bancaire et une aide de la communauté de communes.",
            "Le café sera tenu par Inès et Karim Bellaoui, un couple arrivé de Toulouse il y a deux ans, salariés de la coopérative.",
            "sourit Karim Bellaoui.",
        ],
        "absent": [
            "Diplômée de l’École de journalisme de Lille, elle a auparavant travaillé pour plusieurs radios locales en Occitanie.",
            "Passionnée de randonnée, elle arpente chaque été les chemins de Compostelle",
            "Voir tous ses articles",
            "Publicité",
            "Partager sur Facebook",
            "En poursuivant votre navigation, vous acceptez que La Dépêche des Causses",
            "Lot : les cafés de village font de la résistance",
            "Accident sur la RN 88 : deux blessés légers près de Baraqueville",
            "Mentions légales",
            "© La Dépêche des Causses 2025",
        ],
    },
    "truncated-list-es.html": {
        "title": "Villanueva del Almendral cortará el agua por las noches a partir del lunes por la sequía",
        "author": "Lucía Ferrán, Andrés Mayoral",
        "headings": [
            "El pleno aprueba un plan de restricciones con cortes nocturnos del suministro, prohibición de llenar piscinas y multas de hasta 3.000 euros",
            "Las medidas, una a una",
        ],
        "present": [
            "El Ayuntamiento de Villanueva del Almendral aprobó este jueves en pleno extraordinario un plan de restricciones",
            "La oposición votó en contra. El portavoz del grupo municipal independiente, Tomás Guijarro",
            "Los regantes de la comarca ya sufren recortes desde el pasado invierno.",
            "Además del corte nocturno, el plan aprobado incluye las siguientes restricciones",
            "Multas de entre 300 y 3.000 euros para quienes incumplan las medidas.",
            "Con información de EFE",
        ],
        "absent": [
            "Leer más",
            "Publicidad",
            "Utilizamos cookies propias y de terceros",
            "Compartir en WhatsApp",
            "Lo más leído",
            "La licitación del nuevo hospital comarcal se retrasa otra vez",
            "Suscríbete a nuestra newsletter de Comarcas",
            "Recibe cada mañana en tu correo las noticias más importantes de tu zona.",
            "Aviso legal",
            "© Crónica del Sureste S.L. 2025",
        ],
    },
    "br-body-pt.html": {
        "title": "Trabalhador rural encontra fóssil de réptil de 90 milhões de anos em fazenda de Pedra Alta",
        "author": "Rafael Tavares",
        "headings": [
            "Ossos foram achados enquanto Valdir Rocha Neves abria uma vala para instalar um bebedouro. Paleontólogos da UEP suspeitam de uma espécie ainda não descrita.",
        ],
        "present": [
            "Um trabalhador rural encontrou, na semana passada, ossos fossilizados de um réptil que viveu há cerca de 90 milhões de anos",
            "Valdir Rocha Neves, de 47 anos, abria uma vala para instalar um bebedouro para o gado quando a enxada bateu em algo duro.",
            "O dono da fazenda, Osmar Figueiredo, acionou a prefeitura, que entrou em contato com a universidade.",
            "os fósseis parecem pertencer a um crocodiliforme terrestre",
            "Até agora, foram retirados parte do crânio, sete vértebras e um fragmento de mandíbula com dentes preservados.",
            "e que a família de Valdir será convidada para a cerimônia de apresentação.",
        ],
        "absent": [
            "Obra orçada em R$ 2,3 milhões deve ser concluída até o fim do ano que vem, segundo a prefeitura.",
            "LEIA TAMBÉM",
            "Museu de Pedra Alta vai ganhar nova ala dedicada à paleontologia",
            "PUBLICIDADE",
            "Compartilhar no WhatsApp",
            "Usamos cookies para melhorar sua experiência",
            "Mais lidas",
            "Chuva forte alaga avenidas e derruba árvores em Buriti Velho",
            "Termos de uso",
            "Gazeta do Cerrado Comunicação Ltda. Todos os direitos reservados.",
        ],
    },
    "sections-short-it.html": {
        "title": "Riapre il rifugio Pian delle Rondini dopo due anni: la frana è stata messa in sicurezza",
        "author": "Giulia Ferracini",
        "headings": [
            None,
        ],
        "present": [
            "Dopo due estati di chiusura, il rifugio Pian delle Rondini, a quota 1.840 metri sopra Valdirosa, riaprirà sabato 14 giugno.",
            "finanziato per due terzi dalla Regione.",
            "racconta Ornella Zanetti, che gestisce il rifugio insieme al fratello Marco dal 2009.",
            "Il nuovo sentiero, più lungo di circa venti minuti rispetto al vecchio tracciato, è segnalato con il numero 312",
            "Il sindaco di Valdirosa, Pierluigi Cattaneo, ha annunciato che",
            "raccomanda calzature adeguate, soprattutto in caso di pioggia.",
        ],
        "absent": [
            "Giulia Ferracini è nata a Sondrasca nel 1987 e scrive per il Corriere delle Valli dal 2012.",
            "È istruttrice volontaria del Club alpino",
            "Tutti gli articoli dell’autrice",
            "Pubblicità",
            "Condividi su Facebook",
            "Questo sito utilizza cookie tecnici",
            "I più letti",
            "Hockey, il Valdirosa festeggia la promozione in piazza",
            "Necrologie",
            "© 2025 Editoriale Valli S.r.l.",
        ],
    },
    "qa-breaks-tr.html": {
        "title": "Kooperatif Başkanı Demirtaş: Denizde balık azaldı, kota artık şart",
        "author": "Elif Karataş",
        "headings": [
            "Yalıkent Su Ürünleri Kooperatifi Başkanı Hüseyin Demirtaş, erken kapanan hamsi sezonunu ve genç balıkçıların neden mesleği bıraktığını anlattı.",
        ],
        "present": [
            "Karadeniz'de hamsi sezonu bu yıl beklenenden iki hafta erken kapandı.",
            "Çünkü balık yoktu. Ekim ayının ilk haftalarında iyi av yaptık",
            "Kota uygulamasına balıkçılar sıcak bakıyor mu?",
            "Başta kimse istemiyordu, ben de istemiyordum.",
            "Gençler ya şehre gidiyor ya da turizmde çalışıyor.",
            "Doğru kararlar alırsak Yalıkent'in limanı yine hamsiyle dolar, buna inanıyorum.",
        ],
        "absent": [
            "Reklam",
            "Sitemizde çerezler kullanılmaktadır.",
            "WhatsApp'ta Paylaş",
            "Google Haberler'de Takip Et",
            "Çok Okunanlar",
            "Sahil yolunda heyelan: Trafik tek şeritten sağlanıyor",
            "Hamsinin kilosu tezgahta 400 lirayı geçti",
            "DOLAR 36,48",
            "KVKK Aydınlatma Metni",
            "© 2025 Haber Meydanı. Tüm hakları saklıdır.",
        ],
    },
    "council-tram-de.html": {
        "title": "Stadtrat stimmt für neue Straßenbahnlinie nach Kellerfeld",
        "author": "Katrin Wöhlers",
        "headings": [
            None,
            "Streit um die Trasse durch die Lindenallee",
            "Wie es jetzt weitergeht",
        ],
        "present": [
            "Mit 31 zu 17 Stimmen hat der Wendelsbrücker Stadtrat am Dienstagabend den Bau der Straßenbahnlinie 7 beschlossen.",
            "Die Kosten werden nach aktuellem Stand auf 118 Millionen Euro geschätzt.",
            "Deren Sprecher Herbert Quandmeyer zeigte sich nach der Abstimmung enttäuscht.",
            "Die Stadtverwaltung verweist dagegen auf ein Gutachten, nach dem für jeden gefällten Baum drei neue gepflanzt werden sollen.",
            "Als nächster Schritt steht das Planfeststellungsverfahren an",
            "Eine erste Zwischenbilanz soll der Stadtrat bereits im kommenden Frühjahr erhalten.",
        ],
        "absent": [
            "Buslinie 42 wird zum Fahrplanwechsel eingestellt",
            "Im vergangenen Jahr nutzten 21 Millionen Menschen Busse und Bahnen",
            "Großbrand in Lagerhalle am Hafen",
            "Die wichtigsten Nachrichten aus der Stadt, jeden Werktag um 6 Uhr",
            "berichtet vor allem über Stadtentwicklung und Verkehr",
            "Ich warte seit 15 Jahren darauf",
            "Datenschutzerklärung",
            "Per WhatsApp versenden",
            "Wir und unsere 143 Partner verwenden Cookies",
            "Alle Rechte vorbehalten",
        ],
    },
    "promotion-en.html": {
        "title": "Harbourton Athletic clinch promotion with late Mensah winner",
        "author": "Daniel Okafor and Priya Raman",
        "headings": [
            None,
            "A frantic final half-hour",
            "'This one is for the town'",
        ],
        "present": [
            "Kofi Mensah rose highest in the fourth minute of stoppage time",
            "Ellingford goalkeeper Harvey Lund then produced a string of saves",
            "Word then filtered through the stands that Castlebridge had conceded twice in five minutes",
            "Gallacher, who took over a side sitting 21st in the table two years ago",
            "Rovers, with nothing but pride to play for",
            "The club confirmed that an open-top bus parade will leave Quayside Park at 2pm on Monday",
        ],
        "absent": [
            "Fiona Gallacher opens talks over new Harbourton contract",
            "The Robins had been top for most of the season",
            "Dock Street bridge to close for six weeks of repairs",
            "Get every Mariners match report and transfer rumour",
            "hosts the Mariners Matters podcast",
            "Forty-six years I've been coming",
            "Share on Facebook",
            "Registered in England No. 04419823",
            "We use cookies and similar technologies to improve your experience",
            "Subscribe from £1",
        ],
    },
    "dates-export-ar.html": {
        "title": "تعاونية واحة الرمال الخضراء تضاعف صادراتها من التمور إلى أوروبا",
        "author": "سلمى الحداد",
        "headings": [
            None,
            "أسعار أعلى للمزارعين",
            "تحديات النقل والمياه",
        ],
        "present": [
            "أعلنت تعاونية واحة الرمال الخضراء، التي تضم أكثر من أربعمئة مزارع صغير",
            "وأوضح العطار أن المركز، الذي بلغت كلفته نحو ثمانية ملايين دولار",
            "كما تعتزم التعاونية إطلاق علامة تجارية خاصة بها في الأسواق الخارجية",
            "غير أن التوسع لا يخلو من تحديات",
            "ويقول مزارعون في الواحة إن الأسعار التي يحصلون عليها ارتفعت بنحو الخمس",
            "وتتوقع التعاونية أن تتجاوز صادراتها ثلاثة آلاف طن في الموسم المقبل",
        ],
        "absent": [
            "مشروع جديد لتأهيل آبار الري في وادي السدرة",
            "يتوقع المنتجون استمرار ارتفاع الأسعار حتى نهاية العام",
            "الذهب يقفز إلى أعلى مستوى له منذ عامين",
            "اشترك في نشرتنا اليومية لتصلك أهم الأخبار الاقتصادية",
            "صحفية متخصصة في الشؤون الزراعية والتجارة الخارجية",
            "نتمنى أن تصل هذه التجربة إلى قرانا أيضاً",
            "يستخدم هذا الموقع ملفات تعريف الارتباط",
            "جميع الحقوق محفوظة",
            "شروط الاستخدام",
            "مقالات الرأي",
        ],
    },
    "festival-fr.html": {
        "title": "À Saint-Aubrac-sur-Lienne, le festival des Nuits de la Lienne bat son record de fréquentation",
        "author": "Hélène Marchetti",
        "headings": [
            None,
            "Une organisation mise à l'épreuve",
            "Faut-il encore grandir ?",
        ],
        "present": [
            "Les berges de la Lienne n'avaient jamais connu une telle affluence.",
            "Le concert de clôture de la chanteuse Maëlle Arnaudin, dimanche soir",
            "Nous avons été victimes de notre succès, et nous l'assumons",
            "Reste une question qui divise au sein même de l'association",
            "Samedi, les navettes gratuites depuis la gare de Vernange ont été saturées dès 19 heures",
            "En attendant, la billetterie de la vingt et unième édition ouvrira le 1er décembre",
        ],
        "absent": [
            "découvrez la programmation complète de la vingtième édition",
            "Vingt-deux spectacles sont au programme",
            "Incendie de forêt près de Vernange",
            "nos idées de sorties pour le week-end dans le Val",
            "spécialiste des musiques actuelles",
            "Trois heures pour rentrer à Vernange samedi soir",
            "Ajouter à mes favoris",
            "Mentions légales",
            "utilisent des cookies pour mesurer l'audience",
            "Tous droits réservés. Reproduction interdite",
        ],
    },
    "budget-es.html": {
        "title": "El pleno de Villaverde del Tajuelo aprueba los presupuestos tras un acuerdo de última hora",
        "author": "Javier Ortún",
        "headings": [
            None,
            "Críticas de la oposición",
            "Las principales inversiones",
        ],
        "present": [
            "El Ayuntamiento de Villaverde del Tajuelo ya tiene presupuestos para 2024.",
            "La portavoz de la formación, Lucía Empedrado, defendió su decisión ante las críticas de la oposición.",
            "Marqueño también cuestionó el aumento del gasto en personal",
            "El alcalde, por su parte, defendió que los presupuestos son",
            "A cambio de su abstención, Vecinos por Villaverde logró incluir una partida de 1,2 millones",
            "Las cuentas entrarán en vigor tras su publicación en el boletín provincial",
        ],
        "absent": [
            "Villaverde congela la tasa de basuras por segundo año consecutivo",
            "Los municipios de menos de 5.000 habitantes podrán solicitar las ayudas",
            "Cortada la carretera del Tajuelo por el desprendimiento de rocas",
            "Recibe cada mañana en tu correo las noticias más importantes",
            "cubre la información municipal y comarcal desde 2018",
            "Ya era hora de que alguien se acordara del centro de salud",
            "Copiar enlace",
            "Utilizamos cookies propias y de terceros",
            "Ediciones del Tajuelo S.L. Todos los derechos reservados",
            "Iniciar sesión",
        ],
    },
    "cannery-pt.html": {
        "title": "Conserveira de Vila Nova da Ribamar vai contratar 120 trabalhadores",
        "author": "Mariana Teixeira Lopes",
        "headings": [
            None,
            "Exportações representam 70% das vendas",
            "Falta de peixe preocupa o setor",
        ],
        "present": [
            "A Conservas Atlântida Ribamar, uma das mais antigas fábricas de conservas de peixe do país",
            "Segundo o administrador Rui Meireles Bastos, bisneto do fundador",
            "A nova linha manterá parte do processo manual",
            "O presidente da Câmara Municipal, Artur Venâncio, considerou o investimento",
            "No ano passado, a conserveira faturou 41 milhões de euros",
            "garante que os pescadores da vila terão prioridade nos contratos de fornecimento",
        ],
        "absent": [
            "Obras no porto de pesca da Ribamar arrancam em outubro",
            "O aumento foi recebido com cautela pelas organizações de produtores",
            "Incêndio destrói armazém de redes na zona ribeirinha",
            "Receba todas as manhãs um resumo das notícias mais importantes",
            "escreve sobre pescas, indústria e emprego na região costeira",
            "A minha avó trabalhou lá quarenta anos",
            "Partilhar no WhatsApp",
            "Utilizamos cookies e tecnologias semelhantes",
            "Sociedade Editora Ribamarense",
            "Estatuto editorial",
        ],
    },
    "theatre-it.html": {
        "title": "Castelmerlo, riapre il Teatro Sociale dopo sette anni di restauri",
        "author": "Giulia Ferrandi e Marco Liverani",
        "headings": [
            "Il sipario torna ad alzarsi il 12 ottobre con un concerto della banda cittadina. Il cantiere è costato 9,6 milioni di euro",
            "Gli affreschi ritrovati",
            "La nuova stagione",
        ],
        "present": [
            "Dopo sette anni di cantiere, tre ditte cambiate e un ricorso al Tar",
            "Il restauro è costato complessivamente 9,6 milioni di euro",
            "racconta la restauratrice Chiara Montegrappa",
            "Il ritrovamento ha però allungato i tempi",
            "hanno riportato alla luce un ciclo di affreschi ottocenteschi",
            "I biglietti per la serata inaugurale saranno gratuiti",
        ],
        "absent": [
            "Teatro Sociale, il Tar dà ragione al Comune",
            "La sperimentazione durerà fino a Natale",
            "Frana sulla provinciale 12, strada chiusa per almeno un mese",
            "Iscriviti per ricevere ogni sera le notizie più importanti",
            "segue la politica e la vita culturale di Castelmerlo",
            "Ci andavo da bambina con mio padre",
            "Condividi su Facebook",
            "Noi e terze parti selezionate utilizziamo cookie",
            "Editoriale Valdorcia S.p.A.",
            "Cultura e spettacoli",
        ],
    },
    "basketball-tr.html": {
        "title": "Karadere Belediyespor, uzatmada Ege Yıldızları'nı devirip finale yükseldi",
        "author": "Emre Kaplanoğlu",
        "headings": [
            None,
            "Son saniye üçlüğü maçı uzatmaya taşıdı",
            "Başantrenör Tunçel: Bu şehir bunu hak etti",
        ],
        "present": [
            "Basketbol Birinci Lig play-off yarı finalinin dördüncü maçında Karadere Belediyespor",
            "İkinci periyotta savunmasını sertleştiren Karadere Belediyespor",
            "Ancak Karadere ekibi pes etmedi.",
            "Uzatmada daha soğukkanlı oynayan konuk ekip",
            "Ege Yıldızları, kaptan Serkan Aydemir'in üçlükleriyle ilk periyodu 26-17 önde tamamladı.",
            "Final serisinin ilk maçı 28 Mayıs Salı günü oynanacak.",
        ],
        "absent": [
            "Karadere Belediyespor seride 2-1 öne geçti",
            "Milli pasör, iki yıllık sözleşmeye imza atarak",
            "Emekli bayram ikramiyesi için ödeme tarihi belli oldu",
            "Günün en önemli spor gelişmeleri her akşam e-posta kutunuzda olsun",
            "basketbol ve voleybol liglerini takip eden spor muhabiri",
            "Yıllardır bu anı bekliyorduk",
            "Facebook'ta paylaş",
            "Sitemizde deneyiminizi iyileştirmek",
            "Tüm hakları saklıdır",
            "Başkentte yarın bazı yollar trafiğe kapatılacak",
        ],
    },
    "water-plant-ar.html": {
        "title": "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في واحة الزيتونة",
        "author": "سلمى عبد الرحيم",
        "headings": [
            None,
            "نهاية رحلة الصهاريج",
            "خطة للتوسع في المحافظة",
        ],
        "present": [
            "افتتح محافظ الوادي الأخضر، اللواء هشام الدرديري، صباح اليوم الأحد، أول محطة لتحلية المياه تعمل بالكامل بالطاقة الشمسية",
            "وأوضح المهندس طارق السنوسي، مدير المشروع، أن المحطة تعتمد على ألفين وثلاثمئة لوح شمسي",
            "وقالت الحاجة نفيسة عبد المولى، إحدى سكان الواحة، إنها كانت تستيقظ قبل الفجر كل يومين",
            "وأشار رئيس مجلس مدينة الزيتونة، عادل منصور، إلى أن شبكة الأنابيب الجديدة وصلت بالفعل إلى ثمانين في المئة من المنازل",
            "وكشف المحافظ عن خطة لإنشاء ثلاث محطات مماثلة في قرى بئر السلام وعين الغزال والنخيلات",
            "ومن المقرر أن تتولى شركة مياه الوادي الأخضر تشغيل المحطة وصيانتها",
        ],
        "absent": [
            "بدء رصف الطريق الدائري حول واحة الزيتونة بطول 18 كيلومترا",
            "تقدم العشرات من سكان القرية بشكوى جماعية إلى مجلس المحافظة",
            "جدول امتحانات الشهادة الإعدادية في الوادي الأخضر 2024",
            "اشترك في نشرتنا اليومية ليصلك ملخص أهم أخبار المحافظات كل صباح.",
            "صحفية متخصصة في شؤون المحافظات والتنمية المحلية",
            "خطوة ممتازة طال انتظارها، نتمنى أن تصل المياه إلى قرية عين الغزال قريبا.",
            "يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك",
            "جميع الحقوق محفوظة © 2024 الوادي اليوم",
            "شارك الخبر مع أصدقائك",
            "أخبار مصر والعالم",
        ],
    },
    "festival-tweet-ar.html": {
        "title": "مهرجان النخلة الذهبية يختتم دورته العاشرة بتكريم 12 فيلما عربيا",
        "author": None,
        "headings": [
            "الجائزة الكبرى لفيلم «بيت على الرمل» للمخرجة ريم الساعدي",
        ],
        "present": [
            "اختتم مهرجان النخلة الذهبية السينمائي في مدينة سرابيا دورته العاشرة مساء السبت، بحفل أقيم على مسرح الميناء القديم",
            "وقالت الساعدي في كلمة مقتضبة عند تسلمها الجائزة إنها صورت الفيلم في سبعة أسابيع بميزانية محدودة",
            "وأعلنت لجنة التحكيم، التي ترأسها الناقد فؤاد القباني، قائمة الجوائز الأخرى",
            "جائزة أفضل سيناريو لفيلم «رسائل من الجبل» للكاتب نزار الأيوبي.",
            "وشهدت الدورة الحالية عرض ستة وستين فيلما بين روائي طويل وقصير ووثائقي",
            "ومن المقرر أن تنطلق الدورة الحادية عشرة في الأسبوع الثاني من نوفمبر المقبل",
        ],
        "absent": [
            "يستمر المعرض عشرة أيام ويستضيف ندوات لكتاب من المغرب والمشرق.",
            "هيئة الموانئ تعلن تمديد ساعات العمل في ميناء سرابيا الجديد",
            "احصل على أهم الأخبار الثقافية والفنية في بريدك كل خميس.",
            "فيلم رائع شاهدته في العرض الأول وأبكاني المشهد الأخير",
            "نستخدم ملفات الكوكيز لأغراض التحليل والإعلانات",
            "جميع الحقوق محفوظة لمؤسسة المرفأ للصحافة والنشر",
            "المال والأعمال",
            "نسخ الرابط",
            "ترميم دار سينما الميناء بعد إغلاق دام عشرين عاما",
        ],
    },
    "mosaic-aa-tr.html": {
        "title": "Kızılırmak Vadisi'nde 2 bin yıllık mozaik bulundu",
        "author": "Anadolu Ajansı",
        "headings": [
            None,
            "Villa kalıntılarına ulaşıldı",
        ],
        "present": [
            "Kızılırmak Vadisi'ndeki Göksuyu köyünde yapılan kurtarma kazısında, yaklaşık 2 bin yıllık olduğu tahmin edilen",
            "Köyde bir çiftçinin tarlasını sürerken toprak altında renkli taşlara rastlaması üzerine başlatılan çalışmalar",
            "Yıldırımoğlu, mozaikte at üzerinde mızrak tutan avcıların yanı sıra geyik, yaban domuzu ve tavşan figürlerinin bulunduğunu",
            "Kazı ekibi, mozaiğin büyük bir kırsal villanın yemek salonuna ait olduğunu düşünüyor.",
            "Bölge Müze Müdürü Kadir Ünsal ise mozaiğin yerinde korunması için koruma çatısı yapılacağını",
            "Ünsal, kazıların eylül ayının sonuna kadar devam edeceğini, kış aylarında ise buluntuların müze laboratuvarında",
        ],
        "absent": [
            "Tokmaklı Höyük'te Tunç Çağı'na ait mühür bulundu",
            "Yüzyıllık taş evleriyle bilinen Karaağıl köyü, yaz aylarında binlerce ziyaretçiyi ağırladı.",
            "Emekli ikramiyesi ödemeleri ne zaman yapılacak?",
            "Günün öne çıkan haberleri her sabah e-posta kutunuzda olsun.",
            "Köyümüzün adını duyurduğunuz için teşekkürler",
            "Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır.",
            "Tüm hakları saklıdır. İzinsiz ve kaynak gösterilmeden yayınlanamaz.",
            "Facebook'ta Paylaş",
            "Köşe Yazarları",
            "Barajlarda doluluk oranı yüzde 41'e geriledi",
        ],
    },
    "metrobus-tr.html": {
        "title": "Marmarakent'te metrobüs hattı için ilk kazma vuruldu",
        "author": "Elif Karadağ, Murat Soylu",
        "headings": [
            None,
            "Güzergahta neler değişecek?",
        ],
        "present": [
            "Marmarakent'in doğu ve batı yakasını birleştirecek 24 kilometrelik metrobüs hattının temeli",
            "Projenin toplam maliyetinin 9,4 milyar lira olduğu, finansmanın ise kalkınma bankası kredisi",
            "Hat, Sahilyolu'ndan başlayarak Çınaraltı, Yenidere ve Kuşkonmaz mahallelerinden geçecek",
            "Esnaf temsilcileri ise çalışmalar sırasında iş yerlerine erişimin kısıtlanmasından endişe duyduklarını dile getirdi.",
            "Törende konuşan Büyükşehir Belediye Başkanı Nurhan Aksoylu, hattın 18 istasyondan oluşacağını",
            "Belediye, ilk etabın 2025 sonunda tamamlanmasını, hattın tamamının ise 2027 yazında yolcu taşımaya başlamasını hedefliyor.",
        ],
        "absent": [
            "Yeni tarife 1 Kasım'dan itibaren tüm araç sınıflarında uygulanacak.",
            "Asgari ücret komisyonu ilk toplantı tarihini açıkladı",
            "Güne başlamadan bilmeniz gerekenler, her sabah 07.00'de e-posta kutunuzda.",
            "Kent ve ulaşım muhabiri. 2015'ten bu yana belediye meclisini",
            "istasyon girişleri engelliler için uygun yapılsın lütfen",
            "Kişisel verileriniz, deneyiminizi iyileştirmek ve size özel reklamlar göstermek amacıyla",
            "Sitede yayımlanan içeriklerin tüm hakları saklıdır.",
            "Bağlantıyı kopyala",
            "Video Haber",
        ],
    },
    "dike-kicker-de.html": {
        "title": "Lindenau bekommt neuen Deich für 38 Millionen Euro",
        "author": "Katrin Wellmer",
        "headings": [
            None,
            "Streit um die Trasse",
            "Was auf Anwohner zukommt",
        ],
        "present": [
            "Die Pläne lagen fast zehn Jahre in den Schubladen, nun geht es schnell",
            "Beim Januarhochwasser waren in Niederwiesen mehr als 140 Keller vollgelaufen",
            "Lange war umstritten, wo der Deich verlaufen soll.",
            "Ganz zufrieden ist die Bürgerinitiative „Lebendige Lindach“ trotzdem nicht.",
            "Während der Bauzeit von voraussichtlich drei Jahren wird der Radweg entlang der Lindach abschnittsweise gesperrt.",
            "Die Stadt lädt am 27. Juni um 19 Uhr zu einer Informationsveranstaltung in die Mehrzweckhalle Niederwiesen ein",
        ],
        "absent": [
            "Januarhochwasser: Die Bilanz der Feuerwehr nach 72 Stunden im Einsatz",
            "Warum sich eine Gruppe von Anwohnern seit Jahren für die Auwiesen an der Lindach einsetzt.",
            "Traditionsbäckerei Hollerbach schließt nach 112 Jahren",
            "Der Abendkurier: Die wichtigsten Nachrichten aus der Region",
            "Redakteurin in der Lokalredaktion Lindenau.",
            "Wir wohnen seit 30 Jahren in Niederwiesen und hatten schon dreimal Wasser im Keller.",
            "Wir und unsere Partner verwenden Cookies und ähnliche Technologien",
            "Alle Rechte vorbehalten.",
            "Artikel teilen:",
            "Ratgeber & Service",
        ],
    },
    "ferry-strike-en.html": {
        "title": "Harbourmouth ferry strike: what commuters need to know",
        "author": "Hannah Osei and Dominic Farrow",
        "headings": [
            None,
            "What alternatives are there?",
            "Hospital concerns",
        ],
        "present": [
            "Ferry crews on the Harbourmouth to Kellsey Island route will stage a 48-hour strike from 5am on Thursday",
            "The walkout, the second this winter, will halt all sailings on a crossing used by about 6,000 people a day",
            "Kellsey council has arranged a limited replacement service using two chartered boats",
            "allow at least two extra hours for the road route via the Brennick causeway;",
            "Schools on the island will remain open, but pupils who normally travel to Harbourmouth Academy will be taught remotely",
            "Talks are expected to resume at the conciliation service on Friday.",
        ],
        "absent": [
            "The operator’s annual accounts show earnings up by a third despite last year’s disruption.",
            "Seal pup rescued from harbour steps by off-duty lifeguard",
            "Our morning email breaks down the key stories of the day",
            "Hannah Osei is the Northern Ledger’s transport correspondent",
            "The island needs a second operator, not another round of talks.",
            "We and our 142 partners store and access information on your device",
            "© 2024 Northern Ledger Media Limited. All rights reserved.",
            "Share on Facebook",
            "Puzzles and crosswords",
            "Support independent journalism",
        ],
    },
    "wetlands-ep-es.html": {
        "title": "El Gobierno aprueba un plan de 900 millones para recuperar los humedales del Alto Borja",
        "author": "Europa Press",
        "headings": [
            "La ministra de Transición Ecológica anuncia que las obras comenzarán en primavera y se prolongarán durante seis años",
        ],
        "present": [
            "El Consejo de Ministros ha aprobado este martes un plan de 900 millones de euros para recuperar los humedales del Alto Borja",
            "El plan prevé la compra de derechos de riego a agricultores de la comarca",
            "Arrieta ha explicado que las obras comenzarán la próxima primavera y se prolongarán durante seis años",
            "Las organizaciones agrarias de la zona han recibido el anuncio con cautela.",
            "Por su parte, la plataforma ecologista Salvemos el Borja ha calificado el plan",
            "El Ministerio ha avanzado que la primera fase se centrará en las lagunas de Valdescarcha y Los Tollos",
        ],
        "absent": [
            "La laguna de Valdescarcha se seca por primera vez desde que hay registros",
            "Los censos de agosto no han registrado ninguna colonia reproductora en las lagunas de la comarca.",
            "Calendario escolar 2024-2025: todos los festivos por comunidades",
            "Recibe cada mañana en tu correo una selección de las noticias más importantes del día.",
            "a ver si esta vez es verdad y vuelven los patos a la laguna",
            "nosotros y nuestros socios usamos cookies o tecnologías similares",
            "© Ediciones del Mediodía S.L. 2024. Todos los derechos reservados.",
            "Comparte esta noticia",
            "El tiempo en tu ciudad",
        ],
    },
    "bookshop-fr.html": {
        "title": "À Saint-Aubrac-sur-Lère, la dernière librairie du canton reprise par ses lecteurs",
        "author": "Camille Drouet",
        "headings": [
            None,
            "Un gérant salarié",
            "Un modèle qui intéresse ailleurs",
        ],
        "present": [
            "Il a fallu six mois, quarante-trois réunions dans la salle des fêtes",
            "Quand Édith Morvan, 68 ans, a annoncé au printemps qu’elle prenait sa retraite sans repreneur",
            "Au total, 312 habitants ont acheté au moins une part à 50 euros",
            "« Je ne choisis pas les livres à la place des gens, mais je ne veux pas non plus d’un comité de lecture à chaque commande »",
            "C’est Bastien Carrel, 34 ans, ancien libraire à Lyon revenu au pays pendant la crise sanitaire",
            "Le premier samedi, la file d’attente débordait sur la place de l’Église.",
        ],
        "absent": [
            "Dans les villages, les cafés-librairies se multiplient",
            "Douze romans, dont quatre premiers livres, sont en lice pour cette quinzième édition.",
            "Le col de la Croix-Haute fermé jusqu’à nouvel ordre après un éboulement",
            "Chaque matin, retrouvez une sélection des meilleurs articles du Courrier des vallées.",
            "suit l’édition, les librairies indépendantes et la vie culturelle des territoires ruraux",
            "Dans ma commune nous avons fait pareil avec l’épicerie il y a cinq ans",
            "nous et nos partenaires utilisons des cookies ou technologies similaires",
            "Tous droits réservés. Reproduction interdite sans autorisation.",
            "Partager sur Facebook",
            "Idées et débats",
        ],
    },
    "blackout-correction-de.html": {
        "title": "Großer Stromausfall in Neuhagen: Ursache war ein Kabelbrand im Umspannwerk",
        "author": "Katrin Albers",
        "headings": [
            None,
            "Kabelbrand im Umspannwerk",
            "Krankenhaus auf Notstrom",
            "Kritik an der Kommunikation",
        ],
        "present": [
            "Rund 38.000 Haushalte in Neuhagen und den umliegenden Ortsteilen waren am Donnerstagmorgen teilweise mehr als vier Stunden ohne Strom.",
            "Techniker hätten dort am Vormittag verschmorte Mittelspannungskabel entdeckt",
            "Die Stadtwerke hatten erst im vergangenen Herbst angekündigt, das Umspannwerk bis 2027 zu modernisieren.",
            "In der Bäckerei von Monika Steffens am Lindenplatz standen am Morgen bereits die ersten Kunden Schlange",
            "Zwei Pflegeheime im Stadtteil Ostfeld wurden vom Technischen Hilfswerk mit mobilen Generatoren versorgt.",
            "Eine erste Bilanz will das Unternehmen in der kommenden Woche vorlegen.",
            "In einer früheren Fassung dieses Artikels hieß es, es seien rund 48.000 Haushalte betroffen gewesen.",
        ],
        "absent": [
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren",
            "Stadtwerke Neuhagen erhöhen die Strompreise zum 1. April um neun Prozent",
            "Warum das Stromnetz in der Region an seine Grenzen stößt",
            "Jeden Tag um 6 Uhr die wichtigsten Nachrichten aus Neuhagen und der Region",
            "Bei uns im Haus saß eine Nachbarin über eine Stunde im Aufzug fest.",
            "Seit Jahren wird über die Modernisierung geredet und passiert ist nichts.",
            "Wochenmarkt zieht um: Händler protestieren gegen neuen Standort am Bahnhof",
            "Die Sanierung des Hallenbads am Stadtpark verzögert sich erneut",
            "Bitte beachten Sie unsere Netiquette.",
            "Rheinland-Kurier Verlagsgesellschaft mbH. Alle Rechte vorbehalten.",
        ],
    },
    "wildfire-live-en.html": {
        "title": "Live updates: Ridgeline Fire forces evacuations in Pine Hollow as winds pick up",
        "author": "Megan Thornbury",
        "headings": [
            None,
            "Fire now 4,200 acres, containment at 5 percent",
            "Sheriff expands evacuation order to Elk Meadow",
            "Highway 38 closed in both directions",
            "Red Cross opens shelter at Pine Hollow High School",
            "What we know about how the fire started",
        ],
        "present": [
            "Firefighters are battling a fast-moving wildfire in the hills above Pine Hollow",
            "Crews have established a containment line along the northern edge near Quarry Road",
            "Battalion Chief Dana Whitcombe told reporters that two additional strike teams from neighboring counties",
            "About 1,100 homes are now under mandatory orders, the sheriff’s office said.",
            "Drivers heading east are being detoured through Ashby, which adds roughly 40 minutes to the trip.",
            "Large animals can be taken to the county fairgrounds in Ashby, where volunteers with trailers are helping move horses",
            "A spokesperson for the fire authority said it was too early to say whether power equipment was involved",
        ],
        "absent": [
            "Get the day’s top local stories in your inbox every weekday at 6 a.m.",
            "Experts say a few simple steps can make a last-minute evacuation far less chaotic",
            "How to prepare a go-bag before wildfire season peaks",
            "The $14 million station is expected to cut response times in the eastern foothills",
            "Regional grocery chain to close three stores by October",
            "School board cuts two bus routes, citing driver shortage",
            "Share on Facebook",
            "Do Not Sell or Share My Personal Information",
            "By signing up you agree to our Terms of Use and Privacy Policy.",
        ],
    },
    "rain-update-ar.html": {
        "title": "أمطار غزيرة تغلق الطرق وتعلّق الدراسة في وادي السدر",
        "author": "سارة الحدادي",
        "headings": [
            None,
            "إجلاء عائلات من الأحياء المنخفضة",
            "تعليق الدراسة ليومين",
            "توقعات بمزيد من الأمطار",
        ],
        "present": [
            "شهدت مدينة وادي السدر منذ ساعات الفجر الأولى من يوم الثلاثاء أمطاراً غزيرة غير مسبوقة منذ سنوات",
            "أن فرق الإنقاذ أجلت ثلاثاً وأربعين عائلة من حي الوادي الأخضر وحي السوق القديم",
            "وروى أبو فراس، وهو صاحب محل لبيع الأقمشة في السوق القديم، أن المياه دخلت محله خلال دقائق.",
            "وأشارت إلى أن قرار استئناف الدراسة سيُتخذ بناءً على تقييم الأوضاع الجوية وحالة الطرق مساء الأربعاء.",
            "ونصحت الدائرة الصيادين بعدم الإبحار خلال الأيام الثلاثة المقبلة بسبب ارتفاع الأمواج.",
            "وأضاف أن البلدية ستطالب الحكومة بتخصيص ميزانية طارئة لإصلاح الأضرار.",
        ],
        "absent": [
            "صحفية متخصصة في الشؤون المحلية والبيئية، تعمل في بوابة النخيل الإخبارية منذ عام 2016",
            "ارتفاع أسعار الخضار في الأسواق المحلية مع بداية موسم الشتاء",
            "نادي الساحل يتعاقد مع مدرب جديد بعد سلسلة من الهزائم",
            "اشترك في نشرتنا اليومية لتصلك أهم الأخبار المحلية كل صباح",
            "بدأت فرق البلدية حملة واسعة لإزالة الأتربة والمخلفات من شبكات التصريف",
            "البلدية تطلق حملة لتنظيف مجاري تصريف الأمطار قبل الشتاء",
            "جميع الحقوق محفوظة © بوابة النخيل الإخبارية 2024",
            "شارك على فيسبوك",
            "مقالات الرأي",
        ],
    },
    "strike-live-fr.html": {
        "title": "Grève dans les transports à Vallonges : suivez la journée de mobilisation en direct",
        "author": "Camille Mercadier",
        "headings": [
            None,
            "Une nouvelle réunion prévue jeudi",
            "Les négociations ont repris au siège de l’entreprise",
            "Les commerçants du centre-ville inquiets",
            "Un tram sur quatre en circulation",
            "Un début de journée très perturbé",
        ],
        "present": [
            "Les conducteurs de bus et de tramway du réseau Vallonges Mobilités sont appelés à cesser le travail ce mardi",
            "la direction de Vallonges Mobilités et les représentants syndicaux se sont séparés sans accord",
            "Selon la préfecture, le rassemblement se déroule dans le calme.",
            "Quelques policiers ont été déployés aux abords du siège pour réguler la circulation",
            "Beaucoup de salariés ont choisi le télétravail pour éviter les galères de transport.",
            "Les lignes de bus 4, 9 et 12 sont totalement interrompues depuis le début de la matinée.",
            "Vallonges Mobilités avait prévenu la veille que le trafic serait « fortement perturbé »",
        ],
        "absent": [
            "Nous utilisons des cookies pour améliorer votre expérience, mesurer l’audience",
            "Réforme des horaires : ce qui change pour les usagers de Vallonges Mobilités à la rentrée",
            "Encore une fois ce sont les usagers qui trinquent.",
            "Soutien total aux conducteurs, les nouveaux horaires sont intenables",
            "Journée parfaite pour ressortir le vélo",
            "Un entrepôt ravagé par les flammes dans la zone nord",
            "Recevez chaque matin l’essentiel de l’actualité de Vallonges et de sa région.",
            "Connectez-vous pour réagir",
            "Partager sur Facebook",
        ],
    },
    "drought-errata-es.html": {
        "title": "La Junta de Valdeoro decreta restricciones de agua en 23 municipios por la sequía",
        "author": "Lucía Bermejo Sanz",
        "headings": [
            None,
            "Los embalses, en mínimos históricos",
            "Malestar entre los agricultores",
            "Multas de hasta 3.000 euros",
        ],
        "present": [
            "El Gobierno autonómico de Valdeoro aprobó este miércoles un decreto que limita el consumo de agua en 23 municipios",
            "el embalse de Peñaroja, el principal de la cuenca, almacena actualmente 41 hectómetros cúbicos",
            "La consejera de Medio Ambiente, Inmaculada Ferrándiz, defendió en rueda de prensa que el decreto es «proporcionado y necesario»",
            "Los regantes han solicitado una reunión urgente con la Consejería para negociar ayudas directas",
            "Serán los ayuntamientos, a través de la Policía Local, los encargados de vigilar su cumplimiento",
            "El alcalde de San Bartolomé del Almedo, Jorge Villacañas, señaló que su municipio tiene solo cuatro agentes",
            "una versión anterior de esta noticia atribuía las declaraciones sobre las multas al alcalde de Torrealba",
        ],
        "absent": [
            "La sequía obliga a cancelar la feria del melocotón de Torrealba por primera vez en medio siglo",
            "¿Cuánta agua consume realmente un hogar medio en Valdeoro?",
            "Licenciada en Periodismo por la Universidad de Valdeoro, cubre desde 2015 temas de medio ambiente",
            "Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes de Valdeoro",
            "La medida, que se aplicará desde esta semana, busca ahorrar unos 40.000 litros diarios",
            "Las obras del nuevo hospital comarcal se retrasan hasta 2026",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios",
            "Ver todos los artículos de Lucía Bermejo Sanz",
            "Diario independiente de Valdeoro desde 1921",
        ],
    },
    "landslide-update-pt.html": {
        "title": "Deslizamento de terra interdita Estrada da Serra Alta e isola distritos de Vila Nova do Ipoté",
        "author": "Rafael Tavares Mendonça",
        "headings": [
            "Defesa Civil estima que pista só deve ser liberada no fim de semana; cerca de 4 mil moradores estão sem acesso direto ao centro",
            "Desvio por estrada rural",
            "Aulas suspensas",
            "Histórico de problemas",
        ],
        "present": [
            "Um deslizamento de terra ocorrido na madrugada desta quarta-feira (17) interditou totalmente a Estrada da Serra Alta",
            "A via foi bloqueada preventivamente pouco antes de a encosta ceder, o que, segundo as autoridades, evitou uma tragédia.",
            "O coordenador da Defesa Civil, Anderson Paiva Lobato, afirmou que a remoção do material deve levar pelo menos quatro dias.",
            "Moradores relatam que o desvio praticamente triplica o tempo de viagem até o centro.",
            "cerca de 600 estudantes dependem do transporte escolar que circula pela Estrada da Serra Alta",
            "O órgão não informou o valor previsto para o investimento nem o prazo de conclusão dos trabalhos.",
        ],
        "absent": [
            "Chuva forte provoca alagamentos no centro e derruba árvores em três bairros",
            "Câmara aprova fundo de emergência para atender vítimas das chuvas",
            "Todo ano é a mesma coisa e ninguém faz nada.",
            "A estrada de Água Fria está cheia de buracos, passei hoje de manhã",
            "Meteorologistas alertam para acumulados de até 80 milímetros entre sábado e domingo.",
            "Operação desarticula quadrilha especializada em furto de gado",
            "Usamos cookies para melhorar sua experiência de navegação e personalizar anúncios.",
            "Cadastre seu WhatsApp e receba as principais notícias de Vila Nova do Ipoté e região todos os dias.",
            "Compartilhar no WhatsApp",
        ],
    },
    "count-live-it.html": {
        "title": "Elezioni comunali a Borgomonte, la diretta dello spoglio: Ferri in vantaggio, si va verso il ballottaggio",
        "author": "Giulia Santangelo",
        "headings": [
            None,
            "Sarà ballottaggio tra Ferri e Lombardini",
            "Ferri: «Risultato oltre le aspettative»",
            "Lombardini: «Partita ancora aperta»",
            "Affluenza in calo rispetto al 2019",
            "Urne chiuse, al via lo spoglio",
        ],
        "present": [
            "Quattro i candidati in corsa per succedere ad Alberto Guarnieri, che ha concluso il suo secondo mandato.",
            "Marta Ferri, sostenuta dalla coalizione di centrosinistra, si attesta al 44,2 per cento",
            "Marta Ferri è arrivata poco dopo le 21 nel suo comitato elettorale di via Garibaldi",
            "Secondo fonti vicine alla coalizione, nei prossimi giorni potrebbero aprirsi contatti con la lista civica di Benvenuti",
            "Il dato definitivo sull'affluenza diffuso dal Comune si ferma al 54,6 per cento",
            "Nessun incidente è stato segnalato durante le due giornate di voto, ha fatto sapere la prefettura",
        ],
        "absent": [
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione",
            "Borgomonte al voto, i programmi dei quattro candidati sindaco a confronto",
            "Affluenza al 54 per cento è una sconfitta per tutti",
            "Finalmente una sindaca! Speriamo che al ballottaggio la gente torni a votare.",
            "Benvenuti ha fatto un ottimo risultato per essere una lista civica",
            "Scontro frontale sulla provinciale 12, due feriti gravi",
            "Iscriviti per ricevere ogni sera il meglio della giornata di Borgomonte e provincia.",
            "Condividi su Facebook",
            "La Voce di Borgomonte – Editoriale Lago Srl",
        ],
    },
    "factory-fire-tr.html": {
        "title": "Karadere OSB'deki fabrika yangını kontrol altına alındı",
        "author": "Elif Kaya Demirtaş",
        "headings": [
            None,
            "Çevredeki fabrikalar tahliye edildi",
            "İşçiler yaşadıklarını anlattı",
            "Soruşturma başlatıldı",
        ],
        "present": [
            "Karadere Organize Sanayi Bölgesi'nde bulunan bir mobilya fabrikasında sabah saatlerinde çıkan yangın",
            "İhbar üzerine bölgeye Karadere Belediyesi İtfaiye Müdürlüğü'ne bağlı 14 araç ve 46 personel sevk edildi.",
            "Vali Murat Esenboğa, yangın bölgesinde gazetecilere yaptığı açıklamada soğutma çalışmalarının akşam saatlerine kadar süreceğini söyledi.",
            "Fabrika yönetimi tarafından yapılan yazılı açıklamada, çalışanların tamamının güvenli şekilde tahliye edildiği belirtilerek",
            "bilirkişi heyetinin, elektrik tesisatı ve boya bölümündeki havalandırma sistemi üzerinde yoğunlaştığı öğrenildi",
            'Aksoylu, "Çalışanlarımızın güvenliği her şeyin önündedir" diye konuştu.',
        ],
        "absent": [
            "Karadere OSB'de büyük yangın tatbikatı: 300 işçi tahliye edildi",
            "2012'den bu yana Yeni Körfez Gazetesi'nde muhabir olarak çalışıyor.",
            "Allah'tan can kaybı yok. İtfaiye ekiplerimizin eline sağlık",
            "Bu bölgede denetimler çok yetersiz, bir sonraki yangın daha kötü olabilir.",
            "Asgari ücrete ara zam tartışması: Gözler Ekim ayında",
            "Günün öne çıkan haberleri her sabah e-posta kutunuzda.",
            "Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır.",
            "Facebook'ta Paylaş",
            "İzinsiz ve kaynak gösterilmeden yayınlanamaz.",
        ],
    },
    "lock-broadcaster-de.html": {
        "title": "Schleusenneubau in Brunswarden verzögert sich um drei Jahre",
        "author": "Katrin Vollmer",
        "headings": [
            None,
            "Gutachten sieht Mängel an der Spundwand",
            "Reedereien fürchten Umwege",
            "Land verweist auf den Bund",
        ],
        "present": [
            "hat am Dienstag eingeräumt, dass der Zeitplan für den Ersatzneubau nicht mehr zu halten ist",
            "Größere Schubverbände passen nicht in die Kammer und müssen in zwei Teilen geschleust werden",
            "Demnach ist die Spundwand an der Ostseite der Baugrube auf einer Länge von etwa 60 Metern nicht tief genug",
            "Jährlich passieren rund 9.000 Schiffe die Schleuse Brunswarden, vor allem mit Baustoffen, Getreide und Containern",
            "Der Verband der Binnenreedereien fordert nun, die alte Kammer während der Bauzeit rund um die Uhr zu betreiben",
            "Zuständig für Bau und Finanzierung sei allein der Bund, sagte eine Sprecherin.",
            "einen überarbeiteten Bauzeitenplan vorzulegen, der die notwendigen Nacharbeiten an der Baugrube berücksichtigt",
        ],
        "absent": [
            "Wir verwenden Cookies und ähnliche Technologien, um unser Angebot zu verbessern",
            "Brückensperrung in Kleinwarden: Pendler müssen bis Mai Umwege fahren",
            "Die Landesregierung will bis 2030 rund 40 Kilometer Deich verstärken lassen.",
            "NLF Regional – Nachrichten aus dem Nordwesten",
            "Seehundbabys in der Aufzuchtstation: Die ersten Heuler sind da",
            "Wildkamera filmt Wolf am Ortsrand von Heidbergen",
            "Nachrichten in Leichter Sprache",
            "Wetter und Verkehr im Nordwesten",
            "© Norddeutscher Landesfunk 2024, alle Rechte vorbehalten",
        ],
    },
    "dock-wire-en.html": {
        "title": "Port Halden dockworkers extend strike as talks on automation stall",
        "author": "Daniel Okafor",
        "headings": [
            None,
            "Automation at heart of dispute",
            "Shipping lines reroute cargo",
        ],
        "present": [
            "voted on Tuesday to extend their strike by another 10 days after negotiations with terminal operators",
            "Port authority figures showed container throughput fell by 71% in the first week of March",
            "to install 18 remote-controlled ship-to-shore cranes and an automated stacking yard by 2027",
            "split over how many crane operators would be retained once the remote-control centre opened",
            "Port Halden handled 4.8 million containers last year, about a third of national volumes.",
            "the national chamber of commerce estimated the strike was costing the economy roughly 35 million dollars a day",
            "workers would continue to handle shipments of medical supplies and perishable food under an agreement",
            "Reporting by Daniel Okafor in Port Halden; Additional reporting by Mei Lin Tan; Editing by Richard Ashdown",
        ],
        "absent": [
            "We use cookies and similar technologies to personalise content and ads",
            "Sign up for the Morning Bid newsletter",
            "Freight rates on southern routes jump as carriers avoid strike-hit port",
            "Spot rates for 40-foot containers rose for a fourth straight week, brokers said.",
            "Markets Live: Asia open with Hannah Cole",
            "Drone footage shows scale of flooding in river delta",
            "Our Standards: The Meridian Trust Principles.",
            "All quotes delayed a minimum of 15 minutes",
            "Okafor covers ports, shipping and supply chains from the southern coastal bureau.",
        ],
    },
    "desal-tv-ar.html": {
        "title": "تشغيل محطة تحلية جديدة في ساحل المرجان ينهي جدول تقنين المياه",
        "author": None,
        "headings": [
            None,
            "تكلفة المشروع ومصادر التمويل",
            "ترحيب حذر من السكان",
            "مخاوف بيئية",
        ],
        "present": [
            "بدء التشغيل التجريبي لمحطة تحلية مياه البحر الجديدة، في خطوة قالت إنها ستنهي العمل بجدول تقنين المياه",
            "وبلغت تكلفة المشروع نحو 310 ملايين دولار، جرى تمويل الجزء الأكبر منها عبر قرض ميسر من صندوق تنموي إقليمي",
            "تعاني مدينة ساحل المرجان من عجز مائي مزمن بسبب تراجع منسوب المياه الجوفية وازدياد عدد السكان",
            "إن عائلتها اضطرت طوال العامين الماضيين إلى شراء المياه من الصهاريج الخاصة بأسعار مرتفعة",
            "أبدت جمعيات معنية بحماية البيئة البحرية قلقها من تأثير المياه شديدة الملوحة",
            "بعد انتهاء مرحلة التشغيل التجريبي واختبار الربط مع الشبكة العامة في جميع الأحياء",
        ],
        "absent": [
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك",
            "خبراء يحذرون من استنزاف الخزان الجوفي في السهل الساحلي",
            "ارتفاع أسعار الأعلاف يربك مربي المواشي في المناطق الريفية",
            "يشكو المربون من تضاعف تكلفة الشعير خلال ستة أشهر",
            "نشرة الظهيرة مع ليلى منصور",
            "لقطات جوية لأمطار غزيرة تغمر شوارع المدينة القديمة",
            "تابعونا على تطبيق الأفق للأخبار العاجلة",
            "شروط الاستخدام وسياسة الخصوصية",
            "جميع الحقوق محفوظة لقناة الأفق الإخبارية",
        ],
    },
    "rail-qa-fr.html": {
        "title": "Réforme des trains régionaux : ce qui change pour les voyageurs le 1er juillet",
        "author": "Camille Dufresne",
        "headings": [
            None,
            "Qu’est-ce qui change exactement ?",
            "Combien coûteront les nouveaux abonnements ?",
            "Quelles lignes sont concernées ?",
            "Pourquoi la région a-t-elle pris cette décision ?",
            "Que disent les associations d’usagers ?",
        ],
        "present": [
            "le conseil régional a adopté lundi soir, par 58 voix contre 21, une réforme qu’il présente comme la plus importante",
            "Un billet coûtera désormais 1,50 euro de prise en charge, auquel s’ajouteront 9 centimes par kilomètre",
            "une carte mensuelle à 49 euros valable sur l’ensemble du réseau régional, et une carte annuelle à 490 euros",
            "Depuis 2002, les régions françaises organisent et financent les trains express régionaux sur leur territoire.",
            "La petite ligne de la vallée de l’Orbe, qui ne transporte qu’une centaine de voyageurs par jour",
            "redoute que les trains supplémentaires ne soient pas au rendez-vous faute de conducteurs",
            "La majorité a accepté qu’un premier bilan soit présenté à l’assemblée au printemps 2025.",
        ],
        "absent": [
            "Avec votre accord, nous et nos partenaires utilisons des cookies",
            "Ligne de l’Orbe : les élus de la vallée se mobilisent contre les autocars",
            "Grève des contrôleurs : le trafic perturbé ce week-end sur trois lignes",
            "Les syndicats réclament des embauches et une prime de fin d’année.",
            "Le 13h, présenté par Hélène Varin",
            "Un vol de flamants roses filmé au-dessus de l’étang de Vaudrenne",
            "Recevez chaque matin l’essentiel de l’actualité",
            "Accéder au direct de la chaîne info",
            "Antenne Publique, le service public de l’information",
        ],
    },
    "car-free-tv-es.html": {
        "title": "El Ayuntamiento de Valdeoria aprueba cerrar el centro al tráfico privado desde septiembre",
        "author": "Lucía Ferrer Soto",
        "headings": [
            None,
            "Una votación ajustada",
            "Las cinco claves de la nueva ordenanza",
            "Comerciantes divididos",
        ],
        "present": [
            "cerrará el casco histórico al tráfico de vehículos privados a partir del 1 de septiembre",
            "La ordenanza salió adelante por 13 votos a favor y 12 en contra, después de un debate de casi cuatro horas.",
            "Las cámaras de lectura de matrículas multarán con 200 euros cada acceso no autorizado.",
            "con un total de 1.400 plazas conectadas con el centro mediante lanzaderas cada diez minutos",
            "los conductores recibirán una carta informativa en su domicilio en lugar de una multa",
            "teme que los clientes de los pueblos de la comarca, que suelen venir en coche, opten por los centros comerciales",
            "El plazo para solicitarlas comenzará el 1 de junio y las tarjetas se enviarán por correo antes de finales de agosto.",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios",
            "Valdeoria retrasa la zona de bajas emisiones hasta 2025 por falta de cámaras",
            "La Junta licita la reforma del puente de hierro sobre el río Tormesillo",
            "Las obras durarán catorce meses y obligarán a desviar el tráfico pesado.",
            "Noticias Mediodía con Pilar Ocaña",
            "Así ha quedado el embalse de Peñacerrada tras las últimas lluvias",
            "Síguenos en WhatsApp y recibe las noticias más importantes de tu provincia",
            "Ver Canal Meridional en directo",
            "© Canal Meridional Televisión, S.A. Todos los derechos reservados",
        ],
    },
    "soy-agency-pt.html": {
        "title": "Chuvas atrasam colheita de soja e pressionam frete no porto de Itaquara",
        "author": "Rafael Monteiro Lima",
        "headings": [
            "Produtores relatam perdas de até 15% em lavouras alagadas, e filas de caminhões na rodovia de acesso ao terminal chegam a 38 quilômetros",
            "Filas na rodovia",
            "Preço do frete dispara",
        ],
        "present": [
            "apenas 46% da área plantada havia sido colhida até a última sexta-feira, contra 71% no mesmo período do ano passado",
            "os grãos que permanecem no campo começam a apresentar sinais de germinação e ardência",
            "registrou na segunda-feira uma fila de 38 quilômetros de caminhões aguardando a descarga nos terminais",
            "o preço do frete rodoviário entre as regiões produtoras e o porto subiu cerca de 30% desde o início do mês",
            "O porto de Itaquara responde por cerca de um quarto das exportações de soja do país.",
            "Sem ferrovia e sem duplicação da estrada, vamos repetir essa cena a cada safra mais chuvosa",
            "A previsão dos meteorologistas é de que as chuvas diminuam a partir da próxima semana",
        ],
        "absent": [
            "Este site utiliza cookies para melhorar sua experiência de navegação",
            "Governo anuncia linha de crédito para armazenagem de grãos",
            "É permitida a reprodução mediante citação da fonte.",
            "Exportações do agronegócio batem recorde em fevereiro",
            "Vendas externas somaram US$ 11,2 bilhões, puxadas pelo milho e pela carne.",
            "Repórter Nacional – 1ª edição",
            "Frente fria derruba temperaturas no Sul e traz risco de geada",
            "Onça-pintada é flagrada atravessando rio no Pantanal",
            "Empresa Nacional de Comunicação – Todos os direitos reservados",
        ],
    },
    "landslide-tgr-it.html": {
        "title": "Frana sulla provinciale per Roccaviva, il paese resta isolato da tre giorni",
        "author": "Giulia Santoro",
        "headings": [
            "Oltre trecento residenti raggiungibili solo con una mulattiera. Il Comune chiede al Genio militare un ponte provvisorio",
            "Il sentiero dei soccorsi",
            "Il nodo dei fondi",
            "Le scuole chiuse",
        ],
        "present": [
            "ha travolto un tratto di ottanta metri della strada provinciale 41, l’unico collegamento carrabile tra il borgo e il fondovalle",
            "stanno monitorando il versante con sensori e droni per capire se la massa di detriti sia ancora in movimento",
            "La Protezione civile l’ha messa in sicurezza e la percorre due volte al giorno con mezzi fuoristrada leggeri",
            "un investimento stimato in 1,8 milioni di euro, una cifra fuori dalla portata di un bilancio comunale",
            "Un progetto di consolidamento del versante, finanziato per 900mila euro, non è mai stato avviato",
            "la rimozione dei detriti più instabili e l’installazione di reti paramassi lungo il tratto crollato",
            "Tra le conseguenze più pesanti c’è la chiusura della scuola primaria, frequentata da 23 bambini",
            "Se la strada non riapre prima dell’estate perdiamo la stagione turistica",
        ],
        "absent": [
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione",
            "Dissesto idrogeologico, la mappa dei comuni a rischio nell’Appennino",
            "Maltempo, allerta arancione su tutto l’Appennino centrale fino a venerdì",
            "Previsti fino a 150 millimetri di pioggia nelle zone interne.",
            "TNI Mattina – Il notiziario delle 11",
            "Il volo del gipeto sopra le cime innevate del Serrone",
            "Scarica l’app di TNI e ricevi le notizie in tempo reale",
            "Guarda la diretta di TNI24",
            "TeleNotizie Italia S.p.A. – Partita IVA 01234567890",
        ],
    },
    "dam-tv-tr.html": {
        "title": "Karaderen Barajı’nda su seviyesi yüzde 18’e düştü, kentte kesinti programı başladı",
        "author": None,
        "headings": [
            None,
            "Son 40 yılın en düşük seviyesi",
            "Alternatif kaynaklar devreye alınıyor",
            "Esnaf ve çiftçi tedirgin",
        ],
        "present": [
            "kentin 14 mahallesinde gece saatlerinde uygulanacak planlı su kesintilerinin bu akşamdan itibaren başlayacağını duyurdu",
            "hastane, yurt ve huzurevi gibi kritik noktaların programın dışında tutulacağı belirtildi",
            "ölçümlerin düzenli tutulmaya başlandığı 1984 yılından bu yana mart ayında görülen en düşük değer",
            "Karaderen Barajı 1991 yılında hizmete girdi ve yaklaşık 850 bin kişinin içme suyunu karşılıyor.",
            "Kente verilen her 100 litre suyun yaklaşık 35 litresi eski borulardan dolayı yolda kayboluyor.",
            "işletmesine su deposu kurmak için yaklaşık 40 bin lira harcaması gerektiğini söyledi",
            "barajın eski seviyesine ulaşması için birkaç yağışlı haftanın yeterli olmayacağını",
        ],
        "absent": [
            "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için çerez politikamızı inceleyebilirsiniz.",
            "Akçakoru’da su faturalarına yüzde 25 zam yapıldı",
            "Kızılpınar isale hattında ikinci etap ihalesi yapıldı",
            "Hattın tamamlanmasıyla kente günlük 40 bin metreküp ek su verilecek.",
            "Gün Ortası Haberleri – Selin Karaca ile",
            "Kar altındaki yaylada mahsur kalan çobanı ekipler kurtardı",
            "Ufuk Haber’i canlı izleyin",
            "Google News’te takip edin",
            "Kanal Ufuk Haber Yayıncılık A.Ş. Tüm hakları saklıdır.",
        ],
    },
    "column-station-de.html": {
        "title": "Wer den Bahnhof schließt, schließt das Dorf",
        "author": "Henrike Sandvoß",
        "headings": [
            None,
            "Ein Fahrplan, der niemandem nützt",
            "Was die Rechnung verschweigt",
            "Die stille Abwanderung",
            "Was jetzt zu tun wäre",
        ],
        "present": [
            "Ein Wartehäuschen aus den Achtzigerjahren, ein Fahrkartenautomat, der seit dem Frühjahr nur noch Münzen nimmt",
            "Seit drei Jahren hält der Regionalexpress nur noch alle zwei Stunden, der letzte Zug aus Richtung Erfurt kommt um 19.40 Uhr an.",
            "Man spare an der Schiene und bezahle auf der Straße. Die Kosten verschwinden nicht, sie wandern nur in andere Haushalte",
            "Dabei wäre gerade jetzt der Moment, die Richtung umzukehren. Die Strecke durch das Merzbachtal ist erst vor sechs Jahren",
            "Die Bäckerei hat vor vier Jahren zugemacht, die Sparkassenfiliale wurde durch einen Automaten ersetzt",
            "Das Beispiel der Felsbachtalbahn, deren Fahrgastzahlen sich nach einer Taktverdichtung binnen zwei Jahren fast verdoppelten",
            "Kleinmerzbach hat dieses Versprechen verdient – und der Rest des Landes sollte ein Interesse daran haben, dass es gehalten wird.",
        ],
        "absent": [
            "Wir und unsere 143 Partner speichern und verarbeiten Informationen auf Ihrem Gerät",
            "Lesen Sie weiter mit Tagesbote Plus – die ersten vier Wochen für nur 1 Euro.",
            "Unabhängiger Journalismus aus Ihrer Region, jederzeit kündbar",
            "Jeden Freitagmorgen die wichtigsten Debatten aus Ost- und Mitteldeutschland in Ihrem Postfach.",
            "Warum die Kreisreform in Südthüringen an ihren eigenen Versprechen scheitert",
            "Ich fahre seit zwanzig Jahren mit dieser Linie zur Arbeit und kann jedes Wort bestätigen.",
            "Nahverkehrsplan: Zwölf Stationen sollen stillgelegt werden – die Liste im Überblick",
            "Malte Ehrenreich schreibt über Wirtschaft und Arbeit in Sachsen und war zuvor Gewerkschaftssekretär.",
            "Alle Inhalte sind urheberrechtlich geschützt. Nachdruck nur mit Genehmigung der Redaktion.",
        ],
    },
    "longform-groundwater-en.html": {
        "title": "The Quiet Drawdown: How a Farming County Spent Its Groundwater",
        "author": "Miriam Okafor-Hale",
        "headings": [
            None,
            "The aquifer nobody measured",
            "Following the money",
            "A ledger of wells",
            "What comes after the pumps",
        ],
        "present": [
            "It took longer than it used to. When he finally wound the tape back up and read the wet mark",
            "Across the wells that still produced usable data, water levels had fallen by an average of 2.7 feet per year since the late 1970s.",
            "Irrigated land in Harlow County sells for roughly three times the price of dryland acreage",
            "The meters eventually came, though not because the board changed its mind.",
            "Its only full-time employee, a former agronomist named Luis Carranza, spends much of his week driving between wells",
            "Carranza is careful not to cast blame. Many of the farmers he works with have already cut back",
            "A draft management plan, released for comment in the spring, proposes reporting requirements and a study commission but no binding limits.",
            "He figures he has ten, maybe fifteen years of irrigation left on the eastern quarter.",
        ],
        "absent": [
            "We use cookies and similar technologies to personalize content and measure how our site is used.",
            "You have read 2 of your 5 free articles this month.",
            "Get our best long reads delivered to your inbox every Sunday morning.",
            "Thank you for this reporting. Our county in the next state over is facing exactly the same thing.",
            "Inside the fight over a pipeline that would carry river water 300 miles uphill",
            "Crop insurance was built for bad years. What happens when every year is one?",
            "The last independent grain elevator in the valley closes its doors",
            "The Meridian Review is published by Meridian Media Group, Inc. All rights reserved.",
        ],
    },
    "oped-sea-ar.html": {
        "title": "حين يُباع البحر بالمتر المربع",
        "author": "سلمى الحدّاد",
        "headings": [
            None,
        ],
        "present": [
            "هذا المشهد الذي عرفته منذ طفولتي لم يعد موجوداً اليوم. في مكانه يقف سياج معدني طويل",
            "أكتب لأن ما يجري في رأس الملح يتكرر بصيغ مختلفة على امتداد ساحلنا، ولأن النقاش العام حوله يكاد يكون غائباً.",
            "وقد حصل المطوّر على حق الانتفاع لمدة تسعة وتسعين عاماً مقابل مبلغ لم يُكشف عنه حتى الآن",
            "البلدية تقول إنها خصصت للصيادين رصيفاً بديلاً على بعد ثلاثة كيلومترات إلى الجنوب.",
            "ليست المشكلة في التنمية بحد ذاتها. لا أحد يطالب بأن تبقى مدننا الساحلية على حالها إلى الأبد",
            "ما أطلبه بسيط: أن تنشر البلدية عقد الانتفاع كاملاً، وأن تُعقد جلسة استماع علنية",
            "وإذا سمحنا اليوم بأن يُباع بالمتر المربع، فلن يبقى لأبنائنا غداً سوى صور قديمة لشاطئ كان لنا جميعاً.",
        ],
        "absent": [
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وتحليل حركة الزيارات.",
            "اشترك في النشرة البريدية لتصلك أبرز مقالات الرأي كل صباح أحد.",
            "أرصفة بلا مشاة: لماذا تخاف مدننا من الظل وتبني للسيارات أولاً؟",
            "أستاذ الاقتصاد السياسي في جامعة الساحل، ويكتب عن السياسات المالية والدين العام.",
            "شكراً للكاتبة على هذا المقال الصادق، ما يحدث في رأس الملح يحدث في قريتنا أيضاً منذ سنوات.",
            "ارتفاع أسعار الخبز في الأسواق المحلية للمرة الثالثة خلال عام",
            "المجلس البلدي يؤجل التصويت على مخطط الكورنيش الجنوبي للمرة الثانية",
            "انقطاع المياه عن أحياء شرق المدينة لمدة ثلاثة أيام بسبب أعمال صيانة",
            "جميع الحقوق محفوظة لمؤسسة الأفق للصحافة والنشر",
        ],
    },
    "series-rents-fr.html": {
        "title": "À Vaubrecourt, le centre-ville se vide et la mairie parie sur les loyers",
        "author": "Clémence Abadie-Royer",
        "headings": [
            None,
            "Une rue commerçante devenue couloir",
            "Le pari de la préemption",
            "Des propriétaires introuvables",
            "Un modèle encore fragile",
        ],
        "present": [
            "Sur les quarante-deux vitrines qui la bordent, dix-sept sont obturées par du papier kraft ou des affiches délavées.",
            "le taux de vacance commerciale dans les centres des villes moyennes françaises a presque doublé en quinze ans",
            "C'est précisément sur ce point que la maire, Hélène Barthoux, a choisi d'agir.",
            "Les premiers résultats sont encourageants, sans être spectaculaires. Sur les onze locaux acquis, neuf sont aujourd'hui occupés",
            "La principale difficulté n'est pas financière, mais juridique.",
            "Pour ces cas-là, la commune a instauré en 2023 une taxe sur les friches commerciales",
            "C'est peu de chose, mais dans la rue du Commerce, cela fait longtemps qu'on n'avait pas vu une file d'attente.",
        ],
        "absent": [
            "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles",
            "Vous lisez un article gratuit. Soutenez une presse indépendante : abonnez-vous dès 1 € le premier mois.",
            "Sans engagement, résiliable à tout moment. Accès illimité au site, à l'application et aux archives depuis 1954.",
            "À Bréval-sur-Orne, la gare rouvre ses guichets grâce à une coopérative d'habitants",
            "Les zones commerciales périphériques en perte de vitesse après vingt ans d'expansion",
            "Recevez chaque matin à 7 heures l'essentiel de l'actualité des territoires.",
            "Même constat dans ma ville. Mais qui paiera quand les commerces fermeront à nouveau ?",
            "Réforme des retraites : ce qui change au 1er janvier pour les fonctionnaires",
            "« Action cœur de ville » : six ans après, un bilan contrasté pour les centres anciens",
            "La Gazette du Soir – Tous droits réservés – Reproduction interdite sans autorisation",
        ],
    },
    "tribuna-school-es.html": {
        "title": "La escuela que no cierra es la que mantiene vivo el pueblo",
        "author": "Inés Arrabal Quintana",
        "headings": [
            "Cerrar un aula rural con cinco alumnos parece una decisión contable. En realidad es una decisión sobre qué territorio queremos tener dentro de veinte años",
            "El coste de una plaza vacía",
            "Lo que se pierde con el último alumno",
            "Otra forma de contar",
        ],
        "present": [
            "Una maestra recoge las láminas de la pared, guarda los cuadernos en cajas de cartón y cierra con llave un aula",
            "En cuatro de esos pueblos, el censo ha perdido más de un tercio de su población en el mismo periodo.",
            "Lo que falla es el perímetro de la cuenta: se mide lo que cuesta el aula, pero no lo que cuesta su ausencia.",
            "En un estudio que realizamos entre 2019 y 2022 en once municipios de la comarca",
            "La escuela rural es, muchas veces, el único espacio público que funciona a diario en el pueblo.",
            "Algunas comunidades autónomas han rebajado la ratio mínima a tres o cuatro alumnos en zonas de baja densidad.",
            "se hiciera la pregunta que se hacen en voz baja los vecinos: qué quedará del pueblo cuando ya no haya una escuela a la que volver.",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias",
            "Las mejores tribunas y columnas de opinión, cada viernes en su correo.",
            "Para comentar debe estar registrado y aceptar las normas de participación del periódico.",
            "Excelente tribuna. En mi pueblo cerraron la escuela en 2009 y hoy quedan cuarenta vecinos.",
            "Lo que el verano esconde en las ciudades vacías",
            "Rodrigo Almansa es periodista y escritor. Su último libro es una crónica de los veranos en la meseta.",
            "El Gobierno aprueba un plan de 300 millones contra la despoblación en el interior",
            "Faltan maestros en la España vacía: las plazas que nadie quiere ocupar",
            "Diario del Meridiano Ediciones, S. L. – Todos los derechos reservados",
        ],
    },
    "report-fire-pt.html": {
        "title": "Cinco anos depois do fogo, a Serra da Aveleira ainda espera",
        "author": "Beatriz Vasconcelos Amaral",
        "headings": [
            None,
            "A noite de agosto",
            "Um território de minifúndio",
            "Dinheiro que não chega ao terreno",
            "O que cresce no lugar do pinhal",
            "As lições por aprender",
        ],
        "present": [
            "Fetos altos, giestas em flor, pequenos carvalhos que não existiam há cinco anos.",
            "O incêndio de agosto de 2019 consumiu cerca de 14 mil hectares em três dias, destruiu 61 casas de primeira habitação",
            "Lembra-se do vento, do barulho das pinhas a rebentar e de um vizinho a bater-lhe à porta com uma lanterna.",
            "a propriedade média tem menos de meio hectare, e uma parte significativa dos terrenos pertence a herdeiros",
            "As candidaturas exigem documentação que muitos pequenos proprietários não têm",
            "Onde ninguém interveio, a natureza fez o seu caminho, nem sempre no sentido desejado.",
            "Na encosta em frente, os troncos negros continuam à espera de que alguém decida o que fazer com eles.",
        ],
        "absent": [
            "Este site utiliza cookies para lhe proporcionar uma melhor experiência de navegação e para fins estatísticos.",
            "Assine o Diário do Atlântico e tenha acesso ilimitado a todo o jornalismo por 1,99 € por mês nos primeiros três meses.",
            "Governo aprova novo regime para o cadastro simplificado da propriedade rústica",
            "Receba todas as manhãs as notícias mais importantes do dia, selecionadas pelos nossos jornalistas.",
            "Os comentários deste artigo estão reservados a assinantes.",
            "Excelente reportagem. Sou de uma aldeia vizinha e a situação é exatamente esta.",
            "Preço das casas volta a subir no litoral e atinge máximo histórico em três distritos",
            "Urgências de obstetrícia fechadas em quatro hospitais durante o fim de semana",
            "Diário do Atlântico – Todos os direitos reservados. É proibida a reprodução sem autorização.",
        ],
    },
    "comment-welfare-it.html": {
        "title": "Il welfare fai-da-te delle famiglie italiane non regge più",
        "author": "Lorenzo Battistelli",
        "headings": [
            None,
            "Un esercito invisibile",
            "I conti che non tornano",
            "Cosa si potrebbe fare",
        ],
        "present": [
            "ci sono più persone sopra gli ottant'anni che bambini sotto i dieci",
            "Ha permesso allo Stato di spendere per la non autosufficienza meno di quanto facciano molti altri Paesi europei",
            "Si tratta in larga maggioranza di donne, spesso sopra i cinquant'anni, provenienti dall'Europa orientale",
            "Il costo di un'assistente convivente regolarmente assunta supera oggi i 1.500 euro al mese, contributi inclusi.",
            "La riforma approvata due anni fa, che prometteva di riordinare gli interventi per gli anziani, è rimasta in gran parte sulla carta.",
            "forme di coabitazione assistita, centri diurni condivisi tra più comuni e infermieri di comunità potrebbero fare più di qualsiasi bonus",
            "Continuare ad affidarsi all'arte di arrangiarsi delle famiglie non è più una strategia: è una scommessa che stiamo già perdendo.",
        ],
        "absent": [
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti",
            "Pensioni, il patto tra generazioni da riscrivere",
            "Badanti, il decreto flussi non basta: mancano 200mila lavoratrici",
            "Salario minimo, perché il dibattito italiano è fermo a dieci anni fa",
            "Iscriviti alla newsletter Economia e ricevi ogni lunedì le analisi dei nostri editorialisti.",
            "Articolo lucidissimo. Mia madre ha 88 anni e da sei mesi cerchiamo una badante senza successo.",
            "Francesca Orsenigo, politologa, scrive di istituzioni europee e riforme costituzionali.",
            "Neve sull'Appennino, chiusi tre passi e scuole in dodici comuni",
            "La Voce Nazionale S.p.A. – P.IVA 01234567890 – Tutti i diritti riservati",
        ],
    },
    "column-olive-tr.html": {
        "title": "Zeytin ağacı sabırlıdır, ama üreticinin sabrı tükendi",
        "author": "Selin Ergüven",
        "headings": [
            None,
            "Kuraklık ve fiyat makası",
            "Kooperatif neden çözüm olamadı?",
            "Ne yapılmalı?",
        ],
        "present": [
            "Yaz boyunca tek damla yağmur düşmeyen bölgede ağaçlar meyvelerini erken döktü",
            "Bölgedeki küçük üreticilerin çoğu aynı tabloyla karşı karşıya: rekolte düşük, maliyetler yüksek",
            "Ilıcakent Ziraat Odası'nın tahminine göre ilçedeki toplam zeytin rekoltesi geçen yıla göre yaklaşık yüzde elli düşecek.",
            "Bu tablo karşısında akla ilk gelen çözüm kooperatifleşme. Nitekim Ilıcakent'te 1970'lerde kurulmuş",
            "Zeytin, Ege'nin yalnızca ekonomik değil kültürel de belkemiği.",
            "Kısa vadede kuraklıktan etkilenen üreticiler için doğrudan gelir desteği ve borç ertelemesi şart.",
            "Hüseyin Demirkaya'ya bahçeyi oğluna bırakıp bırakmayacağını sordum. Bir süre sessiz kaldı, sonra ağaçlara baktı.",
        ],
        "absent": [
            "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.",
            "İzmir'de şiddetli rüzgar nedeniyle feribot seferleri iptal edildi",
            "Zeytinyağı ihracatında yeni düzenleme: kısıtlama kaldırıldı mı?",
            "Körfezde balıkçıların son sezonu: ağlar boş, borçlar dolu",
            "Çok doğru tespitler. Biz de köyümüzde aynı sorunu yaşıyoruz, tüccarın verdiği fiyat mazot parasını bile karşılamıyor.",
            "Yorumlar editör onayından sonra yayımlanır. Hakaret ve küfür içeren yorumlar yayımlanmaz.",
            "Faiz kararının ardından piyasalarda yeni dönem başlıyor mu?",
            "Günün öne çıkan haberleri ve köşe yazıları her sabah e-posta kutunuzda.",
            "Ege Postası Gazetecilik ve Yayıncılık A.Ş. Tüm hakları saklıdır.",
        ],
    },
    "derby-ratings-de.html": {
        "title": "Hollenstedt dreht das Derby in der Nachspielzeit",
        "author": "Jannik Roselius",
        "headings": [
            None,
            "Fehlstart nach zwölf Minuten",
            "Der Doppelwechsel bringt die Wende",
            "Aufstellungen und Tore",
            "Die Noten",
        ],
        "present": [
            "Lennart Brüning sich am Strafraumrand ein Herz fasste",
            "Torben Kallmeyer musste aus sechs Metern nur noch den Fuß hinhalten",
            "Ambergen empfängt am kommenden Sonntag um 15 Uhr den Tabellenführer SC Rhaudermoor",
            "Krüger – Hauschild, Oltmanns, Baumann, Yıldız (78. Petersen) – Meinders",
            "Lührs – Dettmers, Okafor, Brandt, Wilkens – Hasselhorn, Sander (81. Rieke)",
            "0:1 Kallmeyer (12.), 1:1 Suhr (71.), 2:1 Brüning (90.+3).",
            "Rieb sich als einzige Spitze lange auf und holte die Gelb-Rote Karte gegen Okafor heraus.",
            "Zwei gute Abschlüsse nach seiner Einwechslung, dann der umjubelte Siegtreffer in der Nachspielzeit.",
        ],
        "absent": [
            "Wir und unsere Partner verwenden Cookies und ähnliche Technologien",
            "Oberliga: Eintracht Kluse – FC Wardenburg 2:2 (81.)",
            "Landesliga Weser-Ems – Tabelle nach dem 11. Spieltag",
            "VfL Osterbruch – SV Dünsen 3:1 (Halbzeit 1:0)",
            "Jetzt 100 € Neukundenbonus sichern und auf die Landesliga wetten!",
            "Jeden Montag alle Ergebnisse aus dem Lokalsport direkt in Ihr Postfach.",
            "Verdient war das nicht, aber ein Derby fragt nicht nach Gerechtigkeit.",
            "Kreisliga Süd: Grünhagen beendet Negativserie mit 4:0 gegen Wehrbleck",
            "Weserland Kurier Verlagsgesellschaft mbH",
        ],
    },
    "police-roundup-en.html": {
        "title": "Police round-up: shed raids in Kettleby and a warning over fake bailiffs",
        "author": "Martin Oakridge",
        "headings": [
            None,
            "From the police log",
            "Kettleby",
            "Ashworth Green",
            "Milton Fenwick",
            "Harrowdale town centre",
            "A614 night closures",
        ],
        "present": [
            "Four sheds and a detached garage on Orchard Rise and Plough Lane were broken into",
            "They demanded £640 in cash to settle what they said was an unpaid council tax debt",
            "Police are treating the fire as suspicious and want to hear from anyone who saw people in the area",
            "will appear before Harrowdale Magistrates’ Court on 6 November",
            "Closure times: 8pm to 6am, from Monday 14 October until the morning of Saturday 19 October.",
            "Questions about the works: county highways team on 0300 555 0184 (weekdays, 8am to 6pm).",
            "The next police drop-in surgery will be held at Ashworth Green Library on Wednesday 16 October",
        ],
        "absent": [
            "We use cookies and similar technologies on this website",
            "14°C, light showers, wind 18mph south-westerly",
            "Pensioner loses £3,000 to doorstep roofing scam in Sedgeby",
            "The day's top local stories delivered to your inbox every weekday at 7am.",
            "By signing up you agree to our privacy notice.",
            "Plans for 140 homes on former Sedgeby dairy site go back to committee",
            "Harrowdale Rovers Ladies reach county cup semi-final after penalty drama",
            "Much-loved Market Street bakery to close after 62 years",
            "Registered in England and Wales, company number 01928374.",
        ],
    },
    "rain-schools-ar.html": {
        "title": "أمطار غزيرة تغمر أحياء في المرسى الجديدة والبلدية تعلق الدراسة يومين",
        "author": "سلمى الرواشدة",
        "headings": [
            None,
            "كميات الأمطار حسب الأحياء",
            "إرشادات وأرقام الطوارئ",
            "توقعات الأيام المقبلة",
        ],
        "present": [
            "وأعلنت البلدية في بيان صدر فجر الاثنين تعليق الدراسة في جميع المدارس الحكومية والخاصة",
            "نطالب منذ سنوات بتوسيع قنوات التصريف في هذا الشارع",
            "كميات الأمطار المسجلة خلال 24 ساعة حتى السادسة من صباح الاثنين (بالمليمتر)",
            "مركز الإيواء: قاعة الشباب في شارع الاستقلال، بجانب مبنى البريد، ويعمل على مدار الساعة.",
            "غرفة عمليات البلدية: 065550123، ورقم الطوارئ الموحد 911.",
            "ورياح جنوبية غربية نشطة تصل سرعتها إلى 60 كيلومتراً في الساعة",
            "فيما حذرت الأرصاد من تشكل الضباب في ساعات الصباح الباكر وتدني مدى الرؤية على الطرق الخارجية",
        ],
        "absent": [
            "يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك",
            "اتحاد المرسى يتأهل إلى ربع نهائي كأس الساحل بعد الفوز بركلات الترجيح",
            "البلدية تطرح عطاء توسعة شبكة تصريف مياه الأمطار في وسط المدينة",
            "الأرصاد تحذر من منخفض جوي عميق يؤثر على المناطق الساحلية نهاية الأسبوع",
            "افتتاح سوق السمك الجديد في الميناء بعد أعمال تأهيل استمرت عامين",
            "ديربي الساحل ينتهي بالتعادل السلبي وسط حضور جماهيري كبير",
            "اشترك في النشرة البريدية اليومية لتصلك أهم الأخبار المحلية كل صباح",
            "جميع الحقوق محفوظة © 2024 صدى الساحل - يمنع نسخ المحتوى دون إذن مسبق",
        ],
    },
    "by-election-fr.html": {
        "title": "Municipale partielle à Saint-Vérand-sur-Loue : Hélène Marchetti l’emporte de 41 voix",
        "author": "Camille Berthelot",
        "headings": [
            "Au second tour dimanche, la liste conduite par la conseillère d’opposition a devancé celle du maire sortant grâce à une large avance dans le quartier des Tilleuls. La participation a nettement progressé.",
            "Un bureau a fait la différence",
            "Les résultats bureau par bureau",
            "Le maire sortant ne fera pas de recours",
        ],
        "present": [
            "la liste « Saint-Vérand ensemble » conduite par Hélène Marchetti devance de 41 voix",
            "en désaccord avec le projet de zone d’activités des Grands Prés",
            "Hélène Marchetti y obtient 156 voix d’avance",
            "Second tour du dimanche 13 octobre – source : mairie de Saint-Vérand-sur-Loue",
            "Bureau 3 – École Jules-Ferry (Les Tilleuls)",
            "Quarante et une voix, c’est peu, mais c’est la démocratie.",
            "Le premier conseil municipal, au cours duquel seront élus le nouveau maire et ses adjoints",
        ],
        "absent": [
            "Avec votre accord, nous et nos 312 partenaires utilisons des cookies",
            "Zone des Grands Prés : le projet qui a fait exploser la majorité municipale",
            "Accident sur la RD 472 : un motard grièvement blessé près de Montaigu",
            "La Corne : la dernière boulangerie du village a trouvé un repreneur",
            "Recevez chaque matin l’essentiel de l’actualité du Val-de-Loue",
            "Enfin un peu de renouveau ! Bravo à toute l’équipe et aux bénévoles des Tilleuls.",
            "Respect à Monsieur Delorme pour sa réaction digne",
            "Vous devez être abonné pour réagir.",
            "© L’Écho du Val 2024 - Tous droits réservés",
        ],
    },
    "half-marathon-es.html": {
        "title": "Naima Benali y Rubén Escartín conquistan una Media Maratón de Alcorón pasada por agua",
        "author": "Lucía Arregui Montes",
        "headings": [
            None,
            "Escartín rompe en el kilómetro 15",
            "Clasificación",
            "Récord de participación femenina",
            "Próxima cita: la Nocturna del Puente",
        ],
        "present": [
            "Un total de 2.314 atletas cruzaron la meta instalada en la plaza de la Constitución",
            "en el kilómetro 15 Escartín lanzó un ataque",
            "Clasificación general – Media Maratón Ciudad de Alcorón (21,097 km)",
            "Agrupación Atlética Vega Alta de Alcorón",
            "Los servicios sanitarios atendieron a 23 corredores",
            "Inscripciones: hasta el 12 de noviembre en la web municipal o en el Pabellón Los Almendros",
            "Información: teléfono 949 555 217 o correo electrónico deportes@alcoron.es.",
            "un euro de cada inscripción se destinará a la asociación local de familias de niños con cáncer",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para fines analíticos",
            "Tercera RFEF: CD Alcorón 2 – 1 Atlético Vegalta",
            "Regional Preferente: UD Tejera 0 – 0 Racing Sanblaseño",
            "Apuesta ya en la Liga con cuotas mejoradas para nuevos clientes.",
            "Recibe cada lunes en tu correo el resumen deportivo de Alcorón y la comarca.",
            "Enhorabuena a Rubén, se lo merecía después de tantos segundos puestos.",
            "El avituallamiento del kilómetro 10 se quedó sin agua para los de atrás",
            "El CB Alcorón suma su tercera victoria seguida ante el Ribera Baloncesto",
            "© Diario de la Vega S.L. 2024. Todos los derechos reservados.",
        ],
    },
    "obituary-paywall-pt.html": {
        "title": "Morreu Albertina Quaresma, a professora que ensinou três gerações de Vale de Souto a ler",
        "author": "Tiago Mendonça Reis",
        "headings": [
            None,
        ],
        "present": [
            "1954 – Começa a lecionar na Escola Primária n.º 2 de Vale de Souto",
            "1972 – Funda a primeira biblioteca itinerante do concelho, numa carrinha emprestada pela paróquia",
            "12 de outubro de 2024 – Morre em casa, em Vale de Souto, aos 93 anos",
            "O funeral realiza-se esta segunda-feira, às 15h00, na igreja matriz de Vale de Souto",
            "ela acendia a salamandra antes de nós chegarmos e punha as nossas meias a secar",
            "A biblioteca itinerante, que chegou a ter mais de dois mil volumes, deu origem à atual Biblioteca Municipal",
        ],
        "absent": [
            "Este artigo é exclusivo para assinantes",
            "Continue a ler este e todos os artigos do Jornal da Ribeira por apenas 1 € no primeiro mês.",
            "Este site utiliza cookies para melhorar a sua experiência de navegação",
            "Aguaceiros fracos durante a tarde",
            "Feira do Fumeiro de Pereiras regressa em janeiro com 60 expositores",
            "Ribeira FC vence no Carvalhal e isola-se no topo da distrital",
            "Receba as notícias da região todas as manhãs no seu e-mail.",
            "Obras na antiga escola primária de Vale de Souto arrancam na primavera",
            "Edições Ribeirinhas, Lda. Todos os direitos reservados.",
        ],
    },
    "match-report-it.html": {
        "title": "Montecalvo, un punto che vale oro: la Pro Arsiera ripresa al 94’",
        "author": "Davide Sartorello",
        "headings": [
            None,
            "Primo tempo a senso unico",
            "La reazione nella ripresa",
            "Il tabellino",
            "Le pagelle",
        ],
        "present": [
            "Nicola Ferretti ha trovato il pallone giusto sul secondo palo",
            "Al 9’ Scapin sfrutta un’incertezza di Zanella in uscita",
            "serve all’indietro Bordignon, che con un destro a giro riapre la partita",
            "ospiterà l’Union Calvene senza lo squalificato Pegoraro",
            "Zanella; Bortolan, Facchin, Dalla Valle, Gnoato; Zorzi (46’ Piva), Marcolin, Bordignon",
            "9’ Scapin (P), 38’ Longhin su rigore (P), 67’ Bordignon (V), 94’ Ferretti (V).",
            "Il suo ingresso cambia la partita: assist per Bordignon e cross per il pareggio di Ferretti.",
            "Il cambio all’intervallo è la mossa che rimette in piedi una partita compromessa.",
        ],
        "absent": [
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione",
            "Promozione: Sporting Lusiana 1-0 Aurora Caltrano (72’)",
            "Eccellenza girone B – classifica dopo la 7ª giornata",
            "Borgo Castelnuovo – Polisportiva Caltrano 3-0",
            "Scommetti sulla tua squadra: bonus fino a 500 € sul primo deposito.",
            "Ogni lunedì risultati, classifiche e pagelle del calcio dilettanti",
            "Piva deve giocare titolare, non ci sono più scuse.",
            "Stadio Toniolo, approvato il progetto per la nuova tribuna coperta",
            "Registrazione Tribunale di Castelrovere n. 412/1998",
        ],
    },
    "police-weekly-tr.html": {
        "title": "Gümüşdere'de sahte polis, Yalıköy'de kaçak kazı: Haftanın asayiş özeti",
        "author": None,
        "headings": [
            None,
            "Jandarma bölgesinden",
        ],
        "present": [
            "Olaylarda toplam 14 şüpheli gözaltına alınırken, bunlardan 5'i çıkarıldıkları mahkemece tutuklandı.",
            "parayı almaya geldiği sırada pusu kuran ekiplerce suçüstü yakalandı",
            "Liman Caddesi üzerindeki bir kafede masa meselesi yüzünden çıkan tartışmada",
            "3 bin 200 paket kaçak sigara ile 450 litre etil alkol ele geçirildi",
            "Roma dönemine ait olduğu değerlendirilen 17 sikke ele geçirildi",
            "sürücüsünün direksiyon hakimiyetini kaybettiği otomobil şarampole devrildi",
            "Alkollü olduğu belirlenen 9 sürücünün ehliyetine ise 6 ay süreyle el konuldu.",
        ],
        "absent": [
            "Sitemizde çerezler kullanılmaktadır.",
            "Körfez Belediyesi'nden yarın yapılacak su kesintisine ilişkin açıklama",
            "Parçalı bulutlu, öğleden sonra hafif rüzgarlı",
            "Sahte savcı dolandırıcılığına 3 tutuklama",
            "Yaşlılarımızı bu dolandırıcılara karşı uyarmak hepimizin görevi",
            "Yorumunuz editör onayından sonra yayınlanacaktır.",
            "Yalıköy'deki antik yerleşim alanı için koruma kararı genişletildi",
            "Zeytin hasadı başladı: Üreticinin yüzü bu yıl gülüyor",
            "Basın Ahlak Esaslarına uymaya söz veriyoruz",
        ],
    },
    "substack-pool-de.html": {
        "title": "Brennhagen rettet sein Freibad – vorerst",
        "author": "Katrin Ostermann",
        "headings": [
            "Nach fünf Stunden Debatte stimmt der Stadtrat knapp für eine Sanierung. Die Finanzierung steht aber auf wackligen Beinen.",
            "Was der Beschluss bedeutet",
            "Die Rechnung des Kämmerers",
            "Wie es weitergeht",
        ],
        "present": [
            "Es war kurz vor Mitternacht, als Bürgermeisterin Hanne Voigtländer das Ergebnis verlas",
            "Ein Gutachten aus dem Frühjahr bezifferte den Sanierungsbedarf auf rund 6,4 Millionen Euro.",
            "ein Eigenanteil des Fördervereins von 250.000 Euro bis Ende 2025",
            "Dass es überhaupt zu dieser Abstimmung kam, ist vor allem dem Förderverein zu verdanken.",
            "Aber wir beschließen heute Ausgaben, die wir nicht haben, und überlassen die Rechnung dem nächsten Rat.",
            "Ein Freibad sei keine Luxusausgabe, sondern Daseinsvorsorge, hielt Fraktionschefin Dilara Kühn dagegen.",
            "Wenn Sie Hinweise haben oder selbst im Förderverein aktiv sind, antworten Sie einfach auf diese Mail",
        ],
        "absent": [
            "Abonnieren Sie den Havelbrief kostenlos und erhalten Sie jeden Mittwoch",
            "Der Havelbrief ist leserfinanziert. Wer neue Beiträge direkt ins Postfach bekommen möchte",
            "Diesen Beitrag teilen",
            "Kommentar hinterlassen",
            "Noch kein Abo? Der Havelbrief erscheint jeden Mittwoch",
            "Diskussion über diesen Beitrag",
            "Endlich mal gute Nachrichten aus dem Rathaus",
            "Alle 12 Kommentare anzeigen",
            "Der lange Streit um die Ortsumgehung",
            "Substack ist die Heimat großartiger Kultur",
        ],
    },
    "ghost-ferry-en.html": {
        "title": "Harwick Bay ferry to drop winter sailings as operator struggles to find crew",
        "author": "Priya Castellane",
        "headings": [
            None,
            "Why the crews are leaving",
            "What changes for passengers",
        ],
        "present": [
            "The only passenger ferry linking Harwick Bay with Tollen Island will run just two return sailings a day from November",
            "said three of its nine qualified deckhands had handed in their notice over the summer",
            "A deckhand on the Tollen route starts on just over £26,000 a year",
            "People love this job, but love doesn’t pay the rent.",
            "The trust has asked the county council to step in with a temporary subsidy",
            "Vehicle bookings will be limited to four cars per sailing, with priority for emergency services and deliveries.",
            "Fourteen children from the island attend secondary school in Harwick Bay",
            "told the Ledger that the company would review the timetable at the end of January",
        ],
        "absent": [
            "Council approves £1.2m for Tollen pier repairs",
            "Work on the crumbling landing stage is expected to start next spring",
            "Island pupils face longer days under transport review",
            "Members get our Tollen Island bulletin every Friday",
            "Become a member",
            "Sign up for more like this.",
            "Tollen school bus contract goes back out to tender",
            "Harbour café wins regional food award",
            "Powered by Ghost",
        ],
    },
    "medium-market-ar.html": {
        "title": "بلدية الصفصاف تغلق السوق القديم أمام السيارات بعد عامين من الجدل",
        "author": "سلمى الحداد",
        "headings": [
            None,
            "مخاوف التجار",
            "ما الذي وعدت به البلدية؟",
            "نموذج لمدن أخرى؟",
        ],
        "present": [
            "قرر المجلس البلدي في مدينة الصفصاف، مساء الأحد، إغلاق شوارع السوق القديم أمام حركة السيارات بشكل دائم",
            "وسيُسمح لشاحنات التوريد بالدخول بين السادسة والتاسعة صباحًا فقط.",
            "أبدى عدد من التجار قلقهم من تراجع الحركة التجارية",
            "لا يمكن أن تغلق الطريق أمام الزبون ثم تطلب منه أن يمشي كيلومترًا وهو يحمل سجادة على كتفه",
            "تشغيل حافلة صغيرة مجانية كل عشر دقائق بين الموقف الجديد وساحة الساعة.",
            "إن تحويل الأسواق التاريخية إلى مناطق للمشاة يرفع عادةً عدد الزوار على المدى المتوسط",
            "إنها تنتظر اليوم الذي تستطيع فيه فتح نافذتها دون أن يملأ الغبار وضجيج المحركات بيتها",
        ],
        "absent": [
            "احصل على رسائل سلمى الحداد عبر البريد الإلكتروني",
            "ما رأيك في هذه القصة؟",
            "شكرًا على هذا التقرير المفصل، نتمنى أن تتبع بلديتنا الخطوة نفسها",
            "عرض جميع الردود",
            "المزيد من سلمى الحداد",
            "كيف غيّرت مكتبة صغيرة وجه حي الزيتون",
            "مقترحات من Medium",
            "عشرة دروس من المدن القابلة للمشي",
            "نص إلى كلام",
        ],
    },
    "blogger-school-fr.html": {
        "title": "Fermeture de classe aux Tilleuls : les parents de Vaubrenne occupent l'école",
        "author": "Odile Marchetti",
        "headings": [
            None,
            "Une mobilisation qui s'organise",
            "Ce que demandent les familles",
            "La réponse de l'inspection",
        ],
        "present": [
            "Depuis lundi matin, une vingtaine de parents se relaient jour et nuit dans le préau",
            "Avec quatre classes, la moyenne grimperait à près de trente élèves par classe, dont plusieurs à double niveau.",
            "avec des duvets, des thermos et une banderole peinte par les enfants du CM1",
            "Nous avons écrit trois fois au rectorat depuis janvier. Personne ne nous a répondu.",
            "un nouveau comptage des effectifs en juin, après les inscriptions tardives",
            "Une formule prudente, que les parents interprètent comme une porte entrouverte.",
            "Un pique-nique revendicatif est prévu samedi midi dans la cour de l'école",
        ],
        "absent": [
            "Envoyer par e-mail",
            "Vie locale",
            "Merci pour ce compte rendu, on se sent moins seuls",
            "Enregistrer un commentaire",
            "Article plus récent",
            "Article plus ancien",
            "Publier les commentaires (Atom)",
            "Archives du blog",
            "Marché de Noël : les exposants tirés au sort",
            "Thème Simple. Fourni par",
        ],
    },
    "amp-tram-es.html": {
        "title": "Las obras del tranvía de Montejara se retrasan un año por el hallazgo de una villa romana",
        "author": "Lucía Barrenechea Soto",
        "headings": [
            "Los arqueólogos documentan mosaicos y un horno de cerámica bajo la avenida de San Telmo; el Ayuntamiento descarta cambiar el trazado",
            "Un hallazgo que nadie esperaba",
            "Qué cambia para los vecinos",
            "El trazado no se modificará",
        ],
        "present": [
            "El tranvía de Montejara no llegará a la avenida de San Telmo antes de la primavera de 2026.",
            "han sacado a la luz parte de una villa romana del siglo II",
            "La directora de la excavación, la arqueóloga Marta Ibarguren, explicó a este periódico",
            "Es la primera vez que documentamos una villa de este tamaño dentro del casco urbano.",
            "Habilitar un paso peatonal seguro frente al colegio Virgen de la Peña.",
            "Castañeda aseguró que el Ayuntamiento estudiará todas las propuestas",
            "una de las paradas, que contará con un suelo de vidrio para que los viajeros puedan ver lo que hay debajo",
            "calcula que el retraso encarecerá la obra en al menos 1,8 millones de euros",
        ],
        "absent": [
            "Suscríbete a El Heraldo",
            "Compartir esta noticia",
            "Contenido patrocinado no disponible",
            "Recibe cada mañana las noticias de Montejara en tu correo",
            "¿Te ha resultado útil? Compártelo",
            "Noticias relacionadas",
            "El Museo Provincial abrirá los domingos por la tarde",
            "Cortes de tráfico en la plaza del Carmen este fin de semana",
            "Lo más leído",
            "Todos los derechos reservados",
        ],
    },
    "wpcom-market-pt.html": {
        "title": "Mercado Municipal de Sarzedelo reabre portas após três anos de obras",
        "author": "Beatriz Amaral Quintas",
        "headings": [
            None,
            "Vendedores entre o alívio e a dúvida",
            "O que há de novo",
            "Estacionamento continua a ser o ponto fraco",
        ],
        "present": [
            "o Mercado Municipal de Sarzedelo voltou a abrir as portas na manhã deste sábado",
            "manteve a estrutura de ferro original de 1931 mas substituiu a cobertura, os pavimentos e toda a rede de esgotos",
            "Trazia o mesmo saco de pano de sempre e fez questão de passar por todas as bancas",
            "Passei três invernos a vender peixe dentro de uma tenda com o vento a entrar por todo o lado.",
            "A Câmara fixou as rendas das bancas entre 85 e 160 euros mensais",
            "pagamento por cartão e por telemóvel em todas as bancas",
            "a autarquia vai reforçar a carreira urbana que liga o centro ao mercado",
        ],
        "absent": [
            "Subscreva para receber as novidades por email.",
            "Partilhar isto:",
            "Gostar disto:",
            "Obras na Rua do Comércio condicionam trânsito até março",
            "Feira do Fumeiro regressa ao pavilhão multiusos",
            "Câmara aprova orçamento de 2025 com reforço para as freguesias",
            "Bombeiros de Sarzedelo recebem nova ambulância",
            "Deixe um comentário",
            "Artigos recentes",
            "Site criado com WordPress.com.",
        ],
    },
    "br-walls-it.html": {
        "title": "Castelmarano, crolla un tratto delle mura medievali dopo il nubifragio: evacuate sei famiglie",
        "author": "Federico Lanzoni",
        "headings": [
            None,
            "Sei famiglie fuori casa",
            "Le prossime verifiche",
        ],
        "present": [
            "Un tratto di circa quindici metri delle mura medievali di Castelmarano è crollato nella notte tra domenica e lunedì",
            "svegliato da quello che ha descritto come «un tuono che non finiva più»",
            "tra cui quattro bambini e un'anziana di novantadue anni",
            "Il sindaco ha aggiunto che il Comune si farà carico delle spese di alloggio per tutto il periodo necessario.",
            "Le mura hanno resistito ottocento anni, a guerre e terremoti.",
            "l'installazione di sensori per monitorare eventuali movimenti delle pietre",
            "Gli autobus della linea extraurbana che attraversano il centro storico sono stati deviati lungo la circonvallazione",
            "ha fatto sapere di essere pronta a valutare la richiesta di stato di calamità",
        ],
        "absent": [
            "Questo sito utilizza cookie tecnici e di profilazione",
            "Condividi su Facebook",
            "Maltempo, chiusa la provinciale per Poggio Alto",
            "Commenta la notizia",
            "Era solo questione di tempo, le crepe si vedevano da anni",
            "Iscriviti alla newsletter della Gazzetta",
            "Articoli più letti",
            "Frana a Pievelunga, riaperta la strada comunale",
            "Tutti i diritti riservati",
        ],
    },
    "nextjs-schools-tr.html": {
        "title": "Dereçamlı'da üç okul depreme dayanıksız çıktı: 1.400 öğrenci başka binalara taşınıyor",
        "author": "Zeynep Aydınoğlu",
        "headings": [
            None,
            "Veliler hazırlıksız yakalandı",
            "Taşımalı eğitim planı",
            "Yeni binalar ne zaman?",
        ],
        "present": [
            "Dereçamlı ilçesinde yapılan deprem dayanıklılık testlerinde üç okul binasının risk sınırının altında kaldığı belirlendi.",
            "Üç bina da 1970'li ve 1980'li yıllarda inşa edilmişti.",
            "şaşkınlık yarattı. Cumartesi sabahı Cumhuriyet İlkokulu'nun önünde toplanan yaklaşık yüz veli",
            "Binanın güvensiz olduğunu öğrendiğimiz için aslında rahatladık",
            "Ortaokul öğrencileri için belediye otobüsleriyle ücretsiz servis düzenlenecek.",
            "Akıncılar, servis güzergâhlarının pazar akşamına kadar okulların internet sitelerinde yayımlanacağını belirtti.",
            "Okul aile birliği başkanı Murat Eryılmaz, benzer sözlerin daha önce de verildiğini hatırlatarak",
        ],
        "absent": [
            "Abone Ol",
            "Haberi paylaş",
            "Kıyı Haber'i Google News'te takip edin",
            "Yorum yazmak için giriş yapın",
            "İyi ki tespit edilmiş ama bu binalar yıllardır böyleydi",
            "Çok Okunanlar",
            "Akçakıyı sahil yolunda asfalt çalışması başlıyor",
            "İlgili Haberler",
            "Dereçamlı'da pazar yeri cumartesiye taşındı",
            "Tüm hakları saklıdır.",
        ],
    },
    "forecast-ticker-de.html": {
        "title": "Kellermann Antriebstechnik hebt Prognose trotz schwacher Autokonjunktur an",
        "author": "Friederike Albrecht",
        "headings": [
            None,
            "Starke Nachfrage aus der Windkraft",
            "Margen unter Druck durch Rohstoffpreise",
            "Analysten bleiben vorsichtig",
        ],
        "present": [
            "Kellermann erhöht die Umsatzprognose für 2024 auf 1,42 bis 1,48 Milliarden Euro.",
            "Der Vorstand rechnet nun mit einem Umsatz zwischen 1,42 und 1,48 Milliarden Euro",
            "Zwei Großaufträge von skandinavischen Anlagenbauern mit einem Gesamtvolumen von knapp 140 Millionen Euro",
            "Die bereinigte Ebit-Marge sank im Quartal von 9,4 auf 8,1 Prozent.",
            "Kurzarbeit am Standort Dornstetten-Süd sei derzeit aber nicht geplant",
            "Sein Kursziel hob er dennoch leicht von 46 auf 50 Euro an.",
            "Die vollständigen Zahlen für das Geschäftsjahr will der Konzern am 12. März in Lindenfeld vorlegen.",
        ],
        "absent": [
            "DAX 18.432,17 +0,84 %",
            "Euro Stoxx 50 4.962,03 +0,47 %",
            "Depot-Check 2024: Lassen Sie Ihr Portfolio kostenlos analysieren",
            "Bei der Nordstern Direktbank zahlen Neukunden zwölf Monate lang keine Ordergebühren",
            "Wir verwenden Cookies und ähnliche Technologien",
            "Immobilienfonds: Anleger ziehen weitere Milliarden aus offenen Fonds ab",
            "Jeden Werktag um 6 Uhr die wichtigsten Wirtschaftsnachrichten in Ihrem Postfach.",
            "+3,06 € (+6,87 %)",
            "Exklusiv für Abonnenten. Sie sind bereits Abonnent?",
            "Auf LinkedIn teilen",
        ],
    },
    "rust-billing-en.html": {
        "title": "Brightwater Cloud rewrites its billing engine in Rust, cuts latency by 40%",
        "author": "Priya Ramanathan",
        "headings": [
            None,
            "Why Rust, and why now",
            "What the migration looked like",
            "The numbers behind the switch",
            "What comes next",
        ],
        "present": [
            "replaced the core of its billing platform, a decade-old Java service that rates every metered event",
            "Median latency for rating a usage event fell by roughly 40 percent",
            "let tier = plan.tier_for(event.quantity)?;",
            "The explicit overflow check, he noted, replaced an entire class of bugs",
            "Non-GAAP operating income, excluding stock compensation",
            "but it tells you management is willing to spend engineering capital on margin rather than on vanity features",
            "Brightwater said it plans to open-source parts of the new engine, including its decimal arithmetic library",
        ],
        "absent": [
            "BWCL $84.12 +3.21%",
            "PNGT $41.07 -0.44%",
            "We use cookies to personalize content and ads",
            "Get the day's biggest tech and markets stories before your first coffee.",
            "Chipmaker Solvane delays its next-generation AI accelerator to 2026",
            "Inside the quiet layoffs reshaping mid-tier software companies",
            "Share on LinkedIn",
            "covers cloud computing and enterprise software for The Ledger Wire from San Francisco",
            "Market data delayed at least 15 minutes.",
        ],
    },
    "telecom-results-ar.html": {
        "title": "الواحة للاتصالات تحقق قفزة 31% في أرباح الربع الثالث بدعم خدمات الجيل الخامس",
        "author": "سارة المنصوري",
        "headings": [
            None,
            "نمو الإيرادات من قطاع الأعمال",
            "توسع إقليمي وخطط استثمارية",
            "نظرة المحللين",
        ],
        "present": [
            "ارتفع صافي الربح العائد للمساهمين بنسبة 31% على أساس سنوي ليصل إلى 281.9 مليون دينار",
            "وبلغ إجمالي الإيرادات 1.64 مليار دينار، بزيادة 12% مقارنة بالربع المماثل.",
            "صافي الربح العائد للمساهمين (مليون دينار)",
            "وفي قطاع الأفراد، ارتفع عدد مشتركي الجيل الخامس إلى أكثر من 2.6 مليون مشترك بنهاية سبتمبر",
            "يذهب الجزء الأكبر منها إلى توسيع شبكة الألياف الضوئية وبناء مركزين جديدين للبيانات",
            "ورأت المحللة المالية ريم الحداد من شركة مدار للاستثمار أن النتائج تعكس نجاح الشركة",
            "ومن المنتظر أن يعقد مجلس إدارة الشركة اجتماعاً في منتصف نوفمبر لمناقشة توزيع أرباح نقدية مرحلية على المساهمين.",
        ],
        "absent": [
            "المؤشر العام 11,842.30 +0.62%",
            "مؤشر الشركات المتوسطة 26,410.15 -0.35%",
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك",
            "البنك المركزي يثبت أسعار الفائدة للمرة الرابعة على التوالي",
            "شركة النخيل العقارية تطرح صكوكاً بقيمة 500 مليون دينار",
            "اشترك في نشرة بوابة المال اليومية لتصلك أهم أخبار الأسواق كل صباح.",
            "الأكثر قراءة في أسواق",
            "جميع الحقوق محفوظة © 2024 بوابة المال",
        ],
    },
    "capital-sponsored-fr.html": {
        "title": "Valmorel Énergies lance une augmentation de capital de 1,2 milliard d’euros",
        "author": "Clémence Vautrin",
        "headings": [
            "Le groupe lyonnais veut financer son plan d’investissement dans les réseaux de chaleur et l’hydrogène bas carbone. L’opération, garantie par un syndicat de six banques, sera ouverte aux actionnaires existants jusqu’au 26 novembre.",
            "Un plan de 4 milliards d’euros d’ici 2028",
            "L’État actionnaire suivra",
            "Une décote jugée raisonnable",
        ],
        "present": [
            "Les actionnaires pourront souscrire une action nouvelle pour sept actions détenues, au prix unitaire de 18,40 euros.",
            "un métier dans lequel Valmorel revendique déjà la deuxième place en France avec plus de 180 réseaux exploités",
            "Fin juin, la dette nette atteignait 6,8 milliards d’euros, soit 3,9 fois l’excédent brut d’exploitation",
            "L’Agence des participations publiques, qui détient 23,5 % du capital, s’est engagée à souscrire à hauteur de ses droits",
            "À la Bourse de Paris, le titre reculait de 8,2 % en début de séance",
            "Le règlement-livraison des actions nouvelles est prévu le 3 décembre",
        ],
        "absent": [
            "Épargne retraite : pourquoi les PER gagnent du terrain en 2024",
            "Découvrez comment optimiser votre fiscalité avec les solutions de Banque Lirondelle Patrimoine.",
            "vous acceptez l’utilisation de cookies destinés à mesurer l’audience",
            "Immobilier : les taux de crédit repassent sous la barre des 3,5 %",
            "Le constructeur Arvelle ferme son usine de Montbrison-le-Haut",
            "Chaque jeudi, l’essentiel de l’actualité de la transition énergétique décrypté par nos journalistes.",
            "Sociétés citées",
            "Valmorel Énergies 20,06 € (-8,21 %)",
            "Partager sur LinkedIn",
        ],
    },
    "dividend-keys-es.html": {
        "title": "Grupo Almazara dispara su beneficio un 38% y eleva el dividendo",
        "author": "Lucía Berrocal",
        "headings": [
            None,
            "El tirón de la exportación",
            "Un dividendo récord",
            "La Bolsa premia los resultados",
        ],
        "present": [
            "Las ventas en el exterior ya suponen el 61% de la facturación total del grupo.",
            "La compañía, con sede en Villanueva del Olivar, atribuye la mejora a la recuperación de los volúmenes",
            "Estados Unidos se ha consolidado como el primer mercado exterior del grupo",
            "El consejo de administración propondrá a la junta un dividendo complementario de 0,42 euros brutos por acción",
            "La deuda financiera neta se redujo hasta 2,1 veces el ebitda, desde las 2,8 veces de diciembre.",
            "podría volver a tensionar los precios en origen y erosionar los márgenes que la compañía ha recuperado este año.",
        ],
        "absent": [
            "Capitalización: 1.742 millones de euros",
            "Ver cotización completa",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios",
            "El Ibex 35 marca su cierre más alto desde 2008 impulsado por la banca",
            "Hacienda prepara cambios en la tributación de los planes de pensiones",
            "Recibe cada tarde el resumen de la sesión bursátil y las claves para el día siguiente.",
            "Compartir en Facebook",
            "© 2024 Diario Mercantil Ediciones S.L.",
        ],
    },
    "fintech-round-pt.html": {
        "title": "Fintech Pagará Já levanta R$ 850 milhões e mira crédito para pequenas empresas",
        "author": "Rafael Monteiro Castilho",
        "headings": [
            None,
            "Crescimento acelerado da carteira",
            "Inadimplência sob controle",
            "Próximos passos",
        ],
        "present": [
            "concluiu uma rodada de investimento série C de R$ 850 milhões",
            "A carteira de crédito da empresa quase triplicou desde o fim de 2022",
            "Inadimplência acima de 90 dias (% da carteira)",
            "O modelo da fintech se apoia nos dados das maquininhas de cartão e dos sistemas de emissão de notas fiscais",
            "Preferimos perder um cliente a conceder um limite que ele não consegue pagar",
            "A gestora passa a ter um assento no conselho de administração",
            "A meta, segundo ele, é atingir o ponto de equilíbrio operacional no primeiro semestre de 2025",
        ],
        "absent": [
            "Já é assinante? Faça login para continuar lendo.",
            "Usamos cookies para melhorar sua experiência.",
            "Receba toda manhã as principais notícias do mercado financeiro no seu e-mail.",
            "Copom sinaliza ciclo curto de alta da Selic",
            "Bancos médios ampliam captação com CDBs de liquidez diária",
            "Banco Ipê Roxo — BIPR3 R$ 18,42 (+1,3%)",
            "Compartilhar no WhatsApp",
            "Repórter de finanças, cobre bancos, fintechs e meios de pagamento.",
        ],
    },
    "robot-code-it.html": {
        "title": "Sirenetta Robotics apre il codice del suo sistema operativo per robot industriali",
        "author": "Giulia Ferrandi",
        "headings": [
            None,
            "Perché aprire il codice",
            "Come funziona",
            "Un esempio pratico",
            "Le reazioni del mercato",
        ],
        "present": [
            "Sirenetta Robotics ha deciso di rendere pubblico il codice sorgente di Sirio",
            "l'integrazione software pesa in media per il 55% sul costo totale di una cella robotizzata",
            'braccio.pianifica(percorso="saldatura_telaio", velocita_max=0.8)',
            "Il parametro di sicurezza attiva il monitoraggio delle zone condivise con gli operatori",
            "Gli analisti di Banca Monteverde giudicano la mossa coraggiosa",
            "Sirenetta punta a coinvolgere almeno trenta aziende integratrici entro la fine del prossimo anno.",
        ],
        "absent": [
            "FTSE MIB 33.912,48 +0,71%",
            "Spread Btp-Bund 131,5 -1,9 pb",
            "Capitalizzazione: 684,2 mln €",
            "Questo sito utilizza cookie tecnici e, previo tuo consenso",
            "Intelligenza artificiale, le Pmi chiedono regole più semplici",
            "Data center, nuovo investimento da 600 milioni in Lombardia",
            "I più letti di Tecnologia",
            "Condividi su LinkedIn",
            "Editoriale Impresa S.p.A. - P.IVA 01234560011",
        ],
    },
    "green-bond-tr.html": {
        "title": "Kuzeyel Holding, yenilenebilir enerji yatırımları için 400 milyon dolarlık tahvil ihraç etti",
        "author": "Elif Karaosmanoğlu",
        "headings": [
            "Holding, yurt dışında sattığı beş yıl vadeli yeşil tahvile 1,2 milyar dolarlık talep topladı.",
            "Talep ihraç tutarının üç katına ulaştı",
            "Yatırımlar nereye yönlendirilecek?",
            "Analistler ne diyor?",
        ],
        "present": [
            "Toplanan talep, ihraç tutarının yaklaşık üç katı olan 1,2 milyar dolara ulaştı.",
            "uluslararası piyasalarda 400 milyon dolar tutarında beş yıl vadeli yeşil tahvil ihracını tamamladı",
            "talebin yüzde 62'sinin Avrupa'dan, yüzde 21'inin İngiltere'den",
            "Holdingin enerji şirketi Kuzeyel Enerji, önümüzdeki üç yılda toplam kurulu gücünü",
            "dolar cinsinden uzun vadeli finansmanın, şirketin döviz bazlı gelir üreten enerji yatırımlarıyla uyumlu",
            "Kurum, hisse için hedef fiyatını 104 liradan 112 liraya yükseltti",
        ],
        "absent": [
            "Birikimleriniz için vadeli mevduatta yüzde 48'e varan faiz fırsatı",
            "Yıldızbank mobil uygulamasından dakikalar içinde hesap açın",
            "Sitemizde çerezler kullanılmaktadır.",
            "Merkez Bankası rezervlerinde yeni rekor",
            "Otomotiv ihracatı eylülde yüzde 9 geriledi",
            "Piyasaların nabzını her sabah e-postanızda tutun.",
            "KUZYL 86,45 TL %2,79",
            "Facebook'ta paylaş",
        ],
    },
    "bridge-ads-de.html": {
        "title": "Marode Talbrücke bei Kirchfelden wird ab März voll gesperrt",
        "author": "Katharina Wendeler",
        "headings": [
            None,
            "Umleitung führt durch drei Ortschaften",
            "Neubau frühestens in vier Jahren",
            "Busunternehmen plant Sonderfahrplan",
        ],
        "present": [
            "Die Nachricht kam am Dienstagabend per Pressemitteilung, und sie traf die Gemeinde Kirchfelden mit voller Wucht",
            "Die offizielle Umleitung soll über die Staatsstraße 2094 und die Ortsdurchfahrten von Haselried, Unterbrunn und Moosach führen",
            "Für Lastwagen über 7,5 Tonnen soll deshalb eine großräumige Umleitung über die Autobahn ausgeschildert werden",
            "Wie lange die Sperrung dauern wird, ist offen. Nach Angaben der Straßenbauverwaltung",
            "Auch der öffentliche Nahverkehr ist betroffen. Die Regionalbuslinie 412",
            "Nur wenn die Sorgen der Menschen auf dem Tisch lägen, könne man gemeinsam nach Lösungen suchen.",
        ],
        "absent": [
            "Jetzt die Oberland-Kurier-App herunterladen",
            "Gutachten: Zwölf Brücken im Landkreis in schlechtem Zustand",
            "Weiterlesen nach der Anzeige",
            "Glatteis-Unfall auf der B 12: Drei Verletzte",
            "Neues Gewerbegebiet in Moosach: Bagger rollen an",
            "Diese einfache Methode senkt Ihre Heizkosten um bis zu 30 Prozent",
            "Ärzte staunen: So einfach beugen Sie Rückenschmerzen vor",
            "Faschingsumzug in Haselried: Die schönsten Bilder",
            "Kommentare (23)",
            "© 2025 Oberland-Kurier Mediengruppe GmbH. Alle Rechte vorbehalten.",
        ],
    },
    "mill-paged-en.html": {
        "title": "Historic Carrow Mill to become 240 homes after council vote",
        "author": "Martin Hollis",
        "headings": [
            "Councillors backed the scheme by seven votes to four despite objections over parking and flood risk",
            "Concerns over parking and flooding",
            "Affordable housing below target",
        ],
        "present": [
            "A derelict Victorian textile mill that has dominated the skyline of Wexbury's east bank for more than 150 years",
            "Under the approved plans, the main mill building will be divided into 164 flats",
            "Not everyone was convinced. Residents of Tanner's Row and neighbouring streets had raised repeated concerns",
            "The Environment Agency did not object to the application but asked for conditions requiring a sustainable drainage system",
            "Councillor Raymond Okafor, who voted against the plans, said he supported the principle of saving the mill",
            "After an independent review, the final scheme includes 48 affordable homes, equivalent to 20 per cent.",
            "and said local contractors would be prioritised wherever possible.",
        ],
        "absent": [
            "Get the Wexbury Gazette app",
            "Continue reading below",
            "Wexbury flood defences to get £4m upgrade",
            "Drivers face delays as A48 roadworks begin",
            "Wexbury Town fans celebrate promotion in style",
            "Page 1 of 3",
            "Next page: Who will live at Carrow Mill?",
            "Homeowners in Wexbury are switching to this new solar scheme",
            "The 10 worst cars ever made, according to mechanics",
            "© Wexbury Gazette Ltd 2025. All rights reserved.",
        ],
    },
    "desal-ads-ar.html": {
        "title": "افتتاح محطة تحلية جديدة في بئر السلام لتأمين المياه لثلاثمئة ألف نسمة",
        "author": "سلمى الحداد",
        "headings": [
            None,
            "تقنيات حديثة وتكلفة مرتفعة",
            "مخاوف بيئية على الساحل",
            "خطط للتوسعة",
        ],
        "present": [
            "افتتحت السلطات المحلية في مدينة بئر السلام صباح الأحد محطة جديدة لتحلية مياه البحر",
            "وتعتمد المحطة على تقنية التناضح العكسي، وهي من أكثر تقنيات التحلية انتشاراً في المنطقة",
            "وفي هذا السياق، قالت الخبيرة في شؤون المياه، الدكتورة نوال الشامي، إن التحلية حل ضروري لكنه ليس كافياً وحده",
            "ولم يخل الافتتاح من انتقادات، إذ أبدت جمعيات بيئية محلية قلقها",
            "وتخطط البلدية لإضافة مرحلة ثانية إلى المحطة خلال السنوات الخمس المقبلة",
            "وأن تصبح أزمة المياه في بئر السلام جزءاً من الماضي",
        ],
        "absent": [
            "احصل على تطبيق صحيفة الوادي مجاناً",
            "تابع القراءة أسفل الإعلان",
            "تراجع منسوب المياه الجوفية في السهل الساحلي إلى مستويات قياسية",
            "خمسة أطعمة تساعدك على النوم بعمق كل ليلة",
            "أسعار الشقق في المدن الساحلية تفاجئ المشترين",
            "مهرجان التمور السنوي يجذب آلاف الزوار",
            "إغلاق مؤقت لطريق الكورنيش الشمالي بسبب أعمال صيانة",
            "التعليقات (23)",
            "جميع الحقوق محفوظة لصحيفة الوادي 2025",
        ],
    },
    "maternity-ads-fr.html": {
        "title": "Fermeture de la maternité de Valbréville : les élus refusent de baisser les bras",
        "author": "Claire Montagnac",
        "headings": [
            None,
            "Une heure de route pour accoucher",
            "Une mobilisation prévue samedi",
        ],
        "present": [
            "La nouvelle est tombée lundi en fin de journée, par un simple courrier de l'Agence régionale de santé",
            "Si la fermeture est confirmée, les futures mères du bassin devront se rendre à la maternité de Castelmont, à 58 kilomètres.",
            "Du côté de l'ARS, on assure que la décision a été mûrement réfléchie.",
            "Ces garanties ne suffisent pas à rassurer les habitants. Un collectif de défense de l'hôpital",
            "Le conseil de surveillance de l'hôpital se réunira de nouveau le 12 mars.",
            "qui n'exclut pas de saisir la justice si aucune solution n'est trouvée pour maintenir les accouchements à Valbréville.",
        ],
        "absent": [
            "Téléchargez l'application Le Courrier du Vallon",
            "La suite après cette publicité",
            "Déserts médicaux : le département manque de 40 généralistes",
            "Hôpital de Castelmont : un nouveau bloc opératoire inauguré",
            "Cette astuce de grand-mère fait disparaître le calcaire en 5 minutes",
            "Retraite : ce que les seniors ignorent sur leurs droits",
            "En images : la fête de la transhumance à Saint-Véran-le-Haut",
            "Commentaires (23)",
            "© Le Courrier du Vallon - Tous droits réservés",
        ],
    },
    "olive-paged-es.html": {
        "title": "La cosecha de aceituna se desploma un 40% en la comarca de Valdemora por la sequía",
        "author": None,
        "headings": [
            None,
            "Pérdidas de millones de euros",
            "Reclaman ayudas directas",
        ],
        "present": [
            "Las cooperativas olivareras de la comarca de Valdemora cerraron la pasada semana una de las campañas más pobres que se recuerdan.",
            "El presidente de la cooperativa San Isidro de Villacerrada, Tomás Arjona, calcula que las pérdidas",
            "Paradójicamente, los precios en origen se mantienen en niveles históricamente altos.",
            "Las organizaciones agrarias han pedido a la Consejería de Agricultura que active de inmediato una línea de ayudas directas",
            "Mientras tanto, en los campos de Valdemora la preocupación ya mira a la próxima campaña.",
            "Los técnicos advierten de que, si no llueve de forma abundante en otoño, muchos olivos llegarán muy debilitados a la primavera.",
        ],
        "absent": [
            "Descarga la app de El Heraldo de Valdemora",
            "La noticia continúa tras la publicidad",
            "Incendio en una nave industrial de Torrealba",
            "El Valdemora CF asciende a Segunda RFEF",
            "Los embalses de la cuenca, al 18% de su capacidad",
            "Los médicos no se lo creen: el truco para dormir ocho horas seguidas",
            "Las mejores imágenes de la cabalgata de Reyes en Valdemora",
            "Página 1 de 3",
            "Comentarios (23)",
            "© Editorial Heraldo de Valdemora S.L. Todos los derechos reservados.",
        ],
    },
    "storm-ads-pt.html": {
        "title": "Temporal deixa 320 desalojados e derruba ponte em Pedra Alta do Sul",
        "author": "Juliana Carvalhedo",
        "headings": [
            None,
            "Bairros ficaram ilhados",
            "Doações podem ser entregues em três pontos",
            "Previsão indica mais chuva",
        ],
        "present": [
            "Um temporal que atingiu Pedra Alta do Sul na noite de terça-feira deixou ao menos 320 pessoas desalojadas",
            "Com a queda da ponte, cerca de 4 mil moradores dos bairros Jardim das Acácias e Recanto Verde ficaram sem acesso direto ao centro da cidade.",
            "A prefeitura decretou situação de emergência na manhã de quarta-feira",
            "A Secretaria de Assistência Social está recebendo doações de roupas, colchões, cobertores",
            "A previsão do tempo não traz alívio. De acordo com a meteorologia",
            "fiquem atentos aos alertas enviados por SMS e deixem suas casas ao primeiro sinal de elevação do nível dos córregos.",
        ],
        "absent": [
            "Baixe o app do Jornal da Serra",
            "Continua após a publicidade",
            "Defesa Civil alerta para risco de deslizamentos na Serra do Cedro",
            "Médica revela o alimento que ajuda a desinchar a barriga em poucos dias",
            "Aposentados podem ter direito a revisão; veja como consultar",
            "Festa do Peão reúne 40 mil pessoas no parque de exposições",
            "Comentários (23)",
            "Copyright © 2025 Jornal da Serra. Todos os direitos reservados.",
        ],
    },
    "theatre-paged-it.html": {
        "title": "Valtrosa, il Teatro Sociale riapre dopo dieci anni di lavori",
        "author": "Lorenzo Bellandi",
        "headings": [
            "Restauro da 6,8 milioni di euro: tornano gli affreschi del soffitto e i palchi in legno dorato",
            "Gli affreschi ritrovati",
            "Costi e polemiche",
        ],
        "present": [
            "Dopo dieci anni di cantiere, due ditte fallite e un ricorso al Tar, il Teatro Sociale di Valtrosa è pronto a riaprire.",
            "La sorpresa più grande è arrivata durante la pulitura del soffitto della sala.",
            "Anche i palchi, in tutto cinquantadue distribuiti su tre ordini, sono stati restaurati uno per uno.",
            "Il conto finale è di 6,8 milioni di euro, quasi il doppio della cifra stanziata all'inizio dei lavori.",
            "La prima stagione completa partirà in autunno e prevede venti spettacoli tra prosa, lirica e danza.",
            "per permettere a tutti di ammirare gli affreschi da vicino prima che le luci della sala si spengano",
        ],
        "absent": [
            "Scarica l'app de Il Messaggero delle Valli",
            "L'articolo continua dopo la pubblicità",
            "Valtrosa, il cinema Odeon diventa una biblioteca",
            "Maltempo, frana sulla provinciale per Castagneto",
            "Il trucco dei pensionati per risparmiare sulla bolletta della luce",
            "Questa crema da 10 euro sta facendo impazzire le farmacie",
            "Carnevale di Valtrosa, le maschere più belle della sfilata",
            "Pagina 1 di 3",
            "Commenti (23)",
            "Editoriale Valli S.r.l. - P.IVA 01234567890",
        ],
    },
    "tram-ads-tr.html": {
        "title": "Gökçeova'da tramvay hattının ilk etabı hizmete girdi",
        "author": "Elif Tunçbilek",
        "headings": [
            "12 kilometrelik hat günde 60 bin yolcu taşıyacak",
            "İlk hafta ücretsiz",
            "İkinci etap 2027'de",
        ],
        "present": [
            "Gökçeova'da yaklaşık dört yıldır süren tramvay inşaatının ilk etabı dün düzenlenen törenle hizmete girdi.",
            "Belediye, vatandaşların yeni ulaşım aracını tanıması amacıyla tramvayın ilk bir hafta boyunca ücretsiz olacağını duyurdu.",
            "Tramvay hattı güzergahı boyunca çok sayıda cadde yeniden düzenlendi.",
            "Hattın ikinci etabı, Cumhuriyet Meydanı'ndan üniversite kampüsüne ve oradan Organize Sanayi Bölgesi'ne uzanacak.",
            "Belediye ise gecikmelerin büyük bölümünün kamulaştırma davaları ve pandemi döneminde yaşanan malzeme tedarik sorunlarından kaynaklandığını savunuyor.",
            "böylece Gökçeova'nın kuzey ilçelerinin de raylı sisteme bağlanacağını vurguladı.",
        ],
        "absent": [
            "Gökçeova Ekspres uygulamasını hemen indirin",
            "Haberin devamı reklamın altında",
            "Gökçeova'da otobüs hatları yeniden düzenleniyor",
            "Sahil yolunda zincirleme kaza: 5 yaralı",
            "Doktorlar şaşkın: Bu içecek kolesterolü düşürüyor",
            "Emekliler dikkat: Bu başvuruyu yapmayan zam alamayacak",
            "Sahilde gün batımı: Kartpostallık görüntüler",
            "Yorumlar (23)",
            "© 2025 Gökçeova Ekspres Gazetecilik A.Ş. Tüm hakları saklıdır.",
        ],
    },
    "wind-dpa-de.html": {
        "title": "Netzagentur stoppt Anschluss des Windparks Graue Bank",
        "author": "Katrin Adelmann",
        "headings": [
            "Der Betreiber wollte noch in diesem Jahr Strom liefern. Nun verzögert sich das Milliardenprojekt vor der Nordseeküste um mindestens zwei Jahre.",
            "Kritik aus der Landesregierung",
            "Naturschützer begrüßen Entscheidung",
        ],
        "present": [
            "Die Bundesnetzagentur hat den geplanten Netzanschluss des Offshore-Windparks Graue Bank vorerst gestoppt.",
            "Der Windpark mit 64 Turbinen sollte rechnerisch rund 900.000 Haushalte mit Strom versorgen.",
            "sprach von einem fatalen Signal für die Energiewende",
            "Die Prüfung der Trasse sei gesetzlich vorgeschrieben und könne nicht abgekürzt werden",
            "Die geplante Kabeltrasse hätte nach ihrer Einschätzung ein Brutgebiet seltener Seeschwalben durchschnitten.",
            "Bis dahin sollen die bereits errichteten Fundamente gewartet und gesichert werden, teilte das Unternehmen mit.",
        ],
        "absent": [
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren",
            "Netzausbau hinkt den Ausbauzielen weiter hinterher",
            "Industrie fordert schnellere Entlastung bei Strompreisen",
            "Folgen Sie dem Elbtal-Anzeiger auf WhatsApp",
            "Küstenschutz und Meeresnatur",
            "Elbbrücke bei Marschhagen ab Montag voll gesperrt",
            "SV Brackenau trennt sich nach Niederlagenserie vom Trainer",
            "Elbtal-Anzeiger Verlagsgesellschaft mbH",
        ],
    },
    "freight-reuters-en.html": {
        "title": "Albion Freight shares slump after second profit warning in three months",
        "author": "Marcus Whitfield",
        "headings": [
            None,
        ],
        "present": [
            "Shares in Albion Freight Holdings slumped more than 18% on Tuesday after the logistics group cut its full-year profit forecast",
            "now expects adjusted operating profit of between 140 million and 155 million pounds for the year to March",
            "Albion said it would close two of its 31 depots and cut around 400 jobs",
            '"The balance sheet is not in crisis, but the margin for error has gone," analyst Omar Keswick wrote',
            "making Albion the worst performer on the midcap index",
            "The group is due to publish full-year results on May 21.",
        ],
        "absent": [
            "We and our partners use cookies to store and access information on your device",
            "Hauliers warn diesel duty rise could push smaller firms under",
            "Retail sales fall for third straight month as shoppers cut back",
            "Get the Ledger Business Briefing in your inbox every weekday morning",
            "Harbour tunnel to close overnight for three weeks of repairs",
            "Mariners unveil plans for 12,000-seat waterfront stadium",
            "Transport and logistics",
            "Registered in England No. 0048213",
        ],
    },
    "desal-mena-ar.html": {
        "title": "افتتاح أكبر محطة لتحلية مياه البحر في مدينة رأس الصفا",
        "author": "أ ش أ",
        "headings": [
            None,
            "خطة لتوسيع الشبكة",
        ],
        "present": [
            "أعلنت وزارة الإسكان والمرافق، اليوم الثلاثاء، بدء التشغيل التجريبي لأكبر محطة لتحلية مياه البحر",
            "إن المحطة ستخدم نحو 600 ألف نسمة في المدينة والقرى المحيطة بها",
            "وأن نسبة المكون المحلي في المعدات المستخدمة تجاوزت 45 في المئة",
            "وتشمل مد خطوط نقل بطول 70 كيلومترا لربط المحطة بالمناطق الصناعية جنوب المدينة",
            "ووجه بسرعة الانتهاء من أعمال الربط الكهربائي قبل حلول فصل الصيف",
        ],
        "absent": [
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك في التصفح",
            "البنك المركزي يقرر تثبيت أسعار الفائدة في اجتماعه الأخير",
            "الحكومة تطرح كراسة شروط محطة معالجة الصرف الجديدة في الظهير الصحراوي",
            "تابعوا آخر أخبار بوابة النيل اليوم عبر قناتنا على تليجرام",
            "مشروعات البنية التحتية الساحلية",
            "خبراء: التوسع في التحلية ضرورة لمواجهة الفقر المائي",
            "موعد صرف معاشات شهر أبريل والزيادة الجديدة",
            "جميع الحقوق محفوظة لبوابة النيل اليوم",
        ],
    },
    "bridge-brief-fr.html": {
        "title": "Effondrement d’un pont à Saint-Aubrac-sur-Lenne : au moins trois blessés",
        "author": None,
        "breaking_label": "Dernière minute",
        "headings": [
            None,
        ],
        "present": [
            "Une partie du pont suspendu de Saint-Aubrac-sur-Lenne s’est effondrée mardi en fin de matinée",
            "Deux véhicules se trouvaient sur l’ouvrage au moment de l’accident",
            "Une trentaine de pompiers et deux équipes de plongeurs ont été engagés sur place.",
            "une déviation a été mise en place par le hameau de Vernouls",
            "Plus d’informations à venir. Cet article sera mis à jour.",
        ],
        "absent": [
            "nos partenaires et nous utilisons des cookies ou technologies similaires",
            "La fromagerie des Causses placée en redressement judiciaire",
            "Vigilance orange neige sur trois départements",
            "Suivez L’Écho des Vallées sur Telegram",
            "Le marché couvert de Montlaur rouvrira finalement en juin",
            "le conseil départemental vote une hausse des aides aux communes rurales",
            "Tous droits de reproduction et de représentation réservés.",
        ],
    },
    "fire-brief-es.html": {
        "title": "Un incendio obliga a desalojar tres urbanizaciones en Valdecierzo",
        "author": "EFE",
        "breaking_label": "Última hora",
        "headings": [
            None,
        ],
        "present": [
            "Un incendio forestal declarado este martes en el paraje de Los Carrascales ha obligado a desalojar tres urbanizaciones",
            "Alrededor de 450 vecinos han sido trasladados al polideportivo municipal",
            "participan seis medios aéreos y una veintena de dotaciones terrestres",
            "que trabajan con rachas de viento de hasta 60 kilómetros por hora.",
            "Seguirá ampliación. Esta noticia se está actualizando con nueva información.",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para elaborar información estadística",
            "Corte de agua en el barrio de San Lázaro hasta las ocho de la tarde",
            "El CD Meseta destituye a su entrenador tras la derrota en casa",
            "Síguenos en nuestro canal de WhatsApp",
            "El pleno aprueba los presupuestos municipales con la abstención de la oposición",
            "El Teatro Principal reabre sus puertas tras dos años de obras",
            "Queda prohibida la reproducción total o parcial de los contenidos.",
        ],
    },
    "strike-lusa-pt.html": {
        "title": "Greve dos mestres fluviais deixa 20 mil passageiros sem ligação entre margens",
        "author": "Lusa",
        "headings": [
            None,
            "Sindicato exige reunião com o Governo",
        ],
        "present": [
            "A greve dos mestres da empresa Fluviais do Estuário obrigou hoje à supressão de todas as ligações entre Porto Alvar e Cais da Ribeira Nova",
            "não foi possível assegurar os serviços mínimos decretados pelo tribunal arbitral",
            "exige a revisão das tabelas salariais e a contratação de pelo menos 30 novos mestres",
            "disse à Lusa o dirigente sindical Armando Teixeira Lobo",
            "o plano de recrutamento aguarda apenas autorização das Finanças",
            "A greve mantém-se até sexta-feira, estando prevista uma nova paralisação de 48 horas no final do mês",
        ],
        "absent": [
            "Utilizamos cookies para melhorar a sua experiência de navegação",
            "Sindicatos marcam greve nos comboios regionais para a próxima semana",
            "Sindicalismo e trabalho",
            "Siga o Diário do Atlântico no WhatsApp",
            "Inflação abranda em fevereiro para 2,1% segundo estimativa rápida",
            "Atlético da Foz despede treinador após quinta derrota seguida",
            "Chuva forte leva a aviso amarelo em seis distritos",
            "Media Atlântica S.A. Todos os direitos reservados.",
        ],
    },
    "quake-brief-it.html": {
        "title": "Scossa di magnitudo 4.2 in Val Soranza, paura ma nessun ferito",
        "author": "Redazione ANSA",
        "breaking_label": "Urgente",
        "headings": [
            None,
        ],
        "present": [
            "Una scossa di terremoto di magnitudo 4.2 è stata registrata alle 9.47 in Val Soranza",
            "Il sisma è stato avvertito distintamente dalla popolazione e molte persone sono scese in strada.",
            "Al momento non si segnalano danni a persone o edifici, fa sapere la Protezione civile.",
            "ha disposto la chiusura precauzionale delle scuole per consentire le verifiche sugli edifici",
            "Notizia in aggiornamento, seguiranno ulteriori dettagli.",
        ],
        "absent": [
            "utilizziamo cookie o tecnologie simili per finalità tecniche",
            "Sciopero al porto di Castelmare, fermi i traghetti per le isole",
            "Tirreno Calcio, esonerato l'allenatore dopo il ko nel derby",
            "Val Soranza e Alta Valle del Lentino",
            "Sciame sismico nell'Appennino, oltre venti scosse in una notte",
            "Prevenzione sismica, solo una scuola su tre è adeguata",
            "Consiglio regionale, approvata la legge sulle aree interne",
            "Gazzetta del Tirreno S.r.l. - P.IVA 04817263051",
        ],
    },
    "blast-brief-tr.html": {
        "title": "Kuzeyköy'de kimya fabrikasında patlama: 4 yaralı",
        "author": "Deniz Karataş",
        "breaking_label": "Son dakika",
        "headings": [
            None,
        ],
        "present": [
            "Kuzeyköy Organize Sanayi Bölgesi'ndeki bir kimya fabrikasında bu sabah meydana gelen patlamada 4 işçi yaralandı.",
            "patlamanın ardından çıkan yangına çok sayıda itfaiye ekibi müdahale ediyor",
            "Yaralılar ambulanslarla çevredeki hastanelere kaldırıldı.",
            "yaşayan vatandaşların pencerelerini kapalı tutmaları istendi",
            "Haberin ayrıntıları geliyor. Gelişmeleri sayfamızdan takip edebilirsiniz.",
        ],
        "absent": [
            "Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır.",
            "Merkez Bankası rezervleri yeni haftada rekor seviyeye ulaştı",
            "Sahil yolunda heyelan: Ulaşım tek şeritten sağlanıyor",
            "fabrika patlaması ve iş güvenliği",
            "Son dakika gelişmeleri için Gündem Ekspres Telegram kanalına katılın",
            "Belediye otobüs ücretlerine yüzde 20 zam yapıldı",
            "Liman grevi üçüncü gününde: Yüzlerce konteyner bekliyor",
            "Tüm hakları saklıdır. İzinsiz kullanılamaz.",
        ],
    },
    "anwohnerparken-de.html": {
        "title": "Anwohnerparken in Hallbergen: So beantragen Sie den digitalen Parkausweis",
        "author": "Jana Keppler",
        "headings": [
            None,
            "Was sich zum 1. April ändert",
            "Was der Ausweis künftig kostet",
            "So stellen Sie den Antrag",
            "Häufige Fragen",
            "Was passiert, wenn ich innerhalb der Zone umziehe?",
            "Können Besucher weiterhin in der Zone parken?",
            "Was gilt für Carsharing und Dienstwagen?",
        ],
        "present": [
            "Ab dem 1. April gibt es in Hallbergen keine Parkausweise aus Papier mehr.",
            "Der Antrag läuft nur noch über das Bürgerportal der Stadt.",
            "Die Verkehrsüberwachung fährt dafür künftig mit einem Scanfahrzeug durch die Zonen",
            "Wer ein Elektroauto fährt, erhält keinen Rabatt mehr.",
            "Laden Sie den Fahrzeugschein als Foto oder PDF hoch, bei Firmenwagen zusätzlich eine Bescheinigung des Arbeitgebers.",
            "Für Gäste gibt es digitale Tagesparkscheine zu je 3 Euro",
            "Die alten Papierausweise können nach dem 31. März einfach im Hausmüll entsorgt werden.",
        ],
        "absent": [
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren",
            "Gebühren nach Fahrzeuglänge",
            "Stadtrat beschließt höhere Parkgebühren in der Innenstadt",
            "Scanfahrzeug im Test: So funktioniert die neue Parkkontrolle",
            "Jana Keppler ist Lokalredakteurin und berichtet seit 2019 über Verkehr",
            "Neue Buslinie 47 verbindet ab Mai Nordhafen mit der Uniklinik",
            "Die wichtigsten Nachrichten aus Hallbergen direkt in Ihr Postfach",
            "Hallberger Rundschau Verlagsgesellschaft mbH. Alle Rechte vorbehalten.",
        ],
    },
    "hosepipe-ban-en.html": {
        "title": "Hosepipe ban: what you can and can't do, and how to apply for an exemption",
        "author": "Priya Castellan",
        "headings": [
            None,
            "What is banned and what is still allowed",
            "Who can apply for an exemption",
            "How the ban will be enforced",
            "Your questions answered",
            "Can I still fill my pond?",
            "Does the ban apply to businesses?",
            "How long will the ban last?",
        ],
        "present": [
            "A temporary use ban comes into force on Friday for more than 900,000 households across Marlow Vale and the Downs",
            "Watering gardens and washing cars with a hosepipe are both banned",
            "It is the first hosepipe ban in the region since 2012.",
            "Filling a paddling pool or hot tub",
            "Enter your customer reference number, which is printed at the top of your water bill.",
            "Ponds with fish or other animals can be topped up with a hosepipe to keep them alive.",
            "The company has said it will review the need for the ban at the end of September.",
        ],
        "absent": [
            "We and our partners use cookies to improve your experience",
            "What exactly is banned",
            "Why are Marlow Vale's reservoirs so low this summer?",
            "Farmers warn of poor harvest as dry spell continues",
            "Leak repairs fall behind target for third year running",
            "Police appeal after vintage tractor stolen from farm near Eastcombe",
            "our free morning newsletter with the day's top local stories",
            "© 2025 Marlow Vale Post Media Ltd. All rights reserved.",
        ],
    },
    "school-registration-ar.html": {
        "title": "التسجيل الإلكتروني في المدارس للعام الدراسي الجديد: كل ما تحتاج معرفته",
        "author": "سلمى الحداد",
        "headings": [
            None,
            "متى يبدأ التسجيل؟",
            "كيف أسجل ابني أو ابنتي؟",
            "ما الوثائق المطلوبة؟",
            "أسئلة شائعة",
            "ماذا لو لم تكن المدرسة المطلوبة متاحة؟",
            "هل يمكن التسجيل لمن لا يملك إنترنت؟",
            "هل يلغى التسجيل الورقي نهائيا؟",
        ],
        "present": [
            "أعلنت مديرية التربية في محافظة الريحان فتح باب التسجيل الإلكتروني للطلاب الجدد",
            "لا حاجة لزيارة المدرسة إلا لاستلام بطاقة الطالب.",
            "ويتوقع أن يسجل نحو 18 ألف طالب وطالبة في الصف الأول الابتدائي هذا العام",
            "الطلاب المنتقلون بين المدارس",
            "ارفع صور الوثائق المطلوبة بصيغة PDF أو JPG على ألا يتجاوز حجم كل ملف 2 ميغابايت.",
            "يعرض النظام تلقائيا أقرب ثلاث مدارس فيها مقاعد شاغرة",
            "وأكدت المديرية أن نتائج التوزيع على المدارس ستعلن عبر البوابة في السابع من سبتمبر، قبل أسبوع من انطلاق العام الدراسي.",
        ],
        "absent": [
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا",
            "جدول المواعيد حسب المرحلة الدراسية",
            "ارتفاع أسعار الزي المدرسي يثقل كاهل الأسر قبل بدء العام الدراسي",
            "وزارة التربية تعلن موعد الامتحانات التجريبية للصف الثاني عشر",
            "معلمون يطالبون بتحسين الحوافز قبل العام الدراسي",
            "انقطاع المياه عن أحياء وسط المدينة لمدة يومين بسبب أعمال صيانة",
            "اشترك في نشرتنا البريدية ليصلك ملخص أهم الأخبار كل صباح",
            "جميع الحقوق محفوظة © 2025 نبض الساحل",
        ],
    },
    "cheque-velo-fr.html": {
        "title": "Chèque vélo électrique : qui peut en bénéficier et comment faire sa demande",
        "author": "Claire Vasseur et Julien Morand",
        "headings": [
            None,
            "Qui peut bénéficier de l'aide ?",
            "Combien peut-on toucher ?",
            "Comment faire la demande",
            "Vos questions, nos réponses",
            "Peut-on cumuler avec l'aide de l'État ?",
            "Les vélos cargo sont-ils concernés ?",
            "Que se passe-t-il si je revends le vélo ?",
        ],
        "present": [
            "Bruvières Métropole relance au 1er mars son aide à l'achat d'un vélo à assistance électrique.",
            "Les vélos d'occasion achetés chez un professionnel sont désormais éligibles.",
            "Il revient avec une enveloppe de 2,4 millions d'euros votée lors du dernier conseil métropolitain",
            "Le montant ne peut pas dépasser 40 % du prix d'achat du vélo.",
            "Téléchargez la facture d'achat, qui doit mentionner le numéro de série du vélo.",
            "Les élus de la majorité ont promis d'étudier une aide spécifique d'ici à l'été.",
            "En cas de revente, la métropole peut exiger le remboursement de l'aide.",
        ],
        "absent": [
            "Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.",
            "Les conditions à remplir",
            "le plan à 40 millions d'euros qui divise les communes de la métropole",
            "la location de vélos en libre-service bat un record en 2024",
            "les gares de la métropole s'équipent de consignes sécurisées",
            "Encore une aide qui arrive trop tard, j'ai acheté le mien en janvier",
            "Incendie dans un entrepôt de la zone nord : une centaine de pompiers mobilisés",
            "Recevez chaque matin l'essentiel de l'actualité de votre territoire.",
            "© 2025 Le Courrier des Vallons – Tous droits réservés",
        ],
    },
    "bono-alquiler-es.html": {
        "title": "Bono de alquiler joven en Valdeluna: requisitos, cuantía y cómo pedirlo paso a paso",
        "author": "Lucía Ferrández",
        "headings": [
            "El Ayuntamiento abre el 12 de mayo el plazo para solicitar una ayuda de hasta 250 euros al mes para menores de 35 años que vivan de alquiler en el municipio",
            "¿Quién puede solicitar el bono?",
            "¿Cuánto dinero se recibe?",
            "Cómo pedirlo, paso a paso",
            "Preguntas frecuentes",
            "¿Es compatible con el bono estatal?",
            "¿Se puede pedir si se comparte piso?",
            "¿Cuándo se cobra?",
        ],
        "present": [
            "La ayuda cubre hasta el 50% del alquiler, con un máximo de 250 euros al mes.",
            "La concejala de Vivienda, Marta Olmedo, presentó este lunes las bases de la convocatoria",
            "El límite sube a 37.500 euros para las unidades de convivencia de dos o más personas.",
            "De 15.000 a 20.000 euros",
            "Adjunta el contrato de alquiler, los tres últimos recibos pagados y la declaración de la renta.",
            "En ese caso, la ayuda se calcula sobre la parte proporcional del alquiler que le corresponde.",
            "si se mantiene la partida en los presupuestos municipales, según fuentes del área de Vivienda.",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios",
            "Requisitos para pedir la ayuda",
            "Tabla de cuantías por ingresos",
            "El Ayuntamiento construirá 400 viviendas de alquiler social en El Soto",
            "Los precios del alquiler en Valdeluna marcan un nuevo máximo histórico",
            "Así funciona el aval municipal para la compra de la primera vivienda",
            "Cortes de tráfico en la avenida de la Constitución por las obras del tranvía",
            "recibe cada mañana las noticias más importantes de Valdeluna",
            "Ediciones Gaceta de Valdeluna S.L. Todos los derechos reservados.",
        ],
    },
    "vacinacao-gripe-pt.html": {
        "title": "Vacinação contra a gripe em Serra Clara: quem pode tomar, onde e quais documentos levar",
        "author": "Rafael Monteiro",
        "headings": [
            None,
            "Quem pode se vacinar agora",
            "Onde tomar a vacina",
            "Passo a passo para agendar",
            "Perguntas e respostas",
            "Quem teve gripe recentemente pode tomar a vacina?",
            "A vacina da gripe pode ser tomada junto com a da covid?",
            "A vacina causa gripe?",
        ],
        "present": [
            "A campanha começa nesta segunda-feira (7) em 42 unidades de saúde e vai até 31 de maio.",
            "É preciso levar documento com foto e a caderneta de vacinação.",
            "A Secretaria Municipal de Saúde recebeu nesta semana o primeiro lote, com 85 mil doses",
            "A prefeitura não descarta ampliar a vacinação para toda a população a partir de maio, caso sobrem doses.",
            "Ginásio Municipal Aurélio Prado",
            "No dia, apresente o comprovante de agendamento junto com um documento com foto.",
            "Reações como dor no local e febre baixa podem ocorrer e costumam passar em até dois dias.",
        ],
        "absent": [
            "Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade",
            "Grupos prioritários da campanha",
            "Casos de síndrome respiratória sobem 30% em março e lotam UPAs",
            "Serra Clara amplia horário de atendimento em cinco UBSs",
            "Hospital Municipal inaugura nova ala de emergência infantil",
            "Rafael Monteiro é repórter de Cidades e cobre saúde pública desde 2017.",
            "Receba as principais notícias de Serra Clara no seu WhatsApp.",
            "Boletim da dengue: Serra Clara registra queda de casos pela terceira semana",
            "Motorista perde controle e invade padaria no centro de Serra Clara",
            "© 2025 Jornal Serra Clara. Todos os direitos reservados.",
        ],
    },
    "raccolta-differenziata-it.html": {
        "title": "Raccolta differenziata, dal 1° aprile cambia il calendario: giorni, zone e cosa fare con i nuovi bidoni",
        "author": None,
        "headings": [
            None,
            "I nuovi giorni di raccolta",
            "Come funziona la consegna dei bidoni",
            "Le domande più frequenti",
            "Cosa succede se sbaglio giorno?",
            "Posso tenere i vecchi bidoni?",
            "Dove porto oli, pile e farmaci?",
        ],
        "present": [
            "Con l'arrivo del nuovo gestore del servizio, a Borgoluce cambiano i giorni di ritiro porta a porta in tutti i quartieri.",
            "Il vetro sarà ritirato ogni due settimane invece che ogni settimana.",
            "Tra le novità principali c'è la tariffa puntuale",
            "mercoledì (settimane dispari)",
            "Si trova in alto a destra sull'ultima bolletta dei rifiuti.",
            "Dopo tre segnalazioni è prevista una sanzione di 50 euro.",
            "è attivo il numero verde del gestore, dal lunedì al venerdì dalle 8 alle 18 e il sabato dalle 8 alle 12.",
        ],
        "absent": [
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili",
            "Il calendario quartiere per quartiere",
            "Discarica abusiva nel bosco del Castellaccio, scatta la denuncia",
            "Borgoluce, la Tari aumenta del 4 per cento: ecco perché",
            "Rifiuti abbandonati, arrivano le fototrappole in dieci punti della città",
            "Incidente sulla provinciale 12, chiusa per tre ore la strada per Montealbo",
            "ricevi ogni sera le notizie del giorno",
            "P.IVA 01234567890 – Tutti i diritti riservati",
        ],
    },
    "kopru-kapanisi-tr.html": {
        "title": "Mavi Köprü 45 gün trafiğe kapanıyor: Alternatif güzergahlar ve ücretsiz ring seferleri",
        "author": "Elif Sarıoğlu ve Murat Kaynak",
        "breaking_label": "Son dakika",
        "headings": [
            "Yalıkent Büyükşehir Belediyesi, Mavi Köprü'de başlayacak bakım çalışmaları nedeniyle köprünün 20 Ekim'den itibaren 45 gün boyunca araç trafiğine kapatılacağını duyurdu.",
            "Çalışmalar neden yapılıyor?",
            "Alternatif güzergahlar",
            "Ring seferleri ne zaman ve nereden kalkacak?",
            "Ücretsiz ulaşım kartı nasıl alınır?",
            "Sıkça sorulan sorular",
            "Acil durum araçları köprüyü kullanabilecek mi?",
            "Deniz otobüsü seferleri artırılacak mı?",
            "Çalışmalar uzayabilir mi?",
        ],
        "present": [
            "Yayalar ve bisikletliler köprüyü kullanmaya devam edebilecek.",
            "Günde yaklaşık 62 bin aracın geçtiği köprünün kapanmasıyla",
            "Trafik polisi kritik kavşaklarda 24 saat görev yapacak.",
            "Cumhuriyet Meydanı - Sanayi Sitesi",
            "Başvurunuz onaylandığında kartınızı size en yakın Kent Kart noktasından teslim alın.",
            "Ambulans, itfaiye ve polis araçları için köprünün doğu şeridi 24 saat açık tutulacak.",
            "ancak köprünün en geç 10 Aralık'ta yeniden açılacağını bildirdi.",
        ],
        "absent": [
            "Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır.",
            "Liman Bulvarı'nda zincirleme kaza: 3 yaralı",
            "Ring seferlerinin saatleri",
            "Sahil Köprüsü'nde gece çalışması: Bir şerit geçici olarak kapatıldı",
            "Yalıkent'te toplu taşıma ücretlerine yüzde 25 zam",
            "Bu köprü her yıl kapanıyor, artık yeni bir köprü yapılsın.",
            "Yalıkent'te sağanak yağış: Bazı ev ve iş yerlerini su bastı",
            "günün en önemli haberleri her sabah e-posta kutunuzda",
            "© 2025 Yalıkent Haber. Tüm hakları saklıdır.",
        ],
    },
    "hochwasser-wierse-de.html": {
        "title": "Hochwasser an der Wierse: Pegel in Hollmersfeld überschreitet Warnstufe drei",
        "author": "Katrin Vollmer",
        "breaking_label": "Eilmeldung",
        "headings": [
            None,
            "Evakuierung in der Altstadt",
            "Was jetzt passiert",
        ],
        "present": [
            "Nach tagelangem Dauerregen ist der Pegel der Wierse in Hollmersfeld am Freitagnachmittag auf 4,62 Meter gestiegen.",
            "Die Stadt hat die Uferstraßen gesperrt und bittet Anwohner in der Altstadt, Keller und Tiefgaragen zu räumen.",
            "Bis dahin könne das Wasser noch einmal um bis zu 40 Zentimeter steigen.",
            "Besonders betroffen ist die historische Altstadt rund um den Marktplatz.",
            "Der Busverkehr zwischen Hollmersfeld und dem Ortsteil Kettwiese ist eingestellt.",
            "Die Zuflüsse aus dem Bergland reagieren erfahrungsgemäß mit einigen Stunden Verzögerung.",
            "Der Westfunk berichtet am Abend ausführlich in der Lokalzeit Oberkreis.",
        ],
        "absent": [
            "Wir verwenden Cookies und ähnliche Technologien, um unser Angebot für Sie zu verbessern",
            "Westfunk Fernsehen: Sondersendung Hochwasser im Oberkreis",
            "Lokalzeit Oberkreis mit den Nachrichten aus der Region",
            "Starkregen: Was Sie tun können, wenn der Keller vollläuft",
            "Bahnstrecken im Oberkreis wegen Unwetter gesperrt",
            "Sturmböen decken im Oberkreis mehrere Dächer ab",
            "Verfügbar bis 14.11.2026 in der Westfunk Mediathek",
            "Brückensanierung in Unterwierse dauert ein Jahr länger als geplant",
            "Jeden Morgen die wichtigsten Nachrichten aus Ihrer Region direkt in Ihr Postfach.",
            "© Westfunk 2025 – Anstalt des öffentlichen Rechts",
        ],
    },
    "calder-bridge-closure-en.html": {
        "title": "Calder Street Bridge to close for a year as county starts $84 million rebuild",
        "author": "Dana Whitlock",
        "headings": [
            None,
            "What changes for commuters",
            "Businesses brace for a long year",
        ],
        "present": [
            "will need another route starting next Monday, when county crews close the 70-year-old span for a full rebuild.",
            "The closure is expected to last at least twelve months.",
            "Most of them will be sent to the Harmon Avenue crossing, roughly a mile and a half to the east.",
            "The Port Ellery Transit Authority will add buses on Route 14 during the morning and evening rush hours.",
            "Pedestrians and cyclists will be able to use a temporary walkway on the south side of the bridge",
            "Lena Okafor, who runs a bakery two blocks from the span, said she lost nearly a third of her weekday sales",
            "include wider sidewalks and a protected bike lane when it reopens, currently projected for spring 2026.",
        ],
        "absent": [
            "Harbor Public Radio uses cookies and similar technologies to measure audience",
            "Harbor Morning with Dana Whitlock and Omar Fielding",
            "The Open Line: your calls on city hall with Marcus Bell",
            "How Port Ellery's transit agency plans to close a $12 million budget gap",
            "Port Stories: The strange history of the city's three drawbridges",
            "Copyright 2025 Harbor Public Radio. To see more, visit hpr.example.",
            "has covered transportation and city government in Port Ellery since 2016",
            "School board votes to push back high school start times",
            "Get the morning's top local stories from the HPR newsroom",
            "© 2025 Harbor Public Radio, a listener-supported member station.",
        ],
    },
    "hariq-kafr-rayhan-ar.html": {
        "title": "حريق غابات يلتهم مئات الدونمات في أحراج كفر ريحان وفرق الإطفاء تواصل عملها",
        "author": "سلمى الحداد",
        "breaking_label": "عاجل",
        "headings": [
            None,
            "إجلاء عشرات العائلات",
            "مطالب بخطة وقاية دائمة",
        ],
        "present": [
            "اندلع حريق واسع صباح الأحد في أحراج الصنوبر المحيطة ببلدة كفر ريحان في محافظة الجرود الشمالية",
            "إن أكثر من 120 عنصراً يشاركون في عمليات الإطفاء بمساندة ثلاث طائرات مروحية.",
            "صعّبت السيطرة على النيران، خصوصاً في المنحدرات الوعرة التي يصعب وصول الآليات إليها.",
            "وأجلت السلطات المحلية نحو 60 عائلة من المنازل القريبة من خط النار",
            "ثلاثة أشخاص نُقلوا إلى المستشفى بعد إصابتهم بحالات اختناق طفيفة",
            "وطالب رئيس بلدية كفر ريحان، سامي العبدالله، الحكومة بتأمين صهاريج مياه ثابتة داخل الأحراج",
            "بحسب بيانات الدفاع المدني التي تشير إلى تسجيل أكثر من 40 حريقاً منذ بداية الصيف.",
        ],
        "absent": [
            "يستخدم موقع قناة الأفق ملفات تعريف الارتباط لتحسين تجربتك",
            "تغطية خاصة: حرائق الجرود الشمالية",
            "نشرة الظهيرة مع رامي خوري",
            "موجة حر جديدة تضرب المنطقة مطلع الأسبوع المقبل",
            "وزارة الزراعة تطلق خطة لإعادة تشجير الأحراج المحروقة",
            "انقطاع الكهرباء يتواصل في القرى الجبلية لليوم الثالث",
            "ارتفاع أسعار المحروقات للمرة الثانية خلال شهر",
            "اشترك في نشرة الأفق اليومية لتصلك أبرز الأخبار كل صباح",
            "جميع الحقوق محفوظة © 2025 قناة الأفق الإخبارية",
        ],
    },
    "greve-tramway-valmorel-fr.html": {
        "title": "Grève des conducteurs de tramway à Valmorel : le réseau quasi paralysé jusqu'à jeudi",
        "author": "Élodie Marchand et Théo Garnier",
        "headings": [
            None,
            "Des plannings jugés intenables",
            "Une réunion de la dernière chance mercredi",
        ],
        "present": [
            "Seule une rame sur quatre circulera mardi et mercredi sur les trois lignes du tramway de Valmorel.",
            "Le préavis déposé par deux syndicats court de mardi 5 heures à jeudi minuit.",
            "Les lignes de bus ne sont pas concernées par le mouvement.",
            "Les conducteurs dénoncent des amplitudes de travail allant jusqu'à onze heures",
            "La direction de Transvalm assure de son côté que ces plannings permettent de renforcer l'offre le soir et le week-end",
            "Une nouvelle réunion de négociation est programmée mercredi après-midi au siège de la métropole.",
            "pourront demander un remboursement partiel de leur abonnement mensuel si le mouvement se prolonge au-delà de jeudi.",
        ],
        "absent": [
            "Horizon Info et ses partenaires utilisent des cookies pour mesurer l'audience",
            "Le Journal de 12h, présenté par Camille Rouvier",
            "La Question du jour : faut-il taxer les résidences secondaires ?",
            "Les Pieds sur la table, magazine culture et société",
            "Vélo-cargo : la petite révolution des livraisons en centre-ville",
            "Le Journal de 12h : la rentrée sous tension dans les cantines scolaires",
            "Budget 2026 : la métropole renonce à la hausse de la taxe foncière",
            "Recevez chaque matin à 7 heures l'essentiel de l'actualité",
            "© Horizon Info 2025 — Radio d'information locale",
        ],
    },
    "descarrilamiento-valdecanto-es.html": {
        "title": "Descarrila un tren regional cerca de Valdecanto sin causar heridos graves",
        "author": "EFE",
        "breaking_label": "Última hora",
        "headings": [
            "Once viajeros han sido atendidos por contusiones leves y la línea permanecerá cortada al menos hasta el jueves",
            "Interrumpida la circulación",
            "Investigación abierta",
        ],
        "present": [
            "Un tren regional con 143 pasajeros a bordo descarriló este martes poco después de las once de la mañana",
            "Todos los viajeros fueron desalojados por su propio pie en menos de una hora.",
            "Dos de ellas, una mujer de 67 años y un joven de 19, fueron trasladadas al hospital comarcal",
            "La circulación entre Valdecanto y Puebla del Albar permanecerá interrumpida al menos hasta el jueves",
            "Fuentes sindicales apuntan a un posible fallo en un desvío que había sido reparado la semana pasada.",
            "hasta conocer el informe técnico, que podría tardar varias semanas en estar listo.",
        ],
        "absent": [
            "Telecanal Sur y sus socios utilizan cookies propias y de terceros",
            "Ahora: Noticias Mediodía, con Inés Carrasco",
            "El tiempo de Telecanal Sur: previsión para el fin de semana",
            "Las obras de la línea del Albar acumulan dos años de retraso",
            "Reportaje Sur: los trenes rurales que resisten al cierre",
            "Noticias Mediodía: la campaña del cereal arranca con precios a la baja",
            "La primera ola de calor del año llegará el fin de semana",
            "Suscríbete y recibe cada tarde un resumen con las noticias más importantes del día.",
            "© 2025 Telecanal Sur Radio y Televisión.",
        ],
    },
    "entrevista-pescadores-sardinha-pt.html": {
        "title": "“Sem sardinha, metade dos barcos fica parada”: pescadores de Porto Alvorada pedem apoio extraordinário",
        "author": "Mariana Tavares",
        "headings": [
            None,
            "Quantos barcos estão neste momento parados em Porto Alvorada?",
            "O que explica esta falta de sardinha?",
            "Que tipo de apoio pedem ao Governo?",
            "Os mais novos ainda querem ser pescadores?",
        ],
        "present": [
            "A frota de cerco de Porto Alvorada está quase toda em terra desde o início do mês.",
            "Os outros estão amarrados no cais porque não compensa gastar gasóleo para voltar com as redes quase vazias.",
            "Nós, que andamos no mar há quarenta anos, vemos a mesma coisa: o cardume está mais longe e mais fundo.",
            "Pedimos uma compensação por cada dia de paragem, como já existiu noutros anos, e que seja paga no próprio mês.",
            "Também queremos que o gasóleo para a pesca tenha um desconto maior enquanto durar esta situação.",
            "Se não houver estabilidade, daqui a dez anos não sei quem vai levar estes barcos ao mar.",
        ],
        "absent": [
            "Utilizamos cookies para otimizar o nosso site e o nosso serviço de emissão online.",
            "Manhã na Maré, com Rui Casimiro e Sónia Leal",
            "10h00 – Noticiário e Bolsa de Emprego da Região",
            "Obras na lota de Porto Alvorada arrancam só depois do verão",
            "Conversas de Cais: as últimas operárias da conserveira Boa Esperança",
            "Jornalista da Rádio Maré desde 2019, acompanha os temas do mar",
            "A última fábrica de redes de pesca do concelho procura quem a compre",
            "Ponte Velha encerrada ao trânsito durante três semanas para obras",
            "Receba todas as sextas-feiras o resumo da semana da Rádio Maré no seu email.",
            "© 2025 Rádio Maré Notícias – Todos os direitos reservados.",
        ],
    },
    "frana-val-sorna-it.html": {
        "title": "Frana in Val Sorna, isolata la frazione di Castelpiano: evacuate quaranta persone",
        "author": "Lorenzo Bassi",
        "breaking_label": "Ultim'ora",
        "headings": [
            None,
            "I soccorsi",
            "La strada resterà chiusa",
        ],
        "present": [
            "Una colata di fango e detriti ha travolto nella notte la strada provinciale 41",
            "Nessun ferito, ma quaranta residenti sono stati trasferiti in albergo.",
            "una porzione di circa ottomila metri cubi di terreno si è staccata dalla montagna",
            "Il sindaco di Sorna Alta, Giovanna Pellizzari, ha firmato un'ordinanza di sgombero per dodici abitazioni.",
            "Sul posto sono intervenuti i vigili del fuoco, la protezione civile e i tecnici del servizio geologico regionale.",
            "serviranno almeno tre settimane per liberare la carreggiata e mettere in sicurezza il pendio.",
            "dove nelle ultime settimane si sono registrati altri cinque smottamenti di minore entità.",
        ],
        "absent": [
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili",
            "In onda: Buongiorno Regione, il notiziario del mattino",
            "Mezzogiorno in piazza, collegamenti dai comuni",
            "Maltempo, allerta arancione su tutta la fascia prealpina fino a domenica",
            "Dissesto idrogeologico, i fondi stanziati restano bloccati nei comuni",
            "Sciopero dei trasporti, disagi in tutta la regione",
            "Bollette, da aprile aumenti fino al 6% per il gas domestico",
            "Iscriviti per ricevere ogni sera alle 20 le notizie principali",
            "© 2025 Rete Sette S.p.A. – P.IVA 01234560789",
            "Tempo di lettura: 3 minuti",
        ],
    },
    "deprem-karasuyaka-tr.html": {
        "title": "Karasuyaka'da 4,8 büyüklüğünde deprem: Okullarda eğitime bir gün ara verildi",
        "author": "Elif Karataş",
        "breaking_label": "Son dakika",
        "headings": [
            "Karasuyaka ilçesinde sabah saatlerinde meydana gelen deprem çevre illerden de hissedildi; hasar tespit çalışmaları sürüyor.",
            "Hasar tespit çalışmaları sürüyor",
            "Uzmanlardan artçı uyarısı",
        ],
        "present": [
            "saat 06.12'de meydana gelen 4,8 büyüklüğündeki deprem, ilçe merkezinde ve çevre köylerde vatandaşları sokağa döktü.",
            "Depremin yerin 7 kilometre derinliğinde gerçekleştiği bildirildi.",
            "Kaymakamlık, vatandaşların hasarlı binalara girmemesi konusunda uyarıda bulundu.",
            "Panik nedeniyle düşen üç kişi hastanede ayakta tedavi edildi.",
            "Okul binaları bu süre içinde tek tek kontrol edilecek.",
            "artçı sarsıntıların birkaç gün sürebileceğini söyledi.",
            "kalıcı bir planın vakit kaybetmeden hayata geçirilmesi gerekiyor.",
        ],
        "absent": [
            "Sitemizde çerezler kullanılmaktadır.",
            "Şimdi: Gün Ortası Haberleri, Selin Aydoğan ile",
            "Ekonomi Masası: Piyasalarda günün özeti",
            "Deprem çantası nasıl hazırlanır? Uzmanlar tek tek sıraladı",
            "Hafta İçi Gündem'de kentsel dönüşüm tartışması: Kiracılar ne yapacak?",
            "Kar yağışı nedeniyle 40 köy yolu ulaşıma kapandı",
            "Asgari ücrette yeni dönem: Bordrolara nasıl yansıyacak?",
            "Günün öne çıkan haberlerini her akşam e-posta kutunuza gönderelim.",
            "© 2025 Ekran24 Medya Yayıncılık A.Ş. Tüm hakları saklıdır.",
        ],
    },
    "mikroplastik-alpenseen-de.html": {
        "title": "Mikroplastik erreicht selbst die entlegensten Alpenseen",
        "author": "Katrin Albers",
        "headings": [
            None,
            "Proben aus 14 Seen",
            "Fasern aus der Luft",
            "Was die Funde für das Trinkwasser bedeuten",
            "Quellen",
        ],
        "present": [
            "Forschende haben in allen 14 untersuchten Hochgebirgsseen der Ostalpen Kunststoffpartikel gefunden.",
            "Im Labor wurden die Partikel mit Infrarotspektroskopie untersucht und nach Kunststoffart sortiert.",
            "Kunststoffteilchen, die kleiner als fünf Millimeter sind und oft aus zerfallenem Verpackungsmüll oder Textilien stammen.",
            "Nur mit langen Datenreihen lasse sich erkennen, ob die Belastung in den Alpen weiter zunimmt.",
            "In einer früheren Version dieses Artikels hieß es, die Proben stammten aus 16 Seen.",
            "Umweltamt Bergheim-Ost (2023): Jahresbericht Gewässergüte im Oberen Talkreis.",
        ],
        "absent": [
            "Wir und unsere Partner verwenden Cookies und ähnliche Technologien",
            "Katrin Albers berichtet seit 2016 über Klima, Gewässer und Artenschutz",
            "Fachlich geprüft von Prof. Dr. Jonas Weidmann",
            "Dieser Beitrag dient ausschließlich der allgemeinen Information",
            "Bahnstreik: Diese Verbindungen fallen am Freitag aus",
            "Warum der Gletscherfloh den Frost liebt",
            "Ein winziges Insekt übersteht Temperaturen von minus 20 Grad.",
            "Jeden Donnerstag die wichtigsten Erkenntnisse aus der Forschung",
            "© 2024 Rundblick Medien GmbH. Alle Rechte vorbehalten.",
        ],
    },
    "sepsis-blood-test-en.html": {
        "title": "Finger-prick test spotted sepsis hours before standard lab results, trial finds",
        "author": "Hannah Whitcombe and Tomás Reyes",
        "headings": [
            None,
            "How the test works",
            "A race against the clock",
            "What comes next",
            "References",
        ],
        "present": [
            "A rapid test that reads immune markers from a single drop of blood flagged sepsis up to six hours earlier",
            "Software then gives a score from one to ten.",
            "Sepsis is the body's extreme response to an infection, which can damage its own tissues and organs.",
            "The team is now recruiting children's hospitals for a second study",
            "Halbrook Health Board. Emergency department sepsis audit, 2022-23.",
            "An earlier version of this article said the trial involved 1,420 patients.",
            "This article was amended on 8 March 2024.",
        ],
        "absent": [
            "We use cookies and similar technologies to remember your preferences",
            "Medically reviewed by Dr Olumide Hart, consultant in intensive care medicine",
            "does not replace professional medical advice, diagnosis or treatment",
            "Hannah Whitcombe has covered the NHS and public health for The Meridian Post since 2017.",
            "Get the week's most surprising science stories in your inbox every Friday.",
            "Do octopuses dream? Sleeping cephalopods change colour in patterns",
            "Asteroid sample contains salts that once held liquid water",
            "Rail fares to rise by 5% from April, operators confirm",
            "© 2024 Meridian News Media Ltd. All rights reserved.",
            "Subscribe for £1 a week",
        ],
    },
    "heatwave-kidney-stones-ar.html": {
        "title": "دراسة: موجات الحر ترفع حالات حصى الكلى بين عمال البناء",
        "author": "سلمى الحداد",
        "headings": [
            None,
            "كيف أجريت الدراسة؟",
            "العمال الأكثر عرضة",
            "نصائح للوقاية",
            "المصادر",
        ],
        "present": [
            "وجد باحثون أن حالات حصى الكلى بين العاملين في الهواء الطلق ارتفعت بنحو الثلث خلال أسابيع الحر الشديد",
            "وتبين أن الخطر يبلغ ذروته بعد نحو أسبوعين من بداية موجة الحر",
            "ترسبات صلبة من الأملاح والمعادن تتكون داخل الكلى",
            "ويتوقع الفريق أن تزداد الحالات في السنوات المقبلة مع تكرار موجات الحر وطول مدتها",
            "ذكرت نسخة سابقة من هذا المقال أن الدراسة شملت سبعة مواسم صيف، والصحيح أنها شملت خمسة مواسم.",
            "وزارة العمل، التقرير السنوي عن السلامة المهنية في فصل الصيف، 2023.",
        ],
        "absent": [
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا",
            "راجعه طبيًا: د. كريم منصور، استشاري أمراض الكلى",
            "هذا المقال لأغراض التثقيف فقط ولا يغني عن استشارة الطبيب المختص",
            "سلمى الحداد صحفية متخصصة في الشؤون الصحية",
            "علماء يفكون شفرة جينات نخلة تتحمل الملوحة",
            "أعمل في البناء منذ عشرين سنة وأصبت بالحصى مرتين",
            "ارتفاع أسعار الوقود للمرة الثالثة هذا العام",
            "اشترك ليصلك ملخص أهم الأخبار كل صباح على بريدك الإلكتروني.",
            "جميع الحقوق محفوظة © 2024 صحيفة المدار",
        ],
    },
    "tiques-lyme-altitude-fr.html": {
        "title": "Maladie de Lyme : les tiques gagnent du terrain en montagne",
        "author": "Claire Vasseur",
        "headings": [
            None,
            "Des hivers plus courts",
            "Randonneurs et éleveurs exposés",
            "Vers une surveillance renforcée",
            "Sources",
        ],
        "present": [
            "Des relevés menés pendant six ans dans les massifs du Haut-Verdois montrent que les tiques vectrices",
            "Les tiques qui s'y accrochent sont ensuite comptées, identifiées et analysées en laboratoire.",
            "infection due à une bactérie transmise par la piqûre d'une tique infectée.",
            "Le centre hospitalier de Val-d'Orbeil a enregistré l'an dernier 214 cas, un record.",
            "qui redoute une hausse des cas dans les communes de montagne d'ici la fin de la décennie.",
            "Centre hospitalier de Val-d'Orbeil, bilan annuel des cas de borréliose de Lyme, mars 2024.",
            "Elle a été menée par l'Observatoire régional des vecteurs.",
        ],
        "absent": [
            "Nous utilisons des cookies pour mesurer l'audience",
            "Article relu par le Dr Antoine Marchal, infectiologue",
            "Cet article ne remplace pas une consultation médicale.",
            "Une comète visible à l'œil nu en octobre, promettent les astronomes",
            "Plus d'un tiers des espèces observées sont en déclin dans la région.",
            "Recevez chaque mercredi notre sélection d'articles sur la santé et la médecine.",
            "Grève des trams : le trafic très perturbé lundi",
            "© 2024 L'Écho du Matin – Tous droits réservés",
            "Temps de lecture : 5 min",
        ],
    },
    "humo-incendios-asma-es.html": {
        "title": "El humo de los incendios dispara las urgencias por asma en tres provincias",
        "author": "Lucía Ferrer Olmedo",
        "breaking_label": "Última hora",
        "headings": [
            "Los hospitales de Valdeoro, Sierra Alta y Puerto Lebrel atendieron en 48 horas el triple de crisis asmáticas que en un fin de semana normal",
            "Niños y mayores, los más afectados",
            "Recomendaciones de Sanidad",
            "Fuentes",
        ],
        "present": [
            "han atendido desde el sábado 612 crisis de asma y otras dificultades respiratorias",
            "Es casi el triple de lo habitual en un fin de semana de agosto.",
            "Son partículas en suspensión de menos de 2,5 micras de diámetro, unas treinta veces más finas que un cabello humano.",
            "mantener puertas y ventanas cerradas y evitar el ejercicio al aire libre.",
            "permita estabilizar los dos frentes y despejar el aire en la capital.",
            "una versión anterior de este artículo situaba el Hospital Comarcal en Puerto Lebrel.",
            "Red Regional de Vigilancia de la Calidad del Aire, datos horarios de la estación Valdeoro-Norte.",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para analizar el tráfico",
            "Licenciada en Biología, cubre sanidad pública y medio ambiente",
            "Revisado médicamente por la Dra. Marta Benavides",
            "no sustituye el consejo de un profesional sanitario",
            "Nacen cuatro crías de lince en la sierra por primera vez en treinta años",
            "Por qué dormimos peor en las noches tropicales",
            "Operación salida: atascos de hasta 20 kilómetros en la autovía del Levante",
            "Recibe cada lunes las claves para cuidarte",
            "© 2024 Ediciones La Crónica S.L. Todos los derechos reservados.",
        ],
    },
    "sono-hipertensao-jovens-pt.html": {
        "title": "Noites mal dormidas elevam risco de hipertensão em jovens adultos, aponta estudo",
        "author": "Rafael Monteiro Dias",
        "headings": [
            None,
            "Um problema que começa cedo",
            "Celular na cama",
            "O que dizem os especialistas",
            "Referências",
        ],
        "present": [
            "Pesquisa acompanhou 3.400 pessoas de 18 a 35 anos por quatro anos",
            "Jovens adultos que dormem menos de seis horas por noite têm risco 34% maior de desenvolver hipertensão",
            "Ao fim do acompanhamento, 11% dos participantes já tinham pressão alta, boa parte deles sem saber.",
            "pressão arterial igual ou superior a 14 por 9 (140/90 mmHg) em medições repetidas.",
            "Quem passava mais de uma hora diante da tela atrasava o início do sono em média 52 minutos.",
            "uma versão anterior desta reportagem informava que o estudo acompanhou 4.300 voluntários.",
            "Ministério da Saúde. Vigilância de fatores de risco para doenças crônicas por inquérito telefônico, 2023.",
        ],
        "absent": [
            "Usamos cookies para melhorar sua experiência de navegação",
            "Revisão médica: Dra. Camila Prates, cardiologista",
            "não substitui a consulta com um profissional de saúde",
            "Tartarugas marinhas batem recorde de desova no litoral de Vila Serena",
            "Campanha de vacinação contra a gripe é prorrogada até o fim do mês",
            "Durmo cinco horas por noite desde a faculdade, vou procurar um médico.",
            "Salário mínimo de 2025 deve ficar acima da inflação, diz governo",
            "Receba toda manhã as notícias mais importantes do dia no seu e-mail.",
            "© 2024 Portal Horizonte - Todos os direitos reservados.",
        ],
    },
    "pollini-allergie-stagione-it.html": {
        "title": "Allergie ai pollini, la stagione ora dura tre settimane in più",
        "author": "Giulia Santoro",
        "headings": [
            None,
            "Più caldo, più polline",
            "Cosa cambia per i pazienti",
            "Fonti",
        ],
        "present": [
            "Trent'anni di dati raccolti dalle centraline aerobiologiche della regione mostrano fioriture sempre più anticipate",
            "Per chi soffre di allergia, la stagione critica si è allungata in media di ventidue giorni.",
            "Nelle centraline costiere, il picco annuale di polline di graminacee è cresciuto del 18 per cento",
            "infiammazione della mucosa nasale causata da una reazione eccessiva del sistema immunitario",
            "Il gruppo di ricerca chiede ora che i bollettini pollinici siano aggiornati ogni giorno anche nei fine settimana",
            "in una precedente versione di questo articolo l'aumento del picco di graminacee era indicato nel 28 per cento.",
            "Agenzia regionale per l'ambiente, bollettino pollinico settimanale, serie 1994-2023.",
        ],
        "absent": [
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili",
            "Revisione medica a cura del dott. Paolo Ferrini, allergologo",
            "non sostituiscono il parere del proprio medico",
            "Iscriviti alla newsletter settimanale su clima, ambiente e salute del pianeta.",
            "Delfini nel Golfo, il censimento conta 240 esemplari",
            "Eclissi parziale di Sole, dove e quando guardarla in sicurezza",
            "Traghetti, sciopero di 24 ore: le corse garantite",
            "Un aumento del 15 per cento in cinque anni.",
            "Il Quotidiano del Golfo S.p.A. - P.IVA 01234560789 - © Riproduzione riservata",
        ],
    },
    "antibiyotik-direnci-tr.html": {
        "title": "Antibiyotik direnci raporu: İdrar yolu enfeksiyonlarının üçte birinde ilk ilaç etkisiz",
        "author": "Elif Karaca",
        "headings": [
            "Sağlık Bakanlığı laboratuvar verilerine dayanan yeni rapor, en sık reçete edilen antibiyotiklere karşı direncin son beş yılda belirgin biçimde arttığını ortaya koydu.",
            "Reçetesiz kullanım uyarısı",
            "Hastaneler için yeni kılavuz",
            "Kaynaklar",
        ],
        "present": [
            "doktorların ilk tercih olarak yazdığı antibiyotiğe yanıt vermedi.",
            "Rapor, 41 ildeki 120 hastane laboratuvarından gelen yaklaşık 260 bin sonucu kapsıyor.",
            "Grip ve soğuk algınlığı gibi viral hastalıklarda antibiyotik kullanımı hâlâ yaygın.",
            "Bakterilerin, kendilerini öldürmesi ya da çoğalmalarını durdurması beklenen ilaçlardan etkilenmez hale gelmesi.",
            "Rapordaki bölgesel veriler, önümüzdeki ay kamuoyuyla paylaşılacak ayrıntılı bir haritayla birlikte yayımlanacak.",
            "Ulusal Mikrobiyoloji Referans Merkezi, Antimikrobiyal Direnç Gözetim Raporu 2023, Kasım 2024.",
            "Haberin önceki versiyonunda raporun 52 ili kapsadığı belirtilmişti.",
        ],
        "absent": [
            "Sitemizde deneyiminizi iyileştirmek ve reklamları kişiselleştirmek için çerezler kullanıyoruz.",
            "Tıbbi danışman: Prof. Dr. Murat Aksoy",
            "hekim muayenesi ve tedavisinin yerini tutmaz",
            "Grip aşısı randevuları için yoğunluk",
            "Karadeniz'de yunus sayımı: Nüfus beş yılda yüzde 12 arttı",
            "Eczanelerde reçetesiz antibiyotik satışı tamamen durdurulmalı bence.",
            "Akaryakıta gece yarısı zam: Benzinin litresi yeniden yükseldi",
            "Günün en önemli haberleri her sabah e-posta kutunuzda olsun.",
            "© 2024 Pusula Medya A.Ş. Tüm hakları saklıdır.",
        ],
    },
    "fernwaerme-preise-de.html": {
        "title": "Lindenhain: Stadtwerke erhöhen Fernwärmepreise um 18 Prozent",
        "author": "Katrin Ebersbach",
        "headings": [
            None,
            "Was die Erhöhung für Haushalte bedeutet",
            "Kritik aus dem Stadtrat",
            "Was Kunden jetzt tun können",
        ],
        "present": [
            "Die Stadtwerke Lindenhain heben zum 1. März die Fernwärmepreise kräftig an.",
            "Wer in Lindenhain mit Fernwärme heizt, muss sich auf deutlich höhere Rechnungen einstellen.",
            "Für eine durchschnittliche Dreizimmerwohnung mit einem Verbrauch von 9000 Kilowattstunden im Jahr",
            "Besonders verärgert zeigte sich Ingrid Pfannenstiel vom Mieterverein Lindenhain und Umgebung.",
            "Der Antrag scheiterte mit sechs zu sieben Stimmen.",
            "Das Kundenzentrum in der Bahnhofstraße bietet dafür ab kommender Woche zusätzliche Sprechstunden an.",
            "Eine kostenlose Beratung gibt es jeden Donnerstag von 16 bis 18 Uhr im Bürgerhaus am Marktplatz.",
        ],
        "absent": [
            "Sie haben 3 von 5 kostenlosen Artikeln in diesem Monat gelesen.",
            "Weiterlesen mit OK Plus: Jetzt 4 Wochen für 0,99 € testen",
            "Sie sind bereits Abonnent?",
            "Wir und unsere 142 Partner verwenden Cookies und ähnliche Technologien",
            "Schon wieder eine Erhöhung, und beim Service hat sich nichts verbessert.",
            "Großbrand in Lagerhalle: Feuerwehr die ganze Nacht im Einsatz",
            "Jeden Freitag die wichtigsten Nachrichten aus Ihrer Stadt direkt ins Postfach.",
            "Katrin Ebersbach berichtet seit 2016 für den Oberland-Kurier aus Lindenhain",
            "© 2024 Oberland-Kurier Verlagsgesellschaft mbH. Alle Rechte vorbehalten.",
        ],
    },
    "lido-closure-en.html": {
        "title": "Marsh Lane Lido faces closure after repair bill hits £2.4m",
        "author": "Daniel Okafor-Reyes",
        "headings": [
            None,
            "Cracks found beneath the main pool",
            "Campaigners vow to fight on",
            "What happens next",
        ],
        "present": [
            "Councillors will vote next month on whether to shut the 1930s open-air pool for good",
            "need repairs costing an estimated £2.4 million.",
            "The council estimates that even after repairs the lido would need a subsidy of around £180,000 a year to stay open.",
            "The Friends of Marsh Lane Lido, which has gathered more than 5,000 signatures",
            "which it says would open the door to grants that a local authority cannot apply for.",
            "Residents can also submit comments through the council's website.",
        ],
        "absent": [
            "You have read 2 of your 4 free articles this month.",
            "Get 3 months of unlimited digital access for £1, then £6.99 a month.",
            "Already a subscriber?",
            "Daily paper delivered plus all digital benefits",
            "We use cookies to give you the best experience on our website",
            "The council has let this place rot for years and now acts surprised.",
            "High Street parking charges to rise for the first time in six years",
            "Sign up to get the day's top Wexley stories in your inbox every morning.",
            "© 2024 Wexley Standard Newspapers Ltd. All rights reserved.",
        ],
    },
    "tahliya-miyah-ar.html": {
        "title": "تعطل محطة التحلية يقطع المياه عن أحياء شرق الواحة البيضاء",
        "author": "سلمى الخطيب",
        "breaking_label": "عاجل",
        "headings": [
            None,
            "صهاريج لتزويد المستشفيات والمدارس",
            "مطالبات بخطة طوارئ دائمة",
        ],
        "present": [
            "انقطعت المياه صباح الثلاثاء عن نحو 40 ألف مشترك في الأحياء الشرقية لمدينة الواحة البيضاء",
            "ما أدى إلى توقف خط الإمداد الرئيسي المتجه إلى أحياء النخيل والمنارة والسلام.",
            "وأعلنت بلدية الواحة البيضاء أنها وفرت ثلاثين صهريجًا لتزويد المستشفيات ومراكز الرعاية الصحية بالمياه",
            "مشيرة إلى أن الانقطاع جاء في ذروة موجة الحر التي تشهدها المنطقة.",
            "مؤكدًا أن هذا العطل هو الثالث من نوعه منذ بداية العام.",
            "ودعت المؤسسة السكان إلى ترشيد استهلاك المياه خلال الأيام الثلاثة المقبلة",
            "إلى حين استقرار الضغط في الشبكة بشكل كامل.",
        ],
        "absent": [
            "لقد قرأت 3 من أصل 5 مقالات مجانية هذا الشهر.",
            "اشترك الآن بدينار واحد للشهر الأول واحصل على وصول غير محدود",
            "هذا المقال مخصص للمشتركين",
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة الزوار",
            "كل صيف نفس المشكلة ولا أحد يحاسب المسؤولين عن الصيانة.",
            "افتتاح سوق السمك الجديد في ميناء الواحة البيضاء الأسبوع المقبل",
            "احصل على أهم أخبار الساحل الشرقي في بريدك الإلكتروني كل صباح.",
            "© 2024 صحيفة الساحل الشرقي. جميع الحقوق محفوظة.",
        ],
    },
    "tramway-chantier-fr.html": {
        "title": "Saint-Aubin-les-Forges : le chantier du tramway prend six mois de retard",
        "author": "Margaux Delaunay",
        "headings": [
            None,
            "Des canalisations absentes des plans",
            "Les commerçants réclament des indemnités",
            "Une circulation modifiée jusqu'au printemps",
        ],
        "present": [
            "Le prolongement de la ligne T2 jusqu'au quartier de la Verrerie ne sera pas mis en service avant l'été 2026.",
            "Les riverains de l'avenue Carnot devront s'armer de patience.",
            "les canalisations ne se trouvaient pas à l'endroit indiqué par les plans",
            "Les archéologues ont mené des fouilles pendant sept semaines avant que le chantier puisse reprendre.",
            "L'agglomération dit étudier la demande et promet une réponse avant la fin du mois.",
            "les bus de la ligne 7 continuent d'emprunter l'itinéraire de déviation par le boulevard Pasteur.",
            "Une nouvelle réunion publique est prévue en janvier pour faire le point sur l'avancement des travaux.",
        ],
        "absent": [
            "Il vous reste 2 articles gratuits ce mois-ci.",
            "Cet article est réservé aux abonnés",
            "puis 9,99 € par mois, sans engagement",
            "le journal livré chez vous chaque matin",
            "nous et nos partenaires utilisons des cookies ou technologies similaires",
            "Six mois de plus de bouchons et de poussière, merci pour les commerçants du centre.",
            "Le marché couvert rouvre ses portes après deux ans de travaux",
            "Recevez chaque jour à 7 heures l'essentiel de l'actualité des Trois Vallées.",
            "© Le Courrier des Trois Vallées 2024 – Tous droits réservés.",
        ],
    },
    "embalse-sequia-es.html": {
        "title": "El embalse de Peñarrubia cae al 17% y Valdemora decreta cortes nocturnos de agua",
        "author": "Lucía Ferrándiz Ochoa",
        "breaking_label": "Última hora",
        "headings": [
            "El Ayuntamiento aprueba restricciones de suministro entre la medianoche y las seis de la mañana a partir del lunes",
            "Cortes de seis horas cada noche",
            "Las fugas, el otro problema",
            "Multas por riego",
        ],
        "present": [
            "El Ayuntamiento de Valdemora aprobó este martes en pleno extraordinario un decreto de sequía",
            "el nivel más bajo registrado desde que se inauguró la presa en 1979.",
            "Los hospitales, las residencias de mayores y el polígono industrial de Los Almendros quedan exentos",
            "La oposición votó a favor del decreto, aunque criticó que el equipo de gobierno no hubiera adoptado medidas antes.",
            "cerca del 24% del agua que sale de la potabilizadora se pierde por fugas antes de llegar a los hogares.",
            "Las sanciones oscilarán entre los 150 y los 1.500 euros",
            "donde el consumo por vivienda triplica la media de la ciudad durante los meses de verano.",
        ],
        "absent": [
            "Te quedan 2 artículos gratis este mes.",
            "Sigue leyendo con tu suscripción Premium",
            "Primer mes por 1 €, después 7,99 €/mes",
            "¿Ya eres suscriptor?",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios",
            "Llevamos años avisando de las fugas y nadie hizo nada hasta ahora.",
            "Estabilizado el incendio de la sierra de Albarda tras dos días de trabajo",
            "Recibe cada mañana en tu correo las noticias más importantes de Valdemora y su comarca.",
            "© Ediciones del Alto Valdemora S.L. 2024. Todos los derechos reservados.",
        ],
    },
    "lota-pescadores-pt.html": {
        "title": "Pescadores de Vila Nova da Ribeira contestam taxas da nova lota",
        "author": "Lusa",
        "headings": [
            None,
            "Armadores falam em “golpe final”",
            "Câmara admite rever valores",
            "Período de adaptação",
        ],
        "present": [
            "Associação de armadores diz que as novas taxas de utilização da lota podem levar ao abate de pequenas embarcações.",
            "Em causa está a taxa de primeira venda, que passa de 2% para 3,5% do valor do pescado transacionado",
            "a frota local conta atualmente com 46 embarcações, menos de metade das que operavam no porto há vinte anos",
            "lembrou que a nova lota custou 4,7 milhões de euros",
            "Entre as hipóteses em estudo está a criação de um escalão reduzido para embarcações com menos de nove metros",
            "A proposta será entregue por escrito à câmara municipal até ao final da semana, adiantou Abílio Canastra.",
        ],
        "absent": [
            "Já leu 4 dos 5 artigos gratuitos deste mês.",
            "Continue a ler com a Gazeta Digital",
            "depois 5,99 € por mês",
            "Utilizamos cookies para garantir o funcionamento do site",
            "Gastaram milhões num edifício e agora querem que sejam os pescadores a pagar a conta.",
            "Nova lota de Vila Nova da Ribeira inaugurada com a presença do ministro",
            "Ponte do Areal fechada ao trânsito durante duas semanas",
            "Receba todas as manhãs as notícias da sua região no seu email.",
            "© 2024 Gazeta da Ribeira Alta – Edições Ribeirinhas, Lda.",
        ],
    },
    "intervista-ospedale-it.html": {
        "title": "«Il pronto soccorso di Lorvenza non chiuderà»: parla la direttrice Ferraresi",
        "author": "Chiara Bellandi",
        "headings": [
            None,
            "Direttrice, il pronto soccorso di Lorvenza rischia di chiudere?",
            "I sindaci parlano di un ospedale di serie B. Cosa risponde?",
            "Perché non assumere altri medici?",
            "Le proteste cambieranno qualcosa?",
            "Cosa si sente di dire ai cittadini che hanno firmato la petizione?",
        ],
        "present": [
            "la direttrice generale dell'Azienda sanitaria del Lago risponde ai cittadini e ai sindaci della sponda orientale.",
            "Da tre settimane il presidio davanti all'ospedale di Lorvenza raccoglie firme contro la riduzione del personale medico",
            "Il pronto soccorso resterà aperto ventiquattro ore su ventiquattro.",
            "Negli ultimi dodici mesi abbiamo pubblicato quattro bandi per medici di emergenza",
            "che da febbraio sarà aperto anche il sabato",
            "porterò i dati, uno per uno, e risponderò a tutte le domande.",
        ],
        "absent": [
            "Hai letto 3 dei 5 articoli gratuiti di questo mese.",
            "Questo articolo è riservato agli abbonati Premium",
            "1 euro per i primi 3 mesi, poi 6,99 euro al mese.",
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili",
            "Sei pazienti a notte sono sei persone, non numeri.",
            "Frana sulla strada provinciale del lago, traffico deviato per una settimana",
            "Ogni mattina alle 7 le notizie del territorio nella tua casella di posta.",
            "© 2024 Editoriale Lago Orientale S.r.l.",
            "con il tuo account da abbonato",
        ],
    },
    "otobus-hatlari-tr.html": {
        "title": "Yeşilkaya'da 14 otobüs hattı kaldırılıyor, yeni ring seferleri başlıyor",
        "author": "Mert Yıldızhan",
        "breaking_label": "Son dakika",
        "headings": [
            "Yeşilkaya Belediyesi, toplu ulaşımda 14 hattı kaldırarak yerine aktarmalı ring seferleri getirme kararı aldı. Yeni düzenleme 1 Ekim'de yürürlüğe girecek.",
            "Hangi hatlar kaldırılıyor?",
            "Belediye: Aktarmalar ücretsiz olacak",
            "Öğrenciler için ek seferler",
        ],
        "present": [
            "Yeşilkaya Belediye Meclisi, dün akşam yapılan olağanüstü toplantıda kentin toplu ulaşım ağını",
            "Belediye, bu sayede ortalama bekleme süresinin 22 dakikadan 12 dakikaya düşeceğini açıkladı.",
            "Kocatepe ile sanayi sitesi arasında çalışan ekspres seferler de yer alıyor.",
            "Meclis üyesi Serap Gündoğdu, özellikle yaşlı vatandaşların aktarma yapmakta zorlanacağını belirterek",
            "90 dakika içinde yapılan aktarmaların ücretsiz olacağını hatırlattı.",
            "üniversite kampüsüne giden ring hattında sefer sıklığı 6 dakikaya indirilecek.",
            "Vatandaşlar, yeni düzenlemeyle ilgili soru ve önerilerini Beyaz Masa hattı üzerinden belediyeye iletebilecek.",
        ],
        "absent": [
            "Bu ay 5 ücretsiz haberden 3'ünü okudunuz.",
            "Bu haberin devamı Ekspres+ abonelerine özel",
            "İlk ay 9,90 TL, sonrasında aylık 49,90 TL",
            "Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır.",
            "Kocatepe'den sanayiye giden ekspres kalkarsa işe nasıl gideceğiz",
            "Yeşilkaya'da 120 durağa akıllı ekran yerleştirildi",
            "Kıyı yolu asfalt çalışması nedeniyle üç gün trafiğe kapalı",
            "Günün öne çıkan Yeşilkaya haberleri her akşam e-posta kutunuzda.",
            "Copyright © 2024 Ege Ekspres Gazetecilik A.Ş. Tüm hakları saklıdır.",
        ],
    },
    "windkraft-akten-de.html": {
        "title": "Die Energiewende scheitert nicht am Wind, sondern an den Akten",
        "author": "Mette Kjærgaard-Holm",
        "headings": [
            None,
            "Zuständig sind alle, verantwortlich ist niemand",
            "Was Dänemark anders macht",
        ],
        "present": [
            "Wer in Deutschland ein Windrad bauen will, braucht für die Genehmigung oft länger als für den Bau.",
            "Darin lagen 41 Stellungnahmen von Behörden, Verbänden und Gemeinden, alle zu einem einzigen Windpark mit sechs Anlagen.",
            "Der Unterschied liegt nicht in der Technik und auch nicht in der Haltung der Bevölkerung",
            "eingereicht. Das Problem ist nicht der Widerstand vor Ort, sondern die Stille in den Amtsstuben.",
            "Die Bürgerenergiegenossenschaft, die den Park betreiben will, hat inzwischen mehr als 900 Mitglieder.",
            "In Dänemark bündelt eine einzige Behörde die Verfahren für größere Anlagen.",
            "Bis dahin bleibt der Aktenordner in Ostermoor das ehrlichste Denkmal der deutschen Energiewende.",
        ],
        "absent": [
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren",
            "Jetzt Kurier+ testen – 4 Wochen für 1 Euro",
            "Gastbeitrag: Genehmigungsstau bei der Windkraft",
            "Mette Kjærgaard-Holm ist Energieökonomin und lehrt an der Universität Aalbæk.",
            "Die wichtigsten Nachrichten vom Niederrhein jeden Morgen um 6 Uhr kostenlos in Ihrem Postfach.",
            "Solarpflicht für Neubauten: Was Hausbesitzer jetzt wissen müssen",
            "Die Verwaltung will zunächst ein weiteres Gutachten zum Vogelzug abwarten.",
            "Bei uns im Dorf war es genauso, nur dass am Ende der Investor aufgegeben hat.",
            "Stadtwerke Lindenau erhöhen die Fernwärmepreise um ein Drittel",
            "Rheinischer Kurier Verlagsgesellschaft mbH & Co. KG. Alle Rechte vorbehalten.",
        ],
    },
    "river-swimming-en.html": {
        "title": "Our rivers are cleaner than ever. So why can't anyone swim in them?",
        "author": "Inés Barrantes Olmo",
        "headings": [
            "Decades of investment have cleaned up the Vell and the Ansley. The rules that keep people out of the water have not kept up.",
            "A cleanup nobody celebrated",
            "The swimmers are already there",
        ],
        "present": [
            "Every summer, on the first hot weekend of the year, the same scene plays out at Hallam Bridge.",
            "The sign he points to was put up in 1971, when the Vell carried the waste of three tanneries and a paper mill.",
            "Since 1995, the regional water authority has spent close to £900 million on sewage treatment",
            "with clear signs and seasonal testing. We have spent a generation making the water safe",
            "The Vell Wild Swimmers club now counts more than 600 members, most of whom swim at their own risk before work.",
            "The council's answer has always been the same: it cannot promise the water is safe every day.",
            "It is time to take the old sign down and let the river belong to the people who paid to clean it.",
        ],
        "absent": [
            "We and our partners use cookies to improve your experience, measure audiences and show you relevant advertising.",
            "Subscribe for $1 a week",
            "is a hydrologist and writer based in Northgate",
            "Her book on urban rivers, Running Under the City, is out next spring.",
            "Get the week's sharpest arguments from our columnists and guest writers, delivered every Sunday.",
            "Northgate tram extension delayed again as costs rise by a third",
            "Ansley Rowing Club celebrates its centenary with a night regatta",
            "Our parks close at dusk. In a heat wave, that makes no sense",
            "Evening is when the city's parks are most needed, and when they are locked.",
            "© 2024 Northgate Ledger Media Ltd. All rights reserved.",
        ],
    },
    "desalination-water-ar.html": {
        "title": "محطات التحلية وحدها لن تروي مدينة الندى",
        "author": "سلمى الخطيب",
        "headings": [
            None,
            "ثلث المياه لا يصل",
            "ما الذي يمكن فعله الآن",
        ],
        "present": [
            "تنفق البلديات الساحلية مليارات على محطات تحلية المياه، بينما يضيع ثلث المياه في شبكات متهالكة قبل أن يصل إلى البيوت.",
            "جاء رد المجلس البلدي سريعا: محطة تحلية جديدة على الشاطئ الشمالي بتكلفة تتجاوز أربعمئة مليون دولار.",
            "وهذا يعني أن المدينة تنتج الماء مرتين لتحصل عليه مرة واحدة.",
            "عاما بعد عام. لكن كل لتر نوفره في الشبكة أرخص من أي لتر نستخرجه من البحر.",
            "انتشرت مقاطع مصورة كهذا على نطاق واسع خلال الأزمة",
            "أولا، نشر بيانات الفاقد لكل حي بشكل شهري، حتى يعرف السكان أين تذهب المياه.",
            "إن المدينة التي لا تعرف أين يضيع ماؤها لن ترويها أي محطة، مهما كانت كبيرة.",
        ],
        "absent": [
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة الزوار على موقعنا.",
            "سلمى الخطيب مهندسة مدنية متخصصة في إدارة الموارد المائية",
            "خبراء: موسم الأمطار المقبل قد يكون الأضعف منذ عقدين",
            "المجلس البلدي يناقش رفع تعرفة المياه مطلع العام المقبل",
            "ارتفاع أسعار الخبز في أسواق المدينة للمرة الثانية هذا العام",
            "نادي الندى يبلغ نهائي الكأس بعد غياب تسع سنوات",
            "اشترك في النشرة اليومية لتصلك أبرز مقالات الرأي كل صباح",
            "© 2024 جميع الحقوق محفوظة لشركة الشرفة للنشر والإعلام",
        ],
    },
    "gares-montagne-fr.html": {
        "title": "Les petites gares de montagne ne meurent pas, on les laisse mourir",
        "author": "Lorenzo Baldessari",
        "headings": [
            None,
            "Un cercle vicieux bien connu",
            "Ce que coûterait une relance",
        ],
        "present": [
            "Dans la vallée de la Sarvène, trois haltes ferroviaires ont fermé en dix ans.",
            "Pour les quarante élèves du collège de Villards-sur-Sarvène, la journée commence désormais par vingt minutes de car.",
            "À chaque fois, la fréquentation a baissé l’année suivante, ce qui a justifié la réduction suivante.",
            "un élu a résumé la situation d’une phrase que je n’ai pas oubliée. On ne ferme pas une gare parce qu’elle est vide",
            "Ailleurs dans les Alpes, des vallées comparables ont fait le choix inverse.",
            "Rouvrir les trois haltes et proposer un train toutes les heures coûterait environ 4 millions d’euros par an",
            "c’est précisément pour cela qu’il faut agir avant le prochain changement d’horaire.",
        ],
        "absent": [
            "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires",
            "Transports scolaires : les départements face à la pénurie de chauffeurs de car",
            "Lorenzo Baldessari est urbaniste et enseigne l’aménagement des territoires de montagne",
            "Mon fils met maintenant une heure pour aller au lycée. Merci pour cette tribune.",
            "Recevez chaque matin l’essentiel de l’actualité des vallées alpines",
            "Avalanche au col du Merlet : deux randonneurs secourus par hélicoptère",
            "La station des Orris annonce une fermeture anticipée faute de neige",
            "© 2024 L’Écho des Cimes – Tous droits réservés – Reproduction interdite",
        ],
    },
    "sequia-embalse-es.html": {
        "title": "La sequía no es solo cosa del cielo",
        "author": "Ana Ruiz Castell y Tomás Vidal Ferrer",
        "headings": [
            None,
            "Más regadío con menos agua",
            "Qué se puede hacer",
        ],
        "present": [
            "El embalse de Olmedal está al 14% de su capacidad.",
            "Las precipitaciones de los últimos tres inviernos han estado un 40% por debajo de la media",
            "Buena parte de esa expansión se autorizó en años húmedos, como si la abundancia fuera a durar para siempre.",
            "Lo que discutimos es la manera de repartir un recurso que siempre ha sido escaso. Hemos planificado el agua",
            "Las imágenes del campanario se han compartido miles de veces en redes sociales.",
            "La primera medida es revisar las concesiones que superan el agua realmente disponible en un año medio",
            "la próxima vez que asome el campanario ya no podremos decir que nos pilló por sorpresa.",
        ],
        "absent": [
            "Tu privacidad es importante para nosotros",
            "Utilizamos cookies propias y de terceros para analizar nuestros servicios",
            "Ambos investigan la gestión del agua en el Instituto de Estudios del Territorio de Albarda.",
            "Suscríbete a nuestro boletín y recibe cada mañana las claves del día",
            "Los agricultores de la sierra piden ayudas urgentes por la pérdida de la cosecha",
            "Las organizaciones agrarias calculan daños superiores a los 30 millones de euros.",
            "Valdecruces cumple cien días abastecido por camiones cisterna",
            "El Ayuntamiento de Valdecruces aprueba el presupuesto más alto de su historia",
            "© 2024 Ediciones Vértice S.L. Todos los derechos reservados.",
        ],
    },
    "rio-corvo-pt.html": {
        "title": "A cidade que virou as costas ao rio",
        "author": "Rui Calado Mendes",
        "headings": [
            None,
            "Uma água que mudou, uma cidade que não",
            "O que outras cidades fizeram",
        ],
        "present": [
            "Durante décadas, Vale de Corvaria tratou o rio Corvo como um esgoto a céu aberto.",
            "ergue-se um muro de armazéns, parques de estacionamento e uma via rápida construída nos anos oitenta.",
            "O problema é que a cidade continua organizada como se nada tivesse mudado. Limpámos o rio",
            "A associação Amigos do Rio Corvo tem documentado estes regressos com uma paciência admirável.",
            "Vale de Corvaria tem agora uma oportunidade rara: a concessão dos armazéns municipais termina em 2026.",
            "A câmara pode renovar os contratos por mais vinte anos ou pode devolver aqueles três hectares à população.",
            "Se a deixarmos passar, os nossos netos vão continuar a chegar à cidade sem saber que ela tem um rio.",
        ],
        "absent": [
            "Este site utiliza cookies para melhorar a sua experiência de navegação e para fins estatísticos.",
            "Jornal regional independente desde 1931",
            "Festival de Verão do Corvo anuncia cartaz com vinte concertos gratuitos",
            "Os concertos vão decorrer no parque da cidade entre julho e setembro.",
            "Ciclovia ribeirinha adiada pela terceira vez",
            "é arquiteto paisagista e coordena o mestrado em Planeamento Urbano",
            "O seu endereço de email não será publicado.",
            "Câmara de Vale de Corvaria aprova novo regulamento de esplanadas",
            "Receba todas as manhãs as principais notícias da região no seu email.",
            "© 2024 Gazeta do Corvo. Todos os direitos reservados.",
        ],
    },
    "borghi-turismo-it.html": {
        "title": "Il borgo più bello d’Italia ormai non ha più abitanti",
        "author": "Katrin Oberhauser",
        "headings": [
            None,
            "Una cartolina da abitare",
            "Che cosa si potrebbe fare",
        ],
        "present": [
            "Castelfiorito ha vinto premi, riempito pagine di riviste e milioni di schermi.",
            "Il borgo ha 212 residenti ufficiali, ma chi ci passa l’inverno racconta che le finestre illuminate sono poche decine.",
            "i cavi elettrici interrati. Abbiamo salvato le pietre e perso le persone che le abitavano.",
            "Video come questo raccolgono milioni di visualizzazioni.",
            "Non sono misure miracolose, ma hanno rallentato lo spopolamento.",
            "Una classe riaperta vale più di qualunque premio, perché costringe un paese a pensare al proprio futuro",
            "ma prima o poi smette di essere un paese e diventa soltanto un fondale.",
        ],
        "absent": [
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti",
            "Case a un euro nei borghi: il bilancio dopo cinque anni di annunci",
            "vive tra il Tirolo e l’Appennino e si occupa da anni di spopolamento delle aree interne",
            "Sono nata a Castelfiorito e adesso ci torno solo per il cimitero.",
            "Iscriviti alla newsletter per ricevere ogni venerdì le migliori storie dei nostri territori.",
            "Maltempo, chiusa la strada provinciale per Montesecco dopo una frana",
            "I vigili del fuoco hanno evacuato due case; riapertura prevista non prima di lunedì.",
            "Ospedale di Valmora, il pronto soccorso chiude di notte per carenza di medici",
            "© 2024 Editoriale Colli S.r.l. - P.IVA 01234567890 - Tutti i diritti riservati",
        ],
    },
    "ulasim-zammi-tr.html": {
        "title": "Toplu taşıma zammı aslında kimin cebinden çıkıyor?",
        "author": "Elif Sarıkaya",
        "headings": [
            "Karaçamlı Belediyesi otobüs ve tramvay ücretlerine yüzde 45 zam yaptı. Bu kararın faturası, en çok toplu taşımaya mecbur olanlara kesiliyor.",
            "Aktarma yapanlar iki kez ödüyor",
            "Başka şehirler ne yapıyor?",
        ],
        "present": [
            "Geçen pazartesi sabahı Çınarlı durağında otobüs beklerken yanımdaki kadın kartına bakıp iç geçirdi.",
            "Bu maliyetlerin arttığı doğru, ancak asıl soru bu yükün kime ve nasıl paylaştırıldığı.",
            "Belediyenin kendi yolcu verilerine göre sabah yolculuklarının yüzde 38'i en az bir aktarma içeriyor.",
            "Aktarma indirimi ise yeni tarifeyle birlikte kaldırıldı. Toplu taşıma ne kadar pahalılaşırsa",
            "Yolcu derneğinin paylaşımı kısa sürede binlerce kez yeniden paylaşıldı.",
            "Öğrenciler, emekliler ve düşük gelirli çalışanlar aylık sabit bir ücretle sınırsız yolculuk yapabiliyor.",
            "Ulaşım bir lüks değil, çalışmanın ön koşulu; fiyatı da buna göre belirlenmeli.",
        ],
        "absent": [
            "Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır.",
            "Belediye meclisinde ulaşım zammı tartışması sert geçti",
            "Elif Sarıkaya, şehir plancısıdır ve ulaşım politikaları üzerine çalışmaktadır.",
            "Bisiklet yolları neden boş kalıyor?",
            "Ben de her gün iki aktarma yapıyorum, maaşın onda biri yola gidiyor artık.",
            "Karaçamlı'da doğalgaz kesintisi üç mahalleyi etkileyecek",
            "Karaçamlıspor deplasmanda son dakika golüyle kazandı",
            "Günün öne çıkan haberlerini her sabah e-posta kutunuza gönderelim.",
            "© 2024 Kuzey Postası Gazetecilik ve Yayıncılık A.Ş. Tüm hakları saklıdır.",
        ],
    },
    "lindenau-brakefeld-de.html": {
        "title": "Lindenau dreht das Spiel nach der Pause und klettert auf Rang drei",
        "author": "Jonas Wetterich",
        "headings": [
            None,
            "Frühe Führung für die Gäste",
            "Doppelschlag nach dem Seitenwechsel",
            "Stimmen zum Spiel",
        ],
        "present": [
            "Der SV Lindenau hat Eintracht Brakefeld nach einem Rückstand zur Pause noch mit 3:1 besiegt.",
            "Lange sah es am Samstagnachmittag im Auenstadion nicht nach einem Heimsieg aus.",
            "In der 23. Minute spielte Lukas Kallweit einen Doppelpass mit Jannik Fromm",
            "Trainer Sven Hollerbach reagierte zur Pause, brachte mit Deniz Demirci einen zweiten Stürmer",
            "Im Gegenzug machte Demirci mit einem Konter zum 3:1 alles klar.",
            "Brakefelds Coach Ralf Hollmann haderte mit der Phase nach der Pause",
            "Lindenau tritt am Freitag beim Tabellenführer FC Weißenstein an, Brakefeld empfängt die Reserve des VfR Osterholz.",
        ],
        "absent": [
            "Wir und unsere 143 Partner verwenden Cookies und ähnliche Technologien",
            "Zum Liveticker: Alle Szenen der Partie zum Nachlesen",
            "Jetzt wetten bei Tippwerk – Neukunden-Bonus bis 100 €",
            "18+ | Glücksspiel kann süchtig machen. Hilfe und Beratung unter",
            "Video: Oberreuters Doppelpack und alle Highlights im Clip",
            "Tabelle 2. Liga Süd nach dem 24. Spieltag",
            "Trainerbeben in Brakefeld? Vorstand berät am Montag über Zukunft von Hollmann",
            "Jeden Morgen alle Ergebnisse aus der Region in Ihrem Postfach",
            "Der Spitzenreiter gewinnt souverän in Kirchhelden",
            "© 2025 Rheintal Sportbote Mediengruppe GmbH. Alle Rechte vorbehalten.",
        ],
    },
    "rovers-kestrel-draw-en.html": {
        "title": "Northfield Rovers and Kestrel Town share the spoils in four-goal thriller",
        "author": "Hannah Okafor and Dev Mistry",
        "headings": [
            None,
            "Ashby sets the tone",
            "Substitutes turn the tide",
            "What the managers said",
            "What's next",
        ],
        "present": [
            "Two goals in the final ten minutes rescued a point for Kestrel Town at Brookside Park",
            "For eighty minutes this looked like the afternoon Northfield Rovers finally put their dismal home form behind them.",
            "It was the striker's ninth league goal of the season and his first at Brookside Park since October.",
            "Ashby doubled the lead ten minutes after the restart from the penalty spot",
            "Seven minutes later Nwosu pounced on a loose ball inside the six-yard box",
            "Rovers boss Neil Hartigan did not hide his frustration.",
            "Rovers travel to Haddon Vale on Tuesday night, while Kestrel host league leaders Morlington Athletic next Saturday.",
        ],
        "absent": [
            "We and our partners use cookies to personalise content and ads",
            "Live ticker: Relive every moment from Brookside Park",
            "Bet £10 Get £30 in Free Bets with BetHarbour",
            "18+ only. New customers. T&Cs apply.",
            "WATCH: Verhoeven's stunning free-kick and all the best bits from Brookside Park",
            "Same old Rovers. Two up at home and we still manage to throw it away",
            "Hartigan under pressure as Rovers board weighs January options",
            "Championship North table after 31 matches",
            "Get the Touchline Daily briefing in your inbox every weekday morning.",
            "© 2025 Touchline Media Ltd. All rights reserved.",
        ],
    },
    "wahat-sahel-ar.html": {
        "title": "الواحة يتخطى الساحل بثنائية نظيفة ويعزز صدارة الدوري",
        "author": "سامر الحداد",
        "headings": [
            None,
            "شوط أول حذر",
            "ركلة جزاء تحسم الموقف",
            "تصريحات المدربين",
        ],
        "present": [
            "حقق نادي الواحة فوزا ثمينا على ضيفه اتحاد الساحل بهدفين دون رد",
            "ودخل الفريقان المباراة بحذر واضح أمام نحو عشرين ألف متفرج ملأوا مدرجات ملعب النخيل",
            "ونجح الواحة في افتتاح التسجيل في الدقيقة 38 عندما استغل لاعب الوسط مازن العبيدي كرة مرتدة",
            "وفي الشوط الثاني ضغط الساحل بحثا عن التعادل، وأهدر مهاجمه البديل كريم بن عيسى فرصة مؤكدة",
            "لكن حارس الواحة طارق المنصوري تألق في التصدي لرأسية قريبة في الوقت بدل الضائع.",
            "من جهته، اعتبر مدرب الساحل حسان بوزيد أن ركلة الجزاء غيرت مجرى اللقاء",
            "ويلتقي الواحة في الجولة المقبلة مع نادي الرمال خارج أرضه، بينما يستضيف اتحاد الساحل فريق النجمة الأسبوع المقبل.",
        ],
        "absent": [
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا",
            "اتحاد الكرة يحدد موعد قرعة دور الثمانية من الكأس",
            "تابع التغطية المباشرة لحظة بلحظة",
            "سجل الآن واحصل على مكافأة ترحيبية",
            "+18 للبالغين فقط. المراهنة قد تسبب الإدمان، العب بمسؤولية.",
            "شاهد ملخص وأهداف مباراة الواحة والساحل بجودة عالية",
            "صحفي رياضي متخصص في تغطية الدوري الممتاز منذ عام 2012",
            "غيابات بالجملة تضرب اتحاد الساحل قبل مواجهة المتصدر",
            "اشترك في نشرتنا اليومية لتصلك أهم الأخبار والنتائج الرياضية",
            "جميع الحقوق محفوظة © 2025 الملعب اليوم للإعلام الرياضي",
        ],
    },
    "villemarne-port-sauveur-fr.html": {
        "title": "Port-Sauveur s’impose à Villemarne au bout du suspense et relance la course à l’Europe",
        "author": "Claire Dumontet",
        "headings": [
            None,
            "Une première période fermée",
            "Le coup de génie de Lefaucheux",
            "Villemarne paie son manque de réalisme",
        ],
        "present": [
            "Dominé pendant une heure, l’Olympique de Port-Sauveur a arraché la victoire (0-1) sur la pelouse de l’AS Villemarne",
            "Portés par un Yanis Belkadi omniprésent au milieu, les joueurs de Thierry Rouvière ont confisqué le ballon",
            "La seule véritable occasion de la première période est venue d’une frappe croisée de Kevin Morand",
            "Après la pause, le scénario n’a guère changé jusqu’à cette faute de Morand sur Lefaucheux, aux abords de la surface.",
            "Villemarne a ensuite jeté toutes ses forces dans la bataille, sans parvenir à tromper un Saint-Cyr impérial",
            "l’entraîneur portuaire Jean-Marc Quéré savourait un succès",
            "Villemarne, septième, se déplacera à Saint-Aubin-des-Landes, tandis que Port-Sauveur recevra le leader montbrunois.",
        ],
        "absent": [
            "nos partenaires et nous utilisons des cookies ou technologies similaires",
            "Revivez le match en direct commenté minute par minute",
            "Yanis Belkadi prolonge jusqu’en 2028 et rêve de sélection",
            "offerts en paris gratuits pour votre premier pari",
            "Interdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance.",
            "VIDÉO. Le coup franc somptueux de Lefaucheux et le résumé complet de la rencontre",
            "Montbrun égale le record d’invincibilité du championnat",
            "Recevez chaque soir l’essentiel des résultats et des transferts",
            "© 2025 Le Courrier du Stade – Tous droits réservés.",
        ],
    },
    "remontada-copa-valdeluna-es.html": {
        "title": "El Valdeluna remonta ante el Almenara y se cuela en las semifinales de Copa",
        "author": "Lucía Ferrándiz y Óscar Benavente",
        "breaking_label": "Última hora",
        "headings": [
            "Dos goles de Ibarburu y un cabezazo de Sanjurjo en el minuto 89 completan una remontada que parecía imposible tras el 0-2 de la primera media hora",
            "Un primer tiempo para olvidar",
            "La reacción de Ibarburu",
            "Lo que dijeron los entrenadores",
        ],
        "present": [
            "Nadie en El Pinar se habría atrevido a apostar por el Valdeluna a la media hora de partido.",
            "Rubén Prats adelantó a los visitantes en el minuto 9 con un disparo cruzado",
            "El técnico local, Ernesto Galdós, se desesperaba en la banda",
            "Tras el descanso, Galdós dio entrada a Mikel Ibarburu y el partido cambió por completo.",
            "el central Iago Sanjurjo cabeceó a la red un saque de esquina en el minuto 89",
            "El entrenador del Almenara, Fermín Ochandiano, lamentó la falta de experiencia de su plantilla",
            "El sorteo de las semifinales se celebrará el próximo lunes y el Valdeluna podría medirse al vigente campeón.",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios",
            "Sigue el minuto a minuto: así vivimos el partido en directo",
            "Apuesta ya en ApuestaSol y llévate hasta 200 € de bono",
            "+18. Juega con responsabilidad. Jugar sin control puede causar adicción.",
            "Vídeo: resumen y goles de la remontada del Valdeluna ante el Almenara",
            "Sorteo de semifinales de Copa: fecha, horario y posibles emparejamientos",
            "El base del Serranía estará tres meses de baja por una rotura de fibras",
            "Suscríbete y recibe cada mañana las claves de la jornada deportiva en tu correo.",
            "© Ediciones Meridiano S.L. 2025. Todos los derechos reservados.",
        ],
    },
    "vilar-seco-taca-penaltis-pt.html": {
        "title": "Vilar Seco elimina Ribeira nos penáltis e segue para as meias-finais da Taça",
        "author": "Lusa",
        "headings": [
            None,
            "Guarda-redes herói do desempate",
            "Reações",
        ],
        "present": [
            "O Académico de Vilar Seco apurou-se hoje para as meias-finais da Taça Regional",
            "Tiago Mourão inaugurou o marcador aos 34 minutos, ao aproveitar uma defesa incompleta do guarda-redes Rui Canelas",
            "No prolongamento, as duas formações acusaram o cansaço e as oportunidades rarearam",
            "o guarda-redes Nuno Valadares defendeu os remates de Baptista e de Gonçalo Reis",
            "Pelo Académico falhou apenas Anjos, cujo remate saiu por cima da barra",
            "O treinador do Vilar Seco, Joaquim Pestana, elogiou a entrega dos jogadores",
            "As meias-finais da Taça Regional disputam-se a duas mãos, em abril, e o sorteio está marcado para a próxima sexta-feira.",
        ],
        "absent": [
            "Este site utiliza cookies para melhorar a sua experiência de navegação",
            "Acompanhe o relato do jogo ao minuto",
            "Registe-se na GolBet e receba uma aposta grátis de 10€",
            "+18. Jogue com responsabilidade. O jogo pode causar dependência.",
            "Taça Regional: Ribeira e Vilar Seco reeditam a final de há dez anos",
            "Veja o resumo e o desempate por penáltis do Vilar Seco-Ribeira",
            "União Serrana goleia e garante presença nas meias-finais",
            "Os comentários estão disponíveis apenas para assinantes.",
            "Receba todos os dias, ao fim da tarde, os resultados e as notícias mais importantes",
            "© 2025 Jornal da Bancada, Edições Regionais, Lda. Todos os direitos reservados.",
        ],
    },
    "derby-laguna-borgoverde-it.html": {
        "title": "Doppietta di Testa, il Borgoverde si prende il derby della Laguna",
        "author": "Marco Valentini",
        "headings": [
            None,
            "La cronaca",
            "Il raddoppio su rigore",
            "Le parole dei tecnici",
        ],
        "present": [
            "Il centravanti decide la sfida con la Pieve Marina con un gol per tempo",
            "il Borgoverde ha superato la Pieve Marina al termine di una gara intensa e a tratti nervosa.",
            "La Pieve risponde con una punizione di Elia Donà che si stampa sulla traversa.",
            "Al 31' arriva il vantaggio: cross dalla destra di Fabio Sartor e colpo di testa vincente di Alessio Testa",
            "Nella ripresa la Pieve alza il baricentro e per venti minuti mette in difficoltà la retroguardia di casa",
            "il difensore ospite Matteo Zanin rimedia il secondo giallo all'84' per una trattenuta su Sartor.",
            "Domenica prossima il Borgoverde sarà ospite del Valdirose, mentre la Pieve Marina riceverà la Polisportiva Ca' Nova.",
        ],
        "absent": [
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili",
            "Rivivi la diretta testuale del derby minuto per minuto",
            "Pieve Marina, il presidente Scarpa conferma la fiducia a Donadel",
            "Registrati su QuotaBet: bonus benvenuto fino a 50 euro",
            "Il gioco è vietato ai minori di 18 anni e può causare dipendenza patologica.",
            "Gli highlights del derby: la doppietta di Testa e le occasioni della Pieve",
            "Giornalista pubblicista, segue il calcio dilettantistico veneto dal 2009",
            "Finalmente un derby giocato con grinta dal primo all'ultimo minuto",
            "Il Valdirose espugna Ca' Nova e si rilancia in zona playoff",
            "© 2025 Il Tifoso Lagunare. Tutti i diritti riservati.",
        ],
    },
    "karadere-yalikavak-derbi-tr.html": {
        "title": "Karadere Spor, Yalıkavak deplasmanından 90+2'de gelen golle 3 puanla döndü",
        "author": "Emre Taşdelen",
        "breaking_label": "Son Dakika",
        "headings": [
            "Ege Ligi'nin 22. haftasında Karadere Spor, uzatma dakikalarında Burak Aksoy'un attığı golle Yalıkavak Gençlik'i deplasmanda 3-2 mağlup etti.",
            "İlk yarıda gol düellosu",
            "Uzatmada gelen zafer",
            "Teknik direktörlerin açıklamaları",
        ],
        "present": [
            "Yalıkavak Şehir Stadı'nda oynanan karşılaşmaya iki takım da hücum futboluyla başladı",
            "Karadere Spor, 14. dakikada Burak Aksoy'un ceza sahası dışından yaptığı sert vuruşla öne geçti.",
            "Devre arasına önde giren Yalıkavak Gençlik, soyunma odasına tribünlerin alkışları eşliğinde gitti.",
            "63. dakikada Serkan Durmaz'ın kafa golüyle skoru 2-2'ye getirdi.",
            "Aksoy, 90+2. dakikada takımına galibiyeti getiren golü kaydetti.",
            "Hakan Sezer ise ikinci yarıda oyundan koptuklarını belirterek taraftarlardan özür diledi.",
            "Puanını 41'e yükselten Karadere Spor, gelecek hafta sahasında lider Bozdağ Belediyespor'u ağırlayacak.",
        ],
        "absent": [
            "Sitemizde deneyiminizi iyileştirmek ve size özel reklamlar sunmak için çerezler kullanılmaktadır.",
            "Maçın canlı anlatımı için tıklayın",
            "Kuponunu hemen oluştur, ilk üyeliğe özel bonus kazan",
            "18 yaşından küçüklerin bahis oynaması yasaktır.",
            "Burak Aksoy'a Süper Lig'den iki talip: Karadere Spor kapıyı kapattı",
            "Yalıkavak Gençlik 2-3 Karadere Spor maç özeti ve tüm goller (VİDEO)",
            "Aksoy bu sezon ligin en iyisi, hocam sakın satmayın bu çocuğu!",
            "Bozdağ Belediyespor yenilmezlik serisini 15 maça çıkardı",
            "Günün en önemli spor haberleri her akşam e-posta kutunuza gelsin.",
            "Copyright © 2025 Tribün Haber - Tüm hakları saklıdır.",
        ],
    },
    "kessler-gewinnwarnung-de.html": {
        "title": "Gewinnwarnung schickt Kessler-Aktie auf Talfahrt",
        "author": "Martina Oberholzer",
        "headings": [
            None,
            "Schwache Nachfrage aus der Windindustrie",
            "Analysten senken Kursziele",
            "Wie es weitergeht",
        ],
        "present": [
            "Der Antriebsspezialist aus Aldenbrück senkt überraschend seine Jahresprognose.",
            "Seit Jahresbeginn hat die Aktie nun fast ein Viertel ihres Wertes eingebüßt.",
            "Im ersten Quartal sank der Auftragseingang im Vergleich zum Vorjahr um 14 Prozent auf 331 Millionen Euro.",
            "Rund 6.800 Beschäftigte an 14 Standorten weltweit",
            "Die Privatbank Stollberg & Cie. senkte ihr Kursziel von 52 auf 41 Euro",
            "Das Geschäft mit Antrieben für Industrieroboter und Förderanlagen entwickle sich stabil",
            "Ein Stellenabbau in Deutschland sei derzeit nicht geplant, sagte ein Sprecher.",
        ],
        "absent": [
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren",
            "Kurse zeitverzögert um mindestens 15 Minuten",
            "TradeMonte: Der Broker für Aktien, ETFs und Derivate",
            "Jetzt Depot eröffnen und ein Jahr lang ohne Ordergebühren handeln.",
            "Keine Anlageberatung: Die Inhalte dienen ausschließlich der Information",
            "Kessler Antriebstechnik übernimmt Getriebespezialisten aus Oberwald",
            "Rekordumsatz, aber weniger Gewinn: Kesslers Bilanz für 2023",
            "Windkraftzulieferer unter Druck: Wer jetzt noch Aufträge bekommt",
            "Jeden Morgen um 7 Uhr die wichtigsten Marktbewegungen in Ihrem Postfach.",
            "© 2024 Finanzbote Mediengruppe GmbH. Alle Rechte vorbehalten.",
        ],
    },
    "harborview-copperline-deal-en.html": {
        "title": "Harborview Bancorp to buy Copperline Financial in $2.3 billion all-stock deal",
        "author": "Megan Alcott and Devendra Raman",
        "headings": [
            "The combination would create the largest community lender in the Upper Midwest, but Harborview shares slid as investors questioned the price.",
            "Why the deal is happening now",
            "Regulatory hurdles ahead",
        ],
        "present": [
            "it had agreed to acquire Copperline Financial in an all-stock transaction valued at about $2.3 billion",
            "Copperline's stock jumped nearly 19 percent in morning trading in New York.",
            "Many have had to pay more to keep customers' cash while the value of the bonds on their balance sheets fell.",
            "Founded: 1911 as Lake Tamarack Savings & Loan",
            "Assets: $14.6 billion, with 83 branches in three states",
            "several deals announced last year took more than 12 months to complete.",
            "The combined bank will keep its headquarters in Port Calder, Wisconsin, Harborview said.",
        ],
        "absent": [
            "We use cookies and similar tools to improve your experience",
            "Prices delayed at least 15 minutes. Data by Tickerline.",
            "Trade US stocks and ETFs with zero commissions at Northgate Brokerage.",
            "This article is for informational purposes only and is not investment advice.",
            "Harborview beats estimates as loan growth offsets deposit costs",
            "Harborview Bancorp announces $150 million share buyback",
            "Savings rates are still above 5%. Here's how long that may last.",
            "Sign up for Market Close, our evening briefing on the day's biggest moves.",
            "© 2024 The Ledger Times Company. All rights reserved.",
        ],
    },
    "alwaha-petrochem-dividend-ar.html": {
        "title": "سهم الواحة للبتروكيماويات يقفز 7% بعد إعلان توزيعات قياسية",
        "author": "سارة المنصوري",
        "headings": [
            None,
            "أرباح أعلى من التوقعات",
            "نظرة المحللين",
        ],
        "present": [
            "أعلنت شركة الواحة للبتروكيماويات عن أعلى توزيعات نقدية في تاريخها",
            "وبلغت قيمة التداولات على السهم نحو 412 مليون ريال، وهو أعلى مستوى منذ أكثر من عام",
            "مدعومًا بارتفاع أسعار البولي إيثيلين وتحسن هوامش الربح.",
            "تأسست عام 1998 وأُدرجت أسهمها في السوق عام 2007",
            "عدد الموظفين: نحو 4,100 موظف",
            "رفعت سعرها المستهدف للسهم إلى 54 ريالًا، مع الإبقاء على توصية بزيادة المراكز.",
            "على أن يتم صرف الأرباح للمساهمين خلال أسبوعين من تاريخ الاستحقاق.",
        ],
        "absent": [
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا",
            "آخر تحديث: 03:00 م بتوقيت السوق",
            "تداول الأسهم الخليجية بعمولة صفرية مع منصة سنبلة للوساطة",
            "تنويه: هذا المحتوى لأغراض إعلامية فقط ولا يُعد توصية بالشراء أو البيع",
            "الواحة للبتروكيماويات توقع اتفاقية توريد طويلة الأجل مع مشترٍ آسيوي",
            "تشغيل المرحلة الثانية من توسعة مجمع الرملة قبل موعدها بشهرين",
            "البنوك المحلية ترفع أسعار الفائدة على الودائع لأجل",
            "اشترك في النشرة الاقتصادية اليومية واحصل على ملخص الأسواق كل صباح",
            "© 2024 الاقتصاد اليوم. جميع الحقوق محفوظة.",
        ],
    },
    "aubrac-cosmetiques-chine-fr.html": {
        "title": "Aubrac Cosmétiques dévisse en Bourse après un net ralentissement en Chine",
        "author": "Claire Vasseur",
        "headings": [
            None,
            "La Chine, talon d’Achille du groupe",
            "Les analystes partagés",
            "Un plan d’économies à l’étude",
        ],
        "present": [
            "Le groupe de soins pour la peau a publié un chiffre d’affaires trimestriel inférieur aux attentes.",
            "En cause, un recul de 14 % des ventes en Chine continentale, deuxième marché du groupe.",
            "La région représentait l’an dernier près d’un quart de ses revenus, contre 11 % en 2019.",
            "Effectif : 2 950 salariés dans 34 pays",
            "Le courtier Delorme Frères a abaissé son objectif de cours de 31 à 26 euros",
            "Un plan de réduction des coûts de 40 millions d’euros sur deux ans doit être présenté aux syndicats",
            "Le groupe publiera ses résultats semestriels le 24 juillet.",
        ],
        "absent": [
            "Avec votre accord, nous et nos partenaires utilisons des cookies",
            "Euronext Paris · clôture du 24/04/2024",
            "Investissez en actions européennes dès 1 € avec Courtage Horizon.",
            "cet article est fourni à titre d’information et ne constitue pas un conseil en investissement",
            "Aubrac Cosmétiques s’offre un laboratoire de dermocosmétique en Suisse",
            "Aubrac Cosmétiques fait son entrée dans le SBF 120",
            "Recevez chaque matin l’essentiel des marchés dans votre boîte mail",
            "Je l’avais vendue en février, bien m’en a pris.",
            "Luxe : les ventes en Asie marquent le pas au premier trimestre",
            "© 2024 Le Courrier des Marchés – Tous droits réservés",
        ],
    },
    "energias-tajo-opa-es.html": {
        "title": "Energías del Tajo recibe una opa de 4.100 millones de un fondo canadiense",
        "author": "EFE",
        "breaking_label": "Última hora",
        "headings": [
            None,
            "Una oferta condicionada",
            "Los analistas ven margen de mejora",
        ],
        "present": [
            "El fondo Northmoor ofrece 15,20 euros por acción en efectivo, un 25 % más que el cierre del viernes.",
            "Es la mayor subida de la compañía desde su salida a bolsa en 2014.",
            "Fuentes cercanas a la familia señalaron que todavía no han tomado una decisión sobre si acudirán a la oferta.",
            "Capacidad instalada: 3.450 megavatios, el 70 % de origen renovable",
            "La firma de análisis Cortés & Ibarra calcula un valor razonable de 16,50 euros por acción",
            "El Ministerio de Economía no ha querido hacer comentarios.",
            "para analizar la propuesta y emitirá su informe preceptivo en el plazo legal.",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para fines analíticos",
            "Datos con 15 minutos de retraso",
            "Invierte en el Ibex 35 sin comisiones de custodia con BolsaClara.",
            "Este contenido es meramente informativo y no constituye una recomendación de inversión.",
            "Energías del Tajo gana un 12 % más en el primer trimestre gracias a la hidráulica",
            "Energías del Tajo eleva su dividendo un 8 % y promete más retribución",
            "Los cinco errores más comunes en la declaración de la renta",
            "recibe cada tarde el resumen de la sesión bursátil",
            "© 2024 El Diario Bursátil S.L. Todos los derechos reservados.",
        ],
    },
    "marinhal-resultados-pt.html": {
        "title": "Grupo Marinhal dispara na bolsa com lucros acima do esperado",
        "author": "Tiago Mendonça e Rita Albuquerque",
        "headings": [
            None,
            "Lojas de proximidade puxam pelas vendas",
            "Margens sob vigilância",
        ],
        "present": [
            "A dona dos supermercados Marinhal lucrou 96 milhões de euros no primeiro trimestre, mais 31% do que há um ano.",
            "As vendas consolidadas cresceram 8,4%, para 2,27 mil milhões de euros.",
            "A empresa prevê abrir mais 40 unidades até ao final do ano, sobretudo nas áreas metropolitanas.",
            "612 lojas em Portugal e 58 em Espanha",
            "Mais de 31 mil trabalhadores",
            "alertou para a pressão da concorrência das cadeias de desconto e para o aumento dos custos salariais.",
            "O grupo vai pagar um dividendo de 0,42 euros por ação a 23 de maio.",
        ],
        "absent": [
            "Utilizamos cookies para melhorar a sua experiência de navegação",
            "Ver cotação e histórico",
            "Negoceie ações portuguesas com comissões a partir de 1 euro na CorretoraMar.",
            "Aviso: este artigo não constitui aconselhamento financeiro nem recomendação de investimento.",
            "Marinhal compra cadeia espanhola com 22 supermercados na Galiza",
            "Lucros da Marinhal sobem 14% em 2023 e dividendo é reforçado",
            "Finalmente uma empresa portuguesa a dar boas notícias aos acionistas.",
            "Prestação da casa volta a descer em junho para quem tem Euribor a seis meses",
            "Receba todas as manhãs o essencial dos mercados no seu email.",
            "© 2024 Jornal dos Mercados. Todos os direitos reservados.",
        ],
    },
    "banca-valmarena-trimestrale-it.html": {
        "title": "Banca Valmarena, utile record nel trimestre: il titolo vola a Piazza Affari",
        "author": "Giulia Ferraresi",
        "headings": [
            None,
            "I conti del trimestre",
            "Le prospettive",
        ],
        "present": [
            "L’istituto di Montesorbo chiude i primi tre mesi con un utile netto di 148 milioni, in crescita del 22%.",
            "Dall’inizio dell’anno le azioni dell’istituto segnano un rialzo di oltre il 30%.",
            "Il coefficiente patrimoniale Cet1 si è attestato al 15,1%, ben al di sopra dei requisiti minimi.",
            "Fondazione: 1872 come cassa rurale",
            "Sportelli: 640 in dieci regioni",
            "tra dividendi e riacquisto di azioni proprie.",
            "La banca presenterà il nuovo piano industriale a novembre.",
        ],
        "absent": [
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili",
            "Dati in differita di 15 minuti",
            "Banche, il taglio dei tassi pesa sui margini: chi rischia di più",
            "Fai trading su azioni italiane con commissioni fisse da 2,95 euro con Borsaviva.",
            "non costituiscono consulenza finanziaria né sollecitazione all’investimento",
            "Valmarena, dividendo record e buyback da 200 milioni",
            "Valmarena chiude il 2023 con utili in crescita del 41%",
            "730 precompilato, le novità e le scadenze da segnare in agenda",
            "Iscriviti a Mercati Sera: ogni giorno alle 18 il punto sulla Borsa.",
            "© 2024 Piazza Finanza Srl – P.IVA 01234567890 – Tutti i diritti riservati",
        ],
    },
    "kuzey-kanatlari-hisse-tr.html": {
        "title": "Kuzey Kanatları hisseleri rekor yolcu sayısıyla tavan oldu",
        "author": "Elif Karaduman",
        "breaking_label": "Son dakika",
        "headings": [
            "Havayolu şirketi nisan ayında 3,1 milyon yolcu taşıdığını açıkladı. Hisseler güne yüzde 10 yükselişle başladı ve tavan fiyattan işlem gördü.",
            "Dış hatlarda güçlü büyüme",
            "Analistler hedef fiyatı yükseltti",
        ],
        "present": [
            "yolcu sayısının geçen yılın aynı dönemine göre yüzde 19 artarak 3,1 milyona ulaştığını",
            "BIST 100 endeksi ise günü yüzde 0,8 artıda tamamladı.",
            "Doluluk oranı ise 3 puan artışla yüzde 84,6'ya yükseldi.",
            "Filo: 58 uçak, 74 iç ve dış hat noktası",
            "Çalışan sayısı: yaklaşık 6.200",
            "Kurumun raporunda, yakıt fiyatlarındaki gerilemenin ikinci çeyrekte kârlılığı destekleyeceği belirtildi.",
            "Şirket, ilk çeyrek finansal sonuçlarını 9 Mayıs'ta açıklayacak.",
        ],
        "absent": [
            "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası sayfamızı inceleyebilirsiniz.",
            "Veriler 15 dakika gecikmelidir.",
            "Hisse senedi işlemlerinde ilk 3 ay komisyon yok!",
            "Burada yer alan yatırım bilgi, yorum ve tavsiyeleri yatırım danışmanlığı kapsamında değildir.",
            "Kuzey Kanatları'ndan 12 uçaklık yeni sipariş",
            "Kuzey Kanatları yüzde 200 bedelsiz sermaye artırımına gidiyor",
            "Bu hisse daha çok gider, yaz sezonu daha başlamadı bile.",
            "Dolar güne nasıl başladı? İşte güncel döviz kurları",
            "Günlük piyasa bültenine abone olun, her sabah 8'de e-postanızda olsun.",
            "© 2024 Ekonomi Pusulası. Tüm hakları saklıdır.",
        ],
    },
    "hallenbad-sanierung-de.html": {
        "title": "Hallenbad am Mühlgraben wird saniert: Wiedereröffnung im Herbst 2026",
        "author": None,
        "headings": [
            None,
            "Was sich im Bad ändert",
            "Kosten und Förderung",
            "Schulen und Vereine",
            "Über die Stadt Lindenfurt",
        ],
        "present": [
            "Das Hallenbad am Mühlgraben schließt ab dem 4. November 2024 für rund zwei Jahre.",
            "Die Stadt Lindenfurt investiert 14,8 Millionen Euro in Technik, Dach und ein neues Lehrschwimmbecken.",
            "Die Badewassertechnik entspricht nicht mehr den geltenden Normen",
            "Zusätzlich entsteht im bisherigen Saunabereich ein Lehrschwimmbecken mit höhenverstellbarem Hubboden.",
            "Den übrigen Betrag finanziert die Stadt über Kredite, die bereits im Doppelhaushalt 2024/2025 eingeplant sind.",
            "Für den Schwimmunterricht der Grundschulen hat die Stadt Wasserzeiten im Kreisbad Oberaue angemietet.",
            "Die Öffnungszeiten des Freibads Auenwiese sollen im Sommer 2025 um zwei Wochen verlängert werden.",
        ],
        "absent": [
            "Wir verwenden Cookies, um die Nutzung unserer Website statistisch auszuwerten.",
            "Pressemitteilung Nr. 214/2024",
            "Amt für Kommunikation und Bürgerbeteiligung",
            "Pressemitteilung 214/2024 (PDF, 186 KB)",
            "Foto: Schwimmhalle Mühlgraben, Innenansicht (JPG, 4,1 MB)",
            "« Zurück zur Übersicht Pressemitteilungen",
            "Winterdienst: Stadt stellt neue Streufahrzeuge in Dienst",
            "Pressemitteilungen der Stadt Lindenfurt direkt per E-Mail erhalten",
            "© 2024 Stadt Lindenfurt – Alle Rechte vorbehalten",
        ],
    },
    "battery-trains-en.html": {
        "title": "Calderby Rail Systems to build 42 battery trains for the Northern Vale network",
        "author": "Imogen Ashdown",
        "headings": [
            None,
            "Jobs at the Kellmouth plant",
            "Passenger features",
            "About Calderby Rail Systems",
        ],
        "present": [
            "will replace the last diesel units on the Vale Coast and Kellbridge lines by 2029.",
            "The agreement includes a 30-year maintenance package worth a further £380 million.",
            "Charging points will be installed at four terminus stations.",
            "The first train is due to leave the factory for testing in the spring of 2027.",
            "would cut carbon emissions on the affected routes by an estimated 31,000 tonnes a year.",
            "Calderby Rail Systems designs and manufactures passenger trains and signalling equipment.",
            "Founded in 1921, the company employs 4,200 people at six sites in three countries.",
        ],
        "absent": [
            "We use cookies and similar technologies to improve your experience on our site",
            "Tom Fairweather-Nunn, Head of Media Relations",
            "Press release PR-2025-018 (PDF, 212 KB)",
            "Rendering: exterior view of the battery train (JPG, 5.8 MB)",
            "← Back to all press releases",
            "Calderby opens signalling test centre in Brackenford",
            "The £24 million facility will let engineers test digital signalling without closing a working railway.",
            "Get our press releases straight to your inbox",
            "© 2025 Calderby Rail Systems plc. All rights reserved.",
        ],
    },
    "desalination-plant-ar.html": {
        "title": "وزارة الموارد المائية تفتتح محطة تحلية رأس الغدير بطاقة 150 ألف متر مكعب يومياً",
        "author": None,
        "headings": [
            None,
            "تقنية أقل استهلاكاً للطاقة",
            "الكلفة والتمويل",
        ],
        "present": [
            "التي ستزود نحو 600 ألف نسمة في محافظة الساحل الجنوبي بمياه الشرب.",
            "وأن إنتاجها اليومي يبلغ 150 ألف متر مكعب من المياه المحلاة.",
            "مضيفاً أن شبكة التوزيع الجديدة ستصل إلى القرى الجبلية بحلول نهاية العام المقبل.",
            "وتغطي ألواح شمسية مقامة على مساحة 40 هكتاراً بجوار المحطة قرابة ربع احتياجاتها من الكهرباء خلال ساعات النهار.",
            "بلغت كلفة المشروع 420 مليون دولار، موّلت الحكومة 60 في المئة منها",
            "وأن المحطة ستخضع لمراجعة بيئية مستقلة كل ستة أشهر لرصد أثر المياه المالحة المعادة إلى البحر.",
        ],
        "absent": [
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح",
            "بيان صحفي رقم 57/2024",
            "المكتب الإعلامي – ليلى منصور الحداد",
            "هاتف: 0155 200 480 | البريد الإلكتروني: media@mwr.example",
            "نص البيان الصحفي (PDF، 240 كيلوبايت)",
            "تأسست وزارة الموارد المائية عام 1978، وتتولى تخطيط وإدارة مصادر المياه",
            "العودة إلى قائمة البيانات الصحفية",
            "الوزارة تطلق حملة لترشيد استهلاك المياه في المدارس",
            "أسئلة وأجوبة حول فاتورة المياه الجديدة للمنازل",
            "© 2024 وزارة الموارد المائية. جميع الحقوق محفوظة.",
        ],
    },
    "aide-alimentaire-fr.html": {
        "title": "Aide alimentaire : le Réseau Pain Partagé a servi 1,2 million de repas en 2024, un record",
        "author": None,
        "headings": [
            None,
            "Des profils de plus en plus variés",
            "Des dons en baisse",
            "Une collecte nationale en mars",
        ],
        "present": [
            "l'association constate une hausse de 18 % du nombre de personnes accueillies",
            "a distribué l'an dernier l'équivalent de 1,2 million de repas, contre un peu plus d'un million en 2023.",
            "Les retraités vivant seuls sont également plus nombreux à franchir la porte des épiceries solidaires.",
            "Dans le même temps, les dons de produits frais issus de la grande distribution ont reculé de 9 %.",
            "Une grande collecte est prévue les 14 et 15 mars dans 340 supermarchés.",
            "L'association recherche encore près de 2 000 bénévoles pour tenir les points de collecte.",
        ],
        "absent": [
            "Ce site utilise des cookies pour mesurer l'audience et améliorer votre navigation.",
            "Thomas Reybaud, chargé des relations médias",
            "Avec 1 euro, nous distribuons l'équivalent d'un repas.",
            "Photos libres de droits pour la presse",
            "Retour à la liste des communiqués",
            "Épiceries solidaires : un nouveau site ouvre à Saint-Aubin-des-Prés",
            "Recevez notre lettre d'information mensuelle",
            "© 2025 Réseau Pain Partagé – Tous droits réservés",
        ],
    },
    "campeonato-padel-es.html": {
        "title": "Puerto Alcaraván acogerá el Campeonato de Naciones de Pádel 2026",
        "author": "Lucía Berrocal",
        "breaking_label": "Última hora",
        "headings": [
            None,
            "Una apuesta por el deporte base",
            "Entradas y voluntariado",
        ],
        "present": [
            "que reunirá a 24 selecciones del 14 al 22 de junio de 2026 en el nuevo complejo deportivo de La Dársena.",
            "aprobó este lunes la candidatura por 31 votos a favor y 9 en contra",
            "Durante el campeonato se instalarán gradas temporales en el paseo marítimo.",
            "La federación destinará el 20 % de los ingresos por patrocinio a la construcción de pistas en colegios públicos",
            "Los socios de los clubes federados tendrán un periodo de compra preferente de diez días.",
            "La organización calcula que necesitará unos 800 voluntarios, que podrán inscribirse a partir de la próxima primavera.",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para fines analíticos",
            "Comunicado oficial 07/2025",
            "La Federación de Pádel de la Costa Alta agrupa a 186 clubes y más de 41.000 licencias federativas.",
            "Volver al listado de noticias",
            "Dossier de la candidatura (PDF, 8,7 MB)",
            "Departamento de Comunicación",
            "Nuevo reglamento de arbitraje para la temporada 2025",
            "Suscríbete al boletín de la federación",
            "Recibe cada semana los resultados, convocatorias y comunicados oficiales.",
            "© 2025 Federación de Pádel de la Costa Alta. Todos los derechos reservados.",
        ],
    },
    "central-solar-flutuante-pt.html": {
        "title": "Solmarinho inaugura central solar flutuante na albufeira do Corvinho",
        "author": "Inês Valadares",
        "headings": [
            None,
            "Menos evaporação na albufeira",
            "Receitas para o concelho",
            "Sobre a Solmarinho Energia",
        ],
        "present": [
            "vai produzir eletricidade suficiente para abastecer cerca de 30 mil casas por ano.",
            "inaugurou esta quinta-feira a maior central solar flutuante do país",
            "reduzem a evaporação da água em até 400 mil metros cúbicos por ano.",
            "A estrutura flutuante foi fixada ao fundo com âncoras que acompanham as variações do nível da água.",
            "A construção de uma segunda fase, com mais 20 megawatts, depende ainda da conclusão do estudo de impacto ambiental",
            "A Solmarinho Energia é uma empresa de produção de energia renovável fundada em 2009.",
            "Conta com 310 colaboradores e tem projetos solares e eólicos em operação em três distritos.",
        ],
        "absent": [
            "Este sítio utiliza cookies para garantir o seu bom funcionamento e analisar o tráfego.",
            "Comunicado de imprensa n.º 12/2025",
            "Joana Frazão Teles – Direção de Comunicação e Marca",
            "Fotografias da central em alta resolução",
            "Voltar à sala de imprensa",
            "Tarifa Solar Casa: energia 100% renovável com preço fixo durante dois anos",
            "Solmarinho conclui emissão de obrigações verdes de 150 milhões de euros",
            "Subscreva a nossa newsletter e receba as novidades da Solmarinho",
            "© 2025 Solmarinho Energia, S.A. Todos os direitos reservados.",
        ],
    },
    "scuole-montagna-it.html": {
        "title": "Scuole di montagna, la Regione stanzia 9 milioni per tenere aperti i plessi con meno di 15 alunni",
        "author": "Chiara Ventimiglia",
        "headings": [
            None,
            "Come saranno usati i fondi",
            "Le reazioni dei sindaci",
        ],
        "present": [
            "finanzia trasporti, docenti aggiuntivi e connessione in fibra per 47 scuole dei comuni montani.",
            "che destina 9 milioni di euro nel triennio 2025-2027 ai plessi scolastici delle aree interne a rischio di chiusura.",
            "Negli ultimi dieci anni ne sono state chiuse undici, costringendo molte famiglie a lunghi spostamenti quotidiani.",
            "Altri 3 milioni finanzieranno ore aggiuntive di insegnamento nelle pluriclassi.",
            "I sindaci dei comuni montani hanno accolto favorevolmente il piano",
            "dal 15 gennaio al 28 febbraio 2025 attraverso la piattaforma regionale dei bandi.",
        ],
        "absent": [
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie analitici di terze parti",
            "Comunicato stampa n. 188 del 6 novembre 2024",
            "Delibera di giunta n. 1432 del 5 novembre 2024",
            "Ufficio stampa della Giunta regionale",
            "La Regione Alta Serrana comprende 112 comuni, di cui 74 classificati come montani",
            "Torna all'elenco dei comunicati",
            "Trasporto pubblico, nuove corse serali nelle valli dal 1° dicembre",
            "Quanto sono chiare le informazioni su questa pagina?",
            "Iscriviti alla newsletter della Regione",
            "© 2024 Regione Alta Serrana – Tutti i diritti riservati",
        ],
    },
    "kent-parki-tr.html": {
        "title": "Eski liman sahası 120 dönümlük kent parkına dönüşüyor",
        "author": None,
        "headings": [
            None,
            "Parkta neler olacak?",
            "Maliyet ve finansman",
        ],
        "present": [
            "yıllardır atıl durumdaki eski yük limanı alanını yeşil alan, bisiklet yolu ve sahil yürüyüş parkuruyla",
            "Çalışmaların 18 ay içinde tamamlanması planlanıyor.",
            "Sahil boyunca 2,4 kilometrelik yürüyüş parkuru ile ayrı bir bisiklet yolu yapılacak.",
            "Alanda ayrıca çocuk oyun grupları, açık hava spor aletleri ve 800 kişilik bir amfi tiyatro yer alacak.",
            "Bu tutarın 210 milyon lirası uluslararası bir kalkınma bankasından sağlanan uzun vadeli krediyle karşılanacak.",
            "alternatif güzergâhların belediyenin mobil uygulamasından duyurulacağını bildirdi.",
            "Yeniliman Belediyesi, 1928 yılında kurulmuş olup 14 mahallede yaklaşık 185 bin kişiye hizmet vermektedir.",
        ],
        "absent": [
            "Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır.",
            "Cuma günü Çınarlı Caddesi'nde planlı su kesintisi yapılacaktır.",
            "Basın Bülteni No: 2024/163",
            "Basın bülteni 2024/163 (PDF, 142 KB)",
            "Basın Yayın ve Halkla İlişkiler Müdürlüğü",
            "Tüm haberlere geri dön",
            "Mahalle pazarlarına yeni düzenleme: Tezgâh ücretleri sabitlendi",
            "Kent Konseyi seçimlerinde yeni yürütme kurulu belirlendi",
            "E-bültenimize abone olun, duyurulardan ilk siz haberdar olun",
            "© 2024 Yeniliman Belediyesi. Tüm hakları saklıdır.",
        ],
    },
    "floesser-de.html": {
        "title": "Die letzten Flößer vom Aubachtal",
        "author": "Henrike Solbach",
        "headings": [
            None,
            "Das Holz kommt aus dem Berg",
            "Ein Handwerk ohne Lehrbuch",
            "Was vom Fluss bleibt",
        ],
        "present": [
            "Im Aubachtal halten drei Männer das Handwerk am Leben – gegen Behörden, Hochwasser und die eigene Erschöpfung.",
            "Am frühen Morgen riecht das Aubachtal nach nassem Fichtenholz und Diesel.",
            "Er selbst ist einer der letzten drei Männer im Tal, die ein Floß nicht nur fahren, sondern auch bauen können.",
            "Seit 1783 haben die Flößer das Recht, einmal im Jahr Holz auf dem Aubach zu transportieren.",
            "Oberegger ist 41 und arbeitet hauptberuflich als Elektriker.",
            "Bis zum Wehr bei Kaltenbrunn sind es elf Kilometer, und niemand an Bord weiß, ob das Floß sie in einem Stück übersteht.",
        ],
        "absent": [
            "Nächste Seite: Die Nacht am Wehr",
            "Lesezeit: 14 Minuten",
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren",
            "Henrike Solbach ist Reporterin im Ressort Gesellschaft",
            "Die Glockengießer von Lindach: Besuch in der letzten Werkstatt",
            "Wer sein Moor wieder vernässt, bekommt Fördergeld.",
            "Hitzewelle: Stadt öffnet Schwimmbäder bis Mitternacht",
            "Jeden Sonntag die besten Reportagen der Woche direkt in Ihr Postfach.",
            "© 2024 Nordblick Medien GmbH. Alle Rechte vorbehalten.",
        ],
    },
    "lighthouse-keeper-en.html": {
        "title": "The last winter at Carrow Head",
        "author": "Callum Rees-Whitby",
        "headings": [
            None,
            "The tower",
            "Counting the ships",
            "A machine that does not sleep",
        ],
        "present": [
            "Moira Tulloch has lit the lamp on a remote island lighthouse every evening since 1983.",
            "For forty-one years, the light on Carrow Head has been switched on by a human hand.",
            "The lighthouse stands on a spur of black rock at the northern tip of Skerran",
            "By 2009 she was alone, responsible for the light, the foghorn, the weather reports",
            "The coastguard has its own sensors, but it still reads her reports.",
            "In January she noticed a cargo ship drifting towards the reef and radioed its bridge",
            "she intends to sit in the kitchen with the lights off and watch the beam come round on its own.",
        ],
        "absent": [
            "We use cookies to give you the best experience on our website.",
            "The ferrymen of Lough Carran",
            "Two brothers, one boat and a timetable nobody has changed since 1974.",
            "One teacher, four pupils: the smallest school in the north",
            "Callum Rees-Whitby is a freelance writer who covers islands",
            "Get one carefully reported story in your inbox every Sunday morning.",
            "My grandfather kept a light on the west coast until 1986.",
            "Storm diary: five nights without power on the Sound",
            "© 2024 The Longshore Review. Independent journalism from the coast.",
        ],
    },
    "aflaj-guardians-ar.html": {
        "title": "حرّاس الأفلاج الأخيرون في واحة أم السدر",
        "author": "سلمى الحدّاد",
        "headings": [
            "منذ قرون تجري المياه في قنوات محفورة تحت الأرض لتسقي نخيل الواحة. اليوم لم يبق سوى أربعة رجال يعرفون كيف يصونونها، وأصغرهم تجاوز الستين.",
            "ماء يجري تحت الرمل",
            "مهنة بلا تلاميذ",
            "ما بعد الجفاف",
        ],
        "present": [
            "قبل أن تشرق الشمس بقليل، ينزل عبد الله الهاشمي في فتحة ضيقة لا يتجاوز عرضها متراً واحداً، ويختفي في الظلام.",
            "وهو واحد من أربعة رجال فقط في الواحة ما زالوا يعرفون كيف تُنظَّف القنوات وتُرمَّم جدرانها من الداخل.",
            "لا يكتب أحد هذا الجدول على الورق.",
            "التحق بالبرنامج أحد عشر شاباً، ولم يبق منهم بعد عام سوى اثنين.",
            "أحد الشابين اللذين بقيا هو حمد المعمري، وعمره ستة وعشرون عاماً.",
            "يقول إن الماء وصل هذا الصباح إلى آخر بستان في الواحة، وإن هذا يكفيه اليوم.",
        ],
        "absent": [
            "مدة القراءة: 12 دقيقة",
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وتحليل حركة الزيارات.",
            "المزيد من التحقيقات المطوّلة",
            "صيادو اللؤلؤ الأخيرون: رحلة إلى أعماق الخليج",
            "في السوق الأسبوعي ما زال التمر يُبادل بالقمح والعسل.",
            "الأرصاد تتوقع أمطاراً غزيرة على المناطق الجبلية نهاية الأسبوع",
            "اشترك في نشرتنا الأسبوعية لتصلك أفضل التحقيقات المطوّلة كل خميس.",
            "© 2024 مجلة الأفق. جميع الحقوق محفوظة.",
        ],
    },
    "horlogers-vaubelin-fr.html": {
        "title": "À Vaubelin, les derniers horlogers de la combe",
        "author": "Margaux Delaunay",
        "headings": [
            None,
            "Une vallée qui vivait à l’heure",
            "Le temps d’apprendre",
        ],
        "present": [
            "Aujourd’hui, trois ateliers résistent encore, tenus par des artisans qui refusent de céder leur savoir aux machines.",
            "Le premier bruit de la journée, dans l’atelier de Bernard Vuillemin, est celui de la bouilloire.",
            "Les archives communales conservent la trace de 212 ateliers en 1911.",
            "Léa Cuenot, 24 ans, a quitté une école d’ingénieurs pour apprendre le métier à la main.",
            "La formation doit durer quatre ans, financés en partie par la région.",
            "Certaines appartiennent à des clients morts depuis longtemps, dont personne n’est jamais venu chercher la commande.",
        ],
        "absent": [
            "Page suivante : La dernière école d’horlogerie",
            "Temps de lecture : 15 min",
            "Nous utilisons des cookies pour mesurer l’audience du site",
            "Les bergères du plateau, gardiennes d’un monde qui s’efface",
            "Onze producteurs, une cave et une recette qui n’a pas changé depuis 1893.",
            "Neige précoce : les cols fermés jusqu’à nouvel ordre",
            "Recevez chaque samedi matin notre sélection de grands formats et de reportages.",
            "© 2024 L’Échappée – Tous droits réservés",
        ],
    },
    "salineros-almarjal-es.html": {
        "title": "Los últimos salineros de Almarjal",
        "author": "Lucía Montesinos",
        "headings": [
            None,
            "Un oficio de temporada",
            "El mar que se acerca",
            "Una sal con apellido",
        ],
        "present": [
            "Solo quedan nueve familias que siguen haciéndolo, y el mar amenaza con llevarse las balsas antes que la crisis.",
            "El sol todavía no ha salido cuando Andrés Carmona empuja la primera carretilla",
            "Cada balsa tiene su tiempo y su nombre, y Carmona los conoce todos de memoria.",
            "La amenaza ya no es solo económica.",
            "Según sus cálculos, parte de la salina podría quedar inundada de forma permanente antes de 2050.",
            "Un kilo cuesta cuarenta veces más que la sal de mesa.",
            "pero que mientras él pueda caminar por los muros, la salina seguirá abierta.",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios",
            "Domingo, 14 de julio de 2024",
            "Tiempo de lectura: 11 min",
            "Los pastores que todavía cruzan la sierra cada otoño",
            "Sesenta años de películas bajo las estrellas terminan con una sesión doble.",
            "Corte de agua el martes en cinco barrios del casco antiguo",
            "Suscríbete a nuestro boletín y recibe cada domingo los mejores reportajes",
            "© 2024 Diario del Litoral Sur. Todos los derechos reservados.",
        ],
    },
    "tiradores-cortica-pt.html": {
        "title": "Os tiradores de cortiça e o verão que não acaba",
        "author": "Inês Valadares",
        "headings": [
            None,
            "Nove anos de espera",
            "O calor muda as regras",
        ],
        "present": [
            "No montado de Vale de Corvas, uma equipa de oito homens corre contra o calor e contra o tempo.",
            "O machado entra na casca com um som seco, quase oco.",
            "Bexiga tem 52 anos e tira cortiça desde os dezassete.",
            "Um tirador experiente ganha entre 120 e 150 euros por dia.",
            "A equipa de Bexiga começa agora às cinco e meia da manhã e para antes do meio-dia.",
            "olha para a linha de árvores que ainda faltam, todas marcadas com o mesmo número pintado a branco.",
        ],
        "absent": [
            "Página seguinte: Quem vai tirar a cortiça em 2033?",
            "Tempo de leitura: 10 minutos",
            "Este site utiliza cookies para melhorar a sua experiência de navegação",
            "Jornalista da Revista Planície desde 2018, escreve sobre agricultura",
            "A vinha que resistiu ao granizo de junho",
            "Na última olaria de Vale de Corvas, o barro ainda se amassa com os pés",
            "Barragem do Ribeiro Fundo atinge o nível mais baixo desde 2005",
            "Subscreva a nossa newsletter e receba as grandes reportagens todas as sextas-feiras.",
            "© 2024 Revista Planície. Todos os direitos reservados.",
        ],
    },
    "transumanza-roccaspina-it.html": {
        "title": "L'ultima transumanza di Roccaspina",
        "author": "Giulia Ferrandi",
        "headings": [
            None,
            "La strada dell'erba",
            "Un mestiere che non si impara a scuola",
            "L'arrivo",
        ],
        "present": [
            "Quest'anno a guidarle sono rimasti in due, e il viaggio è diventato una piccola impresa.",
            "Quando il gregge si mette in marcia, alle quattro del mattino, nel paese dormono ancora tutti.",
            "Oggi il suo è l'unico, e a dividere con lui la fatica c'è soltanto il nipote Matteo",
            "Il viaggio dura sei giorni. Si dorme in tenda o nei casolari di amici lungo il percorso",
            "La regione ha riconosciuto la transumanza come patrimonio culturale",
            "Il nipote dice che il prossimo anno partiranno di nuovo, anche se con un gregge più piccolo.",
        ],
        "absent": [
            "I casari di Pietralta e il formaggio che nessuno può vendere",
            "Tempo di lettura: 13 minuti",
            "Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione",
            "L'ultimo mugnaio dell'alta valle e la sua macina di pietra",
            "Tre sorelle, un generatore e centoventi posti letto sopra le nuvole.",
            "Neve in anticipo sulle cime: chiusi due passi di montagna",
            "Ogni venerdì una grande storia dalle terre alte",
            "© 2024 Altopiano Edizioni srl – P.IVA 01234560987 – Tutti i diritti riservati",
        ],
    },
    "cay-toplayicilari-tr.html": {
        "title": "Yeşilyamaç'ın son çay toplayıcıları",
        "author": "Deniz Karaoğlan",
        "headings": [
            "Karadeniz'in dik yamaçlarında çay hâlâ elle toplanıyor. Ama köyde bu işi yapabilen kadınların yaşı altmışın üzerinde ve gençler şehirde.",
            "Elle toplanan yaprağın farkı",
            "Gençler şehirde",
            "Sezonun son günü",
        ],
        "present": [
            "Sabahın ilk ışıklarıyla birlikte Fatma Keskin sırtına bağladığı sepetle yamaca tırmanmaya başlıyor.",
            "Yeşilyamaç'ta hâlâ elle çay toplayan yedi kadından biri.",
            "Köydeki küçük fabrikayı işleten kooperatif, elle toplanan yaprağa kilo başına neredeyse iki kat fiyat ödüyor.",
            "Bir kadın günde en fazla otuz kilo yaprak toplayabiliyor; makasla çalışan biri bunun üç katını.",
            "Kooperatif başkanı Hasan Uzunoğlu, genç çiftçileri köye çekmek için bir proje hazırladıklarını söylüyor.",
            "Ama sepetini her yıl olduğu gibi temizleyip ahırın duvarındaki çiviye asıyor.",
        ],
        "absent": [
            "Ordu'da sel: Sahil karayolu iki saat ulaşıma kapandı",
            "Okuma süresi: 12 dakika",
            "Sitemizde deneyiminizi iyileştirmek için çerezler kullanıyoruz.",
            "Karadeniz'in son kayık ustaları: Üç kuşak, bir tersane",
            "Fındık bahçelerinde bir gün: Mevsimlik işçilerin hikâyesi",
            "Annem de yıllarca elle çay topladı, yazıyı okurken gözlerim doldu.",
            "Kooperatifin hibe başvurusu neden bu kadar uzun sürüyor",
            "Her cuma en iyi uzun okumalar e-posta kutunuzda.",
            "© 2024 Uzun Yol Dergisi. Tüm hakları saklıdır.",
        ],
    },
    "vela-7-pro-test-de.html": {
        "title": "Noventa Vela 7 Pro im Test: Starke Kamera, schwacher Lader",
        "author": "Jana Oberholzer",
        "headings": [
            None,
            "Design und Verarbeitung",
            "Display und Leistung",
            "Kamera",
            "Akku und Laden",
            "Technische Daten",
            "Fazit",
        ],
        "present": [
            "Im Test überzeugt das Smartphone mit einer hervorragenden Hauptkamera und einem hellen Display",
            "Das Vela 7 Pro ist das beste Noventa-Smartphone bisher, für den Preis fehlt aber schnelles Laden.",
            "Sechs Jahre Sicherheitsupdates zugesagt",
            "Mit 208 Gramm ist das Gerät kein Leichtgewicht, liegt aber dank der abgerundeten Kanten gut in der Hand.",
            "50 MP Haupt-, 12 MP Ultraweitwinkel-, 10 MP Telekamera",
            "Der Akku mit 5.000 Milliamperestunden hielt in unserem Streaming-Test knapp 19 Stunden durch.",
            "Sinkt der Preis in den kommenden Monaten unter 800 Euro, wird das Gerät zu einer echten Empfehlung.",
        ],
        "absent": [
            "Bei Elektrowelt für 879,00 € kaufen",
            "Aktuelle Preise im Vergleich",
            "Preise inkl. MwSt., zuletzt aktualisiert am 12.03.2025",
            "Kestrel Fold 2 im Test: Das bisher beste Klapphandy",
            "Sicherheitslücke in Routern: Dieses Update sollten Sie sofort installieren",
            "Jeden Freitag die wichtigsten Tests und Deals direkt in Ihr Postfach.",
            "Wir und unsere 143 Partner speichern und verarbeiten Informationen",
            "© 2025 TechnikBlick Mediengesellschaft mbH",
            "testet seit 2016 Smartphones und Wearables für TechnikBlick",
            "Wir erhalten eine Provision, wenn Sie über die mit einem Einkaufswagen markierten Links einkaufen.",
        ],
    },
    "halden-forge-14-review-en.html": {
        "title": "Halden Forge 14 review: a developer laptop that finally gets the keyboard right",
        "author": "Priya Ramaswamy and Tom Ellery",
        "headings": [
            None,
            "Keyboard and build",
            "Performance and Linux support",
            "Screen, speakers and webcam",
            "Specifications",
            "Should you buy it?",
        ],
        "present": [
            "Halden's second-generation Forge is quiet, repairable and plays nicely with Linux",
            "Memory, storage, the wireless card and even the battery are all replaceable",
            "upower -i /org/freedesktop/UPower/devices/battery_BAT0",
            "16GB or 32GB DDR5, two SO-DIMM slots",
            "Anyone who watches a lot of video without headphones, or spends the day in meetings, should look elsewhere or budget for an external webcam.",
        ],
        "absent": [
            "$1,299 at Northgate Electronics",
            "$1,349 at Halden Direct",
            "Circuit Ledger may earn a commission when you buy through links on our site.",
            "Quill Book Pro review: gorgeous screen, hot and loud",
            "Chipmaker delays its new foundry by two years, citing equipment shortages",
            "Our best reviews and buying advice, every Tuesday and Friday.",
            "We use cookies and similar technologies to run this site",
            "© 2025 Circuit Ledger Media LLC. All rights reserved.",
        ],
    },
    "nagham-buds-pro-review-ar.html": {
        "title": "مراجعة سماعات نغم بودز برو: عزل ممتاز للضوضاء وبطارية تحتاج إلى تحسين",
        "author": "ليلى الحداد",
        "headings": [
            None,
            "التصميم والراحة",
            "جودة الصوت وعزل الضوضاء",
            "البطارية والاتصال",
            "المواصفات التقنية",
            "الخلاصة",
        ],
        "present": [
            "تدخل شركة نغم سوق السماعات اللاسلكية الراقية بطراز بودز برو",
            "أما عزل الضوضاء النشط فهو أبرز مزايا السماعات، إذ نجح في إخفاء هدير المكيف وضجيج القطار بشكل شبه كامل.",
            "صمدت البطارية خمس ساعات ونصف مع تشغيل عزل الضوضاء",
            "5.5 ساعات للسماعات و16.5 ساعة إضافية من العلبة",
            "عمر بطارية أقل من المنافسين مع تفعيل العزل",
            "أما المسافرون لمسافات طويلة فقد يفضلون الانتظار للجيل القادم.",
        ],
        "absent": [
            "اشترِ الآن من متجر النور بسعر 649 ريالًا",
            "اشترِ من رقمي ستور بسعر 679 ريالًا",
            "مراجعة سماعات صدى ماكس: أفضل سماعات رأس جربناها هذا العام",
            "مكبر صوت وافي ميني: صغير الحجم لكن صوته خافت",
            "ارتفاع أسعار الهواتف الذكية في الأسواق الخليجية خلال الربع الثاني",
            "أفضل الهواتف الاقتصادية التي يمكنك شراؤها الآن",
            "اشترك في نشرتنا الأسبوعية ليصلك ملخص أهم الأخبار التقنية كل خميس.",
            "يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك",
            "جميع الحقوق محفوظة © 2025 تقنية اليوم للنشر الرقمي",
        ],
    },
    "aspira-r9-max-test-fr.html": {
        "title": "Test de l’Aspira R9 Max : un robot aspirateur brillant qui bute sur les tapis",
        "author": "Aubin Chevallier",
        "headings": [
            None,
            "Une navigation quasi irréprochable",
            "Aspiration : de très bons résultats",
            "Le lavage déçoit",
            "Notre conseil",
            "Fiche technique",
            "Notre avis",
        ],
        "present": [
            "Vendu 1 099 euros, le nouveau robot de la marque lyonnaise Aspira cartographie un appartement en quelques minutes et vide seul son bac.",
            "Sur trois semaines, il ne s’est retrouvé bloqué qu’une seule fois, sous un fauteuil bas.",
            "désactivez le lavage dans ces zones depuis l’application",
            "Vidage automatique, sac de 3 litres, lavage des serpillières à l’eau chaude",
            "La station de vidage étonnamment silencieuse",
            "Un excellent aspirateur autonome, dont le lavage reste en retrait pour un appareil de ce prix.",
            "À surveiller lors des prochaines promotions.",
        ],
        "absent": [
            "Voir l’offre chez MaisonPlus à 1 049 €",
            "Comparer les prix de l’Aspira R9 Max",
            "L'Octet peut percevoir une commission sur les achats réalisés via ces liens.",
            "Test du Brisa S2 : le purificateur d’air qui sait se faire oublier",
            "Panne géante chez un fournisseur d’accès : des milliers d’abonnés privés d’Internet",
            "Les meilleurs robots aspirateurs du moment, de 200 à 1 500 euros",
            "Recevez chaque samedi notre sélection de tests et de bons plans high-tech.",
            "nous et nos partenaires utilisons des cookies pour mesurer l’audience",
            "© 2025 L'Octet – Éditions Numériques du Rhône. Tous droits réservés.",
        ],
    },
    "kora-pulse-2-analisis-es.html": {
        "title": "Kora Pulse 2, análisis: el reloj deportivo que mide bien casi todo",
        "author": "Lucía Ferrándiz",
        "headings": [
            "El nuevo reloj de la valenciana Kora ofrece un GPS de doble frecuencia y diez días de autonomía por 329 euros, aunque su aplicación sigue por detrás de la competencia",
            "Diseño y pantalla",
            "Precisión del GPS y del pulso",
            "Autonomía y aplicación",
            "Ficha técnica",
            "Conclusión",
        ],
        "present": [
            "Con el Pulse 2, la marca da el salto a la gama media con pantalla AMOLED, mapas sin conexión y sensores",
            "El GPS de doble frecuencia es lo mejor del reloj.",
            "Para entrenamientos por zonas, recomendamos emparejarlo con una banda de pecho.",
            "Hasta 10 días en uso mixto, 32 horas con GPS",
            "El pulso óptico se queda atrás en las series",
            "Un reloj muy completo para corredores que priorizan la precisión del GPS y la autonomía por encima del ecosistema.",
            "Si la marca mejora su aplicación con futuras actualizaciones, será difícil encontrarle rival en su rango de precio.",
        ],
        "absent": [
            "Deporvida · 299 euros · Ver oferta",
            "Dónde comprar el Kora Pulse 2",
            "Pantalla Digital recibe una comisión por las compras realizadas",
            "Sierra Trail Pro, análisis: el mejor reloj de montaña que hemos probado",
            "Un apagón en un centro de datos deja sin servicio a varias aplicaciones bancarias",
            "Apúntate y recibe cada lunes los análisis y ofertas más interesantes de la semana.",
            "Utilizamos cookies propias y de terceros para fines analíticos",
            "© Ediciones Pantalla Digital S.L. 2025. Todos los derechos reservados.",
            "Ha corrido seis maratones y prueba relojes deportivos desde 2017.",
        ],
    },
    "roteador-onda-7-review-pt.html": {
        "title": "Review Corvo Net Onda 7: roteador Wi-Fi 7 é rápido, mas app deixa a desejar",
        "author": "Rafael Nogueira Lins",
        "headings": [
            None,
            "Instalação e aplicativo",
            "Desempenho e cobertura",
            "Ficha técnica",
            "Pontos positivos e negativos",
            "Vale a pena?",
        ],
        "present": [
            "Primeiro roteador Wi-Fi 7 da Corvo Net entrega velocidades impressionantes e boa cobertura",
            "O app travou duas vezes durante a atualização de firmware",
            "onda7# wifi status --bands",
            "Uma WAN de 10 Gbps, quatro LAN de 2,5 Gbps e uma USB 3.0",
            "Acesso SSH liberado para usuários avançados",
            "Hardware de primeira linha prejudicado por um software que ainda precisa amadurecer.",
            "desde que tenha paciência com o aplicativo enquanto a Corvo Net não lança as correções prometidas para agosto.",
        ],
        "absent": [
            "Comprar no Mercadão Digital por R$ 2.499",
            "O Bit a Bit pode receber comissão pelas vendas feitas a partir dos links acima.",
            "Review Alcance Mini: repetidor barato que mais atrapalha do que ajuda",
            "Operadora anuncia reajuste de até 12% nos planos de fibra a partir de setembro",
            "Como trocar a senha do Wi-Fi pelo celular em qualquer roteador",
            "Uma seleção diária com as notícias de tecnologia que importam, sem enrolação.",
            "Usamos cookies para melhorar sua experiência, analisar o tráfego e exibir anúncios.",
            "© 2025 Bit a Bit Comunicação Digital Ltda. Todos os direitos reservados.",
            "trabalhou dez anos como técnico de provedor de internet no interior de Santa Catarina",
        ],
    },
    "lumen-folio-8-recensione-it.html": {
        "title": "Lumen Folio 8, la recensione: l'e-reader a colori che fa venire voglia di leggere fumetti",
        "author": None,
        "headings": [
            "Schermo a colori da otto pollici, penna inclusa e fino a quattro settimane di autonomia: il nuovo lettore di Lumen convince quasi su tutto, tranne che sulla velocità",
            "Lo schermo a colori",
            "La penna e gli appunti",
            "Prestazioni e autonomia",
            "Il giudizio finale",
        ],
        "present": [
            "Il Folio 8 è il modello più ambizioso mai presentato da Lumen, azienda nata a Torino nel 2014",
            "La penna si aggancia magneticamente al lato del dispositivo e non richiede ricarica.",
            "dopo quattro settimane la batteria segnava ancora il 12 per cento.",
            "8 pollici a inchiostro elettronico, 300 ppi in bianco e nero, 150 ppi a colori",
            "Lento con file pesanti e PDF lunghi",
            "Il miglior e-reader a colori sotto i 300 euro, a patto di non pretendere la velocità di un tablet.",
            "mentre per chi ama fumetti e riviste è oggi una delle scelte migliori.",
        ],
        "absent": [
            "Acquista su LibreriaOnline a 269 euro",
            "Il Circuito riceve una commissione sugli acquisti effettuati tramite questi link",
            "Eco ANC, la recensione: cuffie leggere con cancellazione del rumore efficace",
            "Bonus pc per gli studenti, come funziona e chi può richiederlo",
            "Ogni giovedì le migliori recensioni e le offerte tech selezionate dalla redazione.",
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili",
            "Registrazione Tribunale di Torino n. 12/2010. Tutti i diritti riservati.",
            "Tempo di lettura: 5 minuti",
        ],
    },
    "kuzey-fold-z-satis-tr.html": {
        "title": "Kuzey Mobil'in katlanabilir telefonu Fold Z Türkiye'de satışa çıktı: İşte fiyatı ve özellikleri",
        "author": "Emre Kalaycı",
        "breaking_label": "Son dakika",
        "headings": [
            "Yerli üretici Kuzey Mobil'in ilk katlanabilir telefonu Fold Z, bugün saat 11.00 itibarıyla resmi mağaza ve anlaşmalı bayilerde satışa sunuldu. Cihazın başlangıç fiyatı 64.999 TL olarak açıklandı.",
            "Fiyat ve depolama seçenekleri",
            "İlk izlenimlerimiz",
        ],
        "present": [
            "Cihaz; siyah, lacivert ve bej olmak üzere üç renk seçeneğiyle raflardaki yerini aldı.",
            "ilk partideki cihazların yüzde 70'inin Çorlu'daki fabrikada üretildiğini söyledi",
            "50 MP ana, 12 MP ultra geniş açı, 10 MP telefoto",
            "Menteşe sağlam bir his veriyor ve ekranın ortasındaki kat izi",
            "Fiyatına göre iddialı bir başlangıç, ancak kalınlık ve yazılım tarafında geliştirilmesi gereken noktalar var.",
            "Detaylı incelememizi önümüzdeki haftalarda yayımlayacağız.",
        ],
        "absent": [
            "Dijital Çarşı'da 64.999 TL'ye satın al",
            "Operatörler yeni tarife dönemine geçiyor: Mobil internet paketlerinde yüzde 20 zam",
            "Bu fiyata yerli üretim katlanabilir telefon fena değil ama biraz daha ince olmalıydı.",
            "Servis ağı nasıl acaba, ekran kırılırsa tamiri ne kadar sürer?",
            "Yıldız Watch 2 incelemesi: Şık ama pil ömrü kısa",
            "Elektronik cihazlarda yeni vergi düzenlemesi: Telefon fiyatları nasıl etkilenecek?",
            "Günün en önemli teknoloji haberleri her sabah e-posta kutunuzda.",
            "Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır.",
            "Copyright © 2025 Teknoloji Masası Yayıncılık A.Ş. Tüm hakları saklıdır.",
        ],
    },
    "grundwasser-interview-de.html": {
        "title": "„Das Grundwasser vergisst nichts“",
        "author": "Jonas Albrecht",
        "headings": [
            None,
            "Der größte Verbraucher steht auf dem Acker",
            "„Wir werden über den Preis reden müssen“",
        ],
        "present": [
            "Drei trockene Sommer in Folge haben die Pegel in der Saalmoorer Geest auf historische Tiefstände sinken lassen.",
            "Wir haben mit Hannelore Brinkmann darüber gesprochen, warum die Messstellen trotzdem Alarm schlagen",
            "Hannelore Brinkmann, 54, leitet seit 2016 die Abteilung Grundwasserdynamik am Institut für Hydrogeologie",
            "Frau Brinkmann, im März und April hat es so viel geregnet wie seit Jahren nicht. Ist die Dürre damit vorbei?",
            "Die Feldberegnung, mit großem Abstand.",
            "Wer verbraucht das meiste Wasser in der Region?",
            "Das Grundwasser vergisst nichts, was wir ihm in trockenen Jahren zu viel entnehmen.",
        ],
        "absent": [
            "Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren",
            "Warum in Ostenholz die Hausbrunnen trockenfallen",
            "Jonas Albrecht ist Redakteur im Regionalressort",
            "Jeden Werktag um 6 Uhr die wichtigsten Nachrichten aus Velsheim und Umgebung",
            "Bei uns im Dorf wird trotzdem jeden Abend der Golfplatz bewässert",
            "Stadtfest in Hollstadt: Veranstalter sagen Feuerwerk wegen Waldbrandgefahr ab",
            "TSV Velsheim trennt sich nach nur elf Spielen von seinem Trainer",
            "© 2024 Weserblick Mediengruppe GmbH & Co. KG. Alle Rechte vorbehalten.",
        ],
    },
    "night-ferries-podcast-en.html": {
        "title": "Why the night ferries stopped running",
        "author": "Maya Okonjo",
        "headings": [
            None,
            "Chapters",
            "Guests",
            "Transcript excerpt",
        ],
        "present": [
            "carrying nurses, bakers and the last train’s stragglers to the islands. Then, in March, it didn’t.",
            "The MV Sunniva Grey left Portmallow pier at 11.40pm for the last time on 2 March.",
            "12:40 The insurance clause nobody read",
            "21:58 Inside the transport board meeting",
            "Dr Priya Venn, a transport economist at the University of Kelbrae.",
            "I sleep in the car. There’s a corner of the hospital car park where you can’t hear the road",
            "We found out about the pause from a notice on a window, the same way everybody else did.",
            "The executive producer is Ewan Petrie.",
        ],
        "absent": [
            "We use cookies and similar technologies to help personalise content",
            "Download MP3 (31.4 MB)",
            "Listen on Apple Podcasts",
            "Why the Portmallow auction left the quay after 200 years",
            "Three sisters who grew up on Skerran Rock remember the night the lamp went automatic.",
            "Kelbrae bypass delayed again as costs pass £90m",
            "Get every new episode and the stories behind it in your inbox every Tuesday morning.",
            "© 2024 Calder Bay Chronicle Media Ltd. All rights reserved.",
        ],
    },
    "tell-summaq-interview-ar.html": {
        "title": "عالم الآثار كريم النجّار: «تل السمّاق يعيد كتابة تاريخ الزراعة في الوادي»",
        "author": "سلمى الدباغ",
        "headings": [
            None,
            "ما الذي وجدتموه بالضبط في تل السمّاق؟",
            "وماذا يعني ذلك بالنسبة إلى تاريخ المنطقة؟",
            "هل هناك ما يهدد الموقع اليوم؟",
            "ما الذي تحتاجه البعثة في الموسم المقبل؟",
            "وكيف تتعاملون مع أهالي البلدة؟",
        ],
        "present": [
            "بعد ثلاثة مواسم من التنقيب، كشف فريق دولي عن مخازن حبوب يعود تاريخها إلى أكثر من سبعة آلاف عام.",
            "في صباح حار من أيام أيلول، كان كريم النجّار يجلس تحت مظلة من القماش على حافة الخندق الرئيسي",
            "كريم النجّار من مواليد عام 1971، أستاذ آثار ما قبل التاريخ في جامعة الرملة الشرقية.",
            "تحليل الكربون المشع يشير إلى أنها استُخدمت قبل نحو سبعة آلاف ومئتي عام.",
            "طلبنا من وزارة الثقافة إعلان الموقع محمية أثرية، والملف ما زال قيد الدراسة منذ ثمانية أشهر.",
            "أحدهم هو من عثر على أول حبة قمح متفحمة، وما زال يتحدث عنها كأنها كنز. هذا بالضبط ما نريده.",
        ],
        "absent": [
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا",
            "متحف الرملة يستعيد ثلاثين قطعة أثرية مهرّبة من الخارج",
            "صحفية في القسم الثقافي، تكتب عن التراث والمتاحف والحفريات الأثرية",
            "انطلاق الدورة الخامسة لمهرجان الخط العربي في الساحة القديمة",
            "مجلس البلدية يقر زيادة تدريجية في تعرفة المياه ابتداء من يناير",
            "اشترك في نشرتنا اليومية ليصلك ملخص أهم الأخبار كل صباح.",
            "لن يتم نشر عنوان بريدك الإلكتروني.",
            "جميع الحقوق محفوظة © 2024 الواحة اليوم للصحافة والنشر",
        ],
    },
    "fabrique-sabots-video-fr.html": {
        "title": "Dans le Haut-Varenne, la dernière fabrique de sabots tourne encore",
        "author": None,
        "headings": [
            None,
            "Transcription de la vidéo",
        ],
        "present": [
            "À Saint-Aubrac-sur-Varenne, Gérard Pellissier et son neveu Mathis fabriquent encore",
            "Il ne reste plus qu’une poignée de sabotiers en activité dans le pays",
            "La finition, elle, se fait toujours à la main, au paroir et à la cuillère.",
            "Le bouleau, il faut le travailler vert.",
            "Chaque paire passe par une douzaine d’étapes.",
            "Tant qu’il y aura de la boue, il y aura des sabotiers.",
        ],
        "absent": [
            "utilisent des cookies pour mesurer l’audience et vous proposer des publicités",
            "La vidéo démarrera après cette publicité",
            "Sur le plateau, les apiculteurs face au frelon asiatique",
            "La fromagerie coopérative de Lessac fête ses 75 ans",
            "Recevez chaque vendredi le meilleur de l’actualité de nos vallées",
            "Éboulement sur la RN 88 : la circulation rétablie sur une voie",
            "Rugby : l’US Varenne arrache le derby dans les arrêts de jeu",
            "© Le Courrier des Vallées 2024 – Tous droits de reproduction et de diffusion réservés.",
        ],
    },
    "cielo-oscuro-entrevista-es.html": {
        "title": "Inés Barrachina: “Si seguimos así, en diez años no veremos la Vía Láctea desde la sierra”",
        "author": "Ramiro Quintanilla",
        "headings": [
            "La directora del Observatorio de la Sierra de Almenar advierte de que el brillo artificial del cielo ha crecido un 40% desde 2015 y pide a los municipios del valle que cambien el alumbrado antes de que sea tarde",
            "¿Cuánto ha empeorado el cielo de Almenar?",
            "¿De dónde viene esa luz?",
            "¿Qué piden a los municipios?",
            "¿Afecta esto solo a los astrónomos?",
            "¿Es usted optimista?",
        ],
        "present": [
            "Inés Barrachina Olmo (Teruela, 1969) nos recibe en la cúpula principal del observatorio, a 1.870 metros de altitud",
            "Astrofísica por la Universidad de Valdecasas, dirige el observatorio desde 2011.",
            "Nuestros fotómetros registran un aumento del brillo del fondo del cielo de alrededor del 40% desde 2015.",
            "A eso se suman las naves logísticas del polígono de La Vega, que están iluminadas toda la noche.",
            "Dos pueblos de la sierra, Peñaclara y Hontanar, ya lo han hecho",
            "Basta con apagar una farola mal orientada para recuperar un trozo de cielo esa misma noche.",
        ],
        "absent": [
            "Utilizamos cookies propias y de terceros para analizar la navegación",
            "El Ayuntamiento aprueba cerrar al tráfico el casco antiguo los fines de semana",
            "Peñaclara, el pueblo que apagó la mitad de sus farolas y ganó turistas",
            "Recibe cada mañana en tu correo las noticias que necesitas para empezar el día.",
            "Para comentar debes estar registrado. Consulta nuestras normas de participación.",
            "La reforma del Mercado de Abastos se retrasa hasta la primavera de 2026",
            "El CD Almenar recupera el liderato tras golear al Hontanar",
            "© Editorial Diario de Almenar S.L. 2024. Todos los derechos reservados.",
        ],
    },
    "ultimo-trem-podcast-pt.html": {
        "title": "Pauta Aberta #87: O último trem de passageiros de Santa Luzia do Oeste",
        "author": "Luana Teixeira e Caio Brandão",
        "headings": [
            None,
            "Minutagem",
            "Convidados",
            "Ficha técnica",
        ],
        "present": [
            "Há um ano, o trem que ligava Santa Luzia do Oeste à capital fez sua última viagem.",
            "Durante 61 anos, o trem das 5h40 saiu de Santa Luzia do Oeste levando estudantes",
            "A concessionária foi procurada pela reportagem desde o dia 2 de agosto",
            "14:05 – O contrato de concessão que ninguém fiscalizou",
            "23:40 – A maquinista que conduziu o trem por 22 anos",
            "Marcelo Vilanova, promotor de Justiça da comarca de Santa Luzia do Oeste",
            "Edição de som e trilha original: Tainá Rezende.",
        ],
        "absent": [
            "Este site utiliza cookies para melhorar sua experiência de navegação.",
            "Ouça também no Spotify",
            "Novos episódios toda sexta-feira de manhã.",
            "Rodoviária nova de Santa Luzia tem obra atrasada em oito meses",
            "Como uma feira de bairro passou a atrair ônibus de excursão todo sábado.",
            "Meu avô trabalhou nessa linha a vida toda.",
            "Chuva de granizo destrói lavouras de feijão na zona rural de Santa Luzia",
            "© 2024 Jornal do Planalto Comunicações Ltda. Todos os direitos reservados.",
        ],
    },
    "soccorso-alpino-intervista-it.html": {
        "title": "«In montagna si va con gli scarponi giusti, non con il telefono carico»",
        "author": "Chiara Bonfanti",
        "headings": [
            None,
            "Un'estate da record",
            "Che estate è stata per voi?",
            "Chi sono le persone che soccorrete?",
            "Il telefono non è un'attrezzatura",
            "Le app di navigazione non aiutano?",
            "Cosa consiglierebbe a chi parte per la prima volta?",
            "Si parla di far pagare i soccorsi non necessari. È d'accordo?",
        ],
        "present": [
            "Dopo un'estate record per gli interventi, il capo del Soccorso alpino della Val Corniola Ettore Brambillasca racconta",
            "è stata l'estate più impegnativa da quando esistono le statistiche.",
            "Ettore Brambillasca è nato a Pradelle nel 1966.",
            "Non è colpa loro se nessuno gli ha spiegato che tre ore di salita sono anche tre ore di discesa.",
            "A duemila metri il segnale va e viene, con il freddo la batteria si scarica in fretta",
            "piuttosto che a mezzanotte con l'elicottero.",
        ],
        "absent": [
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili",
            "Escursionista bloccato sulla Cresta dei Camosci, recuperato di notte con il verricello",
            "Ogni giovedì sentieri, rifugi, meteo e notizie dalle valli",
            "Rifugio Lago Nero, chiusura anticipata per mancanza d'acqua",
            "Investimento di due milioni per hangar e piazzola notturna.",
            "Scontro frontale sulla provinciale 12, due feriti gravi a Sorvico",
            "Tempo di lettura: 4 minuti",
            "© 2024 Editoriale Valdoria S.p.A. – Tutti i diritti riservati",
        ],
    },
    "heyelan-vali-video-tr.html": {
        "title": "Vali Demirkol: Heyelan nedeniyle kapanan Akyamaç-Ortaköy yolu 10 gün içinde açılacak",
        "author": "İHA",
        "breaking_label": "SON DAKİKA",
        "headings": [
            None,
            "Açıklamanın tam metni",
            "Gazetecilerin soruları",
        ],
        "present": [
            "Akyamaç'ta dün gece meydana gelen heyelanın ardından açıklama yapan Vali Nurettin Demirkol",
            "Yamaçtan kopan toprak ve kaya parçaları kara yolunu tamamen kapatırken, olayda can kaybı ya da yaralanma yaşanmadı.",
            "Öncelikle şunu söyleyeyim, çok şükür herhangi bir can kaybımız yok.",
            "Riskli gördüğümüz 14 haneyi tedbir amaçlı tahliye ettik",
            "Bu yolda daha önce de kayma olmuştu, neden önlem alınmadı?",
            "Ama haklısınız, güzergâhın tamamı için yeni bir etüt yaptıracağız.",
            "Öğrencilerimizin servisleri, orman yolu güvenli hale gelir gelmez yeniden başlayacak.",
        ],
        "absent": [
            "Sitemizde deneyiminizi iyileştirmek ve size özel reklamlar sunmak için çerezler kullanılmaktadır.",
            "Ortaköy'de dere taştı, tarım arazileri sular altında kaldı",
            "Akyamaç'ın yüksek kesimlerinde nisan ayında kar sürprizi",
            "Günün en önemli haberleri her akşam e-posta kutunuzda olsun.",
            "Akyamaç'ta 12 mahallede yarın 8 saatlik su kesintisi yapılacak",
            "Fındık fiyatlarında nisan hareketliliği: Üretici yeni sezondan umutlu",
            "Google News'te takip et",
            "© 2024 Kuzey Ekspres Gazetecilik A.Ş. Tüm hakları saklıdır.",
        ],
    },
}

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _all_strings(doc: Document) -> list[str]:
    strings = [doc.title or "", doc.author or "", doc.dateline or ""]
    for section in doc.sections:
        strings += [section.heading or "", section.text]
    for link in doc.links:
        strings += [link.url, link.text]
    return strings


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    return {name: extract_article((PAGES_DIR / name).read_bytes(), URL) for name in PAGES}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_headings_in_order(documents, name):
    doc = documents[name]
    assert [s.heading for s in doc.sections] == PAGES[name]["headings"]
    assert all(s.level in (2, 3, 4) for s in doc.sections)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_text_present_and_boilerplate_absent(documents, name):
    doc = documents[name]
    for text in PAGES[name]["present"]:
        assert text in doc.text, text
    everything = "\n".join(_all_strings(doc))
    for text in PAGES[name]["absent"]:
        assert text not in everything, text
    body = "\n".join(f"{s.heading or ''}\n{s.text}" for s in doc.sections)
    for text in PAGES[name].get("body_absent", []):
        assert text not in body, text


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_metadata(documents, name):
    doc = documents[name]
    expected = PAGES[name]
    assert doc.title == expected["title"]
    for field in ("author", "published", "dateline"):
        if field in expected:
            assert getattr(doc, field) == expected[field], field
    assert doc.breaking_label == expected.get("breaking_label"), "breaking_label"
    if doc.published is not None:
        assert doc.published.utcoffset() is not None


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_links_numbered_absolute_http(documents, name):
    doc = documents[name]
    assert [link.number for link in doc.links] == list(range(1, len(doc.links) + 1))
    assert all(link.url.startswith(("http://", "https://")) for link in doc.links)
    if "links" in PAGES[name]:
        assert [link.url for link in doc.links] == PAGES[name]["links"]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_strings_are_sanitized(documents, name):
    for text in _all_strings(documents[name]):
        assert not _UNSAFE.search(text), repr(text)


def test_headline_repeated_in_body_is_dropped(documents):
    doc = documents["boilerplate.html"]
    assert doc.title is not None
    assert doc.title not in doc.text


def test_bytes_and_str_give_the_same_document():
    raw = (PAGES_DIR / "arabic.html").read_bytes()
    assert extract_article(raw, URL) == extract_article(raw.decode("utf-8"), URL)


def test_legacy_charset_declared_in_meta():
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body>'
        "<article><p>" + "Gr\xfc\xdfe aus K\xf6ln, sagte der Wirt des Caf\xe9s. " * 8 + "</p>"
        "<p>" + "Noch ein Absatz mit \x93Anf\xfchrungszeichen\x94 und mehr Text. " * 6 + "</p>"
        "</article></body></html>"
    ).encode("latin-1")
    doc = extract_article(html, URL)
    assert "Grüße aus Köln" in doc.text
    assert "“Anführungszeichen”" in doc.text


def test_charset_from_the_http_header_wins():
    html = (
        "<html><head><meta charset='utf-8'></head><body><article><p>" + "Zażółć gęślą jaźń. " * 20
    )
    data = (html + "</p></article></body></html>").encode("iso-8859-2")
    assert "Zażółć gęślą jaźń" in extract_article(data, URL, charset="iso-8859-2").text


@pytest.mark.parametrize(
    "html",
    [
        b"",
        b"   ",
        b"\x00\x01\x02",
        b"<",
        b"<html></html>",
        b"<html><body></body></html>",
        b"%PDF-1.7 binary",
        b"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00",
        "<p>" + "<div>" * 5000 + "deep" + "</div>" * 5000,
        "<p>text</p>" * 20000,
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>',
        "<html><body><p>\ud800 lone surrogate</p></body></html>",
        "<script>" + "x" * 10000,
        "<table>" * 300 + "cell",
    ],
    ids=lambda value: repr(value[:24]),
)
def test_never_crashes(html):
    doc = extract_article(html, URL)
    assert isinstance(doc, Document)
    for text in _all_strings(doc):
        assert not _UNSAFE.search(text)


def test_metadata_from_json_ld_and_meta():
    html = (
        """<html><head>
    <title>Fallback title | Site</title>
    <meta property="og:site_name" content="Site">
    <script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Site"},
      {"@type": "NewsArticle", "headline": "LD headline",
       "author": [{"@type": "Person", "name": "A. Writer"}, {"name": "B. Writer"}],
       "datePublished": "2023-11-05T10:00:00-05:00"}]}</script>
    </head><body><article><p>"""
        + "Body text sentence. " * 30
        + """</p></article></body></html>"""
    )
    doc = extract_article(html, URL)
    assert doc.author == "A. Writer, B. Writer"
    assert doc.published == datetime(2023, 11, 5, 15, 0, tzinfo=UTC)
    assert doc.title == "LD headline"


def test_title_from_title_element_without_site_name():
    body = "<body><article><p>" + "Body text sentence. " * 30 + "</p></article></body>"
    html = '<html><head><title>Storm hits coast | Site</title><meta property="og:site_name"'
    doc = extract_article(html + ' content="Site"></head>' + body, URL)
    assert doc.title == "Storm hits coast"


@pytest.mark.parametrize(
    ("content_type", "head", "expected"),
    [
        ("text/html; charset=utf-8", b"", True),
        ("application/xhtml+xml", b"", True),
        ("application/pdf", b"%PDF-1.4", False),
        ("image/png", b"\x89PNG", False),
        (None, b"<!DOCTYPE html><html>", True),
        (None, b"\xef\xbb\xbf  <html lang='en'>", True),
        (None, b"%PDF-1.4 ...", False),
        ("application/octet-stream", b"\x89PNG\r\n", False),
        ("application/octet-stream", b"<html><body>", True),
        ("text/plain", b"just text", False),
        (None, b"", False),
    ],
)
def test_is_html(content_type, head, expected):
    assert is_html(content_type, head) is expected


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xef\xbb\xbfplain", "plain"),
        ("caf\xe9".encode("cp1252"), "café"),
        ('<meta charset="iso-8859-2">\xb1'.encode("latin-1"), '<meta charset="iso-8859-2">ą'),
        ("naïve".encode(), "naïve"),
        (b'<meta charset="bogus">ok', '<meta charset="bogus">ok'),
        ("\ufeffcafé".encode("utf-16-le"), "café"),
        ("\ufeffcafé".encode("utf-16-be"), "café"),
        # the byte-order marks the feed parser knows (ekreader.core.text.charset): UTF-32's
        # starts with UTF-16-LE's, and is read as UTF-32
        ("\ufeffcafé".encode("utf-32-le"), "café"),
    ],
)
def test_decode_html(data, text):
    assert decode_html(data) == text


# -- against the shared corpus, when present -------------------------------------------

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


@pytest.mark.corpus
@pytest.mark.skipif(not (CORPUS / "readability").is_dir(), reason="no ../shared/corpus")
def test_readability_corpus_sample():
    """A quick sanity run on a slice of the corpus (the bench measures the whole)."""
    from ekreader.core.text.htmltext import html_to_text

    words = re.compile(r"\w+")
    scores = []
    for folder in sorted((CORPUS / "readability").iterdir())[::6]:
        if not (folder / "source.html").is_file():
            continue
        doc = extract_article((folder / "source.html").read_bytes(), "http://fakehost/test/")
        expected = html_to_text((folder / "expected.html").read_text("utf-8"))
        got, want = set(words.findall(doc.text.lower())), set(words.findall(expected.lower()))
        scores.append(len(got & want) / max(1, len(got | want)))
    assert len(scores) >= 15
    assert sum(scores) / len(scores) > 0.8


@pytest.mark.corpus
@pytest.mark.skipif(not (CORPUS / "trafilatura-eval").is_dir(), reason="no ../shared/corpus")
def test_trafilatura_eval_sample():
    root = CORPUS / "trafilatura-eval"
    items = list(json.loads((root / "evaldata.json").read_text("utf-8")).items())[::25]
    hits = total = 0
    for url, item in items:
        path = root / "eval" / (item["file"] + ".gz")
        if not path.is_file():
            path = root / "cache" / (item["file"] + ".gz")
        text = " ".join(extract_article(gzip.decompress(path.read_bytes()), url).text.split())
        hits += sum(" ".join(s.split()) in text for s in item["with"])
        hits += sum(" ".join(s.split()) not in text for s in item["without"])
        total += len(item["with"]) + len(item["without"])
    assert hits / total > 0.85


def _article(*blocks: str, head: str = "") -> str:
    filler = "".join(
        f"<p>Paragraph {n} of the story tells what happened in the valley on Monday, "
        "and what the council plans to do about it next week.</p>"
        for n in range(6)
    )
    return (
        f"<html><head><title>Storm floods the valley</title>{head}</head><body><article>"
        f"<h1>Storm floods the valley</h1>{''.join(blocks)}{filler}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        (
            "WASHINGTON (Reuters) - The Senate voted on Monday to extend the programme.",
            "WASHINGTON (Reuters)",
        ),
        (
            "KYIV, Ukraine (AP) — Forces moved into the town overnight, officials said.",
            "KYIV, Ukraine (AP)",
        ),
        ("Paris — La ville a annoncé lundi un nouveau plan pour les transports.", None),
        ("The council voted - again - to delay the decision until the autumn.", None),
        (
            "Berlin, 3. März (dpa) - Die Bundesregierung hat am Montag neue Hilfen beschlossen.",
            "Berlin, 3. März (dpa)",
        ),
        (
            "Hamburg (dpa/lno) - Im Hafen ist am Morgen ein Frachter auf Grund gelaufen.",
            "Hamburg (dpa/lno)",
        ),
        ("PARIS (AFP) – Le gouvernement a présenté mercredi son plan pour l'hiver.", "PARIS (AFP)"),
        ("Angela Merkel (CDU) - die frühere Kanzlerin - sprach am Abend in Stralsund.", None),
    ],
)
def test_dateline_from_the_lead(lead, dateline):
    doc = extract_article(_article(f"<p>{lead}</p>"), URL)
    assert doc.text.startswith(lead)  # the dateline stays in the text too
    assert doc.dateline == dateline


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        (
            "<p><strong>Deutschland - Ostsee Nachrichtenagentur</strong></p>",
            "Deutschland - Ostsee Nachrichtenagentur",
        ),
        ("<p><strong>القاهرة - وكالة الأنباء</strong></p>", "القاهرة - وكالة الأنباء"),
        ("<p><b>Berlin, 3. März (dpa) -</b></p>", "Berlin, 3. März (dpa)"),
        ("<p><strong>PARIS (AFP) –</strong></p>", "PARIS (AFP)"),
        ("<h3>Madrid – Agencia Meseta</h3>", "Madrid – Agencia Meseta"),
    ],
)
def test_a_dateline_line_is_the_dateline_never_a_heading(line, dateline):
    """A dateline written as a line of its own above the lead (in bold, as a heading):
    the Document's dateline, and the lead comes first without a heading."""
    doc = extract_article(_article(line), URL)
    assert doc.dateline == dateline
    assert doc.sections[0].heading is None
    assert doc.sections[0].text.startswith("Paragraph 0 of the story")
    assert all(s.heading is None or "–" not in s.heading for s in doc.sections)
    assert dateline not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "<p><strong>Berlin - Hauptstadt der Gründer</strong></p>",
        "<p><strong>Mittwoch, 26.01.2022 - 14:30</strong></p>",
        "<h2>Madrid – a city that never sleeps</h2>",
    ],
)
def test_a_heading_with_a_dash_is_no_dateline(line):
    doc = extract_article(_article(line), URL)
    assert doc.dateline is None


@pytest.mark.parametrize(
    "furniture",
    [
        "<p>By Jane Doe and John Roe</p>",
        "<p>12,345 views</p>",
        "<p>Share this article:</p>",
        "<p>Updated: 14 March 2024, 10:32</p>",
        "<p>Photo: Jane Doe / Valley Agency</p>",
        "<p>Read more: Storm damage bill passes one million</p>",
        "<p>Tags: weather, floods, valley</p>",
        "<p>Sign up for our daily newsletter</p>",
        "<p>Advertisement</p>",
        "<p>1 day ago</p>",
        "<p>vor 2 Stunden</p>",
        "<p>منذ ساعة</p>",
        "<p>il y a 3 heures</p>",
        "<p>hace 2 horas</p>",
        "<p>há 5 minutos</p>",
        "<p>2 ore fa</p>",
        "<p>2 saat önce</p>",
        "<p>91</p>",
        "<p>1٬250 مشاهدة</p>",
        "<p>Aufrufe: 87</p>",
        "<p>بقلم: سمير عبد الحميد</p>",
    ],
)
def test_furniture_inside_the_body_is_dropped(furniture):
    doc = extract_article(_article(furniture), URL)
    text = re.sub(r"<[^>]+>", "", furniture)
    assert text not in doc.text
    assert "Paragraph 5 of the story" in doc.text


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        (
            "<span>Von Anna Berg</span> <span>vor 2 Stunden</span> <span>87 Aufrufe</span>",
            "Anna Berg",
        ),
        ("<span>بقلم: سمير عبد الحميد</span> <span>منذ ساعة</span>", "سمير عبد الحميد"),
        (
            "<span>By Jane Doe and John Roe</span> | <span>14 March 2024</span>",
            "Jane Doe and John Roe",
        ),
        ("<span>By the river, a new bridge</span>", None),
        ("<span>Redaktion 1. November 2023 10:29</span>", None),
    ],
)
def test_author_from_the_byline_under_the_headline(meta, author):
    """A page whose metadata names no author: the byline under its headline does, without
    the age or counters on the same line."""
    doc = extract_article(_article(f"<div class='meta'>{meta}</div>"), URL)
    assert doc.author == author


@pytest.mark.parametrize(
    "items",
    [
        ("Share", "Tweet", "LinkedIn", "Email", "Print"),
        ("Teilen", "WhatsApp", "Drucken"),
        ("Compartir", "Facebook", "Twitter"),
        ("شارك", "Facebook"),
    ],
)
def test_a_list_of_share_buttons_is_dropped(items):
    buttons = "<ul>" + "".join(f"<li><a href='#'>{item}</a></li>" for item in items) + "</ul>"
    doc = extract_article(_article(buttons), URL)
    assert not any(line.lstrip("• ") in items for line in doc.text.split("\n"))
    assert "Paragraph 5 of the story" in doc.text


def test_a_list_with_one_real_item_among_buttons_stays():
    keep = (
        "<ul><li><a href='#'>Share</a></li><li><a href='#'>Tweet</a></li>"
        "<li>Residents of the lower valley should move to higher ground</li></ul>"
    )
    doc = extract_article(_article(keep), URL)
    assert "Residents of the lower valley should move to higher ground" in doc.text


def test_sentences_that_look_like_furniture_stay():
    keep = "<p>By the end of the day the water had reached the old mill on Quay Street.</p>"
    doc = extract_article(_article(keep), URL)
    assert "By the end of the day the water had reached the old mill" in doc.text


def test_related_links_after_the_article_are_cut():
    related = (
        "<h3>Related articles</h3><ul><li><a href='/a'>Ferry timetable changes</a></li>"
        "<li><a href='/b'>Market moves indoors</a></li></ul>"
    )
    html = _article().replace("</article>", "</article>" + related)
    doc = extract_article(html, URL)
    assert "Ferry timetable changes" not in doc.text
    assert "Related articles" not in doc.text


def test_title_without_site_or_author_suffix():
    head = (
        '<meta property="og:title" content="Storm floods the valley | Mara Lind">'
        '<meta name="author" content="Mara Lind">'
    )
    doc = extract_article(_article(head=head), URL)
    assert doc.title == "Storm floods the valley"
    assert doc.author == "Mara Lind"


def test_links_resolve_against_base_element():
    html = _article(
        "<p>The council published <a href='plans/storm.pdf'>its plans</a> on Monday, "
        "together with a map of the flooded streets and a list of shelters.</p>",
        head='<base href="https://council.example/docs/">',
    )
    doc = extract_article(html, URL)
    assert doc.links[0].url == "https://council.example/docs/plans/storm.pdf"
    assert "its plans[1]" in doc.text


def test_heading_split_by_inline_elements_stays_one_word():
    """A word whose letters sit in two inline elements ("<em>b</em><em>y</em>") is one word
    in the heading, and in the headline taken from the page's h1."""
    html = _article(
        "<h2>Walk <em>b</em><em>y</em> the river</h2><p>The river path is open again after "
        "the floods of the winter, the parks office said on Tuesday morning.</p>"
    ).replace("<h1>Storm floods the valley</h1>", "<h1>Storm fl<i>oods</i> the valley</h1>")
    html = html.replace("<title>Storm floods the valley</title>", "")
    doc = extract_article(html, URL)
    assert doc.title == "Storm floods the valley"
    assert "Walk by the river" in [s.heading for s in doc.sections]


# -- headings and sections recovered from the page -------------------------------------------

_HARBOUR = [
    "The harbour office confirmed on Tuesday that the old swing bridge will stay shut until "
    "the end of the month, while divers inspect the pillars for damage from the winter storms.",
    "Fishing crews say the closure costs them an hour each morning, because boats must now "
    "leave through the northern channel, which is narrow and shallow at low tide.",
    "Engineers from the county hope to finish the survey within ten days; repairs, if any are "
    "needed, would be planned over the summer when traffic on the water is lighter.",
    "Residents of the quay have been asked to keep the slipway clear for the survey barge, "
    "which arrives on Thursday and will moor beside the lifeboat station for a week.",
]
_OG_TITLE = "<meta property='og:title' content='Swing bridge stays shut for inspection'>"
GAZETTE = "https://gazette.example/news/bridge"


def _paragraphs(count: int = 4, start: int = 0) -> str:
    return "".join(f"<p>{_HARBOUR[(start + n) % 4]}</p>" for n in range(count))


def _gazette(header: str, body: str, *, head: str = _OG_TITLE, after: str = "") -> str:
    """A news page: navigation, the article's header, its body in a content div, a footer."""
    return (
        f"<html><head><title>Swing bridge stays shut for inspection</title>{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        f"<main><article><header>{header}</header>"
        f"<div class='article-content'>{body}</div></article>{after}</main>"
        "<footer><p>Harbour Gazette 2024</p></footer></body></html>"
    )


def _links(*pairs: tuple[str, str]) -> str:
    return "<ul>" + "".join(f"<li><a href='{h}'>{t}</a></li>" for h, t in pairs) + "</ul>"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def test_subtitle_under_the_headline_comes_back_past_byline_and_caption():
    """A subtitle (an h2 under the h1) is part of the article, even with a byline, a date
    and a photo credit between it and the text; the section label above the headline
    is not."""
    header = (
        "<h4>Local news —</h4><h1>Swing bridge stays shut for inspection</h1>"
        "<h2>Divers will check the pillars for storm damage before any repairs start</h2>"
        "<p class='byline'><a href='/staff/ana'>Ana Reyes</a> - 3 April 2024</p>"
        "<figure><img src='bridge.jpg'><figcaption><a href='https://photos.example/1'>"
        "Photo agency</a></figcaption></figure>"
    )
    doc = extract_article(_gazette(header, _paragraphs()), GAZETTE)
    assert _headings(doc) == [
        "Divers will check the pillars for storm damage before any repairs start"
    ]
    assert doc.sections[0].text.startswith("The harbour office confirmed")
    assert "Local news" not in doc.text


def test_a_short_label_in_the_header_is_not_a_subtitle():
    header = (
        "<h1>Swing bridge stays shut for inspection</h1><p>Ana Reyes</p><h4>Saved</h4>"
        "<p>Find your saved stories in your account</p><p>Close this message</p>"
    )
    doc = extract_article(_gazette(header, _paragraphs()), GAZETTE)
    assert "Saved" not in _headings(doc)


def test_the_pages_own_headline_when_the_metadata_title_differs():
    """A page whose visible h1 is not its og:title shows the h1 as the first heading."""
    header = "<h1>Why the old swing bridge matters to the quay</h1><p>Ana Reyes</p><p>3 April</p>"
    head = "<meta property='og:title' content='Harbour office keeps the swing bridge closed'>"
    doc = extract_article(_gazette(header, _paragraphs(), head=head), GAZETTE)
    assert doc.title == "Harbour office keeps the swing bridge closed"
    assert _headings(doc) == ["Why the old swing bridge matters to the quay"]


@pytest.mark.parametrize(
    "header",
    [
        "<h1>Harbour: Swing bridge stays shut for inspection</h1><p>Ana</p><p>3 April</p>",
        "<h1>Swing bridge stays shut</h1><p>Ana Reyes</p><p>3 April 2024</p>",
        "<p>Ana Reyes</p><h2>Jan 3 Swing bridge stays shut for inspection</h2>",
        "<h4>Harbour desk</h4><h1>Swing bridge stays shut for inspection</h1><p>3 April</p>",
    ],
    ids=["h1-with-kicker", "h1-shortened", "dated-repeat", "label-above"],
)
def test_headline_variants_and_labels_above_it_are_not_headings(header):
    """The headline again with a word more or less is not a section; nor is a label above
    the headline."""
    doc = extract_article(_gazette(header, _paragraphs()), GAZETTE)
    assert _headings(doc) == [None]


def test_lists_of_links_between_sections_come_back_with_their_headings():
    """Sections that are only a list of links to other sites, between sections the
    extractor kept, are the article's (a colophon's list of tools), not a teaser box."""
    body = (
        _paragraphs(2)
        + "<h2>Editors we use</h2>"
        + _links(
            ("https://editor-one.example/", "Editor One"),
            ("https://quill.example/", "Quill"),
            ("https://inkpad.example/", "Inkpad"),
        )
        + "<h2>Phone apps</h2>"
        + _links(("https://notes.example/", "Notes Pocket"))
        + "<h2>Where the site runs</h2>"
        + _paragraphs(2, 2)
    )
    doc = extract_article(
        _gazette("<h1>Swing bridge stays shut for inspection</h1>", body), GAZETTE
    )
    assert _headings(doc) == [None, "Editors we use", "Phone apps", "Where the site runs"]
    assert doc.sections[1].text == "• Editor One[1]\n• Quill[2]\n• Inkpad[3]"
    assert doc.sections[2].text == "• Notes Pocket[4]"


def test_links_to_the_sites_own_pages_between_sections_stay_out():
    body = (
        _paragraphs(2)
        + "<h2>Editors we use</h2>"
        + _links(("/news/a", "Bridge repairs begin"), ("/news/b", "Quay market returns"))
        + "<h2>Where the site runs</h2>"
        + _paragraphs(2, 2)
    )
    doc = extract_article(
        _gazette("<h1>Swing bridge stays shut for inspection</h1>", body), GAZETTE
    )
    assert "Bridge repairs begin" not in doc.text


def test_see_also_between_sections_comes_back():
    """A wiki's "See also" (links to its own pages) before its notes is part of it."""
    body = (
        "<h2>History</h2>"
        + _paragraphs(2)
        + "<h2>See also</h2>"
        + _links(
            ("/wiki/Quay", "Quay"), ("/wiki/Swing_bridge", "Swing bridge"), ("/wiki/Tide", "Tide")
        )
        + "<h2>Notes</h2><ol><li>The survey report of 1998.</li><li>County records.</li></ol>"
    )
    doc = extract_article(
        _gazette("<h1>Swing bridge stays shut for inspection</h1>", body), GAZETTE
    )
    assert _headings(doc) == ["History", "See also", "Notes"]
    assert doc.sections[1].text == "• Quay[1]\n• Swing bridge[2]\n• Tide[3]"


def test_sources_after_the_article_come_back():
    """A "Sources" list of links to other sites right after the text is the article's;
    "Further reading" links to the site's own stories after it are teasers."""
    sources = "<h2>Sources</h2>" + _links(
        ("https://county.example/report.pdf", "https://county.example/report.pdf"),
        ("https://tides.example/table", "https://tides.example/table"),
    )
    teasers = (
        "<section><h2>Further reading</h2>"
        + _links(
            ("/news/a", "Bridge repairs begin"),
            ("/news/b", "Quay market returns"),
            ("/news/c", "Ferry times change"),
        )
        + "</section>"
    )
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    doc = extract_article(_gazette(header, _paragraphs() + sources, after=teasers), GAZETTE)
    assert _headings(doc) == [None, "Sources"]
    assert doc.sections[1].text == (
        "• https://county.example/report.pdf[1]\n• https://tides.example/table[2]"
    )
    doc = extract_article(_gazette(header, _paragraphs(), after=teasers), GAZETTE)
    assert _headings(doc) == [None]
    assert "Bridge repairs begin" not in doc.text


def test_table_of_contents_heading_is_not_put_back():
    """The reader has its own outline: a "Contents" heading over in-page links is not a
    section (it used to come back alone, with nothing under it)."""
    body = (
        _paragraphs(1)
        + "<h2>Contents</h2>"
        + _links(("#background", "Background"), ("#survey", "The survey"))
        + "<h2 id='background'>Background</h2>"
        + _paragraphs(2, 1)
        + "<h2 id='survey'>The survey</h2>"
        + _paragraphs(2, 2)
    )
    doc = extract_article(
        _gazette("<h1>Swing bridge stays shut for inspection</h1>", body), GAZETTE
    )
    assert _headings(doc) == [None, "Background", "The survey"]


def _teasers(count: int, *, numbered: bool = False) -> str:
    """Teasers of stories on the gazette's own site: linked title, one-sentence summary."""
    return "".join(
        f"<div class='teaser'><h3><a href='/news/story-{n}'>"
        f"{f'{n + 1}. ' if numbered else ''}Quay story number {n} of the week</a></h3>"
        f"<p>A short summary of quay story {n}, told in one sentence.</p>"
        "<p>By Ana Reyes</p></div>"
        for n in range(count)
    )


def test_section_front_reads_as_index_with_levels(documents):
    """Section headings are level 2, the teaser titles under them level 3."""
    doc = documents["section-front.html"]
    levels = [s.level for s in doc.sections]
    assert levels == [2, 3, 3, 3, 2, 3, 3, 3, 2, 3, 3, 3]
    assert doc.sections[1].text.endswith("[1]\n\nBy Tomas Eklund")


def test_an_article_with_many_teasers_after_it_stays_an_article():
    """Related stories under a short article are cut; they do not turn it into an index."""
    page = _gazette(
        "<h1>Swing bridge stays shut for inspection</h1>",
        _paragraphs(2),
        after="<section><h2>More news</h2>" + _teasers(12) + "</section>",
    )
    doc = extract_article(page, GAZETTE)
    assert _HARBOUR[0] in doc.text
    assert _HARBOUR[1] in doc.text
    assert "quay story" not in doc.text.casefold()
    assert _headings(doc) == [None]


def test_a_page_of_teasers_alone_is_an_index():
    """The same teasers with no article around them are the page's content."""
    page = _gazette("<h1>Quay news</h1>", _teasers(9))
    doc = extract_article(page, GAZETTE)
    assert [s.heading for s in doc.sections] == [
        "Quay news",
        *(f"Quay story number {n} of the week" for n in range(9)),
    ]
    assert [link.url for link in doc.links] == [
        f"https://gazette.example/news/story-{n}" for n in range(9)
    ]


def test_an_article_whose_text_is_missing_is_not_read_as_its_teasers():
    """The headline is there but the text is not (drawn by a script): the teasers below
    are not the article, whatever the extractor keeps (the feed's summary stays)."""
    page = _gazette(
        "<h1>Swing bridge stays shut for inspection</h1>",
        "<div id='app'></div>",
        after="<section>" + _teasers(12) + "</section>",
    )
    doc = extract_article(page, GAZETTE)
    assert not any(link.url.startswith("https://gazette.example/news/story-") for link in doc.links)
    assert not any(s.heading and s.heading.startswith("Quay story") for s in doc.sections)


def test_numbered_teasers_are_a_listicle_not_an_index():
    """Titles such as "1. …", "2. …" linked elsewhere are the items of an article: its text is kept
    as an article's (the index would link each summary to its story)."""
    page = _gazette("<h1>Nine quay stories</h1>", _teasers(9, numbered=True))
    doc = extract_article(page, GAZETTE)
    for n in range(9):
        assert f"A short summary of quay story {n}, told in one sentence.\n" in doc.text + "\n"
    assert not doc.links


def _slides(total: int) -> str:
    return (
        "<ul>"
        + "".join(
            f"<li><h3>{n}/{total} Quay picture {n}</h3><p>Caption of quay picture {n}.</p></li>"
            for n in range(1, total + 1)
        )
        + "</ul>"
    )


def test_a_photo_gallery_and_a_video_player_menu_inside_the_article_are_dropped():
    """Slides counted "1/12", "2/12" … with the gallery's title and controls above them,
    and a video player's menus ("captions off, selected"), are not article text."""
    player = (
        "<ul><li>Chapters</li><li>descriptions off, selected</li>"
        "<li>captions settings, opens captions settings dialog</li>"
        "<li>captions off, selected</li></ul>"
    )
    gallery = "<h2>Harbour in pictures</h2><ul><li>12 show all</li></ul>" + _slides(12)
    body = _paragraphs(2) + player + _paragraphs(1, 2) + gallery + _paragraphs(1, 3)
    doc = extract_article(
        _gazette("<h1>Swing bridge stays shut for inspection</h1>", body), GAZETTE
    )
    for paragraph in _HARBOUR:
        assert paragraph in doc.text
    for gone in ("Quay picture", "Caption of", "in pictures", "show all", "selected", "Chapters"):
        assert gone not in doc.text, gone


def test_a_slide_show_with_a_counter_in_its_toolbar_is_dropped():
    """A slide show whose toolbar counts "1 of 3" beside a list of three slides goes, with
    its title; a list of short items with a count but no slides beside it stays."""
    toolbar = (
        "<ul><li>Share on Twitter</li><li>Share on Facebook</li><li>1 of 3</li>"
        "<li>Close</li><li>Fullscreen</li></ul>"
    )
    slides = (
        "<ul>"
        + "".join(
            f"<li><h4>Quay slide show {n}</h4><p>A longer caption of slide {n} of the quay at dawn.</p></li>"
            for n in range(1, 4)
        )
        + "</ul>"
    )
    show = f"<div><h3>Featured Slide Shows</h3><div><div>{toolbar}{slides}</div></div></div>"
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    doc = extract_article(_gazette(header, _paragraphs(2) + show + _paragraphs(2, 2)), GAZETTE)
    for paragraph in _HARBOUR:
        assert paragraph in doc.text
    for gone in ("Quay slide show", "longer caption", "Featured Slide", "Fullscreen", "1 of 3"):
        assert gone not in doc.text, gone
    steps = "<ul><li>1 of 3</li><li>Gate A</li><li>Pier 4</li></ul>"
    body = _paragraphs(2) + "<h2>Getting there</h2>" + steps + _paragraphs(2, 2)
    assert "Pier 4" in extract_article(_gazette(header, body), GAZETTE).text


def test_a_list_of_fractions_is_not_a_gallery():
    """Amounts such as "1/2 cup" start like slide counters but do not count 1, 2, 3."""
    recipe = (
        "<ul>"
        + "".join(
            f"<li>{amount} of {thing}</li>"
            for amount, thing in (
                ("1/2 cup", "rolled oats"),
                ("1/2 cup", "warm milk"),
                ("1/2 cup", "chopped walnuts"),
                ("1/2 teaspoon", "sea salt"),
            )
        )
        + "</ul>"
    )
    body = _paragraphs(2) + "<h2>What you need</h2>" + recipe + _paragraphs(2, 2)
    doc = extract_article(
        _gazette("<h1>Swing bridge stays shut for inspection</h1>", body), GAZETTE
    )
    assert "• 1/2 cup of chopped walnuts" in doc.text
    assert "• 1/2 teaspoon of sea salt" in doc.text


# -- boxes and teasers found by their structure (issue 14) --------------------------------


def test_a_page_inside_one_form_keeps_its_text():
    """Some sites wrap the whole page in a <form>: that form is no sign-up box."""
    page = _gazette("<h1>Swing bridge stays shut for inspection</h1>", _paragraphs())
    page = page.replace("<body>", "<body><form action='/page.aspx'><input type='text'>")
    page = page.replace("</body>", "</form></body>")
    doc = extract_article(page, GAZETTE)
    assert _HARBOUR[0][:40] in doc.text
    assert _HARBOUR[3][:40] in doc.text


def test_a_sign_up_box_in_the_middle_goes_and_the_text_after_it_stays():
    box = (
        "<div class='q'><h4>Our daily letter</h4><p>The harbour's news every morning.</p>"
        "<form><input type='email'><button>Go</button></form></div>"
    )
    doc = extract_article(
        _gazette("<h1>Swing bridge stays shut</h1>", _paragraphs(2) + box + _paragraphs(2, 2)),
        GAZETTE,
    )
    assert "Our daily letter" not in doc.text
    assert "every morning" not in doc.text
    assert _HARBOUR[3][:40] in doc.text


def test_sections_that_each_end_in_back_to_top_are_no_comment_thread():
    sections = "".join(
        f"<div><h2>Part {n}</h2>{_paragraphs(1, n)}<p><a href='#top'>Back to top</a></p></div>"
        for n in range(3)
    )
    doc = extract_article(_gazette("<h1>Swing bridge stays shut</h1>", sections), GAZETTE)
    assert [s.heading for s in doc.sections][-3:] == ["Part 0", "Part 1", "Part 2"]


def test_a_list_of_reviews_keeps_its_linked_headings():
    """A heading whose text links to another page but has the article's text under it is
    a section (a list of reviews), not a teaser."""
    body = "".join(
        f"<h2><a href='/reviews/{n}'>Boat number {n} reviewed</a></h2>{_paragraphs(2, n)}"
        for n in range(3)
    )
    doc = extract_article(_gazette("<h1>Swing bridge stays shut</h1>", body), GAZETTE)
    assert [s.heading for s in doc.sections][-3:] == [f"Boat number {n} reviewed" for n in range(3)]


def test_sources_after_the_end_that_leave_the_site_stay():
    sources = "<h2>Sources</h2>" + _links(
        ("https://council.example/report", "Council inspection report 2024"),
        ("https://port.example/notice", "Port authority notice to mariners"),
    )
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", _paragraphs() + sources), GAZETTE)
    assert "Council inspection report 2024" in doc.text
    assert "Sources" in [s.heading for s in doc.sections]


def test_links_to_the_sites_own_pages_after_the_end_go():
    more = "<h2>From our harbour desk</h2>" + _links(
        ("/news/ferry", "Ferry timetable changes in July"),
        ("/news/market", "Quay Street market moves indoors"),
        ("/news/storm", "Storm damage bill passes one million"),
    )
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", _paragraphs() + more), GAZETTE)
    assert "From our harbour desk" not in doc.text
    assert "Ferry timetable changes" not in doc.text
    assert _HARBOUR[3][:40] in doc.text


def test_the_article_resumes_after_an_inline_read_more_box():
    """A "Read more" cue in the middle cuts the teaser under it, not the article's next
    sentence (short as it is) nor the paragraphs after it."""
    box = (
        "<p>Read more</p><p><a href='/news/ferry'>Ferry timetable changes in July</a></p>"
        "<p>The council will meet again on Monday to decide what to do next.</p>"
    )
    page = _gazette("<h1>Swing bridge</h1>", _paragraphs(3) + box + _paragraphs(2, 3))
    doc = extract_article(page, GAZETTE)
    assert "Ferry timetable changes" not in doc.text
    assert "The council will meet again on Monday to decide what to do next." in doc.text
    assert _HARBOUR[0][:40] in doc.text
