//! Bylines: who wrote the story. `By A and B`, `By A, B and C`, `By JANE DOE Associated Press`,
//! `Von …`, `Par …`, `Por …`, `Posted on DATE by NAME`, `DATE by NAME`, `Name | Reporter`,
//! `Name, Senior Correspondent`.
//!
//! This finds a byline's line and its words; [`super::byline_names`] reads the names after them.

use super::agency::spelled_agency;
use super::dateline::agency_name;
use super::names::{is_role, natural_case};
use super::vocab;
use regex::Regex;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

pub(crate) use super::byline_names::{credits_others, has_joiner, is_joiner_line, trailing_bracket, Byline};
use super::byline_names::{from_names, ROW_SEPARATORS, SPLIT};

static BY: LazyLock<Regex> = LazyLock::new(|| {
    let words = vocab::every(vocab::BYLINE_WORDS).map(by_word);
    let words = words.collect::<Vec<_>>().join("|");
    let (labels, joining) = (by_labels(), joining_by_words());
    Regex::new(&format!(
        r"^(?:(?:{words})\s+|[Aa]s\s+told\s+to\s+|(?i:{labels}).*?\s(?:{joining})\s*:?\s+)(?P<names>.+)$"
    ))
    .expect("valid byline pattern")
});

/// The labels a byline may open with before its byline word (`Posted by`, `Veröffentlicht am 3.
/// März 2026 von`), as alternatives of a pattern.
fn by_labels() -> String {
    let labels = vocab::every(vocab::PUBLICATION_LABELS).chain(["posted", "written"]);
    labels.map(super::lines::bounded).collect::<Vec<_>>().join("|")
}

/// The byline words of one word (`By`, `Von`, `Par`, `Por`, `Door`, `Av`…), as printed in the
/// middle of a line after a label or a date (`Veröffentlicht am 3. März 2026 von Ann Lee`), as
/// alternatives of a pattern.
fn joining_by_words() -> String {
    let mut spelled: Vec<String> = one_word_by_words().flat_map(spellings).collect();
    spelled.sort_unstable();
    spelled.dedup();
    spelled.join("|")
}

/// The byline words of one word and no colon (`By`, `Von`, `Par`), as the vocabulary writes them.
fn one_word_by_words() -> impl Iterator<Item = &'static str> {
    vocab::every(vocab::BYLINE_WORDS).filter(|w| !w.contains([' ', ':']))
}

/// A one-word byline word between spaces, as [`joining_by_words`] lists them.
static JOINING_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\s(?:{})\s", joining_by_words())).expect("valid by-word pattern"));

/// True when a line opens with a byline word of any language (`By`, `Von`, `Door`, `Text:`).
pub(crate) fn opens_with_by_word(line: &str) -> bool {
    BY.is_match(line.trim())
}

/// A byline word alone on its line, the names on the next (`By`, `Von`, `Por`; any of
/// [`vocab::BYLINE_WORDS`] written without a colon, as printed, in capitals or small letters).
pub(crate) fn is_by_alone(line: &str) -> bool {
    BY_ALONE.contains(line.trim())
}

/// A line that announces the names on the next one: `By` alone, a short label ending in `by`
/// (`Written by`, `COMMENTARY BY`), `Author`; with a colon or none (`by:`, `Author:`).
pub(crate) fn is_names_label(line: &str) -> bool {
    if line.split_whitespace().nth(LABEL_WORDS).is_some() {
        return false;
    }
    let line = line.trim().trim_end_matches(':').trim_end();
    let lower = line.to_lowercase();
    let label = lower.ends_with(" by") && !credits_others(line);
    is_by_alone(line) || label || matches!(lower.as_str(), "author" | "authors")
}

/// Most words of a label announcing names (`News provided by`): asked first, as every headline
/// candidate's line above is asked whether it is one.
const LABEL_WORDS: usize = 3;

static BY_ALONE: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let words = vocab::every(vocab::BYLINE_WORDS);
    words.filter(|w| !w.ends_with(':')).flat_map(spellings).collect()
});

/// A byline word as printed, in capitals and in small letters.
fn spellings(word: &str) -> [String; 3] {
    [word.to_string(), word.to_uppercase(), word.to_lowercase()]
}

/// The pattern of one byline word of the vocabulary, as printed, in capitals or in small
/// letters: `By` takes a colon or none, `Text:` needs its colon; a space may stand before either
/// colon, as French prints it (`Par : …`, `Auteur : …`).
fn by_word(word: &str) -> String {
    let bare = word.trim_end_matches(':').trim_end();
    let colon = if word.ends_with(':') { r"\s*:" } else { r"(?:\s?:)?" };
    let spelled: Vec<String> =
        spellings(bare).iter().map(|s| regex::escape(s).replace(' ', r"\s+")).collect();
    format!("(?:{}){colon}", spelled.join("|"))
}
static ROLE_BAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<names>[^|]{4,60}?)\s*\|\s*(?P<role>[^|]{2,40})$").expect("valid role pattern")
});

