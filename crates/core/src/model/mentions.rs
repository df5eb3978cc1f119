//! Where a text names its actors: every whole-word occurrence of their names and aliases, for the
//! explorer's marked text and the editor's.

use std::collections::HashMap;
use std::ops::Range;

use super::entries::ActorId;

/// Finds every whole-word occurrence of a set of names (each an actor's) in a text; where names
/// overlap (“Russia” inside “Freedom of Russia Legion”), the longer one wins. Names are looked up
/// by their first word at each word start, so the cost grows with the text, not with text × names.
pub(crate) struct NameFinder<'a> {
    by_first_word: HashMap<&'a str, Vec<(ActorId, &'a str)>>,
    /// Which first bytes and lengths first words have: most words of a text are no name's first
    /// word, and this tells so without hashing them.
    first_words: FirstWords,
}

impl<'a> NameFinder<'a> {
    pub(crate) fn new(names: impl Iterator<Item = (ActorId, &'a str)>) -> NameFinder<'a> {
        let mut finder = NameFinder {
            by_first_word: HashMap::new(),
            first_words: FirstWords([0; 256]),
        };
        for (actor, name) in names {
            if let Some(first) = name
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .filter(|w| !w.is_empty())
            {
                finder.first_words.insert(first);
                finder
                    .by_first_word
                    .entry(first)
                    .or_default()
                    .push((actor, name));
            }
        }
        finder
    }

    /// Every mention in `text`, in order, given to `found` with its actor and byte range.
    pub(crate) fn find(&self, text: &str, mut found: impl FnMut(ActorId, Range<usize>)) {
        let mut last_end = 0;
        for (start, word) in words(text) {
            if start < last_end || !self.first_words.may_hold(word) {
                continue;
            }
            let longest = self
                .by_first_word
                .get(word)
                .into_iter()
                .flatten()
                .filter(|(_, name)| {
                    text[start..].starts_with(name)
                        && is_word_boundary(text, start, start + name.len())
                })
                .max_by_key(|(_, name)| name.len());
            if let Some((actor, name)) = longest {
                last_end = start + name.len();
                found(*actor, start..last_end);
            }
        }
    }
}

/// For each first byte, a bit for each word length (lengths from 63 share the last bit).
struct FirstWords([u64; 256]);

impl FirstWords {
    fn bit(word: &str) -> Option<(usize, u64)> {
        let first = *word.as_bytes().first()?;
        Some((usize::from(first), 1 << word.len().min(63)))
    }

    fn insert(&mut self, word: &str) {
        if let Some((first, bit)) = FirstWords::bit(word) {
            self.0[first] |= bit;
        }
    }

    /// False only when no inserted word has the word's first byte and length.
    fn may_hold(&self, word: &str) -> bool {
        FirstWords::bit(word).is_some_and(|(first, bit)| self.0[first] & bit != 0)
    }
}

/// The words of a text (runs of letters and digits) with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .scan(0, move |offset, word| {
            let start = *offset;
            // Every separator is one character; step over it to reach the next word's start.
            *offset = start
                + word.len()
                + text[start + word.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
}

fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}
