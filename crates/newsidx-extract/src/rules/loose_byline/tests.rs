//! Bylines set over the lines under a headline, read from invented pages.

use super::*;

/// The authors read from the lines under a headline.
fn authors(under: &str) -> Vec<String> {
    let lines: Vec<String> = under.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect();
    split_byline(&lines, false).map(|b| b.authors).unwrap_or_default()
}

/// The authors read from the lines under a headline printed under its date.
fn authors_dated_above(under: &str) -> Vec<String> {
    let lines: Vec<String> = under.lines().map(str::to_string).collect();
    split_byline(&lines, true).map(|b| b.authors).unwrap_or_default()
}

#[test]
fn a_known_given_name_right_under_the_headline_is_the_byline_with_no_date_near() {
    let story = "The harbour authority cut ferry fares to the outer islands by a fifth on Monday.";
    assert_eq!(authors(&format!("Ines Marlow\n{story}")), ["Ines Marlow"]);
    assert_eq!(authors(&format!("Dominik Lind\nHarbour Valley Network\n{story}")), ["Dominik Lind"]);
    assert_eq!(
        authors(&format!("Kimberly Ash and Noel Quist\nHarbour Valley Network\n{story}")),
        ["Kimberly Ash", "Noel Quist"],
        "names listed as a byline lists them"
    );
    for label in ["Long Reads", "Premier League", "Deutsche Sprache", "Rolling Stone"] {
        assert!(authors(&format!("{label}\nBusiness\nCulture\n{story}")).is_empty(), "{label}");
    }
}

#[test]
fn a_known_given_name_after_the_date_a_row_opens_with_is_the_byline() {
    assert_eq!(authors("26. September 2026 Ann Lee Schreibe einen Kommentar"), ["Ann Lee"]);
    assert_eq!(authors("March 3, 2026 Ines Marlow Ferries, Harbour 2"), ["Ines Marlow"], "categories after");
    assert_eq!(authors("3. März 2026 , Ida Berg"), ["Ida Berg"], "a comma before the name");
    assert_eq!(authors("Monday, March 3, 2026 9:15 am Noel Ash"), ["Noel Ash"], "a weekday and a time");
    assert!(authors("30. Oktober 2026 Deutsche Sprache").is_empty(), "a category, no writer");
    assert!(authors("March 3, 2026 Long Reads Ferries").is_empty(), "a section");
    assert!(authors("Ferry fares March 3, 2026 Ann Lee").is_empty(), "not opening with the date");
}

#[test]
fn a_bare_name_beside_the_date_under_the_headline_is_the_byline() {
    assert_eq!(authors("Ines Marlow\nDecember 21, 2023 at 7:35 PM"), ["Ines Marlow"]);
    assert_eq!(authors("Ines Marlow\n-\nDecember 21, 2023"), ["Ines Marlow"], "past a separator");
    assert_eq!(authors("December 21, 2023\nInes Marlow\nShare"), ["Ines Marlow"], "under the date");
    assert_eq!(authors("Ines Marlow\n2 min read\nDecember 21, 2023"), ["Ines Marlow"], "past a reading time");
    assert!(
        authors("Ferries\nInes Marlow\nShare\nTweet\nPrint\nDecember 21, 2023").is_empty(),
        "too far from the date"
    );
    let below_a_kicker = "Ferries\nInes Marlow\n\nThe ferry fares fall today.";
    assert!(authors(below_a_kicker).is_empty(), "no date beside it, not right under the headline");
    assert!(authors("HARBOUR WATCH NOW\nDecember 21, 2023").is_empty(), "a label in capitals");
    assert!(authors("North Shore\nDecember 21, 2023").is_empty(), "a place");
    assert!(authors("Lake County\nDecember 21, 2023").is_empty(), "a place");
    assert!(authors("Port Carrow\nDecember 21, 2023").is_empty(), "a town");
    assert!(authors("Saint Aubin\nDecember 21, 2023").is_empty(), "a town");
    assert!(authors("Privacy Policy\nDecember 21, 2023").is_empty(), "site furniture");
    assert!(authors("Courtesy Noel Ash\nDecember 21, 2023").is_empty(), "a photo credit");
    assert!(authors("Special Report\nDecember 21, 2023").is_empty(), "not a person's name");
    assert_eq!(authors("Ines MarlowWriter\nDecember 21, 2023"), ["Ines Marlow"], "a role glued on");
    let two_words = "Ines MarlowTransport Reporter\nDecember 21, 2023";
    assert_eq!(authors(two_words), ["Ines Marlow"], "a role of two words glued on");
    assert_eq!(authors("Ann McDonaldStaff Writer\nDecember 21, 2023"), ["Ann McDonald"], "the last seam");
    assert!(authors("Fact checked by\nNoel Ash\nDecember 21, 2023").is_empty(), "not the writer");
    assert_eq!(authors("Ines Marlow\n2 months"), ["Ines Marlow"], "an age for a date");
    assert!(authors("Ferries & Island Crossings\nDecember 21, 2023").is_empty(), "a menu's label");
    assert_eq!(
        authors("Harbour Insider\nInes Marlow\n1 day ago"),
        ["Ines Marlow"],
        "the outlet over the name"
    );
    assert_eq!(authors("Ines Marlow (Reuters)\nDecember 21, 2023"), ["Ines Marlow"], "an agency in brackets");
    let joined = "Ines Marlow & Noel Ash | December 21, 2023";
    assert_eq!(authors(joined), ["Ines Marlow", "Noel Ash"], "joined by an ampersand");
    assert_eq!(
        authors("Ines Marlow and Noel Ash, Harbour Post\n-\nDecember 21, 2023"),
        ["Ines Marlow", "Noel Ash"],
        "names listed without a By"
    );
    assert_eq!(
        authors("Ines Marlow · Harbour News ·\nPosted: Dec 22, 2023 8:25 AM EST"),
        ["Ines Marlow"],
        "a name and the outlet between dots"
    );
    assert_eq!(authors("Ines Marlow // December 21, 2023"), ["Ines Marlow"], "a date past //");
    let barred = "Ines Marlow | Harbour News\nDecember 21, 2023";
    assert_eq!(authors(barred), ["Ines Marlow"], "a name and the outlet apart by a bar");
    assert!(
        authors(
            "Fares will also rise for crossings run by Island Ferries and Harbour Lines\nDecember 21, 2023"
        )
        .is_empty(),
        "a sentence naming companies"
    );
}

