//! Tests of the story's paragraphs: what is read past, what ends the story, what is joined.

use super::*;
use crate::rules::lines::tests::text_lines as lines;
use crate::rules::reach::{BRIDGE_REACH, MAX_GAP};

/// A story paragraph of about thirty words on `topic` (the anchors' tests use it too).
pub(crate) fn long_paragraph(topic: &str) -> String {
    format!(
        "The harbour authority said on Monday that {topic} would change before the winter, after \
         islanders had written to complain for months about the crossings and what they cost them."
    )
}

/// Two story paragraphs, the lines of `block`, then three story paragraphs.
fn story_around(block: &[&str]) -> Vec<String> {
    let mut page: Vec<String> = ["the fares", "the timetable"].map(long_paragraph).into();
    page.extend(block.iter().map(|l| l.to_string()));
    page.extend(["the boats", "the harbour", "the night crossing"].map(long_paragraph));
    page
}

const AD_BLOCK: [&str; 10] =
    ["Advertisement", "*****", "SHOP", "DEALS", "GIFTS", "TRAVEL", "WEATHER", "GAMES", "*****", "Sponsored"];

#[test]
fn an_interview_keeps_its_speakers_turns_and_leaves_out_a_label() {
    let turns = [
        "Q: Why did the fares fall?",
        "Ines Marlow: The authority asked.",
        "Q: And now?",
        "Ines Marlow: Wait.",
    ];
    let page = story_around(&[&turns[..], &["Topics: Ferries, Fares."]].concat());
    let (paragraphs, _) = collect(&page, 0, 0, Strictness::Prose);
    assert_eq!(paragraphs[2..6], turns, "{paragraphs:#?}");
    assert_eq!(paragraphs.len(), 9, "the label is left out: {paragraphs:#?}");
}

#[test]
fn a_caption_printed_again_stands_once_and_a_question_asked_again_later_stays() {
    let caption =
        "Ferries wait at the quay of Port Alder on Monday, as the first boats leave for the islands.";
    let (paragraphs, _) = collect(&story_around(&[caption, caption]), 0, 0, Strictness::Structured);
    assert_eq!(paragraphs.iter().filter(|p| *p == caption).count(), 1, "{paragraphs:#?}");
    let question = "What would you change about the ferries if you ran the harbour authority?";
    let mut page = vec![question.to_string()];
    page.extend(
        ["the fares", "the timetable", "the boats", "the harbour", "the cafe", "the pier"]
            .map(long_paragraph),
    );
    page.push(question.to_string());
    page.push(long_paragraph("the night crossing"));
    let (paragraphs, _) = collect(&page, 0, 0, Strictness::Prose);
    assert_eq!(paragraphs.iter().filter(|p| *p == question).count(), 2, "{paragraphs:#?}");
}

#[test]
fn a_story_goes_on_past_a_block_of_ads_longer_than_its_gap() {
    let (paragraphs, _) = collect(&story_around(&AD_BLOCK), 0, 0, Strictness::Prose);
    assert_eq!(paragraphs.len(), 5, "{paragraphs:#?}");
}

#[test]
fn a_story_of_one_sentence_a_paragraph_goes_on_past_a_block_of_ads() {
    let sentence =
        |topic: &str| format!("Islanders said {topic} had changed more this winter than in ten years.");
    let mut page: Vec<String> = ["the fares", "the timetable"].map(long_paragraph).into();
    page.extend(AD_BLOCK.map(String::from));
    page.extend(["the fares", "the boats", "the pier", "the cafe"].map(sentence));
    let (paragraphs, _) = collect(&page, 0, 0, Strictness::Prose);
    assert_eq!(paragraphs.len(), 6, "{paragraphs:#?}");
    let teasers = ["Ferry fares fall again.", "Why the pier is closed."].map(String::from);
    let mut page: Vec<String> = ["the fares", "the timetable"].map(long_paragraph).into();
    page.extend(AD_BLOCK.map(String::from));
    page.extend(teasers.iter().cloned().chain(teasers.iter().cloned()));
    assert_eq!(collect(&page, 0, 0, Strictness::Prose).0.len(), 2, "short teasers are no story");
}