/// Reads a byline line, or `None` when the line names no person.
pub(crate) fn parse(line: &str) -> Option<Byline> {
    let line = line.trim();
    if let Some(undressed) = undressed(line) {
        return parse(&undressed);
    }
    if super::lines::word_count(line) > 16 {
        let emailed = emailed_names(line).and_then(|names| parse(&format!("By {names}")));
        return emailed.or_else(|| before_bio(line).and_then(parse));
    }
    if let Some(names) = after_date_by(line) {
        return parse(&format!("By {names}"));
    }
    if let Some(c) = BY.captures(line) {
        return names_after_by(&c["names"]);
    }
    let c = ROLE_BAR.captures(line)?;
    is_role(&c["role"]).then(|| from_names(&c["names"])).flatten().filter(|b| !b.authors.is_empty())
}

/// A byline line in a dress to take off before it is read: a dash, bar or bullet before its
/// `By`, a `By` glued to the names, or a field of a row opening with a byline word (`Opinion |
/// By Ann Lee`, `March 3, 2026 // Author: Ann Lee // 2 Comments`).
fn undressed(line: &str) -> Option<Cow<'_, str>> {
    let decorated =
        line.strip_prefix(['—', '–', '/', '•', '|', '-']).map(|l| l.trim_start_matches(['/', '-']));
    if let Some(rest) = decorated.map(str::trim_start).filter(|r| opens_with_by_word(r)) {
        return Some(Cow::Borrowed(rest));
    }
    if let Some(unglued) = unglued_by(line) {
        return Some(Cow::Owned(unglued));
    }
    by_field(line).map(Cow::Borrowed)
}

/// The field of a row, and those after it, that opens with a byline word after the mark of one
/// of the row's [`ROW_SEPARATORS`] and a space (`| `, `// `, `· `, `• `). Only lines of a row's
/// length are read, and only at such marks.
fn by_field(line: &str) -> Option<&str> {
    if line.len() > ROW_BYTES {
        return None;
    }
    let bytes = line.as_bytes();
    let marked = |at: usize| FIELD_MARKS.iter().any(|mark| bytes[..=at].ends_with(mark.as_bytes()));
    let spaced = |(at, pair): (usize, &[u8])| (pair[1] == b' ' && marked(at)).then_some(at + 2);
    let mut starts = bytes.windows(2).enumerate().filter_map(spaced);
    starts.find(|&at| opens_with_by_word(&line[at..])).map(|at| &line[at..])
}

/// The marks of the row's [`ROW_SEPARATORS`], as a constant (asked at every space of a line;
/// a test holds the two lists together).
const FIELD_MARKS: [&str; 4] = ["|", "•", "·", "//"];

/// Longest line read as a byline's row of fields, in bytes.
const ROW_BYTES: usize = 200;

/// The byline of the names after a `By`: people, with the agency a slash or a separator sets
/// after them; else names glued together, an organisation, or an agency alone.
fn names_after_by(names: &str) -> Option<Byline> {
    if let Some((people, agency)) = slashed_agency(names) {
        let byline = from_names(people).filter(|b| !b.authors.is_empty());
        return byline.map(|b| Byline { agency: Some(agency), ..b });
    }
    let people = from_names(names).filter(|b| !b.authors.is_empty());
    people
        .map(|b| Byline { agency: b.agency.or_else(|| agency_after_names(names)), ..b })
        .or_else(|| unglued_names(names))
        .or_else(|| organisation(names))
        .or_else(|| agency_alone(names))
}

/// The agency a byline names after a separator or `for`, which the names are read without (`By
/// Ann Lee | AFP`, `By Ann Lee for AFP`).
fn agency_after_names(names: &str) -> Option<String> {
    ROW_SEPARATORS.iter().chain(&[" for ", " For "]).find_map(|sep| agency_after(names, sep).map(|(_, a)| a))
}

/// The names before a wire agency a slash closes them with (`Erik Lindqvist/TT`, `Ann Lee /
/// Reuters`), as the Nordic wires sign their reporters.
fn slashed_agency(names: &str) -> Option<(&str, String)> {
    agency_after(names, "/").map(|(before, agency)| (before.trim_end(), agency))
}

