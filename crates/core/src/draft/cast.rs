//! The cast of the draft: the writer first, then the actors the text names, then the speakers it
//! leaves unnamed (“a person familiar with the talks”) or describes (“the mayor”, “officials”),
//! added as they speak; and which actor a pronoun or an office stands for.

use std::ops::Range;

use super::gender::{self, Gender};
use super::layout;
use super::names::{self, Named};
use super::references;
use super::sources::{Citing, Sources};
use super::speakers;
use super::words::{self, Words};
use crate::model::{ActorKind, Vocabulary};

/// The actors `paragraphs` name, but for the sources the text cites (outlets are not actors,
/// though an institution cited for its own report, “according to UNEP”, is: it says what the
/// report says) and the words of its citations and datelines; each person with the office the
/// text writes before their name, where nothing else describes them.
pub fn named_in(paragraphs: &[String], sources: &Sources, citing: &Citing) -> Vec<Named> {
    // A listed body that speaks for itself stays an actor: an institution, the issuer of a
    // press release, a company, a body named by its acronym that is no outlet's („IKRT, J. Feldkamp:
    // Energiebilanz …“), or by a short name the text spells out before it in brackets (“Institut
    // national de la statistique et des études économiques (Insee)”).
    let issuers = sources.issuers();
    let spelled_out = |name: &String| {
        let bracketed = format!("({name})");
        paragraphs.iter().any(|p| {
            p.match_indices(&bracketed).any(|(at, _)| {
                let before = words::last_words(p.get(..at).unwrap_or(""), names::SPELLED_OUT);
                names::spelled_out_start(&before, name).is_some()
            })
        })
    };
    let body = |name: &String| {
        names::is_institution(name)
            || issuers.contains(name)
            // A company, by its legal ending, publishes its own figures: „Hartkopf Automotive
            // SE: Quartalsmitteilung Q3 2024“.
            || names::is_company(name)
            || words::is_acronym(name) && !references::is_outlet_name(name)
            || spelled_out(name)
    };
    let mut not_actors: Vec<String> = sources
        .known_names()
        .into_iter()
        .filter(|name| !body(name))
        .collect();
    not_actors.extend(
        citing
            .citations
            .iter()
            .flatten()
            .flat_map(|c| c.works.iter().map(|w| w.name.clone())),
    );
    let joined: Vec<&String> = not_actors.iter().filter(|n| joined_by_and(n)).collect();
    let skip: Vec<Vec<Range<usize>>> = citing
        .cited
        .iter()
        .zip(paragraphs)
        .map(|(list, text)| {
            let mut skipped: Vec<Range<usize>> =
                list.iter().map(|(range, _)| range.clone()).collect();
            skipped.extend(layout::dateline_end(text).map(|end| 0..end));
            // A source's name that “and” joins is one name, no two actors: “the journal Water
            // and Society”.
            for name in &joined {
                skipped.extend(
                    text.match_indices(name.as_str())
                        .map(|(at, _)| at..at + name.len()),
                );
            }
            skipped
        })
        .collect();
    let mut named = names::find(paragraphs, &not_actors, &skip);
    for actor in named.iter_mut().filter(|a| a.is(ActorKind::Person)) {
        if actor.description.is_none() {
            let paragraph = paragraphs.get(actor.paragraph).map_or("", String::as_str);
            actor.description = office_noun_before(paragraph, &actor.name);
        }
    }
    named
}

/// Whether a name's words are joined by the language's “and”: “Water and Society”.
fn joined_by_and(name: &str) -> bool {
    static AND: Words = Words::listed("and");
    let found = words::words(name);
    found.len() >= 3 && found.iter().any(|w| AND.contains(w.text))
}

