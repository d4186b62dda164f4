//! The extractor's words, per language, as data: month names, the words that open and join a
//! byline, the headings of related lists, ad labels, a site's notices, and the words a breadcrumb
//! starts from.
//! Rules build their patterns and look-ups from these tables, so adding a language or a spelling
//! is one edit here and a test beside the rule that reads it.
//! (The wire agencies and all their spellings are in `crate::agency`, which the search filters
//! read too.) This module imports nothing.

/// Month names and abbreviations, January to December, per language (ISO 639-1). Lower case;
/// an abbreviation's full stop is dropped before the look-up. Polish and Russian are given in the
/// genitive their dates print (`3 grudnia`, `3 марта`), Finnish in the partitive (`3. maaliskuuta`);
/// so are Czech, Slovak, Slovene, Lithuanian, Greek and Ukrainian. Greek and Czech months also
/// stand without their accents, as pages printing them in capitals drop them. Abbreviations that are English words (`out`, `set`) are left out.
#[rustfmt::skip]
pub(crate) const MONTHS: &[(&str, [&[&str]; 12])] = &[
    ("en", [&["january", "jan"], &["february", "feb"], &["march", "mar"], &["april", "apr"], &["may"], &["june", "jun"],
            &["july", "jul"], &["august", "aug"], &["september", "sep", "sept"], &["october", "oct"], &["november", "nov"], &["december", "dec"]]),
    ("de", [&["januar", "jänner", "jan"], &["februar", "feb"], &["märz", "mär", "mrz"], &["april", "apr"], &["mai"], &["juni"],
            &["juli"], &["august", "aug"], &["september", "sep", "sept"], &["oktober", "okt"], &["november", "nov"], &["dezember", "dez"]]),
    ("fr", [&["janvier", "janv"], &["février", "fevrier", "févr", "fevr"], &["mars"], &["avril", "avr"], &["mai"], &["juin"],
            &["juillet", "juil"], &["août", "aout"], &["septembre"], &["octobre"], &["novembre"], &["décembre", "decembre", "déc"]]),
    ("es", [&["enero", "ene"], &["febrero"], &["marzo"], &["abril", "abr"], &["mayo"], &["junio"],
            &["julio"], &["agosto"], &["septiembre", "setiembre"], &["octubre"], &["noviembre"], &["diciembre", "dic"]]),
    ("it", [&["gennaio", "gen"], &["febbraio"], &["marzo"], &["aprile"], &["maggio", "mag"], &["giugno", "giu"],
            &["luglio", "lug"], &["agosto"], &["settembre"], &["ottobre", "ott"], &["novembre"], &["dicembre"]]),
    ("pt", [&["janeiro"], &["fevereiro", "fev"], &["março", "marco"], &["abril"], &["maio"], &["junho"],
            &["julho"], &["agosto"], &["setembro"], &["outubro"], &["novembro"], &["dezembro"]]),
    ("nl", [&["januari"], &["februari"], &["maart", "mrt"], &["april"], &["mei"], &["juni"],
            &["juli"], &["augustus"], &["september"], &["oktober"], &["november"], &["december"]]),
    ("sv", [&["januari"], &["februari"], &["mars"], &["april"], &["maj"], &["juni"],
            &["juli"], &["augusti"], &["september"], &["oktober"], &["november"], &["december"]]),
    ("da", [&["januar"], &["februar"], &["marts"], &["april"], &["maj"], &["juni"],
            &["juli"], &["august"], &["september"], &["oktober"], &["november"], &["december"]]),
    ("no", [&["januar"], &["februar"], &["mars"], &["april"], &["mai"], &["juni"],
            &["juli"], &["august"], &["september"], &["oktober"], &["november"], &["desember"]]),
    ("pl", [&["stycznia"], &["lutego"], &["marca"], &["kwietnia"], &["maja"], &["czerwca"],
            &["lipca"], &["sierpnia"], &["września"], &["października"], &["listopada"], &["grudnia"]]),
    ("ru", [&["января", "январь", "янв"], &["февраля", "февраль", "фев"], &["марта", "март", "мар"], &["апреля", "апрель", "апр"],
            &["мая", "май"], &["июня", "июнь", "июн"], &["июля", "июль", "июл"], &["августа", "август", "авг"],
            &["сентября", "сентябрь", "сен", "сент"], &["октября", "октябрь", "окт"], &["ноября", "ноябрь", "ноя"], &["декабря", "декабрь", "дек"]]),
    ("fi", [&["tammikuuta", "tammikuu"], &["helmikuuta", "helmikuu"], &["maaliskuuta", "maaliskuu"], &["huhtikuuta", "huhtikuu"],
            &["toukokuuta", "toukokuu"], &["kesäkuuta", "kesäkuu"], &["heinäkuuta", "heinäkuu"], &["elokuuta", "elokuu"],
            &["syyskuuta", "syyskuu"], &["lokakuuta", "lokakuu"], &["marraskuuta", "marraskuu"], &["joulukuuta", "joulukuu"]]),
    ("tr", [&["ocak"], &["şubat", "subat"], &["mart"], &["nisan"], &["mayıs", "mayis"], &["haziran"],
            &["temmuz"], &["ağustos", "agustos"], &["eylül", "eylul"], &["ekim"], &["kasım", "kasim"], &["aralık", "aralik"]]),
    ("ro", [&["ianuarie", "ian"], &["februarie"], &["martie"], &["aprilie"], &["mai"], &["iunie", "iun"],
            &["iulie", "iul"], &["august"], &["septembrie"], &["octombrie"], &["noiembrie"], &["decembrie"]]),
    ("cs", [&["ledna", "leden"], &["února", "unora", "únor"], &["března", "brezna", "březen"], &["dubna", "duben"],
            &["května", "kvetna", "květen"], &["června", "cervna", "červen"], &["července", "cervence", "červenec"],
            &["srpna", "srpen"], &["září", "zari"], &["října", "rijna", "říjen"], &["listopadu"], &["prosince", "prosinec"]]),
    ("sk", [&["januára"], &["februára"], &["marca"], &["apríla"], &["mája"], &["júna"],
            &["júla"], &["augusta"], &["septembra"], &["októbra"], &["novembra"], &["decembra"]]),
    ("sl", [&["januarja"], &["februarja"], &["marec"], &["aprila"], &["maja"], &["junija", "junij"],
            &["julija", "julij"], &["avgusta"], &["septembra"], &["oktobra"], &["novembra"], &["decembra"]]),
    ("sr", [&["januar"], &["februar"], &["mart"], &["april"], &["maj"], &["jun"],
            &["jul"], &["avgust"], &["septembar"], &["oktobar"], &["novembar"], &["decembar"]]),
    ("hu", [&["január", "januar"], &["február"], &["március", "marcius"], &["április", "aprilis"], &["május", "majus"],
            &["június", "junius"], &["július", "julius"], &["augusztus"], &["szeptember"], &["október"], &["november"], &["december"]]),
    ("lt", [&["sausio"], &["vasario"], &["kovo"], &["balandžio"], &["gegužės"], &["birželio"],
            &["liepos"], &["rugpjūčio"], &["rugsėjo"], &["spalio"], &["lapkričio"], &["gruodžio"]]),
    ("et", [&["jaanuar"], &["veebruar"], &["märts"], &["aprill"], &["mai"], &["juuni"],
            &["juuli"], &["august"], &["september"], &["oktoober"], &["november"], &["detsember"]]),
    ("sq", [&["janar"], &["shkurt"], &["mars"], &["prill"], &["maj"], &["qershor"],
            &["korrik"], &["gusht"], &["shtator"], &["tetor"], &["nëntor", "nentor"], &["dhjetor"]]),
    ("ca", [&["gener"], &["febrer"], &["març"], &["abril"], &["maig"], &["juny"],
            &["juliol"], &["agost"], &["setembre"], &["octubre"], &["novembre"], &["desembre"]]),
    ("id", [&["januari"], &["februari"], &["maret"], &["april"], &["mei"], &["juni"],
            &["juli"], &["agustus"], &["september"], &["oktober"], &["november"], &["desember"]]),
    ("ms", [&["januari"], &["februari"], &["mac"], &["april"], &["mei"], &["jun"],
            &["julai"], &["ogos"], &["september"], &["oktober"], &["november"], &["disember"]]),
    ("tl", [&["enero"], &["pebrero"], &["marso"], &["abril"], &["mayo"], &["hunyo"],
            &["hulyo"], &["agosto"], &["setyembre"], &["oktubre"], &["nobyembre"], &["disyembre"]]),
    ("el", [&["ιανουαρίου", "ιανουαριου"], &["φεβρουαρίου", "φεβρουαριου"], &["μαρτίου", "μαρτιου"],
            &["απριλίου", "απριλιου"], &["μαΐου", "μαιου"], &["ιουνίου", "ιουνιου"], &["ιουλίου", "ιουλιου"],
            &["αυγούστου", "αυγουστου"], &["σεπτεμβρίου", "σεπτεμβριου"], &["οκτωβρίου", "οκτωβριου"],
            &["νοεμβρίου", "νοεμβριου"], &["δεκεμβρίου", "δεκεμβριου"]]),
    ("uk", [&["січня"], &["лютого"], &["березня"], &["квітня"], &["травня"], &["червня"],
            &["липня"], &["серпня"], &["вересня"], &["жовтня"], &["листопада"], &["грудня"]]),
    ("bg", [&["януари"], &["февруари"], &["март"], &["април"], &["май"], &["юни"],
            &["юли"], &["август"], &["септември"], &["октомври"], &["ноември"], &["декември"]]),
    ("ar", [&["يناير"], &["فبراير"], &["مارس"], &["أبريل", "ابريل", "إبريل"], &["مايو"], &["يونيو", "يونيه"],
            &["يوليو", "يوليه"], &["أغسطس", "اغسطس"], &["سبتمبر"], &["أكتوبر", "اكتوبر"], &["نوفمبر"], &["ديسمبر"]]),
];

