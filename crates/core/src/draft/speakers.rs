//! Who a speaker phrase names: an actor it mentions (the one its head is about: “TDOT Director
//! Paul Vasquez”, “His barrister, Simon Ferris”), the person or group a pronoun stands for, an
//! unnamed source, an organisation a spokesperson speaks for or a definite noun recalls (“the
//! company”, “the Alliance”), a person by the office they were named with (“the minister”) or by
//! a noun for what they do (“el penalista”), or a described speaker (“the mayor”, “officials”);
//! the writer when none.

use std::ops::Range;

use super::cast::{Cast, WRITER};
use super::cues;
use super::gender;
use super::names;
use super::words::{self, Words};
use crate::model::{ActorKind, Vocabulary};

/// Words that open a description (“the”, „der“, “son”), in the text's language.
static DETERMINERS: Words = Words::listed("determiner");

/// Words that tie an office or a person to a body: “of”, „des“, “de”.
static LINKS: Words = Words::listed("office link");
/// The word before a passive's agent or a document's author: “by”, « par », „von“.
static AGENT: Words = Words::listed("agent");

/// Whether a word brings in a passive's agent, in English or the text's language: “by”, « par ».
pub fn is_agent(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower == "by" || AGENT.contains(&lower)
}
/// A person's possessives (“his”, “seinen”, “його”), in the text's language.
static POSSESSIVE: Words = Words::listed("possessive");
/// The determiners that bring in someone new (“a”, „ein“, « un »), in the text's language: none
/// in a language without articles.
static INDEFINITE: Words = Words::listed("indefinite");

/// Whether a word is an article that brings in something new (the list `indefinite`), in any
/// of its cases: “a”, „einer“, « une ».
pub fn is_indefinite(word: &str) -> bool {
    INDEFINITE.contains(&word.to_lowercase())
}
/// Nouns of a spokesperson, who speaks for a body (“spokeswoman”, „Sprecher“), in the text's
/// language.
static SPOKESPEOPLE: Words = Words::listed("spokesperson");

/// Whether `word` is a spokesperson's noun, in any letters' case: “пресс-секретарь”.
pub(super) fn is_spokesperson(word: &str) -> bool {
    SPOKESPEOPLE.contains(&word.to_lowercase())
}