/// The office written right before a person's name where the paragraph first names them: a
/// noun of the language's `speaker noun`, the words in small letters after it, and an adjective
/// of a place before it: “губернатор” of “внёс губернатор Алексей Дробышев”, “Мэр города”,
/// “міський голова”, “alcalde” of “El alcalde, Anselmo Rivera”.
fn office_noun_before(paragraph: &str, name: &str) -> Option<String> {
    let before = paragraph.get(..paragraph.find(name)?)?;
    // The last few words are all it needs to read.
    let tail = words::last_chars(before, 60);
    let found = words::words(tail);
    // Right before it, or before a comma: “El alcalde, Anselmo Rivera, …”.
    let last = found
        .last()
        .filter(|w| matches!(tail.get(w.end..), Some(" " | ", ")))?;
    let office = |w: &words::Word| names::is_person_noun(words::without_elided_article(w.text));
    // Back from the name over words in small letters, to the office's noun; before a comma,
    // over its place's name too, in the same phrase: “El alcalde de Torrealba del Campo, …”.
    // Or right before it, over its place's name that a word in small letters opens: “del
    // diputado de las Cortes Valencianas Rubén Carrasco Lamas”.
    let apposed = tail.get(last.end..) == Some(", ") || words::is_capitalised(last.text);
    let mut near: Vec<&words::Word> = Vec::new();
    for w in found.iter().rev().take(if apposed { 6 } else { 4 }) {
        let joined = near.last().is_none_or(|next| {
            tail.get(w.end..next.start)
                .is_some_and(|g| !g.contains([',', '.', ';']))
        });
        // Over an adjective of its place too: “голова Вербівської селищної громади”.
        let fits = w.end == last.end
            || w.text.starts_with(char::is_lowercase)
            || office(w)
            || apposed
            || names::is_place_adjective(w.text);
        if !(joined && fits) {
            break;
        }
        near.push(w);
    }
    let noun = near.iter().rposition(|w| office(w))?;
    // The office's place opens with a word in small letters (“de”): “el alcalde Juan López,
    // María Pérez” gives María no office.
    let after_office = near.get(..noun).unwrap_or(&[]);
    let placed = after_office
        .last()
        .is_none_or(|w| w.text.starts_with(char::is_lowercase));
    if apposed && !placed {
        return None;
    }
    let adjective = near
        .get(noun + 1)
        .filter(|w| names::is_place_adjective(w.text) && !office(w));
    let first = adjective.or(near.get(noun))?;
    tail.get(first.start..last.end).map(str::to_string)
}

/// Words that open a description (“the”, „der“, “son”), in the text's language.
static DETERMINERS: Words = Words::listed("determiner");

/// The actors of the draft: the writer first, then those the text names, then speakers the
/// text describes without naming (“the mayor”).
pub struct Cast {
    pub writer: String,
    /// The named actor who is the writer: the organisation issuing a press release.
    pub issuer: Option<usize>,
    pub named: Vec<Named>,
    /// The last person and the last other actor mentioned, for “he” and “they”.
    pub last_person: Option<usize>,
    pub last_other: Option<usize>,
    /// The speaker of the clause before, when a named actor other than a person: whom “it” or
    /// “they” stands for first (“…, the charity said. It added …”).
    pub last_speaking: Option<usize>,
    /// The person who spoke last in the paragraph, whom a description of what they do
    /// recalls: “El gerente atribuyó …” after Betancur spoke.
    pub speaking_person: Option<usize>,
    /// The people mentioned, the last last, for “she” when the last is a man.
    people: Vec<usize>,
    /// The other actors mentioned, the last last, for “the union” after a company.
    others: Vec<usize>,
    /// Each named actor's gender, as the text shows it.
    genders: Vec<Option<Gender>>,
}

/// The writer's place in the cast.
pub const WRITER: usize = 0;

