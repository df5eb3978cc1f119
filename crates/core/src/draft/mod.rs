//! The drafting engine: an article as copied from a web page in, a first annotation out — the
//! headline, credits and paragraphs, the sources of its reference list and citations, the actors
//! it names, and a claim for each sentence or clause that asserts something, with its claimant,
//! sources, kind and subjects. Every claim and actor is marked `drafted`, a guess for an editor
//! to check, and the file always loads ([`crate::load`]), whatever the text.
//!
//! Each rule is a small function in the module of its concern — [`layout`] (the parts of the
//! copy), [`references`] (entries and citations), [`names`] (actors), [`sentences`] (sentences,
//! clauses, quotations and quote selectors), [`attribution`] (claimant and kind) — with tests on
//! real sentences; ids are made as the editor makes them ([`crate::edit::unique_id`]). The engine is plain Rust with no dependency beyond the core's and no
//! regular expressions: it also runs in the browser, where a regex crate would weigh more than
//! the rules themselves.

#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic
    )
)]

mod attribution;
mod cues;
mod dates;
mod layout;
mod names;
mod references;
mod sentences;
mod words;

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use words::{Pairs, Words};

use crate::format::file::{self, File};
use crate::ids::{id_base, numbered};
use crate::model::{Date, Url};
use attribution::{Kind, Speaker};
use names::Named;
use references::{Citation, Entry};

/// Drafts an annotation of `text`, an article as copied from a web page.
pub fn draft(text: &str) -> File {
    let layout = layout::read(text);
    let mut sources = Sources::listed(&layout.references);
    sources.published = layout.published.clone();
    // Publications the text names as informants (“told Reuters”) are sources, listed or not.
    for paragraph in &layout.paragraphs {
        for outlet in references::outlets_named(paragraph) {
            sources.resolve(&outlet, None);
        }
    }
    let known = sources.known_names();
    // The agency in a dateline (“VALDORA (AP) —”) published the story: it is its publisher, not
    // a source the story cites.
    let mut publisher: Option<String> = None;
    let citations: Vec<Vec<Citation>> = layout
        .paragraphs
        .iter()
        .map(|p| {
            let opening = dateline(p).unwrap_or(0);
            let (agency, cited): (Vec<Citation>, Vec<Citation>) = references::citations(p, &known)
                .into_iter()
                .partition(|c| c.end <= opening);
            if publisher.is_none() {
                publisher = agency
                    .first()
                    .and_then(|c| c.works.first())
                    .map(|w| w.name.clone());
            }
            cited
        })
        .collect();
    // The sources each citation names, by paragraph.
    let cited: Vec<Vec<(Range<usize>, Vec<usize>)>> = citations
        .iter()
        .map(|list| {
            list.iter()
                .map(|c| {
                    (
                        c.start..c.end,
                        c.works
                            .iter()
                            .map(|w| sources.resolve(&w.name, w.date.as_deref()))
                            .collect(),
                    )
                })
                .collect()
        })
        .collect();
    // Outlets are not actors, but an institution cited for its own report (“according to UNEP”)
    // is both: it says what the report says.
    let mut not_actors: Vec<String> = sources
        .known_names()
        .into_iter()
        .filter(|name| !names::is_institution(name))
        .collect();
    not_actors.extend(
        citations
            .iter()
            .flatten()
            .flat_map(|c| c.works.iter().map(|w| w.name.clone())),
    );
    let skip: Vec<Vec<Range<usize>>> = cited
        .iter()
        .zip(&layout.paragraphs)
        .map(|(list, text)| {
            let mut skipped: Vec<Range<usize>> =
                list.iter().map(|(range, _)| range.clone()).collect();
            skipped.extend(dateline(text).map(|end| 0..end));
            skipped
        })
        .collect();
    let named = names::find(&layout.paragraphs, &not_actors, &skip);
    let mut cast = Cast::new(&layout.credits, named, layout.release);
    let mut claims = Vec::new();
    for (p, paragraph) in layout.paragraphs.iter().enumerate() {
        let cited_here = cited.get(p).map_or(&[][..], Vec::as_slice);
        claims.extend(paragraph_claims(
            p,
            paragraph,
            cited_here,
            &mut cast,
            &mut sources,
        ));
    }
    let writer_aliases = cast.fold_issuer(&mut claims);
    let standfirst = layout.standfirst.clone();
    let mut file = assemble(layout, sources, cast, writer_aliases, claims);
    file.article.publisher = publisher;
    if let Some(standfirst) = standfirst {
        // Kept with the file, beside the story it sums up.
        file.article
            .extra
            .insert("x-standfirst".to_string(), standfirst.into());
    }
    file
}

/// The sources of the article: the reference list's entries, then each source the text cites
/// without listing it.
struct Sources {
    entries: Vec<Entry>,
    listed: usize,
    /// When the article was published, for dates the text gives without a year (“released
    /// April 9”) or relative to it (“last month”).
    published: Option<String>,
}

impl Sources {
    fn listed(references: &[String]) -> Sources {
        let entries: Vec<Entry> = references
            .iter()
            .map(|line| references::entry(line))
            .collect();
        Sources {
            listed: entries.len(),
            entries,
            published: None,
        }
    }

    /// The outlets and authors' surnames the reference list gives: the names a citation may use.
    fn known_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        for entry in &self.entries {
            names.push(entry.outlet.clone());
            if let Some(surname) = entry.author.as_deref().and_then(surname) {
                names.push(surname.to_string());
            }
        }
        names
    }

    /// The source a citation names (“BBC”, “Watts”, “Il Post”), matched by outlet or by its
    /// author's surname and, among several, by year; a new unlisted source when none matches.
    fn resolve(&mut self, name: &str, date: Option<&str>) -> usize {
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
        });
        self.entries.len() - 1
    }

    /// The listed source an actor published itself, when the reference list names it as the
    /// outlet: a statistics institute's report for what the institute says.
    fn published_by(&self, actor: &Named) -> Option<usize> {
        self.entries.iter().take(self.listed).position(|e| {
            actor
                .names()
                .any(|n| references::same_name(&e.outlet, n) || initials(&e.outlet) == n)
        })
    }

    /// The source a name in the text is (“told the BBC”), if the article cites it.
    fn named_in(&self, text: &str) -> Vec<usize> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                let outlet = e.outlet.trim();
                !outlet.is_empty()
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
fn surname(author: &str) -> Option<&str> {
    // The first author's: “A. Okonkwo, P. Lind and S. Roy” → “Okonkwo”.
    let first = match author.split_once(',') {
        Some((first, _)) => first,
        None => author.split(" and ").next().unwrap_or(author),
    };
    first
        .split_whitespace()
        .rfind(|w| w.trim_end_matches('.').chars().count() > 1)
}