/// The text before the last `separator` and the agency the text after it names, written as the
/// agency writes it (`Ann Lee | AFP` → `Ann Lee `, `AFP`).
fn agency_after<'a>(names: &'a str, separator: &str) -> Option<(&'a str, String)> {
    let (before, tail) = names.rsplit_once(separator)?;
    spelled_agency(tail.trim().trim_end_matches('.')).map(|agency| (before, agency))
}

/// A byline naming a wire agency and no one (`By Reuters`, `By The Associated Press`, `Von dpa`,
/// or `Agence France-Presse` alone on its line): the agency is the story's source.
pub(crate) fn agency_alone(names: &str) -> Option<Byline> {
    let agency = spelled_agency(names.trim().trim_end_matches(['.', ',']))?;
    Some(Byline { agency: Some(agency), ..Byline::default() })
}

/// A byline naming an organisation or a desk, not a person (`By Slate Staff`, `by University of
/// Tokyo`, `By Field Level Media`): two to five capitalised words, one of them a desk's or an
/// institution's ([`vocab::DESK_WORDS`]); no wire agency (that is the source, also of a wire's
/// desk: `By Reuters Staff`), no place. One in capitals is printed in natural case, as a person's
/// name is.
fn organisation(names: &str) -> Option<Byline> {
    let names = names.trim().trim_end_matches(['.', ',']);
    let words: Vec<&str> = names.split_whitespace().collect();
    let small = |w: &&str| matches!(*w, "of" | "for" | "the" | "and" | "&");
    let capitalised = words.iter().all(|w| small(w) || w.starts_with(char::is_uppercase));
    let plain = !names.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | '|'));
    let shaped = (2..=5).contains(&words.len()) && capitalised && plain;
    let is_desk = |w: &&str| vocab::DESK_WORDS.contains(&w.to_lowercase().trim_matches('.'));
    let desk = words.iter().any(is_desk);
    if let Some(agency) = shaped.then(|| wire_desk(&words, is_desk)).flatten() {
        return Some(Byline { agency: Some(agency), ..Byline::default() });
    }
    let organisation = shaped && desk && agency_name(names).is_none();
    let in_capitals = names.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let printed = || {
        if in_capitals {
            words.iter().map(|w| natural_case(w)).collect::<Vec<_>>().join(" ")
        } else {
            names.to_string()
        }
    };
    organisation.then(|| Byline { authors: vec![printed()], place: None, agency: None })
}

/// The agency a wire's desk byline names (`Reuters Staff`, `Associated Press Staff`, `AFP
/// Newsroom`): an agency, then desk words only.
fn wire_desk(words: &[&str], is_desk: impl Fn(&&str) -> bool) -> Option<String> {
    (1..words.len()).rev().find_map(|k| {
        let (agency, desk) = words.split_at(k);
        spelled_agency(&agency.join(" ")).filter(|_| desk.iter().all(&is_desk))
    })
}

/// The names of a byline a page saved as text glued to the role after it (`Dana NorbergStaff
/// Writer`, `Emil KeaneCity Columnist`), read again with the words apart.
fn unglued_names(names: &str) -> Option<Byline> {
    let spaced = super::dates::unglued(names)?;
    let role_last = spaced.split_whitespace().next_back().is_some_and(is_role);
    from_names(&spaced).filter(|b| role_last && !b.authors.is_empty())
}

/// The names of a byline giving each person's address and outlet, longer than a byline's words
/// (`By Ann Lee | alee@post.example | Harbour Post and Tom Quist | tquist@post.example | Harbour
/// Post`): the field before each address, from its last joining word on.
fn emailed_names(line: &str) -> Option<String> {
    if !line.contains('@') || !opens_with_by_word(line) {
        return None;
    }
    // Words are dropped while the rest still opens with a byline word (`Written by Ann Lee`).
    let mut names_first = line;
    while opens_with_by_word(names_first) {
        names_first = names_first.split_once(' ').map_or("", |(_, rest)| rest.trim_start());
    }
    let fields: Vec<&str> = names_first.split(" | ").map(str::trim).collect();
    let before_address = fields.windows(2).filter(|pair| pair[1].contains('@') && !pair[1].contains(' '));
    let names: Vec<&str> =
        before_address.map(|pair| SPLIT.split(pair[0]).last().unwrap_or(pair[0]).trim()).collect();
    (!names.is_empty()).then(|| names.join(" and "))
}

/// A byline running on into its writer's bio, longer than a byline's words (`By Ann Lee, a
/// transport reporter who has covered the harbour since 2015. She lives in …`): the byline up to
/// the bio's article.
fn before_bio(line: &str) -> Option<&str> {
    let at = [", a ", ", an "].iter().filter_map(|article| line.find(article)).min()?;
    let byline = &line[..at];
    (opens_with_by_word(byline) && super::lines::word_count(byline) <= BIO_BYLINE_WORDS).then_some(byline)
}

