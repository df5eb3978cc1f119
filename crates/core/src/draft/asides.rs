//! Asides inside a clause that are claims of the writer's own: a speaker's apposition (“White
//! Rex, the leader of the LSR, said …”, “His barrister, Simon Ferris, said …”, “…,” said Marta
//! Oksanen, director of the port authority) and an explanation in brackets (“Crimea (controlled
//! by Russia since 2014)”).

use std::ops::Range;

use super::cues;
use super::names;
use super::sentences;
use super::words::{self, is_acronym, Words, PARTICLES};

/// A speaker's apposition as a claim of its own: “White Rex, the leader of the LSR”, “Owen
/// Price, who led the investigation”, “Zoë van der Berg, president of the Observatory”, or the
/// description first: “His barrister, Simon Ferris”. The words before the comma must be a name
/// (“For instance, the Legion …” is no apposition), after the connectives that may open the
/// sentence (“Additionally, ”).
pub fn apposition(text: &str, speaker: Range<usize>) -> Option<Range<usize>> {
    static CONNECTIVES: Words = Words::new("Additionally|However|But|And|Also|Meanwhile");
    let words_here = text.get(speaker.clone())?;
    let comma = words_here.find(", ")?;
    let rest = words_here.get(comma + 2..)?;
    let after = words::words(rest);
    // “Ana Ruiz, head of the union”, “Henrike Vollmer, Analystin beim Bankhaus …”.
    let office = after
        .iter()
        .take(4)
        .skip(1)
        .any(|w| is_or_elides(w.text, &OFFICE_LINKS))
        && after
            .first()
            .is_some_and(|w| !is_or_elides(w.text, &OFFICE_LINKS));
    // “Marcus Ellery, Halcyon's chief executive”.
    let owner_office = after.first().is_some_and(|w| is_possessive(w.text))
        && after
            .get(1)
            .is_some_and(|w| w.text.starts_with(char::is_lowercase));
    let described = after
        .first()
        .is_some_and(|w| is_or_elides(w.text, &DETERMINERS) || is_or_elides(w.text, &RELATIVES))
        || office
        || owner_office;
    let before = words::words(words_here.get(..comma)?);
    // The name up to its own comma (“Son avocat, Me Olivier Da Silva, qui représente …”), a
    // party in brackets after it aside (“Bertrand Lheureux (Agir pour Valbrême)”).
    let named = rest.split(", ").next().unwrap_or(rest);
    let named = words::words(named.split(" (").next().unwrap_or(named));
    if described_first(&before, &after) || described_first(&before, &named) {
        return Some(closing_bracket(text, speaker));
    }
    // A phrase opening the sentence before the subject: “Dans l’opposition, le chef de file …”.
    let opening = before.len() >= 2
        && before
            .iter()
            .skip(1)
            .all(|w| !words::is_capitalised(w.text));
    if opening && rest.contains(", ") {
        return apposition(text, speaker.start + comma + 2..speaker.end);
    }
    let name: Vec<&words::Word> = before
        .iter()
        .skip_while(|w| CONNECTIVES.contains(w.text))
        .collect();
    let is_name = !name.is_empty()
        && name
            .iter()
            .all(|w| words::is_capitalised(w.text) || PARTICLES.contains(w.text));
    let name_start = name.first().map_or(0, |w| w.start);
    (described && is_name && after.len() >= 2).then(|| speaker.start + name_start..speaker.end)
}

/// `range` with the bracket it leaves open closed: “Bertrand Lheureux (Agir pour Valbrême)”.
fn closing_bracket(text: &str, range: Range<usize>) -> Range<usize> {
    let open = text
        .get(range.clone())
        .is_some_and(|here| here.matches('(').count() > here.matches(')').count());
    let closes = text
        .get(range.end..)
        .is_some_and(|after| after.starts_with(')'));
    if open && closes {
        range.start..range.end + 1
    } else {
        range
    }
}

/// Words that open a description (“the”, „der“, “son”), in the text's language.
static DETERMINERS: Words = Words::listed("determiner");
/// Pronouns that open a relative clause (“who”, “qui”, “який”).
static RELATIVES: Words = Words::listed("relative");
/// Words that tie an office to its place (“of”, “at”, “de”, „beim“).
static OFFICE_LINKS: Words = Words::listed("office link");