#[test]
fn a_block_holding_a_byline_or_a_date_heads_another_story() {
    for head in ["By Jane Roe", "December 22, 2023"] {
        let mut block = AD_BLOCK.to_vec();
        block[5] = head;
        let (paragraphs, _) = collect(&story_around(&block), 0, 0, Strictness::Prose);
        assert_eq!(paragraphs.len(), 2, "{head}: {paragraphs:#?}");
    }
}

#[test]
fn a_story_goes_on_past_a_chart_or_a_program_printed_a_tick_a_line() {
    let years = (2015..2029).map(|y| format!("’{}", y % 100));
    let chart: Vec<String> = ["Ferry crossings a year", "1,200", "crossings", "800", "400", "0"]
        .map(String::from)
        .into_iter()
        .chain(years.clone())
        .chain(["Ferry crossings a year", "1,200", "crossings", "800", "400", "0"].map(String::from))
        .chain(years)
        .chain(["By The Harbour Post | Source: Port Authority".to_string()])
        .collect();
    let chart: Vec<&str> = chart.iter().map(String::as_str).collect();
    assert!(chart.len() > MAX_GAP + BRIDGE_REACH, "longer than a block of ads");
    let (paragraphs, _) = collect(&story_around(&chart), 0, 0, Strictness::Prose);
    assert_eq!(paragraphs.len(), 5, "{paragraphs:#?}");
    let program = ["fares: {", "island: [", "]", "pier: [", "]", "...", "}"].repeat(3);
    let (paragraphs, _) = collect(&story_around(&program), 0, 0, Strictness::Prose);
    assert_eq!(paragraphs.len(), 5, "{paragraphs:#?}");
    let menu = ["World", "Politics", "Business", "Sport", "Travel", "Weather", "Games", "Puzzles"].repeat(3);
    let (paragraphs, _) = collect(&story_around(&menu), 0, 0, Strictness::Prose);
    assert_eq!(paragraphs.len(), 2, "a menu's lines are words: {paragraphs:#?}");
    let mut deck_over_tickers = vec![long_paragraph("the fares")];
    deck_over_tickers.extend(program.iter().map(|l| l.to_string()));
    deck_over_tickers.extend(["the boats", "the harbour"].map(long_paragraph));
    let (paragraphs, _) = collect(&deck_over_tickers, 0, 0, Strictness::Prose);
    assert_eq!(paragraphs.len(), 1, "one paragraph over it is no story yet: {paragraphs:#?}");
}

#[test]
fn a_paragraph_broken_where_its_source_broke_is_joined_again() {
    let broken = [
        "In April, researchers at the harbour authority",
        "found that the night crossing had lost money for",
        "a decade, and that the fares would have to rise to pay for it.",
    ];
    let (paragraphs, _) = collect(&story_around(&broken), 0, 0, Strictness::Prose);
    assert_eq!(paragraphs.len(), 6, "{paragraphs:#?}");
    assert_eq!(paragraphs[2], broken.join(" "));
    let rows = ["Shr loss 6.52 dlrs vs profit 3.87 dlrs", "net loss 111.2 mln vs profit 64.2 mln"];
    let (paragraphs, _) =
        collect(&lines(&format!("NEW YORK (Reuters) - {}\n{}", rows[0], rows[1])), 0, 20, Strictness::Prose);
    assert_eq!(paragraphs, rows, "rows of figures stand apart");
    let teaser = ["Ferry fares fall again, and the islanders say they will...", "news"];
    let (paragraphs, _) = collect(&story_around(&teaser), 0, 0, Strictness::Prose);
    assert!(!paragraphs.iter().any(|p| p.ends_with("news")), "a line cut short is ended: {paragraphs:#?}");
}