/// Most words of a byline before its writer's bio (`By Ann Lee and Tom Quist`, `Written by Ann
/// Marie de la Cruz`).
const BIO_BYLINE_WORDS: usize = 8;

/// The names after the date a line opens with (`Monday March 3, 2026 7:45 am by Ann Lee`, `3.
/// März 2026 von Ann Lee`).
fn after_date_by(line: &str) -> Option<&str> {
    let by = JOINING_BY.find(line)?;
    super::dates::opens_with_date(&line[..by.start()]).then(|| &line[by.end()..])
}

/// The line with a space put back after a byline word a page saved as text glued to the linked
/// name (`ByAnn Lee`, `Posted byAnn Lee`, `Veröffentlicht vonAnn Lee`): `By` opening the line or
/// a one-word byline word in small letters after a space, then a capital and a small letter —
/// never a word such as `Byron`, `ByteDance` or `DoorDash`, nor a name such as `DiMaggio`.
fn unglued_by(line: &str) -> Option<String> {
    if line.len() > GLUED_BYLINE_BYTES {
        return None;
    }
    // A byte scan, not `loose_byline`'s character seams (a layer above): every line asked for a
    // byline comes here, and the byline words before a seam are ASCII.
    let bytes = line.as_bytes();
    let seam =
        |pair: &[u8]| pair[0].is_ascii_lowercase() && (pair[1].is_ascii_uppercase() || !pair[1].is_ascii());
    let mut seams = bytes.windows(2).enumerate().filter(|(_, pair)| seam(pair)).map(|(at, _)| at + 1);
    let at = seams.find(|&at| ends_in_by_word(&line[..at]) && opens_name(&line[at..]))?;
    Some(format!("{} {}", &line[..at], &line[at..]))
}

/// Whether `text` ends in a byline word: `By` opening the line, or one of [`GLUED_BY_WORDS`]
/// opening it or after a space.
fn ends_in_by_word(text: &str) -> bool {
    let word = text.rsplit(' ').next().unwrap_or(text);
    text == "By" || GLUED_BY_WORDS.iter().any(|w| w == word)
}

/// Whether `text` opens with a capital and a small letter, as a name does.
fn opens_name(text: &str) -> bool {
    let mut letters = text.chars();
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_some_and(char::is_lowercase)
}

/// Longest line read for a glued byline, in bytes (`Veröffentlicht vonAnn Lee am 3. März 2026`;
/// a story's paragraphs are longer).
const GLUED_BYLINE_BYTES: usize = 100;

/// The one-word byline words in small letters (`by`, `von`, `par`…) that [`unglued_by`] finds
/// glued to a name.
static GLUED_BY_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut small: Vec<String> = one_word_by_words().map(str::to_lowercase).collect();
    small.sort_unstable();
    small.dedup();
    small
});

#[cfg(test)]
mod tests {
    use super::*;

    fn authors(line: &str) -> Vec<String> {
        parse(line).map(|b| b.authors).unwrap_or_default()
    }

    #[test]
    fn a_byline_word_alone_on_its_line_is_any_of_the_vocabulary() {
        for line in ["By", "BY", "Door", "Escrito por", " von "] {
            assert!(is_by_alone(line), "{line}");
        }
        assert!(!is_by_alone("Text:") && !is_by_alone("Bye"));
    }

    #[test]
    fn byline_words_of_every_language_in_the_vocabulary_are_read() {
        for line in [
            "Words by Ines Marlow",
            "Reported by Ines Marlow",
            "Analysis by Ines Marlow",
            "Opinion by Ines Marlow",
            "Reporter: Ines Marlow",
            "Ein Kommentar von Ines Marlow",
            "Text: Ines Marlow",
            "Auteur : Ines Marlow",
            "Escrito por Ines Marlow",
            "Testo di Ines Marlow",
            "Tekst: Ines Marlow",
            "AUTOR: Ines Marlow",
            "Författare: Ines Marlow",
            "Teksti: Ines Marlow",
            "Contributed by Ines Marlow",
            "Guest post by Ines Marlow",
            "Text and photos: Ines Marlow",
            "Redacción: Ines Marlow",
            "Reportage : Ines Marlow",
            "— By Ines Marlow",
            "// By Ines Marlow",
            "• By Ines Marlow",
            "-- By Ines Marlow",
            "Par : Ines Marlow",
            "Por: Ines Marlow",
        ] {
            assert_eq!(authors(line), ["Ines Marlow"], "{line}");
        }
        assert_eq!(authors("Текст: Инес Марлоу"), ["Инес Марлоу"]);
        assert_eq!(authors("Kirjoittaja: Ines Marlow ja Noel Ash"), ["Ines Marlow", "Noel Ash"]);
        assert!(authors("Text Ines Marlow").is_empty(), "a word written with a colon needs it");
    }