/// The words a byline opens with before the names, per language. A word written with a colon
/// needs it (`Text: Ines Marlow`, `Auteur : …`); one without takes one or none (`By: …`).
#[rustfmt::skip]
pub(crate) const BYLINE_WORDS: &[(&str, &[&str])] = &[
    ("en", &[
        "By", "Words by", "Story by", "Text by", "Reported by", "Analysis by", "Opinion by", "Commentary by",
        "Review by", "Interview by", "Report by", "Column by", "Submitted by", "Contributed by", "Guest post by",
        "Text and photos by", "Photos and text by", "Words and pictures by", "Text and photos:", "Words:", "Author:",
        "Authors:", "Reporter:", "Writer:", "Contributor:", "Contributors:",
    ]),
    ("de", &["Von", "Ein Kommentar von", "Kommentar von", "Eine Analyse von", "Analyse von", "Text:", "Autor:", "Autorin:"]),
    ("fr", &["Par", "Texte:", "Auteur:", "Auteure:", "Autrice:", "Reportage:"]),
    ("es", &["Por", "Escrito por", "Texto:", "Autor:", "Autora:", "Redacción:"]),
    ("it", &["Di", "Testo di", "Autore:", "Autrice:"]),
    ("pt", &["Por", "Texto:", "Autor:", "Autora:"]),
    ("nl", &["Door", "Tekst:", "Auteur:"]),
    ("sv", &["Av", "Text:", "Författare:"]),
    ("da", &["Af", "Tekst:"]),
    ("no", &["Av", "Tekst:"]),
    ("fi", &["Teksti:", "Kirjoittaja:"]),
    ("ru", &["Текст:", "Автор:", "Авторы:"]),
];

