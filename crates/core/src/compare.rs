//! Comparing two annotations of the same article — a reference (a careful annotator's, or gold)
//! and one measured against it (a draft) — field by field, as precision and recall.
//!
//! Claims are matched one to one by their quotes: in paragraphs of the same text, quotes whose
//! characters overlap, the largest overlaps first. Actors are matched by name (the name or any
//! alias, case aside; the two `author` actors always match), sources by outlet (and date, among
//! several of one outlet). For matched claims, the claimant, the sources, the kind and the
//! subjects agree when they are the matched actors and sources. For matched actors, their names
//! agree as written, and as what names are for: the places in the reference's text they find.

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;

use crate::model::{ActorKind, Article, NameFinder, ParagraphId};

/// How one field of the measured annotation agrees with the reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub field: &'static str,
    /// Values of the field in the reference (over matched entries, for fields of entries).
    pub reference: usize,
    /// Values of the field in the measured annotation.
    pub measured: usize,
    /// Values the two share.
    pub agreeing: usize,
    /// For fields of matched entries: how many entries have the field entirely right, of how many.
    pub all_right: Option<(usize, usize)>,
}

impl Row {
    /// The share of the measured values that the reference has too.
    pub fn precision(&self) -> f64 {
        ratio(self.agreeing, self.measured)
    }

    /// The share of the reference's values that the measured annotation has too.
    pub fn recall(&self) -> f64 {
        ratio(self.agreeing, self.reference)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// The comparison of two annotations of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub rows: Vec<Row>,
}

impl Comparison {
    /// The row of a field, by its name in the table (“claimant”).
    pub fn row(&self, field: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.field == field)
    }
}

impl Comparison {
    /// Adds another article's comparison, field by field, so that the rows count over every
    /// article compared (a corpus's totals: each claim weighs the same, whichever text it is in).
    pub fn add(&mut self, other: &Comparison) {
        for row in &other.rows {
            match self.rows.iter_mut().find(|r| r.field == row.field) {
                Some(total) => {
                    total.reference += row.reference;
                    total.measured += row.measured;
                    total.agreeing += row.agreeing;
                    total.all_right = match (total.all_right, row.all_right) {
                        (Some((a, of_a)), Some((b, of_b))) => Some((a + b, of_a + of_b)),
                        (one, other) => one.or(other),
                    };
                }
                None => self.rows.push(row.clone()),
            }
        }
    }

    /// The share a field's figure stands at: of the reference's values found (“claims found”,
    /// “named actors”, “sources (outlets)”), else of matched entries entirely right.
    pub fn score(&self, field: &str) -> Option<f64> {
        let row = self.row(field)?;
        Some(match row.all_right {
            Some((right, of)) => ratio(right, of),
            None => row.recall(),
        })
    }
}

