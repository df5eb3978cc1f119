//! The claims of a paragraph: one for each clause that asserts something, with its claimant
//! (the speaker its cue names, or the writer), kind, sources and subjects; then the writer's
//! claims in a speaker's apposition or a gloss in brackets, and those a noun phrase reports (“the
//! claims by X”). A sentence without a citation takes the one closing the sentence it runs on
//! into, and a claim about no one named is about what the claim before it was about. Once every
//! claim is drafted, a press release's issuer is folded into the writer.

use std::ops::Range;

use super::asides;
use super::attribution::{self, Attribution, Speaker};
use super::cast::{Cast, WRITER};
use super::cues;
use super::dates;
use super::gender;
use super::layout;
use super::names;
use super::references;
use super::sentences;
use super::sources::{CitedAt, Sources};
use super::speakers::{self, is_publication_by, starting_at, within};
use super::words::{self, Words};
use crate::model::{ActorKind, ClaimKind};

/// A claim as drafted, before it is written as the format's claim.
pub struct Drafted {
    pub paragraph: usize,
    pub range: Range<usize>,
    pub claimant: usize,
    pub kind: ClaimKind,
    pub sources: Vec<usize>,
    pub subjects: Vec<usize>,
}

/// One sentence's clauses with their attribution, and the citations that close it.
struct SentenceClaims {
    claims: Vec<Drafted>,
    /// The sources of the citation that closes the sentence.
    closing: Vec<usize>,
    /// Whether the sentence carries on the one before: “And additionally …”, “He also said …”.
    continues: bool,
    /// Who the sentence says said the one before: “Про це повідомила прес-служба міськради.”
    said_before: Option<usize>,
}

/// Who asserted the clause before in the sentence, and how: a clause that opens on its cue
/// (“and warned …”) or with “that” goes on with them.
#[derive(Clone, Copy)]
struct Said {
    claimant: usize,
    kind: ClaimKind,
}

/// The claims of one paragraph.
pub fn paragraph_claims(
    p: usize,
    text: &str,
    cited: &[CitedAt],
    cast: &mut Cast,
    sources: &mut Sources,
) -> Vec<Drafted> {
    let mut drafting = Drafting::new(p, text, cited, cast, sources);
    sentences::reading(text, || {
        let mut found: Vec<SentenceClaims> = sentences::sentences(text)
            .into_iter()
            .map(|sentence| drafting.sentence(sentence))
            .collect();
        said_by_the_next(&mut found);
        let mut drafted = by_quoted_sentence(text, with_carried_citations(found));
        with_subjects_carried(&mut drafted);
        drafted
    })
}

/// A paragraph whose claims are being drafted, with the cast and sources they add to.
struct Drafting<'a> {
    p: usize,
    text: &'a str,
    /// The paragraph's citations, each with the sources it names.
    cited: &'a [CitedAt],
    citation_ranges: Vec<Range<usize>>,
    /// Where the story starts after its dateline (“VALDORA (AP) — …”), no part of a claim.
    opening: usize,
    /// Where the paragraph names the cast's actors, after the dateline.
    mentions: Vec<(Range<usize>, usize)>,
    cast: &'a mut Cast,
    sources: &'a mut Sources,
    /// The actor who spoke in the sentences before, other than the writer.
    previous_speaker: Option<usize>,
    /// Whom indirect speech goes on with: who spoke in the sentence before, or the actor that
    /// sentence opened on („Staatsanwältin Achterberg verlas die Anklage. Hinter der Firma stehe
    /// …“).
    reported_by: Option<usize>,
    /// The last claimant other than the writer and the sources of their claim, which indirect
    /// speech going on with them keeps (“Das Ministerium habe …” after the audit office's report).
    last_said: Option<(usize, Vec<usize>)>,
}