/// The words between a byline's name and the place it was filed from (`By Ann Lee in Brussels`,
/// `Par Ann Lee à Bruxelles`, `Por Ann Lee desde Bruselas`), per language. Italian `da` is
/// left out: it is a name's particle too (`Ana da Silva`); Spanish `en` is Dutch `and`, and a
/// byline's names are split at their joiners first.
#[rustfmt::skip]
pub(crate) const BYLINE_PLACE_WORDS: &[(&str, &[&str])] = &[
    ("en", &["in", "reporting from"]), ("de", &["in", "aus"]), ("fr", &["à", "depuis"]), ("es", &["desde"]),
    ("it", &["a"]), ("pt", &["em"]), ("nl", &["in", "vanuit"]), ("sv", &["i"]), ("da", &["i"]), ("no", &["i"]),
];

/// What a page prints before its breadcrumb trail (`You are here: Home » Transport`), per
/// language, lower case.
#[rustfmt::skip]
pub(crate) const CRUMB_LEADS: &[(&str, &[&str])] = &[
    ("en", &["you are here:"]), ("de", &["sie sind hier:"]), ("fr", &["vous êtes ici :", "vous êtes ici:"]),
    ("es", &["usted está aquí:", "estás aquí:"]), ("it", &["sei qui:", "ti trovi in:"]), ("pt", &["você está aqui:"]),
    ("nl", &["u bent hier:"]), ("sv", &["du är här:"]),
];

/// The first link of a breadcrumb, which names the site's front page and no section.
pub(crate) const HOME_WORDS: &[&str] = &[
    "homepage",
    "home",
    "start",
    "startseite",
    "accueil",
    "inicio",
    "início",
    "portada",
    "forside",
    "hem",
    "voorpagina",
    "etusivu",
    "главная",
    "beranda",
    "anasayfa",
];

/// The words that label a printed date as the story's publication (`Published March 3, 2026`,
/// `Posted on …`), per language, lower case; a pattern fragment each.
#[rustfmt::skip]
pub(crate) const PUBLICATION_LABELS: &[(&str, &[&str])] = &[
    ("en", &["published", "posted", "first published"]), ("de", &["veröffentlicht"]), ("fr", &["publié"]),
    ("es", &["publicado"]), ("it", &["pubblicato"]), ("pt", &["publicado"]), ("nl", &["gepubliceerd"]),
    ("sv", &["publicerad"]), ("da", &["publiceret"]), ("no", &["publisert"]), ("fi", &["julkaistu"]),
    ("pl", &["opublikowano"]), ("ru", &["опубликовано"]),
];

/// The words that label a printed date as the story's last update (`Updated 3 hours ago`, `Mis à
/// jour le …`), per language, lower case; a pattern fragment each.
#[rustfmt::skip]
pub(crate) const UPDATE_LABELS: &[(&str, &[&str])] = &[
    ("en", &["updated", "modified", "last edited"]), ("de", &["aktualisiert", "geändert"]),
    ("fr", &["mis à jour", "modifié"]), ("es", &["actualizado", "modificado"]),
    ("it", &["aggiornato", "modificato"]), ("pt", &["atualizado", "modificado"]),
    ("nl", &["bijgewerkt", "gewijzigd"]), ("sv", &["uppdaterad", "ändrad"]), ("da", &["opdateret", "ændret"]),
    ("no", &["oppdatert", "endret"]), ("fi", &["päivitetty", "muokattu"]), ("pl", &["zaktualizowano", "zmieniono"]),
    ("ru", &["обновлено", "изменено"]),
];

