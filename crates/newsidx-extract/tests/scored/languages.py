"""How each language of the scored set prints what surrounds a story: the byline word, dates,
labels and site furniture. Written for this set; a shape a reader meets on news sites in that
language, not any one site's wording."""


def _en_date(y, m, d):
    return f"{EN_MONTHS[m - 1]} {d}, {y}"


EN_MONTHS = "January February March April May June July August September October November December".split()

LANGS = {
    "en": dict(
        by="By", conj="and",
        credit=lambda writer, editor: f"(Reporting by {writer}; Editing by {editor})",
        day=_en_date,
        published=lambda y, m, d: f"Published {_en_date(y, m, d)} 9:14 AM",
        updated=lambda y, m, d: f"Updated {_en_date(y, m, d)} 6:02 PM",
        wire=lambda place, m, d, agency, y: f"{place}, {EN_MONTHS[m - 1][:3]} {d} ({agency}) - ",
        menu=["Home", "News", "Business", "Sport", "Opinion", "Weather"],
        share="Share on Facebook Share on X Email this story",
        newsletter="Sign up for our morning newsletter and get the day's top stories in your inbox.",
        related="Read more",
        comments="Leave a comment. You must be logged in to post a comment.",
        copyright="© 2026 {site}. All rights reserved.",
        caption="Photo: {name} / {site}",
        home="Home",
    ),
    "de": dict(
        by="Von", conj="und",
        credit=lambda writer, editor: f"Mitarbeit: {writer}; redigiert von {editor}",
        day=lambda y, m, d: f"{d}. {DE_MONTHS[m - 1]} {y}",
        published=lambda y, m, d: f"Veröffentlicht am {d:02}.{m:02}.{y}, 09:14 Uhr",
        updated=lambda y, m, d: f"Aktualisiert am {d:02}.{m:02}.{y}, 18:02 Uhr",
        wire=lambda place, m, d, agency, y: f"{place} ({agency}) - ",
        menu=["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter"],
        share="Teilen Drucken Per E-Mail versenden",
        newsletter="Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.",
        related="Mehr zum Thema",
        comments="Kommentare sind für diesen Artikel geschlossen.",
        copyright="© 2026 {site}. Alle Rechte vorbehalten.",
        caption="Foto: {name}/{site}",
        home="Startseite",
    ),
    "fr": dict(
        by="Par", conj="et",
        credit=lambda writer, editor: f"(Reportage de {writer}, édité par {editor})",
        day=lambda y, m, d: f"{d} {FR_MONTHS[m - 1]} {y}",
        published=lambda y, m, d: f"Publié le {d} {FR_MONTHS[m - 1]} {y} à 09h14",
        updated=lambda y, m, d: f"Mis à jour le {d} {FR_MONTHS[m - 1]} {y} à 18h02",
        wire=lambda place, m, d, agency, y: f"{place} ({agency}) - ",
        menu=["Accueil", "Politique", "Économie", "Sport", "Culture", "Météo"],
        share="Partager sur Facebook Partager sur X Envoyer par e-mail",
        newsletter="Inscrivez-vous à notre lettre d'information pour recevoir l'essentiel de l'actualité chaque matin.",
        related="À lire aussi",
        comments="Les commentaires sont réservés aux abonnés.",
        copyright="© 2026 {site}. Tous droits réservés.",
        caption="Photo : {name} / {site}",
        home="Accueil",
    ),
    "es": dict(
        by="Por", conj="y",
        credit=lambda writer, editor: f"(Reporte de {writer}; editado por {editor})",
        day=lambda y, m, d: f"{d} de {ES_MONTHS[m - 1]} de {y}",
        published=lambda y, m, d: f"Publicado el {d} de {ES_MONTHS[m - 1]} de {y}, 09:14",
        updated=lambda y, m, d: f"Actualizado el {d} de {ES_MONTHS[m - 1]} de {y}, 18:02",
        wire=lambda place, m, d, agency, y: f"{place}, {d} {ES_MONTHS[m - 1][:3]} ({agency}).- ",
        menu=["Portada", "España", "Economía", "Deportes", "Cultura", "Tiempo"],
        share="Compartir en Facebook Compartir en X Enviar por correo",
        newsletter="Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes del día.",
        related="Más información",
        comments="Los comentarios están cerrados para esta noticia.",
        copyright="© 2026 {site}. Todos los derechos reservados.",
        caption="Foto: {name} / {site}",
        home="Portada",
    ),
    "it": dict(
        by="Di", conj="e",
        credit=lambda writer, editor: f"(Tradotto da {writer}, in redazione {editor})",
        day=lambda y, m, d: f"{d} {IT_MONTHS[m - 1]} {y}",
        published=lambda y, m, d: f"Pubblicato il {d} {IT_MONTHS[m - 1]} {y} alle 09:14",
        updated=lambda y, m, d: f"Aggiornato il {d} {IT_MONTHS[m - 1]} {y} alle 18:02",
        wire=lambda place, m, d, agency, y: f"({agency}) - {place}, {d} {IT_MONTHS[m - 1][:3].upper()} - ",
        menu=["Home", "Cronaca", "Politica", "Economia", "Sport", "Meteo"],
        share="Condividi su Facebook Condividi su X Invia per email",
        newsletter="Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie più importanti.",
        related="Leggi anche",
        comments="I commenti sono chiusi per questo articolo.",
        copyright="© 2026 {site}. Tutti i diritti riservati.",
        caption="Foto: {name} / {site}",
        home="Home",
    ),
    "pt": dict(
        by="Por", conj="e",
        credit=lambda writer, editor: f"Reportagem de {writer}; edição de {editor}",
        day=lambda y, m, d: f"{d} de {PT_MONTHS[m - 1]} de {y}",
        published=lambda y, m, d: f"Publicado em {d} de {PT_MONTHS[m - 1]} de {y}, 09:14",
        updated=lambda y, m, d: f"Atualizado em {d} de {PT_MONTHS[m - 1]} de {y}, 18:02",
        wire=lambda place, m, d, agency, y: f"{place}, {d:02} {PT_MONTHS[m - 1][:3]} {y} ({agency}) - ",
        menu=["Início", "País", "Economia", "Desporto", "Cultura", "Tempo"],
        share="Partilhar no Facebook Partilhar no X Enviar por email",
        newsletter="Subscreva a nossa newsletter e receba todas as manhãs as notícias mais importantes.",
        related="Leia também",
        comments="Os comentários estão fechados para este artigo.",
        copyright="© 2026 {site}. Todos os direitos reservados.",
        caption="Foto: {name} / {site}",
        home="Início",
    ),
    "nl": dict(
        by="Door", conj="en",
        credit=lambda writer, editor: f"(Bewerkt door {editor}, met medewerking van {writer})",
        day=lambda y, m, d: f"{d} {NL_MONTHS[m - 1]} {y}",
        published=lambda y, m, d: f"Gepubliceerd op {d} {NL_MONTHS[m - 1]} {y} om 09:14",
        updated=lambda y, m, d: f"Bijgewerkt op {d} {NL_MONTHS[m - 1]} {y} om 18:02",
        wire=lambda place, m, d, agency, y: f"{place} ({agency}) - ",
        menu=["Voorpagina", "Binnenland", "Buitenland", "Economie", "Sport", "Weer"],
        share="Deel op Facebook Deel op X Mail dit artikel",
        newsletter="Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
        related="Lees ook",
        comments="Reageren op dit artikel is niet meer mogelijk.",
        copyright="© 2026 {site}. Alle rechten voorbehouden.",
        caption="Foto: {name} / {site}",
        home="Voorpagina",
    ),
    "sv": dict(
        by="Av", conj="och",
        credit=lambda writer, editor: f"Redigerad av {editor}",
        day=lambda y, m, d: f"{d} {SV_MONTHS[m - 1]} {y}",
        published=lambda y, m, d: f"Publicerad {d} {SV_MONTHS[m - 1]} {y} 09.14",
        updated=lambda y, m, d: f"Uppdaterad {d} {SV_MONTHS[m - 1]} {y} 18.02",
        wire=lambda place, m, d, agency, y: f"{place} ({agency}) – ",
        menu=["Hem", "Nyheter", "Ekonomi", "Sport", "Kultur", "Väder"],
        share="Dela på Facebook Dela på X Skicka med e-post",
        newsletter="Prenumerera på vårt nyhetsbrev och få dagens viktigaste nyheter varje morgon.",
        related="Läs mer",
        comments="Kommentarsfunktionen är stängd för den här artikeln.",
        copyright="© 2026 {site}. Alla rättigheter förbehållna.",
        caption="Foto: {name} / {site}",
        home="Hem",
    ),
}

DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
PT_MONTHS = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
SV_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()

# The wire agency of each language's clean wire copy when the story names none.
HOME_AGENCY = {"en": "AP", "de": "dpa", "fr": "AFP", "es": "EFE", "it": "ANSA", "pt": "Lusa", "nl": "ANP", "sv": "TT"}
