//! Tests of the HTML reader: whole invented pages in, the fields and lines it reads out.

use super::*;

/// A story paragraph the invented pages below repeat to make a story of some length.
const FARES: &str = "<p>The operator raised fares on every crossing to the outer islands by a fifth, the \
                     company said on Friday, after a year of rising fuel costs.</p>";

const PAGE: &str = r#"<html><head><title>Water tariffs rise | Equatorial Times</title>
    <meta property="og:site_name" content="Equatorial Times">
    <meta property="article:section" content="Africa">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Water tariffs rise","datePublished":"2026-04-21T08:00:00+03:00","dateModified":"2026-04-22",
      "author":[{"@type":"Person","name":"Wanjiru Kamau"},{"@type":"Organization","name":"Equatorial Times"}]}</script>
    </head><body><nav><a>Home</a><a>Africa</a></nav>
    <article><h1>Water tariffs rise</h1><p class="byline">By Wanjiru Kamau</p>
    <div class="share-bar"><a>Share on X</a></div>
    <p>NAIROBI, Kenya — The utility has proposed charging households more for water, officials said.</p>
    <figure><img src="x.jpg"><figcaption>A tap in Nairobi. Photo: Staff</figcaption></figure>
    <p>The plan would raise the price of the first block of water by a tenth, the board said on Monday.</p>
    <p>Consumer groups said the plan would hurt the poorest families in the city most of all.</p>
    </article><aside><h2>Most Read</h2><p>Another story entirely that we do not want here.</p></aside>
    <footer>© 2026 Equatorial Times</footer></body></html>"#;

#[test]
fn a_byline_element_of_several_names_gives_them_all() {
    let html = "<html><body><article><h1>Skogsbrand under kontroll</h1><div class='article-author'>\
                <span class='author-name'>Elin Berg</span> och <span class='author-name'>Oskar Lund</span>\
                </div><p>Text.</p></article></body></html>";
    assert_eq!(page(html).expect("page").meta.authors, ["Elin Berg", "Oskar Lund"]);
    let listed = "<html><body><article><h1>Skogsbrand under kontroll</h1><ul class='authors'>\
                  <li><a href='/author/elin-berg'>Elin Berg</a></li><li><a href='/author/oskar-lund'>Oskar Lund</a></li>\
                  </ul><p>Text.</p></article></body></html>";
    assert_eq!(page(listed).expect("page").meta.authors, ["Elin Berg", "Oskar Lund"], "one in each item");
}

#[test]
fn a_catalogue_tag_writing_the_surname_first_names_the_author_as_a_byline_would() {
    let tagged = |creator: &str| {
        let html =
            format!("<html><head><meta name='dc.creator' content='{creator}'></head><body></body></html>");
        page(&html).expect("page").meta.authors
    };
    assert_eq!(tagged("Marlow, Ines"), ["Ines Marlow"]);
    assert_eq!(tagged("Ines Marlow, Noel Ash"), ["Ines Marlow", "Noel Ash"], "two people");
    assert!(tagged("Reuters, AP").is_empty(), "two agencies");
    let dcterms = "<html><head><meta name='DCTERMS.creator' content='Marlow, Ines'>\
                   <meta name='dcterms.issued' content='2023-12-21'></head><body></body></html>";
    let meta = page(dcterms).expect("page").meta;
    assert_eq!(
        (meta.authors, meta.date),
        (vec!["Ines Marlow".to_string()], chrono::NaiveDate::from_ymd_opt(2023, 12, 21))
    );
}

#[test]
fn metadata_states_title_authors_date_section() {
    let p = page(PAGE).expect("page");
    assert_eq!(p.meta.title.as_deref(), Some("Water tariffs rise"));
    assert_eq!(p.meta.authors, ["Wanjiru Kamau"]);
    assert_eq!(p.meta.date, chrono::NaiveDate::from_ymd_opt(2026, 4, 21));
    assert_eq!(p.meta.section.as_deref(), Some("Africa"));
}

#[test]
fn an_author_tag_naming_some_of_the_linked_data_authors_names_the_author() {
    let html = |tag: &str| {
        format!(
            r#"<html><head><meta name="author" content="{tag}">
            <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Ferry fares cut",
            "author":[{{"@type":"Person","name":"Ines Marlow"}},{{"@type":"Person","name":"Tomás Ferreira"}}]}}</script>
            </head><body><h1>Ferry fares cut</h1><p>Text.</p></body></html>"#
        )
    };
    let authors = |tag: &str| page(&html(tag)).expect("page").meta.authors;
    assert_eq!(authors("Tomas Ferreira"), ["Tomas Ferreira"], "a contributor listed beside the author");
    assert_eq!(authors("Ines Marlow, Tomás Ferreira"), ["Ines Marlow", "Tomás Ferreira"]);
    assert_eq!(authors("Harbour Desk"), ["Ines Marlow", "Tomás Ferreira"], "a tag naming someone else");
}