impl<'a> Drafting<'a> {
    fn new(
        p: usize,
        text: &'a str,
        cited: &'a [CitedAt],
        cast: &'a mut Cast,
        sources: &'a mut Sources,
    ) -> Drafting<'a> {
        let mentions = names::mentions(text, &cast.named);
        cast.speaking_person = None;
        let citation_ranges: Vec<Range<usize>> = cited.iter().map(|(r, _)| r.clone()).collect();
        // The dateline is no part of a claim: “VALDORA (AP) — …”.
        let opening = layout::dateline_end(text).unwrap_or(0);
        let mentions: Vec<(Range<usize>, usize)> = mentions
            .into_iter()
            .filter(|(r, _)| r.start >= opening)
            .collect();
        Drafting {
            p,
            text,
            cited,
            citation_ranges,
            opening,
            mentions,
            cast,
            sources,
            previous_speaker: None,
            reported_by: None,
            last_said: None,
        }
    }

    /// The sources of the citations that `keep` picks by where they stand.
    fn cited_where(&self, keep: impl Fn(&Range<usize>) -> bool) -> Vec<usize> {
        self.cited
            .iter()
            .filter(|(r, _)| keep(r))
            .flat_map(|(_, s)| s.iter().copied())
            .collect()
    }

    /// The claims of the clauses of one sentence, and whether it goes on with the one before.
    fn sentence(&mut self, sentence: Range<usize>) -> SentenceClaims {
        let sentence = sentence.start.max(self.opening).min(sentence.end)..sentence.end;
        let text = self.text;
        if let Some(speaker) = self.about_the_one_before(&sentence) {
            self.previous_speaker = Some(speaker);
            self.reported_by = Some(speaker);
            return SentenceClaims {
                claims: Vec::new(),
                closing: Vec::new(),
                continues: false,
                said_before: Some(speaker),
            };
        }
        let clauses = sentences::clauses(text, sentence.clone(), &self.citation_ranges);
        let closing = self.cited_where(|r| {
            clauses.last().is_some_and(|last| r.start >= last.end) && r.end <= sentence.end
        });
        let opening = text.get(sentence.clone()).unwrap_or("").to_lowercase();
        let mut drafted = Vec::new();
        let mut before = Said {
            claimant: WRITER,
            kind: ClaimKind::Report,
        };
        let mut any_cue = false;
        let mut spoken_first = false;
        let subject = self.opened_on(&sentence);
        for (c, clause) in clauses.iter().enumerate() {
            let next_start = clauses.get(c + 1).map_or(sentence.end, |n| n.start);
            let own = self.cited_where(|r| {
                r.start >= clause.start && r.start < next_start && r.end <= sentence.end
            });
            let mut found = attribution::attribute(text, clause.clone());
            // A verb opening its sentence with no subject (“Ha añadido que …”) is who spoke
            // last, not the clause before's: there is none.
            if c == 0 && found.speaker == Speaker::Before {
                found.speaker = Speaker::Implied;
            }
            // “За його словами, A, а B”, “told reporters that A, and B”: a clause joined to
            // what someone was reported to say, with no cue of its own, goes on with it.
            let joined = c
                .checked_sub(1)
                .and_then(|p| clauses.get(p))
                .and_then(|p| text.get(p.end..clause.start))
                .is_some_and(sentences::joins_clauses);
            // Only when the speaker came first: “…, according to the ministry, and the country
            // shipped …” is the writer's again.
            if found.speaker == Speaker::Writer
                && joined
                && spoken_first
                && before.claimant != WRITER
                && before.kind != ClaimKind::Report
            {
                found.speaker = Speaker::Before;
                found.kind = before.kind;
            }
            // “…, saying that …”, « …, estimant que … »: a verb of speech's participle opening
            // a clause after the writer's is said by the actor the sentence opened on.
            // Only with what was said after its “that” or in quotation marks: not “…, adding to
            // pressure on the board”.
            let says = || {
                let here = text.get(clause.clone()).unwrap_or("");
                match words::words(here).as_slice() {
                    [verb, next, ..] => {
                        cues::is_speech(verb.text)
                            && sentences::is_participle(verb.text)
                            && (cues::is_that(next.text)
                                || here
                                    .get(verb.end..next.start)
                                    .is_some_and(|gap| gap.contains(['«', '“', '„', '"', ':'])))
                    }
                    _ => false,
                }
            };
            // “Mayor Jane Doe visited the site and said …”: a verb that frames what was said,
            // after “and” or “but”, with no subject of its own, is said by the actor the
            // sentence opened on.
            let and_says = || {
                let gap = c
                    .checked_sub(1)
                    .and_then(|p| clauses.get(p))
                    .and_then(|p| text.get(p.end..clause.start))
                    .unwrap_or("");
                // Its first word alone, read without the rest of a long clause.
                let first = text.get(clause.clone()).and_then(|here| {
                    here.split(|c: char| !c.is_alphanumeric())
                        .find(|w| !w.is_empty())
                });
                let opens_on_cue = first.is_some_and(attribution::frames_what_was_said);
                sentences::coordinates(gap) && opens_on_cue
            };
            let goes_on = c > 0 && found.speaker == Speaker::Before && before.claimant == WRITER;
            let participle = goes_on && says();
            let coordinated = goes_on && !participle && and_says();
            // Or, past the words that open it, the first person it names: « En janvier, le
            // ministre, Laurent Mézière, a renoncé …, estimant que … ».
            let first_person = || {
                within(&self.mentions, sentence.start..clause.start)
                    .iter()
                    .find(|(_, a)| {
                        self.cast
                            .named
                            .get(*a)
                            .is_some_and(|n| n.is(ActorKind::Person))
                    })
                    .map(|(_, a)| self.cast.of_named(*a))
            };
            let actor = (participle || coordinated)
                .then(|| subject.or_else(first_person))
                .flatten();
            if let Some(actor) = actor {
                before = Said {
                    claimant: actor,
                    kind: found.kind,
                };
            }
            spoken_first = found.speaker != Speaker::Writer && found.cue.start < found.quote.start;
            any_cue |= matches!(found.speaker, Speaker::Named(_));
            before = self.clause(clause, &found, own, before, &mut drafted);
        }
        let speaker_here = drafted.iter().map(|d| d.claimant).find(|&c| c != WRITER);
        let continues = ["and ", "additionally", "also ", "in addition"]
            .iter()
            .any(|o| opening.starts_with(o))
            || (any_cue
                && speaker_here.is_some()
                && speaker_here == self.previous_speaker
                && starts_with_pronoun(&opening));
        self.previous_speaker =
            speaker_here.or(self.previous_speaker.filter(|_| !drafted.is_empty()));
        self.reported_by = speaker_here.or(subject);
        SentenceClaims {
            claims: drafted,
            closing,
            continues,
            said_before: None,
        }
    }

    /// The actor `sentence` opens on, within its first two words, other than a publication: a
    /// publication reports, and what goes on with its report is the writer's („Der Deutschen
    /// Presse-Agentur sagte Eschbach, … . Auch der Einstieg sei …“).
    fn opened_on(&self, sentence: &Range<usize>) -> Option<usize> {
        within(&self.mentions, sentence.clone())
            .iter()
            .find(|(r, _)| {
                self.text
                    .get(sentence.start..r.start)
                    // Two words are never longer than this: a long sentence is not read
                    // again for each of its names.
                    .is_some_and(|before| before.len() <= 200 && words::words(before).len() <= 2)
            })
            .map(|(_, actor)| self.cast.of_named(*actor))
            .filter(|&actor| actor != WRITER && !self.is_media(actor))
    }

    /// Who a sentence that only says who said the one before names (the language's list `about
    /// this`, a verb of speech, the speaker): “Про це повідомила прес-служба міської ради”, “Об
    /// этом сообщил мэр города”.
    fn about_the_one_before(&mut self, sentence: &Range<usize>) -> Option<usize> {
        static ABOUT_THIS: Words = Words::listed("about this");
        let here = self.text.get(sentence.clone())?;
        let lower = here.to_lowercase();
        let phrase = ABOUT_THIS.iter().find(|p| {
            lower.starts_with(*p) && lower.get(p.len()..).is_some_and(|r| r.starts_with(' '))
        })?;
        // Up to a comma: “Об этом говорится в пресс-релизе министерства …, опубликованном …”.
        let rest = here.get(phrase.len()..)?;
        let rest = words::words(rest.split(',').next().unwrap_or(rest));
        rest.first().filter(|w| cues::is_speech(w.text))?;
        let (first, last) = (rest.get(1)?, rest.last()?);
        let at = sentence.start + phrase.len();
        let speaker = at + first.start..at + last.end;
        let said_by = speakers::speaker(self.text, speaker, &self.mentions, self.cast, self.p);
        (said_by != WRITER).then_some(said_by)
    }

    /// The claims of one clause, `found` its attribution and `own` the sources of the citations
    /// in it, added to `drafted`; and who asserts it, how, for the clause after.
    fn clause(
        &mut self,
        clause: &Range<usize>,
        found: &Attribution,
        own: Vec<usize>,
        before: Said,
        drafted: &mut Vec<Drafted>,
    ) -> Said {
        let text = self.text;
        let (said, extra_sources) = self.claimant(clause, found, before);
        let described = match &found.speaker {
            Speaker::Named(range) => asides::apposition(text, range.clone())
                .inspect(|_| self.describe_apposed(range, said.claimant))
                // After the verb only: “…,” said Marta Oksanen, director of …; not “За
                // словами Бондаренко, у багатьох радах …”, whose comma ends the speaker.
                .or_else(|| {
                    // Up to what was said, when it follows: “Como informó El País, varios …”.
                    let end = if found.quote.start >= range.end {
                        found.quote.start
                    } else {
                        clause.end
                    };
                    let apposition = (range.start > found.cue.start)
                        .then(|| asides::apposition_after(text, range.clone(), end))
                        .flatten()?;
                    // How the text may call the person later: “…, señala María José Olmedo,
                    // catedrática de Economía”, then “Según la catedrática”.
                    let words = text.get(range.end..apposition.end).unwrap_or("");
                    let words = words.trim_start_matches([',', ' ']);
                    if self.person_named_in(range).is_some() {
                        self.cast.described_as(said.claimant, words);
                    }
                    Some(apposition)
                })
                .or_else(|| {
                    let name = self.person_named_in(range)?;
                    let office = asides::office_before(text, range.clone(), name.clone())?;
                    // The office is how the text may call the person later: “главы города”.
                    let words = text.get(office.start..name.start).unwrap_or("").trim();
                    self.cast.described_as(said.claimant, words);
                    Some(office)
                }),
            Speaker::Writer => asides::described_subject(text, clause),
            _ => None,
        };
        let cited_here = self.clause_sources(clause, found, own, extra_sources, said.claimant);
        if said.claimant != WRITER {
            self.last_said = Some((said.claimant, cited_here.clone()));
        }
        let mentioned: Vec<usize> = within(&self.mentions, clause.clone())
            .iter()
            .map(|(_, a)| self.cast.of_named(*a))
            .collect();
        drafted.push(Drafted {
            paragraph: self.p,
            range: quote_of(found, clause, described.as_ref()),
            claimant: said.claimant,
            kind: said.kind,
            sources: cited_here.clone(),
            subjects: subjects_of(&mentioned, said.claimant),
        });
        // The writer's asides in the clause, after its claim.
        let asides_from = drafted.len();
        let subject: Vec<usize> = mentioned.first().copied().into_iter().collect();
        // Not one set inside what was said: “The cut, Mayor John Smith stressed, was …”.
        let aside = matches!(&found.speaker, Speaker::Named(r)
            if found.quote.start < found.cue.start && found.cue.end < found.quote.end
                && found.cue.start <= r.start && r.end <= found.cue.end);
        if let Some(apposition) = described.filter(|_| !aside) {
            drafted.push(self.writers(apposition, Vec::new(), subject.clone()));
        }
        self.nominal_claims(clause, &cited_here, drafted);
        for gloss in asides::glosses(text, clause, &self.citation_ranges) {
            drafted.push(self.writers(gloss, cited_here.clone(), Vec::new()));
        }
        // Appositions elsewhere in the clause (“… contre Grégory Vasseur, 47 ans, …”), unless
        // inside another aside (“Owen Price, who led the investigation”), or running from the
        // speaker into what they said (“Como recordó Juan Pérez, la comuna …”).
        let names: Vec<Range<usize>> = within(&self.mentions, clause.clone())
            .iter()
            .map(|(r, _)| r.clone())
            .collect();
        for apposition in asides::appositions(text, clause, &names) {
            let overlaps = drafted
                .get(asides_from..)
                .unwrap_or(&[])
                .iter()
                .any(|d| d.range.start < apposition.end && apposition.start < d.range.end);
            let crosses =
                apposition.start < found.quote.start && found.quote.start < apposition.end;
            if !overlaps && !crosses {
                drafted.push(self.writers(apposition, Vec::new(), subject.clone()));
            }
        }
        // Who speaks is whom a pronoun after the clause most likely stands for, before anyone
        // the clause mentions: “…, a plaidé Me Lacombe, l’avocat de M. Vasseur. Il estime …”.
        self.cast.saw(&mentioned);
        let person = self
            .cast
            .named(said.claimant)
            .map(|a| a.is(ActorKind::Person));
        if person == Some(true) {
            self.cast.saw(&[said.claimant]);
            self.cast.speaking_person = Some(said.claimant);
        }
        self.cast.last_speaking = (person == Some(false)).then_some(said.claimant);
        said
    }

    /// A claim of the writer's own in this paragraph: an aside of a clause.
    fn writers(&self, range: Range<usize>, sources: Vec<usize>, subjects: Vec<usize>) -> Drafted {
        Drafted {
            paragraph: self.p,
            range,
            claimant: WRITER,
            kind: ClaimKind::Report,
            sources,
            subjects,
        }
    }

    /// Gives the person a speaker phrase names the description a comma sets off beside their
    /// name, by which the text may call them later: « a plaidé Me Antoine Keriven, l’avocat du
    /// prévenu », « L’avocate du prévenu, Me Claire Rousseau, a plaidé », then « a ajouté
    /// l’avocat ».
    fn describe_apposed(&mut self, range: &Range<usize>, claimant: usize) {
        let phrase = self.text.get(range.clone()).unwrap_or("");
        let Some((first, second)) = phrase.split_once(", ") else {
            return;
        };
        let person_in = |part: Range<usize>| {
            within(&self.mentions, part).iter().any(|(_, named)| {
                self.cast.of_named(*named) == claimant
                    && self
                        .cast
                        .named
                        .get(*named)
                        .is_some_and(|n| n.is(ActorKind::Person))
            })
        };
        let second_at = range.start + first.len() + 2;
        if person_in(range.start..range.start + first.len()) {
            self.cast.described_as(claimant, second);
        } else if person_in(second_at..range.end) {
            self.cast.described_as(claimant, first);
        }
    }

    /// Where the last person named in `range` is named, when the name ends the phrase.
    fn person_named_in(&self, range: &Range<usize>) -> Option<Range<usize>> {
        let (at, _) = within(&self.mentions, range.clone())
            .iter()
            .rfind(|(_, named)| {
                self.cast
                    .named
                    .get(*named)
                    .is_some_and(|n| n.is(ActorKind::Person))
            })?;
        let rest = self.text.get(at.end..range.end)?;
        rest.trim_matches(|c: char| !c.is_alphanumeric())
            .is_empty()
            .then(|| at.clone())
    }

    /// Who asserts a clause and how, and the sources its speaker phrase and cue name.
    fn claimant(
        &mut self,
        clause: &Range<usize>,
        found: &Attribution,
        before: Said,
    ) -> (Said, Vec<usize>) {
        let mut extra_sources = Vec::new();
        if found.speaker == Speaker::Implied {
            // “…”, declaró en una entrevista en Radio Meseta: the outlet it was said to.
            let cue = self.text.get(found.cue.clone()).unwrap_or("");
            extra_sources.extend(self.sources.named_in(cue));
            let outlets: Vec<String> = self
                .mentions
                .iter()
                .filter(|(r, _)| r.start >= found.cue.start && r.end <= found.cue.end)
                .filter_map(|(_, a)| self.cast.named.get(*a))
                .filter(|a| a.is(ActorKind::Media))
                .map(|a| a.name.clone())
                .collect();
            for outlet in outlets {
                extra_sources.push(self.sources.resolve(&outlet, None));
            }
        }
        let mut claimant = match &found.speaker {
            Speaker::Writer => WRITER,
            Speaker::Before => before.claimant,
            Speaker::Reporting if before.claimant != WRITER => before.claimant,
            Speaker::Reporting => self.reported_by.or(self.previous_speaker).unwrap_or(WRITER),
            Speaker::Implied => {
                // “— добавила она”, “— сказала”: a verb that agrees with its speaker.
                let verb = self.text.get(found.cue.clone()).unwrap_or("");
                let agreeing = words::words(verb)
                    .first()
                    .and_then(|w| gender::of_word(w.text));
                Some(before.claimant)
                    .filter(|&c| c != WRITER)
                    .or(self.previous_speaker)
                    .filter(|&c| self.cast.agrees(c, agreeing))
                    .or(self.cast.last_person_who_is(agreeing))
                    .unwrap_or(WRITER)
            }
            Speaker::Named(range) => {
                let said_by = self.named_claimant(range.clone(), found, &mut extra_sources);
                // “…», denunció la regidora, que anunció que …”: a relative pronoun alone, after
                // a speaker the text describes, goes on with them.
                let relative = speakers::is_relative(self.text.get(range.clone()).unwrap_or(""));
                if said_by == WRITER && relative {
                    before.claimant
                } else {
                    said_by
                }
            }
        };
        // “… and that …” goes on with what the clause before reported, as it reported it.
        let mut kind = if self.text.get(found.cue.clone()) == Some("that") {
            before.kind
        } else {
            found.kind
        };
        if claimant == WRITER
            && matches!(found.speaker, Speaker::Named(_))
            && kind == ClaimKind::Statement
        {
            // “The council's own report shows that …” with no actor to give it to: the
            // writer reports it.
            kind = ClaimKind::Report;
        }
        // Who spoke last: earlier in this sentence (“…,” she said, “…”), or before it.
        let quoted_before = Some(before.claimant)
            .filter(|&c| c != WRITER)
            .or(self.previous_speaker);
        if found.speaker == Speaker::Writer && is_quotation(self.text, clause) {
            if let Some(speaker) = quoted_before {
                // A quotation with no cue goes on with the speaker quoted before it.
                claimant = speaker;
                kind = ClaimKind::Statement;
            }
        }
        (Said { claimant, kind }, extra_sources)
    }

    /// The actor other than a publication that the text names right after byte `at`.
    fn named_right_after(&self, at: usize) -> Option<usize> {
        // The first name after it, if any is: the others stand further.
        let (_, actor) = starting_at(&self.mentions, at).first().filter(|(r, _)| {
            self.text
                .get(at..r.start)
                .is_some_and(|gap| gap.trim().is_empty())
        })?;
        let actor = self.cast.of_named(*actor);
        (actor != WRITER && !self.is_media(actor)).then_some(actor)
    }

    /// Whether an actor is a publication.
    fn is_media(&self, actor: usize) -> bool {
        self.cast
            .named(actor)
            .is_some_and(|a| a.is(ActorKind::Media))
    }

    /// The source an organisation's claim cites when the clause names its document around the
    /// quote: “In a report released in March, the commission found …”, „Der Rechnungshof hatte
    /// in seinem Sonderbericht festgestellt“; dated near the document's noun.
    fn own_document(
        &mut self,
        clause: &Range<usize>,
        found: &Attribution,
        claimant: usize,
    ) -> Option<usize> {
        let actor = self
            .cast
            .named(claimant)
            .filter(|a| a.is(ActorKind::Organisation) || a.is(ActorKind::Government))?;
        let name = actor.name.clone();
        let text = self.text;
        // Around what was said, or up to the verb where the quote holds its speaker (the
        // whole sentence is the claim: „Der Rechnungshof hatte in seinem Sonderbericht
        // festgestellt, dass …“).
        let holds_cue = found.quote.start <= found.cue.start && found.cue.end <= found.quote.end;
        let up_to_cue = if holds_cue {
            clause.start..found.cue.end.min(clause.end)
        } else {
            clause.start..clause.start
        };
        let around = [
            clause.start..found.quote.start,
            found.quote.end..clause.end,
            up_to_cue,
        ];
        let document = around.iter().find_map(|part| {
            let words = words::words(text.get(part.clone())?);
            let noun = words.iter().find(|w| speakers::is_document(w.text))?;
            Some(part.start + noun.start..part.start + noun.end)
        })?;
        let date = dates::near_document(text, document, self.sources.published.as_deref());
        Some(self.sources.document_of(&name, date.as_deref()))
    }

    /// The claimant a speaker phrase at `range` names, with the sources it and the cue name
    /// added to `extra_sources`. A publication that reports is a source, not a claimant.
    fn named_claimant(
        &mut self,
        range: Range<usize>,
        found: &Attribution,
        extra_sources: &mut Vec<usize>,
    ) -> usize {
        let text = self.text;
        let mut said_by = speakers::speaker(text, range.clone(), &self.mentions, self.cast, self.p);
        // « le communiqué diffusé par l’entreprise »: whoever the document's author is.
        // “A poll by Fieldwise Research for the campaign found …”: a phrase opening on the
        // document is its author's, whoever else it names.
        let phrase = text.get(range.clone()).unwrap_or("");
        let phrase_words = words::words(phrase);
        let opens_on_document = phrase_words
            .iter()
            .take(2)
            .any(|w| speakers::is_document(w.text));
        // Its last agent, who made it: “A study commissioned by Greenpeace and carried out by
        // Opinium”.
        let made_by = phrase_words
            .iter()
            .rfind(|w| speakers::is_agent(w.text))
            .map(|w| w.end)
            .filter(|_| opens_on_document);
        let author = speakers::author_of_publication(phrase);
        if let Some(at) = made_by.or(author.filter(|_| said_by == WRITER)) {
            let by = if made_by.is_some() {
                range.start + at..range.start + author_name_end(phrase, at)
            } else {
                range.start + at..range.end
            };
            said_by = speakers::speaker(text, by, &self.mentions, self.cast, self.p);
        }
        // “«…», zanjó el letrado”: after what was said, a description no list knows is who
        // spoke before in the paragraph.
        let after_quote = found.quote.end <= range.start;
        if said_by == WRITER && after_quote {
            said_by = speakers::described_again(phrase, self.cast).unwrap_or(WRITER);
        }
        let outlets = self.sources.named_in(phrase);
        extra_sources.extend(outlets.iter().copied());
        extra_sources.extend(
            self.sources
                .named_in(text.get(found.cue.clone()).unwrap_or("")),
        );
        let said_by_name = self.cast.named(said_by).map(|a| {
            // « Comme l’a révélé Le Journal de la Broye », “Como informó el diario regional El
            // Eco de Huancaruna”: a publication named whole, whose last word alone names a place.
            // A phrase opening on a publication's noun: not “the Alder council told the Alder
            // Sentinel”.
            let by_noun = words::words(phrase)
                .iter()
                .take(3)
                .any(|w| references::is_outlet_noun(&w.text.to_lowercase()));
            let holding = outlets
                .iter()
                .filter_map(|&s| self.sources.entries.get(s))
                .map(|e| e.outlet.as_str())
                .filter(|_| by_noun)
                .find(|outlet| *outlet != a.name && outlet.contains(a.name.as_str()));
            let publication = references::publication_named(phrase).or(holding);
            match publication.filter(|_| !a.is(ActorKind::Person)) {
                Some(name) => (name.to_string(), true),
                None => (a.name.clone(), a.is(ActorKind::Media)),
            }
        });
        match said_by_name {
            // A publication that reports (“the Granton Ledger reported”) is the writer's
            // source, not a claimant.
            Some((name, true)) => {
                // “… reported last month”: as precise as the text is.
                let when = text.get(found.cue.clone()).unwrap_or("");
                let published = self.sources.published.as_deref();
                // “… reported last month”, “… reported in March”.
                let date = published.and_then(|p| {
                    dates::relative(when, p).or_else(|| dates::near(text, range.clone(), Some(p)))
                });
                // „der Deutschen Presse-Agentur“: the publication by its name; unless a source
                // the phrase names in full is it (“La Gazette de l’Orvanne avait révélé”, the
                // publication called “Gazette” elsewhere).
                let name = references::known_outlet(&name).unwrap_or(&name);
                let in_full = outlets.iter().any(|&s| {
                    self.sources
                        .entries
                        .get(s)
                        .is_some_and(|e| e.outlet.contains(name))
                });
                if !in_full {
                    // “France 3 Bretagne”, not “France 3” too.
                    let entries = &self.sources.entries;
                    extra_sources.retain(|&s| {
                        entries
                            .get(s)
                            .is_none_or(|e| e.outlet == name || !name.contains(e.outlet.as_str()))
                    });
                    extra_sources.push(self.sources.resolve(name, date.as_deref()));
                }
                // „Der Deutschen Presse-Agentur sagte Eschbach, …“: in a language that puts the
                // verb second, the publication was told, and whom the verb names right after it
                // spoke (not “Reuters reported Tesla would cut jobs”).
                attribution::puts_verb_second()
                    .then(|| self.named_right_after(found.cue.end))
                    .flatten()
                    .unwrap_or(WRITER)
            }
            // “According to a report by the Office of Audits”: the office says it, and its
            // report is the source.
            Some((name, _)) if is_publication_by(phrase) => {
                // “released April 9” in the story's year; not the year alone.
                let date = dates::find(phrase)
                    .or_else(|| {
                        let year = self.sources.published.as_deref()?.get(..4)?;
                        dates::find(&format!("{phrase}, {year}")).filter(|d| d.date.len() > 4)
                    })
                    .map(|d| d.date);
                extra_sources.push(self.sources.document_of(&name, date.as_deref()));
                said_by
            }
            // An outlet the text cites (“according to Reuters”) is a source, not a claimant.
            _ if said_by == WRITER && !outlets.is_empty() => WRITER,
            // “…, selon l’ordonnance de renvoi”, « Le registre du commerce et des sociétés
            // confirme … »: a document no actor speaks for is the writer's source.
            _ if said_by == WRITER => {
                if let Some(document) = speakers::document_named(phrase) {
                    extra_sources.push(self.sources.document_of(&document, None));
                }
                WRITER
            }
            _ => said_by,
        }
    }

    /// The sources of a clause's claim: the citations in it, the sources its speaker phrase and
    /// cue name and those the clause names; else the organisation's document the clause names,
    /// the sources of the claim indirect speech goes on with, or the listed publication of its
    /// claimant.
    fn clause_sources(
        &mut self,
        clause: &Range<usize>,
        found: &Attribution,
        own: Vec<usize>,
        extra_sources: Vec<usize>,
        claimant: usize,
    ) -> Vec<usize> {
        // A citation gives the document's source itself: “Un estudio de la Universidad de
        // Vallecillo (Herrera y Gil, 2023) concluyó …”.
        let cited = !own.is_empty();
        let mut cited_here = own;
        cited_here.extend(
            extra_sources
                .into_iter()
                .filter(|&s| !(cited && self.sources.is_document(s))),
        );
        cited_here.extend(
            self.sources
                .named_in(self.text.get(clause.clone()).unwrap_or("")),
        );
        if cited_here.is_empty() {
            cited_here.extend(self.own_document(clause, found, claimant));
        }
        if cited_here.is_empty() && found.speaker == Speaker::Reporting {
            // „Das Ministerium habe …“ after the audit office's report keeps citing it.
            if let Some((by, sources)) = &self.last_said {
                if *by == claimant {
                    cited_here.extend(sources);
                }
            }
        }
        if cited_here.is_empty() {
            // “The INE said …” when the reference list gives the INE's own publication.
            if let Some(actor) = self.cast.named(claimant) {
                cited_here.extend(self.sources.published_by(actor));
            }
        }
        cited_here
    }

    /// The claims a clause reports in a noun phrase (“the claims by X about …”), by the actor
    /// it names, added to `drafted`.
    fn nominal_claims(
        &mut self,
        clause: &Range<usize>,
        cited_here: &[usize],
        drafted: &mut Vec<Drafted>,
    ) {
        for (quote, said_by, nominal_kind) in attribution::nominal(self.text, clause) {
            let by = speakers::speaker(self.text, said_by, &self.mentions, self.cast, self.p);
            if by != WRITER {
                drafted.push(Drafted {
                    paragraph: self.p,
                    range: quote,
                    claimant: by,
                    kind: nominal_kind,
                    sources: cited_here.to_vec(),
                    subjects: vec![by],
                });
            }
        }
    }
}