/// The actors of the draft: the writer first, then those the text names, then speakers the
/// text describes without naming (“the mayor”).
struct Cast {
    writer: String,
    /// The named actor who is the writer: the organisation issuing a press release.
    issuer: Option<usize>,
    named: Vec<Named>,
    /// The last person and the last other actor mentioned, for “he” and “they”.
    last_person: Option<usize>,
    last_other: Option<usize>,
}

/// The writer's place in the cast.
const WRITER: usize = 0;

impl Cast {
    fn new(credits: &[layout::Credit], named: Vec<Named>, release: bool) -> Cast {
        let authors: Vec<&str> = credits
            .iter()
            .filter(|c| c.role == "author")
            .map(|c| c.name.as_str())
            .collect();
        // A press release without a byline is the voice of the organisation it opens with.
        let issuer = (release && authors.is_empty())
            .then(|| {
                named
                    .iter()
                    .position(|a| a.paragraph == 0 && a.kind == "organisation")
            })
            .flatten();
        let writer = if let Some(issuer) = issuer.and_then(|i| named.get(i)) {
            issuer.name.clone()
        } else if authors.is_empty() {
            "The author".to_string()
        } else {
            authors.join(" and ")
        };
        Cast {
            writer,
            issuer,
            named,
            last_person: None,
            last_other: None,
        }
    }

    /// The cast index of named actor `i`.
    fn of_named(&self, i: usize) -> usize {
        if self.issuer == Some(i) {
            WRITER
        } else {
            i + 1
        }
    }

    /// Takes the issuer out of the named actors once every claim is drafted: its names are the
    /// writer's, and the claims' actors after it move up one place.
    fn fold_issuer(&mut self, claims: &mut [Drafted]) -> Vec<String> {
        let Some(issuer) = self.issuer.take().filter(|&i| i < self.named.len()) else {
            return Vec::new();
        };
        let folded = self.named.remove(issuer);
        let moved = |actor: &mut usize| {
            if *actor > issuer + 1 {
                *actor -= 1;
            }
        };
        for claim in claims {
            moved(&mut claim.claimant);
            claim.subjects.iter_mut().for_each(moved);
        }
        folded.aliases
    }

    fn named(&self, actor: usize) -> Option<&Named> {
        actor.checked_sub(1).and_then(|i| self.named.get(i))
    }

    /// Notes the actors a clause mentions, in order, for the pronouns of later clauses.
    fn saw(&mut self, mentioned: &[usize]) {
        for &actor in mentioned {
            if actor == WRITER && self.issuer.is_some() {
                self.last_other = Some(WRITER);
            }
            match self.named(actor).map(|a| a.kind) {
                Some("person") => self.last_person = Some(actor),
                Some(_) => self.last_other = Some(actor),
                None => {}
            }
        }
    }

    /// The person the text named with the office a description gives: “the minister” after
    /// “Housing Minister José Álvarez-Núñez”, “the director” after “X, director of Y”.
    fn titled(&self, phrase: &str) -> Option<usize> {
        let lower = phrase.trim().to_lowercase();
        let office = lower.strip_prefix("the ")?;
        if office.contains(' ') || office.is_empty() {
            return None;
        }
        self.named
            .iter()
            .rposition(|a| {
                a.kind == "person"
                    && a.description.as_deref().is_some_and(|d| {
                        words::words(d)
                            .iter()
                            .take(4)
                            .any(|w| w.text.to_lowercase() == office)
                    })
            })
            .map(|i| self.of_named(i))
    }

    /// A source the text leaves unnamed: “a person familiar with the negotiations”, “people
    /// close to the talks”, added when new.
    fn unnamed(&mut self, phrase: &str, paragraph: usize) -> Option<usize> {
        let trimmed = phrase.trim();
        let lower = trimmed.to_lowercase();
        let bare = ["a ", "an ", "two ", "three ", "several "]
            .iter()
            .find_map(|a| lower.strip_prefix(a))
            .unwrap_or(&lower);
        let (kind, known) = [
            ("person", "person "),
            ("people", "people "),
            ("person", "source "),
            ("people", "sources "),
        ]
        .iter()
        .find(|(_, head)| bare.starts_with(head))
        .map(|(kind, head)| (*kind, bare.get(head.len()..).unwrap_or("")))?;
        let how = [
            "familiar with",
            "close to",
            "with knowledge of",
            "briefed on",
            "involved in",
        ];
        if !how.iter().any(|h| known.starts_with(h)) || words::words(bare).len() > 8 {
            return None;
        }
        Some(self.found_or_added(bare.to_string(), kind, paragraph))
    }

    /// The actor called `name`, added with `kind` when the cast has none.
    fn found_or_added(&mut self, name: String, kind: &'static str, paragraph: usize) -> usize {
        if let Some(i) = self.named.iter().position(|a| a.names().any(|n| n == name)) {
            return self.of_named(i);
        }
        self.named.push(Named {
            name,
            aliases: Vec::new(),
            kind,
            paragraph,
            description: None,
        });
        self.named.len()
    }

    /// The actor a description names (“the mayor”, “police officials”), added when new.
    fn described(&mut self, phrase: &str, paragraph: usize) -> Option<usize> {
        let found = words::words(phrase);
        let kept: Vec<String> = found
            .iter()
            .map(|w| w.text)
            .skip_while(|w| ["the", "a", "an", "The", "A", "An"].contains(w))
            .enumerate()
            // A sentence's first word is capitalised for the sentence: “Residents said …”.
            .map(|(i, w)| {
                if i == 0 && w.chars().skip(1).all(char::is_lowercase) {
                    w.to_lowercase()
                } else {
                    w.to_string()
                }
            })
            .collect();
        let head = kept.last()?;
        let kind = speaker_noun_kind(head).or_else(|| plural_people(head, kept.len()))?;
        if kept.len() > 3 || kept.iter().any(|w| words::is_capitalised(w)) {
            return None;
        }
        Some(self.found_or_added(kept.join(" "), kind, paragraph))
    }
}

