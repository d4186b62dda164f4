//! The user's query and filters in the query language Quickwit and Elasticsearch's
//! `query_string` share (Lucene's: `+must -not should`, `field:word`, `"a phrase"~2`,
//! `field:[a TO b}`), so a search typed for newsidx means the same there. Every word newsidx
//! would require is written with `+`, whatever the engine's default operator.

use crate::error::UserError;
use crate::export::words::Marker;
use crate::index::schema::stem_codes;
use crate::search::query::parse_portable;
use crate::search::query::TITLE_BOOST;
use crate::search::Filters;
use newsidx_extract::agency_name;
use tantivy::query_grammar::{
    Delimiter, Occur, UserInputAst, UserInputBound, UserInputLeaf, UserInputLiteral,
};

/// The engine-side name of a field newsidx's query language names.
fn field_name(typed: &str) -> &str {
    match typed {
        "author" => "authors",
        "place" => "location",
        other => other,
    }
}

/// The query text alone, or `*` for every document.
pub fn text_query(text: &str) -> Result<String, UserError> {
    Ok(parse_portable(text)?.map_or_else(|| "*".to_string(), |ast| render(&ast)))
}

/// The query text and every filter but the dates (which the engines take apart) as one query.
pub fn with_filters(text: &str, filters: &Filters) -> Result<String, UserError> {
    let mut clauses = vec![text_query(text)?];
    let phrase = |field: &str, value: &str| format!("{field}:{}", quoted(value));
    clauses.extend(filters.author.as_deref().map(|a| phrase("authors", a)));
    clauses.extend(filters.location.as_deref().map(|l| phrase("location", l)));
    let source = filters.source.as_deref().map(|s| agency_name(s).unwrap_or_else(|| s.to_string()));
    clauses.extend(source.map(|s| phrase("source", &s)));
    clauses.extend(filters.section.as_deref().map(|s| phrase("section", s)));
    clauses.extend(filters.outlet.as_deref().map(|o| phrase("outlet", o)));
    let site = filters
        .site
        .as_deref()
        .map(|s| newsidx_extract::address::host(s).unwrap_or_else(|| s.to_lowercase()));
    clauses.extend(site.map(|s| phrase("domains", &s)));
    if clauses.len() == 1 {
        return Ok(clauses.remove(0));
    }
    Ok(clauses.iter().filter(|c| *c != "*").map(|c| format!("+({c})")).collect::<Vec<_>>().join(" ").or_all())
}

trait OrAll {
    fn or_all(self) -> String;
}

impl OrAll for String {
    /// An empty conjunction is every document.
    fn or_all(self) -> String {
        if self.is_empty() {
            "*".to_string()
        } else {
            self
        }
    }
}

fn render(ast: &UserInputAst) -> String {
    match ast {
        UserInputAst::Clause(clauses) => render_clause(clauses),
        UserInputAst::Boost(inner, boost) => format!("{}^{}", grouped(inner), boost.0),
        UserInputAst::Leaf(leaf) => render_leaf(leaf),
    }
}

/// Required parts as `+x`, excluded ones as `-x`, and the optional ones as one `(a OR b)` —
/// required when nothing else is, left out beside a required part (where they only weigh on
/// the score), for an engine whose default operator is AND would require each of them.
fn render_clause(clauses: &[(Option<Occur>, UserInputAst)]) -> String {
    let of = |wanted: &[Option<Occur>]| -> Vec<String> {
        clauses.iter().filter(|(o, _)| wanted.contains(o)).map(|(_, ast)| grouped(ast)).collect()
    };
    let required = of(&[None, Some(Occur::Must)]);
    let optional = of(&[Some(Occur::Should)]);
    let mut parts: Vec<String> = required.iter().map(|r| format!("+{r}")).collect();
    match optional.len() {
        0 => {}
        _ if !required.is_empty() => {}
        1 => parts.push(format!("+{}", optional[0])),
        _ => parts.push(format!("+({})", optional.join(" OR "))),
    }
    parts.extend(of(&[Some(Occur::MustNot)]).iter().map(|n| format!("-{n}")));
    parts.join(" ")
}

/// A clause inside another is put in parentheses.
fn grouped(ast: &UserInputAst) -> String {
    match ast {
        UserInputAst::Clause(clauses) if clauses.len() > 1 => format!("({})", render(ast)),
        _ => render(ast),
    }
}

