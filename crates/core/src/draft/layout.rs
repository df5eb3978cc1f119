//! The parts of an article copied from a web page: the site's boilerplate to skip (“Post author:”,
//! “You are currently viewing …”), its menus and breadcrumb (“Accueil › Entreprises › Industrie”,
//! whose last crumb is the section), the section line, the headline, the credit lines (“Written by
//! …”, “Edited by …”, several names joined by “and”), the body's paragraphs, and the reference
//! list, under a heading (“References”, “Sources”, “Bibliography”) or, with no heading, as the
//! run of reference-like lines that ends the copy. A standfirst (the sentence between headline
//! and byline), a correction or editor's note, a contributor line (“X contributed to this
//! report.”) and whatever follows “Related Topics” or “More on this story” are not paragraphs.
//!
//! The copy is read line by line; a blank line ends a paragraph, and lines broken inside a
//! paragraph (a hard-wrapped text) are joined with a space. A paragraph may open on a dateline
//! (“VALDORA (AP) — ”), which is no part of the story's claims.

use super::dates;
use super::languages;
use super::references::looks_like_reference;
use super::words::{is_acronym, is_capitalised, words, Word};
use super::words::{Pairs, Words, PARTICLES};

/// The article's parts, each as the copy writes it.
#[derive(Debug, Default, PartialEq)]
pub struct Layout {
    pub title: Option<String>,
    pub category: Option<String>,
    pub credits: Vec<Credit>,
    pub published: Option<String>,
    pub paragraphs: Vec<String>,
    pub references: Vec<String>,
    /// The sentence under the headline that sums the story up, before the byline: not part of
    /// the story's paragraphs.
    pub standfirst: Option<String>,
    /// Whether the copy is a press release (“FOR IMMEDIATE RELEASE”): the organisation that
    /// issues it speaks in its own voice.
    pub release: bool,
}

/// A person the credit lines name, and what they did, in the copy's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    pub name: String,
    pub role: String,
}

/// Reads the parts of `text`.
pub fn read(text: &str) -> Layout {
    let mut layout = Layout::default();
    // Short lines before the first paragraph: the section line and the headline.
    let mut header: Vec<String> = Vec::new();
    let mut viewing: Option<String> = None;
    let mut in_references = false;
    // Past the site's links after the story (“Más noticias”), where only the story's own
    // reference list, under its heading, is still read.
    let mut ended = false;
    // Whether the reference list being read came after them.
    let mut past_end = false;
    let blocks = blocks(text);
    for (at, block) in blocks.iter().enumerate() {
        let line = block.as_str();
        let next = blocks.get(at + 1).map(String::as_str);
        let previous = at
            .checked_sub(1)
            .and_then(|p| blocks.get(p))
            .map(String::as_str);
        if ends_article(line) {
            // What follows is the site's: related stories, topics, links to share.
            ended = true;
            in_references = false;
            continue;
        }
        if ended {
            // Only the story's own list under its heading is read past the site's links.
            in_references = is_reference_heading(line);
            ended = !in_references;
            past_end |= in_references;
            continue;
        }
        if in_references {
            // A sentence under the list (“Las opiniones expresadas … son responsabilidad de su
            // autora.”) is no entry of it.
            let prose = words(line).len() >= 8
                && !looks_like_reference(line)
                && dates::find(line).is_none();
            if !is_site_line(line) && !prose {
                layout
                    .references
                    .push(without_list_marker(line).to_string());
            }
            // Past the site's links, prose is the site's again: the list has ended.
            if prose && past_end {
                (in_references, ended) = (false, true);
            }
            continue;
        }
        if is_note(line) || layout.paragraphs.len() <= 1 && is_consent_notice(line) {
            // A correction or editor's note is about the story, not part of it; a site's
            // notice of its cookies, before the story, is the site's.
        } else if let Some(title) = line.strip_prefix("You are currently viewing ") {
            viewing = Some(title.trim().to_string());
        } else if let Some(category) = category(line) {
            layout.category.get_or_insert(category);
        } else if let Some(credits) = contributors(line) {
            layout.credits.extend(credits);
        } else if let Some(credits) = credit_line(without_list_marker(line)) {
            // Before the boilerplate, which “Post author: Ana Ruiz” also opens.
            if layout.credits.is_empty() && layout.paragraphs.len() == 1 {
                layout.standfirst = layout.paragraphs.pop();
            }
            layout.credits.extend(credits);
            // “By Priya Castellano | Updated March 6, 2025 at 9:17 a.m. ET”.
            if layout.published.is_none() {
                layout.published = line.split('|').find_map(dateline);
            }
        } else if is_boilerplate(line) {
            let lower = line.to_lowercase();
            layout.release |= languages::opens_with_one_of("press release", &lower);
        } else if let Some(credits) =
            (layout.credits.is_empty() && layout.paragraphs.len() <= 1 && !header.is_empty())
                .then(|| name_line(line, previous, next, blocks.get(at + 2).map(String::as_str)))
                .flatten()
        {
            // “Анна Берестова | 22 мая 2023 года”, “Denis Romanenko, court reporter” then the
            // date: the writers, named without a word before them.
            if layout.paragraphs.len() == 1 {
                layout.standfirst = layout.paragraphs.pop();
            }
            if layout.published.is_none() {
                layout.published = line.split('|').find_map(dateline);
            }
            layout.credits.extend(credits);
        } else if let Some(date) = (layout.published.is_none() && layout.paragraphs.len() <= 1)
            .then(|| dateline(line))
            .flatten()
        {
            // „22. Mai 2023, 15:42 Uhr | Quelle: dpa“ under a standfirst.
            layout.published = Some(date);
        } else if is_reference_heading(line) {
            in_references = true;
        } else if let Some(entries) = inline_references(line) {
            layout.references.extend(entries);
            in_references = true;
        } else if layout.paragraphs.is_empty() {
            match dateline(line) {
                Some(date) if layout.published.is_none() => layout.published = Some(date),
                _ if is_headline(line) => header.push(line.to_string()),
                _ => layout.paragraphs.push(line.to_string()),
            }
        } else if !is_subheading(line) && !is_caption(line) {
            layout.paragraphs.push(line.to_string());
        }
    }
    let (category, title) = headline(header, viewing);
    layout.title = title;
    if layout.category.is_none() {
        layout.category = category;
    }
    if layout.references.is_empty() {
        layout.references = trailing_references(&mut layout.paragraphs);
    }
    layout
}