    #[test]
    fn a_byline_naming_a_desk_or_an_institution_names_it() {
        assert_eq!(authors("By Harbour Post Staff"), ["Harbour Post Staff"]);
        assert_eq!(authors("by University of Port Carrow"), ["University of Port Carrow"]);
        assert!(authors("By The Associated Press").is_empty(), "an agency is the source");
        assert!(authors("By Staff").is_empty(), "a desk's word alone names no one");
        assert_eq!(authors("BY HARBOUR POST STAFF"), ["Harbour Post Staff"], "in natural case");
    }

    #[test]
    fn names_joined_by_with_are_all_writers_but_not_who_added_reporting() {
        assert_eq!(authors("By Ines Marlow with Noel Ash"), ["Ines Marlow", "Noel Ash"]);
        assert_eq!(authors("By Ines Marlow with additional reporting by Noel Ash"), ["Ines Marlow"]);
    }

    #[test]
    fn a_name_run_into_what_follows_it_ends_at_the_seam() {
        assert_eq!(authors("By Ines MarlowData and Graphics Journalist"), ["Ines Marlow"]);
        assert_eq!(authors("By Ines Marlow and Teo StinsonLong Read"), ["Ines Marlow", "Teo Stinson"]);
        assert_eq!(authors("By INES MARLOWStaff Writer"), ["Ines Marlow"]);
        assert_eq!(authors("By Ana McDonald and Leo MacArthur"), ["Ana McDonald", "Leo MacArthur"]);
        assert_eq!(authors("By Ron DeSantis and Lea FitzGerald"), ["Ron DeSantis", "Lea FitzGerald"]);
    }

    #[test]
    fn a_role_glued_to_the_names_is_cut_off() {
        assert_eq!(authors("By Ines NorbergStaff Writer"), ["Ines Norberg"]);
        assert_eq!(authors("By Tomas KeaneCity Columnist"), ["Tomas Keane"]);
        assert_eq!(authors("By Ron DeSantis"), ["Ron DeSantis"], "a name in camel case read first as it is");
        assert!(authors("By AJLabs").is_empty(), "no role: nothing was glued to a name");
        assert_eq!(authors("By Ines NorbergWriterPhotographerNoel AshIllustrator"), ["Ines Norberg"]);
        assert_eq!(authors("By Dara McGregor-MacLeod"), ["Dara McGregor-MacLeod"]);
    }

    #[test]
    fn what_follows_the_names_on_the_line_is_dropped() {
        assert_eq!(authors("By Nia Obuya •"), ["Nia Obuya"]);
        assert_eq!(authors("By Nia Obuya on"), ["Nia Obuya"]);
        assert_eq!(authors("By: Tomas Rell, Ana B. Quist - @harbourpost"), ["Tomas Rell", "Ana B. Quist"]);
        assert_eq!(authors("By Ola Brandt For Harbourpost.Com"), ["Ola Brandt"]);
        assert_eq!(authors("By Ola Brandt and Ann Lee for The Gulf Tribune"), ["Ola Brandt", "Ann Lee"]);
        assert_eq!(authors("By Nia Obuya HARBOURNews"), ["Nia Obuya"]);
        assert_eq!(authors("By Nia McKENZIE"), ["Nia McKENZIE"], "capitals ending the word are a name");
        assert_eq!(authors("By Nia Obuya (@nia_o)"), ["Nia Obuya"], "a handle in brackets");
        assert_eq!(authors("By Nia Obuya • Transport"), ["Nia Obuya"], "a section after a bullet");
        assert_eq!(authors("By Nia Obuya and Ola Brandt · 3 min read"), ["Nia Obuya", "Ola Brandt"]);
    }

    #[test]
    fn a_byline_after_the_time_and_a_bar_is_read() {
        assert_eq!(authors("at1:39 pm | By Lexa Gord"), ["Lexa Gord"]);
        assert!(authors("Politics | Byron Bay").is_empty());
    }

    #[test]
    fn splits_people() {
        assert_eq!(authors("By Dmitry Antonov and Steve Holland"), ["Dmitry Antonov", "Steve Holland"]);
        assert_eq!(
            authors("By Rachel Imbert, Thomas Greer and Nadia Fofana"),
            ["Rachel Imbert", "Thomas Greer", "Nadia Fofana"]
        );
        assert_eq!(authors("Von Katrin Weiß"), ["Katrin Weiß"]);
    }