#[test]
fn the_address_is_the_canonical_link_then_og_url_then_json_ld() {
    let url =
        |head: &str| page(&format!("<html><head>{head}</head><body></body></html>")).expect("page").meta.url;
    let og = "<meta property='og:url' content='https://harbour.example/news/ferry'>";
    let ld =
        r#"<script type="application/ld+json">{"@type":"NewsArticle","url":"https://ld.example/x"}</script>"#;
    let canonical = "<link rel='canonical' href='/news/ferry-fares?ref=1#top'>";
    assert_eq!(
        url(&format!("{og}{canonical}{ld}")).as_deref(),
        Some("https://harbour.example/news/ferry-fares?ref=1")
    );
    assert_eq!(url(&format!("{og}{ld}")).as_deref(), Some("https://harbour.example/news/ferry"));
    assert_eq!(url(&format!("{canonical}{ld}")).as_deref(), Some("https://ld.example/x"));
    assert_eq!(url(canonical), None, "a relative link with nothing to resolve it against");
}

#[test]
fn an_h1_printing_what_looked_like_a_site_suffix_keeps_it() {
    let html = |h1: &str| {
        format!(
            "<html><head><meta property='og:title' content='Ferry fares cut again — here is what changes'>\
             </head><body><h1>{h1}</h1><p>Text.</p></body></html>"
        )
    };
    let whole = page(&html("Ferry fares cut again — here is what changes")).expect("page");
    assert_eq!(whole.meta.title.as_deref(), Some("Ferry fares cut again — here is what changes"));
    let kicker = page(&html("Islands | Ferry fares cut again")).expect("page");
    assert_eq!(kicker.meta.title.as_deref(), Some("Ferry fares cut again"), "a kicker is dropped");
}

#[test]
fn an_h1_linking_to_the_front_page_is_the_sites_name_not_the_headline() {
    let html = |logo: &str| {
        format!(
            "<html><head><title>Ferry fares cut again on the island routes - Harbourmedia</title></head>\
             <body>{logo}<h2>Ferry fares cut again on the island routes</h2><p>Text.</p></body></html>"
        )
    };
    for logo in
        ["<a href='/'><h1>하버 미디어</h1></a>", "<h1><a href='https://harbour.news/'>하버 미디어</a></h1>"]
    {
        let title = page(&html(logo)).expect("page").meta.title;
        assert_eq!(title.as_deref(), Some("Ferry fares cut again on the island routes"), "{logo}");
    }
    let story_link = "<h1><a href='/2026/03/ferry-fares'>Ferry fares cut again</a></h1>";
    assert_eq!(page(&html(story_link)).expect("page").meta.title.as_deref(), Some("Ferry fares cut again"));
}

#[test]
fn a_list_of_sections_gives_the_first() {
    let html = "<html><head><meta property='article:section' content='Transport, Islands, Fares'></head>\
                <body><h1>Ferry fares fall</h1><p>Text.</p></body></html>";
    assert_eq!(page(html).expect("page").meta.section.as_deref(), Some("Transport"));
    let piped = "<html><head><meta property='article:section' content='Harbour | News'></head></html>";
    assert_eq!(page(piped).expect("page").meta.section.as_deref(), Some("Harbour | News"));
}

#[test]
fn a_section_is_read_from_a_linked_breadcrumb() {
    let section = |head: &str| {
        let html = format!("<html><head>{head}</head><body><h1>Ferry fares fall</h1></body></html>");
        page(&html).expect("page").meta.section
    };
    let crumbs = |names: &[&str]| {
        let items: Vec<String> = names
            .iter()
            .enumerate()
            .map(|(i, n)| format!(r#"{{"@type":"ListItem","position":{},"item":{{"name":"{n}"}}}}"#, i + 1))
            .collect();
        let list = format!(r#"{{"@type":"BreadcrumbList","itemListElement":[{}]}}"#, items.join(","));
        section(&format!("<script type='application/ld+json'>{list}</script>"))
    };
    assert_eq!(crumbs(&["Home", "Transport", "Ferry fares fall"]).as_deref(), Some("Transport"));
    assert_eq!(crumbs(&["Home", "Ferry fares fall"]), None, "the last level is the page itself");
    let site_named = r#"<script type='application/ld+json'>{"@type":"BreadcrumbList","itemListElement":[
        {"@type":"ListItem","position":1,"item":{"@id":"https://harbour.example/","name":"Harbour Post"}},
        {"@type":"ListItem","position":2,"item":{"@id":"https://harbour.example/transport/","name":"Transport"}},
        {"@type":"ListItem","position":3,"item":{"@id":"https://harbour.example/transport/fares","name":"Fares"}}]}
        </script>"#;
    assert_eq!(section(site_named).as_deref(), Some("Transport"), "the front page has the site's name");
    let section_last = r#"<script type='application/ld+json'>{"@type":"BreadcrumbList","itemListElement":[
        {"@type":"ListItem","position":1,"name":"Home","item":"https://harbour.example/"},
        {"@type":"ListItem","position":2,"name":"Transport","item":"https://harbour.example/transport"}]}
        </script>"#;
    assert_eq!(section(section_last).as_deref(), Some("Transport"), "one step below the root: a section");
}

