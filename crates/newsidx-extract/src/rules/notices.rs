//! A site's notices that read like prose: subscription appeals, sign-up forms, cookie notices,
//! disclaimers, an author's contact note, calls to follow the site. A line holding one is no
//! part of a story. The phrases are [`vocab::NOTICE_PHRASES`] and [`vocab::NOTICE_OPENINGS`];
//! patterns use ASCII word boundaries, as [`super::lines`] explains. Imports the vocabulary and
//! the line shapes.

use super::lines::{bounded, words_at_most, Openings};
use super::vocab;
use memchr::memmem::Finder;
use regex::Regex;
use std::sync::LazyLock;

static APPEAL: LazyLock<Regex> = LazyLock::new(|| {
    let phrases = vocab::every(vocab::NOTICE_PHRASES).map(bounded);
    let marks = [r"©", r"(?-u:[\w.+-]+@[\w-]+\.\w)", r"https?://", r"(?-u:\b)www\."].map(String::from);
    let pattern = phrases.chain(marks).collect::<Vec<_>>().join("|");
    regex::RegexBuilder::new(&format!("(?i){pattern}"))
        // Past the default cache, its lazy DFA cleared and rebuilt its states on every few pages
        // (extraction of the 100k bench 3% slower); this bound keeps them all.
        .dfa_size_limit(32 << 20)
        .build()
        .expect("valid appeal pattern")
});

/// Site furniture that reads like prose: a phrase of [`vocab::NOTICE_PHRASES`] (subscription
/// appeals, cookie notices, disclaimers), a line opening with one of [`vocab::NOTICE_OPENINGS`],
/// an address, a link or a copyright sign, or a call to follow the site.
pub(crate) fn is_appeal(line: &str) -> bool {
    NOTICE_OPENING.is_match(line) || APPEAL.is_match(line) || is_cookie_use(line) || is_follow_call(line)
}

/// A line opening with one of [`vocab::NOTICE_OPENINGS`]. Apart from [`APPEAL`]: anchored at the
/// line's start, it gives up after a word; joined to the phrases found anywhere, its states
/// crowded that pattern's lazy DFA (2% more instructions on a 4,739-file slice of the 100k bench).
static NOTICE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    let openings = vocab::every(vocab::NOTICE_OPENINGS).map(bounded).collect::<Vec<_>>().join("|");
    Regex::new(&format!("(?i)^(?:{openings})")).expect("valid notice opening pattern")
});

/// A site saying it uses cookies (`We use essential and analytics cookies`, `Utilizamos cookies
/// para …`), any verb of [`vocab::COOKIE_USE_VERBS`]. Apart from
/// [`APPEAL`]: its gap of up to thirty characters multiplies the states of any pattern it joins,
/// and only lines naming cookies are read for it.
fn is_cookie_use(line: &str) -> bool {
    let bytes = line.as_bytes();
    (COOKIE.find(bytes).is_some() || COOKIE_CAPITALS.find(bytes).is_some()) && COOKIE_USE.is_match(line)
}

/// The searchers for the word every cookie notice names, built once: every line is asked.
static COOKIE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("ookie"));
static COOKIE_CAPITALS: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("OOKIE"));

static COOKIE_USE: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = vocab::every(vocab::COOKIE_USE_VERBS).map(bounded).collect::<Vec<_>>().join("|");
    Regex::new(&format!(r"(?i)(?:{verbs})[^.]{{0,30}}(?-u:\b)cookies(?-u:\b)"))
        .expect("valid cookie-use pattern")
});

/// A call to follow the site elsewhere: a line of a few words opening with one of
/// [`vocab::FOLLOW_CALLS`] and naming one of [`vocab::PLATFORMS`] (`Follow the Harbour Post on
/// Instagram and TikTok.`, `* Listen to Tide Talk on Spotify`).
fn is_follow_call(line: &str) -> bool {
    let opening = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    FOLLOW_CALLS.opens(opening, |_, rest| rest.is_empty() || rest.starts_with(' '))
        && words_at_most(line, 40)
        && vocab::PLATFORMS.iter().any(|p| line.contains(p))
}