/// Whether `word`, in small letters, is an entry of `list`, or opens with one written with an
/// apostrophe (“l’adjoint”, “d’Hydrolia”).
pub(super) fn is_or_elides(word: &str, list: &'static Words) -> bool {
    list.contains(&word.to_lowercase()) || words::elided(word, list).is_some()
}

/// Whether a word is a possessive: “Halcyon's”, “Brandt’s”.
fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// A clause's subject written as a description, then a name between commas, whatever its verb:
/// “El alcalde, Ernesto Galindo Marín, presentó …”, “Her lawyer, Ana Ruiz, filed …”. The
/// description and the name are a claim of the writer's own.
pub fn described_subject(text: &str, clause: &std::ops::Range<usize>) -> Option<Range<usize>> {
    let here = text.get(clause.clone())?;
    let comma = here.find(", ")?;
    let before = words::words(here.get(..comma)?);
    let rest = here.get(comma + 2..)?;
    let close = rest.find(", ")?;
    let name = words::words(rest.get(..close)?);
    let named = (2..=5).contains(&name.len()) && name.iter().all(|w| words::is_capitalised(w.text));
    let start = before.first()?.start;
    (named && described_first(&before, &name))
        .then(|| clause.start + start..clause.start + comma + 2 + close)
}

/// “His barrister, Simon Ferris”, “The company's founder, Ana Ruiz”, “le directeur du site,
/// Thierry Lemoine”, “Brandt’s attorney, Lorraine Pike”: a description opened by a determiner or
/// a possessive, then a name and nothing more.
fn described_first(before: &[words::Word], after: &[words::Word]) -> bool {
    let opened = before
        .first()
        .is_some_and(|w| is_or_elides(w.text, &DETERMINERS) || is_possessive(w.text));
    let description = before
        .iter()
        .any(|w| w.text.starts_with(char::is_lowercase) && !is_or_elides(w.text, &DETERMINERS));
    let name = after.len() >= 2 && after.iter().all(|w| words::is_capitalised(w.text));
    // An acronym in brackets after a name in it is no more words of it: „Der frühere
    // Geschäftsführer der Stadtwerke Auental GmbH (SWA)“.
    let acronyms = before.iter().filter(|w| is_acronym(w.text)).count();
    opened && description && before.len() - acronyms <= 7 && name
}

/// A speaker's apposition written after the name, with or without an article: “…,” said Marta
/// Oksanen, director of the port authority; “Ana Ruiz, an analyst at Carrow, said”. The claim
/// runs from the name to the description's end (the next comma, or the clause's end).
pub fn apposition_after(
    text: &str,
    speaker: Range<usize>,
    clause_end: usize,
) -> Option<Range<usize>> {
    let name = text.get(speaker.clone())?;
    if name.contains(',') || !name.starts_with(char::is_uppercase) {
        return None;
    }
    let after = text.get(speaker.end..clause_end)?;
    let rest = after.strip_prefix(", ")?;
    let length = rest.find(',').unwrap_or(rest.len());
    let description = rest.get(..length)?.trim_end_matches(['.', ';']);
    let found = words::words(description);
    // Not how it was said: “—dijo Benavídez, con la voz quebrada” (but “…, from the charity
    // Shelter”).
    let how = found
        .first()
        .is_some_and(|w| super::attribution::PREPOSITIONS.contains(w.text))
        && !found.iter().any(|w| words::is_capitalised(w.text));
    let opens = found.first().is_some_and(|w| {
        is_or_elides(w.text, &DETERMINERS) || w.text.starts_with(char::is_lowercase) && !how
    });
    // „Henrike Vollmer, Analystin beim Bankhaus …“: an office tied to its place.
    let offices = found
        .iter()
        .take(5)
        .any(|w| is_or_elides(w.text, &OFFICE_LINKS));
    // No verb of speech, but for a noun its article or a link makes one: « l’avocat du
    // prévenu ».
    let verb = found.iter().enumerate().any(|(i, w)| {
        cue_word(w.text)
            && !i
                .checked_sub(1)
                .and_then(|k| found.get(k))
                .is_some_and(|before| {
                    is_or_elides(before.text, &DETERMINERS)
                        || is_or_elides(before.text, &OFFICE_LINKS)
                })
    });
    (found.len() >= 3 && (opens || offices) && !verb)
        .then(|| speaker.start..speaker.end + 2 + description.len())
}

