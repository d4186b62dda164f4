//! Tests of the text rules as a whole: invented pages in, the article the rules place out.

use super::*;

#[test]
fn an_agency_credited_after_the_story_in_any_common_form_is_the_source() {
    for credit in ["(AFP)", "-- AP", "With reporting by AFP.", "— Reuters"] {
        let text = format!("Ferry fares cut\n\n{STORY}\n\n{credit}\n");
        let article = from_text("a.txt", &text);
        assert!(article.source.is_some(), "{credit}: {article:?}");
    }
    let plain = from_text("a.txt", &format!("Ferry fares cut\n\n{STORY}\n\nShare this story\n"));
    assert_eq!(plain.source, None);
    let page = |credit: &str| {
        format!(
            "Ferry fares cut by a fifth from Monday\nBy Ann Lee\nMarch 3, 2026\n\n{STORY}\n\n\
             The new fares take effect on the first crossing on Monday, the authority said. {credit}\n"
        )
    };
    for (credit, agency) in [
        ("With AFP", "AFP"),
        ("Quelle: dpa", "dpa"),
        ("ANP", "ANP"),
        ("Source: Reuters.", "Reuters"),
        ("[Reuters]", "Reuters"),
        ("This story was provided by The Associated Press.", "AP"),
        ("ab/cd (AFP)", "AFP"),
    ] {
        let article = from_text("a.txt", &format!("Ferry fares cut\n\n{STORY}\n\n{credit}\n"));
        assert_eq!(article.source.as_deref(), Some(agency), "{credit}");
    }
    for line in ["With thanks to the crew", "Source: harbour authority", "ap"] {
        let article = from_text("a.txt", &format!("Ferry fares cut\n\n{STORY}\n\n{line}\n"));
        assert_eq!(article.source, None, "{line}");
    }
    let closing = from_text("a.txt", &page("(dpa)"));
    assert_eq!(closing.source.as_deref(), Some("dpa"), "the agency closing the last paragraph");
    assert_eq!(from_text("a.txt", &page("(Harbour Lines)")).source, None, "a name in brackets");
}

/// The story of most page fixtures here, two paragraphs.
const STORY: &str = "The harbour authority cut ferry fares to the outer islands by a fifth on Monday, \
                     officials said.\n\nIslanders said the crossings had become too dear for families over \
                     the past year.";

#[test]
fn a_label_over_the_names_above_the_story_is_the_byline_wherever_the_headline_is() {
    let over_headline = format!(
        "Back to the overview\nVon\nIda Berg\npubliziert am 25. September 2018\n\
         Die Fähre zu den Inseln wird billiger\n{STORY}"
    );
    assert_eq!(from_text("a.txt", &over_headline).authors, ["Ida Berg"]);
    let furniture = "Share\nFacebook\nTwitter\nEmail\nPrint\nComments\nVideo\nListen\nPlay now\nClose\n\
                     Gallery\nSign up\nWatch: the ferry at dawn";
    let far_under_headline = format!(
        "Ferry fares cut by a fifth from Monday\n{furniture}\nBy\nAnn Lee | Harbour Post\nMarch 3, 2026\n{STORY}"
    );
    assert_eq!(from_text("b.txt", &far_under_headline).authors, ["Ann Lee"]);
}

#[test]
fn a_byline_over_a_share_bar_and_a_most_read_list_is_the_storys() {
    let share = ["Share this:", "Facebook", "Twitter", "WhatsApp", "Email", "Copy"].join("\n");
    let links = "View author archive\nemail the author\nGet author RSS feed\nMost Popular Today";
    let most_read =
        (1..=5).map(|n| format!("{n}\nIslanders queue for the {n}th crossing")).collect::<Vec<_>>();
    let page = format!(
        "Harbour Post\n{share}\nFerry fares cut by a fifth from Monday\nBy Ann Lee\n{links}\n{}\n\
         Name(required)\nEmail(required)\nComment(required)\nSubmit\nMarch 3, 2026 | 4:10pm\n\
         Enlarge Image\nShutterstock\n{share}\n{STORY}",
        most_read.join("\n")
    );
    assert_eq!(from_text("a.txt", &page).authors, ["Ann Lee"]);
}