    #[test]
    fn a_by_glued_to_the_name_is_read_and_by_words_are_not() {
        assert_eq!(authors("ByTara Haelle"), ["Tara Haelle"]);
        assert_eq!(authors("ByYi-Jin Yu"), ["Yi-Jin Yu"]);
        assert!(authors("Byron Smith").is_empty());
        assert!(authors("ByteDance Holdings").is_empty());
        assert!(authors("ByThe Associated Press").is_empty(), "an agency is not a person");
        assert_eq!(authors("Posted byTara Haelle on March 3, 2026"), ["Tara Haelle"], "after a label");
        assert_eq!(authors("Veröffentlicht vonKatrin Weiß 3. März 2026"), ["Katrin Weiß"], "in German");
        assert_eq!(authors("byTara Haelle"), ["Tara Haelle"], "in small letters");
        assert!(authors("DoorDash Raises Its Fees").is_empty(), "a word opening with a byline word");
        assert!(authors("DiMaggio Stays Home").is_empty(), "a name opening with one");
    }

    #[test]
    fn the_field_marks_are_the_row_separators_marks() {
        let marks: Vec<&str> = ROW_SEPARATORS.iter().map(|sep| sep.trim()).collect();
        assert_eq!(marks, FIELD_MARKS);
    }

    #[test]
    fn a_field_of_a_row_opening_with_a_byline_word_is_the_byline() {
        assert_eq!(authors("Opinion | By Ann Lee"), ["Ann Lee"]);
        assert_eq!(authors("March 3, 2026 // Author: Ann Lee // 2 Comments"), ["Ann Lee"], "after //");
        assert_eq!(authors("March 3, 2026 | Author: Ann Lee | 2 Comments"), ["Ann Lee"], "labelled");
        assert_eq!(authors("3. März 2026 · Von Ida Berg · 4 Min."), ["Ida Berg"], "in German");
        assert_eq!(authors("By Ann Lee // March 3, 2026"), ["Ann Lee"], "the date past //");
        assert!(authors("Opinion | By the numbers: fares in 2026").is_empty(), "a headline's words");
        assert!(authors("Ferries|By Ann Lee").is_empty(), "no space after the mark");
    }

    #[test]
    fn a_short_agency_code_counts_only_in_capitals() {
        assert_eq!(authors("By Ann Pap"), ["Ann Pap"]);
        let b = parse("By Ann Lee PAP").expect("byline");
        assert_eq!((b.authors, b.agency.as_deref()), (vec!["Ann Lee".to_string()], Some("PAP")));
    }

    #[test]
    fn drops_agencies_and_normalises_case() {
        let b = parse("By OLENA MARCHUK and DAVID FERRIS Associated Press").expect("byline");
        assert_eq!(b.authors, ["Olena Marchuk", "David Ferris"]);
        assert_eq!(b.agency.as_deref(), Some("AP"));
        assert_eq!(
            authors("By LENA HARGROVE and TOMAS REYES-ORTIZ Associated Press"),
            ["Lena Hargrove", "Tomas Reyes-Ortiz"]
        );
    }

    #[test]
    fn drops_roles_handles_and_places() {
        assert_eq!(authors("By Marc-André Tremblay, Senior Correspondent"), ["Marc-André Tremblay"]);
        assert_eq!(authors("By Owen Pryce | @owenpryce_sport"), ["Owen Pryce"]);
        assert_eq!(authors("By Owen Pryce@OwenPryceSport"), ["Owen Pryce"], "a handle glued on");
        assert_eq!(authors("By Owen Pryce owen.pryce@harbour.news"), ["Owen Pryce"], "an address");
        assert_eq!(authors("Erin Kowalczyk | Reporter"), ["Erin Kowalczyk"]);
        let with = "Par Owen Pryce (avec Ines Marlow et Ida Berg)";
        assert_eq!(
            authors(with),
            ["Owen Pryce", "Ines Marlow", "Ida Berg"],
            "who wrote with the first, in brackets"
        );
        assert_eq!(authors("Von Owen Pryce mit Ines Marlow"), ["Owen Pryce", "Ines Marlow"]);
        let roles = "by Owen Pryce (reporting) and Ines Marlow (photography)";
        assert_eq!(authors(roles), ["Owen Pryce"], "the writer, not the photographer");
        let bio = "By Owen Pryce, a sports writer who has covered the harbour league since 2015. He lives on the coast.";
        assert_eq!(authors(bio), ["Owen Pryce"], "a bio run on after the names");
        let sentence = "By the time the ferry docked, a crowd of two hundred commuters had gathered at the gate to protest.";
        assert!(parse(sentence).is_none(), "a sentence opening with By");
        let b = parse("By Marta Lindqvist in Brussels").expect("byline");
        assert_eq!((b.authors, b.place.as_deref()), (vec!["Marta Lindqvist".to_string()], Some("Brussels")));
        for (line, place) in [
            ("Par Marta Lindqvist à Bruxelles", "Bruxelles"),
            ("Par Marta Lindqvist, à Bruxelles", "Bruxelles"),
            ("Por Marta Lindqvist desde Bruselas", "Bruselas"),
            ("Di Marta Lindqvist a Bruxelles", "Bruxelles"),
            ("Av Marta Lindqvist i Bryssel", "Bryssel"),
            ("By Marta Lindqvist reporting from Brussels", "Brussels"),
        ] {
            let b = parse(line).expect(line);
            assert_eq!(
                (b.authors, b.place.as_deref()),
                (vec!["Marta Lindqvist".to_string()], Some(place)),
                "{line}"
            );
        }
        assert_eq!(
            parse("By Ana da Silva").expect("byline").place,
            None,
            "a name's particle is no place word"
        );
    }