impl Cast {
    pub fn new(credits: &[layout::Credit], named: Vec<Named>, release: bool) -> Cast {
        let authors: Vec<&str> = credits
            .iter()
            .filter(|c| c.role == "author")
            .map(|c| c.name.as_str())
            .collect();
        // A press release without a byline is the voice of the organisation it opens with: a
        // company by its legal name in its first paragraphs (“Hydrolia SAS annonce …” after a
        // standfirst), else the first organisation it names.
        let issuer = (release && authors.is_empty())
            .then(|| {
                let organisation = |a: &Named| a.is(ActorKind::Organisation);
                named
                    .iter()
                    .position(|a| organisation(a) && a.paragraph <= 1 && names::is_company(&a.name))
                    .or_else(|| {
                        named
                            .iter()
                            .position(|a| organisation(a) && a.paragraph == 0)
                    })
            })
            .flatten();
        let writer = if let Some(issuer) = issuer.and_then(|i| named.get(i)) {
            issuer.name.clone()
        } else if authors.is_empty() {
            super::languages::writer()
        } else {
            let and = super::languages::first_of("and").unwrap_or("&");
            authors.join(&format!(" {and} "))
        };
        Cast {
            writer,
            issuer,
            named,
            last_person: None,
            last_other: None,
            last_speaking: None,
            speaking_person: None,
            people: Vec::new(),
            others: Vec::new(),
            genders: Vec::new(),
        }
    }

    /// The cast index of named actor `i`.
    pub fn of_named(&self, i: usize) -> usize {
        if self.issuer == Some(i) {
            WRITER
        } else {
            i + 1
        }
    }

    pub fn named(&self, actor: usize) -> Option<&Named> {
        actor.checked_sub(1).and_then(|i| self.named.get(i))
    }

    /// Adds `alias` to the names of `actor` (a cast index), when it is not one already.
    pub fn also_called(&mut self, actor: usize, alias: &str) {
        let Some(named) = actor.checked_sub(1).and_then(|i| self.named.get_mut(i)) else {
            return;
        };
        if !named.names().any(|n| n.eq_ignore_ascii_case(alias)) {
            named.aliases.push(alias.to_string());
        }
    }

    /// Gives `actor` (a cast index) the description `words` when it has none.
    pub fn described_as(&mut self, actor: usize, words: &str) {
        if let Some(named) = actor.checked_sub(1).and_then(|i| self.named.get_mut(i)) {
            // A courtesy title alone, of four letters at most (« Me Antoine Keriven », „Frau
            // Kluth“), gives way to what the text says the person is: « l’avocat du prévenu »;
            // an office does not („Oberstaatsanwalt Jörg Pieper“).
            let titled_only = named.description.as_deref().is_some_and(|d| {
                let title = d.trim_end_matches('.');
                !d.contains(' ') && names::is_title(d) && title.chars().count() <= 4
            });
            if (named.description.is_none() || titled_only) && !words.is_empty() {
                named.description = Some(words.to_string());
            }
        }
    }

    /// Notes the actors a clause mentions, in order, for the pronouns of later clauses.
    pub fn saw(&mut self, mentioned: &[usize]) {
        for &actor in mentioned {
            if actor == WRITER && self.issuer.is_some() {
                self.last_other = Some(WRITER);
            }
            match self.named(actor) {
                Some(a) if a.is(ActorKind::Person) => {
                    self.last_person = Some(actor);
                    self.people.retain(|&p| p != actor);
                    self.people.push(actor);
                }
                Some(_) => {
                    self.last_other = Some(actor);
                    self.others.retain(|&o| o != actor);
                    self.others.push(actor);
                }
                None => {}
            }
        }
    }

    /// Reads each named person's gender in `paragraphs`.
    pub fn read_genders(&mut self, paragraphs: &[String]) {
        self.genders = gender::of_people(&self.named, paragraphs);
    }

    /// Whether `actor` (a cast index) may be of `gender`: any actor but a person the text shows
    /// to be of the other.
    pub fn agrees(&self, actor: usize, gender: Option<Gender>) -> bool {
        let known = actor
            .checked_sub(1)
            .and_then(|i| self.genders.get(i).copied().flatten());
        gender.is_none() || known.is_none() || known == gender
    }