/// The words a short line after a story credits its source with (`With AFP`, `Source: dpa`,
/// `Quelle: dpa`, `This story was provided by AP`), per language, lower case. Such a line names
/// the wire only after the story: inside it the same words credit a photo or a chart.
#[rustfmt::skip]
pub(crate) const SOURCE_LABELS: &[(&str, &[&str])] = &[
    ("en", &["with", "source:", "sources:", "provided by", "this story was provided by",
             "this article was provided by"]),
    ("de", &["mit material von", "quelle:", "quellen:"]),
    ("fr", &["avec", "source :", "source:"]), ("es", &["con información de", "fuente:", "fuentes:"]),
    ("it", &["con", "fonte:"]), ("pt", &["com", "fonte:"]), ("nl", &["met", "bron:"]),
    ("sv", &["källa:"]), ("da", &["kilde:"]), ("no", &["kilde:"]),
];

/// Words that make a byline's few capitalised words an organisation or a desk that wrote the
/// story (`Slate Staff`, `Field Level Media`, `University of Tokyo`), lower case.
#[rustfmt::skip]
pub(crate) const DESK_WORDS: &[&str] = &[
    "staff", "desk", "team", "newsroom", "bureau", "editors", "reports", "media", "press", "news", "service",
    "university", "institute", "school", "college", "foundation", "society", "laboratory", "labs",
];

/// The labels a page prints before its section's name (`Section: Transport`, `Filed under:
/// Local`, `Rubrik: Sport`), per language, lower case.
#[rustfmt::skip]
pub(crate) const SECTION_LABELS: &[(&str, &[&str])] = &[
    ("en", &["section", "category", "categories", "filed under"]), ("de", &["kategorie", "rubrik", "ressort"]),
    ("fr", &["catégorie", "rubrique"]), ("es", &["sección", "categoría"]), ("pt", &["seção"]), ("it", &["sezione"]),
];

/// The words a blog prints before the section it filed a post under, with no colon (`Posted in
/// Transport`, `Filed under Transport`), per language, lower case: the section follows in a
/// capital.
#[rustfmt::skip]
pub(crate) const SECTION_LEADS: &[(&str, &[&str])] = &[("en", &["posted in", "filed under"])];

/// What a content system files a page under when no one chose a section (`post`, `Uncategorized`),
/// lower case: no section.
pub(crate) const NO_SECTION: &[&str] = &[
    "post",
    "posts",
    "article",
    "articles",
    "story",
    "stories",
    "page",
    "uncategorized",
    "uncategorised",
    "unkategorisiert",
    "non classé",
    "sin categoría",
    "sem categoria",
    "senza categoria",
];

/// Month abbreviations that are also common words (`set`, `out`, `ago`): months only where a day
/// stands beside them in a dateline (`Lisboa, 9 set (Lusa) -`), never in running text.
#[rustfmt::skip]
pub(crate) const MONTHS_BESIDE_A_DAY: &[(&str, &[(&str, u32)])] = &[
    ("pt", &[("ago", 8), ("set", 9), ("out", 10)]),
    ("es", &[("ago", 8), ("sept", 9), ("set", 9)]),
    ("it", &[("ago", 8), ("set", 9)]),
];

/// The words a page prints for today and yesterday in place of a story's date, before the time
/// it was posted (`Today 9:44`, `Heute, 09:44`, `Dnes 9:44`, `Вчера 18:05`), per language, in
/// small letters.
#[rustfmt::skip]
pub(crate) const RELATIVE_DAYS: &[(&str, &[&str])] = &[
    ("en", &["today", "yesterday"]), ("de", &["heute", "gestern"]), ("fr", &["aujourd'hui", "aujourd’hui", "hier"]),
    ("es", &["hoy", "ayer"]), ("it", &["oggi", "ieri"]), ("pt", &["hoje", "ontem"]), ("nl", &["vandaag", "gisteren"]),
    ("sv", &["idag", "i dag", "igår", "i går"]), ("da", &["i dag", "i går"]), ("no", &["i dag", "i går"]),
    ("pl", &["dziś", "dzisiaj", "wczoraj"]), ("cs", &["dnes", "včera"]), ("sk", &["dnes", "včera"]),
    ("ro", &["azi", "astăzi", "ieri"]), ("fi", &["tänään", "eilen"]), ("tr", &["bugün", "dün"]),
    ("ru", &["сегодня", "вчера"]), ("uk", &["сьогодні", "вчора"]), ("el", &["σήμερα", "χθες"]),
];

/// The words a byline prints between the names and the time or date after them (`By Ann Lee at
/// 18:52`, `Von Ann Lee am 3. März`, `Por Ana Ruiz a las 10:30`), and a day before the time it
/// was posted (`Heute um 9:44`), per language, a word each, in small letters as printed.
#[rustfmt::skip]
pub(crate) const TIME_PREPOSITIONS: &[(&str, &[&str])] = &[
    ("en", &["at", "on"]), ("de", &["am", "um"]), ("fr", &["le", "à"]), ("es", &["el", "a", "las"]),
    ("it", &["il", "alle"]), ("pt", &["em", "às"]), ("nl", &["op", "om"]),
];

