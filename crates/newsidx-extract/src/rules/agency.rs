//! Wire agencies by their usual short names (`Reuters`, `AP`, `AFP`, `dpa`): shared by the
//! extractor, which finds them, and the search filters, which accept any spelling.

use regex::Regex;
use std::sync::LazyLock;

/// Wire agencies: every spelling we accept, and the short name we report.
const AGENCIES: &[(&str, &str)] = &[
    ("reuters", "Reuters"),
    ("reuter", "Reuters"),
    ("thomson reuters", "Reuters"),
    ("ap", "AP"),
    ("associated press", "AP"),
    ("the associated press", "AP"),
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("agence france presse", "AFP"),
    ("dpa", "dpa"),
    ("deutsche presse-agentur", "dpa"),
    ("dpa-afx", "dpa"),
    ("efe", "EFE"),
    ("agencia efe", "EFE"),
    ("ansa", "ANSA"),
    ("xinhua", "Xinhua"),
    ("kyodo", "Kyodo"),
    ("kyodo news", "Kyodo"),
    ("bloomberg", "Bloomberg"),
    ("upi", "UPI"),
    ("united press international", "UPI"),
    ("pa", "PA"),
    ("press association", "PA"),
    ("pa media", "PA"),
    ("aap", "AAP"),
    ("australian associated press", "AAP"),
    ("tass", "TASS"),
    ("ria novosti", "RIA"),
    ("interfax", "Interfax"),
    ("anadolu", "Anadolu"),
    ("yonhap", "Yonhap"),
    ("pti", "PTI"),
    ("ians", "IANS"),
    ("ani", "ANI"),
    ("the canadian press", "CP"),
    ("cp", "CP"),
    ("apa", "APA"),
    ("sda", "SDA"),
    ("keystone-sda", "SDA"),
    ("anp", "ANP"),
    ("belga", "Belga"),
    ("ctk", "CTK"),
    ("pap", "PAP"),
    ("lusa", "Lusa"),
    ("europa press", "Europa Press"),
    ("agência brasil", "Agência Brasil"),
    ("agi", "AGI"),
    ("adnkronos", "Adnkronos"),
    ("ntb", "NTB"),
    ("tt", "TT"),
    ("ritzau", "Ritzau"),
    ("stt", "STT"),
    ("kna", "KNA"),
    ("epd", "epd"),
];

/// The short name of a wire agency, when `text` names one.
pub fn agency_name(text: &str) -> Option<String> {
    let key = text.trim().trim_matches(['.', ',', '(', ')']).to_lowercase();
    AGENCIES.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string())
}

static AGENCY_MENTION: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<String> =
        AGENCIES.iter().filter(|(k, _)| k.len() > 3).map(|(k, _)| regex::escape(k)).collect();
    Regex::new(&format!(r"(?i)(?-u:\b)({}|AFP|AP|dpa|EFE|PA|UPI|AAP)(?-u:\b)", names.join("|")))
        .expect("valid agency mention")
});

/// The first agency named anywhere in a line (`© Agence France-Presse`, `— AFP`).
pub(crate) fn agency_in(line: &str) -> Option<String> {
    AGENCY_MENTION
        .find_iter(line)
        .filter(|m| {
            m.as_str().len() > 3 || m.as_str().chars().all(|c| c.is_uppercase()) || m.as_str() == "dpa"
        })
        .find_map(|m| agency_name(m.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_agencies() {
        assert_eq!(agency_name("Associated Press").as_deref(), Some("AP"));
        assert_eq!(agency_in("© Agence France-Presse").as_deref(), Some("AFP"));
        assert_eq!(agency_in("— AFP").as_deref(), Some("AFP"));
        assert_eq!(agency_in("a cap on prices"), None);
    }
}
