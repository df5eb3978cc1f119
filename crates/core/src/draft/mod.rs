//! The drafting engine: an article as copied from a web page in, a first annotation out — the
//! headline, credits and paragraphs, the sources of its reference list and citations, the actors
//! it names, and a claim for each sentence or clause that asserts something, with its claimant,
//! sources, kind and subjects. Every claim and actor is marked `drafted`, a guess for an editor
//! to check, and the file always loads ([`crate::load`]), whatever the text.
//!
//! Each rule is a small function in the module of its concern, with tests on real sentences:
//!
//! - reading the text: [`words`], [`dates`], [`cues`] (verbs of speech and denial), [`layout`]
//!   (the parts of the copy), [`references`] (entries and citations), [`names`] (actors),
//!   [`sentences`] (sentences, clauses, quotations and quote selectors), [`attribution`]
//!   (claimant and kind as the text writes them);
//! - drafting: [`sources`] (the article's sources, citations resolved to them), [`cast`] (the
//!   actors, the writer first), [`speakers`] (the actor a speaker phrase names), [`asides`]
//!   (appositions and glosses, the writer's claims), [`claims`] (the claims of a paragraph);
//! - writing: [`assembly`] (the article file, ids made as the editor makes them).
//!
//! The engine is plain Rust with no dependency beyond the core's and no regular expressions: it
//! also runs in the browser, where a regex crate would weigh more than the rules themselves.

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

mod asides;
mod assembly;
mod attribution;
mod cast;
mod claims;
mod cues;
mod dates;
mod forms;
mod gender;
mod language_file;
mod languages;
mod layout;
mod names;
mod references;
mod sentences;
mod sources;
mod speakers;
mod words;

use crate::format::file::File;
use assembly::Draft;
use cast::Cast;
use sources::Sources;

pub use languages::name as language_name;
pub use languages::read_file as read_language_file;
#[cfg(feature = "languages")]
pub use languages::served_files as language_files;
pub use languages::{detect, file_to_read as language_file_to_read, known as known_languages};
pub use languages::{writer_in, UNDETERMINED};

/// Drafts an annotation of `text`, an article as copied from a web page, read in the language it
/// is written in (of those the drafter knows: see `crates/core/languages/`), which the file
/// names.
pub fn draft(text: &str) -> File {
    draft_in(text, detect(text))
}

/// Drafts `text` read in the language `code` (BCP 47), which the file names: with that
/// language's lists where the drafter has them (compiled in, or read with
/// [`read_language_file`]), else with the language-neutral rules alone (quotes, names in
/// capitals, references).
pub fn draft_in(text: &str, code: &str) -> File {
    languages::reading(code, || read(text))
}

fn read(text: &str) -> File {
    let layout = layout::read(text);
    let mut sources = Sources::of(&layout);
    let citing = sources.cite(&layout.paragraphs);
    let named = cast::named_in(&layout.paragraphs, &sources, &citing);
    let mut cast = Cast::new(&layout.credits, named, layout.release);
    cast.read_genders(&layout.paragraphs);
    let mut claims = Vec::new();
    for (p, paragraph) in layout.paragraphs.iter().enumerate() {
        let cited_here = citing.cited.get(p).map_or(&[][..], Vec::as_slice);
        claims.extend(claims::paragraph_claims(
            p,
            paragraph,
            cited_here,
            &mut cast,
            &mut sources,
        ));
    }
    let writer_aliases = claims::fold_issuer(&mut cast, &mut claims);
    forms::as_written(&mut cast.named, &layout.paragraphs);
    assembly::assemble(Draft {
        layout,
        sources,
        cast,
        writer_aliases,
        claims,
        publisher: citing.publisher,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
                // The office before his name is the writer's claim.
                claim("TDOT Director Paul Vasquez", "Ana Ruiz", "report"),
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
}