/// The paragraphs of the copy: runs of lines between blank lines, a hard-wrapped paragraph's
/// lines joined with a space, and each line of a run kept apart when each is a whole paragraph.
fn blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    let mut last_line = "";
    // Under a reference heading, after a line that closes as an entry does, a line that opens in
    // capitals or figures is an entry of its own.
    let mut listing = false;
    for line in text.lines() {
        let line = line.trim();
        let entry = listing && closes_an_entry(last_line) && !line.starts_with(char::is_lowercase);
        listing = listing || is_reference_heading(line);
        match current.as_mut() {
            _ if line.is_empty() => blocks.extend(current.take()),
            Some(open) if !entry && continues(last_line, line) => {
                open.push(' ');
                open.push_str(line);
            }
            _ => {
                blocks.extend(current.take());
                current = Some(line.to_string());
            }
        }
        last_line = line;
    }
    blocks.extend(current);
    blocks
}

/// Whether `line` goes on the paragraph whose last line was `before` (a text wrapped at a fixed
/// width): the line before is long and stops mid-sentence, and the two are not entries of a
/// list, each a reference of its own.
fn continues(before: &str, line: &str) -> bool {
    // The site's lines: a menu (“Markets   Companies   Economy …”), boilerplate, a credit.
    let page = is_menu(before) || is_boilerplate(line) || credit_line(line).is_some();
    // Entries of a list, each a reference or each under its marker (“1. …”, “2. …”).
    let marked = |l: &str| without_list_marker(l).len() < l.trim_start().len();
    // Or two lines that each close on a year: “…, 15 juin 2023” then “Javier Ortega Ruiz et
    // al., …, 2019”.
    let dated = closes_on_a_year(before) && closes_on_a_year(line);
    let listed = looks_like_reference(without_list_marker(before))
        && looks_like_reference(without_list_marker(line))
        || marked(before) && marked(line)
        || dated;
    before.chars().count() >= 50 && !ends_sentence(before) && !page && !listed
}

/// Whether a line closes on a year: “…, 15 juin 2023”, “…, 2019.”.
fn closes_on_a_year(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches('.')
        .rsplit([' ', '.'])
        .next()
        .is_some_and(|year| year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()))
}

/// Whether a line of a reference list closes as an entry does: on a date, or on a web address
/// („…, 1. Oktober 2025“, “…, 2025-02-17”, „…, 19.11.2025, www.stuttgarter-zeitung.de“).
fn closes_an_entry(line: &str) -> bool {
    let last = line.trim_end().rsplit(' ').next().unwrap_or("");
    let dated = last.chars().filter(char::is_ascii_digit).count() >= 4;
    dated || super::references::is_web_address(last)
}

/// Whether the text ends the way a sentence does, maybe inside a closing quotation mark.
fn ends_sentence(text: &str) -> bool {
    let end = text.trim_end();
    end.ends_with(['.', '!', '?', '”', '"', '’', ')', ':', ';', '…']) || closes_a_sentence(end)
}

/// Whether the text ends with a guillemet or German closing mark after a sentence's end (“…
/// côté. »”, „… Seite.“), not after a headline's quotation (“Кличко: «Київ готовий до зими»”).
fn closes_a_sentence(end: &str) -> bool {
    end.strip_suffix(['»', '“'])
        .is_some_and(|inside| inside.trim_end().ends_with(['.', '!', '?', '…']))
}

/// A line that is a headline or section line rather than a paragraph: short, and not ending
/// like a sentence does (a headline may ask a question).
fn is_headline(line: &str) -> bool {
    let count = words(line).len();
    let end = line.trim_end();
    count <= 25 && !end.ends_with(['.', '”', '"', ':', ';']) && !closes_a_sentence(end)
}

/// A short line inside the body that is not a sentence: a subheading, a photo caption's credit.
fn is_subheading(line: &str) -> bool {
    words(line).len() <= 10 && !ends_sentence(line)
}

