//! What the rules took each line of a page for, and which entry of which table matched it.

use super::super::{credits, dates, furniture, lines as shape, notices, vocab, Placed};
use crate::page::{Page, Shape};

/// What the rules took line `i` for.
pub(super) fn line_role(page: &Page, placed: &Placed, i: usize) -> String {
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

pub(super) fn headline_rule(page: &Page, placed: &Placed) -> String {
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
pub(super) fn byline_entries(line: &str) -> String {
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
