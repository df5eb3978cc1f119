//! The draft written as an article file: the paragraphs, the writer and the actors of the cast,
//! the sources, and the claims anchored in their paragraphs (each once, with its first words for
//! an id and as a summary for the editor to rewrite), every id unique in its list.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::cast::Cast;
use super::claims::Drafted;
use super::layout::Layout;
use super::sources::{surname, Sources};
use super::words;
use crate::anchor::{anchor_among, Places};
use crate::format::file::{self, File};
use crate::ids::{id_base, numbered};
use crate::model::{ActorKind, Date, Url, Vocabulary};

/// What the drafter found, to be written as an article file.
pub struct Draft {
    pub layout: Layout,
    pub sources: Sources,
    pub cast: Cast,
    /// The names of the issuer folded into the writer (a press release's organisation).
    pub writer_aliases: Vec<String>,
    pub claims: Vec<Drafted>,
    /// The agency a dateline names, which published the story.
    pub publisher: Option<String>,
}

/// Writes the draft as an article file.
pub fn assemble(draft: Draft) -> File {
    let Draft {
        layout,
        sources,
        cast,
        writer_aliases,
        claims,
        publisher,
    } = draft;
    let actors = actors(&cast, writer_aliases);
    let written_sources = written_sources(&sources);
    let written_claims = written_claims(claims, &layout.paragraphs, &actors, &written_sources);
    let mut file = File {
        format: crate::FORMAT.to_string(),
        article: info(&layout, publisher),
        paragraphs: paragraphs(&layout.paragraphs),
        actors,
        sources: written_sources,
        claims: written_claims,
        ..Default::default()
    };
    if let Some(standfirst) = layout.standfirst {
        // Kept with the file, beside the story it sums up.
        file.article
            .extra
            .insert("x-standfirst".to_string(), standfirst.into());
    }
    file
}

/// The article's own fields: its title, section, date and credits as the copy gives them.
fn info(layout: &Layout, publisher: Option<String>) -> file::Info {
    let title = layout.title.clone().unwrap_or_default();
    file::Info {
        id: Ids::default().make(&title, "article"),
        title,
        publisher,
        category: layout.category.clone(),
        language: super::languages::current_code(),
        url: None,
        published: layout
            .published
            .clone()
            .filter(|d| Date::parse(d).is_some()),
        credits: layout
            .credits
            .iter()
            .map(|c| file::Credit {
                name: c.name.clone(),
                role: c.role.clone(),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    }
}

/// The paragraphs, numbered from `p1`.
fn paragraphs(texts: &[String]) -> Vec<file::Paragraph> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| file::Paragraph {
            id: format!("p{}", i + 1),
            text: text.clone(),
            ..Default::default()
        })
        .collect()
}

/// The writer, then each actor of the cast, in the cast's order.
fn actors(cast: &Cast, writer_aliases: Vec<String>) -> Vec<file::Actor> {
    let mut actor_ids = Ids::default();
    let mut actors = vec![file::Actor {
        id: actor_ids.make("writer", "writer"),
        name: cast.writer.clone(),
        aliases: writer_aliases,
        kind: ActorKind::Author.key().to_string(),
        summary: "The article's own voice: what it asserts without attributing it to anyone else."
            .to_string(),
        drafted: true,
        ..Default::default()
    }];
    for actor in &cast.named {
        // No filler reaches readers: without a description the summary stays empty, and the
        // checker's warning asks the editor for one.
        let summary = actor
            .description
            .as_ref()
            .map(|d| format!("Described by the text as “{d}”."))
            .unwrap_or_default();
        actors.push(file::Actor {
            id: actor_ids.make(&actor.name, "actor"),
            name: actor.name.clone(),
            aliases: actor
                .aliases
                .iter()
                .filter(|a| !a.trim().is_empty())
                .cloned()
                .collect(),
            kind: actor.kind.to_string(),
            summary,
            drafted: true,
            ..Default::default()
        });
    }
    actors
}

/// The sources, listed first, each with an id read from its author's surname (or outlet) and
/// year.
fn written_sources(sources: &Sources) -> Vec<file::Source> {
    let mut source_ids = Ids::reserving(&["unsourced"]);
    sources
        .entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let by = entry
                .author
                .as_deref()
                .and_then(surname)
                .unwrap_or(&entry.outlet);
            let year = entry.date.as_deref().and_then(|d| d.get(..4)).unwrap_or("");
            file::Source {
                id: source_ids.make(&format!("{by} {year}"), "source"),
                outlet: if entry.outlet.trim().is_empty() {
                    "Unnamed source".to_string()
                } else {
                    entry.outlet.clone()
                },
                author: entry.author.clone(),
                title: entry.title.clone(),
                date: entry.date.clone().filter(|d| Date::parse(d).is_some()),
                url: entry.url.clone().filter(|u| Url::parse(u).is_some()),
                listed: i < sources.listed,
                ..Default::default()
            }
        })
        .collect()
}

/// The claims that anchor in their paragraph, each quote once.
fn written_claims(
    claims: Vec<Drafted>,
    paragraphs: &[String],
    actors: &[file::Actor],
    sources: &[file::Source],
) -> Vec<file::Claim> {
    let mut claim_ids = Ids::default();
    let mut written: Vec<file::Claim> = Vec::new();
    let mut placed: HashSet<(usize, Range<usize>)> = HashSet::new();
    // A long paragraph's places, found once for all its claims.
    let mut long: HashMap<usize, Places> = HashMap::new();
    for claim in claims {
        let Some(paragraph) = paragraphs.get(claim.paragraph) else {
            continue;
        };
        if !placed.insert((claim.paragraph, claim.range.clone())) {
            continue;
        }
        let places = (paragraph.len() > LONG).then(|| {
            &*long
                .entry(claim.paragraph)
                .or_insert_with(|| Places::of(paragraph))
        });
        if let Some(written_claim) =
            written_claim(&claim, paragraph, places, actors, sources, &mut claim_ids)
        {
            written.push(written_claim);
        }
    }
    written
}

