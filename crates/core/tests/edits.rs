//! The editor's edits as data, under random sequences (issue #21): any sequence of edits, undos
//! and redos, on the seed, on a harbour-sized file and on a draft of the seed's text, never
//! panics; every version either checks valid or lists its problems; every version writes and
//! reads back unchanged; and undoing all the way gives back the document as it was opened.

use std::ops::Range;

use claimscope_core::edit::{
    ActorField, ArticleField, ClaimField, Document, Edit, Entry, EventField, Field, History, List,
    SourceField,
};
use claimscope_core::format::file::File;
use claimscope_core::RelationKind;
use proptest::prelude::*;

const SEED: &str = include_str!("../../../data/belgorod-incursions.json");
const HARBOUR: &str = include_str!("../../../tests/fixtures/harbour.json");
const SEED_TEXT: &str = include_str!("texts/belgorod-incursions.txt");

fn document(json: &str) -> Document {
    Document::from(serde_json::from_str::<File>(json).expect("the fixture reads"))
}

/// Values a person might type, hostile ones among them.
const VALUES: [&str; 8] = [
    "",
    "  ",
    "White Rex",
    "<b>bold</b> & \"quoted\"",
    "denial",
    "2023-05",
    "Ігор Сидоренко",
    "\u{202e}reversed",
];

/// One step of a session: an edit drawn from numbers, an undo or a redo.
#[derive(Debug, Clone)]
enum Step {
    Edit([usize; 5]),
    Undo,
    Redo,
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let step = prop_oneof![
        6 => any::<[usize; 5]>().prop_map(Step::Edit),
        1 => Just(Step::Undo),
        1 => Just(Step::Redo),
    ];
    prop::collection::vec(step, 0..40)
}

/// A position among `len` entries, now and then one past the end (a stale position).
fn at(n: usize, len: usize) -> usize {
    n % (len + 1)
}

/// A range of bytes in paragraph `p` of `document`, on or off character boundaries.
fn range(document: &Document, p: usize, a: usize, b: usize) -> Range<usize> {
    let len = document.paragraphs.get(p).map_or(0, |p| p.text.len());
    let (a, b) = (a % (len + 2), b % (len + 2));
    a.min(b)..a.max(b)
}

/// The edit numbered `n` picks, on the entries `document` has.
fn edit(document: &Document, [kind, a, b, c, d]: [usize; 5]) -> Edit {
    let value = VALUES[d % VALUES.len()].to_string();
    let claims = document.claims.len();
    let actors = document.actors.len();
    let sources = document.sources.len();
    let events = document.events.len();
    let paragraph = at(a, document.paragraphs.len());
    let entry = match b % 4 {
        0 => Entry::Claim(at(c, claims)),
        1 => Entry::Actor(at(c, actors)),
        2 => Entry::Source(at(c, sources)),
        _ => Entry::Event(at(c, events)),
    };
    let actor_id = |n: usize| document.actors.get(n % actors.max(1)).map(|a| a.id.clone());
    match kind % 19 {
        0 | 1 => Edit::NewClaim {
            paragraph,
            range: range(document, paragraph, b, c),
        },
        2 => Edit::Requote {
            claim: at(d, claims),
            paragraph,
            range: range(document, paragraph, b, c),
        },
        3 => Edit::NewActor(value),
        4 => Edit::AddAlias {
            actor: at(a, actors),
            alias: value,
        },
        5 => Edit::Cite {
            paragraph,
            range: range(document, paragraph, b, c),
        },
        6 => Edit::NewEvent,
        7 => {
            let field = [
                ClaimField::Summary,
                ClaimField::Claimant,
                ClaimField::Kind,
                ClaimField::Note,
            ][b % 4];
            let value = match (field, actor_id(c)) {
                (ClaimField::Claimant, Some(id)) if d % 2 == 0 => id,
                _ => value,
            };
            Edit::Set(Field::Claim(at(a, claims), field), value)
        }
        8 => {
            let field = [
                ActorField::Name,
                ActorField::Kind,
                ActorField::Summary,
                ActorField::Note,
            ];
            Edit::Set(Field::Actor(at(a, actors), field[b % 4]), value)
        }
        9 => {
            let field = [
                SourceField::Outlet,
                SourceField::Author,
                SourceField::Title,
                SourceField::Date,
                SourceField::Url,
            ];
            Edit::Set(Field::Source(at(a, sources), field[b % 5]), value)
        }
        10 => {
            let field = [
                Field::Event(at(a, events), EventField::Date),
                Field::Event(at(a, events), EventField::Label),
                Field::Article(ArticleField::Title),
                Field::Article(ArticleField::Id),
                Field::Article(ArticleField::Published),
                Field::Alias(at(a, actors), c % 3),
                Field::Credit(c % 3, b % 2 == 0),
            ];
            Edit::Set(field[b % field.len()], value)
        }
        11 => {
            let list = [
                List::Sources(at(a, claims)),
                List::Subjects(at(a, claims)),
                List::Reported(at(a, events)),
            ][b % 3];
            let id = match list {
                List::Sources(_) => document
                    .sources
                    .get(c % sources.max(1))
                    .map(|s| s.id.clone()),
                List::Subjects(_) => actor_id(c),
                List::Reported(_) => document.claims.get(c % claims.max(1)).map(|c| c.id.clone()),
            };
            Edit::Tick(list, id.unwrap_or(value), d % 3 != 0)
        }
        12 => Edit::Listed(at(a, sources), b % 2 == 0),
        13 if d % 4 == 0 => Edit::ActorsChecked,
        13 => Edit::Checked(entry),
        14 => Edit::Relate {
            a: at(a, claims),
            b: at(b, claims),
            kind: if c % 2 == 0 {
                RelationKind::Contradicts
            } else {
                RelationKind::Supports
            },
        },
        15 => Edit::Unrelate(at(a, document.relations.len())),
        16 => [
            Edit::NewAlias(at(a, actors)),
            Edit::RemoveAlias(at(a, actors), b % 3),
        ][c % 2]
            .clone(),
        17 => [Edit::NewCredit, Edit::RemoveCredit(b % 3)][c % 2].clone(),
        _ => Edit::Remove(entry),
    }
}