/// The appositions of the names at `names` anywhere in a clause, each a claim of the writer's
/// own: the name, then descriptions between commas (“contre Grégory Vasseur, 47 ans, gérant de
/// la SARL Thermiconfort, poursuivi …”, “à Frigoríficos del Atlántico S.A.U., filial del grupo
/// portugués Nortemar SGPS, por …”), or a description opened by a determiner, then the name
/// ending the phrase (“balayé par la procureure, Nathalie Ferrand.”, “a indiqué son conseil, Me
/// Claire Aubertin.”).
pub fn appositions(text: &str, clause: &Range<usize>, names: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for name in names
        .iter()
        .filter(|n| n.start >= clause.start && n.end <= clause.end)
    {
        let mut end = name.end;
        // Each description between commas after the name, while there is one.
        while let Some(rest) = text.get(end..clause.end).and_then(|r| r.strip_prefix(", ")) {
            let length = rest.find(", ").unwrap_or(rest.len());
            let segment = rest
                .get(..length)
                .unwrap_or("")
                .trim_end_matches(['.', ';', ')']);
            if is_relative_clause(segment) {
                // “…, der wegen Beihilfe mitangeklagt ist, …”: the clause alone.
                found.push(end + 2..end + 2 + segment.len());
                break;
            }
            if !is_description(segment) {
                break;
            }
            end += 2 + segment.len();
        }
        if end > name.end {
            found.push(name.start..end);
            continue;
        }
        if let Some(start) = description_before(text, clause.start, name.start) {
            let closes = text
                .get(name.end..clause.end)
                .is_some_and(|after| after.is_empty() || after.starts_with([',', '.', ';', ')']));
            if closes {
                found.push(start..name.end);
            }
        }
    }
    found
}

/// Whether the words between two commas describe the name before them: an age (“47 ans”,
/// „58 Jahre“), a phrase opened by a determiner (“la filiale roumaine du groupe”), or an office
/// tied to its place (“gérant de la SARL Thermiconfort”, “filial del grupo portugués …”); a few
/// words, no verb of speech among them.
fn is_description(segment: &str) -> bool {
    let found = words::words(segment);
    let Some(first) = found.first() else {
        return false;
    };
    let age = found.len() == 2 && first.text.chars().all(|c| c.is_ascii_digit());
    // In a language that writes nouns with capitals, a description ends on its noun or a name:
    // „der frühere Geschäftsführer der SWA“, not „der im Anzug saß“, a relative clause.
    let ends_on_noun = !names::writes_nouns_with_capitals()
        || found.last().is_some_and(|w| words::is_capitalised(w.text));
    let determined = is_or_elides(first.text, &DETERMINERS) && found.len() >= 2 && ends_on_noun;
    // An office and where it is held: “gérant de la SARL …”, “analyste chez …”.
    let office = first.text.starts_with(char::is_lowercase)
        && !is_or_elides(first.text, &DETERMINERS)
        && found
            .get(1)
            .is_some_and(|w| is_or_elides(w.text, &OFFICE_LINKS));
    (age || determined || office)
        && found.len() <= 10
        && !segment.contains(['«', '»', '“', '”', '„', '"'])
        && !found
            .iter()
            .any(|w| cue_word(w.text) || cues::is_that(w.text) || is_or_elides(w.text, &RELATIVES))
}

/// Whether the words between two commas after a name are a relative clause about it: opened by
/// a relative pronoun (“якого обвинувачують …”, “qui a demandé …”), or in a language that writes
/// nouns with capitals by an article and ending on a verb („der wegen Beihilfe zur Untreue
/// mitangeklagt ist“); a few words, no quotation.
fn is_relative_clause(segment: &str) -> bool {
    let found = words::words(segment);
    let Some((first, last)) = found.first().zip(found.last()) else {
        return false;
    };
    let pronoun = is_or_elides(first.text, &RELATIVES);
    let german = names::writes_nouns_with_capitals()
        && is_or_elides(first.text, &DETERMINERS)
        && last.text.starts_with(char::is_lowercase);
    (pronoun || german)
        && (3..=16).contains(&found.len())
        && !segment.contains(['«', '»', '“', '”', '„', '"'])
        && !found.iter().any(|w| cue_word(w.text))
}