/// A photo's caption: a sentence, then its credit, a name and its publication joined by a slash
/// (“… answers questions on Tuesday. Kyle Brandt/Pinecrest Ledger”).
fn is_caption(line: &str) -> bool {
    let Some((sentence, credit)) = line.trim_end().rsplit_once(". ") else {
        return false;
    };
    let credit_words = words(credit);
    let slashed = credit.split_once('/').is_some_and(|(name, publication)| {
        !name.ends_with(' ') && publication.starts_with(char::is_uppercase)
    });
    slashed
        && (2..=6).contains(&credit_words.len())
        && credit_words.iter().all(|w| is_capitalised(w.text))
        && !sentence.is_empty()
}

/// The section and the headline among the short lines before the first paragraph. A page's
/// menus (“Markets   Companies   Economy”, “Se connecter | S’abonner”) are neither; its
/// breadcrumb (“Accueil › Entreprises › Industrie”) gives the section, its last crumb; the
/// headline is the first other line of four words or more, and a short line before it the
/// section (“Суд і право”). Else a first line of one to three capitalised words followed by
/// another is the section; else two items apart by “|”, the section as written („Tribunales |
/// Corrupción“).
fn headline(header: Vec<String>, viewing: Option<String>) -> (Option<String>, Option<String>) {
    let crumb = header.iter().find_map(|line| last_crumb(line));
    let menu = header
        .iter()
        .find(|line| is_menu(line) && line.matches(" | ").count() == 1)
        .cloned();
    // After a page's menus and breadcrumb, which follow the site's name.
    let after_menus = header
        .iter()
        .rposition(|line| is_menu(line) || last_crumb(line).is_some())
        .map_or(0, |at| at + 1);
    let lines: Vec<String> = header.into_iter().skip(after_menus).collect();
    let long = lines.iter().position(|line| words(line).len() >= 4);
    let (section, title) = match long {
        Some(at) => (
            at.checked_sub(1)
                .and_then(|before| lines.get(before))
                .cloned(),
            lines.get(at).cloned(),
        ),
        None => {
            let mut lines = lines.into_iter();
            match (lines.next(), lines.next()) {
                (Some(section), Some(title)) if is_section_line(&section) => {
                    (Some(section), Some(title))
                }
                (Some(title), _) => (None, Some(title)),
                (None, _) => (None, viewing),
            }
        }
    };
    (crumb.or(section).or(menu), title)
}

/// A page's menu: items apart by two spaces or more or by “|”, each of one to three words.
fn is_menu(line: &str) -> bool {
    let items: Vec<&str> = line
        .split("  ")
        .flat_map(|part| part.split(" | "))
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    items.len() >= 2
        && items
            .iter()
            .all(|item| (1..=3).contains(&words(item).len()) && !ends_sentence(item))
}

/// The last crumb of a breadcrumb: “Startseite › Lokales › Bad Ebersau”, “Головна / Бізнес /
/// Приватизація”, “Громадський огляд · Політика”, each crumb of one to four words opening with a
/// capital.
fn last_crumb(line: &str) -> Option<String> {
    let crumbs = split_at_any(line, &[" › ", " > ", " / ", " → ", " » ", " · "]);
    let crumbed = crumbs.len() >= 2
        && crumbs.iter().all(|crumb| {
            let found = words(crumb);
            (1..=4).contains(&found.len()) && found.first().is_some_and(|w| is_capitalised(w.text))
        });
    crumbed
        .then(|| crumbs.last().map(|c| c.to_string()))
        .flatten()
}

/// One to three capitalised words, like “News”, “World”, “Opinion”, “Middle East”.
fn is_section_line(line: &str) -> bool {
    let found = words(line);
    (1..=3).contains(&found.len()) && found.iter().all(|w| is_capitalised(w.text))
}

/// Lines the site adds around every article, which are not the article's text.
/// Whether the line is the site's, not the article's: a short line opening as the language
/// file's `boilerplate` or `press release` lines do (“Share this”, „Pressemitteilung“).
fn is_boilerplate(line: &str) -> bool {
    is_site_line(line) || short_line_opening(line, "press release")
}

/// Whether the line is the site's by the `boilerplate` lines alone: in a reference list, a line
/// opening with the word for a press release is an entry („Medienmitteilung der Rotach AG,
/// 14.01.2025“).
fn is_site_line(line: &str) -> bool {
    short_line_opening(line, "boilerplate")
}

/// Whether a line of twelve words or fewer opens as an entry of the language file's `list` does;
/// or one of twenty-five or fewer, with a colon after the entry (a link's label: “Read more:
/// What are PFAS, and should you be worried about your tap water?”).
fn short_line_opening(line: &str, list: &str) -> bool {
    let line = without_list_marker(line).to_lowercase();
    let count = words(&line).len();
    let labelled = || {
        line.split_once(':').is_some_and(|(label, _)| {
            let label = label.trim();
            languages::opening_of(list, label)
                .is_some_and(|entry| entry.trim_end_matches(':').trim() == label)
        })
    };
    count <= 12 && languages::opens_with_one_of(list, &line) || count <= 25 && labelled()
}

/// A heading after which a page holds no more of the story: “Related Topics”, “More on this
/// story”.
fn ends_article(line: &str) -> bool {
    let heading = line.trim().trim_end_matches(':').to_lowercase();
    languages::here_or_in_english("article end", &heading)
}

