//! Names of people as bylines print them: a person's name in natural case (not an organisation,
//! a role or a stray word), whether it opens with a known given name, and whether two spellings
//! are one name. The words that mark an organisation, a role or a credential are tables of
//! [`vocab`]; the given names are a data file (`data/given_names.txt`). Imports only the
//! vocabulary.

use super::vocab;
use regex::Regex;
use std::sync::LazyLock;

/// A person's name in natural case, or `None` for organisations, roles and stray words. A name
/// that runs on into an organisation (`Jim Walsh Cherry Hill Courier-Post`) keeps its first two
/// words.
pub(crate) fn person_name(raw: &str) -> Option<String> {
    let raw = raw.trim().trim_end_matches([',', ':', ';']).trim();
    let raw = match raw.strip_suffix('.') {
        Some(stem) if !ends_with_abbreviation(stem) => stem.trim_end_matches(['.', ',']).trim(),
        _ => raw,
    };
    if raw.chars().any(|c| c.is_ascii_digit() || "@/()".contains(c))
        || raw.contains(".com")
        || raw.contains(".net")
    {
        return None;
    }
    let mut all: Vec<&str> = raw.split_whitespace().collect();
    while all.len() > 2 && all.last().is_some_and(|w| vocab::CREDENTIALS.contains(w)) {
        all.pop();
    }
    let words = match all.iter().position(|w| is_org_word(w)) {
        Some(at) if at >= 2 && all.len() > 3 => &all[..2],
        Some(_) => return None,
        None => &all[..],
    };
    let article = words.first().is_some_and(|w| ["the", "a", "an"].contains(&w.to_lowercase().as_str()));
    let name_like = (2..=5).contains(&words.len()) && !article && words.iter().all(|w| is_name_word(w));
    name_like.then(|| words.iter().map(|w| natural_case(w)).collect::<Vec<_>>().join(" "))
}

/// `John Garcia Jr`, `Nelson C.J`: a name whose last word is an abbreviation keeps its full stop;
/// `Ben Edwards.` loses the sentence's.
fn ends_with_abbreviation(stem: &str) -> bool {
    let last = stem.rsplit(' ').next().unwrap_or("");
    last.contains('.') || (1..=2).contains(&last.chars().count())
}

/// True when a word marks an organisation or a role (`Gazette`, `Courier-Post`, `Reporter`).
pub(crate) fn is_org_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.trim_matches(['.', ',']).split('-').any(|part| vocab::ORGANISATION_WORDS.contains(&part))
}

fn is_name_word(word: &str) -> bool {
    vocab::NAME_PARTICLES.contains(&word)
        || word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
            && word.split('-').all(|part| camel_humps(part) <= 1)
}

/// How many times a small letter runs into a capital in a word: once in `McDonald` or `LaToya`,
/// more often in words a page saved as text ran together (`RuppWriterPhotographer`).
fn camel_humps(word: &str) -> usize {
    word.chars().zip(word.chars().skip(1)).filter(|(a, b)| a.is_lowercase() && b.is_uppercase()).count()
}

/// `REYES-ORTIZ` → `Reyes-Ortiz`, `O'BRIEN` → `O'Brien`; mixed-case words stay as printed.
pub(crate) fn natural_case(word: &str) -> String {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || !letters.iter().all(|c| c.is_uppercase()) {
        return word.to_string();
    }
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// A role as bylines print it (`Senior Correspondent`, `Political reporter`, `@handle`).
pub(crate) fn is_role(role: &str) -> bool {
    role.trim_start().starts_with('@') || ROLE.is_match(&role.to_lowercase())
}

/// Any of [`vocab::ROLE_WORDS`], asked of a line in small letters: one search for them all (each
/// word looked for in turn was a hundredth of extracting a thousand wire stories).
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> = vocab::every(vocab::ROLE_WORDS).map(regex::escape).collect();
    Regex::new(&words.join("|")).expect("valid role pattern")
});

/// Two spellings of one name: equal in their letters and digits, case and accents aside.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    let letters = |name: &str| -> String {
        name.nfd()
            .filter(|c| c.is_alphanumeric() && !is_combining_mark(*c))
            .flat_map(char::to_lowercase)
            .collect()
    };
    letters(a) == letters(b)
}

/// True when a name opens with a known given name (`Ines Marlow`, `Kimberly Miller and Noel
/// Ash`), or with two joined by a hyphen whose first is one (`Anne-Marie Lind`): what tells a
/// writer's name alone on a line from a label of two capitalised words (`Long Reads`, `Premier
/// League`, `Deutsche Sprache`).
pub(crate) fn opens_with_given_name(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    let known = |word: &str| GIVEN_NAMES.binary_search(&word).is_ok();
    known(first) || first.split_once('-').is_some_and(|(part, _)| known(part))
}

/// The given names of `data/given_names.txt` (some 15,000 in thirty-odd languages, written by
/// `scripts/make-given-names.py`, sorted), past its header's `#` lines: searched by halving, as
/// hashing them all into a set cost a hundredth of extracting a thousand wire stories.
static GIVEN_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let table = include_str!("../../data/given_names.txt");
    table.lines().filter(|line| !line.starts_with('#')).collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_is_the_same_in_any_case_with_or_without_accents() {
        assert!(same_name("Zoë Müller", "zoe muller"));
        assert!(same_name("Marc-André Tremblay", "Marc Andre Tremblay"));
        assert!(!same_name("Ann Lee", "Anna Lee"));
    }

    #[test]
    fn a_person_is_named_and_an_organisation_or_a_role_is_not() {
        assert_eq!(person_name("REYES-ORTIZ O'BRIEN").as_deref(), Some("Reyes-Ortiz O'Brien"));
        assert_eq!(person_name("Ana Costa RDN LD").as_deref(), Some("Ana Costa"));
        assert_eq!(person_name("Jim Walsh Cherry Hill Courier-Post").as_deref(), Some("Jim Walsh"));
        assert_eq!(person_name("Harbour Gazette"), None);
        assert_eq!(person_name("The Island Team"), None);
        assert!(is_role("Senior Correspondent") && is_role("@harbourpost") && !is_role("Harbour"));
    }

    #[test]
    fn a_name_opening_with_a_given_name_of_any_language_is_known_and_a_label_is_not() {
        for name in
            ["Ines Marlow", "Kimberly Ash and Noel Quist", "Çağla Demir", "Sven Berg", "Anne-Marie Lind"]
        {
            assert!(opens_with_given_name(name), "{name}");
        }
        for label in ["Long Reads", "Premier League", "Deutsche Sprache", "Harbour Valley", ""] {
            assert!(!opens_with_given_name(label), "{label}");
        }
    }

    #[test]
    fn a_role_in_any_language_of_the_table_is_a_role() {
        for role in
            ["Senior Correspondent", "Redakteurin Politik", "rédactrice en chef", "corresponsal en Lima"]
        {
            assert!(is_role(role), "{role}");
        }
        for role in ["Teamleiterin Fundraising", "giornalista", "Verslaggever", "krönikör"] {
            assert!(is_role(role), "{role}");
        }
        assert!(!is_role("Harbour") && !is_role("Ines Marlow"));
    }

    #[test]
    fn the_given_names_are_sorted_for_their_search() {
        assert!(GIVEN_NAMES.len() > 10_000);
        assert!(GIVEN_NAMES.windows(2).all(|pair| pair[0] < pair[1]));
    }
}