    /// The actor other than a person mentioned last of which `fits` holds.
    pub fn last_other_that(&self, fits: impl Fn(&Named) -> bool) -> Option<usize> {
        self.others
            .iter()
            .rev()
            .copied()
            .find(|&o| self.named(o).is_some_and(&fits))
    }

    /// The person last mentioned who may be of `gender`: “she” after “Ms Pike told Mr Hale”.
    pub fn last_person_who_is(&self, gender: Option<Gender>) -> Option<usize> {
        self.people
            .iter()
            .rev()
            .copied()
            .find(|&p| self.agrees(p, gender))
            .or(self.last_person)
    }

    /// The person the text named with the office a description gives: “the minister” after
    /// “Housing Minister José Álvarez-Núñez”, “the director” after “X, director of Y”.
    pub fn titled(&self, phrase: &str) -> Option<usize> {
        let lower = phrase.trim().to_lowercase();
        if let Some(person) = self.titled_in_a_case(&lower) {
            return Some(person);
        }
        static SYNONYMS: Words = Words::listed("office synonym");
        let synonyms = || SYNONYMS.iter().filter_map(|entry| entry.split_once('='));
        // Another name of an office, of several words, in any case: “глава региона” is the
        // “губернатор”.
        let found = words::words(&lower);
        let several = synonyms().find(|(other, _)| {
            let theirs = words::words(other);
            theirs.len() > 1
                && theirs.len() == found.len()
                && theirs
                    .iter()
                    .zip(&found)
                    .all(|(t, w)| t.text == w.text || names::same_stem(w.text, t.text))
        });
        if let Some((_, same)) = several {
            return self.holding(|word| word.to_lowercase() == same);
        }
        // Another word for an office, then its place: “очільник міста” is the “голова”.
        let opening = found.first().map(|w| w.text);
        let other_word = synonyms().find(|(other, _)| Some(*other) == opening);
        if let Some((_, same)) = other_word.filter(|_| (2..=3).contains(&found.len())) {
            return self.holding(|word| word.to_lowercase() == same);
        }
        // An office named without an article, as languages without articles name it: «…», —
        // сказал губернатор.
        // In any case: “по словам губернатора”.
        let in_a_case = names::speaker_noun_in_a_case(&lower)
            .filter(|(_, kind)| *kind == ActorKind::Person.key())
            .map(|(noun, _)| noun);
        let bare = (!lower.contains(' '))
            .then_some(in_a_case)
            .flatten()
            .map(|noun| ("", noun));
        // An elided article is written without a space: “l’édile”.
        let (determiner, office) = bare
            .or_else(|| words::elided(&lower, &DETERMINERS))
            .or_else(|| lower.split_once(' '))?;
        let determined = bare.is_some() || DETERMINERS.contains(determiner);
        // The office's noun before an adjective or two that its holder's description has too:
        // “el gobernador regional”, “la directora general” (not “le député girondin” for
        // another “député”).
        let (office, adjectives) = match office.split_once(' ') {
            Some((noun, rest))
                if words::words(rest).len() <= 2
                    && words::words(rest).iter().all(|w| {
                        w.text.starts_with(char::is_lowercase)
                            && !names::OFFICE_LINKS.contains(w.text)
                            && !DETERMINERS.contains(w.text)
                    }) =>
            {
                (noun, Some(rest))
            }
            _ => (office, None),
        };
        if !determined || office.contains(' ') || office.is_empty() {
            return None;
        }
        // The office as written, or the end of a compound that names it: „die Ministerin“ is
        // the „Kultusministerin“; or another word for it (the list `office synonym`: “el
        // regidor” is the “alcalde”).
        let holds = |word: &str| {
            let word = word.to_lowercase();
            word == office
                || office.chars().count() >= 5 && word.ends_with(office)
                || synonyms().any(|(other, same)| other == office && same == word)
        };
        let holder = self.holding(holds)?;
        let described = |adjectives: &str| {
            let description = self
                .named(holder)
                .and_then(|a| a.description.as_deref())
                .unwrap_or("")
                .to_lowercase();
            words::words(adjectives)
                .iter()
                .all(|w| words::words(&description).iter().any(|d| d.text == w.text))
        };
        adjectives.is_none_or(described).then_some(holder)
    }

