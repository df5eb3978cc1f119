//! The free-text index: every distinct word of the searchable text, folded, with the claims,
//! claimants and sources whose text holds it.
//!
//! A claim's searchable text is its quote, its summary, its claimant's names and its sources'
//! outlets and authors. A word term holds no whitespace, so it occurs in that text exactly when it
//! occurs inside one of its words (runs of anything but whitespace); a phrase's claims are among
//! those holding each of its words (`Article::search_words` reads them for the whole phrase). A term is therefore
//! looked for in the list of distinct words, a fraction of the text, and matches the claims of the
//! words that contain it: directly, through their claimant, or through a source they cite.
//! Names are indexed once per actor and source, not once per claim that repeats them.

use crate::collections::WordsMap;
use crate::collections::{Bits, Lists};
use crate::model::{Actor, Claim, ClaimId, Source};
use crate::text::fold::fold_into;

/// Where words end. A NUL in the file's text separates words too, as it always has.
fn separates_words(c: char) -> bool {
    c.is_whitespace() || c == '\0'
}

/// What the index numbers: each claim (its quote and summary), then each actor (its names), then
/// each source (its outlet and author).
#[derive(Debug, Default)]
pub(crate) struct TextIndex {
    claims: usize,
    actors: usize,
    /// Every distinct word, each followed by a newline, which no search term holds.
    words: String,
    word_starts: Vec<u32>,
    /// For each word, the numbers of the claims, actors and sources whose text holds it.
    holders: Lists,
}

impl TextIndex {
    pub(crate) fn new(claims: &[Claim], actors: &[Actor], sources: &[Source]) -> TextIndex {
        // Every claim's, actor's and source's text, folded, one after another.
        let mut text = String::new();
        let mut ends = Vec::with_capacity(claims.len() + actors.len() + sources.len());
        for claim in claims {
            fold_into(&claim.quote.exact, &mut text);
            text.push('\n');
            fold_into(&claim.summary, &mut text);
            ends.push(text.len());
        }
        for actor in actors {
            for name in actor.names() {
                fold_into(name, &mut text);
                text.push('\n');
            }
            ends.push(text.len());
        }
        for source in sources {
            fold_into(&source.outlet, &mut text);
            text.push('\n');
            fold_into(source.author.as_deref().unwrap_or_default(), &mut text);
            ends.push(text.len());
        }

        let mut index = TextIndex {
            claims: claims.len(),
            actors: actors.len(),
            ..TextIndex::default()
        };
        // Words are numbered in order of first appearance; each holder lists its distinct words.
        let mut numbers: WordsMap<&str, u32> = WordsMap::default();
        let mut last_holder: Vec<u32> = Vec::new();
        let mut words_of = Lists::default();
        let mut list = Vec::new();
        let mut start = 0;
        for (holder, &end) in ends.iter().enumerate() {
            let holder_text = text.get(start..end).unwrap_or_default();
            start = end;
            for word in holder_text.split(separates_words).filter(|w| !w.is_empty()) {
                let number = *numbers.entry(word).or_insert_with(|| {
                    index.word_starts.push(index.words.len() as u32);
                    index.words.push_str(word);
                    index.words.push('\n');
                    last_holder.push(u32::MAX);
                    last_holder.len() as u32 - 1
                });
                if last_holder[number as usize] != holder as u32 {
                    last_holder[number as usize] = holder as u32;
                    list.push(number);
                }
            }
            words_of.push(list.drain(..));
        }
        index.holders = words_of.inverted(last_holder.len());
        index
    }

    /// The claims whose searchable text contains every word of every term; `None` when there are
    /// no terms, so every claim matches. Terms are folded, as [`crate::text::fold::terms`]
    /// gives them.
    ///
    /// An actor's words match the claims it makes, and a source's the claims citing it:
    /// `claims_by` and `claims_citing` list those claims by actor and by source.
    pub(crate) fn matches(
        &self,
        terms: &[String],
        claims_by: &[Vec<ClaimId>],
        claims_citing: &[Vec<ClaimId>],
    ) -> Option<Bits> {
        let mut result: Option<Bits> = None;
        for word in terms
            .iter()
            .flat_map(|t| t.split(' '))
            .filter(|t| !t.is_empty())
        {
            let found = self.matches_term(word, claims_by, claims_citing);
            match &mut result {
                Some(result) => result.and(&found),
                None => result = Some(found),
            }
        }
        result
    }

    fn matches_term(
        &self,
        term: &str,
        claims_by: &[Vec<ClaimId>],
        claims_citing: &[Vec<ClaimId>],
    ) -> Bits {
        let mut found = Bits::empty(self.claims);
        let mut last_word = usize::MAX;
        for (at, _) in self.words.match_indices(term) {
            let word = self
                .word_starts
                .partition_point(|&start| start as usize <= at)
                .saturating_sub(1);
            if word == last_word {
                continue;
            }
            last_word = word;
            for &holder in self.holders.of(word) {
                let holder = holder as usize;
                let claims = match holder.checked_sub(self.claims) {
                    None => {
                        found.set(holder);
                        continue;
                    }
                    Some(actor) if actor < self.actors => &claims_by[actor],
                    Some(actor) => &claims_citing[actor - self.actors],
                };
                for claim in claims {
                    found.set(claim.index());
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    fn example() -> crate::Article {
        crate::load(include_bytes!("../../../../tests/fixtures/harbour.json")).expect("valid")
    }

    fn matching(terms: &[&str]) -> Vec<usize> {
        let article = example();
        let terms: Vec<String> = terms.iter().map(|t| t.to_string()).collect();
        article
            .search_words(&terms)
            .map_or_else(Vec::new, |bits| bits.ones().collect())
    }

    #[test]
    fn terms_match_inside_words_of_quotes_and_summaries() {
        assert_eq!(matching(&["reopen"]), [1, 2]);
        assert_eq!(matching(&["reopen", "mayor"]), [1]);
        assert_eq!(matching(&["day."]), [0, 1]);
        assert_eq!(matching(&["."]), [0, 1, 2]);
        let article = example();
        assert_eq!(article.search_words(&[]), None);
    }

    #[test]
    fn claimant_and_source_names_match_their_claims() {
        // Ana Pérez makes claim 0, which cites the Port Gazette; the port authority makes claim 2.
        assert_eq!(matching(&["perez"]), [0]);
        assert_eq!(matching(&["gazette"]), [0]);
        assert_eq!(matching(&["port"]), [0, 2]);
    }

    #[test]
    fn no_match_runs_from_one_word_or_claim_into_the_next() {
        // "monday" ends claim 1's quote, "the" starts its summary, and claim 2's quote.
        assert_eq!(matching(&["monday"]), [1]);
        assert_eq!(matching(&["mondaythe"]), [] as [usize; 0]);
        assert_eq!(matching(&["perezport"]), [] as [usize; 0]);
    }
}
