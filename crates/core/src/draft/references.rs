//! The sources of an article: the entries of its reference list, read from the common styles
//! (APA-like “BBC (2023, 25 May). Title. BBC.” and “Watts M. (2023, 25 May). Title. Evening
//! Standard.”, Harvard “Okonkwo, A. and Roy, S. (2022) Title. Journal, 12(3), pp. 45-60.”,
//! “Outlet, 3 February 2024: Title”, a quoted title “…” between author and outlet, a title
//! followed by its URL), and the in-text citations that point at them — “(BBC, 2023)”,
//! “(Watts, 2023)”, “(Okonkwo et al., 2022)”, “(Il Post)”, “(AP)”, several joined by “;”.

use super::attribution::TIME_WORDS;
use super::cues;
use super::dates;
use super::languages;
use super::names;
use super::words::Words;
use super::words::{is_acronym, is_capitalised, last_chars, last_words, words, PARTICLES};
use crate::model::Url;

/// One entry of the reference list, as far as its style lets it be read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    pub outlet: String,
    pub author: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// Whether the outlet is a body that wrote the work itself, no publication: „Deutsche
    /// Umwelthilfe: Schädliche Subventionen. Berlin, …“ (see `named_colon_title`).
    pub body: bool,
}

/// Whether a line reads like a reference entry rather than a sentence of the text: an APA-like
/// “Name (date).”, an “Outlet, date: title”, or a line with a link that is not a long sentence.
pub fn looks_like_reference(line: &str) -> bool {
    let count = words(line).len();
    if count == 0 || count > 60 {
        return false;
    }
    apa(line).is_some() || outlet_date_title(line).is_some() || find_url(line).is_some()
}

/// Reads an entry of the reference list.
pub fn entry(line: &str) -> Entry {
    let line = line.trim();
    // “Quelle: Statistisches Bundesamt, …”: a heading's word before a colon, in the singular,
    // opens no name (the lists give headings in the plural: not a line “Source” in a story).
    let singular_of_heading = |word: &str| {
        ["s", "n", "и"]
            .iter()
            .any(|plural| super::layout::is_reference_heading(&format!("{}{plural}", word.trim())))
    };
    let line = line
        .split_once(':')
        .filter(|(heading, _)| singular_of_heading(heading))
        .map_or(line, |(_, rest)| rest.trim());
    let url = find_url(line);
    let text = match &url {
        Some((start, end, _)) => without_link_words(line, *start, *end),
        None => line.to_string(),
    };
    let text = without_access_note(&text);
    let mut entry = apa(text)
        .or_else(|| document_of_body(text))
        .or_else(|| outlet_date_title(text))
        .or_else(|| quoted_title(text))
        .or_else(|| named_then_title(text))
        .or_else(|| named_colon_title(text))
        .or_else(|| named_then_dated(text))
        .unwrap_or_else(|| plain(text));
    entry.url = url.map(|(_, _, url)| url);
    // “Baking Europe, https://… (accessed 7 October 2025)”, “Українська правда: https://…”: a
    // short name alone before a link is who published it, not a title.
    let site = entry.url.as_deref().and_then(host).unwrap_or_default();
    let hosted = |name: &str| {
        let letters: String = name
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        let host: String = site.chars().filter(|c| c.is_alphanumeric()).collect();
        !letters.is_empty() && host.contains(&letters)
    };
    let named = entry.title.as_deref().is_some_and(|title| {
        let found = words(title);
        let capitals = found
            .iter()
            .all(|w| is_capitalised(w.text) || PARTICLES.contains(w.text));
        (1..=4).contains(&found.len())
            && found.first().is_some_and(|w| is_capitalised(w.text))
            && !title.chars().any(|c| c.is_ascii_digit())
            // Not a title: “Storm closes harbour. Retrieved from …”, “Harbour Closure Update,
            // https://example.org/…”; a name its link's host spells, or closed by a colon.
            && (capitals && hosted(title) || line.contains(&format!("{title}:")))
    });
    if entry.outlet.trim().is_empty() && entry.author.is_none() && named {
        entry.outlet = entry.title.take().unwrap_or_default();
    }
    // “Norddeutscher Rundfunk (NDR), Hallo Niedersachsen: …”: the short name in brackets after
    // the outlet's is no part of it.
    if let Some((name, short)) = entry.outlet.clone().split_once(" (") {
        let short = short.trim_end_matches(')');
        if !short.contains(['(', ')']) && is_acronym_of(short, name) {
            entry.outlet = name.to_string();
        }
    }
    if entry.outlet.trim().is_empty() {
        entry.outlet = entry
            .url
            .as_deref()
            .and_then(host)
            .or_else(|| entry.author.clone())
            .or_else(|| entry.title.clone())
            .unwrap_or_else(|| "Unnamed source".to_string());
    }
    entry
}

/// The line without a note in brackets that closes it on when it was read, in small letters and
/// with a date, when the line dates the work before it: “…, 02.10.2025 (abgerufen am
/// 15.10.2025)”. The note's date is no publication's; with no other, it is the one there is.
fn without_access_note(line: &str) -> &str {
    let note = line
        .strip_suffix(')')
        .and_then(|inner| Some((inner.rfind('(')?, inner)));
    let Some((open, inner)) = note else {
        return line;
    };
    let (before, inside) = (
        inner.get(..open).unwrap_or(""),
        inner.get(open + 1..).unwrap_or(""),
    );
    let noted = words(inside)
        .first()
        .is_some_and(|w| w.text.starts_with(char::is_lowercase) && !dates::is_month_name(w.text));
    if noted && dates::find(inside).is_some() && dates::find(before).is_some() {
        before.trim_end()
    } else {
        line
    }
}

/// Whether a text opens with a web address, as a reference may write one: “www.wdr.de”,
/// “https://…”.
pub fn is_web_address(text: &str) -> bool {
    text.starts_with("www.") || text.starts_with("http")
}

/// The first `http(s)://` link of a line: where it stands, and the link without the punctuation
/// that closes the sentence around it.
fn find_url(line: &str) -> Option<(usize, usize, String)> {
    let start = line.find("https://").or_else(|| line.find("http://"))?;
    let rest = line.get(start..)?;
    let length = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let link = rest
        .get(..length)?
        .trim_end_matches(['.', ',', ';', ')', ']', '>', '”', '"']);
    Url::parse(link).map(|_| (start, start + link.len(), link.to_string()))
}

/// The line without its link and the words that announce it (“Retrieved from”, “Available
/// at:”, “[Online]”).
fn without_link_words(line: &str, start: usize, end: usize) -> String {
    let before = line.get(..start).unwrap_or("").trim_end();
    let after = line.get(end..).unwrap_or("");
    let mut before = before.to_string();
    for announcement in [
        "retrieved from",
        "available at:",
        "available from:",
        "available at",
        "url:",
        "[online]",
        "online:",
    ] {
        let lower = before.to_lowercase();
        if lower.ends_with(announcement) {
            before.truncate(before.len() - announcement.len());
            before = before.trim_end().to_string();
        }
    }
    let after = after.trim_start_matches(['.', ',', ';', ')', ']', '>']);
    format!(
        "{} {}",
        before.trim_end_matches([',', ';', ':']),
        after.trim()
    )
    .trim()
    .to_string()
}

/// The site a link points at, as its host without “www.”: `bbc.co.uk`.
fn host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_string())
}