/// Takes the issuer out of the cast's named actors once every claim is drafted: its names are
/// the writer's (returned, as the writer's aliases), and the claims' actors after it move up one
/// place.
pub fn fold_issuer(cast: &mut Cast, claims: &mut [Drafted]) -> Vec<String> {
    let Some(issuer) = cast.issuer.take().filter(|&i| i < cast.named.len()) else {
        return Vec::new();
    };
    let folded = cast.named.remove(issuer);
    let moved = |actor: &mut usize| {
        if *actor > issuer + 1 {
            *actor -= 1;
        }
    };
    for claim in claims {
        moved(&mut claim.claimant);
        claim.subjects.iter_mut().for_each(moved);
    }
    folded.aliases
}

/// What a clause's claim quotes. “X, a group active in the province, denied …”: the claim is
/// what X did, the apposition `described` a claim of its own.
fn quote_of(
    found: &Attribution,
    clause: &Range<usize>,
    described: Option<&Range<usize>>,
) -> Range<usize> {
    let mut quote = found.quote.clone();
    if let Some(described) = described {
        if quote.start == clause.start
            && quote.end >= described.end
            && found.cue.start > described.end
        {
            quote.start = found.cue.start;
        }
    }
    quote
}

/// The sentences' claims, each without sources taking those of the citation closing its
/// sentence, or, when the sentence has none, the next one's when that one goes on with it.
fn with_carried_citations(mut sentences: Vec<SentenceClaims>) -> Vec<SentenceClaims> {
    // A sentence without a citation takes the one closing the sentence it runs on into.
    let mut carried: Vec<usize> = Vec::new();
    for i in (0..sentences.len()).rev() {
        let next_continues = sentences.get(i + 1).is_some_and(|n| n.continues);
        let Some(sentence) = sentences.get_mut(i) else {
            continue;
        };
        if sentence.closing.is_empty() && next_continues {
            sentence.closing = carried.clone();
        }
        for claim in &mut sentence.claims {
            if claim.sources.is_empty() {
                claim.sources = sentence.closing.clone();
            }
        }
        carried = sentence.closing.clone();
    }
    sentences
}

