//! Why a page gave each field: what the rules took each line for, where each field came from,
//! and which entry of which vocabulary table matched. `newsidx extract --explain FILE` prints it.
//! It reads the same placing of the page as extraction ([`super::Placed`]), so it cannot tell a
//! different story from the one the article was made by.

use super::{agency, credits, dates, furniture, lines as shape, notices, section, vocab, Loose, Placed};
use crate::article::Article;
use crate::page::{Page, Shape};
use serde::Serialize;

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

/// One field, its value and where it came from.
#[derive(Debug, Clone, Serialize)]
pub struct FieldNote {
    pub field: &'static str,
    pub value: String,
    pub from: String,
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

/// What the rules took line `i` for.
fn line_role(page: &Page, placed: &Placed, i: usize) -> String {
    let line = page.lines[i].as_str();
    let anchors = &placed.anchors;
    if placed.title_at == Some(i) {
        return format!("headline, {}", headline_rule(page, placed));
    }
    if anchors.byline.as_ref().is_some_and(|(at, _)| *at == i) {
        return format!("byline{}", byline_entries(line));
    }
    if i == anchors.body && placed.end > i {
        let opens = anchors.dateline.as_ref().map_or(String::new(), |_| ", opens with the dateline".into());
        return format!("story starts{opens}");
    }
    match i {
        i if i > anchors.body && i < placed.end && in_story(placed, line) => "story".to_string(),
        i if i > anchors.body && i < placed.end => format!("left out of the story: {}", kind(line)),
        i if i == placed.end => format!("story ends: {}", kind(line)),
        i if i > placed.end => format!("after the story: {}", kind(line)),
        _ => kind(line),
    }
}

/// Whether the story holds `line`: its paragraphs are squashed (one space between words), so the
/// line is too before it is looked for.
fn in_story(placed: &Placed, line: &str) -> bool {
    let line = shape::squash(line);
    placed.paragraphs.iter().any(|p| p.contains(line.as_str()))
}

fn headline_rule(page: &Page, placed: &Placed) -> String {
    if let Some(first) = placed.first_pick {
        return format!(
            "by the ranker above the byline (its first pick, line {}, stood too far from it)",
            first + 1
        );
    }
    match (page.shape, placed.rule_pick) {
        (Shape::Page, Some(rule)) if Some(rule) == placed.title_at => {
            "by the ranker; the rules pick it too".into()
        }
        (Shape::Page, Some(rule)) => format!("by the ranker; the rules pick line {}", rule + 1),
        (Shape::Page, None) => "by the ranker; the rules pick none".into(),
        _ => "by the headline rules".into(),
    }
}

/// A rule asking one thing of a line.
type LineCheck = fn(&str) -> bool;

/// What a line outside the story is, by the first rule that takes it, and the table entry.
fn kind(line: &str) -> String {
    if let Some((language, label)) = vocab::entry(vocab::AD_LABELS, |w| line.trim().eq_ignore_ascii_case(w)) {
        return format!("ad label \"{label}\" ({language}, vocab::AD_LABELS)");
    }
    let heading = line.trim().trim_end_matches([':', '.', '…']).to_lowercase();
    for (table, name) in [(vocab::LIST_HEADS, "LIST_HEADS"), (vocab::INSET_LIST_HEADS, "INSET_LIST_HEADS")] {
        if let Some((language, head)) = vocab::entry(table, |w| w == heading) {
            return format!("list heading \"{head}\" ({language}, vocab::{name})");
        }
    }
    let checks: [(LineCheck, &str); 6] = [
        (furniture::is_list_head, "list heading (furniture::is_list_head)"),
        (credits::is_credit, "credit line (credits::is_credit)"),
        (notices::is_appeal, "appeal or notice (notices::is_appeal)"),
        (furniture::is_marked_furniture, "caption, ad slot or link (furniture::is_marked_furniture)"),
        (shape::is_menu, "menu (lines::is_menu)"),
        (dates::is_dateish, "date line"),
    ];
    match checks.iter().find(|(check, _)| check(line)) {
        Some((_, "date line")) => format!("date line{}", month_entry(line)),
        Some((_, name)) => name.to_string(),
        None if furniture::is_label_line(line) => "label (furniture::is_label_line)".into(),
        None if shape::is_prose(line) => "prose".into(),
        None => "page furniture".into(),
    }
}

fn month_entry(line: &str) -> String {
    let words = line.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() >= 3);
    let found = words.map(str::to_lowercase).find_map(|w| vocab::month_entry(&w));
    found.map_or(String::new(), |(language, name)| format!(" (month \"{name}\", {language}, vocab::MONTHS)"))
}