    /// The person named last whose description's first words hold an office that `holds`.
    fn holding(&self, holds: impl Fn(&str) -> bool) -> Option<usize> {
        self.named
            .iter()
            .rposition(|a| {
                a.is(ActorKind::Person)
                    && a.description.as_deref().is_some_and(|d| {
                        words::words(d)
                            .iter()
                            .take(4)
                            .any(|w| holds(words::without_elided_article(w.text)))
                    })
            })
            .map(|i| self.of_named(i))
    }

    /// The person named with an office and its place that a phrase of two or three words gives
    /// again in another case, without a determiner: “главы города” after “глава города Игорь
    /// Сидоренко”.
    fn titled_in_a_case(&self, phrase: &str) -> Option<usize> {
        let found = words::words(phrase);
        let determined = found.iter().any(|w| DETERMINERS.contains(w.text));
        if !(2..=3).contains(&found.len()) || determined {
            return None;
        }
        self.named
            .iter()
            .rposition(|a| {
                // Past an adjective of its place: “голови громади” after “Голова
                // Старосулизької громади Петро Андрійович Лисенко”.
                let mut office = a
                    .description
                    .as_deref()
                    .map(words::words)
                    .unwrap_or_default();
                office.retain(|w| {
                    !(words::is_capitalised(w.text) && names::is_place_adjective(w.text))
                        || found
                            .iter()
                            .any(|f| names::same_stem(f.text, &w.text.to_lowercase()))
                });
                a.is(ActorKind::Person)
                    && office.windows(found.len()).any(|window| {
                        found.iter().zip(window).all(|(w, o)| {
                            let o = o.text.to_lowercase();
                            w.text == o || names::same_stem(w.text, &o)
                        })
                    })
            })
            .map(|i| self.of_named(i))
    }

    /// A source the text leaves unnamed: “a person familiar with the negotiations”, “people
    /// close to the talks”, added when new.
    pub fn unnamed(&mut self, phrase: &str, paragraph: usize) -> Option<usize> {
        let trimmed = phrase.trim();
        let lower = trimmed.to_lowercase();
        let bare = ["a ", "an ", "two ", "three ", "several "]
            .iter()
            .find_map(|a| lower.strip_prefix(a))
            .unwrap_or(&lower);
        let (kind, known) = [
            (ActorKind::Person, "person "),
            (ActorKind::People, "people "),
            (ActorKind::Person, "source "),
            (ActorKind::People, "sources "),
        ]
        .iter()
        .find(|(_, head)| bare.starts_with(head))
        .map(|(kind, head)| (kind.key(), bare.get(head.len()..).unwrap_or("")))?;
        let how = [
            "familiar with",
            "close to",
            "with knowledge of",
            "briefed on",
            "involved in",
        ];
        if !how.iter().any(|h| known.starts_with(h)) || words::words(bare).len() > 8 {
            return None;
        }
        Some(self.found_or_added(bare.to_string(), kind, paragraph))
    }

    /// The actor called `name`, added with `kind` when the cast has none.
    pub fn found_or_added(&mut self, name: String, kind: &'static str, paragraph: usize) -> usize {
        if let Some(i) = self.named.iter().position(|a| a.names().any(|n| n == name)) {
            return self.of_named(i);
        }
        self.named.push(Named {
            name,
            aliases: Vec::new(),
            kind,
            paragraph,
            description: None,
        });
        self.named.len()
    }

