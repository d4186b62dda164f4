//! The language an article is written in, detected from its text with `whatlang`, so that its
//! words are stemmed by the right stemmer.

use whatlang::Lang;

/// ISO 639-1 code of the language of `text`, when the detection is confident enough.
pub fn detect(text: &str) -> Option<String> {
    let sample: String = text.chars().take(3000).collect();
    let info = whatlang::detect(&sample).filter(|i| i.is_reliable() || i.confidence() >= 0.5)?;
    Some(code(info.lang()))
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
        assert_eq!(detect(german).as_deref(), Some("de"));
        let english =
            "The Kremlin said on Wednesday that the president accepted some of the proposals aimed at \
                       ending the war and was prepared to keep working with the envoys to find a compromise.";
        assert_eq!(detect(english).as_deref(), Some("en"));
        assert_eq!(detect("ok"), None);
    }
}