#[test]
fn stops_at_the_credit_line() {
    let page = lines(
        "PARIS (AFP) - The metro line opened on Monday after years of work.\n\
         Advertisement\n\
         Commuters said the new trains were quiet and clean today.\n\
         (Reporting by Jean Dupont; Editing by Anne Roy)\n\
         Readers like you keep our journalism going every single day.",
    );
    let (body, end) = collect(&page, 0, "PARIS (AFP) - ".len(), Strictness::Prose);
    assert_eq!(
        body,
        [
            "The metro line opened on Monday after years of work.",
            "Commuters said the new trains were quiet and clean today."
        ]
    );
    assert_eq!(end, 3);
}

#[test]
fn the_last_paragraph_keeps_its_text_without_the_sign_off() {
    let page = lines(
        "TOKYO, Mar 2 (Reuters) - Japan's trade surplus jumped in the first 20 days of February.\n\
         Prices rose by more than 3 pct in the first two months of this year. REUTER",
    );
    let (body, _) = collect(&page, 0, "TOKYO, Mar 2 (Reuters) - ".len(), Strictness::Prose);
    assert_eq!(body[1], "Prices rose by more than 3 pct in the first two months of this year.");
}

#[test]
fn sign_offs_are_agencies_in_capitals_after_a_sentence_or_figures() {
    assert_eq!(before_signoff("Talks resume on Monday. — AFP"), Some("Talks resume on Monday."));
    assert_eq!(before_signoff("Transactions -0.6 (-0.6) REUTER"), Some("Transactions -0.6 (-0.6)"));
    assert_eq!(before_signoff("A caption of a fishing trip, in 1993. (AP)"), None);
    assert_eq!(before_signoff("Talks resume on Monday, he told Reuters"), None);
    assert_eq!(before_signoff("The ministry confirmed it to the AP."), None);
    assert_eq!(before_signoff("Shares closed at 4.10 dlrs. Pap"), None);
}

#[test]
fn rows_of_figures_belong_to_a_results_brief() {
    let page = lines(
        "SCARBOROUGH, Ontario, Feb 26 (Reuters) - Shr 45 cts vs 58 cts\n\
         Net 1.1 mln vs 829,000\n\
         Year\n\
         Avg shrs 2,332,397 vs 1,428,000",
    );
    let (body, _) = collect(&page, 0, "SCARBOROUGH, Ontario, Feb 26 (Reuters) - ".len(), Strictness::Prose);
    assert_eq!(body, ["Shr 45 cts vs 58 cts", "Net 1.1 mln vs 829,000", "Avg shrs 2,332,397 vs 1,428,000"]);
    assert!(!is_figure_row("Image 1 of 4"));
    assert!(!is_figure_row("Posted Dec 22, 2023 at 10:45"));
}

#[test]
fn a_wire_story_in_capitals_keeps_its_paragraphs() {
    let page = lines(
        "LAGOS, Apr 9 (Reuters) - THE OIL MINISTER SAID SUBSIDIES ON FUEL HAD RISEN TO 85 PCT.\n\
         HE TOLD REPORTERS THAT DOMESTIC PRICES WERE BEING STUDIED AGAIN.",
    );
    let (body, _) = collect(&page, 0, "LAGOS, Apr 9 (Reuters) - ".len(), Strictness::Prose);
    assert_eq!(body.len(), 2);
    let (unsigned, _) = collect(&page[1..], 0, 0, Strictness::Prose);
    assert!(unsigned.is_empty(), "capitals alone are no story");
}

#[test]
fn a_long_table_in_a_wire_story_is_no_gap() {
    let rows: String = (1..=12).map(|n| format!("Region {n} 4.{n} (3.{n})\n")).collect();
    let text = format!(
        "ZURICH, Mar 26 (Reuters) - The bank gave the following figures for the year.\n{rows}\
         Interest income on foreign currency rose, the bank said in its report."
    );
    let (body, _) = collect(&lines(&text), 0, "ZURICH, Mar 26 (Reuters) - ".len(), Strictness::Prose);
    assert_eq!(body.len(), 14);
    let (unwired, _) = collect(&lines(&text), 0, 0, Strictness::Prose);
    assert_eq!(unwired.len(), 1, "without a dateline, twelve rows end the story");
}

