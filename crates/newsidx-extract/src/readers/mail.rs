//! Mail (`.eml`, one message; `.mbox`, many): newsletters and press releases as they arrive. A
//! message is parsed by `mail-parser` (MIME parts, transfer encodings, charsets); its HTML part is
//! read as a saved page when it has one, else its text part as a page saved as text. The
//! `Subject` is the title, the `Date` the date, and the sender (`From`, by name) the source when
//! the text credits no agency and names no author.

use super::html;
use crate::page::Page;
use crate::rules::lines::split_lines;
use mail_parser::{Message, MessageParser};

/// The page of one message.
pub(crate) fn page(raw: &[u8]) -> Result<Page, String> {
    let message = MessageParser::default().parse(raw).ok_or("not a mail message")?;
    let mut page = match (message.body_html(0), message.body_text(0)) {
        (Some(markup), _) => html::page(&markup)?,
        (None, Some(text)) => Page { lines: split_lines(&text), ..Page::default() },
        (None, None) => return Err("a message with no text or HTML part".into()),
    };
    stated(&message, &mut page);
    Ok(page)
}

/// The messages of an mbox, each with its number (from 1); one that cannot be read is an `Err`
/// naming its number.
pub(crate) fn mbox_pages(raw: &[u8]) -> Vec<(usize, Result<Page, String>)> {
    mail_parser::mailbox::mbox::MessageIterator::new(raw)
        .enumerate()
        .map(|(i, message)| {
            let page = message.map_err(|e| e.to_string()).and_then(|m| page(m.contents()));
            (i + 1, page)
        })
        .collect()
}

/// What the message's headers state, over what its body's page states.
fn stated(message: &Message, page: &mut Page) {
    let subject = message.subject().map(str::trim).filter(|s| !s.is_empty());
    if let Some(subject) = subject {
        page.meta.title = Some(subject.to_string());
    }
    if let Some(date) = message.date() {
        page.meta.date =
            chrono::NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(date.month), u32::from(date.day));
    }
    let sender = message.from().and_then(|from| from.first());
    let name = sender.and_then(|a| a.name().or(a.address())).map(str::trim).filter(|n| !n.is_empty());
    page.meta.sender = name.map(str::to_string);
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWSLETTER: &str = "From: The Harbour Brief <brief@harbour.example>\r\n\
To: reader@example.org\r\nSubject: Ferry fares cut for winter\r\nDate: Tue, 3 Feb 2026 07:15:00 +0100\r\n\
MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nPlain version.\r\n--b1\r\n\
Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
<html><body><h1>Ferry fares cut for winter</h1><p>The island ferry company cut its fares by a t=\r\n\
enth on Monday, the board said, for every crossing until March.</p><p>Passengers welcomed the =\r\n\
change, which takes effect next week.</p></body></html>\r\n--b1--\r\n";

    #[test]
    fn the_html_part_subject_date_and_sender_make_the_page() {
        let page = page(NEWSLETTER.as_bytes()).unwrap();
        assert_eq!(page.meta.title.as_deref(), Some("Ferry fares cut for winter"));
        assert_eq!(page.meta.date, chrono::NaiveDate::from_ymd_opt(2026, 2, 3));
        assert_eq!(page.meta.sender.as_deref(), Some("The Harbour Brief"));
        assert!(
            page.lines.iter().any(|l| l.contains("cut its fares by a tenth on Monday")),
            "{:?}",
            page.lines
        );
        assert!(!page.lines.iter().any(|l| l.contains("Plain version")));
    }

    #[test]
    fn an_mbox_is_read_message_by_message() {
        let second = NEWSLETTER.replace("Ferry fares cut for winter", "Bridge reopens");
        let mbox = format!("From brief@harbour.example Tue Feb  3 07:15:00 2026\r\n{NEWSLETTER}\r\nFrom brief@harbour.example Wed Feb  4 07:15:00 2026\r\n{second}");
        let titles: Vec<(usize, Option<String>)> =
            mbox_pages(mbox.as_bytes()).into_iter().map(|(n, p)| (n, p.unwrap().meta.title)).collect();
        assert_eq!(
            titles,
            vec![(1, Some("Ferry fares cut for winter".into())), (2, Some("Bridge reopens".into()))]
        );
    }
}
