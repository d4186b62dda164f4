//! The dates of printed lines, in every shape and language the reader knows, read through this
//! folder's face ([`super`]), and the properties every reading keeps.

use super::*;
use crate::rules::vocab;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date")
}

#[test]
fn publication_and_update_labels_of_every_language_in_the_vocabulary_are_read() {
    for (language, labels) in vocab::PUBLICATION_LABELS {
        for label in *labels {
            let line = format!("“{}” 3 March 2026", label.to_uppercase());
            assert_eq!(label_of(&line), DateLabel::Published, "{language}: {line}");
        }
    }
    for label in vocab::every(vocab::UPDATE_LABELS) {
        assert_eq!(label_of(&format!("{label}: 3 March 2026")), DateLabel::Updated, "{label}");
    }
    assert_eq!(label_of("Publiée le 3 mars 2026"), DateLabel::Published, "no boundary after é");
    assert_eq!(label_of("An unpublished letter, 3 March 2026"), DateLabel::Plain, "inside a word");
}

#[test]
fn a_line_labelling_two_dates_gives_the_published_one() {
    for line in [
        "Last Updated: March 5, 2026 | Published: March 4, 2026",
        "Updated 5 March 2026, first published 4 March 2026",
        "Aktualisiert am 05.03.2026, veröffentlicht am 04.03.2026",
        "Published: March 4, 2026 | Updated: March 5, 2026",
    ] {
        assert_eq!(page_date([line].into_iter()), Some(d(2026, 3, 4)), "{line}");
    }
    let updated_only = ["Updated 5 March 2026", "Ferry timetable, 4 March 2026"];
    assert_eq!(page_date(updated_only.into_iter()), Some(d(2026, 3, 4)), "a plain date beats an update");
}

#[test]
fn dates_glued_to_a_byline_are_found() {
    assert_eq!(find_dates("Dario SamDecember 20, 2023 Comments"), [d(2023, 12, 20)]);
    assert_eq!(find_dates("Ola Brandt, General Editor, F1Dec 19, 2023, 05:30 PM"), [d(2023, 12, 19)]);
    assert_eq!(find_dates("Featured Columnist IVDecember 22, 2023"), [d(2023, 12, 22)]);
    assert_eq!(find_dates("Harbour News Weekly28 October 2026"), [d(2026, 10, 28)]);
    assert_eq!(find_dates("By Ann Lee2026-02-20 13:52:51 UTC"), [d(2026, 2, 20)]);
    assert!(find_dates("McDonald's opens in Reykjavik").is_empty());
}

#[test]
fn reads_every_printed_shape() {
    let cases = [
        ("Thursday, December 4, 2025", d(2025, 12, 4)),
        ("Nov. 19, 2026", d(2026, 11, 19)),
        ("28 November 2026", d(2026, 11, 28)),
        ("28. November 2026, 10:42 Uhr", d(2026, 11, 28)),
        ("28 de noviembre de 2026", d(2026, 11, 28)),
        ("Published 14/10/2026 14:05 GMT", d(2026, 10, 14)),
        ("Published: 2026-11-20T18:30:00Z", d(2026, 11, 20)),
        ("Sat, 14 Mar 2026 08:30:00 GMT", d(2026, 3, 14)),
        ("Sat 7 Nov 2026 09.00 EST", d(2026, 11, 7)),
        ("09 Feb 2026 16:05 WIB", d(2026, 2, 9)),
        ("Published on 12 May 2026 - 14:32", d(2026, 5, 12)),
        ("12/31/2025", d(2025, 12, 31)),
        ("Last updated: 2026/11/9 at 9:01 PM", d(2026, 11, 9)),
        ("2026年11月20日 14:05", d(2026, 11, 20)),
        ("발행 2026년 11월 20일", d(2026, 11, 20)),
        ("3rd March 2026", d(2026, 3, 3)),
        ("3. desember 2026", d(2026, 12, 3)),
        ("21 października 2026", d(2026, 10, 21)),
        ("3 марта 2026, 10:15", d(2026, 3, 3)),
        ("24 Ağustos 2026 Pazartesi", d(2026, 8, 24)),
        ("4. maaliskuuta 2026 klo 10.32", d(2026, 3, 4)),
        ("2026. november 9. 13:44", d(2026, 11, 9)),
        ("2026 m. lapkričio 9 d. 13:44", d(2026, 11, 9)),
        ("duminică, 8 noiembrie 2026", d(2026, 11, 8)),
        ("9. listopadu 2026 13:44", d(2026, 11, 9)),
        ("9 Νοεμβρίου 2026 9:02 μμ", d(2026, 11, 9)),
        ("9 ΝΟΕΜΒΡΙΟΥ 2026", d(2026, 11, 9)),
        ("9 листопада 2026, 13:44", d(2026, 11, 9)),
        ("9 ноември 2026", d(2026, 11, 9)),
        ("الإثنين، 9 نوفمبر 2026 09:56 ص", d(2026, 11, 9)),
        ("9 nëntor 2026, 09:08", d(2026, 11, 9)),
        ("9 de novembre de 2026", d(2026, 11, 9)),
        ("9 Nobyembre 2026", d(2026, 11, 9)),
        ("9 Disember 2026", d(2026, 12, 9)),
        ("26 Jan, 2026 09:22", d(2026, 1, 26)),
        ("2026.03.04 13:44", d(2026, 3, 4)),
        ("2026. 3. 4. 오후 1:44", d(2026, 3, 4)),
    ];
    for (text, want) in cases {
        assert_eq!(find_dates(text).first(), Some(&want), "{text}");
    }
    assert!(find_dates("Version 2026.1.2 is out").is_empty(), "a version's number");
}