/// “Lead (date). Title. Outlet.”: the lead is the author, or the outlet itself.
fn apa(line: &str) -> Option<Entry> {
    let open = line.find('(')?;
    let close = open + line.get(open..)?.find(')')?;
    let lead = line.get(..open)?.trim().trim_end_matches(',').trim();
    let inside = line.get(open + 1..close)?;
    let undated = inside.trim().eq_ignore_ascii_case("n.d.");
    // Not a note before the date, “(abgerufen am 14-11-2025)”, “(consultado el …)”.
    let note = words(inside)
        .first()
        .is_some_and(|w| w.text.starts_with(char::is_lowercase) && !dates::is_month_name(w.text))
        && !undated;
    if !is_lead(lead) || note {
        return None;
    }
    let date = if undated {
        None
    } else {
        let found = dates::find(inside)?;
        // Inside the brackets there is a date and nothing but a date.
        if words(inside).len() > 4 {
            return None;
        }
        Some(found.date)
    };
    let rest = line
        .get(close + 1..)?
        .trim_start_matches(['.', ',', ':', ' ']);
    let rest = without_volume(rest.trim().trim_end_matches('.').trim());
    let (title, outlet, day) = match quoted_then_outlet(rest) {
        Some((title, outlet, day)) => (Some(title), Some(outlet), day),
        None => match last_sentence_break(rest) {
            Some((title, outlet)) => (Some(title), Some(outlet), None),
            None if rest.is_empty() => (None, None, None),
            None => (Some(rest.to_string()), None, None),
        },
    };
    // A lead with no initials is a body that publishes its own work (“Observatorio Municipal
    // de Vivienda (2024). Informe anual …. Ayuntamiento de Albaterra.”): it is the outlet.
    let initials = words(lead).iter().any(|w| w.text.chars().count() == 1);
    let outlet = match outlet {
        // A lead of one word is a surname, or an acronym: a body's, unless the outlet spells
        // it out (“UNEP (2023) … Nairobi: United Nations Environment Programme.”, but “OECD
        // (2023). … OECD Publishing, Paris.”).
        Some(o)
            if initials
                || words(lead).len() < 2
                    && (!is_acronym(lead) || acronym_of(without_place(&o)) == lead) =>
        {
            without_place(&o).to_string()
        }
        _ => lead.to_string(),
    };
    let same = outlet.to_lowercase().contains(&lead.to_lowercase())
        || lead.to_lowercase().contains(&outlet.to_lowercase())
        || acronym_of(&outlet) == lead;
    let author = (!same).then(|| author_name(lead));
    // “(2024) … The Guardian, 22 July”: the day and month after the outlet, the year before.
    // Or a fuller date of the same year in the last part, not the title: “VDMA (2025). …
    // Frankfurt am Main, Juli 2025.”
    let fuller = |year: &str| {
        let last = rest.rsplit_once(". ").map_or(rest, |(_, last)| last);
        dates::find_last(last)
            .map(|d| d.date)
            .filter(|d| d.len() > year.len() && d.starts_with(year))
    };
    let date = match (&date, day) {
        (Some(year), Some(day)) if year.len() == 4 => dates::find(&format!("{day} {year}"))
            .map(|d| d.date)
            .or(date),
        (Some(year), None) if year.len() == 4 => fuller(year).or(date),
        _ => date,
    };
    Some(Entry {
        outlet,
        author,
        title,
        date,
        url: None,
        body: false,
    })
}

/// A journal's volume, issue and pages after its name: “Journal of Coastal Carbon, 12(3),
/// pp. 45-60” → “Journal of Coastal Carbon”.
fn without_volume(rest: &str) -> &str {
    // The first such comma after the title's end (a title may hold one: “…, 2015-2022.”).
    let cut = rest.char_indices().find(|&(at, c)| {
        c == ','
            && rest.get(at + 1..).is_some_and(|after| {
                let after = after.trim_start();
                after.starts_with(|d: char| d.is_ascii_digit())
                    || after.starts_with("pp")
                    || after.starts_with("vol")
                    || after.starts_with("p.")
            })
            && rest
                .get(..at)
                .is_some_and(|r| [". ", "? ", "! "].iter().any(|b| r.contains(b)))
    });
    match cut {
        Some((at, _)) => rest.get(..at).unwrap_or(rest),
        None => rest,
    }
}

/// A title in quotes, then the outlet and maybe a day and month: “'Heatwave turns meadows
/// brown', The Guardian, 22 July” → the title, “The Guardian” and “22 July”.
fn quoted_then_outlet(rest: &str) -> Option<(String, String, Option<String>)> {
    let open = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '\'' | '‘' | '"' | '“'))?;
    let closing = match open {
        '‘' => "’",
        '“' => "”",
        '"' => "\"",
        _ => "'",
    };
    let inside = rest.get(open.len_utf8()..)?;
    // The closing mark is the one a comma or full stop follows: titles have apostrophes.
    let end = [",", ".", ""]
        .iter()
        .filter_map(|after| {
            let mark = format!("{closing}{after}");
            inside
                .find(&mark)
                .filter(|_| !after.is_empty() || inside.ends_with(closing))
        })
        .min()?;
    let title = inside
        .get(..end)?
        .trim()
        .trim_end_matches([',', '.'])
        .trim();
    let after = inside
        .get(end + closing.len()..)?
        .trim_start_matches([',', '.', ' ']);
    let mut parts = after.split(',').map(str::trim).filter(|p| !p.is_empty());
    let outlet = parts.next()?.to_string();
    let day = parts.next().map(str::to_string);
    (!title.is_empty()).then(|| (title.to_string(), outlet, day))
}

/// A publisher without the place it is in: “Nairobi: United Nations Environment Programme”.
fn without_place(outlet: &str) -> &str {
    match outlet.split_once(": ") {
        Some((place, publisher))
            if words(place).len() <= 3 && words(place).iter().all(|w| is_capitalised(w.text)) =>
        {
            publisher.trim()
        }
        _ => outlet,
    }
}

/// The capitals of a name's words: “United Nations Environment Programme” → “UNEP”.
pub fn acronym_of(name: &str) -> String {
    words(name)
        .iter()
        .filter_map(|w| w.text.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

/// The lead of an APA-like entry: one to twelve words naming authors or an outlet — each word a
/// capital, an initial or a joining word (“Watts M.”, “Smith, J. and Jones, K.”, “BBC”).
fn is_lead(lead: &str) -> bool {
    let found = words(lead);
    let last = found.len().saturating_sub(1);
    (1..=12).contains(&found.len())
        && found.iter().enumerate().all(|(at, w)| {
            static JOINING: Words = Words::new("and|et|al|van|der|de|la|von|di|da");
            // A short word in small letters inside a body's name, in any language (“Bundesamt
            // für Immissionsschutz”, “Office for National Statistics”).
            let inside = at > 0 && at < last && w.text.chars().count() <= 4;
            is_capitalised(w.text) || JOINING.contains(w.text) || is_and(w.text) || inside
        })
}

/// Whether a word joins the last of several authors: “and”, or the text language's “y”, „und“.
fn is_and(word: &str) -> bool {
    static AND: Words = Words::listed("and");
    word == "and" || word == "&" || AND.contains(word)
}

/// A title and the outlet after it: “Belgorod: Russian group vows more. BBC” → the two parts at
/// the last sentence break.
fn last_sentence_break(text: &str) -> Option<(String, String)> {
    let at = [". ", "? ", "! "]
        .iter()
        .filter_map(|b| text.rfind(b))
        .max()?;
    let title = text.get(..at + 1)?.trim().trim_end_matches('.').trim();
    let outlet = text.get(at + 2..)?.trim();
    let short = words(outlet).len() <= 6 && outlet.chars().next().is_some_and(char::is_uppercase);
    (short && !title.is_empty()).then(|| (title.to_string(), outlet.to_string()))
}

/// An author as readers write the name: “Watts M.” and “Watts, M.” → “M. Watts”; other forms
/// as given.
fn author_name(lead: &str) -> String {
    let found = words(lead);
    let initial = |w: &super::words::Word| w.text.chars().count() == 1;
    // “Okonkwo, A., Lind, P. and Roy, S.”: each surname followed by its initials.
    let mut authors: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(surname) = found.get(i) {
        let letters: Vec<String> = found
            .iter()
            .skip(i + 1)
            .take_while(|w| initial(w))
            .map(|w| format!("{}.", w.text))
            .collect();
        if letters.is_empty() || initial(surname) {
            return lead.trim_end_matches(['.', ',']).to_string();
        }
        authors.push(format!("{} {}", letters.join(" "), surname.text));
        i += 1 + letters.len();
        if found.get(i).is_some_and(|w| is_and(w.text)) {
            i += 1;
        }
    }
    match authors.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, others)) => format!("{} and {last}", others.join(", ")),
        None => lead.trim_end_matches(['.', ',']).to_string(),
    }
}

/// “Outlet, 3 February 2024: Title”.
fn outlet_date_title(line: &str) -> Option<Entry> {
    let comma = line.find(',')?;
    let outlet = line.get(..comma)?.trim();
    let rest = line.get(comma + 1..)?;
    let colon = rest.find(':')?;
    let when = rest.get(..colon)?;
    let found = dates::find(when)?;
    // A word may follow the year: “18 апреля 2023 года”, “25 березня 2024 року”.
    let after = when.get(found.end..)?.trim();
    let only_date = when.get(..found.start)?.trim().is_empty()
        && (after.is_empty() || words(after).len() == 1 && after.chars().count() <= 5);
    if !only_date || outlet.is_empty() || words(outlet).len() > 8 {
        return None;
    }
    let title = rest.get(colon + 1..)?.trim().trim_end_matches('.').trim();
    Some(Entry {
        outlet: outlet.to_string(),
        author: None,
        title: (!title.is_empty()).then(|| title.to_string()),
        date: Some(found.date),
        url: None,
        body: false,
    })
}