/// Compares `measured` with `reference`, two annotations of the same article.
pub fn compare(reference: &Article, measured: &Article) -> Comparison {
    let actors = match_actors(reference, measured);
    let sources = match_sources(reference, measured);
    let claims = match_claims(reference, measured);
    let actor_in_reference = |b: usize| actors.iter().find(|&&(_, mb)| mb == b).map(|&(a, _)| a);
    let source_in_reference = |b: usize| sources.iter().find(|&&(_, mb)| mb == b).map(|&(a, _)| a);

    let mut rows = vec![Row {
        field: "claims found",
        reference: reference.claims().len(),
        measured: measured.claims().len(),
        agreeing: claims.len(),
        all_right: None,
    }];
    let single = |field, agree: &dyn Fn(usize, usize) -> bool| {
        let agreeing = claims.iter().filter(|&&(a, b)| agree(a, b)).count();
        Row {
            field,
            reference: claims.len(),
            measured: claims.len(),
            agreeing,
            all_right: Some((agreeing, claims.len())),
        }
    };
    rows.push(single("claimant", &|a, b| {
        let (ca, cb) = (&reference.claims()[a], &measured.claims()[b]);
        actor_in_reference(cb.claimant.index()) == Some(ca.claimant.index())
    }));
    let sets = |field, of: &dyn Fn(usize, usize) -> (Vec<usize>, Vec<Option<usize>>)| {
        let mut row = Row {
            field,
            reference: 0,
            measured: 0,
            agreeing: 0,
            all_right: Some((0, claims.len())),
        };
        for &(a, b) in &claims {
            let (wanted, given) = of(a, b);
            let wanted: HashSet<usize> = wanted.into_iter().collect();
            let shared = given
                .iter()
                .flatten()
                .filter(|g| wanted.contains(g))
                .collect::<HashSet<_>>()
                .len();
            row.reference += wanted.len();
            row.measured += given.len();
            row.agreeing += shared;
            if shared == wanted.len() && given.len() == wanted.len() {
                if let Some((right, _)) = row.all_right.as_mut() {
                    *right += 1;
                }
            }
        }
        row
    };
    rows.push(sets("sources", &|a, b| {
        let (ca, cb) = (&reference.claims()[a], &measured.claims()[b]);
        (
            ca.sources.iter().map(|s| s.index()).collect(),
            cb.sources
                .iter()
                .map(|s| source_in_reference(s.index()))
                .collect(),
        )
    }));
    rows.push(single("kind", &|a, b| {
        reference.claims()[a].kind == measured.claims()[b].kind
    }));
    rows.push(sets("subjects", &|a, b| {
        let (ca, cb) = (&reference.claims()[a], &measured.claims()[b]);
        (
            ca.subjects.iter().map(|s| s.index()).collect(),
            cb.subjects
                .iter()
                .map(|s| actor_in_reference(s.index()))
                .collect(),
        )
    }));

    rows.push(Row {
        field: "actors",
        reference: reference.actors().len(),
        measured: measured.actors().len(),
        agreeing: actors.len(),
        all_right: None,
    });
    // The actors the text names (“Ruth Okafor”, “TDOT”), not groups it describes (“drivers”,
    // “a person familiar with the talks”): the ones a drafter can be asked to find all of.
    let named = |article: &Article, actor: usize| is_named(&article.actors()[actor]);
    rows.push(Row {
        field: "named actors",
        reference: (0..reference.actors().len())
            .filter(|&a| named(reference, a))
            .count(),
        measured: (0..measured.actors().len())
            .filter(|&b| named(measured, b))
            .count(),
        agreeing: actors
            .iter()
            .filter(|&&(a, b)| named(reference, a) && named(measured, b))
            .count(),
        all_right: None,
    });
    let mut names_row = Row {
        field: "actor names and aliases",
        reference: 0,
        measured: 0,
        agreeing: 0,
        all_right: Some((0, actors.len())),
    };
    for &(a, b) in &actors {
        let wanted = names_of(reference, a);
        let given = names_of(measured, b);
        let shared = wanted.intersection(&given).count();
        names_row.reference += wanted.len();
        names_row.measured += given.len();
        names_row.agreeing += shared;
        if shared == wanted.len() && shared == given.len() {
            if let Some((right, _)) = names_row.all_right.as_mut() {
                *right += 1;
            }
        }
    }
    rows.push(names_row);
    rows.push(mentions_row(reference, measured, &actors));
    let actor_kinds = actors
        .iter()
        .filter(|&&(a, b)| reference.actors()[a].kind == measured.actors()[b].kind)
        .count();
    rows.push(Row {
        field: "actor kinds",
        reference: actors.len(),
        measured: actors.len(),
        agreeing: actor_kinds,
        all_right: Some((actor_kinds, actors.len())),
    });

    rows.push(Row {
        field: "sources (outlets)",
        reference: reference.sources().len(),
        measured: measured.sources().len(),
        agreeing: sources.len(),
        all_right: None,
    });
    let source_field = |field, same: &dyn Fn(usize, usize) -> bool| {
        let agreeing = sources.iter().filter(|&&(a, b)| same(a, b)).count();
        Row {
            field,
            reference: sources.len(),
            measured: sources.len(),
            agreeing,
            all_right: Some((agreeing, sources.len())),
        }
    };
    rows.push(source_field("source dates", &|a, b| {
        reference.sources()[a].date == measured.sources()[b].date
    }));
    rows.push(source_field("source listed", &|a, b| {
        reference.sources()[a].listed == measured.sources()[b].listed
    }));
    rows.push(source_field("source titles", &|a, b| {
        let plain = |t: &Option<String>| t.as_deref().map(|t| t.trim().to_lowercase());
        plain(&reference.sources()[a].title) == plain(&measured.sources()[b].title)
    }));
    Comparison { rows }
}