#[test]
fn a_wire_agency_named_as_the_author_is_the_source_and_no_author() {
    let meta = |head: &str| {
        let html = format!(
            "<html><head>{head}</head><body><h1>Ferry fares fall</h1><p>The fares fell.</p></body></html>"
        );
        page(&html).expect("page").meta
    };
    let linked = meta(
        r#"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry fares fall",
           "author": {"@type": "Organization", "name": "Associated Press"}}</script>"#,
    );
    assert_eq!((linked.authors.len(), linked.source.as_deref()), (0, Some("AP")));
    let tagged = meta("<meta name='author' content='Reuters'>");
    assert_eq!((tagged.authors.len(), tagged.source.as_deref()), (0, Some("Reuters")));
    let outlet = meta(
        r#"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry fares fall",
           "author": {"@type": "Organization", "name": "Harbour Post"}}</script>"#,
    );
    assert_eq!(outlet.source, None, "an outlet is no wire");
}

#[test]
fn a_wire_agency_in_the_byline_element_is_the_source() {
    let meta = |byline: &str| {
        let html =
            format!("<html><body><h1>Ferry fares fall</h1>{byline}<p>The fares fell.</p></body></html>");
        page(&html).expect("page").meta
    };
    let alone = meta("<span class='author'>AFP</span><time datetime='2026-03-04'>March 4, 2026</time>");
    assert_eq!((alone.authors.len(), alone.source.as_deref()), (0, Some("AFP")));
    let after_name = meta("<p class='byline'>By Ines Marlow, Associated Press</p>");
    assert_eq!(
        (after_name.authors, after_name.source.as_deref()),
        (vec!["Ines Marlow".to_string()], Some("AP"))
    );
    let teaser = meta("<p class='byline'>By Ines Marlow</p><div><span class='author'>Reuters</span></div>");
    assert_eq!(teaser.source, None, "only the first byline element counts");
}

#[test]
fn a_section_is_read_from_microdata_a_crumb_trail_or_a_category_link() {
    let section = |body: &str| {
        let html = format!("<html><body>{body}<h1>Ferry fares fall</h1><p>The fares fell.</p></body></html>");
        page(&html).expect("page").meta.section
    };
    let trail =
        "<nav class='Breadcrumbs__Nav'><a href='/'>Home</a> / <a href='/transport'>Transport</a></nav>";
    assert_eq!(section(trail).as_deref(), Some("Transport"));
    let microdata = "<ol itemtype='https://schema.org/BreadcrumbList'><li itemprop='itemListElement'>\
        <span itemprop='name'>Home</span></li><li itemprop='itemListElement'><span itemprop='name'>\
        Transport</span></li></ol>";
    assert_eq!(section(microdata).as_deref(), Some("Transport"));
    let category = "<span>Posted in <a href='/category/transport/' rel='category tag'>transport</a></span>";
    assert_eq!(section(category).as_deref(), Some("Transport"));
    let team = "<meta itemprop='articleSection' content='Harbour Hawks'>";
    assert_eq!(section(team).as_deref(), Some("Harbour Hawks"), "microdata alone");
    let under_crumbs =
        format!("{team}<div class='breadcrumb'><a href='/'>Home</a><a href='/sport'>Sport</a></div>");
    assert_eq!(section(&under_crumbs).as_deref(), Some("Sport"), "the trail's top level first");
}

#[test]
fn a_stated_section_is_printed_as_a_reader_would_and_filler_is_no_section() {
    let stated = |section: &str| {
        let html = format!("<html><head><meta property='article:section' content='{section}'></head></html>");
        page(&html).expect("page").meta.section
    };
    assert_eq!(stated("electric cars").as_deref(), Some("Electric cars"));
    assert_eq!(stated("TECH NEWS").as_deref(), Some("Tech News"));
    assert_eq!(stated("NFL").as_deref(), Some("NFL"), "an acronym stays");
    for filler in ["harbour.news", "post", "Uncategorized", "Home", "Главная"] {
        assert_eq!(stated(filler), None, "{filler}");
    }
}

#[test]
fn the_story_lines_leave_out_furniture() {
    let lines = page(PAGE).expect("page").lines;
    assert_eq!(lines[0], "Water tariffs rise");
    assert!(lines.iter().any(|l| l.starts_with("NAIROBI, Kenya — ")));
    for furniture in ["Share on X", "A tap in Nairobi", "Most Read", "Another story", "©"] {
        assert!(!lines.iter().any(|l| l.contains(furniture)), "{furniture} leaked: {lines:?}");
    }
}

#[test]
fn an_author_bio_in_the_storys_container_is_furniture() {
    let html = format!(
        "<html><body><article><h1>Fares cut</h1>{}<div class='author-bio'><p>Ines Marlow is the \
         Harbour Post's transport reporter and has covered the islands' ferries since 2019.</p></div>\
         </article></body></html>",
        story("The harbour authority cut fares to the islands on Monday.", 4)
    );
    let lines = page(&html).expect("page").lines;
    assert!(!lines.iter().any(|l| l.contains("transport reporter")), "{lines:?}");
}