    #[test]
    fn a_byline_naming_an_agency_gives_the_source() {
        for (line, authors, agency) in [
            ("By Reuters", vec![], "Reuters"),
            ("By The Associated Press", vec![], "AP"),
            ("Von dpa", vec![], "dpa"),
            ("By Marta Lindqvist | AFP", vec!["Marta Lindqvist"], "AFP"),
            ("By Marta Lindqvist for AFP", vec!["Marta Lindqvist"], "AFP"),
            ("Av Marta Lindqvist/TT", vec!["Marta Lindqvist"], "TT"),
            ("By Reuters Staff", vec![], "Reuters"),
            ("By Associated Press Staff", vec![], "AP"),
            ("By Marta Lindqvist and Noel Ash / Reuters", vec!["Marta Lindqvist", "Noel Ash"], "Reuters"),
        ] {
            let b = parse(line).expect(line);
            let authors: Vec<String> = authors.iter().map(|a: &&str| a.to_string()).collect();
            assert_eq!((b.authors, b.agency.as_deref()), (authors, Some(agency)), "{line}");
        }
        assert_eq!(parse("By Marta Lindqvist for the Harbour Post").expect("byline").agency, None);
        assert!(parse("By ap").is_none(), "a short name in small letters is another word");
        assert_eq!(
            authors(
                "By Ana Costa | acosta@post.example | Harbour Evening Post and Noel Ash | nash@post.example | \
                 Harbour Evening Post"
            ),
            ["Ana Costa", "Noel Ash"],
            "each with an address and the outlet"
        );
        assert!(parse("By Marta Lindqvist/Harbour Post").is_none_or(|b| b.agency.is_none()), "an outlet");
        assert_eq!(authors("Posted on March 18, 2026 by Kofi Mensah"), ["Kofi Mensah"]);
        assert_eq!(authors("Veröffentlicht am 18. März 2026 von Kofi Mensah"), ["Kofi Mensah"]);
        assert_eq!(authors("Publié le 18 mars 2026 par Kofi Mensah"), ["Kofi Mensah"]);
        assert_eq!(authors("Publicado el 18 de marzo de 2026 por Kofi Mensah"), ["Kofi Mensah"]);
        assert_eq!(authors("18. März 2026 von Kofi Mensah"), ["Kofi Mensah"]);
        assert_eq!(authors("18. April 2026 by Walter von Aachen"), ["Walter von Aachen"], "a particle");
        assert_eq!(authors("Posted by Kofi Mensah at 18:52"), ["Kofi Mensah"]);
        assert_eq!(authors("Von Kofi Mensah am 3. März 2026"), ["Kofi Mensah"]);
        assert_eq!(authors("By Thanh Le 3 hours ago"), ["Thanh Le"], "a name's own word stays");
        assert_eq!(authors("Wednesday March 18, 2026 7:45 am CET by Kofi Mensah"), ["Kofi Mensah"]);
        assert_eq!(authors("By Kofi Mensah Kofi Mensah"), ["Kofi Mensah"], "a name printed twice");
        assert!(parse("March 18, 2026 by the harbour authority").is_none(), "no person after the date");
        assert_eq!(authors("As told to Kofi Mensah"), ["Kofi Mensah"]);
        assert_eq!(authors("Published By : Kofi Mensah"), ["Kofi Mensah"]);
        assert_eq!(authors("By Ana Costa, Ph.D."), ["Ana Costa, Ph.D."]);
        assert_eq!(authors("By Ana Costa MS, RDN, LD"), ["Ana Costa"], "credentials are no part of a name");
        assert_eq!(authors("By Noel Ash as told to Ana Costa"), ["Ana Costa"], "the writer is the one told");
        assert_eq!(authors("By Ray Hill, Jr. and Ana Costa"), ["Ray Hill, Jr.", "Ana Costa"]);
        let staff = parse("By KOFI MENSAH, AP National Political Writer").expect("byline");
        assert_eq!((staff.authors, staff.agency.as_deref()), (vec!["Kofi Mensah".to_string()], Some("AP")));
    }