/// Whether an actor is named rather than described: not a group of people, and a capitalised
/// word in its name beyond a determiner (“Her daughter” is described).
fn is_named(actor: &crate::model::Actor) -> bool {
    const DETERMINERS: &[&str] = &["The", "A", "An", "His", "Her", "Its", "Their", "Our", "My"];
    actor.kind != ActorKind::People
        && actor
            .name
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase) && !DETERMINERS.contains(&w))
}

/// Where matched actors' names find them in the reference's text, as the explorer marks them:
/// a measured actor is right when each of its mentions overlaps one of its match's and each of
/// its match's overlaps one of its own. So “Ms McBride” and “McBride” agree, as they find the
/// same places; a missing „Verbands“ (a genitive) or an extra “France” (which finds the country)
/// do not. The writers, whom the text does not mark, are left out.
fn mentions_row(reference: &Article, measured: &Article, actors: &[(usize, usize)]) -> Row {
    type Place = (ParagraphId, Range<usize>);
    let finder = NameFinder::new(
        measured
            .actors()
            .iter()
            .filter(|a| a.kind != ActorKind::Author)
            .flat_map(|a| a.names().map(move |name| (a.id, name))),
    );
    let mut found: Vec<Vec<Place>> = vec![Vec::new(); measured.actors().len()];
    for paragraph in reference.paragraphs() {
        finder.find(&paragraph.text, |actor, range| {
            found[actor.index()].push((paragraph.id, range));
        });
    }
    let overlaps = |place: &Place, others: &[Place]| {
        others.iter().any(|(paragraph, range)| {
            *paragraph == place.0 && range.start < place.1.end && place.1.start < range.end
        })
    };
    let mut row = Row {
        field: "actor mentions",
        reference: 0,
        measured: 0,
        agreeing: 0,
        all_right: Some((0, 0)),
    };
    for &(a, b) in actors {
        let actor = &reference.actors()[a];
        if actor.kind == ActorKind::Author {
            continue;
        }
        let wanted: Vec<Place> = reference
            .mentions_of(actor.id)
            .map(|m| (m.paragraph, m.range.clone()))
            .collect();
        let given = &found[b];
        let found_wanted = wanted.iter().filter(|w| overlaps(w, given)).count();
        let right_given = given.iter().filter(|g| overlaps(g, &wanted)).count();
        row.reference += wanted.len();
        row.measured += given.len();
        row.agreeing += found_wanted.min(right_given);
        if let Some((right, of)) = row.all_right.as_mut() {
            *of += 1;
            *right += usize::from(found_wanted == wanted.len() && right_given == given.len());
        }
    }
    row
}

/// Every name of an actor, case aside.
fn names_of(article: &Article, actor: usize) -> HashSet<String> {
    article.actors()[actor]
        .names()
        .map(|n| n.trim().to_lowercase())
        .collect()
}

/// Pairs (reference, measured) chosen one to one, the heaviest first.
fn one_to_one(mut candidates: Vec<(usize, usize, usize)>) -> Vec<(usize, usize)> {
    candidates.sort_by(|x, y| y.2.cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    let mut used_a = HashSet::new();
    let mut used_b = HashSet::new();
    let mut pairs = Vec::new();
    for (a, b, _) in candidates {
        if used_a.contains(&a) || used_b.contains(&b) {
            continue;
        }
        used_a.insert(a);
        used_b.insert(b);
        pairs.push((a, b));
    }
    pairs.sort();
    pairs
}

/// Above any difference between two quotes' lengths, so that the overlap weighs first.
const EXACTNESS: usize = 1 << 24;

/// Claims whose quotes overlap in paragraphs of the same text, weighed by the overlap, then by
/// how little they differ.
fn match_claims(reference: &Article, measured: &Article) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (a, ca) in reference.claims().iter().enumerate() {
        let text_a = &reference.paragraph(ca.quote.paragraph).text;
        for (b, cb) in measured.claims().iter().enumerate() {
            if measured.paragraph(cb.quote.paragraph).text != *text_a {
                continue;
            }
            let (ra, rb) = (&ca.quote.range, &cb.quote.range);
            let overlap = ra.end.min(rb.end).saturating_sub(ra.start.max(rb.start));
            // Of two pairs that overlap as much, the one whose quotes differ least: a quote
            // drafted exactly as the reference's pairs with it, not with a longer one around it.
            let apart = ra.len() + rb.len() - 2 * overlap;
            if overlap > 0 {
                candidates.push((
                    a,
                    b,
                    overlap * EXACTNESS + EXACTNESS.saturating_sub(apart + 1),
                ));
            }
        }
    }
    one_to_one(candidates)
}