fn story(sentence: &str, n: usize) -> String {
    (0..n).map(|i| format!("<p>{sentence} This is sentence number {i} of the report.</p>")).collect()
}

#[test]
fn a_paywall_prompt_is_furniture_but_the_story_behind_the_paywall_is_not() {
    let html = "<html><body><article><h1>Ferry fares cut</h1>\
         <div class='article__story paywall'><p>The harbour authority cut ferry fares by a fifth.</p></div>\
         <p class='paywall'>Islanders had petitioned the authority for two years.</p>\
         <div class='paywall'>You have two free stories left this month.</div>\
         </article></body></html>";
    let lines = page(html).expect("page").lines;
    assert!(lines.iter().any(|l| l.contains("cut ferry fares by a fifth")), "{lines:?}");
    assert!(lines.iter().any(|l| l.contains("petitioned the authority")), "{lines:?}");
    assert!(!lines.iter().any(|l| l.contains("free stories left")), "{lines:?}");
}

#[test]
fn embedded_posts_link_lists_and_hidden_appeals_are_furniture() {
    let story = "<p>The harbour authority cut ferry fares to the outer islands by a fifth on Monday.</p>";
    let html = format!(
        "<html><body><article><h1>Ferry fares cut</h1>{story}\
         <blockquote class='twitter-tweet'><p>Cheaper ferries at last!</p>— Ann (@ann) May 2, 2026</blockquote>\
         {story}<ul><li><a href='/a'>Ten island walks to try this spring</a></li></ul>\
         <a href='/c'><div><p>Winter fruits rich in vitamin D</p></div></a>\
         <p>See <a href='/b'>our guide</a> to the islands for the timetable.</p>\
         <div class='hidden support'><h4>Our coverage needs you</h4></div>\
         <div class='hidden md:block'><p>Islanders said the fares had risen every year since 2019.</p></div>\
         </article></body></html>"
    );
    let lines = page(&html).expect("page").lines;
    for furniture in ["Cheaper ferries", "(@ann)", "Ten island walks", "Winter fruits", "coverage needs you"]
    {
        assert!(!lines.iter().any(|l| l.contains(furniture)), "{furniture} leaked: {lines:?}");
    }
    for kept in ["See our guide to the islands", "Islanders said the fares"] {
        assert!(lines.iter().any(|l| l.contains(kept)), "{kept} lost: {lines:?}");
    }
}

#[test]
fn a_story_set_in_divs_without_paragraphs_is_read() {
    let sentences: String = (0..6)
        .map(|i| format!("<div class=t><span>The ferry fares fell by a fifth on route number {i} this week, officials said.</span></div>"))
        .collect();
    let html = format!(
        "<html><body><nav><div>Home</div><div>World</div></nav><main><h1>Ferry fares fall</h1>{sentences}</main>\
         <footer><div>© Harbour Times</div></footer></body></html>"
    );
    let article = crate::rules::from_page("divs.html", &page(&html).expect("page"));
    assert_eq!(article.body.split("\n\n").count(), 6, "{}", article.body);
    assert!(!article.body.contains("Harbour Times"));
}

#[test]
fn a_story_split_into_wrapped_segments_is_taken_whole() {
    let segment = |words: &str, n: usize| {
        let paragraphs = story(words, n);
        format!("<div class=wrap><div class=seg>{paragraphs}</div></div><div class=shop>Buy it: $20</div>")
    };
    let html = format!(
        "<html><body><div class=segments>{}{}{}</div></body></html>",
        segment("Ferry fares fell by a fifth on the island routes.", 2),
        segment("Islanders said the crossings had been too dear.", 2),
        segment("The harbour board will review the fares in spring.", 2)
    );
    let article = crate::rules::from_page("segments.html", &page(&html).expect("page"));
    assert!(article.body.contains("Ferry fares fell"), "{}", article.body);
    assert!(article.body.contains("harbour board will review"), "{}", article.body);
}

#[test]
fn a_date_in_the_canonical_address_is_the_last_resort() {
    for href in ["https://example.org/feature/2023-12-19/ferry-fares", "https://example.org/2023/12/19/ferry"]
    {
        let html =
            format!("<html><head><link rel=canonical href='{href}'></head><body><p>Text.</p></body></html>");
        assert_eq!(
            page(&html).expect("page").meta.date,
            chrono::NaiveDate::from_ymd_opt(2023, 12, 19),
            "{href}"
        );
    }
}