/// The word joining the last two names of a byline (`By A and B`, `Von A und B`), per language.
#[rustfmt::skip]
pub(crate) const NAME_JOINERS: &[(&str, &str)] = &[
    ("en", "and"), ("en", "with"), ("de", "und"), ("de", "mit"), ("fr", "et"), ("fr", "avec"), ("es", "y"),
    ("es", "con"), ("it", "e"), ("it", "con"), ("pt", "e"), ("pt", "com"), ("nl", "en"), ("nl", "met"),
    ("sv", "och"), ("da", "og"), ("no", "og"), ("fi", "ja"),
];

/// Headings of the lists a page sets after a story: other stories, further reading. Lower case;
/// a heading matches whole, with or without a colon. English headings have more forms than a
/// table holds and stay in `furniture::LIST_HEAD`'s pattern.
#[rustfmt::skip]
pub(crate) const LIST_HEADS: &[(&str, &[&str])] = &[
    ("de", &["weitere artikel", "das könnte sie auch interessieren", "artikel teilen"]),
    ("fr", &["dans la même rubrique"]),
    ("it", &["altre notizie"]),
    ("nl", &["meer nieuws"]),
    ("sv", &["mer om ämnet"]),
];

/// Headings of the related lists a page sets inside a story as often as after it (`Lire aussi`,
/// `Leia mais`): the story may go on past the list (`body::goes_on_past_list`). Lower case.
#[rustfmt::skip]
pub(crate) const INSET_LIST_HEADS: &[(&str, &[&str])] = &[
    ("de", &["mehr zum thema", "lesen sie auch", "auch interessant"]),
    ("fr", &["à lire aussi", "lire aussi", "sur le même sujet", "à voir aussi"]),
    ("es", &["más información", "te puede interesar", "noticias relacionadas", "lee también", "también te puede interesar"]),
    ("it", &["leggi anche", "potrebbe interessarti", "articoli correlati"]),
    ("pt", &["leia também", "leia mais", "veja também", "notícias relacionadas"]),
    ("nl", &["lees ook", "lees meer", "gerelateerd"]),
    ("sv", &["läs mer", "läs också", "relaterat"]),
    ("da", &["læs også", "læs mere", "relaterede artikler"]),
    ("no", &["les også", "les mer", "relaterte saker"]),
];

/// The label of an ad slot, alone on its line, per language.
#[rustfmt::skip]
pub(crate) const AD_LABELS: &[(&str, &[&str])] = &[
    ("en", &["advertisement"]), ("de", &["anzeige", "werbung"]), ("fr", &["publicité"]),
    ("es", &["publicidad"]), ("it", &["pubblicità"]), ("pt", &["publicidade"]), ("nl", &["advertentie"]),
    ("sv", &["annons"]), ("da", &["annonce"]), ("no", &["annonse"]),
];

/// The words that open a wire story's closing credit line, which names who reported, wrote,
/// edited or translated it (`Reporting by Ana Lind; Editing by Tom Quist`, `(Reporte de Ana Lind;
/// editado por Tom Quist)`), per language, lower case; a line opening with one, maybe in
/// brackets, ends the story.
#[rustfmt::skip]
pub(crate) const CREDIT_OPENINGS: &[(&str, &[&str])] = &[
    ("en", &["reporting by", "reporting from", "additional reporting by", "with reporting by",
             "with additional reporting by", "writing by", "editing by", "compiled by", "edited by",
             "translated by", "produced by", "additional writing by", "additional editing by",
             "with writing by", "with editing by", "compiled from"]),
    ("de", &["mitarbeit:", "redigiert von", "bearbeitet von", "übersetzt von", "recherche:"]),
    ("fr", &["reportage de", "avec la contribution de", "version française", "édité par", "traduit par",
             "rédigé par"]),
    ("es", &["reporte de", "reporte adicional de", "reportaje de", "editado por", "editado en español por",
             "traducido por", "información de"]),
    ("it", &["tradotto da", "hanno collaborato", "ha collaborato", "in redazione", "a cura di"]),
    ("pt", &["reportagem de", "reportagem adicional de", "edição de", "editado por", "traduzido por"]),
    ("nl", &["bewerkt door", "vertaald door", "met medewerking van"]),
    ("sv", &["redigerad av", "översatt av"]), ("da", &["redigeret af", "oversat af"]),
    ("no", &["redigert av", "oversatt av"]),
];

/// The labels of a photo's credit that closes its caption (`… at the quay. Credit: Ana Quist`,
/// `Foto: Ines Marlow`), per language, lower case. The name that follows is what tells a credit
/// from a sentence (`the bigger picture: prices fell`).
#[rustfmt::skip]
pub(crate) const CREDIT_LABELS: &[(&str, &[&str])] = &[
    ("en", &["credit", "credits", "image credit", "photo credit", "photo", "photos", "picture", "pictures", "photograph", "image"]),
    ("de", &["foto", "fotos", "bild", "bildquelle", "quelle"]), ("fr", &["photo", "crédit", "crédit photo", "crédits"]),
    ("es", &["foto", "fotos", "crédito", "imagen"]), ("it", &["foto", "credito", "crediti"]),
    ("pt", &["foto", "fotos", "crédito", "imagem"]), ("nl", &["foto", "beeld"]), ("sv", &["foto", "bild"]),
    ("da", &["foto"]), ("no", &["foto"]),
];