#[test]
fn rows_of_figures_before_furniture_are_not_taken() {
    let page = lines(
        "The council approved the budget on Monday after a long debate.\n\
         Net 1.1 mln vs 829,000\n\
         Terms of use",
    );
    let (body, _) = collect(&page, 0, 0, Strictness::Prose);
    assert_eq!(body.len(), 1);
}

#[test]
fn a_story_goes_on_past_a_related_list_set_inside_it_but_not_past_a_bio() {
    let first = "The harbour authority cut ferry fares to the outer islands by a fifth on Monday, saying \
                 the crossings had become too dear for the families who use them every day.";
    let more = "Islanders had petitioned the authority for two years, and the council backed the petition \
                in the spring after a survey found that one family in four had cut its crossings.";
    let last = "The new fares take effect next month and will be reviewed after a year, the authority \
                said, when the operators report how many more passengers they have carried.";
    let after = "Operators said they would add a morning boat on weekdays once the new fares had been \
                 in force for a month, if the number of passengers rose as the authority expects.";
    let page = |head: &str| {
        lines(&format!("{first}\n{more}\n{head}\nBus fares to rise in spring\n3h\n{last}\n{after}"))
    };
    for head in ["Related", "related news", "Related Stories:"] {
        let (inset, _) = collect(&page(head), 0, 0, Strictness::Prose);
        assert_eq!(inset.len(), 4, "{head}: the story goes on after the list");
    }
    let (bio, _) = collect(&page("About the author"), 0, 0, Strictness::Prose);
    assert_eq!(bio.len(), 2, "what follows a bio's head is not the story");
    let teasers = lines(&format!(
        "{first}\n{more}\nEditor's Picks\nFares rise again on the outer islands!\nWhy the ferries run late!\n{last}"
    ));
    assert_eq!(collect(&teasers, 0, 0, Strictness::Prose).0.len(), 2, "short teasers are no story");
}

#[test]
fn a_long_inset_list_of_short_items_is_read_past_but_not_one_holding_a_summary() {
    let items = ["Travel", "The ten best beaches of the year", "Ana Lopez"];
    let list: Vec<&str> =
        std::iter::once("Most Popular").chain(items.iter().copied().cycle().take(18)).collect();
    let (past_items, _) = collect(&story_around(&list), 0, 0, Strictness::Prose);
    assert_eq!(past_items.len(), 5, "{past_items:#?}");
    let summary = long_paragraph("the new beach cafe");
    let mut summarised = list.clone();
    summarised[4] = &summary;
    let (at_summary, _) = collect(&story_around(&summarised), 0, 0, Strictness::Prose);
    assert_eq!(at_summary.len(), 2, "a teaser's summary: the list is other stories, not an inset");
}

#[test]
fn skips_read_more_blocks_and_keeps_going() {
    let page = lines(
        "Ministers met late on Tuesday to discuss the quota for next year.\n\
         Read more:\n\
         EU court upholds limits on trawling\n\
         Scientists said the stock has not recovered from years of overfishing.\n\
         Most Read\n\
         Another story that should not appear in the body at all.",
    );
    let (body, _) = collect(&page, 0, 0, Strictness::Prose);
    assert_eq!(body.len(), 2);
    assert!(body[1].starts_with("Scientists"));
}

#[test]
fn structured_text_keeps_subheadings_between_paragraphs() {
    let page = lines(
        "The council approved the plan on Monday after a long debate.\n\
         What happens next\n\
         Work will begin in April and last about three months, officials said.\n\
         Related topics\n\
         Transport policy",
    );
    let (body, _) = collect(&page, 0, 0, Strictness::Structured);
    assert_eq!(body.len(), 3);
    assert_eq!(body[1], "What happens next");
    let (dump, _) = collect(&page, 0, 0, Strictness::Prose);
    assert_eq!(dump.len(), 3, "a subheading standing alone between paragraphs, in a text dump too");
}