/// A site's notice of its cookies: a block of sixty words or fewer that names them and asks for
/// consent by two words of the language's list `consent`, or English's (“We and our 143 partners
/// use cookies …”, „Wir verwenden Cookies … Einwilligung“).
fn is_consent_notice(line: &str) -> bool {
    let found = words(line);
    if found.len() > 60 {
        return false;
    }
    let lower: Vec<String> = found.iter().map(|w| w.text.to_lowercase()).collect();
    let consent: std::collections::HashSet<&String> = lower
        .iter()
        .filter(|w| languages::here_or_in_english("consent", w))
        .collect();
    // Two of its words at least, and no one saying anything: a story about cookies
    // (“Commissioner Jane Ellis said users could not refuse …”) is the story's.
    lower.iter().any(|w| w.starts_with("cookie"))
        && consent.len() >= 2
        && !found.iter().any(|w| super::cues::is_speech(w.text))
}

/// A note the publisher adds to a story, of any length: “Correction: An earlier version …”.
fn is_note(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "correction:",
        "clarification:",
        "editor's note:",
        "editor’s note:",
        "update:",
    ]
    .iter()
    .any(|n| lower.starts_with(n))
}

/// The people a line credits after the text: “Associated Press writer Nora Blake in Granton
/// contributed to this report.”
fn contributors(line: &str) -> Option<Vec<Credit>> {
    let before = line
        .trim()
        .strip_suffix("contributed to this report.")
        .or_else(|| line.trim().strip_suffix("contributed reporting."))?;
    let mut credits = Vec::new();
    for part in before.split(" and ").flat_map(|p| p.split(", ")) {
        // Up to a place (“in Granton”), the capitalised words that end the part are the name.
        let part = part.split(" in ").next().unwrap_or(part);
        let found = words(part);
        let name: Vec<&str> = found
            .iter()
            .rev()
            .take_while(|w| is_capitalised(w.text) || PARTICLES.contains(w.text))
            .map(|w| w.text)
            .collect();
        let name: Vec<&str> = name.into_iter().rev().collect();
        if name.len() >= 2 && name.len() <= 4 {
            credits.push(Credit {
                name: name.join(" "),
                role: "contributor".to_string(),
            });
        }
    }
    (!credits.is_empty()).then_some(credits)
}

/// The section a site's line names: “Post category: News”, “Category: World”, “Section: …”.
fn category(line: &str) -> Option<String> {
    let line = without_list_marker(line);
    let lower = line.to_lowercase();
    let label = [
        "post category:",
        "category:",
        "section:",
        "filed under:",
        "posted in:",
    ]
    .iter()
    .find(|l| lower.starts_with(*l))?;
    let value = line.get(label.len()..)?.trim();
    (!value.is_empty() && words(value).len() <= 6).then(|| value.to_string())
}

/// A line without the bullet or number of a list item: “• Post author:”, “1. BBC …”, “[2] …”.
fn without_list_marker(line: &str) -> &str {
    let line = line.trim_start();
    let unbulleted = line.trim_start_matches(['•', '·', '*', '–', '-', '▪', '◦']);
    if unbulleted.len() != line.len() {
        return unbulleted.trim_start();
    }
    let (number, rest) = match line.strip_prefix('[') {
        Some(inside) => {
            let rest = inside.trim_start_matches(|c: char| c.is_ascii_digit());
            (inside.len() - rest.len(), rest.strip_prefix(']'))
        }
        None => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            (line.len() - rest.len(), rest.strip_prefix(['.', ')']))
        }
    };
    match rest {
        Some(rest) if (1..=3).contains(&number) && rest.starts_with(' ') => rest.trim_start(),
        _ => line,
    }
}

/// A reference heading and its entries on one line, apart by semicolons: « Sources : Agence
/// France-Presse ; Le Parisien, « … », 12/02/2026 ; La Provence. »
fn inline_references(line: &str) -> Option<Vec<String>> {
    let (heading, rest) = line.split_once(':')?;
    let entries: Vec<String> = rest
        .split(';')
        .map(|e| e.trim().trim_end_matches('.').trim().to_string())
        .filter(|e| !e.is_empty())
        .collect();
    (entries.len() >= 2 && is_reference_heading(heading)).then_some(entries)
}

/// Headings of a reference list, in the text's language (“Quellen”, “Джерела”) or in English.
pub fn is_reference_heading(line: &str) -> bool {
    let heading = line.trim().trim_end_matches(':').trim().to_lowercase();
    languages::here_or_in_english("reference heading", &heading)
}

/// The roles of credit lines, by the words that open them, longest first.
static ROLES: Pairs = Pairs::new(concat!(
    "additional reporting by=reporter|fact-checked by=fact-checker|",
    "illustrations by=illustrator|translation by=translator|translated by=translator|",
    "supervised by=supervisor|illustrated by=illustrator|photographs by=photographer|",
    "reporting by=reporter|reviewed by=reviewer|compiled by=compiler|produced by=producer|",
    "written by=author|editing by=editor|edited by=editor|photos by=photographer|",
    "words by=author|story by=author|text by=author|post author:=author|author:=author|",
    "editor:=editor|by=author",
));