/// The imperatives that open a call to follow a site elsewhere (`Follow us on Instagram`, `Listen
/// to the podcast on Spotify`), per language, lower case; such a line names one of
/// [`PLATFORMS`].
#[rustfmt::skip]
pub(crate) const FOLLOW_CALLS: &[(&str, &[&str])] = &[
    ("en", &["follow", "listen to", "listen on", "subscribe to", "subscribe on", "download", "join", "like us", "watch on", "find us"]),
    ("de", &["folgen sie", "folge uns", "abonnieren sie", "hören sie", "laden sie"]),
    ("fr", &["suivez", "abonnez-vous", "écoutez", "rejoignez", "téléchargez"]),
    ("es", &["síguenos", "sigue", "siga", "suscríbete", "escucha", "descarga", "únete"]),
    ("it", &["seguici", "segui", "iscriviti", "ascolta", "scarica"]),
    ("pt", &["siga", "segue", "inscreva-se", "ouça", "baixe"]),
    ("nl", &["volg", "abonneer", "luister", "download"]), ("sv", &["följ", "prenumerera", "lyssna", "ladda ner"]),
    ("da", &["følg", "abonnér", "lyt"]), ("no", &["følg", "abonner", "lytt"]),
];

/// The phrases of a site's notices that read like prose — subscription appeals, sign-up forms,
/// cookie notices, disclaimers, affiliate notes, an outlet's words about itself — per language,
/// lower case. Each is a pattern (`(now|today)` lists alternatives) matched as whole words
/// anywhere in a line; a line holding one is no part of a story.
#[rustfmt::skip]
pub(crate) const NOTICE_PHRASES: &[(&str, &[&str])] = &[
    ("en", &[
        r"subscribe (now|today|here|for|to (our|the|this))", "sign up", "your inbox", "delivered (every|each|to your)",
        "cookie (policy|settings|preferences|notice)", "all rights reserved",
        "click here", "(is|are) not responsible for (the )?(content|views|accuracy)",
        "(reach|contact|email|message) (him|her|them|me|us) (at|on|via|by (e-?mail|phone))", "follow (him|her|them|me|us) on", "(contact|join) us",
        "support (our|local|independent|quality) (journalism|news|newsroom|reporting)", "our standards", "licensing rights",
        "got a story", "sponsored (content|post|links?)", "paid (post|content)", "(story|article) continues",
        "auto[- ]generated", "comment below", "our (channels|newsletters?|app)",
        "cookies? (consent|is used|are used|is set|are set)", "gdpr", "sets this ([a-z]+ )?cookie",
        "(necessary|functional|performance|analytical|advertisement|targeting|uncategori[sz]ed) cookies",
        "editorial (guidelines|process|policies|policy|standards)", "opinions expressed (by|in|here)",
        "do(es)? not own shares", "by submitting (your|this)", "added you to our",
        "we (may )?(receive|earn) (a )?(compensation|commission|revenue|money|a share)",
        "affiliate (commissions?|links?|programs?|partnerships?)", "editorially independent", "journalistic mission",
        "independent (global )?news organi[sz]ation", "on behalf of you, our readers?", "recommendations are based on",
        "by subscribing", "successfully subscribed", "confirmation email", "send me (updates|offers|news)",
        "share your feedback", "(enable|allow) ([a-z]+ )?cookies", "waiting for your permission",
        "(wire|news) agency feed", "syndicated feed", "without modifications? to the text",
    ]),
    ("de", &["alle rechte vorbehalten", "jetzt abonnieren", "newsletter abonnieren"]),
    ("fr", &["tous droits réservés", "abonnez-vous", "inscrivez-vous à (notre|la) newsletter"]),
    ("es", &["todos los derechos reservados", "suscríbete", "suscríbase"]),
    ("it", &["tutti i diritti riservati", "iscriviti alla newsletter", "abbonati ora"]),
    ("pt", &["todos os direitos reservados", "assine agora", "inscreva-se (na|em nossa) newsletter"]),
    ("nl", &["alle rechten voorbehouden", "abonneer (nu|je)", "schrijf je in voor (de|onze) nieuwsbrief"]),
    ("sv", &["alla rättigheter förbehållna", "prenumerera på (vårt|vår) nyhetsbrev"]),
    ("da", &["alle rettigheder forbeholdes", "tilmeld dig (vores )?nyhedsbrev"]),
    ("no", &["alle rettigheter reservert", "meld deg på (vårt )?nyhetsbrev"]),
];

