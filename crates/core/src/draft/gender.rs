//! Whether a person the text names is a man or a woman, as its words show, so that “she”, „er“,
//! “elle” or a verb that agrees (“— сказала”) finds the person it can be. The words are the
//! language's: `gender` (a title, an office or a pronoun with its gender, `Mme=f`, `він=m`) and
//! `gender ending` (the endings of a verb of speech that agree with its speaker, `ла=f`).
//! Beside a name, the nearest such word in its sentence says, and so does a first name's ending
//! where the language's list `first name ending` has one (“Ігор”); the words of all its
//! mentions vote, and a tie says nothing.

use std::collections::HashSet;

use super::cues;
use super::names::{Named, OFFICE_LINKS};
use super::words::{words, Word, Words};
use crate::model::ActorKind;

/// A person's gender, as the text shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Man,
    Woman,
}

impl Gender {
    /// The other gender.
    pub fn other(self) -> Gender {
        match self {
            Gender::Man => Gender::Woman,
            Gender::Woman => Gender::Man,
        }
    }
}

/// How many words before and after a name are read for its gender.
const NEAR: usize = 4;

/// The gender a word says its person is: a title, an office or a pronoun (`gender`), or a verb
/// of speech by its ending (`gender ending`).
pub fn of_word(word: &str) -> Option<Gender> {
    static ENDINGS: Words = Words::listed("gender ending");
    let lower = word.to_lowercase();
    let verb = cues::is_speech(&lower) || cues::is_denial(&lower);
    of_title(word).or_else(|| {
        verb.then(|| {
            entry(&ENDINGS, &|ending| {
                lower.ends_with(ending) && lower.len() > ending.len()
            })
        })
        .flatten()
    })
}

/// The gender a title, an office or a pronoun says (the list `gender`).
pub fn of_title(word: &str) -> Option<Gender> {
    static WORDS: Words = Words::listed("gender");
    let lower = word.trim_end_matches('.').to_lowercase();
    entry(&WORDS, &|key| key == lower)
}

/// The gender of the longest entry of `list` (`key=m`, `key=f`) whose key is `picked`.
fn entry(list: &'static Words, picked: &dyn Fn(&str) -> bool) -> Option<Gender> {
    list.iter()
        .filter_map(|entry| entry.split_once('='))
        .filter(|(key, _)| picked(key))
        .max_by_key(|(key, _)| key.len())
        .and_then(|(_, gender)| match gender {
            "m" => Some(Gender::Man),
            "f" => Some(Gender::Woman),
            _ => None,
        })
}

/// The gender of each named actor that the words beside its names show: for people, the
/// nearest word with a gender in the same sentence, not a pronoun or a possessive (“he told Ms
/// Pike”, “Mr Hale and her lawyer” are about two people); for others, none.
pub fn of_people(named: &[Named], paragraphs: &[String]) -> Vec<Option<Gender>> {
    static PRONOUNS: Words = Words::listed("person pronoun");
    static POSSESSIVES: Words = Words::listed("possessive");
    let mut votes = vec![(0usize, 0usize); named.len()];
    for paragraph in paragraphs {
        let all = words(paragraph);
        // A name is sought only where its first word is written: a paragraph names a few of
        // the people a long text does.
        let written: HashSet<&str> = all.iter().map(|w| w.text).collect();
        for (actor, person) in named.iter().enumerate() {
            if !person.is(ActorKind::Person) {
                continue;
            }
            let here = |name: &&str| name.split(' ').next().is_some_and(|w| written.contains(w));
            for name in person.names().filter(here) {
                for (at, _) in paragraph.match_indices(name) {
                    let end = at + name.len();
                    // The words are in order: found by halves, not read from the start.
                    let Ok(first) = all.binary_search_by_key(&at, |w| w.start) else {
                        continue;
                    };
                    let last = first
                        + all
                            .get(first..)
                            .map_or(0, |rest| rest.partition_point(|w| w.end < end));
                    let said = nearest(paragraph, &all, first, last, &|w| {
                        let lower = w.to_lowercase();
                        !PRONOUNS.contains(&lower) && !POSSESSIVES.contains(&lower)
                    });
                    if let (Some(gender), Some(vote)) = (said, votes.get_mut(actor)) {
                        match gender {
                            Gender::Man => vote.0 += 1,
                            Gender::Woman => vote.1 += 1,
                        }
                    }
                }
            }
        }
    }
    // A first name whose ending says: “Ігор”, “Олег” (the list `first name ending`).
    static FIRST_NAMES: Words = Words::listed("first name ending");
    for (person, vote) in named.iter().zip(votes.iter_mut()) {
        let mut parts = person.name.split(' ');
        let (Some(first), Some(_)) = (parts.next(), parts.next()) else {
            continue;
        };
        if !person.is(ActorKind::Person) || !first.starts_with(char::is_uppercase) {
            continue;
        }
        let lower = first.to_lowercase();
        let said = of_title(first).or_else(|| {
            entry(&FIRST_NAMES, &|ending| {
                lower.ends_with(ending) && lower.len() > ending.len()
            })
        });
        match said {
            Some(Gender::Man) => vote.0 += 1,
            Some(Gender::Woman) => vote.1 += 1,
            None => {}
        }
    }
    votes
        .into_iter()
        .map(|(men, women)| match men.cmp(&women) {
            std::cmp::Ordering::Greater => Some(Gender::Man),
            std::cmp::Ordering::Less => Some(Gender::Woman),
            std::cmp::Ordering::Equal => None,
        })
        .collect()
}