#[test]
fn a_name_ending_in_the_mark_of_its_row_is_the_byline_over_its_date() {
    for mark in ["/", " /", " |", " ·", " •", " -", " –"] {
        let row = format!("Ines Marlow{mark}\nDecember 21, 2023");
        assert_eq!(authors(&row), ["Ines Marlow"], "the mark {mark:?}");
    }
    assert!(authors("Ines Marlow /\n2 min read\nDecember 21, 2023").is_empty(), "the date not next");
    assert!(authors("December 21, 2023\nInes Marlow /\nShare").is_empty(), "the date above: a breadcrumb's");
    assert!(authors("Harbour Lines /\nFerry Routes /\nDecember 21, 2023").is_empty(), "a breadcrumb");
    assert!(authors_dated_above("Ines Marlow /\nShare").is_empty(), "the date over the headline");
}

#[test]
fn a_bare_name_beside_the_time_posted_or_under_a_dated_headline_is_the_byline() {
    assert_eq!(authors("Ines Marlow\nMonday 5:30PM"), ["Ines Marlow"], "the weekday and time posted");
    assert_eq!(authors("Ines Marlow\nYesterday at 2:45 pm"), ["Ines Marlow"], "the day and time posted");
    assert_eq!(authors("Ines Marlow\nHeute, 09:44"), ["Ines Marlow"], "today in German and the time");
    assert!(authors("Ferries\nInes Marlow\nMonday night ferries").is_empty(), "a weekday in a label");
    assert_eq!(
        authors_dated_above("Ines Marlow\n5 Min Read"),
        ["Ines Marlow"],
        "under the headline under its date"
    );
    assert!(
        authors("Ysolde Marlow\n5 Min Read").is_empty(),
        "no date over the headline, no known given name"
    );
    assert!(authors_dated_above("Share\nInes Marlow").is_empty(), "not right under the headline");
    assert!(
        authors("You may also like\nFares Frozen on the Island Line\nNoel Ash\nToday 7:30AM").is_empty(),
        "another story's writer in a list under the headline"
    );
}

#[test]
fn a_name_over_its_outlet_right_under_the_headline_is_the_byline() {
    assert_eq!(authors("Ines Marlow\nHarbour Valley Gazette"), ["Ines Marlow"]);
    assert_eq!(authors("Ines Marlow\nISLAND TODAY NETWORK"), ["Ines Marlow"]);
    assert_eq!(authors("INES MARLOW\nHarbour PressDecember 2, 2026"), ["Ines Marlow"], "its date glued on");
    let deck = "Islanders will pay a fifth less to cross from next month, the authority said.";
    assert_eq!(authors(&format!("{deck}\nInes Marlow\nPort Carrow Courier-Post")), ["Ines Marlow"]);
    assert!(authors("Trending\nFerry Strike\nIsland Ports News").is_empty(), "a menu under a label");
    assert!(
        authors("Ferries\nInes Marlow\nHarbour Valley Gazette Online Edition Today").is_empty(),
        "an outlet's name is five words at most"
    );
}