/// The words a site's notice opens its line with (`Copyright 2026 …`, `Sponsored`, a note about
/// the article: `This story was originally published …`, `This is a developing story`), per
/// language, lower case.
#[rustfmt::skip]
pub(crate) const NOTICE_OPENINGS: &[(&str, &[&str])] = &[
    ("en", &[
        "copyright", "disclaimer", "sponsored", "cross-posted from", "download (the|our)( [a-z]+)? app",
        "this (story|article|piece|report) (was|has been|is part of|is from|first|originally|appeared|appears|will appear|(will|may) be updated|is (being )?updated|is developing)",
        "this is a (developing|breaking)( news)? story", "a version of this (story|article|piece)",
        "published in (the )?print (edition )?on", "(this )?summary (was )?generated (by|with|using) ai", "ai-generated summary",
    ]),
    ("de", &["dieser (artikel|beitrag|text) (erschien|ist zuerst|wurde (zuerst|aktualisiert|erstmals))"]),
    ("fr", &["cet article (a été (initialement |d'abord )?publié (dans|le|par|sur|en)|a été mis à jour|est (initialement )?paru)"]),
    ("es", &["este artículo (fue publicado|(se publicó|apareció) (en|por|originalmente))"]),
    ("it", &["questo articolo (è stato (pubblicato|aggiornato)|è apparso)"]),
    ("pt", &["este artigo foi (publicado|originalmente|atualizado)"]),
    ("nl", &["dit artikel (verscheen|is eerder|werd eerder)"]),
];

/// The verbs of a site saying it uses cookies (`We use cookies`, `Utilizamos cookies`, `Wir
/// verwenden Cookies`), per language, lower case: a line with one of them and `cookies` within
/// thirty characters after it, no full stop between, is a cookie notice.
#[rustfmt::skip]
pub(crate) const COOKIE_USE_VERBS: &[(&str, &[&str])] = &[
    ("en", &["use", "uses", "accept"]), ("de", &["verwenden", "verwendet", "nutzen", "nutzt", "akzeptieren"]),
    ("fr", &["utilisons", "utilise", "accepter", "acceptez"]), ("es", &["utilizamos", "usamos", "utiliza", "aceptar"]),
    ("it", &["utilizziamo", "usiamo", "utilizza", "accetta"]), ("pt", &["utilizamos", "usamos", "utiliza", "aceitar"]),
    ("nl", &["gebruiken", "gebruikt", "accepteer", "accepteren"]), ("sv", &["använder", "godkänn", "acceptera"]),
    ("da", &["bruger", "accepter"]), ("no", &["bruker", "godta"]),
];

/// The platforms a site asks its readers to follow it on.
pub(crate) const PLATFORMS: &[&str] = &[
    "Facebook",
    "Instagram",
    "TikTok",
    "Twitter",
    "Threads",
    "YouTube",
    "Spotify",
    "Apple Podcasts",
    "Google Podcasts",
    "Snapchat",
    "LinkedIn",
    "WhatsApp",
    "Telegram",
    "Bluesky",
    "Mastodon",
    "Google News",
    "Flipboard",
];

/// The labels of links and buttons a page sets between paragraphs (`Read more`, `Show more`),
/// per language, lower case: short lines that look like a subheading and are not one.
#[rustfmt::skip]
pub(crate) const LINK_LABELS: &[(&str, &[&str])] = &[
    ("en", &["read more", "learn more", "show more", "see more", "load more", "view more", "find out more", "related story", "you might like", "get the latest"]),
    ("de", &["mehr lesen", "weiterlesen", "mehr erfahren", "mehr anzeigen"]), ("fr", &["lire la suite", "en savoir plus", "voir plus"]),
    ("es", &["leer más", "ver más", "saber más"]), ("it", &["leggi di più", "scopri di più", "mostra di più"]),
    ("pt", &["leia mais", "ver mais", "saiba mais"]), ("nl", &["lees meer", "meer weten", "toon meer"]),
    ("sv", &["läs mer", "visa mer"]), ("da", &["læs mere", "vis mere"]), ("no", &["les mer", "vis mer"]),
];

/// Words that mark an organisation or a role, never part of a person's name (lower case; a
/// hyphenated word is read part by part, `Courier-Post`).
pub(crate) const ORGANISATION_WORDS: &[&str] = &[
    "staff",
    "reporter",
    "reporters",
    "correspondent",
    "editor",
    "editors",
    "writer",
    "writers",
    "desk",
    "news",
    "press",
    "daily",
    "times",
    "post",
    "herald",
    "tribune",
    "journal",
    "gazette",
    "chronicle",
    "review",
    "observer",
    "media",
    "agency",
    "bureau",
    "service",
    "wire",
    "team",
    "contributor",
    "senior",
    "chief",
    "columnist",
    "analyst",
    "reuters",
    "associated",
    "updated",
    "published",
    "photo",
    "photos",
    "video",
    "report",
    "online",
    "newsroom",
    "partner",
    "sponsored",
    "admin",
    "analysis",
    "opinion",
    "telegram",
    "independent",
    "redazione",
    "redaktion",
    "rédaction",
    "redacción",
    "courier",
    "inquirer",
    "insider",
    "brandroom",
    "magazine",
    "network",
    "channel",
    "radio",
    "tv",
    "digital",
    "studio",
    "group",
    "company",
    "inc",
    "ltd",
    "llc",
    "university",
    "institute",
    "school",
    "council",
    "ministry",
    "department",
    "office",
    "foundation",
    "content",
    "guest",
    "editorial",
    "board",
    "today",
    "enquirer",
    "sentinel",
    "examiner",
    "dispatch",
    "bulletin",
    "weekly",
    "globe",
    "monitor",
];

