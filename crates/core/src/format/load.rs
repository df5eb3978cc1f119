//! Turning the bytes of an article file into a validated [`Article`], or into every problem the
//! file has.
//!
//! Loading reads each list in turn, then resolves the ids that entries use to refer to each other,
//! then anchors each claim's quote in its paragraph. It never stops at the first problem (except
//! when the text is not JSON, or not this format's version), so an editor fixes a file in one pass.

use super::fields::{abbreviate, every, Fields, Path, ROOT};
use super::json::Json;
use super::problem::Problem;
use crate::collections::WordsMap;
use crate::i18n::{Arg, Locale, Msg};
use crate::model::Article;
use crate::model::*;

/// The format version this explorer reads.
pub const FORMAT: &str = "claimscope/1";
/// The largest article file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// The most entries any one list (claims, actors, …) may hold.
pub const MAX_ITEMS: usize = 200_000;

/// Reads and validates an article file, saying what is wrong in English.
pub fn load(bytes: &[u8]) -> Result<Article, Vec<Problem>> {
    load_in(bytes, Locale::ENGLISH)
}

/// Reads and validates an article file, saying what is wrong in `locale`'s language.
pub fn load_in(bytes: &[u8], locale: Locale) -> Result<Article, Vec<Problem>> {
    let mut fields = Fields::new(locale);
    let refused = |mut fields: Fields, path: &Path, msg: Msg, args: &[Arg]| {
        fields.problem(path, msg, args);
        Err(fields.problems)
    };
    if bytes.len() > MAX_FILE_BYTES {
        let args = [bytes.len().into(), (MAX_FILE_BYTES / 1_048_576).into()];
        return refused(fields, &ROOT, Msg::CheckTooLarge, &args);
    }
    let json = match Json::parse(bytes) {
        Ok(json) => json,
        Err(e) => {
            let at = fields
                .locale
                .format(Msg::CheckAt, &[e.line.into(), e.column.into()]);
            return Err(vec![Problem::new(at, e.said(fields.locale))]);
        }
    };
    let Some(root) = fields.object(&json, &ROOT) else {
        return Err(fields.problems);
    };
    let format = ROOT.key("format");
    match root.get("format") {
        Some(Json::String(f)) if f == FORMAT => {}
        Some(Json::String(f)) => {
            let found = abbreviate(f);
            let args = [found.as_str().into(), FORMAT.into()];
            return refused(fields, &format, Msg::CheckFormatOther, &args);
        }
        _ => return refused(fields, &format, Msg::CheckFormatMissing, &[FORMAT.into()]),
    }
    let mut loader = Loader::new(fields);
    let article = loader.article(root);
    match article {
        Some(article) if loader.fields.problems.is_empty() => Ok(article),
        _ if loader.fields.problems.is_empty() => {
            refused(loader.fields, &ROOT, Msg::CheckUnreadable, &[])
        }
        _ => Err(loader.fields.problems),
    }
}

/// The ids of one list, for resolving references to its entries.
#[derive(Default)]
struct Ids<'j> {
    by_key: WordsMap<&'j str, u32>,
}

impl<'j> Ids<'j> {
    /// Registers the ids of a list's entries, reporting duplicates. Ids are taken from every entry
    /// that has one, even an entry with other problems, so references to it are not reported too.
    fn register(fields: &mut Fields, root: &'j Json<'j>, list: &str) -> Ids<'j> {
        let mut ids = Ids::default();
        let Some(Json::Array(items)) = root.get(list) else {
            return ids;
        };
        ids.by_key.reserve(items.len());
        for (i, entry) in items.iter().enumerate() {
            let Some(Json::String(key)) = entry.get("id") else {
                continue;
            };
            if let Some(&first) = ids.by_key.get(key.as_ref()) {
                let first = ROOT.key(list).index(first as usize).to_string();
                fields.problem(
                    &ROOT.key(list).index(i).key("id"),
                    Msg::CheckIdTaken,
                    &[key.as_ref().into(), first.as_str().into()],
                );
            } else {
                ids.by_key.insert(key, i as u32);
            }
        }
        ids
    }

    fn resolve(&self, fields: &mut Fields, path: &Path, key: &str, list: &str) -> Option<u32> {
        let found = self.by_key.get(key).copied();
        if found.is_none() {
            fields.problem(path, Msg::CheckIdUnknown, &[key.into(), list.into()]);
        }
        found
    }
}

struct Loader<'j> {
    fields: Fields,
    paragraphs: Ids<'j>,
    actors: Ids<'j>,
    sources: Ids<'j>,
    claims: Ids<'j>,
}