#[test]
fn a_name_over_its_role_or_under_a_written_by_label_is_the_byline() {
    assert_eq!(authors("Rosa Quill\nPolitical reporter"), ["Rosa Quill"]);
    assert_eq!(authors("Rosa Quill Transport Writer"), ["Rosa Quill"]);
    assert_eq!(authors("Noel Ash\nSenior Research Fellow, Institute of Ports"), ["Noel Ash"]);
    assert_eq!(authors("Written by\nRosa Quill"), ["Rosa Quill"]);
    assert_eq!(authors("COMMENTARY BY\nRosa Quill"), ["Rosa Quill"]);
    assert_eq!(authors("by:\nRosa Quill\nFrom:\nHarbour Post"), ["Rosa Quill"], "a label with its colon");
    assert_eq!(authors("Author:\nRosa Quill"), ["Rosa Quill"], "a label with its colon");
    assert!(authors("Photos by:\nRosa Quill").is_empty(), "not the writer");
    assert_eq!(
        authors("By\nRosa Quill\nand\nNoel Ash\non\nMay 2"),
        ["Rosa Quill", "Noel Ash"],
        "a name a line"
    );
    assert_eq!(
        authors("By\nRosa Quill\n,\nNoel Ash\n,\nIda Berg\nListen"),
        ["Rosa Quill", "Noel Ash", "Ida Berg"]
    );
    let share_row = "Share\nTweet\nEmail\nPrint\nSave\nShare\nTweet\nEmail\nPrint\nSave";
    assert_eq!(
        authors(&format!("{share_row}\nBy\nRosa Quill\n,\nNoel Ash\nand\nIda Berg")),
        ["Rosa Quill", "Noel Ash", "Ida Berg"],
        "the label in reach, its names running past it"
    );
    assert_eq!(authors("Rosa Quill@rquill"), ["Rosa Quill"]);
    assert_eq!(authors("Rosa Quill, @rquill"), ["Rosa Quill"], "a handle after a comma");
    assert_eq!(authors("Rosa Quill\n@rquill"), ["Rosa Quill"], "a handle on the next line");
    assert!(authors("National Ports Analyst\n@rquill").is_empty(), "a role over the handle");
    assert!(authors("Noel Ash @noelash\nA post on the fares.").is_empty(), "an embedded post's author");
    assert_eq!(authors("Byron Lusk\nPolitical reporter"), ["Byron Lusk"], "not a By line");
    assert!(authors("Contact Us@harbourpost").is_empty(), "site furniture with a handle");
    assert!(authors("Share This Article:\nConnect with the Editor").is_empty(), "a label");
    assert!(authors("Contact Us\nEditorial Staff").is_empty(), "site furniture");
    assert!(authors("North Shore\nSenior Correspondent Desk").is_empty(), "no role noun at its end");
}

#[test]
fn a_name_with_its_role_or_its_date_beside_it_on_its_line_is_the_byline() {
    assert_eq!(authors("Rosa Quill, Harbour Transport Writer\nUpdated"), ["Rosa Quill"]);
    assert_eq!(authors("Rosa Quill - Nov 19, 2025, 10:31 pm CST\n0"), ["Rosa Quill"]);
    assert_eq!(authors("Noel Ash | 3 hours ago"), ["Noel Ash"]);
    assert_eq!(authors("Noel AshDecember 20, 2023 Comments"), ["Noel Ash"], "the date glued on");
    assert_eq!(authors("Noel Ash, December 20, 2023"), ["Noel Ash"], "the date after a comma");
    assert!(authors("Port Carrow, December 20, 2023").is_empty(), "a place and its date");
    assert_eq!(authors("Rosa QuillDec 05, 20232 Shares"), ["Rosa Quill"], "the date glued on");
    assert_eq!(authors("Rosa Quill15:35, Oct 29 2026"), ["Rosa Quill"], "the time glued on");
    assert!(authors("Covid19 cases, Oct 29 2026").is_empty(), "no name before the digits");
    assert!(authors("Latest NewsDecember 20, 2023").is_empty(), "site words with the date glued on");
    assert_eq!(authors("March 3, 2026 | Noel Ash | 4 min read"), ["Noel Ash"], "the date first");
    assert!(authors("March 3, 2026 | Latest News").is_empty(), "site words after the date");
    assert!(authors("Port Carrow, Harbour Writer").is_empty(), "a place");
    assert!(authors("Latest News - Nov 19, 2025").is_empty(), "site words");
    assert!(authors("Noel Ash, the harbour master, said on Monday").is_empty(), "a sentence");
    assert_eq!(authors("Noel Ash Monday, March 2, 2026 @ 11:10 PM UTC"), ["Noel Ash"], "the weekday");
    assert_eq!(authors("Noel Ash, The Harbour News"), ["Noel Ash"], "the outlet after a comma");
    assert_eq!(authors("Noel Ash | Harbour Post"), ["Noel Ash"], "the outlet after a bar");
    assert!(authors("Port Carrow | Harbour Post").is_empty(), "a place and the outlet");
    assert!(authors("Noel Ash | Harbour Ferries schedule").is_empty(), "no outlet");
    assert_eq!(authors("Ferries\nNoel Ash Transport, News"), Vec::<String>::new(), "a section");
}
