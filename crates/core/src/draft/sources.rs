//! The sources of the draft: the entries of the article's reference list, then each source the
//! text cites or names without listing it, matched by outlet, author's surname and year; and the
//! citations of each paragraph resolved to them.

use std::ops::Range;

use super::dates;
use super::layout::{self, Layout};
use super::names::{self, Named};
use super::references::{self, Citation, Entry};
use super::words::{self, Words};

/// Where a paragraph cites a source: the citation's bytes, and the sources it names.
pub type CitedAt = (Range<usize>, Vec<usize>);

/// What the paragraphs cite.
pub struct Citing {
    /// The agency a dateline names (“VALDORA (AP) —”): the story's publisher.
    pub publisher: Option<String>,
    /// Each paragraph's citations as the text writes them, the dateline's aside.
    pub citations: Vec<Vec<Citation>>,
    /// The same citations, each with the sources it names.
    pub cited: Vec<Vec<CitedAt>>,
}

/// The sources of the article: the reference list's entries, then each source the text cites
/// without listing it.
pub struct Sources {
    pub entries: Vec<Entry>,
    /// How many of the entries the reference list gives: the rest the text cites unlisted.
    pub listed: usize,
    /// When the article was published, for dates the text gives without a year (“released
    /// April 9”) or relative to it (“last month”).
    pub published: Option<String>,
    /// The entries that are an actor's own document (“a report by the Office of Audits”), not a
    /// publication: naming the actor elsewhere cites none of them.
    documents: Vec<usize>,
}

impl Sources {
    /// The sources of the article laid out in `layout`: its reference list, then the
    /// publications the text names as informants (“told Reuters”), listed or not.
    pub fn of(layout: &Layout) -> Sources {
        let mut sources = Sources::listed(&layout.references);
        sources.published = layout.published.clone();
        for paragraph in &layout.paragraphs {
            for outlet in references::outlets_named(paragraph) {
                let date = paragraph.find(&outlet).and_then(|at| {
                    let published = layout.published.as_deref();
                    dates::near(paragraph, at..at + outlet.len(), published)
                });
                sources.resolve(&outlet, date.as_deref());
            }
        }
        sources
    }

    /// The citations of each paragraph, resolved to sources (added when new), and the agency a
    /// dateline names.
    pub fn cite(&mut self, paragraphs: &[String]) -> Citing {
        let known = self.known_names();
        // The agency in a dateline (“VALDORA (AP) —”) published the story: it is its publisher,
        // not a source the story cites.
        let mut publisher: Option<String> = None;
        let citations: Vec<Vec<Citation>> = paragraphs
            .iter()
            .map(|p| {
                let opening = layout::dateline_end(p).unwrap_or(0);
                let (agency, cited): (Vec<Citation>, Vec<Citation>) =
                    references::citations(p, &known)
                        .into_iter()
                        .partition(|c| c.end <= opening);
                if publisher.is_none() {
                    // The agency closes the dateline: “Torrealba del Campo (Almenara), 22 may
                    // (Atalaya).- ”.
                    publisher = agency
                        .last()
                        .and_then(|c| c.works.first())
                        .map(|w| w.name.clone());
                }
                cited
            })
            .collect();
        let cited = citations
            .iter()
            .map(|list| {
                list.iter()
                    .map(|c| {
                        (
                            c.start..c.end,
                            c.works
                                .iter()
                                .map(|w| self.resolve(&w.name, w.date.as_deref()))
                                .collect(),
                        )
                    })
                    .collect()
            })
            .collect();
        Citing {
            publisher,
            citations,
            cited,
        }
    }