/// How long a paragraph is (in bytes) before its claims are anchored by its [`Places`] found
/// once, rather than by reading it again for each.
const LONG: usize = 64 * 1024;

/// The most context (in bytes) a drafted claim's quote carries: words a paragraph repeats with
/// kilobytes the same around them (a page pasted twice over, without breaks) are no claim the
/// draft can point to without writing the paragraph out again for each — 250 KB of text
/// repeating itself drafted to 263 MB.
const MOST_CONTEXT: usize = 1024;

/// A claim as the format writes it, with its actors' and sources' ids; `None` when its words
/// do not anchor in `paragraph`.
fn written_claim(
    claim: &Drafted,
    paragraph: &str,
    places: Option<&Places>,
    actors: &[file::Actor],
    sources: &[file::Source],
    claim_ids: &mut Ids,
) -> Option<file::Claim> {
    let anchor = anchor_among(paragraph, claim.range.clone(), places, MOST_CONTEXT)?;
    let opening: Vec<&str> = words::words(&anchor.exact)
        .iter()
        .take(6)
        .map(|w| w.text)
        .collect();
    let id_of = |i: usize| actors.get(i).map(|a| a.id.clone());
    let claimant = id_of(claim.claimant).unwrap_or_else(|| "writer".to_string());
    let subjects = distinct(claim.subjects.iter().filter_map(|&s| id_of(s)));
    let cited = distinct(
        claim
            .sources
            .iter()
            .filter_map(|&s| sources.get(s).map(|s| s.id.clone())),
    );
    Some(file::Claim {
        id: claim_ids.make(&opening.join(" "), "claim"),
        quote: file::Quote {
            paragraph: format!("p{}", claim.paragraph + 1),
            exact: anchor.exact.clone(),
            prefix: anchor.prefix,
            suffix: anchor.suffix,
            ..Default::default()
        },
        summary: summary(&anchor.exact),
        claimant,
        sources: cited,
        kind: claim.kind.key().to_string(),
        subjects,
        drafted: true,
        ..Default::default()
    })
}

/// The ids, each once, in the order first given.
fn distinct(ids: impl Iterator<Item = String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for id in ids {
        if !kept.contains(&id) {
            kept.push(id);
        }
    }
    kept
}

/// The ids handed out in one list of the draft, each made as [`unique_id`] makes it (the id
/// the editor would give) and never one of the reserved ids.
///
/// [`unique_id`]: crate::ids::unique_id
#[derive(Default)]
pub struct Ids {
    taken: HashSet<String>,
    /// For each base, the number its search starts at next: a text that opens many claims with
    /// the same words would otherwise try every number before it again, claim after claim.
    next: HashMap<String, usize>,
}

impl Ids {
    pub fn reserving(reserved: &[&str]) -> Ids {
        Ids {
            taken: reserved.iter().map(|r| r.to_string()).collect(),
            next: HashMap::new(),
        }
    }

    /// A fresh id read from `name`, or from `fallback` when `name` has no letter or digit.
    pub fn make(&mut self, name: &str, fallback: &str) -> String {
        let name = if name.chars().any(char::is_alphanumeric) {
            name
        } else {
            fallback
        };
        // The same as `unique_id(name, taken)`: ids are only ever added, so every number below
        // the one found last for this base is still taken.
        let base = id_base(name);
        let from = self.next.get(&base).copied().unwrap_or(1);
        let (id, n) = numbered(&base, from, |id| self.taken.contains(id));
        self.next.insert(base, n + 1);
        self.taken.insert(id.clone());
        id
    }
}

/// A first summary of a claim: its words as a sentence, for the editor to rewrite.
fn summary(exact: &str) -> String {
    let trimmed = exact.trim().trim_end_matches([',', ';', ':']);
    let mut summary = words::with_capital(trimmed);
    if !summary.ends_with(['.', '!', '?', '”', '"']) {
        summary.push('.');
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::unique_id;

    #[test]
    fn ids_handed_out_in_bulk_are_the_ones_unique_id_gives() {
        let mut ids = Ids::reserving(&["unsourced"]);
        let mut given: Vec<String> = Vec::new();
        // “Said 2” reads as “said-2”, which the third “Said” would otherwise have been given.
        for name in ["Said", "Said", "Said 2", "Said", "Unsourced", "—", "Said"] {
            let expected = unique_id(name, |id| {
                id == "unsourced" || given.iter().any(|g| g == id)
            });
            let expected = if name == "—" {
                "actor".to_string()
            } else {
                expected
            };
            let made = ids.make(name, "actor");
            assert_eq!(made, expected, "{name}");
            given.push(made);
        }
        assert_eq!(
            given,
            [
                "said",
                "said-2",
                "said-2-2",
                "said-3",
                "unsourced-2",
                "actor",
                "said-4"
            ]
        );
    }

    #[test]
    fn ids_are_the_editors_unique_and_never_reserved() {
        let mut ids = Ids::reserving(&["unsourced"]);
        assert_eq!(ids.make("BBC 2023", "source"), "bbc-2023");
        assert_eq!(ids.make("BBC, 2023", "source"), "bbc-2023-2");
        assert_eq!(ids.make("Unsourced", "source"), "unsourced-2");
        assert_eq!(ids.make("“”", "source"), "source");
        assert_eq!(ids.make("Zoë van der Berg", "actor"), "zoe-van-der-berg");
        let long = ids.make(&"word ".repeat(40), "claim");
        assert!(long.len() <= 64 && !long.ends_with('-'));
    }
}