#[test]
fn a_line_between_a_split_byline_and_the_story_is_a_caption_not_the_headline() {
    let share = "Facebook\nTwitter\nFlipboard\nPrint\nEmail\nclose\nVideo";
    let page = format!(
        "Harbour Post\nNews\nIslanders win their long fight over the crossings\nBy\nAnn Lee | Harbour Post\n\
         {share}\nHarbour authority cuts ferry fares to the outer islands\n{STORY}"
    );
    let article = from_text("a.txt", &page);
    assert_eq!(article.title.as_deref(), Some("Islanders win their long fight over the crossings"));
    let byline_over_headline =
        format!("Back to the overview\nVon\nIda Berg\n25. September 2025\nDie Fähre wird billiger\n{STORY}");
    assert_eq!(from_text("b.txt", &byline_over_headline).title.as_deref(), Some("Die Fähre wird billiger"));
}

#[test]
fn a_menu_line_far_above_a_split_byline_is_not_the_headline() {
    let top = ["Home", "World", "Business", "Markets", "Tech"].repeat(30).join("\n");
    let menu = "Notable & Quotable\nBest of the Harbour Newsletter\nMorning Editorial Report Newsletter\n\
                Life & Arts\nSections\nArts\nBooks\nCars\nFood & Drink\nHealth\nIdeas\nReal Estate\nScience\n\
                Sports\nStyle & Fashion\nTravel\nMore\nHarbour Magazine\nPuzzles\nFar & Away\nLife Video\n\
                Arts Video\nSections\nCommercial Real Estate\nHouse of the Day\nMore\nReal Estate Video\n\
                Sections\nFashion\nArt & Design\nTravel\nFood\nCulture\nSearch\nShare\nText\n92\nOpinion\n\
                Commentary";
    let footer = ["Subscribe", "Sign In", "Most Popular Videos", "Privacy", "Terms"].repeat(20).join("\n");
    let page = format!(
        "Harbour Post\n{top}\n{menu}\nIs Ferry Pricing a Crime?\nIslanders have sued over fares before. \
         But a court would find it hard to rule on them.\nBy\nAnn Lee\nMar. 3, 2026 7:04 pm ET\n{STORY}\n{footer}"
    );
    assert_eq!(from_text("a.txt", &page).title.as_deref(), Some("Is Ferry Pricing a Crime?"));
}

#[test]
fn a_headline_printed_in_capitals_over_its_byline_is_the_headline() {
    let page = format!(
        "Harbour Post\nHome\nNews\nFERRY FARES CUT BY A FIFTH FOR THE ISLANDS\nBy Ann Lee\nMarch 3, 2026\n\
         {STORY}\nShare this story\nRelated\nBridge to the isles delayed again\nHarbour dredging begins"
    );
    let article = from_text("a.txt", &page);
    assert_eq!(article.title.as_deref(), Some("FERRY FARES CUT BY A FIFTH FOR THE ISLANDS"));
    let wire = format!(
        "Harbour fares set for the islands\n{STORY}\nTHE FOLLOWING FARES WERE SET FOR THE ISLAND ROUTES\nA 5.0\nB 6.5"
    );
    assert_eq!(
        from_text("b.txt", &wire).title.as_deref(),
        Some("Harbour fares set for the islands"),
        "capitals in the story"
    );
}

#[test]
fn the_name_under_a_label_announcing_it_is_no_headline() {
    let page = format!(
        "Harbour Ferries Announces Lower Fares for Island Routes\nNews provided by\nHarbour Ferries Ltd.\n\
         Mar 03, 2026, 10:15 ET\nKIRKWALL, Scotland, March 3, 2026 /PRNewswire/ -- Harbour Ferries Ltd. today \
         announced lower fares on its island routes.\n{STORY}"
    );
    let article = from_text("a.txt", &page);
    assert_eq!(article.title.as_deref(), Some("Harbour Ferries Announces Lower Fares for Island Routes"));
    assert_eq!(article.source.as_deref(), Some("PR Newswire"));
}