/// The claims, a claim quoting several sentences cut into one claim a sentence.
fn by_quoted_sentence(text: &str, sentences: Vec<SentenceClaims>) -> Vec<Drafted> {
    let mut drafted = Vec::new();
    for sentence in sentences {
        for claim in sentence.claims {
            for range in sentences::quoted_sentences(text, claim.range.clone()) {
                drafted.push(Drafted {
                    range,
                    sources: claim.sources.clone(),
                    subjects: claim.subjects.clone(),
                    ..claim
                });
            }
        }
    }
    drafted
}

/// The writer's claims of a sentence that the next says who said (“… Про це повідомила
/// прес-служба міської ради.”) are that speaker's.
fn said_by_the_next(sentences: &mut [SentenceClaims]) {
    for i in 1..sentences.len() {
        let Some(speaker) = sentences.get(i).and_then(|s| s.said_before) else {
            continue;
        };
        if let Some(before) = sentences.get_mut(i - 1) {
            for claim in before.claims.iter_mut().filter(|c| c.claimant == WRITER) {
                claim.claimant = speaker;
                claim.kind = ClaimKind::Statement;
            }
        }
    }
}

/// A claim about no one named is about what the claim before it was about.
fn with_subjects_carried(drafted: &mut [Drafted]) {
    let mut before: Vec<usize> = Vec::new();
    for claim in drafted {
        if claim.subjects.is_empty() {
            claim.subjects = before.clone();
        }
        before = claim.subjects.clone();
    }
}