impl Loader<'_> {
    fn new(fields: Fields) -> Self {
        Loader {
            fields,
            paragraphs: Ids::default(),
            actors: Ids::default(),
            sources: Ids::default(),
            claims: Ids::default(),
        }
    }
}

/// Reads each entry of a list with `read`; `None` if any entry is unusable.
fn entries<'j, T>(
    loader: &mut Loader<'j>,
    root: &'j Json<'j>,
    list: &str,
    mut read: impl FnMut(&mut Loader<'j>, &'j Json<'j>, &Path, u32) -> Option<T>,
) -> Vec<Option<T>> {
    let Some(items) = loader.fields.list(root, &ROOT, list) else {
        return Vec::new();
    };
    if items.len() > MAX_ITEMS {
        let args = [items.len().into(), MAX_ITEMS.into()];
        loader
            .fields
            .problem(&ROOT.key(list), Msg::CheckTooMany, &args);
        return Vec::new();
    }
    let list = ROOT.key(list);
    items
        .iter()
        .enumerate()
        .map(|(i, value)| {
            let path = list.index(i);
            let object = loader.fields.object(value, &path)?;
            read(loader, object, &path, i as u32)
        })
        .collect()
}

/// Keeps a list only when every entry of it was read.
fn complete<T>(entries: Vec<Option<T>>) -> Option<Vec<T>> {
    entries.into_iter().collect()
}

/// A claim as written, before its references are resolved.
struct RawClaim<'j> {
    key: &'j str,
    paragraph: &'j str,
    exact: &'j str,
    prefix: Option<String>,
    suffix: Option<String>,
    summary: &'j str,
    claimant: &'j str,
    sources: Vec<&'j str>,
    kind: ClaimKind,
    subjects: Vec<&'j str>,
    note: Option<String>,
    drafted: bool,
}

impl<'j> Loader<'j> {
    fn article(&mut self, root: &'j Json<'j>) -> Option<Article> {
        let info = self.info(root);
        let paragraphs = entries(self, root, "paragraphs", Loader::paragraph);
        let actors = entries(self, root, "actors", Loader::actor);
        let sources = entries(self, root, "sources", Loader::source);
        let raw_claims = entries(self, root, "claims", Loader::raw_claim);
        for (list, ids) in [
            ("paragraphs", &mut self.paragraphs),
            ("actors", &mut self.actors),
            ("sources", &mut self.sources),
            ("claims", &mut self.claims),
        ] {
            *ids = Ids::register(&mut self.fields, root, list);
        }

        let paragraphs: Option<Vec<Paragraph>> = complete(paragraphs).map(|list| {
            list.into_iter()
                .enumerate()
                .map(|(i, (key, text))| Paragraph {
                    id: ParagraphId(i as u32),
                    key: key.to_owned(),
                    text: text.to_owned(),
                })
                .collect()
        });
        let claims: Vec<Option<Claim>> = raw_claims
            .into_iter()
            .enumerate()
            .map(|(i, raw)| self.claim(i, raw?, paragraphs.as_deref()))
            .collect();
        let relations = entries(self, root, "relations", Loader::relation);
        self.related_once(&relations);
        let events = entries(self, root, "events", Loader::event);
        Ids::register(&mut self.fields, root, "events");

        Some(Article::new(
            info?,
            paragraphs?,
            complete(actors)?,
            complete(sources)?,
            complete(claims)?,
            complete(relations)?,
            complete(events)?,
        ))
    }

    fn info(&mut self, root: &'j Json<'j>) -> Option<ArticleInfo> {
        let path = &ROOT.key("article");
        let object = self.fields.required(root, &ROOT, "article")?;
        let object = self.fields.object(object, path)?;
        let f = &mut self.fields;
        let credits = f.list(object, path, "credits").map(|items| {
            let path = path.key("credits");
            items
                .iter()
                .enumerate()
                .map(|(i, value)| {
                    let path = path.index(i);
                    let credit = f.object(value, &path)?;
                    Some(Credit {
                        name: f.text(credit, &path, "name")?.to_owned(),
                        role: f.text(credit, &path, "role")?.to_owned(),
                    })
                })
                .collect::<Vec<_>>()
        });
        Some(ArticleInfo {
            id: f.id(object, path, "id")?.to_owned(),
            title: f.text(object, path, "title")?.to_owned(),
            publisher: f.nullable_text(object, path, "publisher")?,
            category: f.nullable_text(object, path, "category")?,
            language: f.text(object, path, "language")?.to_owned(),
            url: f.url(object, path, "url")?,
            published: f.date(object, path, "published", true)?,
            credits: complete(credits?)?,
        })
    }