/// A title in quotes between the author and the outlet: `Watts, Martin. “Title.” Evening
/// Standard, 25 May 2023.`; or after a body and its document's noun, the body publishing it:
/// „Hollweg Backwaren GmbH: Pressemitteilung „Hollweg stellt sich neu auf“, 15.10.2025“.
fn quoted_title(line: &str) -> Option<Entry> {
    let open = line.find(['“', '„', '«', '"'])?;
    let opening = line.get(open..)?.chars().next()?;
    let closing = super::words::closing_mark(opening)?;
    let inside = open + opening.len_utf8();
    let close = inside + line.get(inside..)?.find(closing)?;
    let title = line
        .get(inside..close)?
        .trim()
        .trim_end_matches([',', '.'])
        .trim();
    let author = line.get(..open)?.trim().trim_end_matches(['.', ',']).trim();
    // „Hollweg Backwaren GmbH: Pressemitteilung „…““: a body, then its document's noun, which
    // the title keeps (a press release's issuer speaks: see `Sources::issuers`).
    let (author, title, document) = match author.rsplit_once([':', ',']) {
        Some((body, noun))
            if words(noun).len() <= 3
                && words(noun)
                    .iter()
                    .any(|w| super::speakers::is_cited_document(w.text)) =>
        {
            let from = body.len() + 1;
            let whole = line.get(from..close + closing.len_utf8()).map(str::trim);
            (body.trim(), whole.unwrap_or(title), true)
        }
        _ => (author, title, false),
    };
    // Other marks only around a document's title: entries in them take other forms (see
    // `outlet_date_title`, `named_then_title`).
    if ['„', '«'].contains(&opening) && !document {
        return None;
    }
    let after = line
        .get(close + closing.len_utf8()..)?
        .trim_start_matches(['.', ',', ' ']);
    let date = dates::find(after);
    let outlet = after
        .split([',', '.'])
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let outlet = match &date {
        Some(d) if outlet.len() > d.start => after
            .get(..d.start)
            .unwrap_or("")
            .trim()
            .trim_end_matches(',')
            .to_string(),
        _ => outlet,
    };
    // Nothing between the title and its date but words in small letters (“published”): the
    // name before is no author but where it was published (“Victoria Police, "Man charged …",
    // 22 April 2025”), read as “Name, title, date”.
    if says_when(&outlet) && date.is_some() && !document {
        return None;
    }
    // The body whose document it is published it.
    let (outlet, author) = if document && outlet.is_empty() {
        (author.to_string(), "")
    } else {
        (outlet, author)
    };
    Some(Entry {
        outlet,
        author: (!author.is_empty()).then(|| author.to_string()),
        title: (!title.is_empty()).then(|| title.to_string()),
        date: date.map(|d| d.date),
        url: None,
        body: false,
    })
}

/// “Outlet. Title, date.”: a short name, a full stop, then the title (“ПАО «Камнефтехим».
/// Сообщение о существенном факте …, 22 мая 2023 года.”, “Прозорі громади. Моніторинг …”).
/// The name may close on its acronym in brackets, which is left out (“Consejo Económico y
/// Social de Castrelo (CES). Dictamen …”); a periodical after the title, with its issue's
/// number, is where it was published and the name its author (“Parlamento de Castrelo. Proyecto
/// de Ley … . Boletín Oficial del Parlamento de Castrelo, n.º 212, 10 de febrero de 2025.”).
fn named_then_title(line: &str) -> Option<Entry> {
    let stop = line.find(". ")?;
    let name = without_acronym(line.get(..stop)?.trim());
    if !is_body_name(name) {
        return None;
    }
    let rest = line.get(stop + 2..)?;
    let date = dates::find_last(rest);
    let title = match &date {
        Some(d) => rest.get(..d.start)?,
        None => rest,
    };
    let title = title
        .trim()
        .trim_end_matches(['.', ',', '—', '–', ' '])
        .trim();
    let periodical = title.rsplit_once(". ").and_then(|(before, last)| {
        let (outlet, issue) = last.split_once(", ")?;
        let numbered = issue.chars().any(|c| c.is_ascii_digit());
        (numbered && is_capitalised(outlet)).then_some((before, outlet))
    });
    let (outlet, author, title) = match periodical {
        Some((title, outlet)) => (outlet, Some(name.to_string()), title),
        None => (name, None, title),
    };
    Some(Entry {
        outlet: outlet.to_string(),
        author,
        title: (!title.is_empty()).then(|| title.to_string()),
        date: date.map(|d| d.date),
        url: None,
        body: false,
    })
}

/// A name without the acronym in brackets that closes it: “Consejo Económico y Social de
/// Castrelo” of “… (CES)”.
fn without_acronym(name: &str) -> &str {
    name.rsplit_once(" (")
        .filter(|(_, acronym)| {
            acronym
                .strip_suffix(')')
                .is_some_and(|a| !a.is_empty() && a.chars().all(char::is_uppercase))
        })
        .map_or(name, |(before, _)| before)
}

/// Whether a reference's opening words are a body's or a publication's name: one to eight
/// words from a capital, no figure, comma, bracket or colon among them.
fn is_body_name(name: &str) -> bool {
    (1..=8).contains(&words(name).len())
        && (name.chars().count() > 3 || is_acronym(name))
        && name.starts_with(char::is_uppercase)
        && !name.contains([',', '(', ':'])
        && !name.chars().any(|c| c.is_ascii_digit())
}

/// “Name: Title. Place, date.”: a body's name and a colon, the title of its work (maybe in
/// quotation marks), where it was published and the date closing the line: „Deutsche
/// Bundesbank: Monatsbericht Februar 2025. Frankfurt am Main, 20. Februar 2025.“, “Boletín
/// Oficial de Valdeluna (BOV): Orden de servicios mínimos …, 20 de mayo de 2025.”
fn named_colon_title(line: &str) -> Option<Entry> {
    let (name, rest) = line.split_once(": ")?;
    let name = without_acronym(name.trim());
    // One word is a body's only as an acronym or a publication's compound („Wirtschaftskurier“):
    // “Lindner: „Wir sparen““ and “Interview: …” name a person and a kind of work.
    let lower = name.to_lowercase();
    let publication = NAME_WORDS
        .iter()
        .chain(OUTLET_WORDS.iter())
        .any(|w| w.chars().count() >= 5 && lower.ends_with(&w.to_lowercase()));
    // Or a body's whose document the title opens with: „Recyvolt: Pressemitteilung vom …“.
    let document = words(rest)
        .first()
        .is_some_and(|w| super::speakers::is_cited_document(w.text));
    let one_word = !name.contains(' ') && !is_acronym(name) && !publication && !document;
    if !is_body_name(name) || one_word || name.contains(['.', '«', '„', '“', '"']) {
        return None;
    }
    let date = dates::find_last(rest)?;
    // A word for “year” may close it: “25 березня 2024 року”.
    let after = rest.get(date.end..)?.trim().trim_end_matches('.');
    if words(after).len() > 1 {
        return None;
    }
    let mut title = rest.get(..date.start)?.trim().trim_end_matches(',').trim();
    // A word in small letters before the date: „vom“, “del”.
    if let Some((before, last)) = title.rsplit_once(' ') {
        if last.chars().count() <= 3 && last.starts_with(char::is_lowercase) {
            title = before.trim_end_matches(',').trim();
        }
    }
    // After the title's full stop, a publisher (“ООО «Кристалл-Фильтр»”): the name before the
    // colon is then the title's, not the body's.
    let publisher = title.rsplit_once(". ").is_some_and(|(_, after)| {
        after.contains(['«', '„', '“', '"'])
            || words(after).iter().any(|w| names::is_legal_ending(w.text))
            || is_outlet_name(after)
    });
    if publisher {
        return None;
    }
    let title = match quoted_at_start(title) {
        Some((inside, _)) => inside,
        // Where it was published, after the title's full stop: „. Frankfurt am Main“.
        None => title
            .rsplit_once(". ")
            .filter(|(_, place)| {
                words(place).len() <= 4
                    && is_capitalised(place)
                    && !place.chars().any(|c| c.is_ascii_digit())
            })
            .map_or(title, |(title, _)| title),
    };
    let title = title.trim().trim_end_matches(['.', ',']).trim();
    Some(Entry {
        outlet: name.to_string(),
        author: None,
        title: (!title.is_empty()).then(|| title.to_string()),
        date: Some(date.date),
        url: None,
        // A body's own work, unless the name is a publication's („Wirtschaftskurier: „…““).
        body: !is_outlet_name(name),
    })
}