/// The gender the nearest word with one says, of those up to [`NEAR`] before word `first` and
/// after word `last` in the same sentence, that `counts`. A title's full stop ends no sentence:
/// “M. Vasseur”.
fn nearest(
    text: &str,
    all: &[Word],
    first: usize,
    last: usize,
    counts: &dyn Fn(&str) -> bool,
) -> Option<Gender> {
    let joined = |a: &Word, b: &Word| {
        text.get(a.end..b.start).is_some_and(|gap| {
            !gap.contains(['.', '!', '?', '\n']) || gap == ". " && of_title(a.text).is_some()
        })
    };
    // Back to a “that”, whose clause is another's: “Петрова заявила, что Иванов …”.
    let mut before = Vec::new();
    for i in (first.saturating_sub(NEAR)..first).rev() {
        match (all.get(i), all.get(i + 1)) {
            (Some(w), Some(next)) if joined(w, next) && !cues::is_that(w.text) => before.push(w),
            _ => break,
        }
    }
    // A name after a comma is an apposition, and what follows a comma after it is the
    // sentence's: “la présidente du tribunal, Anne-Laure Besnard, le prévenu, …”.
    let apposed = first
        .checked_sub(1)
        .and_then(|i| {
            Some(
                text.get(all.get(i)?.end..all.get(first)?.start)?
                    .contains(','),
            )
        })
        .unwrap_or(false);
    let mut after = Vec::new();
    for i in last + 1..=last + NEAR {
        match (all.get(i - 1), all.get(i)) {
            (Some(previous), Some(w))
                if joined(previous, w)
                    && !(apposed
                        && text
                            .get(previous.end..w.start)
                            .is_some_and(|g| g.contains(','))) =>
            {
                // A title before a capitalised word is the next name's: “Hale told Ms Pike”.
                let titles_next = of_title(w.text).is_some()
                    && all
                        .get(i + 1)
                        .is_some_and(|n| n.text.starts_with(char::is_uppercase) && joined(w, n));
                if titles_next {
                    break;
                }
                after.push(w)
            }
            _ => break,
        }
    }
    // An office after the word tying it to another's, in a description set off before the
    // name by a comma, is that other's: « la substitut du procureur, Hélène Castaing ».
    let tied = |w: &Word| {
        let at = all.partition_point(|x| x.start < w.start);
        apposed
            && w.start < all.get(first).map_or(0, |f| f.start)
            && at
                .checked_sub(1)
                .and_then(|k| all.get(k))
                .is_some_and(|link| OFFICE_LINKS.contains(&link.text.to_lowercase()))
    };
    (0..NEAR).find_map(|distance| {
        [before.get(distance), after.get(distance)]
            .into_iter()
            .flatten()
            .filter(|w| counts(w.text) && !tied(w))
            .find_map(|w| of_word(w.text))
    })
}
