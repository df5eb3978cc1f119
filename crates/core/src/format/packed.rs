//! The packed form of a validated article, which the build writes into the served page so that the
//! explorer built for that page can read its article without the JSON reader and validator that
//! article files need (BENCHMARKS.md, Size).
//!
//! It is not a file format: only [`pack`] writes it, from an article that passed validation, so
//! [`unpack`] checks the rules the explorer relies on rather than every rule of the format: every
//! reference in range, every quote on its paragraph's character boundaries, no id twice in a list
//! or a claim, no relation of a claim with itself. It answers `None` for anything else.
//! The text is one value a line: numbers in decimal, text with its `\`, line breaks, carriage
//! returns, NULs and `<` escaped, so that the HTML parser keeps it exactly and no value can end the
//! element that carries it. A list is its length, then its items; an optional value is a list of
//! at most one; a vocabulary word is its position in the vocabulary.

use crate::model::Article;
use crate::model::*;

/// The id of the `<script type="text/plain">` element that carries a served page's own article,
/// packed: the build writes it (`src/bin/prerender.rs`) and the explorer reads it.
pub const SCRIPT_ID: &str = "claimscope-article";

/// Writes `article` in the packed form.
pub fn pack(article: &Article) -> String {
    let mut out = Packer(String::new());
    let info = article.info();
    for text in [&info.id, &info.title] {
        out.text(text);
    }
    for text in [&info.publisher, &info.category] {
        out.optional(text.as_deref(), Packer::text);
    }
    out.text(&info.language);
    out.optional(info.url.as_ref().map(Url::as_str), Packer::text);
    out.optional(info.published, Packer::date);
    out.list(&info.credits, |out, credit| {
        out.text(&credit.name);
        out.text(&credit.role);
    });
    out.list(article.paragraphs(), |out, paragraph| {
        out.text(&paragraph.key);
        out.text(&paragraph.text);
    });
    out.list(article.actors(), |out, actor| {
        out.text(&actor.key);
        out.text(&actor.name);
        out.list(&actor.aliases, |out, alias| out.text(alias));
        out.word(actor.kind);
        out.text(&actor.summary);
        out.optional(actor.note.as_deref(), Packer::text);
        out.number(usize::from(actor.drafted));
    });
    out.list(article.sources(), |out, source| {
        out.text(&source.key);
        out.text(&source.outlet);
        out.optional(source.author.as_deref(), Packer::text);
        out.optional(source.title.as_deref(), Packer::text);
        out.optional(source.date, Packer::date);
        out.optional(source.url.as_ref().map(Url::as_str), Packer::text);
        out.number(usize::from(source.listed));
    });
    out.list(article.claims(), |out, claim| {
        out.text(&claim.key);
        let quote = &claim.quote;
        for number in [quote.paragraph.index(), quote.range.start, quote.range.end] {
            out.number(number);
        }
        out.optional(quote.prefix.as_deref(), Packer::text);
        out.optional(quote.suffix.as_deref(), Packer::text);
        out.text(&claim.summary);
        out.number(claim.claimant.index());
        out.list(&claim.sources, |out, source| out.number(source.index()));
        out.word(claim.kind);
        out.list(&claim.subjects, |out, subject| out.number(subject.index()));
        out.optional(claim.note.as_deref(), Packer::text);
        out.number(usize::from(claim.drafted));
    });
    out.list(article.relations(), |out, relation| {
        out.word(relation.kind);
        for claim in relation.claims {
            out.number(claim.index());
        }
        out.optional(relation.note.as_deref(), Packer::text);
    });
    out.list(article.events(), |out, event| {
        out.text(&event.key);
        out.date(event.date);
        out.text(&event.label);
        out.list(&event.claims, |out, claim| out.number(claim.index()));
    });
    out.0
}