#[test]
fn a_date_in_an_element_named_for_it_counts_but_not_todays_date() {
    let html = "<html><body><div class='current-date'>November 28, 2026</div>\
                <dl><dt>Date:</dt><dd id='date_posted'>December 13, 2023</dd></dl><p>Text.</p></body></html>";
    assert_eq!(page(html).expect("page").meta.date, chrono::NaiveDate::from_ymd_opt(2023, 12, 13));
    let relative = "<html><body><h1>Ferry fares rise</h1><span class='date' title='2026-03-04T10:32:00Z'>\
                    4 hours ago</span><p>Text.</p></body></html>";
    assert_eq!(page(relative).expect("page").meta.date, chrono::NaiveDate::from_ymd_opt(2026, 3, 4));
    let digits =
        "<html><head><meta name='pubdate' content='20260304'></head><body><p>Text.</p></body></html>";
    assert_eq!(page(digits).expect("page").meta.date, chrono::NaiveDate::from_ymd_opt(2026, 3, 4));
}

#[test]
fn an_element_microdata_marks_as_the_publication_gives_the_date() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 4);
    let content = "<html><body><time>May 1, 2026</time><span itemprop='datePublished' \
                   content='2026-03-04T13:15:00.000+01:00'>04.03.2026 13:15 Uhr</span><p>Text.</p></body></html>";
    assert_eq!(page(content).expect("page").meta.date, day, "its content, before a plain <time>");
    let text = "<html><body><div itemprop='datePublished'>4 March 2026</div><p>Text.</p></body></html>";
    assert_eq!(page(text).expect("page").meta.date, day, "its text");
    let time = "<html><body><time itemprop='datePublished' datetime='2026-03-04'>Wednesday</time>\
                <p>Text.</p></body></html>";
    assert_eq!(page(time).expect("page").meta.date, day, "a <time>'s datetime");
}

fn dated_page(stated: &str, header: &str, below: &str) -> Option<chrono::NaiveDate> {
    let html = format!(
        "<html><head><meta property='article:published_time' content='{stated}'></head><body>\
         <div class='site-header__date'>{header}</div>{}<h1>Ferry fares rise again</h1>{below}\
         {}<ul class='related'><li><span class='post-date'>December 30, 2023</span></li></ul></body></html>",
        "<a href='/'>Section</a>".repeat(20),
        "<p>The operator raised fares on every crossing, the company said on Friday.</p>".repeat(60)
    );
    page(&html).expect("page").meta.date
}

#[test]
fn the_day_printed_under_the_headline_beats_a_utc_timestamp() {
    let local = dated_page(
        "2023-12-22T04:00:41+00:00",
        "December 23, 2023",
        "<div class='byline'>By Ann Lee <time datetime='2023-12-22T04:00:41+00:00'>Dec. 21, 2023 11:00 pm EST</time></div>",
    );
    assert_eq!(local, chrono::NaiveDate::from_ymd_opt(2023, 12, 21));
}

#[test]
fn a_date_in_an_embedded_post_under_the_headline_is_the_posts_not_the_pages() {
    let tweet = "<blockquote class='twitter-tweet'><p>Fares rise again today.</p>&mdash; Harbour Ferries \
                 (@harbourferries) <a href='https://x.example/status/1'>September 27, 2026</a></blockquote>";
    let quoted = dated_page("2026-09-28T23:12:35+00:00", "", tweet);
    assert_eq!(quoted, chrono::NaiveDate::from_ymd_opt(2026, 9, 28));
}

#[test]
fn a_later_plain_date_under_the_headline_is_the_dated_one_but_an_update_never_wins() {
    let republished =
        dated_page("2022-10-21T09:00:00Z", "", "<span class='article-date'>22 December 2023</span>");
    assert_eq!(republished, chrono::NaiveDate::from_ymd_opt(2023, 12, 22));
    let updated = dated_page(
        "2023-12-22T17:16:03Z",
        "",
        "<time class='mod-time'>Updated <span class='date'>Dec. 23, 2023</span></time>\
         <time class='pub-time'>Published <span class='date'>Dec. 22, 2023</span></time>",
    );
    assert_eq!(updated, chrono::NaiveDate::from_ymd_opt(2023, 12, 22));
    let labelled_by_parent = dated_page(
        "2023-12-22T17:16:03Z",
        "",
        "<div class='timestamps'><span>Updated <time>Dec. 24, 2023</time></span>\
         <span>Published <time>Dec. 22, 2023</time></span></div>",
    );
    assert_eq!(labelled_by_parent, chrono::NaiveDate::from_ymd_opt(2023, 12, 22));
}

fn linked_page(byline: &str, related: &str) -> String {
    format!(
        "<html><body><h1>Ferry fares rise again</h1>{byline}{}\
         <ul class='related'>{related}</ul></body></html>",
        FARES.repeat(8)
    )
}