#[test]
fn a_byline_split_over_two_lines_is_read() {
    let page = format!("Harbour authority cuts ferry fares to the islands\nBy\nAnn Lee\nShare\n\n{STORY}");
    let article = from_text("ferries.txt", &page);
    assert_eq!(article.authors, ["Ann Lee"]);
    assert_eq!(article.title.as_deref(), Some("Harbour authority cuts ferry fares to the islands"));
}

#[test]
fn a_date_printed_just_below_where_the_story_seems_to_start_is_its_date() {
    let page = "Menu

                A ferry leaves the harbour at dawn, carrying the first passengers of the day to the islands.
                Photograph by Ann Lee
                Harbour authority cuts ferry fares
                March 3, 2026

                The harbour authority cut ferry fares to the outer islands by a fifth on Monday, officials said.

                Islanders said the crossings had become too dear for families over the past year.";
    let article = from_text("ferries.txt", page);
    assert_eq!(article.date, NaiveDate::from_ymd_opt(2026, 3, 3));
}

#[test]
fn a_date_just_below_where_the_story_seems_to_start_beats_the_sites_date_of_today() {
    let page = "Sunday, December 24th 2023
                Opinion
                Harbour authority cuts ferry fares to the islands
                A ferry leaves the harbour at dawn, carrying the first passengers of the day to the islands.
                By Gulf Tribune Editorial Board | Gulf Tribune
                PUBLISHED:
                December 22, 2023 at 1:52 p.m.

                The harbour authority cut ferry fares to the outer islands by a fifth on Monday, officials said.";
    let article = from_text("ferries.txt", page);
    assert_eq!(article.date, NaiveDate::from_ymd_opt(2023, 12, 22));
}

#[test]
fn a_byline_a_few_lines_into_the_first_prose_marks_where_the_story_starts() {
    let page = "Skip to content
                Revelers gather at the stone circle at dawn, as they have for centuries, to greet the longest day.
                Photograph by Jim Rowe, Image Collection
                Science
                Why the longest night falls when it does
                Once a year an old alignment ushers in the change of seasons, and it is celebrated widely.
                ByMara Quint
                Published December 19, 2023

                This year the northern winter solstice falls on December 21 in the late evening, astronomers said.

                Solstices happen because the planet's axis is tilted relative to its orbit around the sun.";
    let article = from_text("solstice.txt", page);
    assert_eq!(article.title.as_deref(), Some("Why the longest night falls when it does"));
    assert_eq!(article.authors, ["Mara Quint"]);
    assert!(article.body.starts_with("This year the northern winter solstice"), "{}", article.body);
}

#[test]
fn a_long_line_opening_with_the_date_below_the_standfirst_dates_the_story() {
    let page = format!(
        "Harbour authority cuts ferry fares to the islands\n\
         Islanders had long said the crossings were too dear, and the authority has listened to them.\n\
         Fri 22 Dec 2023 15.30 CETLast modified on Fri 22 Dec 2023 20.26 CET\n\n{STORY}"
    );
    assert_eq!(from_text("a.txt", &page).date, NaiveDate::from_ymd_opt(2023, 12, 22));
}

#[test]
fn an_update_just_below_where_the_story_seems_to_start_yields_to_the_publication_date() {
    let page = "Harbour authority cuts ferry fares to the islands\n\
                The harbour authority cut ferry fares to the outer islands by a fifth on Monday, after \
                islanders had long said the crossings were too dear.\n\
                Updated March 4, 2026 4:04AM EST /\nPublished March 3, 2026 12:16PM EST\n\
                Repairs to the northern pier will take six weeks, the authority said in a statement on Monday.\n\
                Ferry services will move to the northern landing while the work goes on, the authority said.";
    assert_eq!(from_text("ferries.txt", page).date, NaiveDate::from_ymd_opt(2026, 3, 3));
}