/// Where a description opened by a determiner starts before the name at `name_start`, with a
/// comma and at most titles between: “la procureure, Nathalie Ferrand”, “son conseil, Me Claire
/// Aubertin”. A few words in small letters, none a verb of speech.
fn description_before(text: &str, from: usize, name_start: usize) -> Option<usize> {
    let before = text.get(from..name_start)?;
    let comma = before.rfind(", ")?;
    // Titles are short, and the description's five words are read from the comma back: a long
    // clause is not read again for each of its names.
    let titles = before.get(comma + 2..)?;
    if titles.len() > 100 {
        return None;
    }
    let between = words::words(titles);
    if !between.iter().all(|w| names::is_title(w.text)) {
        return None;
    }
    let head = before.get(..comma)?;
    let near = words::last_chars(head, 200);
    let start = head.len() - near.len();
    let phrase = words::words(near);
    let opening = phrase
        .iter()
        .rev()
        .take(5)
        .position(|w| is_or_elides(w.text, &DETERMINERS))?;
    let described = phrase.get(phrase.len() - 1 - opening..)?;
    let small = described
        .iter()
        .skip(1)
        .all(|w| w.text.starts_with(char::is_lowercase) && !cue_word(w.text));
    (described.len() >= 2 && small).then(|| from + start + described.first().map_or(0, |w| w.start))
}

/// A verb of speech or denial, which ends a description: “X, head of Y, said”.
fn cue_word(word: &str) -> bool {
    cues::is_speech(word) || cues::is_denial(word)
}

/// A speaker's office written before their name, a claim of the writer's own: “депутатка
/// міської ради Наталія Гордієнко”, “глава города Игорь Сидоренко”, “Seidls Sprecherin Nadine
/// Fuchs”, “TDOT Director Paul Vasquez”. `name` is where the speaker's name stands in the phrase
/// `speaker`; what comes before it is an office when it is a few words, none a verb, with one in
/// small letters or more than one, and more than titles alone or a definite article and one title
/// (“Mr”, “Dr”, „Vorstandschef Dr.“, „Der Landrat“).
pub fn office_before(
    text: &str,
    speaker: Range<usize>,
    name: Range<usize>,
) -> Option<Range<usize>> {
    if name.start <= speaker.start || name.end > speaker.end {
        return None;
    }
    let before = text.get(speaker.start..name.start)?;
    let found = words::words(before);
    let small = found.iter().any(|w| w.text.starts_with(char::is_lowercase));
    // „Der Landrat“: a definite article and one title (not „Der Vorsitzende Richter“, nor
    // a possessive's relation, „Seine Verteidigerin“).
    let article_and_title = matches!(&found[..], [article, title]
        if super::speakers::is_definite(article.text) && names::is_title(title.text));
    // Not where it was said: “— говорится в заявлении МИД России”.
    let statement = matches!(&found[..], [preposition, document, ..]
        if super::attribution::PREPOSITIONS.contains(&preposition.text.to_lowercase())
            && super::speakers::is_cited_document(document.text));
    let office = (1..=7).contains(&found.len())
        && !statement
        && (small || found.len() >= 2)
        && !found.iter().all(|w| names::is_title(w.text))
        && !article_and_title
        && !found.iter().any(|w| cue_word(w.text))
        && !before.contains([';', ':', '(', '«', '“', '"']);
    let start = found.first()?.start;
    office.then(|| speaker.start + start..name.end)
}

/// Explanations in brackets inside a clause that assert something of their own: “Crimea
/// (controlled by Russia since 2014)”. Citations and acronyms are not.
pub fn glosses(text: &str, clause: &Range<usize>, citations: &[Range<usize>]) -> Vec<Range<usize>> {
    sentences::nested_spans(text)
        .into_iter()
        .filter(|span| span.start >= clause.start && span.end <= clause.end + 1)
        .filter(|span| text.get(span.start..).is_some_and(|s| s.starts_with('(')))
        .filter(|span| !citations.contains(span))
        .filter_map(|span| {
            let inside = span.start + 1..span.end.saturating_sub(1);
            let gloss = text.get(inside.clone())?;
            let opens_small = gloss.chars().next().is_some_and(char::is_lowercase);
            (opens_small && words::words(gloss).len() >= 3).then_some(inside)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_apposition_after_a_quoted_speaker_is_the_writers_claim() {
        let text = "“We are ready,” said Ana Ruiz, head of the Dockers Union. She left.";
        let start = text.find("Ana").unwrap();
        let found = apposition_after(text, start..start + 8, text.find('.').unwrap());
        assert_eq!(&text[found.unwrap()], "Ana Ruiz, head of the Dockers Union");
        let text = "“We are ready,” said Ana Ruiz, who said so.";
        let start = text.find("Ana").unwrap();
        assert_eq!(
            apposition_after(text, start..start + 8, text.len() - 1),
            None
        );
    }
}