/// “Name, title, date”: a short name before a comma, then maybe a title in any quotation marks,
/// and a date closing the line, perhaps with the word for “year” after it (“Terre & Nature,
/// « Éoliennes et oiseaux », 12 mars 2020”, “ТАСС, 15 октября 2024 года”, „Vortec AG,
/// Pressemitteilung vom 12.03.2025“).
fn named_then_dated(line: &str) -> Option<Entry> {
    let comma = line.find(',')?;
    // Or a bracket before the comma, a note on the date: “CBC News (accessed March 5, 2025)”.
    let comma = line
        .get(..comma)?
        .find(" (")
        .filter(|&open| !line.get(open..comma).is_some_and(|n| n.contains(')')))
        .unwrap_or(comma);
    let name = line.get(..comma)?.trim();
    // A name in quotation marks, as a whole: “«Економічна правда»”, not “ТОВ «Степова нива»”.
    let name = quoted_at_start(name)
        .filter(|(_, after)| after.is_empty())
        .map_or(name, |(inside, _)| inside);
    // A press release of a body is the body's: « communiqué de presse de la SNCF ».
    let name = issuer_of_release(name).unwrap_or(name);
    // A name may open with an institution's noun in small letters: « ministère de l'Intérieur ».
    let named = name.starts_with(char::is_uppercase) || names::opens_with_institution_noun(name);
    if name.is_empty() || words(name).len() > 8 || !named {
        return None;
    }
    let rest = line.get(comma + 1..)?;
    let date = dates::find_last(rest)?;
    let after = rest.get(date.end..)?.trim().trim_end_matches('.');
    // A word for “year”, or the page's address: “…, 19.11.2025, www.stuttgarter-zeitung.de”.
    let address = is_web_address(after.trim_start_matches([',', ' ']));
    if (words(after).len() > 1 || after.chars().count() > 5) && !address {
        return None;
    }
    let mut title = rest.get(..date.start)?.trim().trim_end_matches(',').trim();
    // A word in small letters before the date: „vom“, “от”; or any in a bracket opened before
    // it, “(published 8 May 2025)”.
    if let Some((before, last)) = title.rsplit_once(' ') {
        if last.chars().count() <= 3 && last.starts_with(char::is_lowercase) {
            title = before.trim_end_matches(',').trim();
        }
    }
    if let Some((before, bracket)) = title.rsplit_once('(') {
        if !bracket.contains(')') && says_when(bracket) {
            title = before.trim_end_matches(',').trim();
        }
    }
    // A title in quotation marks, then where it was published: the name is its author's
    // (“Javier Ortega Ruiz et al., « Bird fatalities … », Avian Ecology Letters, 2019”).
    let spaces: &[char] = &[' ', '\u{a0}', '\u{202f}'];
    // Words in small letters there say when, not where: “"…", published 2 March 2025”.
    let (title, published) = match quoted_at_start(title) {
        Some((inside, after)) => (inside, after.trim_start_matches([',', ' ']).trim()),
        None => (title, ""),
    };
    // Nor what kind of work it is: „«…», Medienmitteilung vom 13.01.2025“.
    let kind = languages::opens_with_one_of("press release", &published.to_lowercase());
    let published = if says_when(published) || kind {
        ""
    } else {
        published
    };
    let title = title.trim_matches(spaces);
    // A name of one word is a body's, and what follows the title its series: “Insee, « … »,
    // Informations rapides, 14/11/2025”.
    let (outlet, author) = if published.is_empty() || !name.contains(spaces) {
        (name.to_string(), None)
    } else {
        (published.to_string(), Some(name.to_string()))
    };
    Some(Entry {
        outlet,
        author,
        title: (!title.is_empty()).then(|| title.to_string()),
        date: Some(date.date),
        url: None,
        body: false,
    })
}

/// The body a press release names after the language's word for one and its particles:
/// “SNCF” of « communiqué de presse de la SNCF ».
fn issuer_of_release(name: &str) -> Option<&str> {
    let lower = name.to_lowercase();
    let marker = languages::opening_of("press release", &lower)?;
    // Past the marker's own words, which German or a title may write with a capital.
    let issuer = words(name)
        .into_iter()
        .skip(words(marker).len())
        .find(|w| is_capitalised(w.text))?;
    name.get(issuer.start..)
}

/// Whether the words between a reference's title and its date say only when, in small letters
/// and maybe a bracket (“published”, “(accessed”), or are none: no outlet's name.
fn says_when(between: &str) -> bool {
    let between = between.trim().trim_start_matches('(');
    between.is_empty() || between.starts_with(char::is_lowercase)
}

/// What the quotation that opens `text` holds, and what follows its last closing mark, as each
/// language pairs them: (“Bird fatalities …”, “, Avian Ecology Letters”) of “« Bird fatalities … »,
/// Avian Ecology Letters”.
fn quoted_at_start(text: &str) -> Option<(&str, &str)> {
    let opening = text.chars().next()?;
    let closing = super::words::closing_mark(opening)?;
    text.get(opening.len_utf8()..)?.rsplit_once(closing)
}

/// A document's noun (the language's list `document`) and the body whose it is, then what it is
/// about and its date: “Висновок Головного науково-експертного управління на проєкт Закону
/// України № 10412, 25 березня 2024 року.”, „Gutachten des Landesrechnungshofs zur Schulcloud,
/// 8. Oktober 2024“. The body, named in the nominative, is the outlet. The body follows the noun
/// past an article or a small word, or in a Cyrillic name at once, in its case: not “Data
/// Protection Commission fines Meta – Reuters”, „Umfrage: Mehrheit der Deutschen …“.
fn document_of_body(line: &str) -> Option<Entry> {
    static SMALL: Words = Words::listed("small word");
    static LINKS: Words = Words::listed("name link");
    let found = words(line);
    let (noun, rest) = found.split_first()?;
    if !is_capitalised(noun.text) || !super::speakers::is_document(noun.text) {
        return None;
    }
    // Past an article or a particle: „des Landesrechnungshofs“, “of the Office of Audits”.
    let lower = |w: &super::words::Word| w.text.to_lowercase();
    let from = rest
        .iter()
        .position(|w| !DETERMINERS.contains(&lower(w)) && !SMALL.contains(&lower(w)))?;
    let first = rest.get(from).filter(|w| is_capitalised(w.text))?;
    let joined = line
        .get(noun.end..first.start)
        .is_some_and(|gap| !gap.contains([':', ',', '–', '-', '|']));
    if !joined || (from == 0 && !names::is_cyrillic(first.text)) {
        return None;
    }
    // The body's words: up to a small word (“на”, „zur“) or a figure, through a link between
    // capitals (“Office of Audits”), and not past a comma or a full stop.
    let mut end = first.end;
    for (k, w) in rest.iter().enumerate().skip(from + 1) {
        let gap = line.get(end..w.start).unwrap_or("");
        let link =
            LINKS.contains(&lower(w)) && rest.get(k + 1).is_some_and(|n| is_capitalised(n.text));
        // A Cyrillic institution's name holds words in small letters.
        let named = is_capitalised(w.text) || names::is_cyrillic(w.text);
        if !gap.trim().is_empty()
            || w.text.chars().any(|c| c.is_ascii_digit())
            || (SMALL.contains(&lower(w)) && !link)
            || !(named || link)
        {
            break;
        }
        end = w.end;
    }
    let body = line.get(first.start..end)?;
    let date = dates::find_last(line);
    let title_end = date.as_ref().map_or(line.len(), |d| d.start);
    let title = line
        .get(..title_end)?
        .trim_end_matches(|c: char| c == ',' || c == '.' || c.is_whitespace());
    Some(Entry {
        outlet: names::nominative_institution(body).unwrap_or_else(|| body.to_string()),
        author: None,
        title: Some(title.to_string()),
        date: date.map(|d| d.date),
        url: None,
        body: false,
    })
}

/// Any other entry: a title, then its outlet after “ - ”, “ – ” or “ | ” as pages title
/// themselves, and a date anywhere.
fn plain(line: &str) -> Entry {
    let date = dates::find(line);
    // A note in brackets around the date is no part of the name: “Agence France-Presse
    // (dépêches du 12 février 2026)”.
    let bracket = date.as_ref().and_then(|d| {
        let open = line.get(..d.start)?.rfind(" (")?;
        let close = d.end + line.get(d.end..)?.find(')')?;
        Some(format!("{} {}", line.get(..open)?, line.get(close + 1..)?))
    });
    let text = match (&date, bracket) {
        (_, Some(outside)) => outside,
        (Some(d), None) => format!(
            "{} {}",
            line.get(..d.start).unwrap_or(""),
            line.get(d.end..).unwrap_or("")
        ),
        (None, None) => line.to_string(),
    };
    let text = text
        .trim()
        .trim_matches(|c: char| c == ',' || c == '.' || c == '(' || c == ')' || c.is_whitespace())
        .to_string();
    let split = [" | ", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| text.rfind(sep).map(|at| (at, sep.len())))
        .max();
    let (title, outlet) = match split {
        Some((at, len)) => (
            text.get(..at).unwrap_or("").trim().to_string(),
            text.get(at + len..).unwrap_or("").trim().to_string(),
        ),
        None => (text.clone(), String::new()),
    };
    Entry {
        outlet,
        author: None,
        title: (!title.is_empty()).then_some(title),
        date: date.map(|d| d.date),
        url: None,
        body: false,
    }
}

/// An in-text citation: the brackets it is written in, and the works it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub start: usize,
    pub end: usize,
    pub works: Vec<Cited>,
}

/// One work a citation names: an outlet or an author, and the date when it gives one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    pub name: String,
    pub date: Option<String>,
}