#[test]
fn two_digit_years_are_american_and_glued_years_are_read() {
    assert_eq!(find_dates("12/11/23 4:23pm"), [d(2023, 12, 11)]);
    assert_eq!(find_dates("by Ann Lee - 12/22/23 12:24 PM ET"), [d(2023, 12, 22)]);
    assert_eq!(find_dates("12-05-23"), [d(2023, 12, 5)]);
    assert_eq!(find_dates("12-19-2023"), [d(2023, 12, 19)]);
    assert_eq!(find_dates("9/8/2015 12:15 PM PT"), [d(2015, 9, 8)], "an American time: month first");
    assert_eq!(find_dates("3/4/2026, 2:05 p.m."), [d(2026, 3, 4)]);
    assert_eq!(find_dates("9/8/2015 14:05 GMT"), [d(2015, 8, 9)], "day first elsewhere");
    assert_eq!(find_dates("9/8/2015"), [d(2015, 8, 9)]);
    assert!(find_dates("Version 2.1.23").is_empty(), "dots with a two-digit year: a version");
    assert!(find_dates("Version 10.12.01").is_empty() && find_dates("v10.12.01").is_empty(), "a version");
    assert_eq!(find_dates("Artikel vom 31.10.23"), [d(2023, 10, 31)], "a padded day and month");
    assert_eq!(find_dates("Aktualizováno 13. 1. 2020 9:44"), [d(2020, 1, 13)], "a space after each dot");
    assert_eq!(find_dates("01.11.2026 06:06 PM"), [d(2026, 11, 1)], "dots are never American");
    assert_eq!(find_dates("02/11/2026 02:00pm GMT"), [d(2026, 11, 2)], "twelve hours in London");
    assert_eq!(find_dates("02/11/2026 02:00pm"), [d(2026, 2, 11)], "twelve hours and no zone");
    assert_eq!(find_dates("Publié le 02/11/26 à 16h33"), [d(2026, 11, 2)], "labelled in French");
    assert_eq!(find_dates("Published Fri, Dec 22 20234:46 AM EST"), [d(2023, 12, 22)]);
    assert_eq!(find_dates("Published On 22 Dec 202322 Dec 2023"), [d(2023, 12, 22), d(2023, 12, 22)]);
    assert_eq!(find_dates("December 22, 20235:00 AM ET"), [d(2023, 12, 22)]);
    assert_eq!(find_dates("Posted 12/22/2314:05"), [d(2023, 12, 22)], "a two-digit year glued to a time");
    assert_eq!(find_dates("28.09.1912:44"), [d(2019, 9, 28)], "a two-digit year glued to a time");
    assert_eq!(
        find_dates("Veröffentlicht am 19.10.19 um 14:34 Uhr"),
        [d(2019, 10, 19)],
        "day and month padded"
    );
}