#[test]
fn a_link_to_an_authors_page_by_the_headline_names_the_author_when_nothing_else_does() {
    let link = "<p class='e-date'><a href='/author/ines-marlow/'>Ines Marlow</a> - December 21, 2023</p>";
    let other = "<li><a href='/author/noel-ash/'>Noel Ash</a></li>";
    let linked = page(&linked_page(link, other)).expect("page");
    assert_eq!(linked.meta.linked_authors, ["Ines Marlow"]);
    let caption = "<div><span>Ferries wait at the quay on Friday morning as the new fares take effect \
                   across the harbour.</span><span>By <a href='/writer/1/Noel_Ash/'>Noel Ash</a></span></div>";
    let credited = page(&linked_page(caption, "")).expect("page");
    assert!(credited.meta.linked_authors.is_empty(), "a photographer's credit ending a caption");
    let styled = "<div><span>By <a href='/author/ines-marlow/'>Ines Marlow</a></span>\
                  <style>.byline{margin:0 auto;padding:2px 4px;font:600 14px/1.2 serif;color:#333;border:0}</style></div>";
    let icons = "<svg>".to_string() + &"<path d='M0 0h24v24H0z'/>".repeat(70) + "</svg>";
    for byline in [styled.to_string(), format!("{icons}<style>.a{{b:c}}</style>{link}")] {
        let found = page(&linked_page(&byline, other)).expect("page");
        assert_eq!(found.meta.linked_authors, ["Ines Marlow"], "style sheets and icons print no words");
    }
    let unlinked = page(&linked_page("", other)).expect("page");
    assert!(unlinked.meta.linked_authors.is_empty(), "a list of other stories is not the byline");
    let tested = "<p>By Dara Quinn</p><p>Tested by <a href='/author/noel-ash/'>Noel Ash</a></p>";
    let article = crate::rules::from_page("a.html", &page(&linked_page(tested, "")).expect("page"));
    assert_eq!(article.authors, ["Dara Quinn"], "the text's byline wins over a link");
}

#[test]
fn the_byline_and_date_between_the_headline_and_the_storys_container_are_read() {
    let story = FARES.repeat(3);
    let zone = "<address>By <a href='/a/1'>Ines Marlow</a> and <a href='/a/2'>Noel Ash</a></address>\
                <p>December 21, 2023</p>";
    let html =
        format!("<html><body><h1>Ferry fares rise again</h1>{zone}<article>{story}</article></body></html>");
    let article = crate::rules::from_page("a.html", &page(&html).expect("page"));
    assert_eq!(article.authors, ["Ines Marlow", "Noel Ash"]);
    assert_eq!(article.date, chrono::NaiveDate::from_ymd_opt(2023, 12, 21));
    assert!(article.body.starts_with("The operator raised fares"), "the story stays in its container");
    let below = format!("<html><body><article>{story}</article><h1>Other stories</h1>{zone}</body></html>");
    let article = crate::rules::from_page("b.html", &page(&below).expect("page"));
    assert!(article.authors.is_empty(), "a heading below the story has no zone");
}

#[test]
fn a_page_printing_only_its_update_is_dated_by_it() {
    let update_only = dated_page(
        "2022-10-24T19:16:43-04:00",
        "",
        "<div class='attribution'><span>By Ann Lee</span><div class='item-date'>Updated on December 14, 2023</div></div>",
    );
    assert_eq!(update_only, chrono::NaiveDate::from_ymd_opt(2023, 12, 14));
}

#[test]
fn a_short_date_line_with_a_generated_class_under_an_h2_headline_is_read() {
    let html = "<html><head><meta property='og:title' content='Moths return to the burnt hills'>\
                <meta property='article:published_time' content='2023-12-18T22:57-05:00'></head><body>\
                <h1><a href='/'><svg></svg>Site</a></h1><h2>Moths return to the burnt hills</h2>\
                <div><span class='sc-2fa50208-0'>By Ann Lee</span></div>\
                <div><span class='sc-73638515-0 gguonj'>Dec 19, 2023 3:57 AM</span></div>\
                <p>Moths are back in the hills years after the fire, ecologists said this week.</p></body></html>";
    assert_eq!(page(html).expect("page").meta.date, chrono::NaiveDate::from_ymd_opt(2023, 12, 19));
}

#[test]
fn dates_above_the_headline_or_far_below_it_leave_the_stated_day() {
    let header_only = dated_page("2023-12-23T03:00:46Z", "Sunday, December 24, 2023", "");
    assert_eq!(header_only, chrono::NaiveDate::from_ymd_opt(2023, 12, 23));
    let earlier = dated_page("2023-12-23T03:00:46Z", "", "<span class='date'>March 2, 2023</span>");
    assert_eq!(earlier, chrono::NaiveDate::from_ymd_opt(2023, 12, 23));
}

#[test]
fn a_site_date_just_above_the_story_or_a_dated_list_just_below_it_is_not_its_day() {
    let story = "<p>The operator raised fares on every crossing of the strait, the company said on Friday, \
                 blaming the price of fuel and the cost of new boats.</p>";
    let html = format!(
        "<html><head><meta property='article:published_time' content='2026-03-02T09:00:00Z'></head><body>\
         <header><div class='site-date'>Saturday, March 14, 2026</div></header>\
         <article><h1>Ferry fares rise again</h1><p class='byline'>By Ann Lee</p>{story}{story}\
         <aside><ul><li><span class='date'>March 3, 2026</span> Bus fares</li></ul></aside></article></body></html>"
    );
    assert_eq!(page(&html).expect("page").meta.date, chrono::NaiveDate::from_ymd_opt(2026, 3, 2));
}