/// The citations of a paragraph. `known` are the names the reference list gives (outlets and
/// authors' surnames), which make any bracket naming them a citation; other brackets are
/// citations when they give a year (“(Smith et al., 2020)”), or close a sentence with a name
/// alone (“(Il Post)”, “(AP)”) — unless the name is the acronym of the name just before it,
/// as in “Russian Volunteer Corps (RDK)”.
pub fn citations(text: &str, known: &[String]) -> Vec<Citation> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text.get(from..).and_then(|t| t.find('(')).map(|o| o + from) {
        let Some(close) = text.get(open..).and_then(|t| t.find(')')).map(|c| c + open) else {
            break;
        };
        from = close + 1;
        let inside = text.get(open + 1..close).unwrap_or("");
        if inside.contains('(') {
            continue;
        }
        // The name an acronym spells, or an affiliation's, is in the words just before.
        let before = last_chars(text.get(..open).unwrap_or(""), 300);
        let after = text.get(close + 1..).unwrap_or("");
        if let Some(works) = cited_works(inside, before, after, known) {
            found.push(Citation {
                start: open,
                end: close + 1,
                works,
            });
        }
    }
    found
}

/// The works a bracket's text names, if it is a citation.
fn cited_works(inside: &str, before: &str, after: &str, known: &[String]) -> Option<Vec<Cited>> {
    // A bracket closes a sentence, or opens a dateline's story: “VALDORA (AP) — …”.
    let closes = after.trim_start().is_empty()
        || after.starts_with(['.', ',', ';', ':', '”', '"'])
        || [" —", " –", " - "]
            .iter()
            .any(|dash| after.starts_with(dash));
    let mut works = Vec::new();
    for part in inside.split(';') {
        let mut part = part.trim();
        for lead in ["see also ", "see ", "e.g. ", "e.g., ", "cf. ", "cited in "] {
            if part.to_lowercase().starts_with(lead) {
                part = part.get(lead.len()..).unwrap_or(part);
            }
        }
        let date = dates::find(part);
        let name = match &date {
            Some(d) => part.get(..d.start).unwrap_or(""),
            None => part,
        };
        let name = name.trim().trim_end_matches([',', ' ']).trim();
        let is_known = known.iter().any(|k| same_name(k, name));
        let looks_named = is_name(name);
        // “the Associated Press (AP)”: an acronym right after its name is an alias, however
        // well known. So is one after a name in any language, whose letters may come from words
        // in small letters (“l’Agence régionale de la rénovation (ARR)”), unless a date, a
        // known source or a dateline's dash makes it a citation; so is a short name whose
        // letters they are, listed or not (“l’Institut national de la statistique et des études
        // économiques (Insee)”).
        let dateline = [" —", " –"].iter().any(|dash| after.starts_with(dash));
        let spells =
            || names::spelled_out_start(&last_words(before, names::SPELLED_OUT), name).is_some();
        let gloss = ((is_acronym(name) && !is_known && !OUTLETS.contains(name)) || spells())
            && date.is_none()
            && !dateline
            && before.trim_end().ends_with(char::is_alphabetic);
        // “Bertrand Lheureux (Agir pour Valbrême), …”: a name in brackets after a name, the
        // sentence going on, is an affiliation, not a work cited.
        let affiliation = date.is_none()
            && !is_known
            && after.starts_with(',')
            && words(before)
                .last()
                .is_some_and(|w| is_capitalised(w.text) && before.get(w.end..) == Some(" "));
        let cited = !is_acronym_of(name, before)
            && !gloss
            && !affiliation
            && (is_known || looks_named && date.is_some() || looks_named && closes);
        if !cited {
            return None;
        }
        works.push(Cited {
            name: name.to_string(),
            date: date.map(|d| d.date),
        });
    }
    (!works.is_empty()).then_some(works)
}

/// One to six words, the first a capital (“Il Post”, “Smith et al.”, “Smith and Jones”).
fn is_name(text: &str) -> bool {
    let found = words(text);
    (1..=6).contains(&found.len())
        && found.first().is_some_and(|w| is_capitalised(w.text))
        && !text.chars().any(|c| c.is_ascii_digit())
}

/// Whether `name` is an acronym standing for the capitalised words just before it: “Russian
/// Volunteer Corps (RDK)”, “Liberty of Russia Legion (LSR)”. The acronym must start with the
/// first letter of those words, as acronyms of a translated name still usually do. Or a short
/// name made of their first letters and syllables in order, from the first word's: “Conserveros
/// Unidos del Noroeste (Conunor)”.
fn is_acronym_of(name: &str, before: &str) -> bool {
    let acronym = is_acronym(name);
    if !acronym && !is_short_name(name) {
        return false;
    }
    let preceding = words(before);
    let adjacent = preceding
        .last()
        .is_some_and(|w| before.get(w.end..).is_some_and(|gap| gap.trim().is_empty()));
    // The capitalised words just before, joined by spaces and small joining words only.
    let mut initials = Vec::new();
    let mut next_start = before.trim_end().len();
    for word in preceding.iter().rev() {
        let joined = before
            .get(word.end..next_start)
            .is_some_and(|gap| gap.trim().is_empty());
        let joining = ["of", "for", "and", "the", "de", "la", "del"].contains(&word.text);
        if !joined || !(is_capitalised(word.text) || joining) {
            break;
        }
        if is_capitalised(word.text) {
            initials.extend(word.text.chars().next());
        }
        next_start = word.start;
    }
    if acronym {
        return adjacent
            && name
                .chars()
                .next()
                .is_some_and(|first| initials.contains(&first));
    }
    adjacent && initials.len() >= 2 && abbreviates(name, before.get(next_start..).unwrap_or(""))
}

/// Whether one capitalised word of three letters or more is a short name of the name `long`, of
/// three words or more: its letters all in the name's, in order, from its first word's first,
/// as a name's first letters and syllables are: “Conunor” for “Conserveros Unidos del
/// Noroeste”.
pub fn abbreviates(short: &str, long: &str) -> bool {
    let word = is_short_name(short);
    let first = long.trim_start().chars().next();
    let long = long.to_lowercase();
    let mut letters = long.chars();
    let in_order = short
        .to_lowercase()
        .chars()
        .all(|c| letters.any(|l| l == c));
    word && short.chars().next() == first && long.split_whitespace().count() >= 3 && in_order
}

/// Whether a name is one capitalised word of three letters or more, as a short name is.
fn is_short_name(name: &str) -> bool {
    !name.contains(' ') && is_capitalised(name) && name.chars().count() >= 3
}

/// News agencies and broadcasters known by a short name.
static OUTLETS: Words = Words::new(concat!(
    "Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|BBC|CNN|Al Jazeera|",
    "ANSA|EFE|dpa|TASS|Xinhua|Interfax|NPR|Sky News|Euronews|Politico|Axios|Keystone-ATS|",
    "Belga|Kyodo|Yonhap|Europa Press|Notimex|Ukrinform|UNIAN|RIA Novosti",
));

/// Words in the name of a publication.
static OUTLET_WORDS: Words = Words::new(concat!(
    "News|Times|Post|Guardian|Herald|Tribune|Gazette|Journal|Telegraph|Radio|TV|",
    "Television|Daily|Magazine|Press|Standard|Independent|Observer|Economist|Mail|Mirror|",
    "Express|Chronicle|Courier|Monitor",
));

/// Articles and other determiners, in the text's language: “the”, “l’”, „der“.
static DETERMINERS: Words = Words::listed("determiner");

/// Publications of the text's language known by their names (the list `outlet`): “Le Parisien”,
/// „Handelsblatt“.
static KNOWN: Words = Words::listed("outlet");

/// Words in the name of a publication in the text's language (the list `outlet word`), written
/// with a capital: « Courrier », “Gaceta”.
static NAME_WORDS: Words = Words::listed("outlet word");

/// Nouns that say the name after them is a publication: “the local newspaper El Faro”.
static OUTLET_NOUNS: Words = Words::listed("outlet noun");

/// Whether `word` is a noun of a publication, “newspaper”, „Zeitung“ (the list `outlet noun`).
pub fn is_outlet_noun(word: &str) -> bool {
    OUTLET_NOUNS.contains(word)
}

/// Whether a name holds a word of the language's list `outlet word`: „Mecklenburger Tageblatts“.
pub fn holds_outlet_word(name: &str) -> bool {
    words(name).iter().any(|w| NAME_WORDS.contains(w.text))
}

/// The name of the known publication (the agencies every build knows, the language's list
/// `outlet`) that `name` is a form of: „Deutsche Presse-Agentur“ for „Deutschen
/// Presse-Agentur“.
pub fn known_outlet(name: &str) -> Option<&'static str> {
    // Its article aside, capitalised where it opens a sentence: „Der Deutschen Presse-Agentur
    // sagte Eschbach …“.
    let plain = name
        .split_once(' ')
        .filter(|(article, _)| DETERMINERS.contains(&article.to_lowercase()))
        .map(|(_, rest)| rest);
    known_outlet_forms()
        .find_map(|(first, form)| (form == name || Some(form) == plain).then_some(first))
}

/// The known publications' names, each with each of its forms: (“Deutsche Presse-Agentur”,
/// “Deutschen Presse-Agentur”) for the entry „Deutsche Presse-Agentur/Deutschen
/// Presse-Agentur“, and the name with itself.
fn known_outlet_forms() -> impl Iterator<Item = (&'static str, &'static str)> {
    OUTLETS.iter().chain(KNOWN.iter()).flat_map(|entry| {
        let name = entry.split('/').next().unwrap_or(entry);
        entry.split('/').map(move |form| (name, form))
    })
}

