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
    let sentence =
        "By the time the ferry docked, a crowd of two hundred commuters had gathered at the gate to protest.";
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
    assert_eq!(parse("By Ana da Silva").expect("byline").place, None, "a name's particle is no place word");
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
    assert_eq!((wire.authors, wire.agency.as_deref()), (vec!["Ines Marlow".to_string()], Some("Reuters")));
}

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