/// Speakers in small letters the list of nouns does not know, when plural and short: “traders
/// said”, “local fishermen say”. Words that name things rather than people are left out.
fn plural_people(head: &str, words_in_phrase: usize) -> Option<&'static str> {
    static THINGS: Words = Words::new(concat!(
        "figures|reports|documents|records|data|results|statistics|sources|papers|news|rules|",
        "laws|plans|things|times|years|months|days|weeks|prices|costs|rates|sales|news",
    ));
    let people = head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && head.chars().all(char::is_lowercase)
        && !THINGS.contains(head);
    (people && words_in_phrase <= 2).then_some("people")
}

/// The kind of a speaker the text describes by a noun: “the mayor” is a person, “officials” a
/// government, “the port authority” an organisation. Other nouns do not make a speaker.
fn speaker_noun_kind(noun: &str) -> Option<&'static str> {
    static NOUNS: Pairs = Pairs::new(concat!(
        "mayor=person|spokesperson=person|spokesman=person|spokeswoman=person|official=person|",
        "minister=person|president=person|director=person|service=organisation|",
        "federation=organisation|institute=organisation|spokesman=person|chief=person|",
        "head=person|leader=person|witness=person|resident=person|judge=person|",
        "prosecutor=person|lawyer=person|expert=person|analyst=person|doctor=person|",
        "officials=government|authorities=government|government=government|",
        "ministry=government|council=government|police=organisation|authority=organisation|",
        "company=organisation|firm=organisation|union=organisation|agency=organisation|",
        "court=organisation|army=military|military=military|witnesses=people|residents=people|",
        "experts=people|analysts=people|critics=people|activists=people|protesters=people|",
        "campaigners=people|organisers=people|researchers=people|scientists=people|",
        "doctors=people|lawyers=people|prosecutors=people|jury=organisation|",
        "panel=organisation|committee=organisation|board=organisation|commission=organisation",
    ));
    NOUNS.iter().find(|(n, _)| *n == noun).map(|(_, kind)| kind)
}

/// A claim as drafted, before it is written as the format's claim.
struct Drafted {
    paragraph: usize,
    range: Range<usize>,
    claimant: usize,
    kind: Kind,
    sources: Vec<usize>,
    subjects: Vec<usize>,
}

/// One sentence's clauses with their attribution, and the citations that close it.
struct SentenceClaims {
    claims: Vec<Drafted>,
    /// The sources of the citation that closes the sentence.
    closing: Vec<usize>,
    /// Whether the sentence carries on the one before: “And additionally …”, “He also said …”.
    continues: bool,
}