/// The people a credit line names with their role: “Written by Valentina Ruaro”, “By Ana Pérez
/// and Zoë van der Berg”, “Reporting by Tom Balmforth; Editing by Alex Richardson”.
fn credit_line(line: &str) -> Option<Vec<Credit>> {
    if words(line).len() > 20 {
        return None;
    }
    let mut credits = Vec::new();
    for part in line.split([';', '|']).flat_map(labelled_parts) {
        let part = part.trim();
        let lower = part.to_lowercase();
        let opens = |opening: &str| {
            lower.starts_with(opening)
                && (opening.ends_with(':')
                    || lower
                        .get(opening.len()..)
                        .is_some_and(|r| r.starts_with(' ')))
        };
        // The English roles, or a byline's opening in the text's language („Von“, “Par”).
        static BYLINE: Words = Words::listed("byline");
        let found = ROLES
            .iter()
            .find(|(opening, _)| opens(opening))
            .or_else(|| {
                BYLINE
                    .iter()
                    .find(|opening| opens(opening))
                    .map(|opening| (opening, "author"))
            });
        let Some((opening, role)) = found else {
            continue;
        };
        let names = part.get(opening.len()..).unwrap_or("");
        for part in names.split([',', '&']).flat_map(split_at_and) {
            // The whole part is a job, or its name is: “By Fenella Rudge, Health columnist”,
            // “By Ana Pérez, Editor at large”.
            let name = name_opening(part.trim());
            let job = words(part).len() <= 4 && is_job_title(part) || is_job_title(name);
            if is_person_name(name) && !job {
                credits.push(Credit {
                    name: name.to_string(),
                    role: role.to_string(),
                });
            }
        }
    }
    (!credits.is_empty()).then_some(credits)
}

/// A credit line's parts each opening with a label: “Текст: Дмитрий Голованов. Редактор: Ольга
/// Лаптева” is two, “Von Dr. Sophie Lanzinger” one.
fn labelled_parts(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _) in line.match_indices(". ") {
        let next = line.get(at + 2..).unwrap_or("");
        let label = next
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with(':'));
        if label {
            parts.push(line.get(start..at).unwrap_or(""));
            start = at + 2;
        }
    }
    parts.push(line.get(start..).unwrap_or(""));
    parts
}

/// A byline with no word before its names: a line whose first part is the writers' names
/// (“Tom Ridgeway and Alicia Mensah”, “Iria Castro Doval | Ribadeira”, “Марина Кречетова,
/// судебный корреспондент”), with a date on the line or on the short line after it, or under
/// a line that is the date alone, or before the publication's name on a line and the date.
fn name_line(
    line: &str,
    previous: Option<&str>,
    next: Option<&str>,
    after_next: Option<&str>,
) -> Option<Vec<Credit>> {
    let first = line.split('|').next()?.split(',').next()?.trim();
    let names: Vec<&str> = split_at_and(first).into_iter().map(str::trim).collect();
    // Words all in capitals are no name (“FOR IMMEDIATE RELEASE”); a surname may be.
    let named = names.iter().all(|n| {
        let found = words(n);
        (2..=4).contains(&found.len())
            && is_person_name(n)
            && !is_job_title(n)
            && found.iter().any(|w| w.text.chars().any(char::is_lowercase))
    });
    let dated = dates::find(line).is_some()
        || next.is_some_and(|n| {
            words(n).len() <= 8 && dates::find(n).is_some() || dateline(n).is_some()
        })
        || previous.is_some_and(|p| dateline(p).is_some())
        // The name, the publication's, then the date: “Marcy Delgado / Pinecrest Ledger /
        // Published 6:42 a.m. CT Nov. 20, 2024”.
        || next.is_some_and(|n| words(n).len() <= 4 && is_person_name(n))
            && after_next.is_some_and(|a| dateline(a).is_some());
    (named && dated && words(line).len() <= 16).then(|| {
        names
            .iter()
            .map(|name| Credit {
                name: name.to_string(),
                role: "author".to_string(),
            })
            .collect()
    })
}

/// The names a byline's part joins with “and” in English or the text's language (“und”, “et”).
fn split_at_and(names: &str) -> Vec<&str> {
    static AND: Words = Words::listed("and");
    let mut parts = vec![names];
    for and in AND.iter().chain(["and"]) {
        let joiner = format!(" {and} ");
        parts = parts
            .iter()
            .flat_map(|p| p.split(joiner.as_str()))
            .collect();
    }
    parts
}

/// The name a byline's part holds, without a word in small letters before it or the place
/// after it: “avec Yanis BELKACEM à Valbrême” → “Yanis BELKACEM”.
fn name_opening(part: &str) -> &str {
    let found = words(part);
    let skip = usize::from(found.first().is_some_and(|w| !is_capitalised(w.text)));
    let name: Vec<_> = found
        .iter()
        .skip(skip)
        .take_while(|w| is_capitalised(w.text) || PARTICLES.contains(w.text))
        .collect();
    match (name.first(), name.last()) {
        // “Dr. Sophie Lanzinger”: the title's full stop stays inside the name.
        (Some(first), Some(last)) => part.get(first.start..last.end).unwrap_or(part),
        _ => part,
    }
}

/// A byline's job title after the name, written with a capital or not: “By Helen Marsh, Courts
/// Correspondent”, “By Fenella Rudge, Health columnist”.
fn is_job_title(name: &str) -> bool {
    static JOBS: Words = Words::new(concat!(
        "correspondent|reporter|editor|writer|journalist|columnist|analyst|producer|staff|",
        "desk|contributor",
    ));
    words(name)
        .last()
        .is_some_and(|w| JOBS.contains(&w.text.to_lowercase()))
}