/// Reads an article written by [`pack`]; `None` when the text is not one.
pub fn unpack(packed: &str) -> Option<Article> {
    let mut input = Unpacker(packed.strip_suffix('\n')?.split('\n'));
    let info = ArticleInfo {
        id: input.text()?,
        title: input.text()?,
        publisher: input.optional(Unpacker::text)?,
        category: input.optional(Unpacker::text)?,
        language: input.text()?,
        url: input.optional(Unpacker::url)?,
        published: input.optional(Unpacker::date)?,
        credits: input.list(|input, _| {
            Some(Credit {
                name: input.text()?,
                role: input.text()?,
            })
        })?,
    };
    let paragraphs = input.list(|input, i| {
        Some(Paragraph {
            id: ParagraphId(i),
            key: input.text()?,
            text: input.text()?,
        })
    })?;
    let actors = input.list(|input, i| {
        Some(Actor {
            id: ActorId(i),
            key: input.text()?,
            name: input.text()?,
            aliases: input.list(|input, _| input.text())?,
            kind: input.word()?,
            summary: input.text()?,
            note: input.optional(Unpacker::text)?,
            drafted: input.id(2)? == 1,
        })
    })?;
    let sources = input.list(|input, i| {
        Some(Source {
            id: SourceId(i),
            key: input.text()?,
            outlet: input.text()?,
            author: input.optional(Unpacker::text)?,
            title: input.optional(Unpacker::text)?,
            date: input.optional(Unpacker::date)?,
            url: input.optional(Unpacker::url)?,
            listed: input.id(2)? == 1,
        })
    })?;
    let (actor_count, source_count) = (actors.len(), sources.len());
    let claims = input.list(|input, i| {
        let key = input.text()?;
        let paragraph = paragraphs.get(input.number()?)?;
        let range = input.number()?..input.number()?;
        let exact = paragraph.text.get(range.clone())?.to_owned();
        Some(Claim {
            id: ClaimId(i),
            key,
            quote: Quote {
                paragraph: paragraph.id,
                exact,
                prefix: input.optional(Unpacker::text)?,
                suffix: input.optional(Unpacker::text)?,
                range,
            },
            summary: input.text()?,
            claimant: ActorId(input.id(actor_count)?),
            sources: input.ids(source_count, SourceId)?,
            kind: input.word()?,
            subjects: input.ids(actor_count, ActorId)?,
            note: input.optional(Unpacker::text)?,
            drafted: input.id(2)? == 1,
        })
    })?;
    let claim_count = claims.len();
    let relations = input.list(|input, _| {
        let kind = input.word()?;
        let claims = [
            ClaimId(input.id(claim_count)?),
            ClaimId(input.id(claim_count)?),
        ];
        Some(Relation {
            kind,
            claims: (claims[0] != claims[1]).then_some(claims)?,
            note: input.optional(Unpacker::text)?,
        })
    })?;
    let events = input.list(|input, _| {
        Some(Event {
            key: input.text()?,
            date: input.date()?,
            label: input.text()?,
            claims: input.ids(claim_count, ClaimId)?,
        })
    })?;
    let keys_distinct = distinct(paragraphs.iter().map(|p| p.key.as_str()))
        && distinct(actors.iter().map(|a| a.key.as_str()))
        && distinct(sources.iter().map(|s| s.key.as_str()))
        && distinct(claims.iter().map(|c| c.key.as_str()))
        && distinct(events.iter().map(|e| e.key.as_str()));
    (keys_distinct && input.0.next().is_none())
        .then(|| Article::new(info, paragraphs, actors, sources, claims, relations, events))
}

struct Packer(String);

impl Packer {
    fn number(&mut self, n: usize) {
        self.0.push_str(&n.to_string());
        self.0.push('\n');
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\0' => self.0.push_str("\\0"),
                '<' => self.0.push_str("\\l"),
                c => self.0.push(c),
            }
        }
        self.0.push('\n');
    }

    fn date(&mut self, date: Date) {
        self.text(&date.to_string());
    }

    fn word<V: Vocabulary>(&mut self, value: V) {
        self.number(value.position());
    }

    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.number(items.len());
        for value in items {
            item(self, value);
        }
    }

    fn optional<T>(&mut self, value: Option<T>, item: impl FnOnce(&mut Self, T)) {
        self.number(usize::from(value.is_some()));
        if let Some(value) = value {
            item(self, value);
        }
    }
}