/// The actor the words at `range` name as a speaker: the first actor they mention, the person or
/// group a pronoun stands for, or a described speaker (“the mayor”); the writer when none.
pub fn speaker(
    text: &str,
    range: Range<usize>,
    mentions: &[(Range<usize>, usize)],
    cast: &mut Cast,
    paragraph: usize,
) -> usize {
    // A word that opens the sentence and a comma, before the speaker, name no one: “Наконец,
    // губернатор сообщил …”, “Finally, the mayor said …” (not “Ivanov, the governor, said”).
    // (The mentions are sorted and apart: the last to start before the comma is the only one
    // that may reach into the word.)
    let names_the_opening = |end: usize| {
        let before = mentions.partition_point(|(r, _)| r.start < end);
        before
            .checked_sub(1)
            .and_then(|k| mentions.get(k))
            .is_some_and(|(r, _)| range.start < r.end)
    };
    let range = match text.get(range.clone()).and_then(|p| p.split_once(", ")) {
        Some((opening, rest))
            if words::words(opening).len() == 1
                && !rest.trim().is_empty()
                && !names_the_opening(range.start + opening.len()) =>
        {
            range.start + opening.len() + 2..range.end
        }
        _ => range,
    };
    // A name in quotation marks, or with a legal ending's dot, ends past its last word: “ПрАТ
    // «Азимут-Бетон»”, “Conservas Mareira S.A.”.
    let quoted: usize = text
        .get(range.end..)
        .unwrap_or("")
        .chars()
        .take_while(|c| matches!(c, '»' | '“' | '”' | '"'))
        .map(char::len_utf8)
        .sum();
    // The phrase's mentions and those before it: a long paragraph's after it are not read for
    // each phrase (sorted and apart, the phrase's own are the last of them).
    let mentions = mentions
        .get(..mentions.partition_point(|(r, _)| r.start <= range.end))
        .unwrap_or(mentions);
    let dotted = text
        .get(range.end..)
        .is_some_and(|after| after.starts_with('.'))
        && starting_at(mentions, range.start)
            .iter()
            .any(|(r, _)| r.end == range.end + 1);
    let closing = quoted + usize::from(dotted);
    let range = past_agent(text, range.start..range.end + closing, mentions);
    // A name in brackets after another is what the other belongs to, a party or a company
    // (“Олег Ремезов («Единая Россия»)”), not who speaks.
    let bracketed = |r: &Range<usize>| {
        text.get(range.start..r.start)
            .is_some_and(|before| before.trim_end_matches(['«', '„', '“', '"']).ends_with('('))
    };
    let inside = |r: &Range<usize>| r.start >= range.start && r.end <= range.end;
    let outside: Vec<(Range<usize>, usize)> = if starting_at(mentions, range.start)
        .iter()
        .any(|(r, _)| inside(r) && bracketed(r))
    {
        mentions
            .iter()
            .filter(|(r, _)| !bracketed(r))
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let mentions = if outside.iter().any(|(r, _)| inside(r)) {
        outside.as_slice()
    } else {
        mentions
    };
    let here = starting_at(mentions, range.start);
    // The name the phrase is about: the last one before its first comma (“TDOT Director Paul
    // Vasquez”, “Paul Vasquez, director of TDOT”), else the first (“His barrister, Simon Ferris”).
    let phrase_text = text.get(range.clone()).unwrap_or("");
    // „der 58-Jährige am Dienstag vor der Strafkammer“, “the 47-year-old”: a person described
    // by their age, whatever follows, is the one named last.
    if let [determiner, age, ..] = words::words(phrase_text).as_slice() {
        let aged = age.text.starts_with(|c: char| c.is_ascii_digit())
            && age.text.contains('-')
            && age.text.chars().any(char::is_alphabetic);
        // Not one whose name follows: „der 52-jährige Dieter W. im Zeugenstand“.
        let names_someone = here.iter().any(|(r, named)| {
            inside(r)
                && cast
                    .named
                    .get(*named)
                    .is_some_and(|n| n.is(ActorKind::Person))
        });
        if aged && !names_someone && DETERMINERS.contains(&determiner.text.to_lowercase()) {
            if let Some(person) = cast.last_person {
                return person;
            }
        }
    }
    // “der CDU-Politiker”: a noun for what someone does, whose compound names their party, is
    // the person named last, not the party.
    let compound = words::words(phrase_text).len() == 2 && phrase_text.contains('-');
    if compound && is_epithet(phrase_text) {
        if let Some(person) = cast.last_person_who_is(None) {
            return person;
        }
    }
    let head_end = phrase_text
        .find(", ")
        .map_or(range.end, |comma| range.start + comma);
    // A description, then a person's name: “die Vorsitzende des Gesamtbetriebsrats, Yvonne
    // Stratmann”, “le directeur du site, Thierry Lemoine” is the person, not the body.
    let named_last = mentions
        .iter()
        .rfind(|(r, _)| r.start > head_end && r.end <= range.end)
        .filter(|(r, named)| {
            // After the name, nothing but a party in brackets: “…, Sandrine Lebreton-Faure
            // (CFDT)”.
            let rest = text.get(r.end..range.end).unwrap_or("").trim();
            let before = text.get(head_end..r.start).unwrap_or("");
            (rest.is_empty() || rest.starts_with('('))
                && described_before_name(before)
                && cast
                    .named
                    .get(*named)
                    .is_some_and(|n| n.is(ActorKind::Person))
        });
    if let Some((_, actor)) = named_last {
        return cast.of_named(*actor);
    }
    let in_head = here.iter().rfind(|(r, _)| r.end <= head_end);
    // A person, then to whom it was said, with nothing but a space or a quotation mark between:
    // “— розповіла Швець ЕкоПресу”; or then the body they are of.
    let is_person = |named: &usize| {
        cast.named
            .get(*named)
            .is_some_and(|n| n.is(ActorKind::Person))
    };
    let told = in_head.and_then(|(last, named)| {
        let before = mentions.iter().rfind(|(r, _)| r.end < last.start)?;
        let gap = text.get(before.0.end..last.start)?;
        // Or the body a person is of: “Mayor Ann Lee of Northfield Borough Council told …”,
        // „Analyst Marc-Oliver Fehling von der Privatbank Hallstein & Co.“.
        let linked = gap
            .strip_prefix(' ')
            .and_then(|g| g.strip_suffix(' '))
            .is_some_and(|link| match link.split_once(' ') {
                Some((link, article)) => {
                    LINKS.contains(link) && DETERMINERS.contains(&article.to_lowercase())
                }
                None => LINKS.contains(link),
            });
        // Or a publication told it, its article between: „sagte Beate Hollmann-Rieger der
        // Deutschen Presse-Agentur“.
        let told_publication = gap
            .strip_prefix(' ')
            .and_then(|g| g.strip_suffix(' '))
            .is_some_and(|article| DETERMINERS.contains(&article.to_lowercase()))
            && cast
                .named
                .get(*named)
                .is_some_and(|n| n.is(ActorKind::Media));
        let adjacent = before.0.start >= range.start
            && (linked
                || told_publication
                || gap
                    .chars()
                    .all(|c| c == ' ' || matches!(c, '«' | '„' | '“' | '"')));
        (adjacent && is_person(&before.1) && !is_person(named)).then_some(before.1)
    });
    // A body named first, after its determiner, then the place it is of: “le service
    // départemental d’incendie et de secours (Sdis) de la Basse-Brenne”.
    let of_its_place = in_head.and_then(|(last, _)| {
        let (opening, body) = here.iter().find(|(r, _)| r.end <= last.start)?;
        let before = words::words(text.get(range.start..opening.start)?);
        let gap = words::words(text.get(opening.end..last.start)?);
        let is_link = |w: &words::Word| LINKS.contains(&w.text.to_lowercase());
        let linked = match gap.as_slice() {
            [.., link, article] if DETERMINERS.contains(&article.text.to_lowercase()) => {
                is_link(link)
            }
            [.., link] => is_link(link),
            [] => false,
        };
        let determined = match before.as_slice() {
            [determiner] => DETERMINERS.contains(&determiner.text.to_lowercase()),
            _ => false,
        };
        (determined && linked && !is_person(body)).then_some(*body)
    });
    let in_head = told.or(of_its_place).or(in_head.map(|(_, actor)| *actor));
    let first = here
        .iter()
        .find(|(r, _)| r.end <= range.end)
        .map(|(_, actor)| *actor);
    // “Le groupe, coté à la Bourse de Paris, invoque …”: a description before the comma is
    // who speaks, not a name inside what follows it (but “His barrister, Simon Ferris”).
    let head = words::words(text.get(range.start..head_end).unwrap_or(""));
    let described = head.len() <= 3
        && head
            .first()
            .is_some_and(|w| DETERMINERS.contains(&w.text.to_lowercase()));
    let inside_apposition = |actor: &usize| {
        here.iter().any(|(r, a)| {
            a == actor
                && r.start > head_end
                && r.end <= range.end
                && text
                    .get(head_end..r.start)
                    .is_some_and(|gap| words::words(gap).iter().any(|w| !names::is_title(w.text)))
        })
    };
    let first = first.filter(|actor| !(described && inside_apposition(actor)));
    // “В компании на запрос «Северогорск.Онлайн» заявили”: where it was said is who said it,
    // unless the phrase names a person.
    let words_here = words::words(text.get(range.clone()).unwrap_or(""));
    let names_a_person = here.iter().any(|(r, named)| inside(r) && is_person(named));
    if !names_a_person {
        if let Some(actor) = where_said(&words_here, cast, paragraph) {
            return actor;
        }
        // Before a relative clause (“el dirigente del FA, que …”), or past a phrase opening the
        // clause (« En marge d’un déplacement à Orléans, la ministre du Travail »).
        let before_comma = phrase_text.split(", ").next().unwrap_or(phrase_text);
        let after_comma = phrase_text.rsplit(", ").next().unwrap_or(phrase_text);
        let holder = office_of_a_body(&words::words(before_comma), cast)
            .or_else(|| office_of_a_body(&words::words(after_comma), cast));
        if let Some(person) = holder {
            return person;
        }
    }
    // An unnamed source who names no body: « une source au ministère », “fuentes financieras
    // consultadas por Atalaya” (“Fuentes de Mareira” speak for the company).
    let before_comma = phrase_text.split(',').next().unwrap_or(phrase_text);
    if let Some((at, name, kind)) = unnamed_source(before_comma) {
        let start = range.start + at;
        let names_a_body = starting_at(mentions, start)
            .iter()
            .any(|(r, _)| r.end <= start + name.len());
        if !names_a_body {
            return cast.found_or_added(in_small_letters(name), kind, paragraph);
        }
    }
    if let Some(actor) = in_head.or(first) {
        return cast.of_named(actor);
    }
    if let Some(actor) = surname_in_a_case_in(&words_here, cast) {
        return actor;
    }
    static PERSON: Words = Words::listed("person pronoun");
    static OTHER: Words = Words::listed("other pronoun");
    static FIRST: Words = Words::listed("first person");
    // A possessive alone is the speaker of “за його словами”, “по её словам”; a relative
    // pronoun alone (“…, que anunció paros”, “…, qui évoque …”), the name right before it.
    // “…, Nathalie Ferrand, pour qui …”, “…, Iker Zubiaur Mendía, para quien …”: the name
    // right before.
    static OPINION: Words = Words::listed("opinion");
    let lower_phrase = text.get(range.clone()).unwrap_or("").trim().to_lowercase();
    if OPINION.contains(&lower_phrase) {
        return antecedent(text, range.start, mentions, cast);
    }
    // A possessive and a thing of theirs, no person nor body: “D’après ses calculs”, „nach
    // ihrer Rechnung“, “según sus cálculos” are the calculations of the person named last. A
    // document of theirs, with words after it, is the last body's named, where the possessive
    // says no gender: “Según su informe de acusación” after the prosecutors, not the accused
    // named after them.
    if let [possessive, thing, rest @ ..] = words_here.as_slice() {
        let lower = possessive.text.to_lowercase();
        let noun = thing.text.to_lowercase();
        let someone = names::speaker_noun_kind(&noun).is_some()
            || names::is_person_noun(thing.text)
            || names::is_title(thing.text)
            || organisation_noun_in_a_case(&noun).is_some();
        let document = is_cited_document(&noun);
        if POSSESSIVE.contains(&lower)
            && !someone
            && !words::is_capitalised(&noun)
            && (rest.is_empty() || document)
        {
            let gender = gender::of_word(&lower);
            let bodys = cast.last_other.filter(|_| document && gender.is_none());
            return bodys
                .or_else(|| cast.last_person_who_is(gender))
                .unwrap_or(WRITER);
        }
    }
    if let [only] = words_here.as_slice() {
        let lower = only.text.to_lowercase();
        if POSSESSIVE.contains(&lower) {
            let gender = gender::of_word(&lower);
            return cast.last_person_who_is(gender).unwrap_or(WRITER);
        }
        if is_relative(&lower) {
            return antecedent(text, range.start, mentions, cast);
        }
    }
    let pronoun = words_here.iter().find_map(|w| {
        // An inverted pronoun is the word's last part: “a-t-il” → “il”.
        let lower = w.text.to_lowercase();
        let pronoun = lower.rsplit('-').next().unwrap_or(&lower);
        match () {
            _ if PERSON.contains(pronoun) => {
                Some(cast.last_person_who_is(gender::of_word(pronoun)))
            }
            _ if OTHER.contains(pronoun) => Some(cast.last_speaking.or(cast.last_other)),
            _ if FIRST.contains(pronoun) => Some(Some(WRITER)),
            _ => None,
        }
    });
    if let Some(resolved) = pronoun {
        return resolved.unwrap_or(WRITER);
    }
    // The description before any apposition: “the mayor, who …”.
    let phrase = text.get(range).unwrap_or("");
    let phrase = phrase.split(',').next().unwrap_or(phrase);
    if let Some(unnamed) = cast.unnamed(phrase, paragraph) {
        return unnamed;
    }
    let owner = spoken_for(phrase);
    let phrase = owner.as_deref().unwrap_or(phrase);
    if let [bare] = words::words(phrase).as_slice() {
        if let Some(actor) =
            bare_organisation(bare.text, cast).or_else(|| ending_a_name(bare.text, cast))
        {
            return actor;
        }
    }
    if let Some(actor) = definite_organisation(phrase, cast) {
        // “the department”: a name the text uses for it (not “his group”, nor a genitive,
        // „des Unternehmens“).
        if let Some((determiner, noun)) = phrase.trim().split_once(' ') {
            let lower = noun.to_lowercase();
            let genitive = organisation_noun(|n| names::with_name_ending(&lower, n)).is_some();
            if !POSSESSIVE.contains(&determiner.to_lowercase()) && !genitive && !lower.contains(' ')
            {
                cast.also_called(actor, &lower);
            }
        }
        return actor;
    }
    // An office, then where or to whom it was said: « a lancé la ministre à la tribune ».
    // Past its article, if the language has one and writes it apart.
    let articles = INDEFINITE.iter().next().is_some();
    let apart = words::words(phrase)
        .first()
        .is_some_and(|w| DETERMINERS.contains(&w.text.to_lowercase()));
    let office = words::words(phrase)
        .iter()
        .skip(1 + usize::from(articles && apart))
        .find(|w| super::attribution::PREPOSITIONS.contains(&w.text.to_lowercase()))
        .and_then(|w| phrase.get(..w.start))
        .unwrap_or(phrase);
    if let Some(actor) = cast.titled(office) {
        return actor;
    }
    if let Some(person) = speaker_by_trade(phrase, cast) {
        return person;
    }

    if let Some(actor) = cast.described(phrase, paragraph) {
        return actor;
    }
    if let Some(person) = gendered(phrase).and_then(|g| cast.last_person_who_is(Some(g))) {
        return person;
    }
    is_epithet(phrase)
        .then(|| cast.last_person_who_is(None))
        .flatten()
        .unwrap_or(WRITER)
}

/// The gender of a noun that calls a person a woman or a man (of the language's list `gender`,
/// no title or speaker's noun), after a definite article or bare as a language without
/// articles writes it in any case: “the woman”, « la femme », “жінки”. It stands for the
/// person of that gender named last.
fn gendered(phrase: &str) -> Option<gender::Gender> {
    let found = words::words(phrase);
    let noun = match found.as_slice() {
        [article, noun] => {
            let article = article.text.to_lowercase();
            (DETERMINERS.contains(&article) && !INDEFINITE.contains(&article)).then_some(noun)?
        }
        [noun] => noun,
        _ => return None,
    };
    let lower = noun.text.to_lowercase();
    let named = words::is_capitalised(noun.text) && !names::writes_nouns_with_capitals();
    if named || names::is_title(noun.text) || names::speaker_noun_kind(&lower).is_some() {
        return None;
    }
    gender::of_title(&lower)
}

/// Whether the words between a speaker phrase's first comma and the person's name after it
/// are few enough to be what the text calls the person there: none, one (a title), or a
/// determiner and a noun (“Su vecino, el panadero Vicente Llorens”) — not a clause of the
/// phrase's own (“Cr Josh Tran, who represents Kingfisher Ward”).
fn described_before_name(between: &str) -> bool {
    let found = words::words(between);
    match found.as_slice() {
        [] | [_] => true,
        [determiner, _] => DETERMINERS.contains(&determiner.text.to_lowercase()),
        _ => false,
    }
}

/// Whether `phrase` is an article and a noun that calls a person by what they do (its ending is
/// one of the language's list `person noun ending`), which news writing uses for the person
/// named last: “Para el penalista, …” after “El abogado de Salcedo, Germán Castrillón”, “Le
/// syndicaliste estime …”.
pub(super) fn is_epithet(phrase: &str) -> bool {
    let found = words::words(phrase);
    let (article, noun) = match found.as_slice() {
        [article, noun] => (article.text.to_lowercase(), noun.text),
        // “l’économiste”
        [elided] => match words::elided(elided.text, &DETERMINERS) {
            Some((article, noun)) => (article.to_string(), noun),
            None => return false,
        },
        _ => return false,
    };
    let lower = noun.to_lowercase();
    DETERMINERS.contains(&article)
        && !POSSESSIVE.contains(&article)
        && noun.chars().count() >= 6
        && (noun.chars().all(char::is_lowercase)
            || names::writes_nouns_with_capitals() && !noun.chars().all(char::is_uppercase))
        && ends_as_person_noun(&lower)
        && !super::references::is_outlet_noun(&lower)
        && organisation_noun(|n| n == lower).is_none()
}

/// Whether a word in small letters ends as a noun that calls a person by what they do (the
/// language's list `person noun ending`): “penalista”, „anwohnerin“.
pub(super) fn ends_as_person_noun(lower: &str) -> bool {
    static ENDINGS: Words = Words::listed("person noun ending");
    ENDINGS.iter().any(|ending| lower.ends_with(ending))
}

/// An unnamed source, an actor of its own named by what places them (the language's list `source
/// noun`): “fuentes financieras conocedoras de la negociación”, « une source au ministère de
/// l’Économie »; up to the participle before an agent: “Fuentes jurídicas consultadas por EFE”
/// are “fuentes jurídicas”. Gives where in `phrase` it starts, its words and its kind.
fn unnamed_source(phrase: &str) -> Option<(usize, &str, &'static str)> {
    static NOUNS: Words = Words::listed("source noun");
    let found = words::words(phrase);
    let at = found
        .iter()
        .position(|w| !DETERMINERS.contains(&w.text.to_lowercase()))?;
    let noun = found.get(at)?;
    let kind = NOUNS
        .iter()
        .filter_map(|entry| entry.split_once('='))
        .find(|(listed, _)| *listed == noun.text.to_lowercase())
        .map(|(_, kind)| kind)?;
    // The participle before an agent ends it: “consultadas” of “consultadas por Atalaya”.
    let participle = found
        .iter()
        .skip(at + 1)
        .position(|w| AGENT.contains(&w.text.to_lowercase()))
        .map(|k| at + k);
    let last = participle.unwrap_or(found.len()).checked_sub(1)?;
    if last < at || last - at > 7 {
        return None;
    }
    let written = phrase.get(noun.start..found.get(last)?.end)?;
    let kind = match kind {
        "people" => ActorKind::People.key(),
        _ => ActorKind::Person.key(),
    };
    Some((noun.start, written, kind))
}

/// A name with the capital a sentence gives its first word taken off: “Fuentes jurídicas”; as
/// written in a language that writes nouns with capitals („Quellen aus der Partei“).
fn in_small_letters(name: &str) -> String {
    if names::writes_nouns_with_capitals() {
        return name.to_string();
    }
    let mut letters = name.chars();
    letters
        .next()
        .map(|first| first.to_lowercase().chain(letters).collect())
        .unwrap_or_default()
}

/// The person a determiner and the noun of an office or a trade, then the body or place it is
/// of, stand for: “la ministre du Travail”, “el dirigente del FA”, « le député des Yvelines » is
/// the person the text gave that office, else the person who spoke before in the paragraph (news
/// writing names someone, then calls them by what they do); not the body or the place. Not
/// someone new, whom an indefinite article brings in (“un député de la CGT”, the list
/// `indefinite`), nor a spokesperson, who speaks for the body.
fn office_of_a_body(phrase: &[words::Word], cast: &Cast) -> Option<usize> {
    // In a language without articles, the office's noun, then the body's short name: “—
    // написав голова ОВА” (not “— сказав директор Шевченко”, another person).
    if let [noun, body, ..] = phrase {
        let articles = INDEFINITE.iter().next().is_some();
        if !articles && words::is_acronym(body.text) && names::is_person_noun(noun.text) {
            return cast.titled(&noun.text.to_lowercase());
        }
    }
    let [determiner, noun, rest @ ..] = phrase else {
        return None;
    };
    let office = noun.text.to_lowercase();
    let definite = is_definite(determiner.text);
    let of_a_person = names::speaker_noun_kind(&office) == Some(ActorKind::Person.key())
        || ends_as_person_noun(&office);
    // The link right after the noun, or after one word that describes it („el dirigente
    // sindical de …“), then a name within two words: “de la CGS”.
    let link = rest
        .iter()
        .take(2)
        .position(|w| LINKS.contains(&w.text.to_lowercase()))?;
    let named_after = rest
        .iter()
        .skip(link + 1)
        .take(2)
        .any(|w| words::is_capitalised(w.text));
    if !definite || !of_a_person || !named_after || SPOKESPEOPLE.contains(&office) {
        return None;
    }
    cast.titled(&format!("{} {}", determiner.text, noun.text))
        .or_else(|| the_speaker_before(cast, gender::of_word(&office)))
}

/// The person who spoke before in the paragraph, if of `gender`: whom news writing calls again
/// by what they do.
fn the_speaker_before(cast: &Cast, gender: Option<gender::Gender>) -> Option<usize> {
    cast.speaking_person
        .filter(|&person| cast.agrees(person, gender))
}

/// Whether a determiner is a definite one: in the list `determiner`, neither a possessive nor
/// of the list `indefinite`, which bring in someone new (“un responsable de la CGT”).
pub(super) fn is_definite(determiner: &str) -> bool {
    let lower = determiner.to_lowercase();
    DETERMINERS.contains(&lower) && !POSSESSIVE.contains(&lower) && !INDEFINITE.contains(&lower)
}

/// The person who spoke before in the paragraph, when a determiner and a noun for a person, in
/// small letters and maybe with a word or two describing it, name the speaker again by what
/// they do: “El gerente atribuyó …” after Betancur spoke, “…, ha detallado el profesor”, “La
/// parlamentaria soriana añadió …”, «…», — сказал эксперт. Not someone new (“un testigo”), nor
/// an office's holder.
fn speaker_by_trade(phrase: &str, cast: &Cast) -> Option<usize> {
    let (noun, definite, described) = description(phrase)?;
    let lower = noun.to_lowercase();
    // Not an office, whose holder the text names with it (`cast.titled`): “The mayor said”
    // after a resident spoke is no resident. An office is a title's word or a noun the list
    // `gender` gives a gender.
    let office = names::is_title(&words::with_capital(&lower)) || gender::of_word(&lower).is_some();
    let a_person = (names::speaker_noun_kind(&lower) == Some(ActorKind::Person.key())
        || ends_as_person_noun(&lower))
        && !office;
    // A noun, not a name (“Le Parisien”), but as a language that writes nouns with capitals
    // writes it.
    let a_noun = noun.chars().all(char::is_lowercase)
        || names::writes_nouns_with_capitals() && !super::references::is_outlet_name(phrase.trim());
    (definite && a_person && a_noun && described)
        .then(|| the_speaker_before(cast, None))
        .flatten()
}

/// A phrase's noun after its determiner (or alone, in a language without articles), whether the
/// determiner is a definite one, and whether at most two words in small letters follow it:
/// “el letrado”, “la diputada bonaerense”, «эксперт».
fn description(phrase: &str) -> Option<(&str, bool, bool)> {
    let found = words::words(phrase);
    let articles = INDEFINITE.iter().next().is_some();
    // An elided article is written with its noun: « l’élue ».
    let elided = found
        .first()
        .and_then(|w| words::elided(w.text, &DETERMINERS))
        .filter(|_| articles);
    let (definite, noun, rest) = match (found.as_slice(), elided) {
        ([_, rest @ ..], Some((article, noun))) => (is_definite(article), noun, rest),
        ([determiner, noun, rest @ ..], None) if articles => {
            (is_definite(determiner.text), noun.text, rest)
        }
        ([noun, rest @ ..], None) if !articles => (true, noun.text, rest),
        _ => return None,
    };
    let described = rest.len() <= 2 && rest.iter().all(|w| !words::is_capitalised(w.text));
    Some((noun, definite, described))
}

/// The person who spoke before in the paragraph, when a phrase after what was said describes
/// someone by a definite determiner and a noun in small letters, maybe with a word or two, that
/// is no office and nothing else the text says of them (“«…», zanjó el letrado” after Peñalba
/// spoke; not “a répondu le magistrat” after “Pierre Durand, l’avocat de la famille”).
pub fn described_again(phrase: &str, cast: &Cast) -> Option<usize> {
    let (noun, definite, described) = description(phrase)?;
    let lower = noun.to_lowercase();
    let office = names::is_title(&words::with_capital(&lower)) || gender::of_word(&lower).is_some();
    let person = the_speaker_before(cast, None)?;
    // Described otherwise: by another noun for a person (“l’avocat de la famille”).
    let otherwise = cast
        .named(person)
        .and_then(|a| a.description.as_deref())
        .is_some_and(|d| {
            let d = d.to_lowercase();
            let role = words::words(&d).iter().any(|w| {
                let w = words::without_elided_article(w.text);
                names::is_person_noun(w) || ends_as_person_noun(w)
            });
            role && !d.contains(&lower)
        });
    (definite && described && noun.chars().all(char::is_lowercase) && !office && !otherwise)
        .then_some(person)
}

/// Whether `phrase` is a relative pronoun alone (the language's list `relative`): “que”, “qui”.
pub fn is_relative(phrase: &str) -> bool {
    static RELATIVE: Words = Words::listed("relative");
    RELATIVE.contains(&phrase.trim().to_lowercase())
}

/// The actor named right before `at`, with only a comma, a closing mark or spaces between: who a
/// relative pronoun (“…, qui évoque …”) or a clause of their view (“…, pour qui …”) stands for.
fn antecedent(text: &str, at: usize, mentions: &[(Range<usize>, usize)], cast: &Cast) -> usize {
    let named = mentions.iter().rfind(|(r, _)| {
        r.end <= at
            && text.get(r.end..at).is_some_and(|gap| {
                gap.chars()
                    .all(|c| matches!(c, ',' | ' ' | '»' | '”' | ')'))
            })
    });
    let Some((range, actor)) = named else {
        return WRITER;
    };
    // The body or place of an office before it stands for the office's holder: “…, ha advertido
    // el dirigente del FA, que …”.
    let before = text.get(..range.start).unwrap_or("");
    let opening = before.rfind([',', '.', ';', ':']).map_or(0, |at| at + 1);
    let phrase = words::words(text.get(opening..range.end).unwrap_or(""));
    let holder = (0..phrase.len())
        .filter(|&i| phrase.get(i).is_some_and(|w| cues::is_determiner(w.text)))
        .find_map(|i| office_of_a_body(phrase.get(i..).unwrap_or(&[]), cast));
    holder.unwrap_or_else(|| cast.of_named(*actor))
}

/// The person whose surname a short phrase writes, as named or in another case: „Gerlach
/// zufolge“, „Rehbeins Angaben zufolge“; not one that names someone else by their office,
/// „Oberdorfers Verteidiger“.
fn surname_in_a_case_in(phrase: &[words::Word], cast: &Cast) -> Option<usize> {
    let office = |w: &words::Word| names::is_title(w.text) || names::is_person_noun(w.text);
    if phrase.len() > 3 || phrase.iter().any(office) {
        return None;
    }
    let person = cast.named.iter().position(|actor| {
        let surname = actor.name.rsplit_once(' ').map(|(_, last)| last);
        actor.is(ActorKind::Person)
            && surname.is_some_and(|s| {
                phrase
                    .iter()
                    .any(|w| w.text == s || names::surname_in_a_case(w.text, s))
            })
    })?;
    Some(cast.of_named(person))
}

/// “В водоканале отвергли обвинения”: a verb with no subject after where it was said (the
/// language's list `where said`), which names an organisation of the text in any case, or
/// recalls one by a noun of the list `organisation noun` (“У компанії повідомили”), or describes
/// one by a noun of the list `speaker noun` (“…, сообщили в полиции”). The place ends at the next
/// small word: “В компании на запрос редакции”.
fn where_said(phrase: &[words::Word], cast: &mut Cast, paragraph: usize) -> Option<usize> {
    static WHERE: Words = Words::listed("where said");
    static SMALL: Words = Words::listed("small word");
    let (first, rest) = phrase.split_first()?;
    if !WHERE.contains(&first.text.to_lowercase()) {
        return None;
    }
    let mut written: Vec<&str> = rest
        .iter()
        .map(|w| w.text)
        .skip_while(|w| DETERMINERS.contains(&w.to_lowercase()))
        .take_while(|w| !SMALL.contains(&w.to_lowercase()))
        .collect();
    // Past the press office or the statement of the body: “У пресслужбі компанії зазначили …”,
    // “говорится в пресс-релизе министерства здравоохранения …”.
    while written.len() >= 2
        && written
            .first()
            .is_some_and(|w| SPOKESPEOPLE.contains(&w.to_lowercase()) || is_cited_document(w))
    {
        written.remove(0);
    }
    if let Some(actor) = authority_of_a_place(&written, cast, paragraph) {
        return Some(actor);
    }
    let place: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
    // By a word of its name that names it: a capitalised one, or any of a name in quotation
    // marks (“АО «Верхнекамский водоканал»”); not “de” or “области”.
    let named = cast.named.iter().position(|actor| {
        !actor.is(ActorKind::Person)
            && actor.names().any(|name| {
                // Of a name in quotation marks, the words inside them: not “фракції” of
                // “фракція «Рідне місто»”.
                let opening = name.find(['«', '„', '“', '"']);
                let quoted = opening.is_some();
                let name = opening.and_then(|at| name.get(at..)).unwrap_or(name);
                words::words(name).iter().any(|theirs| {
                    let naming = quoted || words::is_capitalised(theirs.text);
                    let theirs = theirs.text.to_lowercase();
                    naming
                        && place
                            .iter()
                            .any(|w| *w == theirs || names::same_stem(w, &theirs))
                })
            })
    });
    if let Some(named) = named {
        return Some(cast.of_named(named));
    }
    let [noun] = place.as_slice() else {
        return None;
    };
    // The noun of a body named with it in small letters, the body mentioned last: “У центрі
    // уточнили, що …” after “Озерянського міського центру зайнятості”.
    let heads = |name: &str| {
        words::words(name)
            .iter()
            .any(|w| !words::is_capitalised(w.text) && names::same_stem(noun, w.text))
    };
    if let Some(actor) = cast.last_other_that(|a| !a.is(ActorKind::Person) && a.names().any(heads))
    {
        return Some(actor);
    }
    if let Some(actor) = bare_organisation(noun, cast) {
        return Some(actor);
    }
    // An organisation's noun that recalls none the text named: “…, — отметили в мэрии”.
    let listed = |n: &str| n == noun || names::same_stem(noun, n);
    if let Some((nominative, kind)) = organisation_nouns().find(|(n, _)| listed(n)) {
        return Some(cast.found_or_added(nominative.to_string(), actor_kind(kind), paragraph));
    }
    let (nominative, _) = names::speaker_noun_in_a_case(noun)?;
    cast.described(nominative, paragraph)
}

/// “В прокуратуре Ленинского района Кирова”, “В мэрии Кирова”: a government's noun (of the
/// list `organisation noun` or `speaker noun`, in any case), then the words of where it governs,
/// is that authority, named by the whole phrase with its noun in the nominative — not the place.
fn authority_of_a_place(place: &[&str], cast: &mut Cast, paragraph: usize) -> Option<usize> {
    let (head, governed) = place.split_first()?;
    if governed.is_empty() || governed.iter().any(|w| w.contains(['«', '„', '“', '"'])) {
        return None;
    }
    let lower = head.to_lowercase();
    let government = ActorKind::Government.key();
    let nominative = organisation_nouns()
        .find(|(n, kind)| *kind == government && (*n == lower || names::same_stem(&lower, n)))
        .map(|(n, _)| n)
        .or_else(|| {
            names::speaker_noun_in_a_case(&lower)
                .filter(|(_, kind)| *kind == government)
                .map(|(n, _)| n)
        })?;
    let nominative = if words::is_capitalised(head) {
        words::with_capital(nominative)
    } else {
        nominative.to_string()
    };
    let name = format!("{nominative} {}", governed.join(" "));
    Some(cast.found_or_added(name, government, paragraph))
}

/// The organisation a noun of the list `organisation noun` recalls when written bare, in any
/// case, as languages without articles write it (“Комбінат заперечив”, “у компанії”).
fn bare_organisation(noun: &str, cast: &Cast) -> Option<usize> {
    let lower = noun.to_lowercase();
    let kind = organisation_noun_in_a_case(&lower)?;
    recalled(kind, cast)
}

/// The mentions, of a paragraph's (sorted and apart, as [`names::mentions`] finds them), that
/// start at `start` or after it: found by halves, as a long paragraph's every phrase looks.
pub fn starting_at(mentions: &[(Range<usize>, usize)], start: usize) -> &[(Range<usize>, usize)] {
    mentions
        .get(mentions.partition_point(|(r, _)| r.start < start)..)
        .unwrap_or(&[])
}

/// The mentions, of a paragraph's, that lie within `range`.
pub fn within(mentions: &[(Range<usize>, usize)], range: Range<usize>) -> &[(Range<usize>, usize)] {
    let after = starting_at(mentions, range.start);
    after
        .get(..after.partition_point(|(r, _)| r.end <= range.end))
        .unwrap_or(&[])
}

/// The speaker phrase without a participle and its agent opening it, and the agent's name in
/// apposition after them (the language's list `agent`): “Interrogé par la présidente du tribunal,
/// Anne-Laure Besnard, le prévenu” is about the defendant.
fn past_agent(text: &str, range: Range<usize>, mentions: &[(Range<usize>, usize)]) -> Range<usize> {
    let phrase = text.get(range.clone()).unwrap_or("");
    let found = words::words(phrase);
    let opens_with_agent = found.get(1).is_some_and(|w| AGENT.contains(w.text));
    let Some(comma) = phrase.find(", ").filter(|_| opens_with_agent) else {
        return range;
    };
    let mut start = range.start + comma + 2;
    // The agent's name in apposition: “…, Anne-Laure Besnard, …”.
    if let Some((name, _)) = starting_at(mentions, start)
        .first()
        .filter(|(r, _)| r.start == start)
    {
        if text
            .get(name.end..)
            .is_some_and(|after| after.starts_with(", "))
        {
            start = name.end + 2;
        }
    }
    if start < range.end {
        start..range.end
    } else {
        range
    }
}

/// Whether a speaker phrase names a document by an actor: “a report by the Office of Audits
/// released April 9”, “figures from the statistics office”, „ein Gutachten von Kessler &
/// Partner“, « le communiqué diffusé par l’entreprise », “звіт Рахункової палати”: a document
/// noun (the languages' `document` and `statement`), up to three words in small letters, then
/// the word that names its author (the language's `agent`, and English's “by”, “from”, “of”; not
/// a particle, « un rapport de 2023 »); or in a language whose nouns are in small letters, a name in
/// capitals right after the noun.
pub fn is_publication_by(phrase: &str) -> bool {
    author_of_publication(phrase).is_some()
}

/// Where the author of the document a speaker phrase names begins ([`is_publication_by`]):
/// after “by” in “a report by the Office of Audits”.
pub fn author_of_publication(phrase: &str) -> Option<usize> {
    let found = words::words(phrase);
    let capitals = !names::writes_nouns_with_capitals();
    let links = |w: &&words::Word| {
        let by = w.text.to_lowercase();
        AGENT.contains(&by) || ["by", "from", "of"].contains(&by.as_str())
    };
    found.iter().enumerate().find_map(|(i, work)| {
        if !is_cited_document(work.text) {
            return None;
        }
        let next = found.get(i + 1)?;
        let link = found
            .iter()
            .skip(i + 1)
            .take(4)
            .take_while(|w| !words::is_capitalised(w.text))
            .find(links);
        match link {
            Some(link) => Some(link.end),
            None => (capitals && words::is_capitalised(next.text)).then_some(next.start),
        }
    })
}

/// The document a phrase names, without its article, when the phrase opens on a document's noun
/// and a few words in small letters say which, or it stands alone without one: “l’ordonnance de
/// renvoi” → “ordonnance de renvoi”, “le registre du commerce et des sociétés”, „Laut
/// Anklageschrift“. Not one that names whose it is (“figures presented by the utility”, “un
/// sondage de l’institut Opinéo”) or what it counts (“a study of 40,000 patients”), nor one the
/// text named before (“el documento”).
pub fn document_named(phrase: &str) -> Option<String> {
    let phrase = phrase.trim();
    let found = words::words(phrase);
    let (first, rest) = found.split_first()?;
    let (from, noun, after) = match words::elided(first.text, &DETERMINERS) {
        Some((article, noun)) => (first.start + article.len(), noun, rest),
        None if DETERMINERS.contains(&first.text.to_lowercase()) => {
            let (next, after) = rest.split_first()?;
            (next.start, next.text, after)
        }
        None => (first.start, first.text, rest),
    };
    // „Laut Anklageschrift“: a document named without its article is no other one named before;
    // “according to reports” names none.
    let bare = from == first.start && after.is_empty() && words::is_capitalised(noun);
    let which = bare
        || !after.is_empty()
            && after.len() <= 6
            && !phrase.contains(|c: char| c.is_ascii_digit())
            && after
                .iter()
                .all(|w| !words::is_capitalised(w.text) && !AGENT.contains(&w.text.to_lowercase()));
    (is_cited_document(noun) && which)
        .then(|| phrase.get(from..).map(str::to_string))
        .flatten()
}

/// Whether a word is a document's noun (the language's list `document`), in a language whose
/// nouns are written with capitals also as the end of a longer one: „Sondergutachten“.
pub fn is_document(word: &str) -> bool {
    static DOCUMENTS: Words = Words::listed("document");
    is_noun_of(word, &DOCUMENTS)
}

/// Whether a word is a document's noun or a statement's (the language's list `statement`: “the
/// company's statement”, « le communiqué »), which a text cites as its source: “according to
/// the statement”.
pub(super) fn is_cited_document(word: &str) -> bool {
    static STATEMENTS: Words = Words::listed("statement");
    is_document(word) || is_noun_of(word, &STATEMENTS)
}

/// Whether a word is one of the nouns of `list`, or in a language whose nouns are written with
/// capitals ends one in a longer noun: „Sonderbericht“, „Pressemitteilung“.
fn is_noun_of(word: &str, list: &'static Words) -> bool {
    let lower = word.to_lowercase();
    list.contains(&lower)
        || (names::writes_nouns_with_capitals()
            && list
                .iter()
                .any(|noun| lower.len() > noun.len() + 2 && lower.ends_with(noun)))
}

/// Who a spokesperson (the language's list `spokesperson`) speaks for: “a spokeswoman for the
/// service” → “the service”, „ein Sprecher des Unternehmens“ → „des Unternehmens“, “the
/// ministry's spokesperson” → “the ministry”; in a language that joins words into one, the
/// word a spokesperson's noun ends: „eine Unternehmenssprecherin“ → „Unternehmen“.
fn spoken_for(phrase: &str) -> Option<String> {
    let trimmed = phrase.trim();
    let found = words::words(trimmed);
    let spokesperson = |w: &words::Word| is_spokesperson(w.text);
    if let Some(at) = found.iter().position(spokesperson) {
        let mut rest = found.get(at + 1..).unwrap_or(&[]);
        // Past “for”, “de”; not past an article in the genitive, „des Unternehmens“.
        if let Some((link, after)) = rest.split_first() {
            if LINKS.contains(&link.text.to_lowercase()) && !cues::is_determiner(link.text) {
                rest = after;
            }
        }
        if let Some(first) = rest.first() {
            return trimmed.get(first.start..).map(str::to_string);
        }
        // “The ministry's spokesperson”.
        let owner = trimmed.get(..found.get(at)?.start)?.trim_end();
        return ["’s", "'s"]
            .iter()
            .find_map(|possessive| owner.strip_suffix(possessive))
            .filter(|owner| !owner.is_empty())
            .map(str::to_string);
    }
    if !names::writes_nouns_with_capitals() {
        return None;
    }
    found.iter().find_map(|w| {
        let lower = w.text.to_lowercase();
        let prefix = SPOKESPEOPLE.iter().find_map(|noun| {
            lower
                .strip_suffix(noun)
                .filter(|prefix| prefix.chars().count() >= 3)
        })?;
        // Without the joining -s: „Gerichts|sprecher“.
        let joined = prefix.strip_suffix('s').filter(|p| p.chars().count() >= 3);
        Some(joined.unwrap_or(prefix).to_string())
    })
}

/// The kind of organisation (`company`, `government`…) that the first noun of the language's
/// list `organisation noun` which `matches` recalls.
pub(super) fn organisation_noun(matches: impl Fn(&str) -> bool) -> Option<&'static str> {
    organisation_nouns()
        .find(|(n, _)| matches(n))
        .map(|(_, kind)| kind)
}