/// One to five words, each capitalised or a particle, with no digits: a person's name.
fn is_person_name(name: &str) -> bool {
    let found = words(name);
    (1..=5).contains(&found.len())
        && !name.contains([':', ';'])
        && found.first().is_some_and(|w| is_capitalised(w.text))
        && found
            .iter()
            .all(|w| is_capitalised(w.text) || PARTICLES.contains(w.text))
        && !name.chars().any(|c| c.is_ascii_digit())
}

/// The publication date of a dateline, a line that is a date and little else: “3 February 2024”,
/// “Published: 25 May 2023 10:02 GMT”.
fn dateline(line: &str) -> Option<String> {
    if words(line).len() > 24 {
        return None;
    }
    // “22. Mai 2023, 15:42 Uhr | Quelle: dpa”, “Publié le 12 mars 2025 à 18h04 - Mis à jour …”:
    // the part that dates the story.
    split_at_any(line, &[" | ", " · ", " - ", " – "])
        .iter()
        .find_map(|part| dated_part(part))
}

/// The parts of `line` between any of `separators`, trimmed.
fn split_at_any(line: &str, separators: &[&str]) -> Vec<String> {
    let marked = separators.iter().fold(line.to_string(), |line, separator| {
        line.replace(separator, "\u{1f}")
    });
    marked
        .split('\u{1f}')
        .map(|part| part.trim().to_string())
        .collect()
}

/// The date of one part of a date line: the date and up to four of the language's `dateline
/// word`s around it, a place before it, times (“18h04”, “5:51 p.m. EDT”) and an agency in
/// brackets or slashes after it aside.
fn dated_part(line: &str) -> Option<String> {
    let found = dates::find(line)?;
    let before = line.get(..found.start)?;
    // A place may open the line: “Lormont-la-Rivière, le 22 mai 2023”.
    let before = match before.split_once(", ") {
        Some((place, rest)) if words(place).iter().all(|w| is_capitalised(w.text)) => rest,
        _ => before,
    };
    // An agency after the date, in brackets or slashes: “(AFP)”, “/Укрпрес-Інформ/”.
    let after = line.get(found.end..)?;
    let after = after.split(['(', '/']).next().unwrap_or(after);
    // A time's numbers and letters (“Actualizado a las 19:42”, “18h04”, “5:51 p.m. EDT”) are no
    // words of a sentence.
    let time = |w: &Word| {
        w.text.starts_with(|c: char| c.is_ascii_digit())
            || w.text.chars().count() == 1
            || is_acronym(w.text) && w.text.chars().count() <= 4
    };
    let others: Vec<Word> = [before, after]
        .iter()
        .flat_map(|part| words(part))
        .filter(|w| !time(w))
        .collect();
    let known = others
        .iter()
        .all(|word| languages::here_or_in_english("dateline word", &word.text.to_lowercase()));
    (known && others.len() <= 4).then_some(found.date)
}

/// Where the story starts after a dateline — a place in capitals, an agency in brackets or a
/// date, then a dash: “VALDORA (AP) — ”, “Castellón, 12 April 2024 – ”, a release's “LYNDALE,
/// Ky., March 4, 2025 /Wirepoint/ -- ”.
pub fn dateline_end(text: &str) -> Option<usize> {
    // “(EFE).- ”: Spanish agencies close their dateline with a full stop and a hyphen; a
    // release's wire, with two hyphens.
    let (dash, mark) = ["— ", "– ", " - ", ").- ", " -- "]
        .iter()
        .filter_map(|d| text.find(d).map(|at| (at, *d)))
        .min()?;
    let width = mark.len();
    let head = text.get(..dash)?;
    let head_words = words(head);
    // Or a live blog's time of day: “14h32 – ”, “09:15 — ”.
    let time_of_day = matches!(head_words.as_slice(),
        [time] if dates::time_of_day(time.text).is_some_and(|(end, _)| end == time.text.len()));
    let marked = head.contains('(')
        || head_words
            .iter()
            .any(|w| is_acronym(w.text) && w.text.len() > 2)
        || dates::find(head).is_some()
        || time_of_day;
    // A place in capitals may have its state or province cut short: “THUNDER BAY, Ont. — ”,
    // “WASHINGTON, D.C. — ”.
    let abbreviated = head_words
        .first()
        .is_some_and(|w| is_acronym(w.text) && w.text.len() > 2)
        && !head.trim_end().contains(". ");
    let dotted = head.contains('.') && !abbreviated;
    // Two hyphens only after a release's wire: “/Wirepoint/ -- ”, not “The FBI -- which …”.
    let wire = mark != " -- " || head.trim_end().ends_with('/');
    (head_words.len() <= 8 && marked && !dotted && wire && !head.contains(['“', '"']))
        .then_some(dash + width)
}