struct Unpacker<'a>(std::str::Split<'a, char>);

impl Unpacker<'_> {
    fn number(&mut self) -> Option<usize> {
        let line = self.0.next()?;
        let mut n: usize = 0;
        for digit in line.bytes() {
            let digit = usize::from(digit.checked_sub(b'0').filter(|d| *d < 10)?);
            n = n.checked_mul(10)?.checked_add(digit)?;
        }
        (!line.is_empty()).then_some(n)
    }

    /// A number below `count`, as an id.
    fn id(&mut self, count: usize) -> Option<u32> {
        self.number()
            .filter(|n| *n < count)
            .and_then(|n| u32::try_from(n).ok())
    }

    /// A list of ids below `count`, none twice.
    fn ids<T>(&mut self, count: usize, id: fn(u32) -> T) -> Option<Vec<T>> {
        let numbers = self.list(|input, _| input.id(count))?;
        let mut sorted = numbers.clone();
        sorted.sort_unstable();
        sorted
            .windows(2)
            .all(|pair| pair[0] != pair[1])
            .then(|| numbers.into_iter().map(id).collect())
    }

    fn text(&mut self) -> Option<String> {
        let line = self.0.next()?;
        let mut text = String::with_capacity(line.len());
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            text.push(match c {
                '\\' => match chars.next()? {
                    '\\' => '\\',
                    'n' => '\n',
                    'r' => '\r',
                    '0' => '\0',
                    'l' => '<',
                    _ => return None,
                },
                c => c,
            });
        }
        Some(text)
    }

    fn date(&mut self) -> Option<Date> {
        Date::parse(&self.text()?)
    }

    fn url(&mut self) -> Option<Url> {
        Url::parse(&self.text()?)
    }

    fn word<V: Vocabulary>(&mut self) -> Option<V> {
        V::at(self.number()?)
    }

    /// A list, reading each item with `item`, which gets the item's position.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self, u32) -> Option<T>) -> Option<Vec<T>> {
        let count = u32::try_from(self.number()?).ok()?;
        // A damaged count costs no more than the items actually there.
        let mut items = Vec::with_capacity((count as usize).min(1024));
        for i in 0..count {
            items.push(item(self, i)?);
        }
        Some(items)
    }

    fn optional<T>(&mut self, item: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.number()? {
            0 => Some(None),
            1 => item(self).map(Some),
            _ => None,
        }
    }
}