/// Every version: checked without a panic, valid or with its problems listed, and the same
/// after writing and reading back.
fn holds(document: &Document) -> Result<(), TestCaseError> {
    let checked = document.check();
    prop_assert_eq!(
        checked.problems.is_empty(),
        checked.article.is_some(),
        "a version is valid, or says why not, never both nor neither"
    );
    if let Some(article) = &checked.article {
        // What the explorer shows of it holds up too: its findings and an unfiltered query.
        claimscope_core::findings(article);
        claimscope_core::query::run(article, &claimscope_core::Query::default());
    }
    let json = document.to_json();
    let read =
        serde_json::from_str::<File>(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(
        Document::from(read).to_json(),
        json,
        "writing and reading back loses nothing"
    );
    Ok(())
}

/// Runs `steps` on `opened` as the editor's reducer does, checking every version.
fn session(opened: Document, steps: &[Step]) -> Result<(), TestCaseError> {
    let mut history: History<Document, Field> = History::new(opened.clone());
    for step in steps {
        match step {
            Step::Edit(numbers) => {
                let edit = edit(history.present(), *numbers);
                let mut created = None;
                history.change_in(edit.typing_in(), |d| created = d.apply(&edit));
                let document = history.present();
                let exists = match created {
                    None => true,
                    Some(Entry::Claim(i)) => i < document.claims.len(),
                    Some(Entry::Actor(i)) => i < document.actors.len(),
                    Some(Entry::Source(i)) => i < document.sources.len(),
                    Some(Entry::Event(i)) => i < document.events.len(),
                };
                prop_assert!(exists, "what {edit:?} created is in the document");
            }
            Step::Undo => {
                history.undo();
            }
            Step::Redo => {
                history.redo();
            }
        }
        holds(history.present())?;
    }
    while history.undo() {}
    prop_assert!(
        *history.present() == opened,
        "undo all the way gives back the opened file"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn random_sessions_on_the_seed_never_break_it(steps in steps()) {
        session(document(SEED), &steps)?;
    }

    #[test]
    fn random_sessions_on_a_small_file_never_break_it(steps in steps()) {
        session(document(HARBOUR), &steps)?;
    }

    #[test]
    fn random_sessions_on_a_draft_never_break_it(steps in steps()) {
        // As the editor has it: the drafter's file, written and read back.
        let draft = claimscope_core::draft::draft(SEED_TEXT).to_json();
        session(document(&draft), &steps)?;
    }
}

/// A new claim is what `apply` says it created, and it is selected by that: no view guesses.
#[test]
fn a_new_claim_is_returned_where_it_stands() {
    let mut document = document(HARBOUR);
    let created = document.apply(&Edit::NewClaim {
        paragraph: 0,
        range: 0..11,
    });
    assert_eq!(created, Some(Entry::Claim(3)));
    assert_eq!(document.claims[3].quote.exact, "The harbour");
    let nothing = document.apply(&Edit::NewClaim {
        paragraph: 7,
        range: 0..3,
    });
    assert_eq!(
        nothing, None,
        "a paragraph that is not there quotes nothing"
    );
}