/// The claims of one paragraph.
fn paragraph_claims(
    p: usize,
    text: &str,
    cited: &[(Range<usize>, Vec<usize>)],
    cast: &mut Cast,
    sources: &mut Sources,
) -> Vec<Drafted> {
    let mentions = names::mentions(text, &cast.named);
    let citation_ranges: Vec<Range<usize>> = cited.iter().map(|(r, _)| r.clone()).collect();
    // The dateline is no part of a claim: “VALDORA (AP) — …”.
    let opening = dateline(text).unwrap_or(0);
    let mentions: Vec<(Range<usize>, usize)> = mentions
        .into_iter()
        .filter(|(r, _)| r.start >= opening)
        .collect();
    let mut sentences: Vec<SentenceClaims> = Vec::new();
    let mut previous_speaker: Option<usize> = None;
    for sentence in sentences::sentences(text) {
        let sentence = sentence.start.max(opening).min(sentence.end)..sentence.end;
        let clauses = sentences::clauses(text, sentence.clone(), &citation_ranges);
        let closing: Vec<usize> = cited
            .iter()
            .filter(|(r, _)| {
                clauses.last().is_some_and(|last| r.start >= last.end) && r.end <= sentence.end
            })
            .flat_map(|(_, s)| s.iter().copied())
            .collect();
        let opening = text.get(sentence.clone()).unwrap_or("").to_lowercase();
        let mut drafted = Vec::new();
        let mut claimant_before = WRITER;
        let mut kind_before = Kind::Report;
        let mut any_cue = false;
        for (c, clause) in clauses.iter().enumerate() {
            let next_start = clauses.get(c + 1).map_or(sentence.end, |n| n.start);
            let own: Vec<usize> = cited
                .iter()
                .filter(|(r, _)| {
                    r.start >= clause.start && r.start < next_start && r.end <= sentence.end
                })
                .flat_map(|(_, s)| s.iter().copied())
                .collect();
            let found = attribution::attribute(text, clause.clone());
            let mut extra_sources = Vec::new();
            let claimant = match &found.speaker {
                Speaker::Writer => WRITER,
                Speaker::Before => claimant_before,
                Speaker::Named(range) => {
                    any_cue = true;
                    let said_by = speaker(text, range.clone(), &mentions, cast, p);
                    let outlets = sources.named_in(text.get(range.clone()).unwrap_or(""));
                    extra_sources.extend(outlets.iter().copied());
                    extra_sources
                        .extend(sources.named_in(text.get(found.cue.clone()).unwrap_or("")));
                    let phrase = text.get(range.clone()).unwrap_or("");
                    let said_by_name = cast.named(said_by).map(|a| (a.name.clone(), a.kind));
                    match said_by_name {
                        // A publication that reports (“the Granton Ledger reported”) is the
                        // writer's source, not a claimant.
                        Some((name, "media")) => {
                            // “… reported last month”: as precise as the text is.
                            let when = text.get(found.cue.clone()).unwrap_or("");
                            let date = sources
                                .published
                                .as_deref()
                                .and_then(|p| dates::relative(when, p));
                            extra_sources.push(sources.resolve(&name, date.as_deref()));
                            WRITER
                        }
                        // “According to a report by the Office of Audits”: the office says it,
                        // and its report is the source.
                        Some((name, _)) if is_publication_by(phrase) => {
                            let date = dates::find(phrase)
                                .or_else(|| {
                                    let year = sources.published.as_deref()?.get(..4)?;
                                    dates::find(&format!("{phrase}, {year}"))
                                })
                                .map(|d| d.date);
                            extra_sources.push(sources.resolve(&name, date.as_deref()));
                            said_by
                        }
                        // An outlet the text cites (“according to Reuters”) is a source, not a
                        // claimant.
                        _ if said_by == WRITER && !outlets.is_empty() => WRITER,
                        _ => said_by,
                    }
                }
            };
            // “… and that …” goes on with what the clause before reported, as it reported it.
            let mut kind = if text.get(found.cue.clone()) == Some("that") {
                kind_before
            } else {
                found.kind
            };
            let mut claimant = claimant;
            if claimant == WRITER
                && matches!(found.speaker, Speaker::Named(_))
                && kind == Kind::Statement
            {
                // “The council's own report shows that …” with no actor to give it to: the
                // writer reports it.
                kind = Kind::Report;
            }
            let described = match &found.speaker {
                Speaker::Named(range) => apposition(text, range.clone())
                    .or_else(|| apposition_after(text, range.clone(), clause.end)),
                _ => None,
            };
            let mut quote = found.quote.clone();
            if let Some(described) = &described {
                // “X, a group active in the province, denied …”: the claim is what X did, the
                // apposition a claim of its own.
                if quote.start == clause.start
                    && quote.end >= described.end
                    && found.cue.start > described.end
                {
                    quote.start = found.cue.start;
                }
            }
            // Who spoke last: earlier in this sentence (“…,” she said, “…”), or before it.
            let quoted_before = Some(claimant_before)
                .filter(|&c| c != WRITER)
                .or(previous_speaker);
            if found.speaker == Speaker::Writer && is_quotation(text, clause) {
                if let Some(speaker) = quoted_before {
                    // A quotation with no cue goes on with the speaker quoted before it.
                    claimant = speaker;
                    kind = Kind::Statement;
                }
            }
            let mut cited_here = own;
            cited_here.extend(extra_sources);
            cited_here.extend(sources.named_in(text.get(clause.clone()).unwrap_or("")));
            if cited_here.is_empty() {
                // “The INE said …” when the reference list gives the INE's own publication.
                if let Some(actor) = cast.named(claimant) {
                    cited_here.extend(sources.published_by(actor));
                }
            }
            let mentioned: Vec<usize> = mentions
                .iter()
                .filter(|(r, _)| r.start >= clause.start && r.end <= clause.end)
                .map(|(_, a)| cast.of_named(*a))
                .collect();
            drafted.push(Drafted {
                paragraph: p,
                range: quote,
                claimant,
                kind,
                sources: cited_here.clone(),
                subjects: subjects_of(&mentioned, claimant),
            });
            if let Some(apposition) = described {
                drafted.push(Drafted {
                    paragraph: p,
                    range: apposition,
                    claimant: WRITER,
                    kind: Kind::Report,
                    sources: Vec::new(),
                    subjects: mentioned.first().copied().into_iter().collect(),
                });
            }
            for (quote, said_by, nominal_kind) in attribution::nominal(text, clause) {
                let by = speaker(text, said_by, &mentions, cast, p);
                if by != WRITER {
                    drafted.push(Drafted {
                        paragraph: p,
                        range: quote,
                        claimant: by,
                        kind: nominal_kind,
                        sources: cited_here.clone(),
                        subjects: vec![by],
                    });
                }
            }
            for gloss in glosses(text, clause, &citation_ranges) {
                drafted.push(Drafted {
                    paragraph: p,
                    range: gloss,
                    claimant: WRITER,
                    kind: Kind::Report,
                    sources: cited_here.clone(),
                    subjects: Vec::new(),
                });
            }
            cast.saw(&mentioned);
            claimant_before = claimant;
            kind_before = kind;
        }
        let speaker_here = drafted.iter().map(|d| d.claimant).find(|&c| c != WRITER);
        let continues = ["and ", "additionally", "also ", "in addition"]
            .iter()
            .any(|o| opening.starts_with(o))
            || (any_cue
                && speaker_here.is_some()
                && speaker_here == previous_speaker
                && starts_with_pronoun(&opening));
        previous_speaker = speaker_here.or(previous_speaker.filter(|_| !drafted.is_empty()));
        sentences.push(SentenceClaims {
            claims: drafted,
            closing,
            continues,
        });
    }
    // A sentence without a citation takes the one closing the sentence it runs on into.
    let mut carried: Vec<usize> = Vec::new();
    let mut drafted = Vec::new();
    for i in (0..sentences.len()).rev() {
        let next_continues = sentences.get(i + 1).is_some_and(|n| n.continues);
        let Some(sentence) = sentences.get_mut(i) else {
            continue;
        };
        if sentence.closing.is_empty() && next_continues {
            sentence.closing = carried.clone();
        }
        for claim in &mut sentence.claims {
            if claim.sources.is_empty() {
                claim.sources = sentence.closing.clone();
            }
        }
        carried = sentence.closing.clone();
    }
    for sentence in sentences {
        for claim in sentence.claims {
            for range in sentences::quoted_sentences(text, claim.range.clone()) {
                drafted.push(Drafted {
                    range,
                    sources: claim.sources.clone(),
                    subjects: claim.subjects.clone(),
                    ..claim
                });
            }
        }
    }
    // A claim about no one named is about what the claim before it was about.
    let mut before: Vec<usize> = Vec::new();
    for claim in &mut drafted {
        if claim.subjects.is_empty() {
            claim.subjects = before.clone();
        }
        before = claim.subjects.clone();
    }
    drafted
}