    fn listed(references: &[String]) -> Sources {
        let entries: Vec<Entry> = references
            .iter()
            .map(|line| references::entry(line))
            .collect();
        // A company's own publication („Hartkopf Automotive SE: Quartalsmitteilung …“) is its
        // document: the text naming the company cites none of it.
        let documents = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| names::is_company(&e.outlet))
            .map(|(i, _)| i)
            .collect();
        Sources {
            listed: entries.len(),
            entries,
            published: None,
            documents,
        }
    }

    /// The outlets and authors' surnames the reference list gives: the names a citation may use.
    pub fn known_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        for entry in &self.entries {
            names.push(entry.outlet.clone());
            if let Some(surname) = entry.author.as_deref().and_then(surname) {
                names.push(surname.to_string());
            }
        }
        names
    }

    /// The outlets of the press releases listed (a title naming one, the language's list `press
    /// release`: „Stadtwerke Ebersau, Pressemitteilung vom 12.03.2025“), and of the works a body
    /// wrote itself („Deutsche Umwelthilfe: Schädliche Subventionen …“): a body speaking for
    /// itself, an actor of the text as well as a source.
    pub fn issuers(&self) -> Vec<String> {
        static RELEASES: Words = Words::listed("press release");
        self.entries
            .iter()
            .filter(|entry| {
                let title = entry.title.as_deref().unwrap_or("").to_lowercase();
                entry.body || RELEASES.iter().any(|release| title.contains(release))
            })
            .map(|entry| entry.outlet.clone())
            .collect()
    }

    /// The source a citation names (“BBC”, “Watts”, “Il Post”), matched by outlet or by its
    /// author's surname and, among several, by year; a new unlisted source when none matches.
    pub fn resolve(&mut self, name: &str, date: Option<&str>) -> usize {
        let matching: Vec<usize> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                references::same_name(&e.outlet, name)
                    // “the BBC” for “BBC News”: an outlet named by its first words.
                    || (words::is_acronym(name)
                        && (e.outlet.starts_with(&format!("{} ", name.trim()))
                            || initials(&e.outlet) == name.trim()))
                    || e.author
                        .as_deref()
                        .and_then(surname)
                        .is_some_and(|s| references::same_name(s, name))
                    || name.split([' ', ',']).next().is_some_and(|first| {
                        e.author
                            .as_deref()
                            .and_then(surname)
                            .is_some_and(|s| references::same_name(s, first))
                    })
            })
            .map(|(i, _)| i)
            .collect();
        let year = date.and_then(|d| d.get(..4));
        let same_year = matching.iter().copied().find(|&i| {
            self.entries
                .get(i)
                .and_then(|e| e.date.as_deref())
                .and_then(|d| d.get(..4))
                == year
        });
        if let Some(found) = same_year.or_else(|| matching.first().copied()) {
            return found;
        }
        self.entries.push(Entry {
            outlet: name.to_string(),
            author: None,
            title: None,
            date: date.map(str::to_string),
            url: None,
            body: false,
        });
        self.entries.len() - 1
    }

    /// The source that is the actor `name`'s own document (“a report by the Office of Audits”),
    /// resolved as [`Sources::resolve`] does; one it adds is no publication.
    pub fn document_of(&mut self, name: &str, date: Option<&str>) -> usize {
        let count = self.entries.len();
        let found = self.resolve(name, date);
        if self.entries.len() > count {
            self.documents.push(found);
        }
        // The body as the text names it: a list's “Головного науково-експертного управління”
        // (its document's) is the text's “Головне науково-експертне управління”.
        if let Some(entry) = self.entries.get_mut(found) {
            if names::is_cyrillic(name)
                && entry.outlet != name
                && references::same_name(&entry.outlet, name)
            {
                entry.outlet = name.to_string();
            }
        }
        found
    }

    /// Whether a source is an actor's own document.
    pub fn is_document(&self, source: usize) -> bool {
        self.documents.contains(&source)
    }

    /// The listed source an actor published itself, when the reference list names it as the
    /// outlet: a statistics institute's report for what the institute says. Not a company's
    /// document: what its spokesman says is no quarterly report's.
    pub fn published_by(&self, actor: &Named) -> Option<usize> {
        self.entries
            .iter()
            .take(self.listed)
            .position(|e| {
                actor
                    .names()
                    .any(|n| references::same_name(&e.outlet, n) || initials(&e.outlet) == n)
            })
            .filter(|found| !self.documents.contains(found))
    }

    /// The source a name in the text is (“told the BBC”), if the article cites it.
    pub fn named_in(&self, text: &str) -> Vec<usize> {
        let named: Vec<usize> = self
            .entries
            .iter()
            .enumerate()
            .filter(|&(i, e)| {
                let outlet = e.outlet.trim();
                !self.documents.contains(&i)
                    && !outlet.is_empty()
                    && text.match_indices(outlet).any(|(at, _)| {
                        let before = text
                            .get(..at)
                            .is_none_or(|b| !b.ends_with(char::is_alphanumeric));
                        let after = text
                            .get(at + outlet.len()..)
                            .is_none_or(|a| !a.starts_with(char::is_alphanumeric));
                        before && after
                    })
            })
            .map(|(i, _)| i)
            .collect();
        // Not a publication a longer one named holds: “France 3” in “France 3 Bretagne”.
        let outlet = |i: usize| self.entries.get(i).map_or("", |e| e.outlet.trim());
        named
            .iter()
            .copied()
            .filter(|&i| {
                !named
                    .iter()
                    .any(|&j| outlet(j).len() > outlet(i).len() && outlet(j).contains(outlet(i)))
            })
            .collect()
    }
}

/// The capitals of a name's words, as its acronym: “Instituto Nacional de Estadística” → “INE”.
fn initials(name: &str) -> String {
    let capitals = references::acronym_of(name);
    if capitals.chars().count() >= 2 {
        capitals
    } else {
        String::new()
    }
}

/// The surname of an author as a reference writes it: “M. Watts” → “Watts”, “Pérez, Ana” →
/// “Pérez”.
pub fn surname(author: &str) -> Option<&str> {
    // The first author's: “A. Okonkwo, P. Lind and S. Roy” → “Okonkwo”.
    let first = match author.split_once(',') {
        Some((first, _)) => first,
        None => author.split(" and ").next().unwrap_or(author),
    };
    first
        .split_whitespace()
        .rfind(|w| w.trim_end_matches('.').chars().count() > 1)
}