/// The name in quotation marks that opens at byte `at`, when a mark stands right before it and
/// it is a short name: «Зарічанські вісті», „Lindenauer Anzeiger“.
fn quoted_name(text: &str, at: usize) -> Option<String> {
    let opening = text.get(..at)?.chars().next_back()?;
    let closing = super::words::closing_mark(opening)?;
    let inside = text.get(at..)?;
    let name = inside.get(..inside.find(closing)?)?;
    let count = words(name).len();
    ((1..=5).contains(&count) && is_capitalised(name)).then(|| name.to_string())
}

/// The publications a text names as its informants: “told Reuters”, “according to the local
/// newspaper El Faro”, “in an interview with the BBC”, “the Financial Times reported”; and a
/// known one wherever the text names it.
pub fn outlets_named(text: &str) -> Vec<String> {
    let all = words(text);
    let mut found = Vec::new();
    for (i, word) in all.iter().enumerate() {
        if let Some(name) = opened_by_noun(text, &all, i) {
            if !found.contains(&name) {
                found.push(name);
            }
            continue;
        }
        let lower = word.text.to_lowercase();
        let after_cue = ["told", "to", "with"].contains(&lower.as_str());
        // Not a noun that ends a quoted name: „der „Süddeutschen Zeitung“ soll …“.
        let quoted_end = text
            .get(word.end..)
            .is_some_and(|after| after.starts_with(['“', '»', '”']));
        if !(after_cue || OUTLET_NOUNS.contains(lower.as_str())) || quoted_end {
            continue;
        }
        // Not one's own journal: “In his journal Smith wrote …”.
        static POSSESSIVE: Words = Words::listed("possessive");
        let owned = i
            .checked_sub(1)
            .and_then(|p| all.get(p))
            .is_some_and(|p| POSSESSIVE.contains(&p.text.to_lowercase()));
        if owned && OUTLET_NOUNS.contains(lower.as_str()) {
            continue;
        }
        let mut j = i + 1;
        while all
            .get(j)
            .is_some_and(|w| ["the", "local", "state", "public"].contains(&w.text))
        {
            j += 1;
        }
        // After the noun, up to two words in small letters (“le quotidien régional”, “el diario
        // económico”), then the name; not a person's noun, whom the outlet was told by:
        // “сказал агентству пресс-секретарь губернатора Константин Рябов” (but “газета
        // министерства обороны Красная Звезда” is the ministry's).
        if OUTLET_NOUNS.contains(lower.as_str()) {
            let small = all
                .iter()
                .skip(j)
                .take(2)
                .take_while(|w| {
                    w.text.starts_with(char::is_lowercase)
                        && !PARTICLES.contains(w.text)
                        && !names::is_person_noun(w.text)
                        && !super::speakers::ends_as_person_noun(&w.text.to_lowercase())
                        && !super::speakers::is_spokesperson(w.text)
                })
                .count();
            let name_start = all.get(j + small).filter(|w| is_capitalised(w.text));
            // In the same sentence: “… paying for agency midwives. Dr Kemble said” is no outlet.
            let same_sentence = name_start.is_some_and(|w| {
                text.get(word.end..w.start)
                    .is_some_and(|gap| !gap.contains(['.', '!', '?', ';', ':', ',']))
            });
            if same_sentence {
                j += small;
            }
        }
        // A name in quotation marks is the whole of what they hold: «Зарічанські вісті».
        if let Some(quoted) = all.get(j).and_then(|w| quoted_name(text, w.start)) {
            if !found.contains(&quoted) {
                found.push(quoted);
            }
            continue;
        }
        let mut name: Vec<&str> = Vec::new();
        let gap = j
            .checked_sub(1)
            .and_then(|k| all.get(k))
            .zip(all.get(j))
            .and_then(|(before, first)| text.get(before.end..first.start))
            .unwrap_or("");
        // Not an acronym in brackets after a name the noun ends: “the Medicines and Therapeutics
        // Licensing Agency (MTLA)”; nor a word of the next sentence: „im Auftrag dieser Zeitung.
        // Demnach lehnen …“.
        if gap.contains(['(', '.', '!', '?', ';', ':']) {
            continue;
        }
        // Not a day after a name the noun ends: „berichtete der Hessische Rundfunk am Montag“.
        if all.get(j).is_some_and(dates::names_a_date) {
            continue;
        }
        let mut last_end = None;
        // After a publication's noun, “and” joins its name's words: “the journal Water and
        // Society”.
        static AND: Words = Words::listed("and");
        let by_noun = OUTLET_NOUNS.contains(lower.as_str());
        for (k, w) in all.iter().enumerate().skip(j).take(5) {
            let spaced = last_end.is_none_or(|end| text.get(end..w.start) == Some(" "));
            // One word on each side, neither a publication of its own nor an acronym: not “the
            // broadcaster ITV and Sky News”, “the newspaper The Guardian and Reuters”.
            let own = |w: &super::words::Word| {
                super::words::is_acronym(w.text) || known_outlet(w.text).is_some()
            };
            let joining = by_noun
                && k == j + 1
                && AND.contains(w.text)
                && all.get(j).is_some_and(|first| !own(first))
                && all
                    .get(k + 1)
                    .is_some_and(|next| is_capitalised(next.text) && !own(next))
                && all
                    .get(k + 2)
                    .is_none_or(|after| !is_capitalised(after.text));
            let particle = PARTICLES.contains(w.text) || joining;
            if !(spaced && (is_capitalised(w.text) || particle)) {
                break;
            }
            name.push(w.text);
            last_end = Some(w.end);
        }
        // “El Diario del Sur”: particles stand inside a name, never at its end.
        while name.last().is_some_and(|w| PARTICLES.contains(w)) {
            name.pop();
        }
        let name = name.join(" ");
        if !name.is_empty() && (by_noun || is_outlet_name(&name)) && !found.contains(&name) {
            found.push(name);
        }
    }
    // „Wie der „Lindenauer Anzeiger“ berichtet“, “«Северогорская правда» сообщила”: a short name
    // in quotation marks, then at once a verb of speech.
    for (i, word) in all.iter().enumerate() {
        let Some(name) = quoted_name(text, word.start) else {
            continue;
        };
        let speaks = text
            .get(word.start + name.len()..)
            .and_then(|after| {
                after
                    .chars()
                    .next()
                    .map(|mark| after.get(mark.len_utf8()..))
            })
            .flatten()
            .and_then(|after| after.strip_prefix(' '))
            .is_some_and(|after| {
                // Its first words only, not the rest of the text for every name.
                let end = after
                    .char_indices()
                    .nth(40)
                    .map_or(after.len(), |(at, _)| at);
                let clause = after.get(..end).unwrap_or("");
                let clause = clause.split(',').next().unwrap_or("");
                // Or an auxiliary, then the verb: „Der „Alb-Bote“ hatte bereits im Sommer
                // gemeldet“; or when it said it first: „Wie die „Nordwest-Zeitung“ im Mai 2023
                // berichtete“, „Wie der „Lennetal-Kurier“ Anfang Oktober berichtete“.
                let found = words(clause);
                let when = found
                    .iter()
                    .take_while(|w| {
                        !cues::is_speech(w.text)
                            && (!is_capitalised(w.text)
                                || dates::names_a_date(w)
                                || TIME_WORDS.contains(&w.text.to_lowercase()))
                    })
                    .count();
                let dated = when <= 4
                    && found.get(when).is_some_and(|w| cues::is_speech(w.text))
                    && found.iter().take(when).any(|w| {
                        dates::names_a_date(w) || w.text.starts_with(|c: char| c.is_ascii_digit())
                    });
                dated
                    || match found.split_first() {
                        Some((verb, _)) if cues::is_speech(verb.text) => true,
                        Some((auxiliary, rest)) => {
                            cues::is_auxiliary(auxiliary.text)
                                && rest.iter().any(|w| cues::is_speech(w.text))
                        }
                        None => false,
                    }
            });
        // Or right after a phrase that names a source: “Як повідомляє «Українська правда», …”.
        // The last few words before the mark, in small letters; not a phrase that ends in where
        // it was said: “Як повідомили в «Нафтогазі»” names a company.
        static WHERE: Words = Words::listed("where said");
        let before = text.get(..word.start).unwrap_or("");
        let before = last_chars(before, 60)
            .trim_end_matches(['«', '„', '“', '"', ' '])
            .to_lowercase();
        let cited = super::attribution::ACCORDING.iter().any(|phrase| {
            let spot = phrase
                .rsplit(' ')
                .next()
                .is_some_and(|last| WHERE.contains(last));
            !spot
                && before.ends_with(phrase)
                && before
                    .get(..before.len() - phrase.len())
                    .is_none_or(|rest| rest.is_empty() || rest.ends_with([' ', ',', '(']))
        });
        // Not a company's name after its noun: “В компании «Ромашка» заявили”.
        let noun_before = i.checked_sub(1).and_then(|k| all.get(k)).is_some_and(|w| {
            let lower = w.text.to_lowercase();
            super::speakers::organisation_noun_in_a_case(&lower).is_some()
                || names::is_legal_ending(w.text)
        });
        let plain = words(&name).len() <= 4 && !name.contains(['.', ',', '!', '?']);
        if (speaks || cited) && !noun_before && plain && i + 1 < all.len() && !found.contains(&name)
        {
            found.push(name);
        }
    }
    for (i, word) in all.iter().enumerate() {
        let reports = all
            .get(i + 1)
            .is_some_and(|n| ["reported", "reports"].contains(&n.text));
        let short = super::words::without_possessive(word.text);
        if !reports || !is_outlet_name(short) {
            continue;
        }
        // “the Financial Times reported”: the capitalised words before the word, too, of a
        // name no agency's (“On Tuesday Reuters reported”, “Britain's Guardian reported”).
        let mut start = i;
        while let (Some(before), Some(next)) = (
            start.checked_sub(1).and_then(|b| all.get(b)),
            all.get(start),
        ) {
            let joined = text.get(before.end..next.start) == Some(" ");
            let part = is_capitalised(before.text)
                && super::words::without_possessive(before.text) == before.text
                && !names::is_opener(before.text);
            if OUTLETS.contains(short) || !(joined && part) {
                break;
            }
            start -= 1;
        }
        let run = all
            .get(start)
            .and_then(|first| text.get(first.start..word.start + short.len()))
            .unwrap_or(short);
        // “the Associated Press (AP) reported”: the outlet under its full name.
        let name = spelled_out(text, short).unwrap_or_else(|| run.to_string());
        if !found.contains(&name) {
            found.push(name);
        }
    }
    // A known name, unless a longer name found holds it: “The Associated Press”.
    for name in known_outlets(text) {
        if !found.iter().any(|f| f.contains(name.as_str())) {
            found.push(name);
        }
    }
    found
}