/// The byline word and joining word a byline line opens with and uses, as table entries.
fn byline_entries(line: &str) -> String {
    let lower = line.trim().to_lowercase();
    let opens = |w: &str| {
        let bare = w.trim_end_matches(':').to_lowercase();
        lower.strip_prefix(&bare).is_some_and(|rest| rest.starts_with([' ', ':']))
    };
    let mut notes = Vec::new();
    if let Some((language, word)) = vocab::entry(vocab::BYLINE_WORDS, opens) {
        notes.push(format!("word \"{word}\" ({language}, vocab::BYLINE_WORDS)"));
    }
    let joined = |w: &str| lower.split_whitespace().any(|x| x == w);
    if let Some((language, word)) = vocab::NAME_JOINERS.iter().find(|(_, w)| joined(w)) {
        notes.push(format!("names joined by \"{word}\" ({language}, vocab::NAME_JOINERS)"));
    }
    if notes.is_empty() {
        String::new()
    } else {
        format!(": {}", notes.join("; "))
    }
}

fn field_notes(page: &Page, placed: &Placed, article: &Article) -> Vec<FieldNote> {
    let note = |field, value: String, from: String| FieldNote { field, value, from };
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        note("title", text(&article.title), title_from(page, placed)),
        note("authors", article.authors.join(", "), authors_from(page, placed)),
        note(
            "date",
            article.date.map(|d| d.to_string()).unwrap_or_default(),
            date_from(page, placed, article),
        ),
        note("location", text(&article.location), location_from(page, placed)),
        note("source", text(&article.source), source_from(page, placed, article)),
        note("section", text(&article.section), section_from(page, placed, article)),
        note("body", words(&article.body), body_from(page, placed, article)),
        note("outlet", text(&article.outlet), stated_or(&page.meta.outlet, "no publication named")),
        note(
            "word_count",
            article.word_count.map(|w| w.to_string()).unwrap_or_default(),
            stated_or(&page.meta.word_count, "no length stated"),
        ),
        note("language", text(&article.language), stated_or(&page.meta.language, LANGUAGE_DETECTED)),
    ]
}

const LANGUAGE_DETECTED: &str = "detected from the headline and the story (whatlang)";

/// [`STATED`] when the format states the field, else `otherwise`.
fn stated_or<T>(stated: &Option<T>, otherwise: &str) -> String {
    stated.as_ref().map_or(otherwise, |_| STATED).to_string()
}

const STATED: &str = "stated by the file's markup or keys";

fn title_from(page: &Page, placed: &Placed) -> String {
    match (&page.meta.title, placed.title_at) {
        (Some(_), _) => STATED.into(),
        (None, Some(at)) => format!("line {}, {}", at + 1, headline_rule(page, placed)),
        (None, None) => "no headline found".into(),
    }
}

/// Where a field read in a marked-up page's headline zone ([`crate::page::Meta::zone`]) came from.
const ZONE: &str = "read by these rules in the lines from the headline to the story's container";

fn authors_from(page: &Page, placed: &Placed) -> String {
    if !page.meta.authors.is_empty() {
        return STATED.into();
    }
    if page.meta.zone.as_ref().is_some_and(|zone| !zone.authors.is_empty()) {
        return ZONE.into();
    }
    match (&placed.anchors.byline, &placed.split) {
        (Some((at, _)), _) => format!("line {}: byline{}", at + 1, byline_entries(&page.lines[*at])),
        (None, Some((Loose::UnderHeadline, _))) => {
            "a byline set over the lines under the headline (loose_byline)".into()
        }
        (None, Some((Loose::OverStory(_), _))) => {
            "a label alone over the names above the story (loose_byline::labelled_names)".into()
        }
        (None, Some((Loose::Signed, _))) => "a byline signing the story under its last paragraph".into(),
        (None, Some((Loose::DatedOverStory, _))) => {
            "a name with its date on its line just over the story (loose_byline::name_with_date)".into()
        }
        (None, Some((Loose::AuthorBox, _))) => {
            "a name over the story that opens a bio outside it (author_box::boxed_author)".into()
        }
        _ if !page.meta.linked_authors.is_empty() => "links to the authors' pages in the markup".into(),
        _ => "no byline found".into(),
    }
}