#[test]
fn a_standfirst_and_a_photo_credit_do_not_close_the_headlines_zone() {
    let long = "words that run on for a while to make a paragraph of some length";
    let below = format!(
        "<p class='dek'>The city is fixing how it buys technology, in {long}.</p>\
         <p class='story-meta__credit'>A broadcast shows the parade in the capital, {long}.</p>\
         <div class='story-meta'>By Ann Lee <time>12/22/2023 05:00 AM EST</time></div>"
    );
    assert_eq!(dated_page("2023-12-21T10:00:00Z", "", &below), chrono::NaiveDate::from_ymd_opt(2023, 12, 22));
}

#[test]
fn a_date_in_a_script_attribute_is_read() {
    let html = "<html><body><script id='state' data-state='{&quot;datePublished&quot;:&quot;2023-12-05T03:51:59Z&quot;}'>\
                </script><p>Text.</p></body></html>";
    assert_eq!(page(html).expect("page").meta.date, chrono::NaiveDate::from_ymd_opt(2023, 12, 5));
}

#[test]
fn a_feed_of_headed_articles_yields_its_first_story() {
    let feed = format!(
        "<html><body><article class=feed><article><h1>Ferry fares cut</h1>{}</article>\
         <article><h1>Bridge closes</h1>{}</article></article></body></html>",
        story("Ferry fares fell by a fifth on the island routes.", 6),
        story("The old bridge will close for repairs in spring.", 6)
    );
    let article = crate::rules::from_page("feed.html", &page(&feed).expect("page"));
    assert!(article.body.contains("Ferry fares fell"), "{}", article.body);
    assert!(!article.body.contains("old bridge"), "{}", article.body);
}

#[test]
fn list_items_marked_as_articles_stay_one_story() {
    let list = format!(
        "<html><body><article><h1>Five harbours to visit</h1><article><h2>Mombasa</h2>{}</article>\
         <article><h2>Zanzibar</h2>{}</article></article></body></html>",
        story("Mombasa has the oldest harbour on the coast.", 4),
        story("Zanzibar's harbour is busiest in the dry season.", 4)
    );
    let article = crate::rules::from_page("list.html", &page(&list).expect("page"));
    assert!(article.body.contains("Mombasa has") && article.body.contains("Zanzibar's harbour"));
}

#[test]
fn a_stated_body_replaces_a_teaser_but_not_a_full_story() {
    let stated = r"Paragraph one of the whole story.\n\nParagraph two says much more about it.";
    let html = |visible: &str| {
        format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle",
              "articleBody":"{stated} {more}"}}</script></head><body><article>{visible}</article></body></html>"#,
            more = "And the rest of the story goes on. ".repeat(20)
        )
    };
    let teaser = story("Paragraph one of the whole story.", 1);
    let article = crate::rules::from_page("t.html", &page(&html(&teaser)).expect("page"));
    assert!(article.body.starts_with("Paragraph one of the whole story.\n\nParagraph two"));
    assert!(article.body.ends_with("the rest of the story goes on."), "{}", article.body);
    let full = story("The visible story is complete and long.", 12);
    let article = crate::rules::from_page("f.html", &page(&html(&full)).expect("page"));
    assert!(article.body.starts_with("The visible story"), "{}", article.body);
}

#[test]
fn a_story_set_outside_the_container_found_is_read_from_the_whole_page() {
    let teaser = |n: usize| {
        format!(
            "<article class='card'><h3>Other story {n}</h3><p>A teaser of another story on the \
             site, long enough to count as paragraph text in a card of the rail.</p></article>"
        )
    };
    let sentences = [
        "The island council voted on Tuesday to reopen the old ferry pier after two years of repairs.",
        "Fishermen had asked for the pier since the storm, when the harbour wall gave way in two places.",
        "The first boats will land there next month, the harbour master told the council meeting.",
    ];
    let story: String = sentences.iter().map(|s| format!("{s}<br><br>")).collect();
    let html = format!(
        "<html><body><h1>Old pier reopens</h1><section class='story-text'>{story}</section>\
         <aside>{}</aside><div>{}</div></body></html>",
        teaser(1),
        teaser(2)
    );
    let article = crate::rules::from_page("pier.html", &page(&html).expect("page"));
    assert_eq!(article.body, sentences.join("\n\n"));
}