static FOLLOW_CALLS: LazyLock<Openings> = LazyLock::new(|| Openings::new(vocab::every(vocab::FOLLOW_CALLS)));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::lines::tests::assert_each;

    #[test]
    fn recognises_appeals() {
        assert!(is_appeal("Sign up to the Morning Briefing, delivered every weekday."));
        assert!(is_appeal("Erin Kowalczyk covers city hall. Reach her at ek@example.com."));
        assert!(!is_appeal("The council voted 5-2 during public comment on Thursday."));
        assert!(is_appeal("This cookie is set by GDPR Cookie Consent plugin to store the user's choice."));
        assert!(!is_appeal("The bakery sold its last cookie at noon, the owner said."));
        assert!(is_appeal(
            "The Harbour Post is an independent news organization dedicated to island reporting."
        ));
        assert!(is_appeal(
            "Our reviews are editorially independent; we may be paid when you buy through links."
        ));
        assert!(is_appeal(
            "Our editors write on behalf of you, our readers, and test every product we recommend."
        ));
        assert!(!is_appeal("The bakery's cookies help the shelter pay its heating bill, volunteers said."));
        assert!(!is_appeal("The baker sets the cookie tray on the ledge to cool before the market opens."));
        assert!(is_appeal("Quaystat sets this visitor cookie to count how often a reader returns."));
        assert!(is_appeal("Necessary cookies keep the basic functions of the site working."));
        for notice in [
            "Utilizamos cookies para personalizar y mejorar su experiencia en nuestro sitio.",
            "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.",
            "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
            "Wij gebruiken cookies om onze website te verbeteren.",
        ] {
            assert!(is_appeal(notice), "{notice}");
        }
        assert!(
            !is_appeal("Die Bäckerei verwendet Butter für ihre Kekse, sagte der Inhaber."),
            "no cookies named"
        );
        assert!(is_appeal("Follow him on Mastodon for news from the harbour."));
        assert!(is_appeal("Join us on the quay for the next live recording."));
        assert_each(
            is_appeal,
            &[
                "By subscribing, you agree to our terms and may receive occasional offers.",
                "You've successfully subscribed to the Harbour Post morning briefing!",
                "Send me updates about Harbour Post events.",
                "To see this content please enable targeting cookies.",
                "Waiting for your permission to load the embedded post.",
                "Cross-posted from the Island Courier.",
                "Support our newsroom by contributing as little as $1 a month.",
                "Hafenblatt 2026. Alle Rechte vorbehalten.",
                "Jetzt abonnieren und keine Ausgabe verpassen.",
                "Le Courrier des Îles — Tous droits réservés.",
                "Suscríbete para recibir las noticias de las islas.",
                "Iscriviti alla newsletter del Porto.",
                "Assine agora e leia sem limites.",
                "Schrijf je in voor onze nieuwsbrief.",
                "Prenumerera på vårt nyhetsbrev.",
                "Tilmeld dig vores nyhedsbrev.",
                "Meld deg på nyhetsbrev fra Havnebladet.",
            ],
        );
        assert!(!is_appeal("Retailers sent shoppers special offers by email, the survey found."));
        assert!(!is_appeal("Die Fähre fährt wieder, sagte die Gemeinde am Montag."));
        assert!(!is_appeal("The history continues to shape the islands, the curator said."));
        assert!(is_appeal("If you buy through a link on our site, we may receive compensation."));
        assert!(!is_appeal("The agents earn a commission on each sale, the company said."));
        assert!(is_appeal(
            "We may earn revenue from the products on this page and participate in affiliate programs."
        ));
        assert!(is_appeal("Read our editorial guidelines to learn how we report."));
        assert!(is_appeal("The opinions expressed by contributors are their own."));
        assert!(is_appeal("By submitting your information you agree to the Terms & Conditions."));
    }

    /// A note about the article itself — where it first appeared, that it will be updated, the
    /// feed it came from — opens its line so; a story sentence about a story does not.
    #[test]
    fn a_note_about_the_article_is_a_notice() {
        assert_each(
            is_appeal,
            &[
                "This story was originally published by the Island Courier on March 3.",
                "This article is part of a series on the harbour towns.",
                "This is a developing story and will be updated.",
                "A version of this story appeared in the spring print edition.",
                "Download the Gazette app for breaking news alerts.",
                "This text was published from a news agency feed without modifications to the text.",
                "Dieser Artikel erschien zuerst im Hafenblatt.",
                "Cet article a été initialement publié dans Le Courrier des Îles.",
                "Este artículo fue publicado originalmente en El Faro.",
                "Summary generated by AI. Read the full article below.",
                "Published in print on March 5, 2026.",
            ],
        );
        assert!(!is_appeal("The mayor said this story was one the town would tell for years."));
        assert!(!is_appeal("This article of the treaty was signed in 1921, the archivist said."));
        assert!(!is_appeal("Residents can download timetables from the board's website."));
    }

    /// A story telling that someone asked readers to contact or join a person is no notice; an
    /// author's note saying where to reach them is.
    #[test]
    fn a_story_naming_contact_or_joining_is_no_notice() {
        assert!(!is_appeal("The coastguard asked anyone who saw the dinghy to contact them by noon."));
        assert!(!is_appeal("Hundreds of islanders came down to the quay to join her cause on Sunday."));
        assert!(!is_appeal("Paramedics could not reach him in the storm, the inquest heard."));
        assert!(is_appeal("Ines Marlow covers the harbour. Reach her on 0100 555 0101."));
        assert!(is_appeal("Questions about the ferry timetable? Contact us."));
    }

    #[test]
    fn a_call_to_follow_the_site_on_a_platform_is_an_appeal_but_a_story_about_one_is_not() {
        for call in [
            "Follow the Harbour Post on Instagram, TikTok and Threads.",
            "* Listen to Tide Talk on Spotify and Apple Podcasts",
            "Folgen Sie uns auf Facebook und Instagram.",
            "Écoutez Radio Port sur Spotify.",
            "Únete a nuestro canal de WhatsApp",
            "Følg os på Instagram",
        ] {
            assert!(is_appeal(call), "{call}");
        }
        for sentence in [
            "Followers of the ferry company on Instagram complained about the new fares on Monday.",
            "The mayor said on Facebook that the ferries would run again by the weekend.",
        ] {
            assert!(!is_appeal(sentence), "{sentence}");
        }
    }
}