#[test]
fn the_date_under_the_headline_beats_the_sites_date_of_today_above_it() {
    let page = format!(
        "Sunday, December 24, 2023\nMenu\nHarbour authority cuts ferry fares to the islands\nBy Ann Lee\n\
         December 21, 2023\n\n{STORY}"
    );
    let article = from_text("ferries.txt", &page);
    assert_eq!(article.date, NaiveDate::from_ymd_opt(2023, 12, 21));
}

#[test]
fn a_byline_signing_the_story_under_its_last_paragraph_names_the_author_when_none_stands_above() {
    let signed =
        from_text("a.txt", &format!("Ferry fares cut by a fifth\nMarch 3, 2026\n\n{STORY}\n\nBy Ann Lee\n"));
    assert_eq!(signed.authors, ["Ann Lee"]);
    let above = format!("Ferry fares cut by a fifth\nBy Ida Berg\nMarch 3, 2026\n\n{STORY}\n\nBy Ann Lee\n");
    assert_eq!(from_text("b.txt", &above).authors, ["Ida Berg"], "the byline above wins");
}

#[test]
fn a_byline_signing_the_story_is_read_under_its_last_paragraph_however_far_the_page_runs_on() {
    let form = "Back to the overview\n2 comments\nWrite a comment\nShare on Facebook\nSend";
    let page = format!("Ferry fares cut by a fifth\nMarch 3, 2026\n\n{STORY}\n\nText: Ann Lee\n{form}\n");
    assert_eq!(from_text("a.txt", &page).authors, ["Ann Lee"]);
}

#[test]
fn a_year_printed_in_the_dateline_is_the_storys() {
    let page =
        "Ferry fares cut by a fifth\n\nPORT CARROW, Dec. 21, 2023 (AP) — The harbour authority cut ferry \
                fares to the outer islands by a fifth on Monday, officials said.\n\nPage updated 5 May 2026";
    let article = from_text("ferries.txt", page);
    assert_eq!(article.date, NaiveDate::from_ymd_opt(2023, 12, 21));
    assert_eq!(article.location.as_deref(), Some("PORT CARROW"));
}

#[test]
fn a_dateline_of_no_year_on_an_undated_page_takes_the_year_of_its_wires_copyright() {
    let story = |copyright: &str| {
        let page = format!(
            "Ferry fares cut by a fifth\n\nPORT CARROW, Dec. 21 (AP) — The harbour authority cut ferry fares \
             to the outer islands by a fifth on Monday, officials said.\n\n{copyright}\n"
        );
        from_text("ferries.txt", &page).date
    };
    assert_eq!(
        story("Copyright 2023 The Associated Press. All rights reserved."),
        NaiveDate::from_ymd_opt(2023, 12, 21)
    );
    assert_eq!(story("© 2026 Harbour Post"), None, "a site's copyright is the year the page was saved");
}

#[test]
fn the_date_just_over_the_headline_beats_a_dated_teaser_further_up() {
    let page = format!(
        "Latest\nCouncil approves the harbour wall\nNovember 1, 2022\nMenu\nAnn Lee/\nDecember 21, 2023\n\
         9:43 p.m.\nShare This Story\nHarbour authority cuts ferry fares to the islands\n\n{STORY}"
    );
    let article = from_text("ferries.txt", &page);
    assert_eq!(article.date, NaiveDate::from_ymd_opt(2023, 12, 21));
}

#[test]
fn a_byline_under_a_deck_the_story_seemed_to_start_at_is_read_but_not_inside_a_wire_story() {
    let deck = "Islanders will pay a fifth less to cross from next month, the harbour authority said, \
                after a year of complaints about the price of the crossings.";
    let page = format!("Harbour authority cuts ferry fares to the islands\n{deck}\nInes Marlow\nDecember 21, 2023\n\n{STORY}");
    assert_eq!(from_text("a.txt", &page).authors, ["Ines Marlow"]);
    let wire = "Harbour authority sets fares\nMarch 2, 1987\n\nTAMPA, Fla., Mar 2 (Reuters) - Fares cut by \
                a fifth vs a tenth prior\n\nPay April One\n\nRecord March 14";
    assert!(from_text("b.txt", wire).authors.is_empty(), "a row of the story's table");
}