/// The run of reference-like paragraphs that ends the copy when it has no reference heading,
/// taken off the paragraphs. At least one paragraph is left: a text of reference-like lines
/// only is read as text.
fn trailing_references(paragraphs: &mut Vec<String>) -> Vec<String> {
    let body = paragraphs
        .iter()
        .rposition(|p| !looks_like_reference(p))
        .map_or(1, |last_text| last_text + 1);
    if body >= paragraphs.len() {
        return Vec::new();
    }
    paragraphs
        .split_off(body)
        .iter()
        .map(|entry| without_list_marker(entry).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../tests/texts/belgorod-incursions.txt");

    #[test]
    fn the_seed_copy_is_read_into_its_parts() {
        let layout = read(SEED);
        assert_eq!(
            layout.title.as_deref(),
            Some("Paramilitary Groups Cross-border Incursions from Ukraine in Belgorod Region")
        );
        assert_eq!(layout.category.as_deref(), Some("News"));
        let credits: Vec<(&str, &str)> = layout
            .credits
            .iter()
            .map(|c| (c.name.as_str(), c.role.as_str()))
            .collect();
        assert_eq!(
            credits,
            [
                ("Valentina Ruaro", "author"),
                ("Michele Puggia", "editor"),
                ("Mariana Fagotti", "supervisor")
            ]
        );
        assert_eq!(layout.paragraphs.len(), 4);
        assert!(layout.paragraphs[0].starts_with("On the 22nd of May"));
        assert_eq!(layout.references.len(), 4);
        assert!(layout.references[3].starts_with("Watts M. (2023, 25 May)."));
    }

    #[test]
    fn a_section_line_headline_byline_and_reference_heading_are_recognised() {
        let copy = "World\n\nHarbour closed after storm\n\nBy Ana Pérez and Zoë van der Berg\n\n\
                    Published 3 March 2024\n\n\
                    The harbour was closed on Friday after the storm, the port authority said.\n\n\
                    What happens next\n\n\
                    The mayor said it will reopen on Monday (Port Gazette).\n\n\
                    Sources:\n\n\
                    1. Port Gazette, 2 March 2024: Harbour shut\n";
        let layout = read(copy);
        assert_eq!(layout.category.as_deref(), Some("World"));
        assert_eq!(layout.title.as_deref(), Some("Harbour closed after storm"));
        assert_eq!(layout.credits.len(), 2);
        assert_eq!(layout.credits[1].name, "Zoë van der Berg");
        assert_eq!(layout.published.as_deref(), Some("2024-03-03"));
        // A job after the name, in small letters or capitals, is no second writer.
        for byline in [
            "By Fenella Rudge, Health columnist",
            "By Helen Marsh, Courts Correspondent",
            "By Ana Pérez, Editor at large",
            "By Mary Jones with additional reporting by Reuters staff",
        ] {
            let credits = read(&copy.replace("By Ana Pérez and Zoë van der Berg", byline)).credits;
            assert_eq!(credits.len(), 1, "{byline}: {credits:?}");
        }
        assert_eq!(layout.paragraphs.len(), 2, "{:?}", layout.paragraphs);
        assert_eq!(
            layout.references,
            ["Port Gazette, 2 March 2024: Harbour shut"]
        );
    }

    #[test]
    fn a_pages_menus_and_breadcrumb_are_no_headline_and_its_date_lines_date_it() {
        let copy = "The Sterling Wire\n\
                    Markets   Companies   Economy   Tech   Opinion   Personal Finance\n\
                    Sign in   Subscribe\n\
                    Companies › Healthcare › Pharmaceuticals\n\
                    Halbrook shares sink 23% after regulator delays verdict on arthritis drug\n\n\
                    By Thomas Fairley, Healthcare Correspondent\n\n\
                    Wed 12 Mar 2025 13.20 GMT | Updated 16:05 GMT\n\n\
                    Shares in Halbrook fell 23 per cent on Wednesday, the company said.\n";
        let layout = read(copy);
        assert_eq!(
            layout.title.as_deref(),
            Some("Halbrook shares sink 23% after regulator delays verdict on arthritis drug")
        );
        assert_eq!(layout.category.as_deref(), Some("Pharmaceuticals"));
        assert_eq!(layout.published.as_deref(), Some("2025-03-12"));
        assert_eq!(layout.paragraphs.len(), 1, "{:?}", layout.paragraphs);
    }

    #[test]
    #[cfg(feature = "languages")]
    fn a_short_line_before_the_headline_is_its_section_and_date_lines_in_any_language() {
        // A date line under a standfirst, with a time and an agency, dates the story.
        let copy = "Суд і право\n\n\
                    Ексдиректора ТОВ «Шляхбуд-Інвест» судитимуть за заволодіння коштами\n\n\
                    Обвинувачений провини не визнає і називає справу «замовною».\n\n\
                    ЗАРІЧАНСЬК, 23 травня 2023 року, 11:40 /Укрпрес-Інформ/\n\n\
                    Суд у четвер розпочав розгляд справи, повідомили в пресслужбі суду.\n";
        let layout = languages::reading("uk", || read(copy));
        assert_eq!(layout.category.as_deref(), Some("Суд і право"));
        assert!(layout.title.is_some_and(|t| t.starts_with("Ексдиректора")));
        assert_eq!(layout.published.as_deref(), Some("2023-05-23"));
        for (language, line, date) in [
            (
                "fr",
                "Publié le 12 mars 2025 à 18h04 - Mis à jour le 13 mars 2025 à 09h12",
                "2025-03-12",
            ),
            (
                "es",
                "Puerto Castrelo · 26/02/2025 - 21:10 h · Actualizado: 27/02/2025 - 08:32 h",
                "2025-02-26",
            ),
            ("de", "22. Mai 2023, 15:42 Uhr | Quelle: dpa", "2023-05-22"),
            ("en", "Oct. 8, 2024 at 5:51 p.m. EDT", "2024-10-08"),
            (
                "fr",
                "Entre 2020 et 2022, la société aurait démarché des retraités",
                "",
            ),
        ] {
            let found = languages::reading(language, || dateline(line));
            assert_eq!(found.unwrap_or_default(), date, "{line}");
        }
    }

    #[test]
    fn wire_credits_name_each_role() {
        let credits =
            credit_line("Reporting by Tom Balmforth; Editing by Alex Richardson").unwrap();
        assert_eq!(credits[0].role, "reporter");
        assert_eq!(credits[1].name, "Alex Richardson");
        assert_eq!(credits[1].role, "editor");
        assert!(
            credit_line("By the end of the day, the storm had passed over the town.").is_none()
        );
        assert!(credit_line("Bystanders said the harbour was closed.").is_none());
    }

    #[test]
    fn hard_wrapped_lines_are_one_paragraph() {
        let copy = "Title line\n\nThe ministry said on Tuesday that the new rules would apply\n\
                    from March, and that companies had been told in advance.\nA second paragraph \
                    follows on its own line.";
        let layout = read(copy);
        assert_eq!(
            layout.paragraphs,
            [
                "The ministry said on Tuesday that the new rules would apply from March, and that companies had been told in advance.",
                "A second paragraph follows on its own line."
            ]
        );
    }

    #[test]
    fn reference_lines_of_a_list_are_not_joined_as_wrapped_text() {
        let copy = "Title line\n\nThe harbour reopened on Monday, the port said.\n\nSources\n\n\
                    Harbour Gazette, 2 March 2024: Ferries return to the harbour after the storm\n\
                    Coast Radio, 3 March 2024: Fishermen count the cost of a week without sailing\n";
        let layout = read(copy);
        assert_eq!(layout.references.len(), 2, "{:?}", layout.references);
        // Numbered entries, the first not ending as a sentence does.
        let copy = "Title line\n\nThe harbour reopened on Monday, the port said.\n\nSources\n\n\
                    1. Harbour Board. Report on the use of the harbour fund in the year 2024\n\
                    2. Coast Radio, 3 March 2024: Fishermen count the cost\n";
        let layout = read(copy);
        assert_eq!(layout.references.len(), 2, "{:?}", layout.references);
    }

    #[test]
    fn boilerplate_is_skipped() {
        assert!(is_boilerplate("  • Post author:"));
        assert!(is_boilerplate("Share this:"));
        assert!(!is_boilerplate(
            "Related talks between the two governments broke down last week after a dispute over fishing rights in the bay."
        ));
        assert_eq!(category("  • Post category:News").as_deref(), Some("News"));
        assert_eq!(without_list_marker("[2] BBC (2023)"), "BBC (2023)");
        assert_eq!(without_list_marker("12. BBC"), "BBC");
        assert_eq!(without_list_marker("2023 was a year"), "2023 was a year");
        assert_eq!(
            dateline("Updated: 4 March 2024 10:02 GMT").as_deref(),
            Some("2024-03-04")
        );
        assert_eq!(dateline("Elections 2024: what to know"), None);
        // A link's label, with a colon, on a longer line; not a sentence opening so.
        assert!(is_boilerplate(
            "Read more: What are PFAS, and should you be worried about your tap water?"
        ));
        assert!(!is_boilerplate(
            "Loading of the ship was delayed: dockers said the cranes had failed twice this week."
        ));
    }

    #[test]
    fn a_pasted_pages_consent_notice_captions_and_byline_with_its_publication_are_no_story() {
        let page = "The Pinecrest Ledger\n\nWe value your privacy\nWe and our 143 partners use \
                    cookies and similar technologies to personalize content and ads.\nAccept all   \
                    Reject all\n\nPinecrest water bills to rise 18% as utility blames pipes\n\n\
                    Marcy Delgado\nPinecrest Ledger\nPublished 6:42 a.m. CT Nov. 20, 2024\n\n\
                    Residents fill the council chambers on Tuesday. Kyle Brandt/Pinecrest Ledger\n\n\
                    Pinecrest City Council voted 5-2 on Tuesday to raise water rates by 18%.\n";
        let layout = read(page);
        assert_eq!(
            layout.title.as_deref(),
            Some("Pinecrest water bills to rise 18% as utility blames pipes")
        );
        let credits: Vec<&str> = layout.credits.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(credits, ["Marcy Delgado"]);
        assert_eq!(layout.published.as_deref(), Some("2024-11-20"));
        assert_eq!(
            layout.paragraphs,
            ["Pinecrest City Council voted 5-2 on Tuesday to raise water rates by 18%."]
        );
        // A story's sentence that mentions cookies stays.
        let story = read(
            "Bakery fined\n\nThe bakery sold cookies past their date, the inspector \
                          said.\n\nIt was fined £2,000.\n",
        );
        assert_eq!(story.paragraphs.len(), 2, "{:?}", story.paragraphs);
        let watchdog = read(
            "Fined\n\nThe privacy watchdog fined the retailer over its cookie \
                             banner. Commissioner Jane Ellis said users could not refuse \
                             consent.\n",
        );
        assert_eq!(watchdog.paragraphs.len(), 1, "{:?}", watchdog.paragraphs);
    }
}
