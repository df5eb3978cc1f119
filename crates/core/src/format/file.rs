//! The article file as written: the format's JSON as plain serde types, field for field, with ids
//! as text and every field in the format's order. It is what the tools write (`claimscope gen`,
//! the editor's download, the exports) and what the editor edits; it holds a file that does not
//! validate yet, and keeps every field it does not know (a newsroom's `x-…` fields, at any level)
//! so that a file opened and written back unchanged keeps its data (numbers exactly, where
//! serde_json's `float_roundtrip` feature is on, as the CLI and the editor turn it on).
//! [`crate::load`] is what says whether a file is an article.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::{Article, Vocabulary};

/// Fields the format does not define, kept as they were read, in their order.
pub type Extra = Map<String, Value>;

/// A whole article file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct File {
    pub format: String,
    pub article: Info,
    pub paragraphs: Vec<Paragraph>,
    pub actors: Vec<Actor>,
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    pub relations: Vec<Relation>,
    pub events: Vec<Event>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Info {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    pub category: Option<String>,
    pub language: String,
    pub url: Option<String>,
    pub published: Option<String>,
    pub credits: Vec<Credit>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Credit {
    pub name: String,
    pub role: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Paragraph {
    pub id: String,
    pub text: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: String,
    pub summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Guessed by the drafter and not yet confirmed by a person; written only when true.
    #[serde(skip_serializing_if = "is_false")]
    pub drafted: bool,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Actor {
    /// The name and every alias, name first.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Source {
    pub id: String,
    pub outlet: String,
    pub author: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub listed: bool,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Claim {
    pub id: String,
    pub quote: Quote,
    pub summary: String,
    pub claimant: String,
    pub sources: Vec<String>,
    pub kind: String,
    pub subjects: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Guessed by the drafter and not yet confirmed by a person; written only when true.
    #[serde(skip_serializing_if = "is_false")]
    pub drafted: bool,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Quote {
    pub paragraph: String,
    pub exact: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Relation {
    pub kind: String,
    pub claims: Vec<String>,
    pub note: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Event {
    pub id: String,
    pub date: String,
    pub label: String,
    pub claims: Vec<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Claim {
    /// The claim as lists show it: its summary, or its quote while the summary is empty.
    pub fn headline(&self) -> &str {
        crate::model::headline(&self.summary, &self.quote.exact)
    }
}

fn is_false(value: &bool) -> bool {
    !value
}

impl File {
    /// The file as pretty-printed JSON (two-space indents, the format's key order), ending with a
    /// newline.
    pub fn to_json(&self) -> String {
        // Every map key is text, so serde_json cannot fail here; an empty string would show it.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

impl From<&Article> for File {
    /// The file a validated article was read from, less the fields the explorer does not keep.
    fn from(article: &Article) -> File {
        let info = article.info();
        let actor_key = |id: crate::ActorId| article.actor(id).key.clone();
        let claim_key = |id: crate::ClaimId| article.claim(id).key.clone();
        File {
            format: crate::FORMAT.to_string(),
            article: Info {
                id: info.id.clone(),
                title: info.title.clone(),
                publisher: info.publisher.clone(),
                category: info.category.clone(),
                language: info.language.clone(),
                url: info.url.as_ref().map(|u| u.as_str().to_string()),
                published: info.published.map(|d| d.to_string()),
                credits: info
                    .credits
                    .iter()
                    .map(|c| Credit {
                        name: c.name.clone(),
                        role: c.role.clone(),
                        extra: Extra::new(),
                    })
                    .collect(),
                extra: Extra::new(),
            },
            paragraphs: article
                .paragraphs()
                .iter()
                .map(|p| Paragraph {
                    id: p.key.clone(),
                    text: p.text.clone(),
                    extra: Extra::new(),
                })
                .collect(),
            actors: article
                .actors()
                .iter()
                .map(|a| Actor {
                    id: a.key.clone(),
                    name: a.name.clone(),
                    aliases: a.aliases.clone(),
                    kind: a.kind.key().to_string(),
                    summary: a.summary.clone(),
                    note: a.note.clone(),
                    drafted: a.drafted,
                    extra: Extra::new(),
                })
                .collect(),
            sources: article
                .sources()
                .iter()
                .map(|s| Source {
                    id: s.key.clone(),
                    outlet: s.outlet.clone(),
                    author: s.author.clone(),
                    title: s.title.clone(),
                    date: s.date.map(|d| d.to_string()),
                    url: s.url.as_ref().map(|u| u.as_str().to_string()),
                    listed: s.listed,
                    extra: Extra::new(),
                })
                .collect(),
            claims: article
                .claims()
                .iter()
                .map(|c| Claim {
                    id: c.key.clone(),
                    quote: Quote {
                        paragraph: article.paragraph(c.quote.paragraph).key.clone(),
                        exact: c.quote.exact.clone(),
                        prefix: c.quote.prefix.clone(),
                        suffix: c.quote.suffix.clone(),
                        extra: Extra::new(),
                    },
                    summary: c.summary.clone(),
                    claimant: actor_key(c.claimant),
                    sources: c
                        .sources
                        .iter()
                        .map(|&s| article.source(s).key.clone())
                        .collect(),
                    kind: c.kind.key().to_string(),
                    subjects: c.subjects.iter().map(|&a| actor_key(a)).collect(),
                    note: c.note.clone(),
                    drafted: c.drafted,
                    extra: Extra::new(),
                })
                .collect(),
            relations: article
                .relations()
                .iter()
                .map(|r| Relation {
                    kind: r.kind.key().to_string(),
                    claims: r.claims.iter().map(|&c| claim_key(c)).collect(),
                    note: r.note.clone(),
                    extra: Extra::new(),
                })
                .collect(),
            events: article
                .events()
                .iter()
                .map(|e| Event {
                    id: e.key.clone(),
                    date: e.date.to_string(),
                    label: e.label.clone(),
                    claims: e.claims.iter().map(|&c| claim_key(c)).collect(),
                    extra: Extra::new(),
                })
                .collect(),
            extra: Extra::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &[u8] = include_bytes!("../../../../data/belgorod-incursions.json");

    #[test]
    fn the_seed_reads_writes_and_reads_back_the_same() {
        let article = crate::load(SEED).expect("valid seed");
        let written = File::from(&article).to_json();
        let again = crate::load(written.as_bytes()).expect("the written file is valid");
        assert_eq!(File::from(&again), File::from(&article));
        assert_eq!(again.claims(), article.claims());
        assert_eq!(again.actors(), article.actors());
    }

    #[test]
    fn a_file_read_and_written_keeps_its_own_fields_in_place() {
        let file: File = serde_json::from_slice(SEED).expect("the seed deserialises");
        let mut value: Value = serde_json::from_slice(SEED).expect("JSON");
        value["x-desk"] = "politics".into();
        value["claims"][0]["x-checked-by"] = "ana".into();
        value["claims"][0]["quote"]["x-offset"] = 12.into();
        value["article"]["credits"][0]["x-email"] = Value::Null;
        let with_extras: File = serde_json::from_value(value.clone()).expect("deserialises");
        assert_ne!(with_extras, file);
        let written: Value = serde_json::from_str(&with_extras.to_json()).expect("JSON");
        assert_eq!(written, value);
    }

    #[test]
    fn written_files_follow_the_formats_key_order() {
        let article = crate::load(SEED).expect("valid seed");
        let text = File::from(&article).to_json();
        let order = [
            "\"format\"",
            "\"article\"",
            "\"paragraphs\"",
            "\"actors\"",
            "\"sources\"",
            "\"claims\"",
            "\"relations\"",
            "\"events\"",
        ];
        let places: Vec<usize> = order
            .iter()
            .map(|k| text.find(k).expect("key written"))
            .collect();
        assert!(places.windows(2).all(|w| w[0] < w[1]), "{places:?}");
        assert!(
            text.starts_with("{\n  \"format\": \"claimscope/1\",\n  \"article\": {\n    \"id\"")
        );
    }
}
