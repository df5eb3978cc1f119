//! The entries of a validated article: paragraphs, actors, sources, claims, relations and events,
//! and the typed ids that link them.

use std::ops::Range;

use super::values::{Date, Url};
use super::vocabulary::{ActorKind, ClaimKind, RelationKind};

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub(crate) u32);

        impl $name {
            /// Its position in the article's list.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index_type!(
    /// An actor of a loaded article.
    ActorId
);
index_type!(
    /// A claim of a loaded article.
    ClaimId
);
index_type!(
    /// A source of a loaded article.
    SourceId
);
index_type!(
    /// A paragraph of a loaded article.
    ParagraphId
);

/// What the article is and who made it.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleInfo {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    pub category: Option<String>,
    pub language: String,
    pub url: Option<Url>,
    pub published: Option<Date>,
    pub credits: Vec<Credit>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Credit {
    pub name: String,
    pub role: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub id: ParagraphId,
    pub key: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: ActorId,
    /// The id the article file gives it, used in URLs.
    pub key: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: ActorKind,
    pub summary: String,
    pub note: Option<String>,
    /// A guess of the drafter that no one has confirmed yet.
    pub drafted: bool,
}

impl Actor {
    /// The name and every alias, name first.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: SourceId,
    pub key: String,
    pub outlet: String,
    pub author: Option<String>,
    pub title: Option<String>,
    pub date: Option<Date>,
    pub url: Option<Url>,
    /// Whether the article's reference list includes it.
    pub listed: bool,
}

/// Where a claim stands in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub paragraph: ParagraphId,
    pub exact: String,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
    /// The byte range of `exact` in the paragraph's text.
    pub range: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: ClaimId,
    pub key: String,
    pub quote: Quote,
    pub summary: String,
    pub claimant: ActorId,
    pub sources: Vec<SourceId>,
    pub kind: ClaimKind,
    pub subjects: Vec<ActorId>,
    pub note: Option<String>,
    /// A guess of the drafter that no one has confirmed yet.
    pub drafted: bool,
}

impl Claim {
    /// The claim as readers see it in a list: its summary, or its quote when the summary is empty
    /// (an editorial gap the checker warns of, not a reason to show nothing).
    pub fn headline(&self) -> &str {
        headline(&self.summary, &self.quote.exact)
    }
}

/// A claim's summary, or its quote while the summary is empty: for the loaded claim and for the
/// one being edited alike.
pub(crate) fn headline<'a>(summary: &'a str, quote: &'a str) -> &'a str {
    if summary.trim().is_empty() {
        quote
    } else {
        summary
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub kind: RelationKind,
    pub claims: [ClaimId; 2],
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub key: String,
    pub date: Date,
    pub label: String,
    pub claims: Vec<ClaimId>,
}