/// Actors that share a name or alias, case aside; the two writers always match.
fn match_actors(reference: &Article, measured: &Article) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for a in 0..reference.actors().len() {
        let names_a = names_of(reference, a);
        for b in 0..measured.actors().len() {
            let writers = reference.actors()[a].kind == ActorKind::Author
                && measured.actors()[b].kind == ActorKind::Author;
            let shared = names_a.intersection(&names_of(measured, b)).count();
            if shared > 0 || writers {
                candidates.push((a, b, shared + usize::from(writers) * 100));
            }
        }
    }
    one_to_one(candidates)
}

/// Sources of the same outlet, case aside; those of the same date first.
fn match_sources(reference: &Article, measured: &Article) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (a, sa) in reference.sources().iter().enumerate() {
        for (b, sb) in measured.sources().iter().enumerate() {
            if sa.outlet.trim().to_lowercase() == sb.outlet.trim().to_lowercase() {
                candidates.push((
                    a,
                    b,
                    1 + usize::from(sa.date == sb.date) + usize::from(sa.author == sb.author),
                ));
            }
        }
    }
    one_to_one(candidates)
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let percent = |x: f64| format!("{:.1}%", x * 100.0);
        writeln!(
            f,
            "{:<25} {:>9} {:>9} {:>9} {:>9} {:>7} {:>9}",
            "field", "reference", "measured", "agreeing", "precision", "recall", "all right"
        )?;
        for row in &self.rows {
            let all_right = row
                .all_right
                .map_or(String::new(), |(right, of)| percent(ratio(right, of)));
            writeln!(
                f,
                "{:<25} {:>9} {:>9} {:>9} {:>9} {:>7} {:>9}",
                row.field,
                row.reference,
                row.measured,
                row.agreeing,
                percent(row.precision()),
                percent(row.recall()),
                all_right
            )?;
        }
        write!(
            f,
            "Claims are matched by overlapping quotes; claimant, sources, kind and subjects are counted over matched claims (“all right”: the share of matched claims with the field entirely right)."
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::file::File;

    const SEED: &[u8] = include_bytes!("../../../data/belgorod-incursions.json");

    fn seed() -> Article {
        crate::load(SEED).expect("valid seed")
    }

    fn changed(change: impl FnOnce(&mut File)) -> Article {
        let mut file = File::from(&seed());
        change(&mut file);
        crate::load(file.to_json().as_bytes()).expect("still valid")
    }

    #[test]
    fn totals_count_every_article_s_values_together() {
        let article = seed();
        let fewer = changed(|file| {
            file.claims.truncate(10);
            file.relations.clear();
            file.events.clear();
        });
        let (whole, part) = (compare(&article, &article), compare(&article, &fewer));
        let mut total = whole.clone();
        total.add(&part);
        let found = total.row("claims found").expect("a row");
        let claims = article.claims().len();
        assert_eq!((found.reference, found.agreeing), (2 * claims, claims + 10));
        assert_eq!(
            total.score("claims found"),
            Some((claims + 10) as f64 / (2 * claims) as f64)
        );
        let claimant = total.row("claimant").and_then(|r| r.all_right);
        assert_eq!(claimant, Some((claims + 10, claims + 10)));
        assert_eq!(total.score("claimant"), Some(1.0));
        assert_eq!(total.rows.len(), whole.rows.len());
    }

    #[test]
    fn an_annotation_agrees_entirely_with_itself() {
        let comparison = compare(&seed(), &seed());
        for row in &comparison.rows {
            assert_eq!(row.agreeing, row.reference, "{row:?}");
            assert_eq!(row.precision(), 1.0, "{row:?}");
        }
        assert_eq!(
            comparison.row("claims found").map(|r| r.reference),
            Some(39)
        );
    }

    #[test]
    fn missing_claims_lower_recall_and_wrong_claimants_are_counted() {
        let measured = changed(|file| {
            file.claims.truncate(30);
            file.relations.clear();
            file.events.clear();
            file.claims[0].claimant = "putin".into();
            file.claims[1].sources.clear();
            file.actors[6].aliases.push("Rossiya".into());
        });
        let comparison = compare(&seed(), &measured);
        let found = comparison.row("claims found").unwrap();
        assert_eq!(
            (found.reference, found.measured, found.agreeing),
            (39, 30, 30)
        );
        assert_eq!(found.recall(), 30.0 / 39.0);
        assert_eq!(comparison.row("claimant").unwrap().agreeing, 29);
        let sources = comparison.row("sources").unwrap();
        assert_eq!(sources.reference - sources.agreeing, 1);
        assert_eq!(sources.all_right, Some((29, 30)));
        let names = comparison.row("actor names and aliases").unwrap();
        assert_eq!(names.measured - names.reference, 1);
        assert!(comparison.to_string().contains("claims found"));
    }

    #[test]
    fn names_agree_by_the_places_they_find_in_the_text() {
        let named = |actor: usize, aliases: &[&str]| {
            let aliases: Vec<String> = aliases.iter().map(|a| a.to_string()).collect();
            changed(move |file| file.actors[actor].aliases = aliases)
        };
        let scores = |measured: &Article| {
            let comparison = compare(&seed(), measured);
            let score = |field| comparison.score(field).unwrap();
            (score("actor names and aliases"), score("actor mentions"))
        };
        // The seed's 13 actors other than its writer, all right.
        assert_eq!(scores(&seed()), (1.0, 1.0));
        let one_wrong = 12.0 / 13.0;
        // “Liberty of Russia Legion” written with its article finds the same place.
        let longer = named(1, &["the Liberty of Russia Legion", "LSR"]);
        let (names, mentions) = scores(&longer);
        assert!(names < 1.0 && mentions == 1.0, "{names} {mentions}");
        // Without “LSR”, its places are missed; with “Russian”, it finds places not its own.
        assert_eq!(
            scores(&named(1, &["Liberty of Russia Legion"])).1,
            one_wrong
        );
        let russian = named(2, &["RDK", "Russian"]);
        let rdk = |article: &Article| article.mention_count(article.actors()[2].id);
        assert!(rdk(&russian) > rdk(&seed()));
        assert_eq!(scores(&russian).1, one_wrong);
        // An alias the text never uses finds no place, so it changes nothing but the names.
        let (names, mentions) = scores(&named(5, &["Vladimir Vladimirovich"]));
        assert!(names < 1.0 && mentions == 1.0, "{names} {mentions}");
    }

    #[test]
    fn named_actors_leave_out_groups_and_descriptions() {
        let reference = changed(|file| {
            file.actors[1].kind = "people".into();
            file.actors[2].name = "Her daughter".into();
            file.actors[2].aliases.clear();
        });
        let named = |article: &Article| {
            (0..article.actors().len())
                .filter(|&a| is_named(&article.actors()[a]))
                .count()
        };
        assert_eq!(named(&reference), named(&seed()) - 2);
        let row = compare(&reference, &reference);
        let row = row.row("named actors").unwrap();
        assert_eq!(
            (row.reference, row.agreeing),
            (named(&reference), named(&reference))
        );
    }

    #[test]
    fn a_quote_drafted_exactly_pairs_with_its_reference_not_with_a_longer_one_around_it() {
        // The reference has a claim and a second one inside it, the end of its quote; the draft
        // the first claim's opening words and the second claim exactly.
        let quote = File::from(&seed()).claims[0].quote.clone();
        let (opening, end) = quote.exact.split_at(quote.exact.len() / 3);
        let (opening, end) = (opening.to_string(), end.to_string());
        let inside = |file: &mut File, first: &str| {
            file.claims[0].quote.exact = first.to_string();
            file.claims[1].quote = quote.clone();
            file.claims[1].quote.exact.clone_from(&end);
        };
        let reference = changed(|file| inside(file, &quote.exact));
        let measured = changed(|file| inside(file, &opening));
        let found = compare(&reference, &measured);
        let found = found.row("claims found").unwrap();
        assert_eq!(found.agreeing, found.reference);
    }

    #[test]
    fn actors_match_by_any_name_and_quotes_by_overlap() {
        let measured = changed(|file| {
            // Called by its alias, with its quote cut shorter.
            file.actors[1].name = "lsr".into();
            file.actors[1].aliases.clear();
            file.claims[0].quote.exact = "there was a two-day incursion".into();
        });
        let comparison = compare(&seed(), &measured);
        assert_eq!(comparison.row("actors").unwrap().agreeing, 14);
        assert_eq!(comparison.row("claims found").unwrap().agreeing, 39);
        assert_eq!(comparison.row("claimant").unwrap().agreeing, 39);
    }
}