/// Whether a clause is a quotation and little else: “We will rebuild.”
fn is_quotation(text: &str, clause: &Range<usize>) -> bool {
    // A line of dialogue goes on after its speaker: “— …, — заявил адвокат Денис Ляхов. — Мы
    // будем ходатайствовать …”.
    use super::attribution::DASHES;
    let dialogue = text.trim_start().starts_with(DASHES)
        && (text
            .get(..clause.start)
            .is_some_and(|b| b.trim_end().ends_with(DASHES))
            || text
                .get(clause.clone())
                .is_some_and(|c| c.trim_start().starts_with(DASHES)));
    if dialogue {
        return true;
    }
    let inside: usize = sentences::quotations(text)
        .iter()
        .filter(|q| q.start >= clause.start.saturating_sub(3) && q.end <= clause.end + 3)
        .map(|q| q.len())
        .sum();
    inside * 10 >= clause.len() * 8
}

fn starts_with_pronoun(opening: &str) -> bool {
    ["he ", "she ", "they ", "it "]
        .iter()
        .any(|p| opening.starts_with(p))
}

/// The actors a clause is about: those it names other than its claimant, or the claimant when
/// it names no one else.
fn subjects_of(mentioned: &[usize], claimant: usize) -> Vec<usize> {
    let mut subjects: Vec<usize> = Vec::new();
    for &actor in mentioned {
        if actor != claimant && !subjects.contains(&actor) {
            subjects.push(actor);
        }
    }
    if subjects.is_empty() && claimant != WRITER {
        subjects.push(claimant);
    }
    subjects
}

/// Where the name of a document's author ends in a speaker phrase, its words beginning at byte
/// `at` after the agent: “Fieldwise Research” of “A poll by Fieldwise Research for the campaign”.
/// The phrase's end where no name opens there.
fn author_name_end(phrase: &str, at: usize) -> usize {
    let after = phrase.get(at..).unwrap_or("");
    let found = words::words(after);
    let from = found
        .iter()
        .take_while(|w| cues::is_determiner(w.text))
        .count();
    let name = found.get(from..).unwrap_or(&[]);
    match name.get(..attribution::name_run(name)) {
        Some([.., last]) => at + last.end,
        _ => phrase.len(),
    }
}