    /// The actor a description names (“the mayor”, “police officials”), added when new.
    pub fn described(&mut self, phrase: &str, paragraph: usize) -> Option<usize> {
        let found = words::words(phrase);
        // A publication's name is no description: “According to Reuters, …”.
        if crate::draft::references::is_outlet_name(phrase.trim()) {
            return None;
        }
        // An elided article is written with its noun: « l’avocate » (not « l’économiste »,
        // who is the person named last: see `speakers::is_epithet`).
        let epithet = speakers::is_epithet(phrase);
        let kept: Vec<String> = found
            .iter()
            .map(|w| w.text)
            .skip_while(|w| DETERMINERS.contains(&w.to_lowercase()))
            .enumerate()
            .map(|(i, w)| match i {
                0 if !epithet => words::without_elided_article(w),
                _ => w,
            })
            .enumerate()
            // A sentence's first word is capitalised for the sentence: “Residents said …”.
            .map(|(i, w)| {
                if i == 0 && w.chars().skip(1).all(char::is_lowercase) {
                    w.to_lowercase()
                } else {
                    w.to_string()
                }
            })
            .collect();
        // The noun a phrase is about: its last word (“the port authority”), or its first where
        // the language puts it first (“le maire de la ville”, “глава города”).
        let last = kept.last()?;
        // The last words of a body's name in small letters are that body: “the health
        // department” after “Harlow County Health Department”.
        if kept.len() >= 2 {
            let plain = |name: &str| name.to_lowercase().replace('’', "'");
            let tail = format!(" {}", plain(&kept.join(" ")));
            let named = self
                .named
                .iter()
                .position(|a| !a.is(ActorKind::Person) && plain(&a.name).ends_with(&tail));
            if let Some(named) = named {
                return Some(self.of_named(named));
            }
        }
        // One noun in another case, as a language without articles writes it: “по словам
        // жильцов” are the “жильцы”.
        if let [only] = kept.as_slice() {
            if names::speaker_noun_kind(only).is_none() {
                if let Some((nominative, kind)) = names::speaker_noun_in_a_case(only) {
                    return Some(self.found_or_added(nominative.to_string(), kind, paragraph));
                }
            }
        }
        let kind = names::speaker_noun_kind(last)
            .or_else(|| {
                kept.first()
                    .and_then(|first| names::speaker_noun_kind(first))
            })
            .or_else(|| plural_people(last, kept.len()))
            .or_else(|| described_organisation(&kept))?;
        if kept.len() > 3 || kept.iter().any(|w| words::is_capitalised(w)) {
            return None;
        }
        Some(self.found_or_added(kept.join(" "), kind, paragraph))
    }
}

/// An organisation the text describes with words before its noun (of the language's list
/// `organisation noun`): “the regional environment department”, a body of its own (a company's
/// noun so recalls the company named, “the oil company”, before this is asked). The noun alone
/// recalls one the text named (“the department”), so is no description.
fn described_organisation(kept: &[String]) -> Option<&'static str> {
    let [_, .., noun] = kept else {
        return None;
    };
    let kind = speakers::organisation_noun(|n| n == noun)?;
    Some(speakers::actor_kind(kind))
}

/// Speakers in small letters the list of nouns does not know, when plural and short: “traders
/// said”, “local fishermen say”. Words that name things rather than people are left out.
fn plural_people(head: &str, words_in_phrase: usize) -> Option<&'static str> {
    static THINGS: Words = Words::new(concat!(
        "figures|reports|documents|records|data|results|statistics|sources|papers|news|rules|",
        "laws|plans|things|times|years|months|days|weeks|prices|costs|rates|sales",
    ));
    let people = head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && head.chars().all(char::is_lowercase)
        && !THINGS.contains(head);
    (people && words_in_phrase <= 2).then_some(ActorKind::People.key())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::languages;

    #[test]
    fn every_speaker_noun_of_every_language_gives_one_of_the_formats_kinds() {
        for at in 0..languages::count() {
            for entry in languages::list(at, "speaker noun")
                .split('|')
                .filter(|e| !e.is_empty())
            {
                let kind = entry.split_once('=').map(|(_, kind)| kind);
                assert!(
                    kind.and_then(ActorKind::from_key).is_some(),
                    "language {at}: {entry}"
                );
            }
        }
    }
}
