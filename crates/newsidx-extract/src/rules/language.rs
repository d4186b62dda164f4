//! The language an article is written in, detected from its text with `whatlang`, so that its
//! words are stemmed by the right stemmer.

use std::sync::LazyLock;
use whatlang::{Detector, Lang};

/// The languages told apart: those with a stemmer of their own and the other major languages of
/// news in Latin, Cyrillic, Greek, Arabic and CJK scripts. Scoring fewer candidates makes
/// detection several times cheaper; a page in a language outside the list gets the nearest one.
const CANDIDATES: &[Lang] = &[
    Lang::Eng,
    Lang::Deu,
    Lang::Fra,
    Lang::Spa,
    Lang::Ita,
    Lang::Por,
    Lang::Nld,
    Lang::Swe,
    Lang::Dan,
    Lang::Nob,
    Lang::Fin,
    Lang::Rus,
    Lang::Pol,
    Lang::Tur,
    Lang::Ukr,
    Lang::Ces,
    Lang::Ron,
    Lang::Hun,
    Lang::Ell,
    Lang::Ara,
    Lang::Cmn,
    Lang::Jpn,
    Lang::Kor,
    Lang::Heb,
    Lang::Hin,
    Lang::Ind,
];

static DETECTOR: LazyLock<Detector> = LazyLock::new(|| Detector::with_allowlist(CANDIDATES.to_vec()));

/// Characters looked at: a paragraph or two is plenty for trigram statistics, and detection
/// cost grows with the sample (it was half the extraction time at 3,000).
const SAMPLE_CHARS: usize = 600;

/// Words a sample needs for the statistics: a headline over a results brief's rows of figures
/// (left out of the sample, their abbreviations read as French as often as English) is too little.
const FEWEST_WORDS: usize = 12;

/// Characters the statistical detector looks at when the quick English test fails.
const STATISTICS_CHARS: usize = 300;

/// ISO 639-1 code of the language of an article (its title and the start of its body), when the
/// detection is confident enough.
pub(crate) fn detect(title: &str, body: &str) -> Option<String> {
    let mut sample = String::with_capacity(SAMPLE_CHARS + title.len() + 1);
    sample.push_str(title);
    for paragraph in body.split("\n\n").filter(|p| !super::body::is_figure_row(p)) {
        if sample.len() >= SAMPLE_CHARS + title.len() {
            break;
        }
        sample.push(' ');
        sample.push_str(paragraph);
    }
    if plainly_english(&sample) {
        return Some("en".to_string());
    }
    if super::lines::word_count(&sample) < FEWEST_WORDS {
        return None;
    }
    let short: String = sample.chars().take(STATISTICS_CHARS).collect();
    let info = DETECTOR.detect(&short).filter(|i| i.is_reliable() || i.confidence() >= 0.5)?;
    Some(code(info.lang()))
}