#[test]
fn site_suffixes_are_stripped() {
    assert_eq!(headline::strip_site_suffix("Dakar goes solar - Sahel Review", None), "Dakar goes solar");
    assert_eq!(
        headline::strip_site_suffix("Avocado prices – Gulf Pacific Trade", Some("Gulf Pacific Trade")),
        "Avocado prices"
    );
    assert_eq!(headline::strip_site_suffix("Well-known fact", None), "Well-known fact");
    assert_eq!(
        headline::strip_site_suffix("FactDesk - Ferry fares did not double this year", Some("@factdesk")),
        "Ferry fares did not double this year",
        "the site's name before the headline"
    );
    assert_eq!(
        headline::strip_site_suffix("Harbour - Island ferries run late again", Some("Gulf Pacific Trade")),
        "Harbour - Island ferries run late again",
        "another word before a dash stays"
    );
    assert_eq!(
        headline::strip_site_suffix("上海港口集装箱吞吐量创新高 | 港口日报", None),
        "上海港口集装箱吞吐量创新高"
    );
    for title in [
        "Ferry fares cut by a fifth | Transport | Harbour Post",
        "Ferry fares cut by a fifth — Harbour Post — News from the islands",
        "Ferry fares cut by a fifth » Harbour Post",
        "Harbour Post | Ferry fares cut by a fifth after months of delays",
    ] {
        let headline = headline::strip_site_suffix(title, None);
        assert!(
            headline.starts_with("Ferry fares cut by a fifth") && !headline.contains("Harbour"),
            "{title}"
        );
    }
}

#[test]
fn deep_nesting_is_refused_before_parsing_and_moderate_nesting_is_read() {
    let deep = format!("{}<p>Deep text.</p>{}", "<div>".repeat(100_000), "</div>".repeat(100_000));
    assert!(page(&deep).is_err_and(|e| e.contains("nested about 100000 levels deep (limit 10000)")));
    let moderate = format!("{}<p>Deep text here.</p>{}", "<div>".repeat(2_000), "</div>".repeat(2_000));
    let p = page(&moderate).expect("parsed");
    assert!(p.lines.iter().any(|l| l == "Deep text here."));
}

#[test]
fn nesting_estimate_ignores_void_and_unclosed_paragraph_tags() {
    assert_eq!(nesting_estimate("<div><p>a<br><img src=x><p>b</div><div/>"), 1);
}

#[test]
fn the_site_a_page_names_is_its_outlet_without_its_motto() {
    let outlet = |head: &str| {
        let html = format!(
            "<html><head>{head}</head><body><h1>Ferry fares fall</h1><p>The fares fell.</p></body></html>"
        );
        page(&html).expect("page").meta.outlet
    };
    let motto = outlet("<meta property='og:site_name' content='Harbour Post | News from the islands'>");
    assert_eq!(motto.as_deref(), Some("Harbour Post"));
    let publisher = outlet(
        r#"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry fares fall",
           "publisher": {"@type": "Organization", "name": "Harbour Post"}}</script>"#,
    );
    assert_eq!(publisher.as_deref(), Some("Harbour Post"));
    let address = outlet("<meta property='og:site_name' content='https://www.harbourpost.example/'>");
    assert_eq!(address.as_deref(), Some("harbourpost.example"));
    assert_eq!(outlet("<meta property='og:site_name' content='Reuters'>"), None, "a wire is the source");
}

#[test]
fn a_story_set_in_twin_segments_is_read_whole_but_not_a_pulled_quote_or_the_next_story() {
    let para = |n: usize| {
        format!("<p>Paragraph {n} of the ferry story tells how the fares fell by a fifth on Monday.</p>")
    };
    let segment = |from: usize, to: usize| {
        format!("<div class='post-content'>{}</div>", (from..to).map(para).collect::<String>())
    };
    let html = format!(
        "<html><body><h1>Ferry fares fall</h1><div class='wrap'><div class='post-content'><p>“The fares fell \
         by a fifth and nobody told us why,” one islander said on the quay.</p></div></div>\
         <div class='wrap'>{}</div><figure><img src='f.jpg'></figure><aside>Ad</aside><div class='wrap'>{}</div>\
         <div class='wrap'><h1>Another story</h1>{}</div></body></html>",
        segment(1, 4),
        segment(4, 9),
        segment(20, 23)
    );
    let lines = page(&html).expect("page").lines;
    let story: Vec<&String> = lines.iter().filter(|l| l.starts_with("Paragraph")).collect();
    assert_eq!(story.len(), 8, "both segments: {lines:?}");
    assert!(!lines.iter().any(|l| l.contains("Paragraph 20") || l.contains("nobody told us")), "{lines:?}");
}

#[test]
fn a_comment_writers_byline_is_no_author() {
    let html = "<html><body><h1>Ferry fares fall</h1><ul class='comments'><li><div class='byline'>Noel Ash</div>\
                <p>First!</p></li></ul><article><p class='byline'>By Ines Marlow</p><p>The fares fell by a fifth on \
                Monday, the harbour board said.</p></article></body></html>";
    assert_eq!(page(html).expect("page").meta.authors, ["Ines Marlow"]);
}

#[test]
fn a_page_stating_no_date_is_dated_by_its_text_as_if_saved_as_text() {
    let story = FARES.repeat(8);
    let html = format!(
        "<html><body><div class='post'><h2 class='title'>Ferry fares rise again</h2>\
         <div class='meta'>Veröffentlicht am: 6. August 2026</div>\
         <div class='entry'>{story}</div></div><div class='sidebar'><p>Archive</p></div></body></html>"
    );
    let article = crate::rules::from_page("a.html", &page(&html).expect("page"));
    assert_eq!(article.date, chrono::NaiveDate::from_ymd_opt(2026, 8, 6));
}
