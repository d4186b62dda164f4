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
    ("тасс", "TASS"),
    ("ria novosti", "RIA"),
    ("interfax", "Interfax"),
    ("anadolu", "Anadolu"),
    ("anadolu agency", "Anadolu"),
    ("aa", "Anadolu"),
    ("yonhap", "Yonhap"),
    ("pti", "PTI"),
    ("ians", "IANS"),
    ("ani", "ANI"),
    ("the canadian press", "CP"),
    ("cp", "CP"),
    ("apa", "APA"),
    ("sda", "SDA"),
    ("keystone-sda", "SDA"),
    ("ats", "ATS"),
    ("keystone-ats", "ATS"),
    ("ana-mpa", "ANA-MPA"),
    ("antara", "Antara"),
    ("bernama", "Bernama"),
    ("jiji", "Jiji"),
    ("jiji press", "Jiji"),
    ("irna", "IRNA"),
    ("ukrinform", "Ukrinform"),
    ("unian", "UNIAN"),
    ("bta", "BTA"),
    ("mti", "MTI"),
    ("tanjug", "Tanjug"),
    ("agerpres", "Agerpres"),
    ("notimex", "Notimex"),
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
    ("prnewswire", "PR Newswire"),
    ("pr newswire", "PR Newswire"),
    ("globe newswire", "GlobeNewswire"),
    ("globenewswire", "GlobeNewswire"),
    ("business wire", "Business Wire"),
    ("businesswire", "Business Wire"),
];

/// The short name of a wire agency, when `text` names one.
pub fn agency_name(text: &str) -> Option<String> {
    let key = text.trim().trim_matches(['.', ',', '(', ')']).to_lowercase();
    AGENCIES.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string())
}

static AGENCY_MENTION: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<&str> = AGENCIES.iter().map(|(k, _)| *k).collect();
    names.sort_by_key(|k| std::cmp::Reverse(k.len()));
    let names: Vec<String> = names.iter().map(|k| regex::escape(k)).collect();
    Regex::new(&format!(r"(?i)(?-u:\b)({})(?-u:\b)", names.join("|"))).expect("valid agency mention")
});

/// The first agency named anywhere in a line (`© Agence France-Presse`, `— AFP`, `— TT`). A short
/// name counts in capitals, or in the small letters it is written in (`dpa`, `epd`): `ap` or `tt`
/// in a sentence are other words.
pub(crate) fn agency_in(line: &str) -> Option<String> {
    AGENCY_MENTION.find_iter(line).find_map(|m| spelled_agency(m.as_str()))
}

/// The short name of the agency `text` names, when it is written as the agency writes it
/// ([`spelled_as_agency`]): `AFP` or `dpa`, not `ap`.
pub(crate) fn spelled_agency(text: &str) -> Option<String> {
    agency_name(text).filter(|_| spelled_as_agency(text))
}

/// True when a name is written as its agency writes it: longer than a short name, in capitals,
/// or in the small letters it is written in (`dpa`); `cp` or `ap` in small letters are other words.
pub(crate) fn spelled_as_agency(name: &str) -> bool {
    name.len() > 3 || name.chars().all(|c| c.is_uppercase()) || agency_name(name).as_deref() == Some(name)
}

/// The spelling of the first agency named in a line, as printed (`Agence France-Presse`).
pub(crate) fn spelling_in(line: &str) -> Option<&str> {
    AGENCY_MENTION.find_iter(line).map(|m| m.as_str()).find(|m| agency_in(m).is_some())
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
        for (spelled, name) in
            [("(AA)", "Anadolu"), ("ATS", "ATS"), ("ANA-MPA", "ANA-MPA"), ("Jiji Press", "Jiji")]
        {
            assert_eq!(agency_name(spelled).as_deref(), Some(name), "{spelled}");
        }
        assert_eq!(agency_in("— the aa battery"), None, "a short name in small letters is another word");
    }

    #[test]
    fn a_short_agency_name_is_read_in_capitals_or_in_its_own_small_letters() {
        assert_eq!(agency_in("— TT").as_deref(), Some("TT"));
        assert_eq!(agency_in("(ANP)").as_deref(), Some("ANP"));
        assert_eq!(agency_in("— epd").as_deref(), Some("epd"));
        assert_eq!(agency_in("the tt races and an anp"), None);
    }
}