    #[test]
    fn rejects_sentences_and_organisations() {
        assert!(parse("By continuing to browse, you agree to our use of cookies.").is_none());
        assert!(parse("By Staff").is_none());
        assert!(parse("By Harborview Daily").is_none());
        assert!(parse("By The Worcester Telegram").is_none());
        assert_eq!(authors("By Jim Walsh Cherry Hill Courier-Post"), ["Jim Walsh"]);
        assert!(parse("Markets | Commodities").is_none());
        assert!(parse("By USA TODAY").is_none());
        assert_eq!(authors("By Greyson Steele Battle Creek Enquirer"), ["Greyson Steele"]);
    }

    #[test]
    fn a_closing_abbreviation_keeps_its_full_stop_and_a_sentence_loses_it() {
        assert_eq!(authors("By John Garcia Jr."), ["John Garcia Jr."]);
        assert_eq!(authors("By Nelson C.J."), ["Nelson C.J."]);
        assert_eq!(authors("By Ben Edwards."), ["Ben Edwards"]);
    }

    #[test]
    fn names_are_parted_by_the_joining_word_of_each_language() {
        assert_eq!(authors("Door Sanne de Wit en Joris van Dam"), ["Sanne de Wit", "Joris van Dam"]);
        assert_eq!(authors("Av Elin Lund och Oskar Berg"), ["Elin Lund", "Oskar Berg"]);
        assert_eq!(authors("AV ELIN LUND OCH OSKAR BERG"), ["Elin Lund", "Oskar Berg"]);
        assert_eq!(authors("Af Mette Holm og Lars Vang"), ["Mette Holm", "Lars Vang"]);
        assert!(has_joiner("Elin Lund och Oskar Berg") && !has_joiner("Elin Lund, Reporter"));
    }

    #[test]
    fn what_a_slash_sets_after_the_names_is_no_name_unless_it_is_a_person() {
        assert_eq!(authors("By Ines Marlow / The Harbour Times"), ["Ines Marlow"]);
        assert_eq!(authors("By Ines Marlow / Staff Writer"), ["Ines Marlow"]);
        assert_eq!(authors("Text: Ines Marlow / harbournews.example"), ["Ines Marlow"]);
        assert_eq!(authors("By Ines Marlow and Noel Ash / Harbour News"), ["Ines Marlow", "Noel Ash"]);
        assert_eq!(authors("By Ines Marlow / Noel Ash"), ["Ines Marlow", "Noel Ash"]);
        let wire = parse("By Ines Marlow / Reuters").expect("a byline");
        assert_eq!(
            (wire.authors, wire.agency.as_deref()),
            (vec!["Ines Marlow".to_string()], Some("Reuters"))
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::rules::names::is_org_word;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_line_gives_names_or_none(line in "\\PC{0,160}") {
            if let Some(byline) = parse(&line) {
                for name in byline.authors {
                    let words = name.split_whitespace().count();
                    prop_assert!((2..=5).contains(&words), "{name:?}");
                    prop_assert!(!name.chars().any(|c| c.is_ascii_digit()));
                }
            }
        }

        #[test]
        fn a_surname_that_is_a_month_stays_without_a_timestamp(first in "[A-Z][a-z]{2,8}") {
            prop_assume!(!is_org_word(&first) && !["The", "An"].contains(&first.as_str()));
            let authors = parse(&format!("By {first} May")).map(|b| b.authors).unwrap_or_default();
            prop_assert_eq!(authors, vec![format!("{first} May")]);
        }

        #[test]
        fn bylines_of_capitalised_names_are_read(first in "[A-Z][a-z]{2,8}", last in "[A-Z][a-z]{2,10}") {
            prop_assume!(!is_org_word(&first) && !is_org_word(&last) && !["The", "An"].contains(&first.as_str()));
            let line = format!("By {first} {last}");
            let authors = parse(&line).map(|b| b.authors).unwrap_or_default();
            prop_assert_eq!(authors, vec![format!("{first} {last}")]);
        }
    }
}