    fn paragraph(
        &mut self,
        object: &'j Json<'j>,
        path: &Path,
        _: u32,
    ) -> Option<(&'j str, &'j str)> {
        let f = &mut self.fields;
        Some((f.id(object, path, "id")?, f.text(object, path, "text")?))
    }

    fn actor(&mut self, object: &'j Json<'j>, path: &Path, index: u32) -> Option<Actor> {
        let f = &mut self.fields;
        let aliases = f.list(object, path, "aliases").map(|items| {
            let path = path.key("aliases");
            items
                .iter()
                .enumerate()
                .map(|(i, v)| f.text_value(v, &path.index(i)).map(str::to_owned))
                .collect::<Vec<_>>()
        });
        Some(Actor {
            id: ActorId(index),
            key: f.id(object, path, "id")?.to_owned(),
            name: f.label(object, path, "name")?.to_owned(),
            aliases: complete(aliases?)?,
            kind: f.word(object, path, "kind")?,
            summary: f.text(object, path, "summary")?.to_owned(),
            note: f.optional_text(object, path, "note"),
            drafted: f.optional_boolean(object, path, "drafted")?,
        })
    }

    fn source(&mut self, object: &'j Json<'j>, path: &Path, index: u32) -> Option<Source> {
        let f = &mut self.fields;
        let key = f.id(object, path, "id");
        if key == Some("unsourced") {
            f.problem(&path.key("id"), Msg::CheckUnsourcedReserved, &[]);
        }
        Some(Source {
            id: SourceId(index),
            key: key.filter(|&k| k != "unsourced")?.to_owned(),
            outlet: f.label(object, path, "outlet")?.to_owned(),
            author: f.nullable_text(object, path, "author")?,
            title: f.nullable_text(object, path, "title")?,
            date: f.date(object, path, "date", true)?,
            url: f.url(object, path, "url")?,
            listed: f.boolean(object, path, "listed")?,
        })
    }

    fn raw_claim(&mut self, object: &'j Json<'j>, path: &Path, _: u32) -> Option<RawClaim<'j>> {
        let f = &mut self.fields;
        let quote = f.required(object, path, "quote");
        let quote_path = path.key("quote");
        let quote = quote.and_then(|q| f.object(q, &quote_path));
        let quote = quote.and_then(|q| {
            Some((
                f.id(q, &quote_path, "paragraph")?,
                f.label(q, &quote_path, "exact")?,
                f.optional_text(q, &quote_path, "prefix"),
                f.optional_text(q, &quote_path, "suffix"),
            ))
        });
        let key = f.id(object, path, "id");
        let summary = f.text(object, path, "summary");
        let claimant = f.id(object, path, "claimant");
        let sources = f.id_list(object, path, "sources");
        let kind = f.word(object, path, "kind");
        let subjects = f.id_list(object, path, "subjects");
        let (paragraph, exact, prefix, suffix) = quote?;
        Some(RawClaim {
            key: key?,
            paragraph,
            exact,
            prefix,
            suffix,
            summary: summary?,
            claimant: claimant?,
            sources: sources?,
            kind: kind?,
            subjects: subjects?,
            note: f.optional_text(object, path, "note"),
            drafted: f.optional_boolean(object, path, "drafted")?,
        })
    }

    fn claim(
        &mut self,
        i: usize,
        raw: RawClaim<'j>,
        paragraphs: Option<&[Paragraph]>,
    ) -> Option<Claim> {
        let claims = ROOT.key("claims");
        let path = claims.index(i);
        let f = &mut self.fields;
        let quote_path = path.key("quote");
        let paragraph =
            self.paragraphs
                .resolve(f, &quote_path.key("paragraph"), raw.paragraph, "paragraphs");
        let claimant = self
            .actors
            .resolve(f, &path.key("claimant"), raw.claimant, "actors");
        let sources = resolve_all(
            &self.sources,
            f,
            &path.key("sources"),
            &raw.sources,
            "sources",
        );
        let subjects = resolve_all(
            &self.actors,
            f,
            &path.key("subjects"),
            &raw.subjects,
            "actors",
        );
        let paragraph = paragraph?;
        let text = &paragraphs?[paragraph as usize].text;
        let range = locate(f, &quote_path, text, &raw)?;
        Some(Claim {
            id: ClaimId(i as u32),
            key: raw.key.to_owned(),
            quote: Quote {
                paragraph: ParagraphId(paragraph),
                exact: raw.exact.to_owned(),
                prefix: raw.prefix,
                suffix: raw.suffix,
                range,
            },
            summary: raw.summary.to_owned(),
            claimant: ActorId(claimant?),
            sources: sources?.into_iter().map(SourceId).collect(),
            kind: raw.kind,
            subjects: subjects?.into_iter().map(ActorId).collect(),
            note: raw.note,
            drafted: raw.drafted,
        })
    }

    fn relation(&mut self, object: &'j Json<'j>, path: &Path, _: u32) -> Option<Relation> {
        let f = &mut self.fields;
        let kind = f.word(object, path, "kind");
        let note = f.nullable_text(object, path, "note");
        let keys = f.id_list(object, path, "claims")?;
        let claims_path = path.key("claims");
        if keys.len() != 2 {
            f.problem(&claims_path, Msg::CheckRelationTwo, &[keys.len().into()]);
            return None;
        }
        if keys[0] == keys[1] {
            f.problem(&claims_path, Msg::CheckRelationSame, &[]);
        }
        let claims = resolve_all(&self.claims, f, &claims_path, &keys, "claims")?;
        Some(Relation {
            kind: kind?,
            claims: [ClaimId(claims[0]), ClaimId(claims[1])],
            note: note?,
        })
    }

    /// Reports each relation between two claims that an earlier relation already links.
    fn related_once(&mut self, relations: &[Option<Relation>]) {
        let mut pairs: Vec<([ClaimId; 2], usize)> = relations
            .iter()
            .enumerate()
            .filter_map(|(i, relation)| {
                let mut claims = relation.as_ref()?.claims;
                claims.sort();
                Some((claims, i))
            })
            .collect();
        pairs.sort();
        let list = ROOT.key("relations");
        for twice in pairs.windows(2) {
            let [(first, earlier), (second, later)] = [twice[0], twice[1]];
            if first == second {
                let earlier = list.index(earlier).to_string();
                self.fields.problem(
                    &list.index(later).key("claims"),
                    Msg::CheckRelatedAlready,
                    &[earlier.as_str().into()],
                );
            }
        }
    }

    fn event(&mut self, object: &'j Json<'j>, path: &Path, _: u32) -> Option<Event> {
        let f = &mut self.fields;
        let key = f.id(object, path, "id");
        let date = f.date(object, path, "date", false);
        let label = f.text(object, path, "label");
        let keys = f.id_list(object, path, "claims")?;
        let claims = resolve_all(&self.claims, f, &path.key("claims"), &keys, "claims")?;
        Some(Event {
            key: key?.to_owned(),
            date: date??,
            label: label?.to_owned(),
            claims: claims.into_iter().map(ClaimId).collect(),
        })
    }
}