/// Where the story starts after a dateline — a place in capitals, an agency in brackets or a
/// date, then a dash: “VALDORA (AP) — ”, “Castellón, 12 April 2024 – ”.
fn dateline(text: &str) -> Option<usize> {
    let (dash, width) = ["— ", "– ", " - "]
        .iter()
        .filter_map(|d| text.find(d).map(|at| (at, d.len())))
        .min()?;
    let head = text.get(..dash)?;
    let head_words = words::words(head);
    let marked = head.contains('(')
        || head_words
            .iter()
            .any(|w| words::is_acronym(w.text) && w.text.len() > 2)
        || dates::find(head).is_some();
    (head_words.len() <= 8 && marked && !head.contains(['.', '“', '"'])).then_some(dash + width)
}

/// Whether a clause is a quotation and little else: “We will rebuild.”
fn is_quotation(text: &str, clause: &Range<usize>) -> bool {
    let inside: usize = sentences::quotations(text)
        .iter()
        .filter(|q| q.start >= clause.start.saturating_sub(3) && q.end <= clause.end + 3)
        .map(|q| q.len())
        .sum();
    inside * 10 >= clause.len() * 8
}

fn starts_with_pronoun(opening: &str) -> bool {
    ["he ", "she ", "they ", "it "]
        .iter()
        .any(|p| opening.starts_with(p))
}

/// The actors a clause is about: those it names other than its claimant, or the claimant when
/// it names no one else.
fn subjects_of(mentioned: &[usize], claimant: usize) -> Vec<usize> {
    let mut subjects: Vec<usize> = Vec::new();
    for &actor in mentioned {
        if actor != claimant && !subjects.contains(&actor) {
            subjects.push(actor);
        }
    }
    if subjects.is_empty() && claimant != WRITER {
        subjects.push(claimant);
    }
    subjects
}

/// The actor the words at `range` name as a speaker: the first actor they mention, the person or
/// group a pronoun stands for, or a described speaker (“the mayor”); the writer when none.
fn speaker(
    text: &str,
    range: Range<usize>,
    mentions: &[(Range<usize>, usize)],
    cast: &mut Cast,
    paragraph: usize,
) -> usize {
    // The name the phrase is about: the last one before its first comma (“TDOT Director Paul
    // Vasquez”, “Paul Vasquez, director of TDOT”), else the first (“His barrister, Simon Ferris”).
    let phrase_text = text.get(range.clone()).unwrap_or("");
    let head_end = phrase_text
        .find(", ")
        .map_or(range.end, |comma| range.start + comma);
    let in_head = mentions
        .iter()
        .rfind(|(r, _)| r.start >= range.start && r.end <= head_end)
        .map(|(_, actor)| *actor);
    let first = mentions
        .iter()
        .find(|(r, _)| r.start >= range.start && r.end <= range.end)
        .map(|(_, actor)| *actor);
    if let Some(actor) = in_head.or(first) {
        return cast.of_named(actor);
    }
    let words_here = words::words(text.get(range.clone()).unwrap_or(""));
    let pronoun = words_here
        .iter()
        .find_map(|w| match w.text.to_lowercase().as_str() {
            "he" | "she" => Some(cast.last_person),
            "they" | "it" => Some(cast.last_other),
            "i" | "we" => Some(Some(WRITER)),
            _ => None,
        });
    if let Some(resolved) = pronoun {
        return resolved.unwrap_or(WRITER);
    }
    // The description before any apposition: “the mayor, who …”.
    let phrase = text.get(range).unwrap_or("");
    let phrase = phrase.split(',').next().unwrap_or(phrase);
    if let Some(unnamed) = cast.unnamed(phrase, paragraph) {
        return unnamed;
    }
    let phrase = spoken_for(phrase).unwrap_or(phrase);
    if let Some(actor) = definite_organisation(phrase, cast) {
        return actor;
    }
    if let Some(actor) = cast.titled(phrase) {
        return actor;
    }
    cast.described(phrase, paragraph).unwrap_or(WRITER)
}

/// Whether a speaker phrase names a publication by an actor: “a report by the Office of Audits
/// released April 9”, “figures from the statistics office”, “a study by the university”.
fn is_publication_by(phrase: &str) -> bool {
    static WORKS: Words =
        Words::new("report|study|survey|audit|analysis|review|figures|data|paper");
    let found = words::words(phrase);
    found.windows(2).any(|pair| match pair {
        [work, by] => WORKS.contains(work.text) && ["by", "from", "of"].contains(&by.text),
        _ => false,
    })
}

/// Who a spokesperson speaks for: “a spokeswoman for the service” → “the service”, “the
/// ministry's spokesperson” → “the ministry”.
fn spoken_for(phrase: &str) -> Option<&str> {
    static SPOKESPEOPLE: Words =
        Words::new("spokesperson|spokesman|spokeswoman|representative|spokespeople");
    let trimmed = phrase.trim();
    for who in SPOKESPEOPLE.iter() {
        if let Some(at) = trimmed.find(&format!("{who} for ")) {
            return trimmed.get(at + who.len() + 5..).map(str::trim);
        }
        for possessive in ["’s ", "'s "] {
            if let Some(owner) = trimmed.strip_suffix(&format!("{possessive}{who}")) {
                return Some(owner.trim());
            }
        }
    }
    None
}

/// “The company”, “the ministry”: the organisation of that sort the text named last.
fn definite_organisation(phrase: &str, cast: &Cast) -> Option<usize> {
    let lower = phrase.trim().to_lowercase();
    let noun = lower.strip_prefix("the ")?;
    // “the Front”, “the institute”: the organisation named last with that word in its name.
    let by_word = cast.named.iter().rposition(|a| {
        a.kind != "person"
            && a.name.contains(' ')
            && a.names().any(|n| {
                words::words(n)
                    .iter()
                    .skip(1)
                    .any(|w| w.text.to_lowercase() == noun)
            })
    });
    if let Some(i) = by_word.filter(|_| !noun.contains(' ')) {
        return Some(cast.of_named(i));
    }
    let kinds: &[&str] = match noun {
        "company" | "firm" | "group" | "organisation" | "organization" | "union" | "party"
        | "agency" | "institute" | "bank" | "federation" | "association" | "service"
        | "charity" | "foundation" | "campaign" | "institution" | "university" => {
            &["organisation", "armed-group", "media"]
        }
        "ministry" | "government" | "department" | "authorities" | "administration" => {
            &["government", "state"]
        }
        _ => return None,
    };
    let actor = cast.last_other?;
    if actor == WRITER {
        // “The company said” in a press release: the issuer, whose voice the release is.
        return (cast.issuer.is_some() && kinds.contains(&"organisation")).then_some(WRITER);
    }
    cast.named(actor)
        .filter(|a| kinds.contains(&a.kind))
        .map(|_| actor)
}