/// Professional credentials printed after a name (`Ana Costa RDN LD`): not part of it.
#[rustfmt::skip]
pub(crate) const CREDENTIALS: &[&str] = &[
    "MS", "MSc", "RD", "RDN", "LD", "RN", "MPH", "MBA", "CPA", "CFA", "CFP", "NP", "LCSW", "JD",
];

/// Words a byline's role holds (`Senior Correspondent`, `Political reporter`, `Redakteurin`,
/// `rédactrice`), per language, lower case: a role contains one (so a word's stem serves its
/// feminine and plural, `redakteur` in `Redakteurinnen`).
#[rustfmt::skip]
pub(crate) const ROLE_WORDS: &[(&str, &[&str])] = &[
    ("en", &["reporter", "correspondent", "editor", "writer", "staff", "columnist", "journalist", "contributor",
             "fellow", "analyst"]),
    ("de", &["redakteur", "korrespondent", "kolumnist", "autorin", "ressortleiter", "teamleiter"]),
    ("fr", &["rédacteur", "rédactrice", "correspondant", "chroniqueu", "envoyé spécial", "envoyée spéciale"]),
    ("es", &["redactor", "corresponsal", "periodista", "columnista", "enviado especial", "enviada especial"]),
    ("it", &["redattore", "redattrice", "corrispondente", "giornalista", "inviato", "inviata"]),
    ("pt", &["repórter", "redator", "correspondente", "jornalista", "colunista"]),
    ("nl", &["redacteur", "verslaggever", "correspondent"]), ("sv", &["redaktör", "krönikör", "korrespondent"]),
];

/// The lower-case words inside people's names (`Ana de la Cruz`, `Jan van der Berg`, `Omar bin
/// Said`), in every language's names at once: a name is read the same on any page.
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "del", "della", "der", "den", "van", "von", "la", "le", "du", "di",
    "bin", "al", "el", "ibn", "ter", "ten", "y", "e", "zu",
];

/// The verbs that follow an author's name in the bio a page sets under a story (`Ann Lee is a
/// health reporter`, `Ann Lee covers the courts`, `Ann Lee schreibt über …`), per language.
#[rustfmt::skip]
pub(crate) const BIO_VERBS: &[(&str, &[&str])] = &[
    ("en", &["is", "was", "has", "covers", "writes", "reports", "joined", "lives"]),
    ("de", &["ist", "war", "schreibt", "arbeitet", "lebt"]), ("fr", &["est", "écrit", "travaille", "vit"]),
    ("es", &["es", "escribe", "trabaja", "vive"]), ("it", &["è", "scrive", "lavora", "vive"]),
    ("pt", &["é", "escreve", "trabalha", "vive"]), ("nl", &["is", "schrijft", "werkt", "woont"]),
    ("sv", &["är", "skriver", "arbetar", "bor"]), ("da", &["er", "skriver", "arbejder", "bor"]),
    ("no", &["er", "skriver", "jobber", "bor"]),
];

/// Every entry of a per-language table, whatever its language: what a rule that reads all the
/// languages at once looks words up in.
pub(crate) fn every(
    table: &'static [(&'static str, &'static [&'static str])],
) -> impl Iterator<Item = &'static str> + Clone {
    table.iter().flat_map(|(_, words)| words.iter().copied())
}

/// The first entry of a per-language table that `matches`, with its language: which entry of
/// which table a line matched, for `extract --explain`.
pub(crate) fn entry(
    table: &'static [(&'static str, &'static [&'static str])],
    matches: impl Fn(&str) -> bool,
) -> Option<(&'static str, &'static str)> {
    table.iter().find_map(|(language, words)| words.iter().find(|w| matches(w)).map(|w| (*language, *w)))
}

/// The language and spelling of a month name (lower case), as [`MONTHS`] lists it.
pub(crate) fn month_entry(word: &str) -> Option<(&'static str, &'static str)> {
    MONTHS.iter().find_map(|(language, months)| {
        months.iter().flat_map(|names| names.iter()).find(|n| **n == word).map(|n| (*language, *n))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_twelve_months_in_lower_case() {
        for (language, months) in MONTHS {
            for names in months {
                assert!(!names.is_empty(), "{language}");
                assert!(names.iter().all(|n| *n == n.to_lowercase()), "{language}: {names:?}");
            }
        }
    }

    #[test]
    fn no_spelling_names_two_months() {
        let mut seen = std::collections::HashMap::new();
        for (_, months) in MONTHS {
            for (number, names) in months.iter().enumerate() {
                for name in *names {
                    assert_eq!(*seen.entry(*name).or_insert(number), number, "{name}");
                }
            }
        }
    }
}