#[test]
fn a_byline_in_a_list_of_teasers_is_not_the_storys() {
    let page = format!(
        "Harbour authority cuts ferry fares to the islands\nby Ann Lee, Transport Reporter\n\
         December 22, 2023\nLatest\nCouncil approves budget for the new harbour wall\nBy: Tom Reed\n\
         Rail strike set to end after a pay deal is agreed\nBy: Mia Hart\nVideos\n\n{STORY}"
    );
    assert_eq!(from_text("a.txt", &page).authors, ["Ann Lee"]);
    let twice = format!(
        "Harbour authority cuts ferry fares to the islands\nby Ann Lee\nDecember 22, 2023\nby Ann Lee\n\
         December 22, 2023\n\n{STORY}"
    );
    assert_eq!(from_text("b.txt", &twice).authors, ["Ann Lee"], "printed twice, no headline between");
}

#[test]
fn the_story_under_its_byline_beats_a_longer_comment_thread() {
    let comment =
        "I have taken that ferry for thirty years and the fares were always too high for the service we got.";
    let thread = [comment; 4].join("\n\nReply\n\n");
    let page = format!(
        "Harbour authority cuts ferry fares to the islands\nBy Ann Lee\n\n{STORY}\n\nComments (4)\n\n{thread}"
    );
    let article = from_text("ferries.txt", &page);
    assert!(article.body.starts_with("The harbour authority cut"), "{}", article.body);
    assert_eq!(article.authors, ["Ann Lee"]);
    let split = page.replace("By Ann Lee", "By\nAnn Lee");
    let article = from_text("ferries.txt", &split);
    assert!(article.body.starts_with("The harbour authority cut"), "By alone: {}", article.body);
    assert_eq!(article.authors, ["Ann Lee"]);
}

#[test]
fn a_teaser_repeating_the_opening_paragraph_is_passed_over() {
    let opening =
        "SPRINGFIELD, Ill. (AP) — The old mill on the river will become flats, its owner said on Friday.";
    let page = format!(
        "Old mill to become flats\n\n{opening}\n\nFacebook\nTwitter\nEmail\nPrint\nCopy article link\nSave\n\n\
         Old mill to become flats\nBy Ann Lee\n\n{opening}\n\n\
         The conversion will take two years and cost about $40 million, according to city filings."
    );
    let article = from_text("mill.txt", &page);
    assert!(article.body.ends_with("according to city filings."), "{}", article.body);
    assert_eq!(article.authors, ["Ann Lee"]);
}

#[test]
fn a_headline_that_reads_like_a_sentence_is_not_the_story_when_a_byline_follows_it() {
    let page = format!(
        "Subscribe\nGovernment software is famously bad. It does not have to be.\n\
         The city is fixing how it buys technology, and not in the ways you would expect.\nBy\nAnn Lee\n\
         October 18, 2023\n\nGovernment software projects are famously late, and the city's were no \
         exception, officials said.\n\n{STORY}"
    );
    let article = from_text("city.txt", &page);
    assert_eq!(
        article.title.as_deref(),
        Some("Government software is famously bad. It does not have to be.")
    );
    assert_eq!(article.authors, ["Ann Lee"]);
    assert!(article.body.starts_with("Government software projects"), "{}", article.body);
}

#[test]
fn a_name_with_its_date_on_its_line_just_over_the_story_is_the_byline() {
    let menu: String = ["Home", "Transport", "Islands", "Weather", "Opinion", "Letters", "Archive", "Shop"]
        .iter()
        .map(|item| format!("{item}\n\n"))
        .collect::<String>()
        .repeat(2);
    let text = format!(
        "Ferry fares cut by a fifth from Monday\n\n{menu}Photo: the harbour at dawn\n\n\
         3. März 2026 | Ann Lee\n\n{STORY}\n"
    );
    assert_eq!(from_text("a.txt", &text).authors, ["Ann Lee"]);
}