/// A speaker's apposition as a claim of its own: “White Rex, the leader of the LSR”, “Owen
/// Price, who led the investigation”, “Zoë van der Berg, president of the Observatory”, or the
/// description first: “His barrister, Simon Ferris”. The words before the comma must be a name
/// (“For instance, the Legion …” is no apposition), after the connectives that may open the
/// sentence (“Additionally, ”).
fn apposition(text: &str, speaker: Range<usize>) -> Option<Range<usize>> {
    static CONNECTIVES: Words = Words::new("Additionally|However|But|And|Also|Meanwhile");
    let words_here = text.get(speaker.clone())?;
    let comma = words_here.find(", ")?;
    let rest = words_here.get(comma + 2..)?;
    let after = words::words(rest);
    let office = after
        .first()
        .is_some_and(|w| w.text.starts_with(char::is_lowercase))
        && after
            .iter()
            .take(4)
            .any(|w| ["of", "at", "for"].contains(&w.text));
    // “Marcus Ellery, Halcyon's chief executive”.
    let owner_office = after
        .first()
        .is_some_and(|w| w.text.ends_with("'s") || w.text.ends_with("’s"))
        && after
            .get(1)
            .is_some_and(|w| w.text.starts_with(char::is_lowercase));
    let described = ["the ", "a ", "an ", "who ", "which "]
        .iter()
        .any(|a| rest.starts_with(a))
        || office
        || owner_office;
    let before = words::words(words_here.get(..comma)?);
    if described_first(&before, &after) {
        return Some(speaker);
    }
    let name: Vec<&words::Word> = before
        .iter()
        .skip_while(|w| CONNECTIVES.contains(w.text))
        .collect();
    let is_name = !name.is_empty()
        && name
            .iter()
            .all(|w| words::is_capitalised(w.text) || words::PARTICLES.contains(w.text));
    let name_start = name.first().map_or(0, |w| w.start);
    (described && is_name && words::words(rest).len() >= 2)
        .then(|| speaker.start + name_start..speaker.end)
}

/// “His barrister, Simon Ferris”, “The company's founder, Ana Ruiz”: a description opened by a
/// possessive or an article, then a name and nothing more.
fn described_first(before: &[words::Word], after: &[words::Word]) -> bool {
    let possessive = before
        .first()
        .is_some_and(|w| ["His", "Her", "Their", "Its", "The"].contains(&w.text));
    let description = before
        .iter()
        .skip(1)
        .any(|w| w.text.starts_with(char::is_lowercase));
    let name = after.len() >= 2 && after.iter().all(|w| words::is_capitalised(w.text));
    possessive && description && before.len() <= 4 && name
}

/// A speaker's apposition written after the name, with or without an article: “…,” said Marta
/// Oksanen, director of the port authority; “Ana Ruiz, an analyst at Carrow, said”. The claim
/// runs from the name to the description's end (the next comma, or the clause's end).
fn apposition_after(text: &str, speaker: Range<usize>, clause_end: usize) -> Option<Range<usize>> {
    let name = text.get(speaker.clone())?;
    if name.contains(',') || !name.starts_with(char::is_uppercase) {
        return None;
    }
    let after = text.get(speaker.end..clause_end)?;
    let rest = after.strip_prefix(", ")?;
    let length = rest.find(',').unwrap_or(rest.len());
    let description = rest.get(..length)?.trim_end_matches(['.', ';']);
    let found = words::words(description);
    let opens = found.first().is_some_and(|w| {
        ["the", "a", "an"].contains(&w.text) || w.text.starts_with(char::is_lowercase)
    });
    let offices = found
        .iter()
        .take(5)
        .any(|w| ["of", "at", "for", "with"].contains(&w.text));
    (found.len() >= 3 && (opens || offices) && !found.iter().any(|w| cue_word(w.text)))
        .then(|| speaker.start..speaker.end + 2 + description.len())
}

/// A verb of speech or denial, which ends a description: “X, head of Y, said”.
fn cue_word(word: &str) -> bool {
    cues::is_speech(word) || cues::is_denial(word)
}

/// Explanations in brackets inside a clause that assert something of their own: “Crimea
/// (controlled by Russia since 2014)”. Citations and acronyms are not.
fn glosses(text: &str, clause: &Range<usize>, citations: &[Range<usize>]) -> Vec<Range<usize>> {
    sentences::nested_spans(text)
        .into_iter()
        .filter(|span| span.start >= clause.start && span.end <= clause.end + 1)
        .filter(|span| text.get(span.start..).is_some_and(|s| s.starts_with('(')))
        .filter(|span| !citations.contains(span))
        .filter_map(|span| {
            let inside = span.start + 1..span.end.saturating_sub(1);
            let gloss = text.get(inside.clone())?;
            let opens_small = gloss.chars().next().is_some_and(char::is_lowercase);
            (opens_small && words::words(gloss).len() >= 3).then_some(inside)
        })
        .collect()
}