/// The kind of organisation a noun of the list `organisation noun` written in any case recalls:
/// “компании”, “мэрии”.
pub(super) fn organisation_noun_in_a_case(lower: &str) -> Option<&'static str> {
    organisation_noun(|n| n == lower || names::same_stem(lower, n))
}

/// The kind of actor an organisation of the list `organisation noun`'s `kind` is: a
/// government's, else an organisation's (a company is one).
pub(super) fn actor_kind(kind: &str) -> &'static str {
    if kind == ActorKind::Government.key() {
        ActorKind::Government.key()
    } else {
        ActorKind::Organisation.key()
    }
}

/// The language's list `organisation noun`: each noun and the kind of organisation it recalls.
fn organisation_nouns() -> impl Iterator<Item = (&'static str, &'static str)> {
    static NOUNS: Words = Words::listed("organisation noun");
    NOUNS.iter().filter_map(|entry| entry.split_once('='))
}

/// “The company”, “the ministry”, „das Unternehmen“: the organisation of that sort the text
/// named last (the language's list `organisation noun`), or the one named last with that word in
/// its name (“the Front”, “the Alliance”).
fn definite_organisation(phrase: &str, cast: &Cast) -> Option<usize> {
    let lower = phrase.trim().to_lowercase();
    let noun = DETERMINERS.iter().find_map(|determiner| {
        let rest = lower.strip_prefix(determiner)?;
        if determiner.ends_with(['’', '\'']) {
            Some(rest)
        } else {
            rest.strip_prefix(' ')
        }
    })?;
    // A word of its name after the first, or the noun in small letters a name opens with: “the
    // council” is the “council of Northfield”.
    let by_word = cast.named.iter().rposition(|a| {
        !a.is(ActorKind::Person)
            && a.name.contains(' ')
            && a.names().any(|n| {
                let opening = usize::from(!n.starts_with(char::is_lowercase));
                words::words(n)
                    .iter()
                    .skip(opening)
                    .any(|w| w.text.to_lowercase() == noun)
            })
    });
    if let Some(i) = by_word.filter(|_| !noun.contains(' ')) {
        return Some(cast.of_named(i));
    }
    if let Some(actor) = ending_a_name(noun, cast).filter(|_| !noun.contains(' ')) {
        return Some(actor);
    }
    // In the genitive too, by the language's `name ending`: „des Unternehmens“; or a company by
    // its last word: “the oil company” (“the regional environment department” is a body of its
    // own).
    let head = noun.rsplit(' ').next().unwrap_or(noun);
    let company = organisation_noun(|n| n == head).filter(|kind| *kind == "company");
    let kind = organisation_noun(|n| n == noun || names::with_name_ending(noun, n)).or(company)?;
    recalled(kind, cast)
}

