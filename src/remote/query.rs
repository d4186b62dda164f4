//! The user's query and filters in the query language Quickwit and Elasticsearch's
//! `query_string` share (Lucene's: `+must -not should`, `field:word`, `"a phrase"~2`,
//! `field:[a TO b}`), so a search typed for newsidx means the same there. Every word newsidx
//! would require is written with `+`, whatever the engine's default operator.

use crate::error::UserError;
use crate::search::query::parse_portable;
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
        UserInputLeaf::Literal(literal) => {
            format!("{}{}", prefix(&literal.field_name), literal_text(literal))
        }
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
    fn newsidx_queries_become_the_engines_lucene_syntax() {
        let cases = [
            ("oil prices", "+oil +prices"),
            ("oil OR gold", "+(oil OR gold)"),
            ("oil OR gold -opec", "+(oil OR gold) -opec"),
            ("oil -opec", "+oil -opec"),
            ("\"central bank\" rates", "+\"central bank\" +rates"),
            ("\"central bank\"~2", "\"central bank\"~2"),
            ("author:holland title:summit", "+authors:holland +title:summit"),
            ("(oil OR gas) AND russia", "+(+(oil OR gas)) +russia"),
            ("date:2025-12", "date:[2025-12-01T00:00:00Z TO 2026-01-01T00:00:00Z}"),
            ("gas date:[2025-01 TO 2025-03]", "+gas +date:[2025-01-01T00:00:00Z TO 2025-04-01T00:00:00Z}"),
            ("infla*", "infla\\*"),
            ("summit", "summit"),
            ("", "*"),
        ];
        for (typed, engine) in cases {
            assert_eq!(text_query(typed).unwrap(), engine, "{typed}");
        }
    }

    #[test]
    fn filters_join_the_query_as_required_phrases() {
        let filters = Filters {
            author: Some("Steve Holland".into()),
            source: Some("AP".into()),
            site: Some("www.Example.org".into()),
            ..Filters::default()
        };
        assert_eq!(
            with_filters("summit", &filters).unwrap(),
            "+(summit) +(authors:\"Steve Holland\") +(source:\"AP\") +(domains:\"example.org\")"
        );
        assert_eq!(
            with_filters("", &Filters { section: Some("World".into()), ..Filters::default() }).unwrap(),
            "+(section:\"World\")"
        );
        assert_eq!(with_filters("", &Filters::default()).unwrap(), "*");
    }

    #[test]
    fn bad_queries_are_refused_as_newsidx_refuses_them() {
        assert!(text_query("swift~1").unwrap_err().to_string().contains("fuzzy"));
        assert!(text_query("(unclosed").unwrap_err().to_string().contains("bad query"));
    }
}
