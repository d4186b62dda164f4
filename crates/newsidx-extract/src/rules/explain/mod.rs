//! Why a page gave each field: what the rules took each line for, where each field came from,
//! and which entry of which vocabulary table matched. `newsidx extract --explain FILE` prints it.
//! It reads the same placing of the page as extraction ([`super::Placed`]), so it cannot tell a
//! different story from the one the article was made by.

mod fields;
mod lines;

use crate::page::Page;
use fields::field_notes;
use lines::line_role;
use serde::Serialize;

pub use fields::FieldNote;

/// How one page was read.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// The path its article records.
    pub path: String,
    /// The page's lines as the text rules read them, each with what they took it for.
    pub lines: Vec<LineNote>,
    /// Each field, its value and where it came from.
    pub fields: Vec<FieldNote>,
}

/// One line and what it was taken for.
#[derive(Debug, Clone, Serialize)]
pub struct LineNote {
    /// Counted from 1.
    pub line: usize,
    pub role: String,
    pub text: String,
}

pub(crate) fn explain(path: &str, page: &Page) -> Explanation {
    let article = super::from_page(path, page);
    let (page, placed) = super::reading(page);
    let page = page.as_ref();
    let lines = page.lines.iter().enumerate().map(|(i, l)| LineNote {
        line: i + 1,
        role: line_role(page, &placed, i),
        text: l.clone(),
    });
    Explanation {
        path: path.to_string(),
        lines: lines.collect(),
        fields: field_notes(page, &placed, &article),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::lines::split_lines;
    use fields::UNDATED;

    #[test]
    fn each_field_names_its_line_and_the_table_entry_that_matched() {
        let text = "Harbour Post\nMenu\nFerry fares cut by a fifth for island families\nDoor Sanne de Wit en Joris van Dam\n\
                    March 3, 2026\nHALDEN, March 3 (Reuters) - The harbour authority cut ferry fares to the outer islands \
                    by a fifth on Monday, officials said.\nIslanders said the crossings had become too dear for families \
                    over the past year.\nLees ook\nAnother story about ferries and their timetables";
        let page = Page { lines: split_lines(text), ..Page::default() };
        let explained = explain("a.txt", &page);
        let from = |field: &str| explained.fields.iter().find(|f| f.field == field).map(|f| f.from.clone());
        assert_eq!(from("title").as_deref(), Some("line 3, by the ranker; the rules pick it too"));
        let authors = from("authors").unwrap_or_default();
        assert!(authors.starts_with("line 4: byline: word \"Door\" (nl"), "{authors}");
        assert!(authors.contains("names joined by \"en\" (nl"), "{authors}");
        assert_eq!(from("source").as_deref(), Some("line 6: dateline, spelled \"Reuters\" (agency table)"));
        let role = |line: usize| explained.lines[line - 1].role.clone();
        assert_eq!(role(6), "story starts, opens with the dateline");
        assert_eq!(role(8), "story ends: list heading \"lees ook\" (nl, vocab::INSET_LIST_HEADS)");
        assert!(role(5).starts_with("date line (month \"march\", en"), "{}", role(5));
    }

    #[test]
    fn a_date_read_on_every_line_of_a_page_stating_none_says_so() {
        let story = "<p>The operator raised fares on every crossing to the outer islands by a fifth, the \
                     company said on Friday, after a year of rising fuel costs.</p>"
            .repeat(8);
        let html = format!(
            "<html><body><div class='post'><h2>Ferry fares rise again</h2><div class='meta'>Posted \
             6 August 2026</div><div class='entry'>{story}</div></div></body></html>"
        );
        let page = crate::readers::html::page(&html).expect("page");
        let date = explain("a.html", &page).fields.into_iter().find(|f| f.field == "date").map(|f| f.from);
        assert_eq!(date.as_deref(), Some(UNDATED));
    }

    #[test]
    fn a_story_line_with_runs_of_spaces_is_named_story() {
        let paragraph = |topic: &str| {
            format!("The harbour authority said on Monday that {topic} would change before the winter, officials said.")
        };
        let text = [paragraph("the fares"), paragraph("the  timetable"), paragraph("the boats")].join("\n");
        let page = Page { lines: split_lines(&text), ..Page::default() };
        let explained = explain("a.txt", &page);
        assert_eq!(explained.lines[1].role, "story");
    }
}
