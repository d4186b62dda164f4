//! The trailers that close a wire story: a credit line (`(Reporting by …; Editing by …)` and its
//! forms in other languages, [`vocab::CREDIT_OPENINGS`]), a desk slug, an agency's sign-off, a
//! copyright line. Nothing after one belongs to the article. Patterns use ASCII word boundaries,
//! as [`super::lines`] explains. Imports the vocabulary, the agency table and the line shapes.

use super::lines::{word_count, Openings};
use super::vocab;
use memchr::memmem::Finder;
use regex::Regex;
use std::sync::LazyLock;

/// The trailers of [`is_credit`] that are not a credit's opening words: a desk slug
/// (`cl/jdp/bc`, maybe with its agency: `cl/jdp (AFP)`), an agency after a dash (`— AFP`), a copyright line.
static CREDIT_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^[a-z]{1,5}(/[a-z0-9]{1,5}){1,6}(\s*\([a-z-]{2,16}\))?$
        | ^[—–-]{1,2}\s*\w{2,12}\s*$
        | ^©
        | ^copyright(?-u:\b)",
    )
    .expect("valid credit mark pattern")
});
static CONTRIBUTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)contributed (to )?(this )?(report|story|article)")
        .expect("valid contributor pattern")
});

/// A trailer that closes a wire story: a credit line, a desk slug, an agency sign-off or a
/// copyright line. Nothing after it belongs to the article.
pub(crate) fn is_credit(line: &str) -> bool {
    opens_with_credit(line)
        || (may_be_credit_mark(line) && CREDIT_MARK.is_match(line))
        || (CONTRIBUTED_WORD.find(line.as_bytes()).is_some() && CONTRIBUTED.is_match(line))
        || is_source_credit(line)
}

/// The searcher for the word [`CONTRIBUTED`] needs, built once: every line of a story is asked.
static CONTRIBUTED_WORD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("ontributed"));

/// A line opening, maybe in brackets, with one of [`vocab::CREDIT_OPENINGS`] (`(Reporting by`,
/// `Redigiert von`), as a word (`Reporting byline` is none) unless the opening ends in a sign.
/// `is_credit` reads every line of a story, so the openings are looked up by the line's first
/// word ([`Openings`]).
fn opens_with_credit(line: &str) -> bool {
    let text = line.trim_start_matches(['(', ' ']);
    CREDIT_OPENINGS.opens(text, |opening, rest| {
        rest.chars().next().is_none_or(|c| !c.is_alphanumeric()) || !opening.ends_with(char::is_alphanumeric)
    })
}

/// What every branch of [`CREDIT_MARK`] needs: a short line with a slash, a dash, `©` or
/// `copyright` at the start.
fn may_be_credit_mark(line: &str) -> bool {
    (line.len() <= SLUG_BYTES && line.contains('/'))
        || line.starts_with(['—', '–', '-', '©'])
        || line.get(..9).is_some_and(|head| head.eq_ignore_ascii_case("copyright"))
}

static CREDIT_OPENINGS: LazyLock<Openings> =
    LazyLock::new(|| Openings::new(vocab::every(vocab::CREDIT_OPENINGS)));

/// Longest desk slug (`cl/jdp/bc`), in bytes: at most six initials of five letters.
const SLUG_BYTES: usize = 41;

/// A short line that credits the source and nothing else: the agency alone in brackets (`(AFP)`).
/// An agency's bare name alone is not one, nor `Source: AP`: pages print those under photos and
/// charts inside the story (as credits they ended three real stories early).
fn is_source_credit(line: &str) -> bool {
    let line = line.trim();
    let bracketed = line.starts_with('(') && line.trim_end_matches('.').ends_with(')');
    if !bracketed || line.len() > 40 || word_count(line) > 4 {
        return false;
    }
    super::agency::agency_name(line.trim_matches(|c: char| !c.is_alphanumeric())).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn capitalised(text: &str) -> String {
        let mut chars = text.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }

    #[test]
    fn recognises_credits_and_slugs() {
        assert!(is_credit("(Reporting by Dmitry Antonov; Editing by Guy Faulconbridge)"));
        assert!(is_credit("Reporting by Priya Nandakumar; Editing by Tom Aldous"));
        assert!(is_credit(
            "Associated Press writer Ihor Savchenko in Lviv, Ukraine, contributed to this report."
        ));
        assert!(is_credit("cl/jdp/bc"));
        assert!(is_credit("cl/jdp (AFP)"));
        assert!(!is_credit("and/or (see below)"), "no agency after the slug");
        assert!(is_credit("— AFP"));
        assert!(!is_credit("The Kremlin said on Wednesday that talks went well."));
        assert!(!is_credit("Reportedly the talks went well."));
        for other_language in [
            "(Reporte de Ana Lind; editado en español por Tomás Quist)",
            "(Reportage de Ana Lind, version française Tom Quist, édité par Ines Marlow)",
            "Redigiert von Ines Marlow",
            "(Tradotto da Ana Lind, in redazione a Roma Tom Quist)",
            "Reportagem de Ana Lind; edição de Tom Quist",
        ] {
            assert!(is_credit(other_language), "{other_language}");
        }
        assert!(!is_credit("Reporteros sin Fronteras pidió la liberación del periodista."));
        assert!(!is_credit("In 2017 the ferry ran twice a day."));
        for opening in vocab::every(vocab::CREDIT_OPENINGS) {
            assert!(is_credit(&format!("({} Ana Lind)", capitalised(opening))), "{opening}");
        }
    }
}