fn render_leaf(leaf: &UserInputLeaf) -> String {
    let prefix =
        |field: &Option<String>| field.as_deref().map(|f| format!("{}:", field_name(f))).unwrap_or_default();
    match leaf {
        UserInputLeaf::Literal(literal) => words_clause(literal)
            .unwrap_or_else(|| format!("{}{}", prefix(&literal.field_name), literal_text(literal))),
        UserInputLeaf::All => "*".to_string(),
        UserInputLeaf::Range { field, lower, upper } => {
            let (open, low) = bound(lower, '[', '{');
            let (close, high) = bound(upper, ']', '}');
            format!("{}{open}{low} TO {high}{close}", prefix(field))
        }
        UserInputLeaf::Set { field, elements } => {
            let each: Vec<String> =
                elements.iter().map(|e| format!("{}{}", prefix(field), quoted(e))).collect();
            format!("({})", each.join(" OR "))
        }
        UserInputLeaf::Exists { field } => format!("{}:*", field_name(field)),
        UserInputLeaf::Regex { field, pattern } => format!("{}/{pattern}/", prefix(field)),
    }
}

/// A word or phrase looked for in the title and body as newsidx looks for it: in the words the
/// export marked ([`crate::export::words`]), once per stemmer — the stemmers of languages the
/// engine holds no article in match nothing — the title weighted as here; a bare one also in the
/// authors and place, as written. `None` for what the marked words cannot answer (a prefix, a
/// field of names).
fn words_clause(literal: &UserInputLiteral) -> Option<String> {
    let (title, body, names) = match literal.field_name.as_deref() {
        None => (true, true, true),
        Some("title") => (true, false, false),
        Some("body") => (false, true, false),
        Some(_) => return None,
    };
    if literal.prefix {
        return None;
    }
    let slop = if literal.slop > 0 { format!("~{}", literal.slop) } else { String::new() };
    let mut marker = Marker::default();
    let mut parts = Vec::new();
    for code in stem_codes() {
        let words = marker.marked(code, &literal.phrase);
        if words.is_empty() {
            continue;
        }
        if title {
            parts.push(format!("title_words:{}{slop}^{TITLE_BOOST}", quoted(&words)));
        }
        if body {
            parts.push(format!("body_words:{}{slop}", quoted(&words)));
        }
    }
    if parts.is_empty() {
        return None;
    }
    if names {
        parts.extend(["authors", "location"].map(|f| format!("{f}:{}", literal_text(literal))));
    }
    Some(format!("({})", parts.join(" OR ")))
}

fn bound(b: &UserInputBound, inclusive: char, exclusive: char) -> (char, String) {
    match b {
        UserInputBound::Inclusive(v) => (inclusive, v.clone()),
        UserInputBound::Exclusive(v) => (exclusive, v.clone()),
        UserInputBound::Unbounded => (inclusive, "*".to_string()),
    }
}

fn literal_text(literal: &UserInputLiteral) -> String {
    let bare = literal.delimiter == Delimiter::None && !literal.phrase.contains(char::is_whitespace);
    let mut text = if bare { escaped(&literal.phrase) } else { quoted(&literal.phrase) };
    if literal.slop > 0 {
        text.push_str(&format!("~{}", literal.slop));
    }
    if literal.prefix {
        text.push('*');
    }
    text
}

/// A value in double quotes, its own quotes and backslashes escaped.
fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A bare word with the characters the engines' grammars reserve escaped.
fn escaped(word: &str) -> String {
    word.chars().fold(String::new(), |mut out, c| {
        if "+-&|!(){}[]^\"~*?:\\/<>=".contains(c) {
            out.push('\\');
        }
        out.push(c);
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_structure_of_newsidx_queries_carries_over() {
        let cases = [
            ("author:holland -author:grant", "+authors:holland -authors:grant"),
            ("section:world OR section:europe", "+(section:world OR section:europe)"),
            ("date:2025-12", "date:[2025-12-01T00:00:00Z TO 2026-01-01T00:00:00Z}"),
            (
                "author:holland date:[2025-01 TO 2025-03]",
                "+authors:holland +date:[2025-01-01T00:00:00Z TO 2025-04-01T00:00:00Z}",
            ),
            ("", "*"),
        ];
        for (typed, engine) in cases {
            assert_eq!(text_query(typed).unwrap(), engine, "{typed}");
        }
        let either = text_query("oil OR gold -opec").unwrap();
        assert!(
            either.starts_with("+((title_words:")
                && either.contains(") OR (title_words:")
                && either.contains(") -(title_words:"),
            "{either}"
        );
    }

    #[test]
    fn words_are_looked_for_as_newsidx_indexes_them_in_title_body_and_names() {
        let word = text_query("Strikes").unwrap();
        for part in [
            "title_words:\"en_strike\"^2.5",
            "body_words:\"en_strike\"",
            "authors:Strikes",
            "location:Strikes",
        ] {
            assert!(word.contains(part), "{part} in {word}");
        }
        let phrase = text_query("body:\"central banks\"~2").unwrap();
        assert!(
            phrase.contains("body_words:\"en_central en_bank\"~2") && !phrase.contains("title_words"),
            "{phrase}"
        );
    }

    #[test]
    fn bad_queries_are_refused_as_newsidx_refuses_them() {
        assert!(text_query("swift~1").unwrap_err().to_string().contains("fuzzy"));
        assert!(text_query("(unclosed").unwrap_err().to_string().contains("bad query"));
    }
}