/// Text in unaccented Latin letters thick with English function words needs no statistics (and
/// most archives are English, so this spares the detector most of its work). Typographic quotes
/// and dashes (`’`, `“`, `–`) are not letters and do not count against it; an accented or
/// non-Latin letter does.
fn plainly_english(sample: &str) -> bool {
    let latin_letters = sample.is_ascii() || !sample.chars().any(|c| !c.is_ascii() && c.is_alphabetic());
    let (mut words, mut function_words) = (0, 0);
    let mut start = None;
    for (at, byte) in sample.bytes().chain([b' ']).enumerate() {
        match (byte.is_ascii_whitespace(), start) {
            (true, Some(from)) => {
                words += 1;
                function_words += usize::from(is_function_word(&sample.as_bytes()[from..at]));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    latin_letters && words >= 12 && function_words * 10 >= words
}

/// One of the English words commonest in news text (`the`, `of`, `said`…), in any case. Every
/// word of every sample is asked (words are cut at ASCII spaces by a loop over the bytes, so
/// nothing is called per word), so it is compared as bytes in one match.
fn is_function_word(word: &[u8]) -> bool {
    let mut lower = [0u8; 4];
    if word.len() > lower.len() {
        return false;
    }
    for (at, byte) in word.iter().enumerate() {
        lower[at] = byte.to_ascii_lowercase();
    }
    matches!(
        &lower[..word.len()],
        b"the" | b"of" | b"and" | b"to" | b"in" | b"that" | b"is" | b"was" | b"for" | b"said"
    )
}

/// The code ([`detect`]'s) of a language a record states by name or code (`ENGLISH`,
/// `Deutsch` is not known, `de`, `eng`), so a database's `LANGUAGE:` field is comparable with
/// detected languages.
pub(crate) fn code_of_stated(stated: &str) -> Option<String> {
    let key = stated.trim().to_lowercase();
    let named = Lang::all().iter().find(|l| l.eng_name().eq_ignore_ascii_case(&key) || l.code() == key);
    let norwegian = matches!(key.as_str(), "norwegian" | "nor" | "no" | "nb");
    let lang = named.copied().or(norwegian.then_some(Lang::Nob));
    let two = lang
        .map(code)
        .or_else(|| (key.len() == 2 && key.chars().all(|c| c.is_ascii_lowercase())).then_some(key));
    two
}

/// The two-letter code of the languages newsidx stems or commonly meets; the three-letter one
/// otherwise.
fn code(lang: Lang) -> String {
    let two = match lang {
        Lang::Eng => "en",
        Lang::Deu => "de",
        Lang::Fra => "fr",
        Lang::Spa => "es",
        Lang::Ita => "it",
        Lang::Por => "pt",
        Lang::Nld => "nl",
        Lang::Swe => "sv",
        Lang::Dan => "da",
        Lang::Nob => "no",
        Lang::Fin => "fi",
        Lang::Rus => "ru",
        Lang::Pol => "pl",
        Lang::Tur => "tr",
        Lang::Ukr => "uk",
        Lang::Ara => "ar",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        other => return other.code().to_string(),
    };
    two.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_languages_newsidx_stems() {
        let german =
            "Die Bundesländer wollen künftig ein gemeinsames Register für öffentliche Ladesäulen führen. \
                      Darauf verständigten sich die Verkehrsminister der Länder bei einem Treffen in Berlin.";
        assert_eq!(detect("", german).as_deref(), Some("de"));
        let english =
            "The Kremlin said on Wednesday that the president accepted some of the proposals aimed at \
                       ending the war and was prepared to keep working with the envoys to find a compromise.";
        assert_eq!(detect("", english).as_deref(), Some("en"));
        assert_eq!(detect("", "ok"), None);
        let french =
            "Le gouvernement a annoncé mardi que les prix de l'énergie seraient gelés jusqu'à la fin \
                      de l'année, afin de protéger les ménages les plus modestes.";
        assert_eq!(detect("", french).as_deref(), Some("fr"));
        assert!(is_function_word(b"The") && is_function_word(b"SAID") && !is_function_word(b"there"));
    }

    #[test]
    fn a_stated_language_becomes_its_code() {
        assert_eq!(code_of_stated("ENGLISH").as_deref(), Some("en"));
        assert_eq!(code_of_stated(" German ").as_deref(), Some("de"));
        assert_eq!(code_of_stated("Norwegian").as_deref(), Some("no"));
        assert_eq!(code_of_stated("fr").as_deref(), Some("fr"));
        assert_eq!(code_of_stated("spa").as_deref(), Some("es"));
        assert_eq!(code_of_stated("Klingon"), None);
    }

    #[test]
    fn rows_of_figures_are_no_sample_of_a_language() {
        let brief =
            "Shr loss two cts vs profit seven cts\n\nNet 1.1 mln vs 829,000\n\nRevs 291.8 mln vs 151.1 mln";
        assert_eq!(detect("Harbour Holdings Inc 2nd Qtr Net", brief), None);
    }

    #[test]
    fn typographic_punctuation_keeps_english_on_the_quick_path_and_accents_leave_it() {
        let english = "The Kremlin said on Wednesday that the president “accepted some” of the proposals – \
                       and that he was prepared to keep working with the envoys, Moscow’s aide said.";
        assert!(plainly_english(english));
        assert!(!plainly_english(
            "The café said that the crème brûlée was the best in the city of the north."
        ));
    }
}