/// The publication whose name the capitalised outlet noun or word at `all[i]` opens, with the article
/// before it: « Le Courrier de Valbrême », « L’Écho de la Lière », “El Diario del Sur”. Not in a
/// language that writes every noun with a capital, where „Die Zeitung“ opens no name.
fn opened_by_noun(text: &str, all: &[super::words::Word], i: usize) -> Option<String> {
    // The cheap tests first: this runs for every word of every paragraph.
    let word = all.get(i).filter(|w| is_capitalised(w.text))?;
    let noun = if word.text.contains(['’', '\'']) {
        super::words::without_elided_article(word.text)
    } else {
        word.text
    };
    let outlet = NAME_WORDS.contains(noun) || super::words::is_one_of(noun, &OUTLET_NOUNS);
    if !outlet || !is_capitalised(noun) || names::writes_nouns_with_capitals() {
        return None;
    }
    let start = match i.checked_sub(1).and_then(|b| all.get(b)) {
        Some(article)
            if is_capitalised(article.text)
                && DETERMINERS.contains(&article.text.to_lowercase())
                && text.get(article.end..word.start) == Some(" ") =>
        {
            article.start
        }
        _ => word.start,
    };
    // Then capitalised words, and particles between them.
    let (mut end, mut last) = (word.end, word.end);
    for w in all.iter().skip(i + 1).take(6) {
        if text.get(last..w.start) != Some(" ") {
            break;
        }
        if is_capitalised(super::words::without_elided_article(w.text)) {
            end = w.end;
        } else if !(PARTICLES.contains(w.text) || super::words::after_particle(w.text)) {
            break;
        }
        last = w.end;
    }
    (end > word.end)
        .then(|| text.get(start..end).map(str::to_string))
        .flatten()
}

/// The known agencies and broadcasters, and the language's known publications (its list
/// `outlet`), that the text names as whole words, outside brackets (which cite them, or name
/// the dateline's publisher): “a affirmé à l’AFP”, “Selon Le Parisien”, “dijo a EFE”.
fn known_outlets(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for (name, form) in known_outlet_forms() {
        let named = text.match_indices(form).find(|&(at, _)| {
            let before = text.get(..at).unwrap_or("");
            let after = text.get(at + form.len()..).unwrap_or("");
            let bracketed = before.ends_with('(') && after.starts_with([')', ' ']);
            // Not the end of a longer name, “Michael Bloomberg”; a word that opens sentences
            // before it is none, “Selon Le Parisien”, « D'après Les Échos ».
            let longer = before
                .strip_suffix(' ')
                .and_then(|b| b.rsplit(' ').next())
                .is_some_and(|w| {
                    is_capitalised(w)
                        && w.ends_with(char::is_alphabetic)
                        && !w.contains(['’', '\''])
                        && !names::is_opener(w)
                });
            !before.ends_with(char::is_alphanumeric)
                && !after.starts_with(char::is_alphanumeric)
                && !bracketed
                && !longer
        });
        let Some((at, _)) = named else {
            continue;
        };
        // A regional edition, one word more before a comma or a full stop: “France 3 Bretagne”.
        let end = at + form.len();
        let edition = text
            .get(end..)
            .and_then(|after| after.strip_prefix(' '))
            .and_then(|after| {
                let word = words(after).into_iter().next()?;
                let closes = after.get(word.end..)?.starts_with([',', '.', ';']);
                let region = word.start == 0
                    && is_capitalised(word.text)
                    && !is_acronym(word.text)
                    && !dates::names_a_date(&word);
                (closes && region).then(|| text.get(at..end + 1 + word.end))?
            });
        let name = edition.unwrap_or(name);
        if !found.iter().any(|f| f == name) {
            found.push(name.to_string());
        }
    }
    found
}

/// The name an acronym stands for where the text gives it in brackets: “Associated Press” for
/// “AP” in “the Associated Press (AP)”.
fn spelled_out(text: &str, acronym: &str) -> Option<String> {
    let at = text.find(&format!(" ({acronym})"))?;
    let before = text.get(..at)?;
    if !is_acronym_of(acronym, before) {
        return None;
    }
    let found = words(before);
    let name: Vec<&str> = found
        .iter()
        .rev()
        .take_while(|w| {
            is_capitalised(w.text) || ["of", "for", "and", "de", "la"].contains(&w.text)
        })
        .map(|w| w.text)
        .collect();
    let name: Vec<&str> = name
        .into_iter()
        .rev()
        .skip_while(|w| !is_capitalised(w))
        .collect();
    (!name.is_empty()).then(|| name.join(" "))
}

/// The publication a speaker phrase names whole, when each of its words is capitalised, a
/// particle or an article: “Le Journal de la Broye” (a name with a publication's word), “France 3
/// Bretagne” (a known publication's regional edition), whose last word the text may name as a
/// place of its own.
pub fn publication_named(phrase: &str) -> Option<&str> {
    // Its short name in brackets closing it is no part of it: „dem Norddeutschen Rundfunk
    // (NDR)“.
    let phrase = match phrase.trim().split_once(" (") {
        Some((name, short)) if !short.trim_end_matches(')').contains([' ', ',', '(', ')']) => name,
        _ => phrase,
    }
    .trim();
    let found = words(phrase);
    let named = found.iter().all(|w| {
        is_capitalised(w.text)
            || w.text.starts_with(|c: char| c.is_ascii_digit())
            || PARTICLES.contains(w.text)
            || DETERMINERS.contains(&w.text.to_lowercase())
    });
    let plain = found
        .split_first()
        .filter(|(first, _)| DETERMINERS.contains(&first.text.to_lowercase()))
        .and_then(|(_, rest)| rest.first())
        .and_then(|w| phrase.get(w.start..))
        .unwrap_or(phrase);
    let regional = known_outlet_forms().any(|(_, form)| {
        plain
            .strip_prefix(form)
            .is_some_and(|rest| rest.starts_with(' '))
    });
    // A publication's word heads the name, first or last: not “the Budget Review Committee”.
    let words_of = words(plain);
    let head = |w: Option<&super::words::Word>| {
        w.is_some_and(|w| OUTLET_WORDS.contains(w.text) || NAME_WORDS.contains(w.text))
    };
    let headed = known_outlet(plain).is_some() || head(words_of.first()) || head(words_of.last());
    (named && found.len() >= 2 && (headed || regional)).then_some(phrase)
}

/// Whether a name is a publication's: a known agency or broadcaster, or a name with a word
/// such as “Times” or “News”.
pub fn is_outlet_name(name: &str) -> bool {
    known_outlet(name).is_some()
        || words(name)
            .iter()
            .any(|w| OUTLET_WORDS.contains(w.text) || NAME_WORDS.contains(w.text))
}

/// Whether two names are the same outlet or author: case aside, a leading article aside, a
/// Cyrillic name in any case.
pub fn same_name(a: &str, b: &str) -> bool {
    same_plain_name(&plain_name(a), &plain_name(b))
}