fn date_from(page: &Page, placed: &Placed, article: &Article) -> String {
    let Some(date) = article.date else { return "no date found".into() };
    if page.meta.date.is_some() {
        return STATED.into();
    }
    if page.meta.zone.as_ref().is_some_and(|zone| zone.date.is_some()) {
        return ZONE.into();
    }
    let dateline = placed.anchors.dateline.as_ref().and_then(|d| d.month_day.clone().map(|md| (md, d.year)));
    if let Some((month_day, year)) = dateline {
        let line = placed.anchors.body + 1;
        return match year {
            Some(year) => format!("line {line}: the dateline's \"{month_day}, {year}\""),
            None => format!("line {line}: the dateline's \"{month_day}\", the year from the page"),
        };
    }
    let printed = page.lines.iter().position(|l| dates::find_dates(l).contains(&date));
    match printed {
        Some(at) => format!("line {}: first line printing this day", at + 1),
        None if page.undated.iter().any(|l| dates::find_dates(l).contains(&date)) => UNDATED.into(),
        None => "from the file's path".into(),
    }
}

/// Where a date read on every line of a marked-up page that states none came from
/// ([`crate::page::Page::undated`]).
const UNDATED: &str = "read by these rules on every line of the page, which states no date";

fn location_from(page: &Page, placed: &Placed) -> String {
    let dateline = placed.anchors.dateline.as_ref().filter(|d| !d.place.is_empty());
    match (dateline, placed.byline().and_then(|b| b.place.as_ref())) {
        (Some(_), _) => format!("line {}: dateline", placed.anchors.body + 1),
        (None, Some(_)) => "the byline's place (By A in PLACE)".into(),
        _ if page.meta.location.is_some() => STATED.into(),
        _ => "no dateline".into(),
    }
}

fn source_from(page: &Page, placed: &Placed, article: &Article) -> String {
    let Some(found) = article.source.as_deref() else { return "no agency named".into() };
    let spelled =
        |line: &str| agency::spelling_in(line).map_or(String::new(), |s| format!(", spelled \"{s}\""));
    let anchors = &placed.anchors;
    if anchors.dateline.as_ref().is_some_and(|d| d.agency.as_deref() == Some(found)) {
        let line = &page.lines[anchors.body];
        return format!("line {}: dateline{} (agency table)", anchors.body + 1, spelled(line));
    }
    if let Some((at, _)) = anchors.byline.as_ref().filter(|(_, b)| b.agency.as_deref() == Some(found)) {
        return format!("line {}: byline{} (agency table)", at + 1, spelled(&page.lines[*at]));
    }
    if placed.split.as_ref().is_some_and(|(_, b)| b.authors.is_empty() && b.agency.as_deref() == Some(found))
    {
        return "a byline set over the lines under the headline (loose_byline, agency table)".into();
    }
    let after = page.lines.iter().enumerate().skip(placed.end.saturating_sub(1));
    match after.map(|(i, l)| (i, agency::agency_in(l))).find(|(_, a)| a.as_deref() == Some(found)) {
        Some((at, _)) => {
            format!("line {}: credit after the story{} (agency table)", at + 1, spelled(&page.lines[at]))
        }
        None => STATED.into(),
    }
}

fn section_from(page: &Page, placed: &Placed, article: &Article) -> String {
    let Some(section) = article.section.as_deref() else { return "no section named".into() };
    if page.meta.section.is_some() {
        return STATED.into();
    }
    let found = section::section(&page.lines, placed.title_at, placed.anchors.body, article.title.as_deref());
    match found {
        Some((at, name)) if name == section => format!("line {}: a label or breadcrumb", at + 1),
        _ => "the page's head".into(),
    }
}

fn body_from(page: &Page, placed: &Placed, article: &Article) -> String {
    if page.meta.body.as_deref() == Some(article.body.as_str()) {
        return "the article body stated in the markup (JSON-LD articleBody), longer than the text found"
            .into();
    }
    let last = placed.end.min(page.lines.len());
    let rule = if page.shape == Shape::Record { "the record's whole story" } else { "body::collect" };
    format!("lines {}–{}: {} paragraphs ({rule})", placed.anchors.body + 1, last, placed.paragraphs.len())
}

fn words(text: &str) -> String {
    format!("{} words", text.split_whitespace().count())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::lines::split_lines;

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