/// In a language that joins words into one, the organisation mentioned last with a word of its
/// name ending in `noun`, a genitive's -s or -es aside: „Gericht“, „des Gerichts“ for
/// „Landgericht Mannheim“, „Kammer“ for „Große Wirtschaftsstrafkammer“.
fn ending_a_name(noun: &str, cast: &Cast) -> Option<usize> {
    if !names::writes_nouns_with_capitals() || noun.chars().count() < 4 {
        return None;
    }
    let lower = noun.to_lowercase();
    let forms: Vec<&str> = [
        Some(lower.as_str()),
        lower.strip_suffix('s'),
        lower.strip_suffix("es"),
    ]
    .into_iter()
    .flatten()
    .filter(|form| form.chars().count() >= 4)
    .collect();
    cast.last_other_that(|actor| {
        !actor.is(ActorKind::Person)
            && actor.names().any(|name| {
                words::words(name).iter().any(|w| {
                    let theirs = w.text.to_lowercase();
                    forms.iter().any(|form| theirs.ends_with(form))
                })
            })
    })
}

/// The organisation a noun of `kind` (of the list `organisation noun`) recalls.
fn recalled(kind: &str, cast: &Cast) -> Option<usize> {
    // “The company”, „das Unternehmen“: a company the text names by its legal name, the one
    // mentioned last if it is one, else the only one.
    if kind == "company" {
        let company = |i: usize| cast.named(i).is_some_and(|a| names::is_company(&a.name));
        let companies: Vec<usize> = (1..=cast.named.len()).filter(|&i| company(i)).collect();
        let last = cast.last_other.filter(|&i| company(i));
        if let Some(actor) = last.or(match companies.as_slice() {
            [only] => Some(*only),
            _ => None,
        }) {
            // The company that issues a press release is the writer.
            return Some(cast.of_named(actor - 1));
        }
        if cast.issuer.is_some() {
            return Some(WRITER);
        }
    }
    let kinds: &[ActorKind] = if kind == ActorKind::Government.key() {
        &[ActorKind::Government, ActorKind::State]
    } else {
        &[
            ActorKind::Organisation,
            ActorKind::ArmedGroup,
            ActorKind::Media,
        ]
    };
    let actor = cast.last_other?;
    if actor == WRITER {
        // “The company said” in a press release: the issuer, whose voice the release is.
        return (cast.issuer.is_some() && kinds.contains(&ActorKind::Organisation))
            .then_some(WRITER);
    }
    // The last of that kind, though another was mentioned since; a company by its legal name is
    // no union or ministry: “le syndicat” after the CGT and the group.
    cast.last_other_that(|a| kinds.iter().any(|&kind| a.is(kind)) && !names::is_company(&a.name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::names;

    fn speaker_of(text: &str, phrase: &str) -> String {
        let paragraphs = vec![text.to_string()];
        let named = names::find(&paragraphs, &[], &[]);
        let mut cast = Cast::new(&[], named, false);
        let at = text.rfind(phrase).expect("the phrase is in the text");
        let mentions = names::mentions(text, &cast.named);
        let found = speaker(text, at..at + phrase.len(), &mentions, &mut cast, 0);
        match found {
            WRITER => "writer".to_string(),
            i => cast.named(i).map(|a| a.name.clone()).unwrap_or_default(),
        }
    }

    #[test]
    fn a_spokesperson_speaks_for_whom_they_represent() {
        let text = "The Coastal Rescue Service sent two boats. A spokesman for the service said the crew were safe.";
        assert_eq!(
            speaker_of(text, "A spokesman for the service"),
            "Coastal Rescue Service"
        );
        let text = "The Harbour Board met. The board's spokeswoman said little.";
        assert_eq!(speaker_of(text, "The board's spokeswoman"), "Harbour Board");
    }

    #[test]
    fn the_office_a_person_was_named_with_stands_for_them() {
        let text = "Finance Minister Oskar Lind spoke first. Prices will fall, the minister said.";
        assert_eq!(speaker_of(text, "the minister"), "Oskar Lind");
    }

    #[test]
    fn the_last_word_of_an_organisations_name_stands_for_it() {
        let text = "The Western Farmers Alliance marched. The Alliance said prices were too low.";
        assert_eq!(speaker_of(text, "The Alliance"), "Western Farmers Alliance");
    }

    #[test]
    fn plural_speakers_in_small_letters_are_people() {
        let text = "The market opened. Dockers said the catch was poor.";
        assert_eq!(speaker_of(text, "Dockers"), "dockers");
        assert_eq!(speaker_of(text, "The market"), "writer");
    }

    proptest::proptest! {
        /// The mentions found by halves are those a reading of them all in order finds.
        #[test]
        fn mentions_by_halves_are_those_read_in_order(
            lengths in proptest::collection::vec((0usize..4, 1usize..4), 0..12),
            start in 0usize..40,
            length in 0usize..20,
        ) {
            // Sorted and apart, as `names::mentions` gives them.
            let mut at = 0;
            let mentions: Vec<(Range<usize>, usize)> = lengths
                .iter()
                .enumerate()
                .map(|(i, &(gap, long))| {
                    at += gap;
                    let mention = (at..at + long, i);
                    at += long;
                    mention
                })
                .collect();
            let range = start..start + length;
            let in_order: Vec<_> = mentions
                .iter()
                .filter(|(r, _)| r.start >= range.start && r.end <= range.end)
                .cloned()
                .collect();
            proptest::prop_assert_eq!(within(&mentions, range.clone()), &in_order[..]);
            let after: Vec<_> = mentions.iter().filter(|(r, _)| r.start >= start).cloned().collect();
            proptest::prop_assert_eq!(starting_at(&mentions, start), &after[..]);
        }
    }
}