#[test]
fn a_list_the_last_paragraph_announces_ends_the_story() {
    let story = "The harbour authority named the winners of its ferry design prize on Monday evening.\n\
                 The judges picked three boats from forty entries. The winners are:\n";
    let items = "1) Island Runner, by Ann Lee\n2) Harbour Cat, by Tom Quist\n3) Blue Gull, by Ida Berg\n";
    let (body, _) = collect(
        &lines(&format!("{story}{items}Related topics\nTransport policy")),
        0,
        0,
        Strictness::Structured,
    );
    assert_eq!(body.len(), 5);
    assert_eq!(body[4], "3) Blue Gull, by Ida Berg");
    let two = "Watch the video:\nGet the free newsletter!\nSubscribe to the Harbour Daily for the news";
    let (body, _) = collect(&lines(&format!("{story}{two}")), 0, 0, Strictness::Structured);
    assert_eq!(body.len(), 2, "two lines after a colon are no list");
    let unannounced = story.replace("are:", "were named.");
    let (body, _) = collect(&lines(&format!("{unannounced}{items}")), 0, 0, Strictness::Structured);
    assert_eq!(body.len(), 2, "a list the last paragraph does not announce is no part of it");
}

#[test]
fn an_unfinished_sentence_between_paragraphs_is_kept() {
    let page = lines(
        "BOGOTA (Reuters) - Colombia will not attend a meeting of coffee producers this weekend.\n\
         Colombia, Brazil and the Central American producers were invited to the meeting in Managua\n\
         The coffee board is to meet in London at the end of the month, officials said.\n\
         Nigeria's central bank issues new rules for payment agents in the country",
    );
    let (body, _) = collect(&page, 0, "BOGOTA (Reuters) - ".len(), Strictness::Prose);
    assert_eq!(body.len(), 3, "{body:?}");
    assert!(body[1].starts_with("Colombia, Brazil"));
}

#[test]
fn a_date_line_between_paragraphs_of_markup_is_not_kept_but_an_update_heading_is() {
    let page = |middle: &str| {
        lines(&format!("{}\n{middle}\n{}", long_paragraph("the fares"), long_paragraph("the boats")))
    };
    for date_line in ["Dec. 22, 2026", "Published on March 3, 2026 03:52PM EST", "Updated March 4, 2026"] {
        assert_eq!(collect(&page(date_line), 0, 0, Strictness::Structured).0.len(), 2, "{date_line}");
    }
    assert_eq!(collect(&page("Update on March 4, 2026 at 8:10AM:"), 0, 0, Strictness::Structured).0.len(), 3);
}

#[test]
fn another_storys_headline_between_paragraphs_of_a_web_page_is_not_kept() {
    let first = long_paragraph("the fares");
    let headline =
        "Island council votes to keep the night ferry running through the winter months, chair says";
    let page = lines(&format!("{first}\n{headline}\n{}", long_paragraph("the timetable")));
    let (body, _) = collect(&page, 0, 0, Strictness::Prose);
    assert_eq!(body.len(), 2, "{body:?}");
}

#[test]
fn a_text_dump_keeps_a_subheading_standing_alone_between_paragraphs_but_not_a_block_or_a_credit() {
    let page = |block: &[&str]| story_around(block);
    let (kept, _) = collect(&page(&["What the new fares mean"]), 0, 0, Strictness::Prose);
    assert_eq!(kept[2], "What the new fares mean", "{kept:#?}");
    for block in
        [&["Ferries", "Buses"][..], &["Ana Quist/Harbour Post"], &["Read More"], &["[Related: Island walks]"]]
    {
        let (paragraphs, _) = collect(&page(block), 0, 0, Strictness::Prose);
        assert_eq!(paragraphs.len(), 5, "{block:?}: {paragraphs:#?}");
    }
}

#[test]
fn appeals_and_bios_are_not_body() {
    assert!(!is_story_paragraph("Support local journalism. Subscribe today for just $1 a week."));
    assert!(!is_story_paragraph("Jo covers city hall for the Times. Reach her at jo@times.example."));
    assert!(is_story_paragraph("The project will cost an estimated $1.8 million, officials said."));
}