#[test]
fn rejects_impossible_dates() {
    assert!(find_dates("2026-13-45").is_empty());
    assert!(find_dates("February 30, 2026").is_empty());
    assert!(find_dates("Room 12, 1200 people").is_empty());
}

#[test]
fn dateline_year_crosses_new_year() {
    assert_eq!(infer_year(12, 31, d(2026, 1, 2)), Some(d(2025, 12, 31)));
    assert_eq!(infer_year(3, 5, d(2026, 3, 6)), Some(d(2026, 3, 5)));
    assert_eq!(infer_year(2, 27, d(1987, 2, 26)), Some(d(1987, 2, 26)));
    assert_eq!(parse_month_day("Dec 3"), Some((12, 3)));
    assert_eq!(parse_month_day("15 July"), Some((7, 15)));
    assert_eq!(parse_month_day("Foo 3"), None);
}

#[test]
fn updated_never_wins_over_published() {
    let lines = ["Updated: 2026-11-21T14:05:00Z", "Published: 2026-11-20T18:30:00Z"];
    assert_eq!(page_date(lines.into_iter()), Some(d(2026, 11, 20)));
    let only_updated = ["Updated 9:14 AM EST, November 28, 2026"];
    assert_eq!(page_date(only_updated.into_iter()), Some(d(2026, 11, 28)));
}

#[test]
fn years_in_paths() {
    assert_eq!(year_in_path("world/2026/03/glacier.txt"), Some(2026));
    assert_eq!(year_in_path("md/2026-07-08-desal.md"), Some(2026));
    assert_eq!(year_in_path("md/story-12026.md"), None);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_gives_plausible_dates_or_none(text in "\\PC{0,200}") {
            for date in find_dates(&text) {
                prop_assert!(plausible(date));
            }
        }

        #[test]
        fn printed_shapes_never_give_impossible_dates(y in 0u32..10000, m in 0u32..40, d in 0u32..40) {
            for text in [format!("{y:04}-{m:02}-{d:02}"), format!("{d}/{m}/{y:04}"), format!("{d} March {y}")] {
                for date in find_dates(&text) {
                    prop_assert!(plausible(date));
                    prop_assert_eq!(date.year() as u32, y);
                }
            }
        }

        #[test]
        fn two_digit_years_fall_in_1969_to_2068(yy in 0u32..100, a in 0u32..40, b in 0u32..40, sep in "[/.-]") {
            for date in find_dates(&format!("{a}{sep}{b}{sep}{yy:02}")) {
                prop_assert_eq!(date.year() as u32, if yy < 69 { 2000 + yy } else { 1900 + yy });
                prop_assert!(sep != "." || (a >= 10 && b >= 10), "dots need a padded day and month");
            }
        }

        #[test]
        fn month_days_are_real_days(text in "\\PC{0,40}") {
            if let Some((m, d)) = parse_month_day(&text) {
                prop_assert!((1..=12).contains(&m) && (1..=31).contains(&d));
            }
        }
    }

    #[test]
    fn an_abbreviation_that_is_also_a_word_is_a_month_only_beside_a_day() {
        assert_eq!(parse_month_day("9 set"), Some((9, 9)));
        assert_eq!(parse_month_day("14 out"), Some((10, 14)));
        assert_eq!(month_number("set"), None);
        assert_eq!(find_dates("The set of 3 out of 12 teams"), []);
    }
}

#[test]
fn a_day_and_the_time_posted_stand_for_a_date_in_every_language_of_the_vocabulary() {
    for (language, days) in vocab::RELATIVE_DAYS {
        for day in *days {
            let line = format!("{} 9:44", titlecase(day));
            assert!(is_age(&line), "{language}: {line}");
        }
    }
    for line in
        ["Monday 5:30PM", "Yesterday at 2:45 pm", "Heute um 9:44 Uhr", "Hoy a las 10:30", "2 hours ago"]
    {
        assert!(is_age(line), "{line}");
    }
    for line in
        ["Heute ist ein schöner Tag", "Dnes 9:44 v Praze se sešli", "Today's 10 best deals", "Room 9:44"]
    {
        assert!(!is_age(line), "{line}");
    }
}

/// `dnes` → `Dnes`, as a page prints the word opening its line.
fn titlecase(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