/// Writes the draft as an article file.
fn assemble(
    layout: layout::Layout,
    sources: Sources,
    cast: Cast,
    writer_aliases: Vec<String>,
    claims: Vec<Drafted>,
) -> File {
    let title = layout.title.clone().unwrap_or_default();
    let paragraphs: Vec<file::Paragraph> = layout
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, text)| file::Paragraph {
            id: format!("p{}", i + 1),
            text: text.clone(),
            ..Default::default()
        })
        .collect();
    let mut actor_ids = Ids::default();
    let mut actors = vec![file::Actor {
        id: actor_ids.make("writer", "writer"),
        name: cast.writer.clone(),
        aliases: writer_aliases,
        kind: "author".to_string(),
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
    let mut source_ids = Ids::reserving(&["unsourced"]);
    let written_sources: Vec<file::Source> = sources
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
        .collect();
    let mut claim_ids = Ids::default();
    let mut written_claims: Vec<file::Claim> = Vec::new();
    let mut placed: HashSet<(usize, Range<usize>)> = HashSet::new();
    for claim in claims {
        let Some(paragraph) = layout.paragraphs.get(claim.paragraph) else {
            continue;
        };
        if !placed.insert((claim.paragraph, claim.range.clone())) {
            continue;
        }
        let Some(anchor) = crate::anchor::anchor(paragraph, claim.range.clone()) else {
            continue;
        };
        let opening: Vec<&str> = words::words(&anchor.exact)
            .iter()
            .take(6)
            .map(|w| w.text)
            .collect();
        let id_of = |i: usize| actors.get(i).map(|a| a.id.clone());
        let claimant = id_of(claim.claimant).unwrap_or_else(|| "writer".to_string());
        let mut subjects: Vec<String> = Vec::new();
        for id in claim.subjects.iter().filter_map(|&s| id_of(s)) {
            if !subjects.contains(&id) {
                subjects.push(id);
            }
        }
        let mut cited: Vec<String> = Vec::new();
        for id in claim
            .sources
            .iter()
            .filter_map(|&s| written_sources.get(s).map(|s| s.id.clone()))
        {
            if !cited.contains(&id) {
                cited.push(id);
            }
        }
        written_claims.push(file::Claim {
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
        });
    }
    File {
        format: crate::FORMAT.to_string(),
        article: file::Info {
            id: Ids::default().make(&title, "article"),
            title,
            publisher: None,
            category: layout.category.clone(),
            language: "en".to_string(),
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
        },
        paragraphs,
        actors,
        sources: written_sources,
        claims: written_claims,
        ..Default::default()
    }
}

/// The ids handed out in one list of the draft, each made as [`crate::edit::unique_id`] makes it and never one of the
/// reserved ids.
#[derive(Default)]
struct Ids {
    taken: HashSet<String>,
    /// For each base, the number its search starts at next: a text that opens many claims with
    /// the same words would otherwise try every number before it again, claim after claim.
    next: HashMap<String, usize>,
}

impl Ids {
    fn reserving(reserved: &[&str]) -> Ids {
        Ids {
            taken: reserved.iter().map(|r| r.to_string()).collect(),
            next: HashMap::new(),
        }
    }

    /// A fresh id read from `name`, or from `fallback` when `name` has no letter or digit.
    fn make(&mut self, name: &str, fallback: &str) -> String {
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
    let mut chars = trimmed.chars();
    let mut summary: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    if !summary.ends_with(['.', '!', '?', '”', '"']) {
        summary.push('.');
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::unique_id;

    fn cast_of(text: &str) -> (Vec<String>, Cast) {
        let paragraphs = vec![text.to_string()];
        let named = names::find(&paragraphs, &[], &[]);
        (paragraphs, Cast::new(&[], named, false))
    }

    fn speaker_of(text: &str, phrase: &str) -> String {
        let (_, mut cast) = cast_of(text);
        let at = text.rfind(phrase).expect("the phrase is in the text");
        let mentions = names::mentions(text, &cast.named);
        let found = speaker(text, at..at + phrase.len(), &mentions, &mut cast, 0);
        match found {
            WRITER => "writer".to_string(),
            i => cast.named(i).map(|a| a.name.clone()).unwrap_or_default(),
        }
    }

    /// The drafted claims of a one-paragraph text: each quote with its claimant's name and kind.
    fn claims_of(text: &str) -> Vec<(String, String, String)> {
        let file = draft(text);
        file.claims
            .iter()
            .map(|c| {
                let by = file.actors.iter().find(|a| a.id == c.claimant);
                let name = by.map(|a| a.name.clone()).unwrap_or_default();
                (c.quote.exact.clone(), name, c.kind.clone())
            })
            .collect()
    }

    fn claim(exact: &str, by: &str, kind: &str) -> (String, String, String) {
        (exact.to_string(), by.to_string(), kind.to_string())
    }

    #[test]
    fn what_follows_and_that_is_said_by_the_same_speaker() {
        assert_eq!(
            claims_of("By Ana Ruiz\n\nMarta Oksanen said the port would close and that 11 vessels were waiting offshore."),
            [
                claim("the port would close", "Marta Oksanen", "statement"),
                claim("11 vessels were waiting offshore", "Marta Oksanen", "statement"),
            ]
        );
    }

    #[test]
    fn a_speakers_description_is_the_writers_claim_in_each_form() {
        let text = "By Ana Ruiz\n\nDetective Sergeant Owen Price, who led the investigation, said officers had found receipts. His barrister, Simon Ferris, said the accounts were badly kept. Zoë van der Berg, president of the European Housing Observatory, said Spain was no exception.";
        let found = claims_of(text);
        for description in [
            "Detective Sergeant Owen Price, who led the investigation",
            "His barrister, Simon Ferris",
            "Zoë van der Berg, president of the European Housing Observatory",
        ] {
            assert!(
                found.contains(&claim(description, "Ana Ruiz", "report")),
                "{description}: {found:?}"
            );
        }
        assert!(found.contains(&claim(
            "the accounts were badly kept",
            "Simon Ferris",
            "statement"
        )));
    }

    #[test]
    fn a_quotation_split_by_its_cue_is_two_claims_by_one_speaker() {
        let found = claims_of("By Ana Ruiz\n\nSen. Ruth Okafor accused the agency of misleading lawmakers. “We were told the project was on budget,” she said, “and the people at the agency knew that was not true.”");
        assert_eq!(
            found,
            [
                claim(
                    "Sen. Ruth Okafor accused the agency of misleading lawmakers",
                    "Ruth Okafor",
                    "statement"
                ),
                claim(
                    "“We were told the project was on budget,”",
                    "Ruth Okafor",
                    "statement"
                ),
                claim(
                    "“and the people at the agency knew that was not true.”",
                    "Ruth Okafor",
                    "statement"
                ),
            ]
        );
    }

    #[test]
    fn findings_unnamed_sources_and_the_name_a_speaker_phrase_is_about() {
        let found = claims_of("By Ana Ruiz\n\nResearchers at Harrowgate University found that meadows hold twice as much carbon. TDOT Director Paul Vasquez said the costs were disclosed. Lawmakers would cut the budget, according to a person familiar with the negotiations.");
        assert_eq!(
            found,
            [
                claim(
                    "meadows hold twice as much carbon",
                    "Harrowgate University",
                    "statement"
                ),
                claim("the costs were disclosed", "Paul Vasquez", "statement"),
                claim(
                    "Lawmakers would cut the budget",
                    "person familiar with the negotiations",
                    "statement"
                ),
            ]
        );
    }

    #[test]
    fn british_single_quotes_and_a_speaker_between_quote_and_cue() {
        let found = claims_of("By Ana Ruiz\n\nHannah Dyer's labour was short. 'We are devastated,' she said. 'It is a 45-minute drive,' Marcus Ellery, the trust's chief executive, said on a call.");
        assert!(
            found.contains(&claim("'We are devastated,'", "Hannah Dyer", "statement")),
            "{found:?}"
        );
        assert!(
            found.contains(&claim(
                "'It is a 45-minute drive,'",
                "Marcus Ellery",
                "statement"
            )),
            "{found:?}"
        );
        assert!(
            found.contains(&claim(
                "Marcus Ellery, the trust's chief executive",
                "Ana Ruiz",
                "report"
            )),
            "{found:?}"
        );
    }

    #[test]
    fn a_standfirst_and_the_pages_links_are_not_paragraphs() {
        let file = draft("Technology\n\nChipmaker shares slide\n\nThe deal could hand it 40% of a key market, the watchdog said.\n\nBy Priya Castellano | Updated March 6, 2025\n\nShares of Halcyon fell 7.8% on Wednesday.\n\nRelated Topics\n\nChips\n\nFollow us on Facebook.");
        let texts: Vec<&str> = file.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["Shares of Halcyon fell 7.8% on Wednesday."]);
        assert_eq!(
            file.article
                .extra
                .get("x-standfirst")
                .and_then(|v| v.as_str()),
            Some("The deal could hand it 40% of a key market, the watchdog said.")
        );
    }

    #[test]
    fn corrections_and_contributors_are_not_the_story() {
        let file = draft("By Ana Ruiz\n\nThe council closed the library on Monday.\n\nCorrection: An earlier version of this story misstated the day the council closed the library, which was Monday.\n\nAssociated Press writer Nora Blake in Granton contributed to this report.");
        assert_eq!(file.paragraphs.len(), 1);
        let credits: Vec<(&str, &str)> = file
            .article
            .credits
            .iter()
            .map(|c| (c.name.as_str(), c.role.as_str()))
            .collect();
        assert_eq!(
            credits,
            [("Ana Ruiz", "author"), ("Nora Blake", "contributor")]
        );
    }

    #[test]
    fn places_are_not_actors_and_job_titles_are_not_authors() {
        let file = draft("By Helen Marsh, Courts Correspondent\n\nTrading in Lindgrad stopped after the blast at the port of Velmora, the Velmora Port Authority said. The Lindgrad exchange reopened later.");
        let names: Vec<&str> = file.actors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Helen Marsh", "Velmora Port Authority"]);
    }

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
    fn a_spokesperson_speaks_for_whom_they_represent() {
        let text = "The Coastal Rescue Service sent two boats. A spokesman for the service said the crew were safe.";
        assert_eq!(
            speaker_of(text, "A spokesman for the service"),
            "Coastal Rescue Service"
        );
        let text = "The Harbour Board met. The board's spokeswoman said little.";
        assert_eq!(speaker_of(text, "The board's spokeswoman"), "Harbour Board");
    }

    #[test]
    fn the_office_a_person_was_named_with_stands_for_them() {
        let text = "Finance Minister Oskar Lind spoke first. Prices will fall, the minister said.";
        assert_eq!(speaker_of(text, "the minister"), "Oskar Lind");
    }

    #[test]
    fn the_last_word_of_an_organisations_name_stands_for_it() {
        let text = "The Western Farmers Alliance marched. The Alliance said prices were too low.";
        assert_eq!(speaker_of(text, "The Alliance"), "Western Farmers Alliance");
    }

    #[test]
    fn plural_speakers_in_small_letters_are_people() {
        let text = "The market opened. Dockers said the catch was poor.";
        assert_eq!(speaker_of(text, "Dockers"), "dockers");
        assert_eq!(speaker_of(text, "The market"), "writer");
    }

    #[test]
    fn an_apposition_after_a_quoted_speaker_is_the_writers_claim() {
        let text = "“We are ready,” said Ana Ruiz, head of the Dockers Union. She left.";
        let start = text.find("Ana").unwrap();
        let found = apposition_after(text, start..start + 8, text.find('.').unwrap());
        assert_eq!(&text[found.unwrap()], "Ana Ruiz, head of the Dockers Union");
        let text = "“We are ready,” said Ana Ruiz, who said so.";
        let start = text.find("Ana").unwrap();
        assert_eq!(
            apposition_after(text, start..start + 8, text.len() - 1),
            None
        );
    }

    #[test]
    fn what_an_organisation_says_cites_its_own_listed_publication() {
        let file = draft("Title\n\nThe Harbour Statistics Office said arrivals fell by 8%.\n\nSources\n\nHarbour Statistics Office, 2 March 2024: Arrivals in February\n");
        let claim = file
            .claims
            .iter()
            .find(|c| c.quote.exact == "arrivals fell by 8%")
            .expect("the claim");
        assert_eq!(claim.sources.len(), 1, "{:?}", file.sources);
        assert_eq!(file.sources[0].outlet, "Harbour Statistics Office");
        let file = draft("Title\n\nThe HSO (Harbour Statistics Office) said arrivals fell sharply again. \"It was a bad month,\" a clerk told the BBC.\n\nSources\n\nHarbour Statistics Office, 2 March 2024: Arrivals in February\nBBC News, 3 March 2024: Harbour quiet\n");
        let fell = file
            .claims
            .iter()
            .find(|c| c.quote.exact == "arrivals fell sharply again")
            .expect("the claim");
        assert_eq!(fell.sources.len(), 1, "{:?}", file.claims);
        assert_eq!(file.sources.len(), 2, "{:?}", file.sources);
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