fn resolve_all(
    ids: &Ids,
    fields: &mut Fields,
    path: &Path,
    keys: &[&str],
    list: &str,
) -> Option<Vec<u32>> {
    // Most lists hold a few ids, which are quicker to compare than to hash.
    let mut seen = WordsMap::default();
    every(keys.iter().enumerate().map(|(i, key)| {
        let repeated = match keys.len() {
            0..=16 => keys[..i].contains(key),
            _ => seen.insert(key, ()).is_some(),
        };
        if repeated {
            fields.problem(&path.index(i), Msg::CheckIdListedTwice, &[(*key).into()]);
        }
        ids.resolve(fields, &path.index(i), key, list)
    }))
}

/// Finds the one place in `text` where the quote stands, or records why there is not exactly one.
fn locate(
    fields: &mut Fields,
    path: &Path,
    text: &str,
    raw: &RawClaim,
) -> Option<std::ops::Range<usize>> {
    let exact = raw.exact;
    let mut occurrences = 0;
    // How many occurrences have the given prefix and suffix, and where the first one starts.
    let mut matches = 0_usize;
    let mut first = 0;
    for (start, _) in text.match_indices(exact) {
        occurrences += 1;
        let prefix_ok = raw
            .prefix
            .as_deref()
            .is_none_or(|p| text[..start].ends_with(p));
        let suffix_ok = raw
            .suffix
            .as_deref()
            .is_none_or(|s| text[start + exact.len()..].starts_with(s));
        if prefix_ok && suffix_ok {
            matches += 1;
            first = start;
        }
    }
    if matches == 1 {
        return Some(first..first + exact.len());
    }
    let shown = abbreviate(exact);
    let (quote, paragraph) = (shown.as_str().into(), Arg::Str(raw.paragraph));
    match (occurrences, matches) {
        (0, _) => fields.problem(
            &path.key("exact"),
            Msg::CheckQuoteAbsent,
            &[quote, paragraph],
        ),
        (_, 0) => fields.problem(path, Msg::CheckQuoteContext, &[quote, paragraph]),
        (_, many) => {
            let args = [quote, many.into(), paragraph];
            fields.problem(path, Msg::CheckQuoteMany, &args);
        }
    }
    None
}