/// Whether no key comes twice.
fn distinct<'a>(keys: impl Iterator<Item = &'a str>) -> bool {
    let mut keys: Vec<&str> = keys.collect();
    let count = keys.len();
    keys.sort_unstable();
    keys.dedup();
    keys.len() == count
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn seed() -> Article {
        crate::load(include_bytes!("../../../../data/belgorod-incursions.json"))
            .expect("valid seed")
    }

    fn assert_same(read: &Article, article: &Article) {
        assert_eq!(read.info(), article.info());
        assert_eq!(read.paragraphs(), article.paragraphs());
        assert_eq!(read.actors(), article.actors());
        assert_eq!(read.sources(), article.sources());
        assert_eq!(read.claims(), article.claims());
        assert_eq!(read.relations(), article.relations());
        assert_eq!(read.events(), article.events());
        assert_eq!(read.mentions(), article.mentions());
    }

    #[test]
    fn the_seed_reads_back_as_it_was_written() {
        let article = seed();
        let packed = pack(&article);
        assert_same(&unpack(&packed).expect("unpacks"), &article);
    }

    #[test]
    fn the_fixture_reads_back_as_it_was_written() {
        let file = include_bytes!("../../../../tests/fixtures/harbour.json");
        let article = crate::load(file).expect("valid fixture");
        assert_same(&unpack(&pack(&article)).expect("unpacks"), &article);
    }

    #[test]
    fn no_text_can_end_the_element_or_change_in_the_html_parser() {
        let hostile = "</script><!-- \\n \r\n \0 \\ <\\l";
        let mut out = Packer(String::new());
        out.text(hostile);
        assert!(!out.0.contains(['<', '\r', '\0']), "{}", out.0);
        assert_eq!(out.0.matches('\n').count(), 1, "one line");
        assert_eq!(Unpacker(out.0.split('\n')).text().as_deref(), Some(hostile));
    }

    #[test]
    fn a_reference_out_of_range_is_refused() {
        let article = seed();
        let claim = &article.claims()[0];
        let packed = pack(&article);
        let written = format!("\n{}\n{}\n", claim.summary, claim.claimant.index());
        assert!(
            packed.contains(&written),
            "the claimant follows the summary"
        );
        let beyond = format!("\n{}\n{}\n", claim.summary, article.actors().len());
        assert!(unpack(&packed.replacen(&written, &beyond, 1)).is_none());
    }

    #[test]
    fn a_relation_of_a_claim_with_itself_is_refused() {
        let article = seed();
        let relation = &article.relations()[0];
        let [a, b] = relation.claims.map(ClaimId::index);
        let packed = pack(&article);
        let written = format!("\n{a}\n{b}\n");
        assert!(
            packed.contains(&written),
            "a relation's two claims follow each other"
        );
        assert!(unpack(&packed.replacen(&written, &format!("\n{a}\n{a}\n"), 1)).is_none());
    }

    #[test]
    fn an_id_used_twice_is_refused() {
        let article = seed();
        let [first, second] = [&article.actors()[0], &article.actors()[1]];
        let packed = pack(&article);
        let written = format!("\n{}\n{}\n", second.key, second.name);
        assert!(packed.contains(&written), "an actor's name follows its id");
        let twice = format!("\n{}\n{}\n", first.key, second.name);
        assert!(unpack(&packed.replacen(&written, &twice, 1)).is_none());
    }

    /// What the explorer does with an article as soon as it has one.
    fn show(article: &Article) {
        let query = crate::Query {
            text: "the".into(),
            ..crate::Query::default()
        };
        let results = crate::search::query::run(article, &query);
        let _ = crate::findings(article);
        for paragraph in article.paragraphs() {
            let hits = crate::search::query::highlights(&query, &paragraph.text);
            let _ = crate::view::runs::runs(article, paragraph.id, &hits);
        }
        for claim in &results.claims {
            let _ = article.relations_of(*claim).count();
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Whatever a damaged page holds, reading it answers and never panics.
        #[test]
        fn damaged_text_is_refused_or_read_never_panics(
            cut in 0usize..40_000,
            at in 0usize..40_000,
            byte in proptest::sample::select(vec!["0", "9", "\n", "\\", "x", "99999999999"]),
        ) {
            let mut damaged: String = pack(&seed()).chars().take(cut).collect();
            let at = damaged.char_indices().nth(at).map_or(damaged.len(), |(i, _)| i);
            damaged.insert_str(at, byte);
            if let Some(article) = unpack(&damaged) {
                show(&article);
            }
        }

        /// A number changed anywhere (a count, an id, a quote's place) is refused, or gives an
        /// article the explorer shows without failing.
        #[test]
        fn a_changed_number_is_refused_or_shown(
            line in 0usize..2_000,
            value in prop_oneof![0usize..60, 0usize..3_000],
        ) {
            let packed = pack(&seed());
            let mut lines: Vec<&str> = packed.split('\n').collect();
            let value = value.to_string();
            let line = line % lines.len();
            lines[line] = &value;
            if let Some(article) = unpack(&lines.join("\n")) {
                show(&article);
            }
        }
    }
}