/// A name as [`same_name`] compares it: in small letters, without a leading article (“the”,
/// “el”, “l’”) or outlet's noun (“diario”).
pub fn plain_name(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let without = lower
        .split_once(' ')
        .filter(|(first, _)| *first == "the" || DETERMINERS.contains(first))
        .map(|(_, rest)| rest.to_string());
    // “l’Express”
    let elided = super::words::elided(&lower, &DETERMINERS).map(|(_, rest)| rest.to_string());
    let plain = without.or(elided).unwrap_or(lower);
    // Without an outlet's noun before a name of two words or more, or an acronym: “Diario Pampa
    // Norte” is “el diario Pampa Norte”, “Agencia EFE” is “EFE”; “Radio France” is not “France”.
    let acronym = name.rsplit(' ').next().is_some_and(is_acronym);
    match plain.split_once(' ') {
        Some((noun, rest)) if OUTLET_NOUNS.contains(noun) && (rest.contains(' ') || acronym) => {
            rest.to_string()
        }
        _ => plain,
    }
}

/// Whether two names as [`plain_name`] gives them are the same: alike, or a Cyrillic name in
/// another case (“українській правді”, “укрінформу”).
pub fn same_plain_name(a: &str, b: &str) -> bool {
    let in_a_case = || {
        let (x, y): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
        names::is_cyrillic(a)
            && x.len() == y.len()
            && x.iter().zip(&y).all(|(x, y)| names::same_stem(x, y))
    };
    !a.is_empty() && (a == b || in_a_case())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry_of(line: &str) -> (String, Option<String>, Option<String>, Option<String>) {
        let e = entry(line);
        (e.outlet, e.author, e.title, e.date)
    }

    fn owned(
        a: &str,
        b: Option<&str>,
        c: Option<&str>,
        d: Option<&str>,
    ) -> (String, Option<String>, Option<String>, Option<String>) {
        (
            a.to_string(),
            b.map(String::from),
            c.map(String::from),
            d.map(String::from),
        )
    }

    #[test]
    fn an_outlet_that_reported_is_named_in_full() {
        assert_eq!(
            outlets_named("The Financial Times reported that the deal had collapsed."),
            ["Financial Times"]
        );
        assert_eq!(
            outlets_named("Talks stalled. The New York Times reported it first."),
            ["New York Times"]
        );
        assert_eq!(outlets_named("Reuters reported an arrest."), ["Reuters"]);
        assert_eq!(
            outlets_named("On Tuesday Reuters reported an arrest."),
            ["Reuters"]
        );
        assert_eq!(
            outlets_named("Britain's Guardian reported it first."),
            ["Guardian"]
        );
    }

    #[test]
    fn apa_entries_by_outlet_and_by_author() {
        assert_eq!(
            entry_of("BBC (2023, 25 May). Belgorod: Russian paramilitary group vows more incursions. BBC."),
            owned("BBC", None, Some("Belgorod: Russian paramilitary group vows more incursions"), Some("2023-05-25"))
        );
        assert_eq!(
            entry_of("Watts M. (2023, 25 May). Paramilitary Group Behind Raid from Ukraine into Russia Vows More Incursions. Evening Standard."),
            owned("Evening Standard", Some("M. Watts"), Some("Paramilitary Group Behind Raid from Ukraine into Russia Vows More Incursions"), Some("2023-05-25"))
        );
        assert_eq!(
            entry_of("Reuters (n.d.). Ukrainian Military Intelligence: Russian Groups Behind Incursion. Reuters."),
            owned("Reuters", None, Some("Ukrainian Military Intelligence: Russian Groups Behind Incursion"), None)
        );
    }

    #[test]
    fn harvard_entries_name_the_journal_publisher_and_every_author() {
        assert_eq!(
            entry_of("Okonkwo, A., Lind, P. and Roy, S. (2022) Deep sediment carbon stocks. Journal of Coastal Carbon, 12(3), pp. 45-60."),
            owned("Journal of Coastal Carbon", Some("A. Okonkwo, P. Lind and S. Roy"), Some("Deep sediment carbon stocks"), Some("2022"))
        );
        assert_eq!(
            entry_of("Ibáñez, H. and Costa, R. (2024) A source of overestimation? Estuarine Letters, 9(2), pp. 112-127."),
            owned("Estuarine Letters", Some("H. Ibáñez and R. Costa"), Some("A source of overestimation?"), Some("2024"))
        );
        assert_eq!(
            entry_of("UNEP (2023) Out of Sight: The State of the World's Seagrass. Nairobi: United Nations Environment Programme."),
            owned("United Nations Environment Programme", None, Some("Out of Sight: The State of the World's Seagrass"), Some("2023"))
        );
        assert_eq!(
            entry_of("Guardian (2024) 'Heatwave turns Mallorca's meadows brown, divers warn', The Guardian, 22 July."),
            owned("The Guardian", None, Some("Heatwave turns Mallorca's meadows brown, divers warn"), Some("2024-07-22"))
        );
    }

    #[test]
    fn outlet_date_title_entries() {
        assert_eq!(
            entry_of("Le Monde, 3 February 2024: La réforme des retraites adoptée"),
            owned(
                "Le Monde",
                None,
                Some("La réforme des retraites adoptée"),
                Some("2024-02-03")
            )
        );
    }

    #[test]
    fn quoted_titles_and_links() {
        let e = entry("Pérez, Ana. “Harbour shut after storm.” Port Gazette, 2 March 2024, https://example.org/harbour.");
        assert_eq!(e.outlet, "Port Gazette");
        assert_eq!(e.author.as_deref(), Some("Pérez, Ana"));
        assert_eq!(e.title.as_deref(), Some("Harbour shut after storm"));
        assert_eq!(e.date.as_deref(), Some("2024-03-02"));
        assert_eq!(e.url.as_deref(), Some("https://example.org/harbour"));
        let e = entry("Storm closes harbour - Coast Daily https://www.coastdaily.example/harbour");
        assert_eq!(e.outlet, "Coast Daily");
        assert_eq!(e.title.as_deref(), Some("Storm closes harbour"));
        let e =
            entry("Storm closes harbour. Retrieved from https://www.coastdaily.example/harbour");
        assert_eq!(e.outlet, "coastdaily.example");
        assert_eq!(e.title.as_deref(), Some("Storm closes harbour"));
        assert_eq!(e.date, None);
    }

    #[test]
    fn reference_lines_are_told_from_sentences() {
        assert!(looks_like_reference(
            "BBC (2023, 25 May). Belgorod: Russian paramilitary group vows more incursions. BBC."
        ));
        assert!(looks_like_reference("Le Monde, 3 February 2024: Title"));
        assert!(looks_like_reference(
            "Storm closes harbour https://example.org/x"
        ));
        assert!(!looks_like_reference(
            "Ukraine deliberately denied its raid involvement (BBC, 2023). Russia describes RDK and the LSR as Ukrainian militants."
        ));
        assert!(!looks_like_reference(
            "The strategy includes incursions in Crimea (controlled by Russia since 2014)."
        ));
    }

    fn names(text: &str, known: &[&str]) -> Vec<Vec<(String, Option<String>)>> {
        let known: Vec<String> = known.iter().map(|k| k.to_string()).collect();
        citations(text, &known)
            .into_iter()
            .map(|c| c.works.into_iter().map(|w| (w.name, w.date)).collect())
            .collect()
    }

    #[test]
    fn citations_with_years_names_alone_and_several_works() {
        let text = "whose aim is to dismantle Putin’s government and claims (BBC, 2023). No casualties \
                    were registered (Il Post). The storm hit (AP). Prices rose (Smith et al., 2020; \
                    Office for National Statistics, March 2024).";
        assert_eq!(
            names(text, &[]),
            vec![
                vec![("BBC".to_string(), Some("2023".to_string()))],
                vec![("Il Post".to_string(), None)],
                vec![("AP".to_string(), None)],
                vec![
                    ("Smith et al.".to_string(), Some("2020".to_string())),
                    (
                        "Office for National Statistics".to_string(),
                        Some("2024-03".to_string())
                    )
                ],
            ]
        );
    }

    #[test]
    fn acronyms_and_glosses_in_brackets_are_not_citations() {
        let text = "namely the Liberty of Russia Legion (LSR) and the Russian Volunteer Corps (RDK). \
                    incursions in Russia and Crimea (controlled by Russia since 2014), giving Kyiv.";
        assert!(names(text, &[]).is_empty());
        // Even a known outlet's acronym is its alias there, not a citation of it.
        assert!(names("the Associated Press (AP) reported.", &["AP"]).is_empty());
        assert_eq!(names("as it reported (AP).", &["AP"]).len(), 1);
        // An acronym whose letters come from words in small letters, in any language.
        let text = "L’Agence régionale de la rénovation (ARR), qui s’est constituée partie civile.";
        assert!(names(text, &[]).is_empty());
        let text = "Según el Sindicato Médico del Arga (SIMEDA), faltan médicos.";
        assert!(names(text, &[]).is_empty());
        // A dateline's agency and a dated acronym are still cited.
        assert_eq!(names("VALDORA (AFP) — The port closed.", &[]).len(), 1);
        assert_eq!(names("Prices rose (IEA, 2023).", &[]).len(), 1);
    }
}
