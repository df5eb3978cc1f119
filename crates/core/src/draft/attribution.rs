//! Who asserts a clause, and what sort of assertion it is, from the cues of reported speech:
//! “X said (that) …”, “…, X said”, “…, said X”, “according to X, …”, “X told Y …”, “X denied …”,
//! “X argued / claimed / warned / confirmed / described … as …”, a quotation with its speaker,
//! and the nominal forms “the claims by X about …”, “X’s description of …”. A clause with no cue
//! is the writer's own: an `assessment` when its wording evaluates (“aims to”, “demonstrates”,
//! “possible”) or speaks in the first person, a `report` otherwise.
//!
//! The rules find where the speaker is written; the drafter resolves it to an actor.

use super::words::Words;
use std::borrow::Cow;
use std::ops::Range;

use crate::model::ClaimKind;

use super::cues;
use super::names::{speaker_noun_in_a_case, speaker_noun_kind};
use super::sentences::{self, quotations, Merged};
use super::speakers;
use super::words::{is_capitalised, words, Word, PARTICLES};

/// Who is said to assert a clause, as the text writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// No one but the writer.
    Writer,
    /// The words naming the speaker: “White Rex, the leader of the LSR”, “he”, “the mayor”.
    Named(Range<usize>),
    /// The clause opens on its cue (“denying the claims …”, “and warned …”): the speaker of the
    /// clause before.
    Before,
    /// The clause goes on reporting in the mood of indirect speech (“Die Messtrupps seien …”):
    /// the last speaker, in this sentence or the one before.
    Reporting,
    /// The verb alone after what was said, its subject left out (“—Nos quedamos aquí —dijo.”,
    /// “— …, — додав.”): who spoke last, else the last person named.
    Implied,
}

/// The attribution of one clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub speaker: Speaker,
    pub kind: ClaimKind,
    /// What the claim quotes: the reported words when a cue frames them, else the whole clause.
    pub quote: Range<usize>,
    /// The words between the speaker and what is said (“told the BBC”), where a cited outlet
    /// may stand.
    pub cue: Range<usize>,
}

/// Verbs whose object is what was said, so the claim quotes only that: “said (that) …”.
static FRAMING: Words = Words::listed("framing");

/// Whether `verb` frames what was said after it (the language's list `framing`): “said”,
/// „sagte“ — not a verb of asking someone to act, „forderte … auf“.
pub(super) fn frames_what_was_said(verb: &str) -> bool {
    FRAMING.contains(&verb.to_lowercase())
}

/// Whether a word, in any case, makes the participle after it the clause's verb: “has said”,
/// “a déclaré”, with an elided pronoun before it: « Le maire l’a dit ».
fn is_auxiliary(word: &Word) -> bool {
    let lower = word.text.to_lowercase();
    cues::is_auxiliary(&lower)
        || super::words::elided(&lower, &DETERMINERS)
            .is_some_and(|(_, rest)| cues::is_auxiliary(rest))
}

/// Whether word `i` opens its clause, its “that” right after it or after a word or two of when,
/// in a language whose verbs the drafter knows by their endings (the list `conjugation`), which
/// leaves the subject out: “Añadió que …”, “Aseguró además que …”. Where it does not, such a
/// verb is rarely the speaker's (“Говорить, что …”).
fn opens_with_its_verb(all: &[Word], i: usize) -> bool {
    static CONJUGATION: Words = Words::listed("conjugation");
    let when = |w: &Word| TIME_WORDS.contains(&w.text.to_lowercase());
    i == 0
        && CONJUGATION.iter().next().is_some()
        && (1..=3)
            .find(|&k| all.get(k).is_some_and(|w| !when(w)))
            .and_then(|k| all.get(k))
            .is_some_and(|that| cues::is_that(that.text))
}

/// A verb without the pronoun French writes after it, its subject: « précise » of « précise-t-il »,
/// « ajoute » of « ajoute-t-elle ».
fn without_inverted_pronoun(word: &str) -> &str {
    ["-t-il", "-t-elle", "-il", "-elle"]
        .iter()
        .find_map(|pronoun| word.strip_suffix(pronoun))
        .filter(|verb| !verb.is_empty())
        .unwrap_or(word)
}

/// Whether a word is an auxiliary, or one with the pronoun French writes after it: « a-t-il ».
fn is_auxiliary_inverted_or_not(word: &Word) -> bool {
    let lower = word.text.to_lowercase();
    cues::is_auxiliary(&lower) || lower.split('-').next().is_some_and(cues::is_auxiliary)
}

/// Whether only spaces stand between word `i` and the word before it, as between an auxiliary
/// and its participle.
fn joined(text: &str, all: &[Word], i: usize) -> bool {
    gap_before(text, all, i).chars().all(char::is_whitespace)
}

/// Object pronouns written before the verb (the language's list `clitic`), though many are
/// articles too: “Alvarado la calificó de …”.
static CLITICS: Words = Words::listed("clitic");

/// Whether a word is an object pronoun written before its verb (see [`CLITICS`]).
fn is_clitic(word: &Word) -> bool {
    CLITICS.contains(&word.text.to_lowercase())
}

/// How many of the first words say when or how something was said (see [`TIME_WORDS`]): “mardi
/// soir”, “este lunes”.
fn words_of_when(phrase: &[Word]) -> usize {
    phrase
        .iter()
        .take_while(|w| TIME_WORDS.contains(&w.text.to_lowercase()))
        .count()
}

/// Words after which a cue word is part of a passive (“was reported”, « a été déclaré », “ha
/// sido anunciado”) or a noun (“the claims”).
static NOT_BEFORE_A_CUE: Words = Words::new("was|were|is|are|been|be|being|so|to|été|sido");

/// The attribution of the clause `clause` of `text`.
pub fn attribute(text: &str, clause: Range<usize>) -> Attribution {
    let all = clause_words(text, &clause);
    let quoted = Merged::of(&quotations(text));
    let outside = |w: &Word| !quoted.covers(&(w.start..w.end));
    let is_cue = |&(i, w): &(usize, &Word)| {
        // In small letters, where a capital only opens the clause and its “that” follows at
        // once: “Añadió que …” (not « Interrogé sur ce point, le maire … »).
        let opens = opens_with_its_verb(&all, i);
        // Or without the pronoun it carries, closing the clause: « …», précise-t-elle » (not
        // an aside: « La ville, précise-t-elle, va investir … »).
        let verb: Cow<str> = if opens {
            w.text.to_lowercase().into()
        } else if i + 1 == all.len() {
            without_inverted_pronoun(w.text).into()
        } else {
            w.text.into()
        };
        outside(w)
            && (cues::is_speech(&verb)
                || cues::is_denial(&verb)
                || is_referred(&all, i)
                || finds_that(text, &all, i))
            && is_verb_here(&all, i)
    };
    // A cue that ends the clause after a comma and its speaker goes before one inside what was
    // said: “The sweeps would tell owners whether theirs passed, she added.”
    // Not one after a cue whose “that” opens what was said: “Ms Pike said that after the vote,
    // Mr Hale denied it.”
    // A finding is reported by whoever speaks after it and a comma: „Die Obduktion ergab, dass
    // …, teilte die Staatsanwaltschaft mit.“, “Los datos muestran que …, afirmó la ministra”.
    // (A verb of speech too, “reported”, reports it itself.)
    let finding =
        |verb: &Word| FINDING.contains(&verb.text.to_lowercase()) && !cues::is_speech(verb.text);
    let first_cue = all.iter().enumerate().find(is_cue).and_then(|(at, verb)| {
        let reported = (finding(verb))
            .then(|| {
                all.iter().enumerate().skip(at + 1).find(|(k, w)| {
                    // Its clause opens a few words before it, at a comma, with no “who” or
                    // “that” between: not “…, including many who said …”.
                    let comma = (at + 1..=*k)
                        .rev()
                        .take(6)
                        .find(|&i| gap_before(text, &all, i).contains(','));
                    let own_clause = comma.is_some_and(|c| {
                        all.get(c..*k)
                            .unwrap_or(&[])
                            .iter()
                            .all(|w| !speakers::is_relative(w.text) && !cues::is_that(w.text))
                    });
                    is_cue(&(*k, *w)) && !finding(w) && own_clause
                })
            })
            .flatten();
        reported.or(Some((at, verb)))
    });
    let says_that = first_cue
        .is_some_and(|(at, verb)| !finding(verb) && that_after_cue(text, &all, at).is_some());
    let closing = all.iter().enumerate().rfind(is_cue).filter(|&(at, _)| {
        (ends_with_speaker(text, &all, at) || closes_with_speaker_after(text, &all, at))
            && !says_that
    });
    let cue = closing.or(first_cue);
    if let Some(opinion) = opinion_of(&clause, &all).or_else(|| view_of(text, &clause, &all)) {
        return opinion;
    }
    let according = own_account(text, &clause, &all)
        .or_else(|| according_to(text, &clause, &all))
        .or_else(|| as_said(text, &clause, &all));
    // A verb inside the phrase (“як зазначили в ДСНС”) is the phrase's, not a cue of its own.
    let in_phrase = |verb: &Word| {
        let lower = verb.text.to_lowercase();
        ACCORDING
            .iter()
            .any(|p| p.contains(' ') && p.split(' ').any(|w| w == lower))
    };
    let cue = cue.filter(|&(at, verb)| {
        according
            .as_ref()
            .is_none_or(|a| a.cue.start > all.get(at).map_or(0, |w| w.start) && !in_phrase(verb))
    });
    let Some((at, verb)) = cue else {
        return aside_of_speech(text, &clause, &all, &quoted)
            .or(according)
            .or_else(|| introduced(text, &clause, &all))
            .unwrap_or_else(|| without_cue(&clause, &all));
    };
    let kind = if cues::is_denial(&without_inverted_pronoun(verb.text).to_lowercase()) {
        ClaimKind::Denial
    } else {
        ClaimKind::Statement
    };
    if let Some(aside) = aside_between_commas(text, &clause, &all, at, kind) {
        return aside;
    }
    if let Some(inverted) = verb_second(text, &clause, &all, at, kind) {
        return inverted;
    }
    // « … », précise-t-il: the pronoun the verb carries is who said all before it, up to its
    // closing mark.
    if without_inverted_pronoun(verb.text) != verb.text && at > 0 && at + 1 == all.len() {
        let gap = gap_before(text, &all, at);
        let kept = gap.rfind(['»', '”', '“', '"']).map_or(0, |mark| {
            mark + gap
                .get(mark..)
                .and_then(|g| g.chars().next())
                .map_or(0, char::len_utf8)
        });
        let said_end = verb.start - gap.len() + kept;
        return Attribution {
            speaker: Speaker::Implied,
            kind,
            quote: clause.start..said_end,
            cue: verb.start..verb.end,
        };
    }
    match speaker_after(text, &all, at) {
        Some(s) => postposed(text, &clause, &all, s, at, verb, kind),
        None => preposed(text, &clause, &all, at, kind),
    }
}

/// An aside between dashes inside a quotation, of a verb of speech and who said it (or no one,
/// the speaker before), as Spanish writes it: the whole quotation is theirs. “«Llevamos tres
/// años denunciándolo —dijo Carrascal—. Hoy lo dice el Consejo de Cuentas»”, “«… —lamentó—. …»”.
fn aside_of_speech(
    text: &str,
    clause: &Range<usize>,
    all: &[Word],
    quoted: &Merged,
) -> Option<Attribution> {
    let dash_before = |j: usize| match all.get(j) {
        Some(_) => gap_before(text, all, j).contains(DASHES),
        None => all
            .last()
            .and_then(|last| text.get(last.end..))
            .is_some_and(|after| after.trim_start().starts_with(DASHES)),
    };
    (1..all.len()).find_map(|at| {
        let verb = all.get(at)?;
        let denial = cues::is_denial(verb.text);
        let opens = dash_before(at)
            && quoted.covers(&(verb.start..verb.end))
            && (cues::is_speech(verb.text) || denial);
        if !opens {
            return None;
        }
        // The dash closing it within thirteen words: a speaker's office may take most of them
        // («…, — говорит доцент кафедры экономической теории Приозёрского государственного
        // университета Елена Гладышева. — …»).
        let close = (at + 1..=at + 14).find(|&j| j <= all.len() && dash_before(j))?;
        let said_by = all.get(at + 1..close)?;
        let speaker = match said_by {
            [] => Speaker::Implied,
            [first, .., last] => Speaker::Named(first.start..last.end),
            [only] => Speaker::Named(only.start..only.end),
        };
        let aside_end = said_by.last().map_or(verb.end, |w| w.end);
        Some(Attribution {
            speaker,
            kind: if denial {
                ClaimKind::Denial
            } else {
                ClaimKind::Statement
            },
            quote: clause.clone(),
            cue: verb.start..aside_end,
        })
    })
}

/// The marks that open or close a quotation.
const QUOTATION_MARKS: [char; 6] = ['«', '»', '“', '”', '„', '"'];

/// A verb of speech and its speaker set between two commas after the first words of what was
/// said, in either order: “The cut, Mayor John Smith stressed, was never discussed”, „Die
/// Kürzung, betonte Claudia Wyrsch, sei nie besprochen worden“, “Экономия как цель, подчеркнул
/// Ерёмкин, «даже не обсуждалась»”. The whole clause is theirs. Up to eight words open it, as
/// a subject does: a longer opening is a clause said on its own (“…, Smith said, after …”).
fn aside_between_commas(
    text: &str,
    clause: &Range<usize>,
    all: &[Word],
    at: usize,
    kind: ClaimKind,
) -> Option<Attribution> {
    static RELATIVES: Words = Words::listed("relative");
    // A comma alone, maybe beside a quotation mark: “…, подчеркнул Ерёмкин, «даже …»”.
    let comma_before = |i: usize| {
        let gap = gap_before(text, all, i);
        gap.trim_matches(|c: char| c.is_whitespace() || QUOTATION_MARKS.contains(&c)) == ","
    };
    let verb = all.get(at)?;
    // With its auxiliary: « …, a souligné le maire, … ».
    let head = match at.checked_sub(1) {
        Some(aux) if all.get(aux).is_some_and(is_auxiliary) => aux,
        _ => at,
    };
    // The speaker after the verb (“, betonte Claudia Wyrsch,”) or before it (“, Smith said,”).
    let (open, close) = if comma_before(head) {
        (head, (at + 2..=at + 7).find(|&j| comma_before(j))?)
    } else {
        let open = (at.saturating_sub(6)..at)
            .rev()
            .find(|&j| comma_before(j))?;
        (open, comma_before(at + 1).then_some(at + 1)?)
    };
    let said_by: Vec<&Word> = all
        .get(open..close)?
        .iter()
        .filter(|w| w.start < all.get(head).map_or(0, |h| h.start) || w.start > verb.start)
        .collect();
    // What opens the clause is no quotation closed before the comma (“„…“, sagte Henrike
    // Vollmer, Analystin …”), and what goes on is no “that” or relative clause of the speaker's
    // (“…, судья Елена Пастухова отметила, что …”, « …, a estimé l’élu, qui réclame … »).
    let unquoted = !gap_before(text, all, open).contains(QUOTATION_MARKS);
    // Nor a clause of its own with its subject (“Über die Kürzungen befragt, sagte Müller, sie
    // seien nötig”), nor the speaker's description (“…, said Jane Foster, chief economist at
    // Barclays”): what goes on is the sentence's own verb.
    let goes_on = all.get(close).is_some_and(|w| {
        let lower = w.text.to_lowercase();
        !cues::is_that(&lower)
            && !RELATIVES.contains(&lower)
            && !is_pronoun(w.text)
            && !DETERMINERS.contains(&lower)
            && !is_capitalised(w.text)
    });
    let described = all
        .iter()
        .skip(close + 1)
        .take(2)
        .any(|w| LINKS.contains(&w.text.to_lowercase()));
    let opens =
        (1..=8).contains(&open) && all.len() >= close + 2 && unquoted && goes_on && !described;
    let first = said_by.first()?;
    // Not the agent of a participle: “The deal, announced by Google, values …”.
    static AGENT: Words = Words::listed("agent");
    if AGENT.contains(&first.text.to_lowercase()) {
        return None;
    }
    // A pronoun, or a name after at most two words of office: “le maire Jean Dupont” (not „die
    // Behörden hätten zu spät“).
    let name = said_by
        .iter()
        .rev()
        .take_while(|w| is_capitalised(w.text))
        .count();
    let named = match said_by.as_slice() {
        [one] => is_pronoun(one.text) || is_capitalised(one.text),
        _ => name >= 1 && said_by.len() - name <= 2,
    };
    if !opens || !named || RELATIVES.contains(&first.text.to_lowercase()) {
        return None;
    }
    let last = said_by.last()?;
    let speaker = match said_by.as_slice() {
        [one] if is_pronoun(one.text) => Speaker::Implied,
        _ => Speaker::Named(first.start..last.end),
    };
    Some(Attribution {
        speaker,
        kind,
        quote: clause.clone(),
        cue: verb.start.min(first.start)..verb.end.max(last.end),
    })
}

/// Whether the cue at `at` ends the clause with its speaker after a comma, and at most three
/// words after it: a pronoun, a name of up to three words, or a name after its office in small
/// letters, six words in all: “…, she added”, “…, Ms Pike said on Monday”, “…, chief executive
/// Mark Ellis said”.
fn ends_with_speaker(text: &str, all: &[Word], at: usize) -> bool {
    let Some(comma) = (at.saturating_sub(6).max(1)..=at)
        .rev()
        .find(|&i| gap_before(text, all, i).contains(','))
    else {
        return false;
    };
    let named = match all.get(comma..at).unwrap_or(&[]) {
        [] => false,
        [one] if is_pronoun(one.text) => true,
        // A name, maybe after its office in small letters: “…, chief executive Mark Ellis said”
        // (not a publication after its article: “…, the Associated Press reported”).
        speaker => {
            let name = speaker
                .iter()
                .rev()
                .take_while(|w| is_capitalised(w.text))
                .count();
            let office = speaker.first().is_some_and(|w| {
                !is_capitalised(w.text) && !DETERMINERS.contains(&w.text.to_lowercase())
            });
            name == speaker.len() && name <= 3
                || name >= 2 && office && speaker.iter().all(|w| !cues::is_that(w.text))
        }
    };
    comma >= 3 && named && all.len() - at <= 4
}

/// Whether the cue at `at` closes the clause after a comma, a full name after it: “…, sagte
/// Finanzminister Albert Füracker”, “…, заявил глава компании Алексей Миллер” (not “…, sagte die
/// Vorsitzende”, whose body may have said the clause's first verb).
fn closes_with_speaker_after(text: &str, all: &[Word], at: usize) -> bool {
    let head = match at.checked_sub(1) {
        Some(aux) if all.get(aux).is_some_and(is_auxiliary) => aux,
        _ => at,
    };
    let (phrase, upto) = phrase_after(text, all, at);
    let full_name = phrase
        .windows(2)
        .any(|pair| pair.iter().all(|w| is_capitalised(w.text)));
    head >= 3
        && gap_before(text, all, head).contains(',')
        && upto == all.len()
        && full_name
        && speaker_follows(text, all, at)
}

/// Words of the text's language on when or how something was said (the list `time word`):
/// « mercredi », „Anfang“, “также”.
pub(super) static TIME_WORDS: Words = Words::listed("time word");

/// Phrases before a source or speaker: “according to X”, “за словами X”, “как сообщили в X”.
pub(super) static ACCORDING: Words = Words::listed("according");

/// Prepositions that open a phrase before a clause's subject, or after a speaker's office on
/// where it was said (the language's list `preposition`).
pub(super) static PREPOSITIONS: Words = Words::listed("preposition");

/// A clause that opens on whose view it is, after their name (the language's list `opinion`):
/// “…, Nathalie Ferrand, pour qui les commerciaux étaient formés …”, “…, para quien la ley
/// “llega tarde””.
fn opinion_of(clause: &Range<usize>, all: &[Word]) -> Option<Attribution> {
    static OPINION: Words = Words::listed("opinion");
    let (length, _) = OPINION
        .iter()
        .map(|phrase| (phrase.split(' ').count(), phrase))
        .find(|(length, phrase)| {
            all.get(..*length).is_some_and(|words| {
                let here: Vec<String> = words.iter().map(|w| w.text.to_lowercase()).collect();
                here.join(" ") == *phrase
            })
        })?;
    let (first, last, next) = (all.first()?, all.get(length - 1)?, all.get(length)?);
    Some(Attribution {
        speaker: Speaker::Named(first.start..last.end),
        kind: ClaimKind::Statement,
        quote: next.start..clause.end,
        cue: first.start..last.end,
    })
}

/// The words that open an “as” clause (its list `as said`): “as”, „wie“, « comme ».
static AS: Words = Words::listed("as said");

/// A clause opening on “as”, someone and a verb of speech, then a comma (the language's list `as
/// said`): „Wie ein Sprecher der Polizei mitteilte, ermitteln …“, “Как сообщил глава района
/// Иван Петров, …”, “As the minister said, …”. What follows the comma is theirs; the speaker
/// stands before the verb, or after it where only small words do (« Comme l’a rappelé le
/// maire, … »).
fn as_said(text: &str, clause: &Range<usize>, all: &[Word]) -> Option<Attribution> {
    let opener = all.first()?;
    if !AS.contains(&opener.text.to_lowercase()) {
        return None;
    }
    let comma = (2..all.len().min(14)).find(|&k| gap_before(text, all, k).contains(','))?;
    let verb = (1..comma).find(|&k| all.get(k).is_some_and(|w| cues::is_speech(w.text)))?;
    let before = all.get(1..verb)?;
    let names_before = before.iter().any(|w| {
        is_capitalised(w.text) || DETERMINERS.contains(&w.text.to_lowercase()) || is_pronoun(w.text)
    });
    // After the verb, past when it was said: « Comme l’a rapporté mardi soir le maire, … ».
    let when = words_of_when(all.get(verb + 1..comma)?);
    let speaker = if names_before {
        before
    } else {
        all.get(verb + 1 + when..comma)?
    };
    let (first, last) = (speaker.first()?, speaker.last()?);
    // What was said with the quotation mark that opens it: “Como declaró …, “la gente …””.
    let said = said_from(text, all, comma)?;
    // No one named, only to whom, where or when: “Como declaró a La Voz del Altiplano el pasado
    // 11 de junio, …” goes on with who spoke before (not “Como se dijo ayer en el pleno, …”).
    let speaker = if before.is_empty() && only_where_or_to_whom(speaker) {
        Speaker::Implied
    } else {
        Speaker::Named(first.start..last.end)
    };
    Some(Attribution {
        speaker,
        kind: ClaimKind::Statement,
        quote: said..clause.end,
        cue: opener.start..all.get(verb)?.end,
    })
}

/// The language's list `verb second`, whose words open a clause with its subject after the verb.
static VERB_SECOND: Words = Words::listed("verb second");

/// Whether the text's language puts the verb second (it has a list `verb second`).
pub(super) fn puts_verb_second() -> bool {
    VERB_SECOND.iter().next().is_some()
}

/// In a language that puts the verb second, a clause that opens on a preposition or an adverb
/// (its list `verb second`) rather than its subject has the subject right after the verb: „Auf
/// Nachfrage Wendlands räumte sie ein, …“, „Genau das bestreitet der damalige Vorsitzende“. The
/// clause, whole, is theirs.
fn verb_second(
    text: &str,
    clause: &Range<usize>,
    all: &[Word],
    at: usize,
    kind: ClaimKind,
) -> Option<Attribution> {
    let first = all.first().filter(|_| at > 0)?;
    let not_subject = VERB_SECOND.contains(&first.text.to_lowercase());
    let next = all.get(at + 1)?;
    let pronoun = is_person_pronoun(next.text);
    // Or a name, then a comma before what was said, past the verb's particle maybe: „Noch im
    // Gerichtssaal kündigte Arslan an, …“ (not „Zudem fordert Verdi höhere Löhne“).
    let run = name_run(all.get(at + 1..)?);
    let comma = (at + 1 + run..=at + 2 + run).find(|&k| gap_before(text, all, k).contains(','));
    let named = if comma.is_some() { run } else { 0 };
    let subject = pronoun || DETERMINERS.contains(&next.text.to_lowercase()) || named > 0;
    let spaced = text.get(all.get(at)?.end..next.start) == Some(" ");
    if !(not_subject && subject && spaced) {
        return None;
    }
    // The subject: the pronoun, the name, or the determiner's phrase up to a comma or the
    // clause's end.
    let mut end = at + 1;
    if named > 0 && !pronoun {
        end = at + named.min(3);
    } else if !pronoun {
        while end < at + 4
            && all.get(end + 1).is_some()
            && !gap_before(text, all, end + 1).contains(',')
        {
            end += 1;
        }
    }
    let last = all.get(end)?;
    let verb = all.get(at)?;
    // After a name and its comma, what was said follows the comma: „Am Montag erklärte
    // Siemens, man werde 500 Stellen streichen“.
    let said = comma
        .filter(|_| named > 0 && !pronoun)
        .and_then(|k| said_from(text, all, k));
    Some(Attribution {
        speaker: Speaker::Named(next.start..last.end),
        kind,
        quote: said.map_or(clause.clone(), |start| start..clause.end),
        cue: verb.start..verb.end,
    })
}

/// A clause opening on whose view it is, then their name and a comma (the language's list
/// `view`): “Pour Lucas Bertholet, analyste chez Parnasse Securities, le plan était « attendu »”,
/// or a person's description alone (“Para el penalista, …”). What follows the name, and a
/// description of it between commas, is theirs.
fn view_of(text: &str, clause: &Range<usize>, all: &[Word]) -> Option<Attribution> {
    static VIEW: Words = Words::listed("view");
    let (opener, rest) = all.split_first()?;
    if !VIEW.contains(&opener.text.to_lowercase()) {
        return None;
    }
    // Past a description before the name: “Para el economista Luis Gil, …”.
    // An elided article is written with its noun: “Pour l’économiste Hélène Marchetti, …”.
    let elided = |w: &Word| super::words::elided(w.text, &DETERMINERS).is_some();
    let described_before = match rest.first() {
        Some(w) if elided(w) => rest
            .iter()
            .take(3)
            .take_while(|w| !is_capitalised(w.text))
            .count(),
        Some(w) if DETERMINERS.contains(&w.text.to_lowercase()) => {
            1 + rest
                .iter()
                .skip(1)
                .take(2)
                .take_while(|w| !is_capitalised(w.text))
                .count()
        }
        _ => 0,
    };
    // A description up to its comma, of up to four words in small letters after its
    // determiner: alone, or before a name set off by commas (« Pour la substitut du procureur,
    // Hélène Castaing, le dossier … »).
    let longest = if described_before > 0 {
        1 + rest
            .iter()
            .skip(1)
            .take(4)
            .take_while(|w| !is_capitalised(w.text))
            .count()
    } else {
        0
    };
    let comma = (1..=longest).find(|&k| gap_before(text, all, 1 + k).contains(','));
    let described_before = comma.unwrap_or(described_before);
    let run = match comma {
        Some(_) => {
            let name = rest.get(described_before..).map_or(0, name_run);
            let closed =
                name > 0 && gap_before(text, all, 1 + described_before + name).contains(',');
            if closed {
                name
            } else {
                0
            }
        }
        None => name_run(rest.get(described_before..)?),
    };
    // A description alone, of a person: “Para el penalista, …”, « Pour la maire, … ».
    let description = rest.get(..described_before).unwrap_or(&[]);
    let of_a_person = |words: &[Word]| {
        let phrase = words
            .first()
            .zip(words.last())
            .and_then(|(first, last)| text.get(first.start..last.end))
            .unwrap_or("");
        super::speakers::is_epithet(phrase)
            || words
                .last()
                .is_some_and(|noun| super::names::is_person_noun(noun.text))
    };
    if run == 0
        && of_a_person(description)
        && gap_before(text, all, 1 + described_before).contains(',')
    {
        let (first, last) = (description.first()?, description.last()?);
        let said = all.get(1 + described_before)?;
        return Some(Attribution {
            speaker: Speaker::Named(first.start..last.end),
            kind: ClaimKind::Statement,
            quote: said.start..clause.end,
            cue: opener.start..opener.end,
        });
    }
    let (first, last) = (
        rest.first()?,
        rest.get((described_before + run).checked_sub(1)?)?,
    );
    let mut next = 1 + described_before + run;
    if !(1..=5).contains(&run) || !gap_before(text, all, next).contains(',') {
        return None;
    }
    // “…, analyste chez Parnasse Securities, …”: a description after the name, not what was
    // said in quotation marks (« Mathieu Allanic, « les faits sont simples et le dossier,
    // accablant » »).
    let described = all.get(next).is_some_and(|w| {
        w.text.starts_with(char::is_lowercase)
            && !gap_before(text, all, next).contains(OPENING_MARKS)
    });
    if let Some(after) = (next + 1..all.len().min(next + 12))
        .find(|&i| gap_before(text, all, i).contains(','))
        .filter(|_| described)
    {
        next = after;
    }
    Some(Attribution {
        speaker: Speaker::Named(first.start..last.end),
        kind: ClaimKind::Statement,
        quote: said_from(text, all, next)?..clause.end,
        cue: opener.start..opener.end,
    })
}

/// A quotation introduced by a colon after a few words naming who says it: “Brandhuber gibt
/// sich zuversichtlich: »Die haben wir in zwei Wochen beisammen.«”, “Her answer was short: “No.””.
fn introduced(text: &str, clause: &Range<usize>, all: &[Word]) -> Option<Attribution> {
    let here = text.get(clause.clone())?;
    let colon = here.find(": ")?;
    let after = here.get(colon + 2..)?;
    let quoted = after.starts_with(['«', '»', '„', '“', '"']);
    let before = all.iter().filter(|w| w.end <= clause.start + colon).count();
    let first = all.first()?;
    let last_before = all.get(before.checked_sub(1)?)?;
    // A clause that goes on with its sentence, in small letters, goes on with its speaker:
    // “«…», a-t-il affirmé devant l’usine, avant d’ajouter : «…»”.
    // So does one whose verb is an infinitive of narration: « Et d’ajouter : « … » ».
    let infinitive = before <= 2
        && ["d’", "d'"].iter().any(|elided| {
            last_before
                .text
                .strip_prefix(elided)
                .is_some_and(cues::is_speech_infinitive)
        });
    let speaker = if first.text.starts_with(char::is_lowercase) || infinitive {
        Speaker::Before
    } else {
        Speaker::Named(first.start..last_before.end)
    };
    // Up to eight words; more where a name stands in apposition, after a comma, with the office
    // or the words around it: “Le constat du président de la coopérative, Jean-Marc Guérineau,
    // est sans appel : « … »” (not “across the Midlands”).
    let named = (1..before).any(|k| {
        all.get(k).is_some_and(|w| is_capitalised(w.text)) && gap_before(text, all, k).contains(',')
    });
    let most = if named { 14 } else { 8 };
    (quoted && (1..=most).contains(&before)).then(|| Attribution {
        speaker,
        kind: ClaimKind::Statement,
        quote: clause.start + colon + 2..clause.end,
        cue: last_before.end..clause.start + colon + 2,
    })
}

/// The attribution of a clause with no cue: more of what the clause before reported (“… and
/// that ships were waiting”), or the writer's own.
fn without_cue(clause: &Range<usize>, all: &[Word]) -> Attribution {
    if let [first, second, ..] = all {
        if cues::is_that(first.text) && all.len() >= 4 {
            return Attribution {
                speaker: Speaker::Before,
                kind: ClaimKind::Statement,
                quote: second.start..clause.end,
                cue: first.start..first.end,
            };
        }
    }
    // A clause in the mood of indirect speech goes on with what the speaker before said.
    static REPORTED: Words = Words::listed("reported");
    if all.len() >= 3 && all.iter().any(|w| REPORTED.contains(w.text)) {
        return Attribution {
            speaker: Speaker::Reporting,
            kind: ClaimKind::Statement,
            quote: clause.clone(),
            cue: clause.start..clause.start,
        };
    }
    Attribution {
        speaker: Speaker::Writer,
        kind: own_kind(all),
        quote: clause.clone(),
        cue: clause.start..clause.start,
    }
}

/// The word the speaker starts at when the clause names them after what they say: after the
/// last comma before the cue (“…, the mayor said”), or after the verb when the comma comes right
/// before it (“…,” said Smith). `None` when the speaker comes first.
fn speaker_after(text: &str, all: &[Word], at: usize) -> Option<usize> {
    // “…», a déclaré X”: the comma comes before the auxiliary, or an object pronoun (“…,
    // Rodrigo Alvarado, la calificó”).
    let before_verb = |w: &Word| is_auxiliary(w) || is_clitic(w);
    let head = match at.checked_sub(1) {
        Some(aux) if all.get(aux).is_some_and(before_verb) && joined(text, all, at) => aux,
        _ => at,
    };
    let comma = (1..=head).rev().find(|&i| pause_before(text, all, i));
    let inverted = comma == Some(head)
        && !apposed_subject(text, all, head)
        && (speaker_follows(text, all, at) || verb_alone(text, all, head, at));
    // “X, qui …, a dénoncé …”, “Mme Quéré, elle, se dit …”: the verb's auxiliary or pronoun right
    // after the comma, and no speaker after the verb: the subject came before the comma.
    if comma == Some(head) && head < at && !inverted {
        return None;
    }
    let closes = closes_clause(text, all, at);
    // “‘…,’ Marcus Ellery, the chief executive, said on a call”: the speaker and an apposition
    // between the quotation's end and the cue.
    let comma = match comma {
        Some(c) if c == head && !inverted => (1..at)
            .rev()
            .take(10)
            .find(|&i| {
                let gap = gap_before(text, all, i);
                gap.contains(',') && gap.contains(['"', '”', '’', '\''])
            })
            .or(comma),
        _ => comma,
    };
    let closes =
        closes || comma.is_some_and(|c| c < at && at - c > 6 && quoted_before(text, all, c));
    let adjunct = after_adjunct(text, all, at) == comma;
    let object = named_subject(text, all, at).is_some() && takes_an_object(text, all, at);
    // What was said has three words at least, unless a quotation closes it: “«Грошей немає», —
    // сказав …”.
    comma.filter(|&s| {
        (s >= 3 || quoted_before(text, all, s))
            && (s < at && at - s <= 6 && closes && !adjunct && !object || inverted)
    })
}

/// Whether the subject's apposition ends right before the verb at `head`, no quotation closing
/// before it: a full name set off by commas (“La consejera delegada, Beatriz Salcedo Urquijo,
/// atribuyó la mejora a la eficiencia”), or an aside after the subject that opens the clause
/// (“Priya Hallett, who represents Brindlecombe North, described the change as …”); not what
/// was said.
fn apposed_subject(text: &str, all: &[Word], head: usize) -> bool {
    if quoted_before(text, all, head) {
        return false;
    }
    // The name's words back from the comma before the verb, up to the comma before them: not
    // “Lyon” of “The mayor of Lyon, Paul Martin, judged …”.
    let name_start = (0..head)
        .rev()
        .take_while(|&i| {
            all.get(i).is_some_and(|w| is_capitalised(w.text))
                && (i + 1 == head || !gap_before(text, all, i + 1).contains(','))
        })
        .last();
    // A name right after the subject that opens the clause: not “Parmi les blessés figure
    // l’adjoint au maire, Jean Dupont, a indiqué la préfecture”.
    let named = name_start.is_some_and(|start| {
        (2..=6).contains(&start)
            && head - start >= 2
            && gap_before(text, all, start).contains(',')
            && (1..start).all(|i| !gap_before(text, all, i).contains(','))
            && !quoted_before(text, all, start)
    });
    // The clause opening on its subject and a comma, an aside after it: “Dr Marcus Hill, a
    // consultant cardiologist …, called the results …”, « La maire, qui …, a annoncé … ».
    let first_comma = (1..head).find(|&i| gap_before(text, all, i).contains(','));
    let subject_first = first_comma.is_some_and(|c| {
        let opening = all.get(..c).unwrap_or(&[]);
        let named = opening.iter().all(|w| is_capitalised(w.text));
        let described = match opening {
            [determiner, noun, ..] => {
                DETERMINERS.contains(&determiner.text.to_lowercase())
                    && speaker_noun_kind(&noun.text.to_lowercase()).is_some()
            }
            _ => false,
        };
        // Not a phrase of when or where: “On Monday, …”, “In London, …”.
        let setting = opening.first().is_some_and(|w| {
            let lower = w.text.to_lowercase();
            PREPOSITIONS.contains(&lower) || TIME_WORDS.contains(&lower)
        });
        // An aside that a relative pronoun, a determiner or a speaker's noun opens, and that the
        // comma before the verb closes: not a list of names (“Paris, Lyon and Lille will …”), nor
        // a clause after the aside (“The company, which employs 300 people, will close the
        // plant, said a spokesman”).
        static RELATIVES: Words = Words::listed("relative");
        let relative = all
            .get(c)
            .is_some_and(|w| RELATIVES.contains(&w.text.to_lowercase()));
        let aside = all.get(c).is_some_and(|w| {
            let lower = w.text.to_lowercase();
            relative || DETERMINERS.contains(&lower) || speaker_noun_kind(&lower).is_some()
        }) && (c + 1..head).all(|i| !gap_before(text, all, i).contains(','));
        // A subject of one word only before a relative clause: “Labour, which holds …, says”.
        c <= 4
            && (named && (c >= 2 || relative) && !setting || described)
            && aside
            && (1..c).all(|i| !quoted_before(text, all, i))
    });
    named || subject_first
}

/// Where a name (and its verb's auxiliary) right before the cue at `at` starts, after a comma
/// and a phrase that is no quotation: “Interrogé à l’époque, M. Saint-Amand avait démenti …”.
fn named_subject(text: &str, all: &[Word], at: usize) -> Option<usize> {
    let comma = (1..at)
        .rev()
        .find(|&i| gap_before(text, all, i).contains(','))?;
    let between = all.get(comma..at)?;
    let named = between.first().is_some_and(|w| is_capitalised(w.text))
        && between
            .iter()
            .all(|w| is_capitalised(w.text) || is_auxiliary(w));
    (named && !quoted_before(text, all, comma)).then_some(comma)
}

/// Whether the cue at `at` has an object of three words or more after it, opening with none of
/// the words that say where, when or to whom it was said: “Interrogé à l’époque, M. Saint-Amand
/// avait démenti tout projet de fermeture”, where what comes before the comma is no quotation.
fn takes_an_object(text: &str, all: &[Word], at: usize) -> bool {
    static AGENT: Words = Words::listed("agent");
    let after = all.get(at + 1..).unwrap_or(&[]);
    let Some(first) = after.first() else {
        return false;
    };
    let lower = first.text.to_lowercase();
    let setting = [&PREPOSITIONS, &LINKS, &TIME_WORDS, &AGENT]
        .iter()
        .any(|list| list.contains(&lower));
    after.len() >= 3
        && !setting
        && !is_capitalised(first.text)
        && !is_pronoun(first.text)
        && !gap_before(text, all, at + 1).contains(['«', '“', '„', '"', ','])
}

/// Where the subject starts after a phrase opening the clause with a preposition (the language's
/// list `preposition`), of four words at most (eight after a determiner) and closed by a comma
/// before the cue at `at`: “In a statement, the council said …”, « Dans un communiqué, la
/// préfecture a indiqué … » (not “In Kharkiv three people died, officials said”). Such a phrase
/// is neither what was said nor who said it.
fn after_adjunct(text: &str, all: &[Word], at: usize) -> Option<usize> {
    let first = all.first()?;
    if !PREPOSITIONS.contains(&first.text.to_lowercase()) {
        return None;
    }
    // Longer after a determiner: “Dans un communiqué transmis mercredi à la rédaction, …”.
    let determined = all
        .get(1)
        .is_some_and(|w| DETERMINERS.contains(&w.text.to_lowercase()));
    let most = if determined { 9 } else { 5 };
    let comma = (1..at.min(most)).find(|&i| gap_before(text, all, i).contains(','))?;
    let quoted = (1..=comma).any(|i| quoted_before(text, all, i));
    (!quoted).then_some(comma)
}

/// “…, X said”, “…,” said X: the speaker from word `s` (after the comma) to the cue `verb` at
/// word `at`, or after it; what is said runs up to the comma.
fn postposed(
    text: &str,
    clause: &Range<usize>,
    all: &[Word],
    s: usize,
    at: usize,
    verb: &Word,
    kind: ClaimKind,
) -> Attribution {
    let gap_start = all.get(s - 1).map_or(clause.start, |w| w.end);
    let gap = gap_before(text, all, s);
    // The dash after a quotation is where what was said ends, its closing mark kept: “«…»
    // —dijo Carrascal”.
    let comma_at = gap
        .find(',')
        .or_else(|| dash_closes(text, gap).then(|| gap.find(DASHES)).flatten())
        .unwrap_or(0);
    // A quotation's closing mark after the comma belongs to what was said.
    let content_end = gap_start + comma_at + closing_mark(gap.get(comma_at..).unwrap_or(""));
    // An auxiliary after the comma is the verb's (“…, a déclaré X”), not the speaker; nor is
    // the word of an “as” clause: „…, wie Pieper ausführte“.
    let from = if all
        .get(s)
        .is_some_and(|w| is_auxiliary(w) || s + 1 < at && AS.contains(&w.text.to_lowercase()))
    {
        s + 1
    } else {
        s
    };
    let where_said = said_where(phrase_after(text, all, at).0);
    let speaker = match all.get(from..at) {
        Some([first, .., last]) => Speaker::Named(first.start..last.end),
        Some([only]) => Speaker::Named(only.start..only.end),
        _ if verb_alone(text, all, s, at) && !where_said => Speaker::Implied,
        _ => Speaker::Named(after_verb_speaker(text, all, at)),
    };
    Attribution {
        speaker,
        kind,
        quote: clause.start..content_end,
        cue: verb.start..clause.end,
    }
}

/// The word after where something was said, when a preposition and a name of one or two words
/// follow the verb at `at`, then a comma: „sagte in Wiesbaden, …“, “said in Brussels, …”.
fn place_then_comma(text: &str, all: &[Word], at: usize) -> Option<usize> {
    let preposition = all.get(at + 1)?;
    if !PREPOSITIONS.contains(&preposition.text.to_lowercase()) {
        return None;
    }
    // A place's name, not when (“said in March, when …”), nor the first of a list of places
    // (“said in Leeds, Bradford and York …”).
    (at + 3..=at + 4).find(|&k| {
        gap_before(text, all, k).contains(',')
            && all.get(k).is_some_and(|after| !is_capitalised(after.text))
            && all.get(at + 2..k).is_some_and(|name| {
                name.iter()
                    .all(|w| is_capitalised(w.text) && !super::dates::names_a_date(w))
            })
    })
}

/// In a language that puts the verb second, the word after a comma that closes when the verb at
/// `at` said it (“am Montag”, “vergangene Woche”), or in what or where and the verb's particle
/// in small letters: „teilte am Montag mit, die Straße …“, „teilte in einer Stellungnahme mit,
/// …“. Not the verb's object and a relative clause: „warnte am Sonntag vor Sturmböen, die …“,
/// „bekräftigte ihre Forderung, die Kliniken …“. The phrase opens with a word of the
/// language's list `verb second` or `time word`, runs six words at most, and holds no
/// quotation mark and no “that”.
fn setting_then_comma(text: &str, all: &[Word], at: usize) -> Option<usize> {
    if !puts_verb_second() {
        return None;
    }
    let first = all.get(at + 1)?.text.to_lowercase();
    if !VERB_SECOND.contains(&first) && !TIME_WORDS.contains(&first) {
        return None;
    }
    let comma = (at + 2..=at + 7).find(|&k| gap_before(text, all, k).contains(','))?;
    let phrase = all.get(at + 1..comma)?;
    let plain = phrase.iter().all(|w| !cues::is_that(w.text))
        && (at + 1..comma).all(|k| !gap_before(text, all, k).contains(OPENING_MARKS));
    let when = words_of_when(phrase) == phrase.len();
    let particle = phrase
        .last()
        .is_some_and(|w| w.text.starts_with(char::is_lowercase));
    (plain && (when || particle) && all.get(comma).is_some()).then_some(comma)
}

/// The marks that open a quotation.
const OPENING_MARKS: [char; 4] = ['«', '“', '„', '"'];

/// How many words [`names_someone`] reads: a speaker named after a pronoun stands within them
/// (“lui aussi Pierre Martin”), and a phrase running on for pages costs no more.
const SOMEONE_WITHIN: usize = 6;

/// Whether the first words of a phrase name someone other than a publication: a name of two words
/// or more that holds no publication's word (not “Radio Ilbetal”), or a title, an office or a
/// speaker's noun.
fn names_someone(phrase: &[Word]) -> bool {
    let phrase = phrase.get(..SOMEONE_WITHIN).unwrap_or(phrase);
    let named = (0..phrase.len()).any(|i| {
        let rest = phrase.get(i..).unwrap_or(&[]);
        let run = rest.get(..name_run(rest)).unwrap_or(&[]);
        run.len() >= 2
            && !run
                .iter()
                .any(|w| super::references::is_outlet_name(w.text))
    });
    named
        || phrase.iter().any(|w| {
            super::names::is_title(w.text)
                || super::names::is_person_noun(w.text)
                || speaker_noun_kind(&w.text.to_lowercase()).is_some()
        })
}

/// Where what was said from word `k` begins: at the quotation mark that opens it, if one stands
/// right before it (“évoque « le remplacement … »”), else at the word — not at one that closes
/// the word before: „der „Süddeutschen Zeitung“ soll …“.
fn said_from(text: &str, all: &[Word], k: usize) -> Option<usize> {
    let word = all.get(k)?;
    let gap = gap_before(text, all, k);
    let opening = gap.rfind(OPENING_MARKS).filter(|&mark| {
        k == 0
            || gap
                .get(..mark)
                .is_some_and(|b| b.ends_with(char::is_whitespace))
    });
    Some(opening.map_or(word.start, |mark| word.start - gap.len() + mark))
}

/// “X said (that) …”, “X denied …”: the speaker before the cue.
fn preposed(
    text: &str,
    clause: &Range<usize>,
    all: &[Word],
    at: usize,
    kind: ClaimKind,
) -> Attribution {
    let Some(verb) = all.get(at) else {
        return Attribution {
            speaker: Speaker::Writer,
            kind,
            quote: clause.clone(),
            cue: clause.start..clause.start,
        };
    };
    // Adverbs, auxiliaries and object pronouns between the speaker and the verb (“deliberately
    // denied”, “a déclaré”, “la calificó”) are not the speaker.
    let mut end = at;
    while end > 0
        && all
            .get(end - 1)
            .is_some_and(|w| w.text.ends_with("ly") || is_auxiliary(w) || is_clitic(w))
    {
        end -= 1;
    }
    // The subject ends at its verb's auxiliary, whatever stands between that and the cue: „Der
    // Rechnungshof hatte in seinem Bericht festgestellt“, “Le parquet a, dans un communiqué,
    // indiqué”; after the phrase that opens the clause, if one does.
    let mut from = after_adjunct(text, all, at).unwrap_or(0);
    // One word and a comma opening the clause, then a subject with its determiner and no comma
    // to close an apposition, is no name: “Contacté, le maire a indiqué …”, “Mardi, le maire …”
    // (not “Macron, le président, a dit …”).
    if from == 0
        && gap_before(text, all, 1).trim_end() == ","
        && all
            .get(1)
            .is_some_and(|w| DETERMINERS.contains(&w.text.to_lowercase()))
        && (2..end).all(|i| !gap_before(text, all, i).contains(','))
    {
        from = 1;
    }
    if let Some(auxiliary) = all
        .get(from + 1..end)
        .and_then(|w| w.iter().position(is_auxiliary))
    {
        end = from + 1 + auxiliary;
    }
    // A pronoun right after a comma, right before its verb, is the subject, whatever the phrase
    // before it: “Interrogée sur RTL, elle a affirmé …” (not “Mme Quéré, elle, se dit …”).
    if end > from + 1
        && all.get(end - 1).is_some_and(|w| is_pronoun(w.text))
        && gap_before(text, all, end - 1).contains(',')
        && !gap_before(text, all, end).contains(',')
    {
        from = end - 1;
    }
    // A verb with no subject, as a language that leaves it out writes it, after a phrase and a
    // comma (“Aun así, avanzó que …”): who spoke last.
    // Not a subject set off by commas: “Mme Quéré, elle, se dit …”, “M. Rouvière, lui, …”.
    let no_subject = all.get(from..end).is_some_and(|phrase| {
        phrase
            .iter()
            .skip(1)
            .all(|w| !is_capitalised(w.text) && !is_pronoun(w.text))
            && phrase.first().is_some_and(|w| !is_pronoun(w.text))
    });
    // Or after words of when alone: “Esta noche ha insistido: «…»”.
    let when_alone = all.get(from..end).is_some_and(|phrase| {
        !phrase.is_empty()
            && phrase
                .iter()
                .all(|w| TIME_WORDS.contains(&w.text.to_lowercase()))
    });
    // Or after a phrase a preposition opens: “En su alegato sostuvo que …” (not one that says
    // where it was said, which names the speaker: “В водоканале отвергли …”).
    // The phrase is the speaker's by its possessive, so names no other subject (not “После
    // этого полиция сообщила …”, “In a statement police said …”).
    static POSSESSIVE: Words = Words::listed("possessive");
    let setting_alone = all.get(from..end).is_some_and(|phrase| {
        matches!(phrase, [preposition, possessive, _] | [preposition, possessive, _, _]
            if PREPOSITIONS.contains(&preposition.text.to_lowercase())
                && !WHERE.contains(&preposition.text.to_lowercase())
                && POSSESSIVE.contains(&possessive.text.to_lowercase()))
    });
    let subjectless = end > from
        && no_subject
        && (end - from <= 3 && (gap_before(text, all, end).contains(',') || when_alone)
            || setting_alone);
    // “… y que no descarta «…»”: a “that” and a word or two that name no one go on with who
    // said the clause before. (A “que” alone is a relative pronoun's: see claims.)
    let goes_on = all.get(from..end).is_some_and(|phrase| {
        matches!(phrase, [that, rest @ ..] if cues::is_that(that.text)
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|w| {
            w.text.starts_with(char::is_lowercase)
                && !is_pronoun(w.text)
                && !DETERMINERS.contains(&w.text.to_lowercase())
        }))
    });
    let speaker = match (all.get(from), end.checked_sub(1).and_then(|e| all.get(e))) {
        _ if subjectless => Speaker::Implied,
        _ if goes_on => Speaker::Before,
        (Some(first), Some(last)) if end > from => Speaker::Named(first.start..last.end),
        _ => Speaker::Before,
    };
    let lower = verb.text.to_lowercase();
    let framing = FRAMING.contains(&lower) || FINDING.contains(&lower);
    let mut content = at + 1;
    let mut after_that = false;
    if framing {
        // “told the BBC that …”: what was said starts after “that”, when it comes soon.
        if let Some(that) = that_after_cue(text, all, at) {
            content = that + 1;
            after_that = true;
        } else if verb.text.starts_with("tol") || verb.text.starts_with("tel") {
            content = all.len();
        } else if all.get(at + 1).is_some_and(|w| !is_capitalised(w.text))
            && gap_before(text, all, at + 2).contains(',')
        {
            // One word in small letters and a comma: the verb's particle or when it was said,
            // „teilte mit, man prüfe …“.
            content = at + 2;
        } else if let Some(after) = place_then_comma(text, all, at) {
            // Where it was said and a comma: „sagte in Wiesbaden, die Auswirkungen …“.
            content = after;
        } else if let Some(after) = told_then_comma(text, all, at) {
            content = after;
        } else if let Some(after) = setting_then_comma(text, all, at) {
            content = after;
        }
    }
    let content_words = all.len().saturating_sub(content);
    // What was said opens with its quotation mark: “évoque « le remplacement … »”.
    let content_start = |first: &Word| said_from(text, all, content).unwrap_or(first.start);
    let quote = match all.get(content) {
        // After “that”, however short: “повідомили, що пожежу ліквідовано”.
        Some(first) if framing && (content_words >= 3 || after_that) => {
            content_start(first)..clause.end
        }
        // Without its “that”: “no descarta «…»”.
        _ if goes_on => all.get(from + 1).map_or(clause.start, |w| w.start)..clause.end,
        _ => clause.clone(),
    };
    let cue_end = all.get(content).map_or(clause.end, content_start);
    Attribution {
        speaker,
        kind,
        quote,
        cue: verb.start..cue_end,
    }
}

/// In a language that puts the verb second, where what was said begins after the publication
/// it was told and a comma, past the verb at `at`: „sagte AFP, einzelne Anwohner hätten …“,
/// „sagte der Zeitung, …“ (not „Gegenüber Radio Hochtal sagte Spitaldirektor Beat Marty, …“,
/// whose name is the speaker's).
fn told_then_comma(text: &str, all: &[Word], at: usize) -> Option<usize> {
    if !puts_verb_second() {
        return None;
    }
    let from = at + 1 + usize::from(all.get(at + 1).is_some_and(|w| cues::is_determiner(w.text)));
    let named = name_run(all.get(from..)?);
    let after = from + named;
    let told = all
        .get(from..after)
        .and_then(|run| text.get(run.first()?.start..run.last()?.end))
        .is_some_and(|name| {
            super::references::is_outlet_name(name)
                || super::references::is_outlet_noun(&name.to_lowercase())
        });
    (told && named <= 4 && gap_before(text, all, after).contains(',') && after < all.len())
        .then_some(after)
}

/// Where the “that” which opens what was said stands, when it comes right after the cue verb at
/// `at` or after the words that only say to whom, when or how it was said (“told reporters in
/// the capital that”, “said on Tuesday that”) — not a “that” inside what was said (“said the
/// figures showed that …”).
fn that_after_cue(text: &str, all: &[Word], at: usize) -> Option<usize> {
    static SETTING: Words = Words::new(concat!(
        "on|in|at|during|last|this|yesterday|today|earlier|later|also|again|repeatedly|",
        "publicly|previously|privately|separately|once|recently|then|now|further|instead",
    ));
    let verb = all.get(at)?;
    static ADDRESSING: Words = Words::new("told|tells|tell|telling|warned|warns|assured|reminded");
    let addressed = ADDRESSING.contains(verb.text);
    let that = (at + 1..all.len().min(at + 8))
        .find(|&i| all.get(i).is_some_and(|w| cues::is_that(w.text)))?;
    let between = all.get(at + 1..that)?;
    // Or a few words before the comma languages write before “that”: “заявил журналистам, что”,
    // „sagte der Zeitung, dass“.
    let set_off = between.len() <= 3 && gap_before(text, all, that).contains(',');
    // Or after the preposition the verb takes before it, or that says where it was said (the
    // language's `before that`): “insiste en que”, “advirtió de que”, “escribió en X que”.
    static BEFORE_THAT: Words = Words::listed("before that");
    // Or a word of the text's language on when or how it was said (the list `time word`), or a
    // preposition opening where or to whom: « a rappelé mercredi sur franceinfo que », « affirmait
    // également que ».
    let fits = match between.first() {
        None => true,
        Some(first) => {
            let lower = first.text.to_lowercase();
            addressed
                || SETTING.contains(first.text)
                || set_off
                || BEFORE_THAT.contains(first.text)
                || TIME_WORDS.contains(&lower)
                || PREPOSITIONS.contains(&lower)
        }
    };
    // Not a noun and its determiner that no preposition opens, whose relative pronoun the
    // “that” is: « a détaillé aussi les mesures que la ville financera », “found in the car a bag
    // that contained …” (but “said in a statement that”).
    let object = (that.saturating_sub(3).max(at + 1)..that).any(|d| {
        all.get(d)
            .is_some_and(|w| DETERMINERS.contains(&w.text.to_lowercase()))
            && all.get(d - 1).is_some_and(|before| {
                let lower = before.text.to_lowercase();
                !(SETTING.contains(before.text)
                    || PREPOSITIONS.contains(&lower)
                    || LINKS.contains(&lower))
            })
    });
    let fits = fits && (addressed || !object);
    fits.then_some(that)
}

/// Whether the words after the verb at `at` are its speaker (“…,” said Smith, the union’s
/// leader), not what was said (“…, said his group had left”): a name or a short noun phrase up to
/// the next comma or the clause's end.
fn speaker_follows(text: &str, all: &[Word], at: usize) -> bool {
    // Verbs that take an object do not invert: “…, accused the agency of …” names no speaker.
    static TAKE_OBJECTS: Words = Words::new("accused|accuses|blamed|blames|told|tells");
    if all.get(at).is_some_and(|v| TAKE_OBJECTS.contains(v.text)) {
        return false;
    }
    let Some(first) = all.get(at + 1) else {
        return false;
    };
    // “…, a dénoncé « un système … »”: a quotation opening after the verb and closing the
    // clause is what was said (not “— розповіла «Краю» мама … Оксана Лисенко”).
    let closes_quoted = all.last().is_some_and(|last| {
        text.get(last.end..)
            .is_some_and(|after| after.trim_start().starts_with(['»', '”', '“', '"']))
    });
    if closes_quoted && gap_before(text, all, at + 1).contains(OPENING_MARKS) {
        return false;
    }
    let (phrase, upto) = phrase_after(text, all, at);
    // Past when it was said: “…, informó este lunes el ministerio público”.
    let when = words_of_when(phrase);
    let name = phrase
        .get(when..)
        .is_some_and(|rest| name_run(rest) == rest.len() && (when == 0 || !rest.is_empty()));
    let clause = phrase.iter().any(|w| FINITE.contains(w.text));
    // Past to whom it was said, a preposition and a name: “…, a indiqué à l’AFP la porte-parole
    // de la RATP”.
    let named = |w: &Word| is_capitalised(super::words::without_elided_article(w.text));
    let to_whom = phrase
        .get(when)
        .is_some_and(|w| PREPOSITIONS.contains(&w.text.to_lowercase()))
        && phrase.get(when + 1).is_some_and(named);
    let subject_at = when + if to_whom { 2 } else { 0 };
    // With its article elided too, before a speaker's noun: “…, explique l’officier” (not
    // “…, a annoncé l’ouverture d’une enquête”).
    let described = phrase.get(subject_at).is_some_and(|w| {
        DETERMINERS.contains(w.text)
            || super::words::elided(w.text, &DETERMINERS)
                .is_some_and(|(_, noun)| speaker_noun_kind(&noun.to_lowercase()).is_some())
    }) && !clause;
    // The noun a determiner opens the phrase with is a speaker's: “le service …”, not “la
    // fermeture temporaire de l’usine”.
    let speakers_noun = phrase
        .get(subject_at + 1)
        .is_some_and(|noun| speaker_noun_kind(&noun.text.to_lowercase()).is_some());
    // A title in small letters before a name: “…», — заявив міський голова Ігор Сидоренко”.
    let titled =
        phrase.len() >= 2 && phrase.last().is_some_and(|w| is_capitalised(w.text)) && !clause;
    // After a quotation, a name with to whom or where it was said: “…», a affirmé à l’AFP le
    // directeur du site”, “…», aseguró Rivera a los periodistas”.
    let after_quotation = (quoted_before(text, all, at)
        || quoted_before(text, all, at.saturating_sub(1).max(1))
        || dialogue(text))
        && !clause
        // Not only where or to whom: “«…», afirmó en la presentación a analistas”.
        && !only_where_or_to_whom(phrase)
        // A name right after the verb is who said it, however long what follows on where and
        // when: “«…», ha proclamado Lasheras pasada la medianoche ante varios centenares de
        // simpatizantes congregados frente a la sede de su partido, …”; in a language that writes
        // nouns with capitals, a name of two words (not „Anfang der Woche“).
        && (phrase.len() <= 9
            || is_capitalised(first.text)
                && (!super::names::writes_nouns_with_capitals() || name_run(phrase) >= 2))
        && (is_capitalised(first.text)
            || phrase.iter().any(|w| DETERMINERS.contains(w.text))
            // An elided article with its noun: « …», a ajouté l’avocate ».
            || super::words::elided(first.text, &DETERMINERS).is_some()
            // “— …, — рассказала нашему корреспонденту жительница … Валентина Шубина”.
            || phrase.last().is_some_and(|w| is_capitalised(w.text))
            // A noun of the language's `speaker noun` opening it: «…», — сказал губернатор.
            || speaker_noun_kind(&first.text.to_lowercase()).is_some()
            // A pronoun, then when and where: „…“, sagte er vergangene Woche vor der Presse.
            || is_pronoun(first.text));
    // A pronoun after the verb: „…“, sagte er; «…», — зазначила вона; —…—dijo ella; with to whom
    // or when it was said after it: «…», — заявил он журналистам после заседания.
    let pronoun = is_pronoun(first.text) && (phrase.len() == 1 || !clause);
    // However long where and when it was said run after the pronoun: „…, sagte er am Samstag bei
    // einer Kundgebung vor dem Landhaus“.
    let pronoun_then_where = pronoun && phrase.get(1..).is_some_and(only_where_or_to_whom);
    let where_said = said_where(phrase) && !clause;
    // A name or a described subject, then where, when or how it was said: “…, a indiqué Air
    // Azur dans un communiqué”, “…, indicó la empresa Air Azur el miércoles”.
    let subject = phrase.get(when..subject_end(phrase)).unwrap_or(&[]);
    // Only after a verb whose object is what was said: not “…, criticised the Bank of England
    // in a speech”.
    let framing = all
        .get(at)
        .is_some_and(|v| FRAMING.contains(&v.text.to_lowercase()));
    let then_adjunct = when + subject.len() < phrase.len()
        && !clause
        && framing
        && (!subject.is_empty() && name_run(subject) == subject.len()
            || subject.len() <= 5
                && subject
                    .first()
                    .is_some_and(|w| DETERMINERS.contains(&w.text.to_lowercase())));
    // A longer description closing the clause after what was said in a clause of its own: “Le
    // feu a été déclaré « maîtrisé » …, a indiqué le service départemental d’incendie et de
    // secours”.
    let long_described = described
        && speakers_noun
        && upto == all.len()
        && phrase.len() <= 12
        && said_in_a_clause(text, all, at)
        && !phrase.iter().any(|w| cues::is_that(w.text));
    // Where it was said may name the statement and the body's place: “…, — говорится в
    // сообщении министерства здравоохранения Ольшанской области”.
    (name || described || titled || pronoun) && upto - (at + 1) <= 5 + subject_at - when
        || where_said && upto - (at + 1) <= 8
        || pronoun_then_where
        || after_quotation
        || then_adjunct
        || long_described
}

/// Whether the words before the comma before the verb at `at` are a clause of their own, with
/// a finite verb or an auxiliary, and the comma closes no relative clause or name set off
/// before the verb (see [`apposed_subject`]).
fn said_in_a_clause(text: &str, all: &[Word], at: usize) -> bool {
    let Some(comma) = (1..=at)
        .rev()
        .find(|&i| gap_before(text, all, i).contains(','))
    else {
        return false;
    };
    let before = all.get(..comma).unwrap_or(&[]);
    before
        .iter()
        .any(|w| FINITE.contains(w.text) || is_auxiliary(w))
        && !apposed_subject(text, all, comma)
}

/// Where the subject of a phrase after a verb of speech ends, before a phrase of where or how
/// it was said that a preposition and a word in small letters open, or one of when: “Air Azur |
/// dans un communiqué”, “la empresa | el miércoles”; not before a name (“the head of research
/// at Barclays”).
fn subject_end(phrase: &[Word]) -> usize {
    let small = |w: &Word| !is_capitalised(w.text);
    let adjunct = |rest: &[Word]| match rest {
        [preposition, next, ..] if PREPOSITIONS.contains(&preposition.text.to_lowercase()) => {
            small(next) && only_where_or_to_whom(rest)
        }
        [first, when @ ..] => {
            let from = usize::from(DETERMINERS.contains(&first.text.to_lowercase()));
            words_of_when(rest.get(from..).unwrap_or(&[])) == rest.len() - from
                && (from == 0 || !when.is_empty())
        }
        [] => false,
    };
    (1..phrase.len())
        .find(|&j| phrase.get(j..).is_some_and(adjunct))
        .unwrap_or(phrase.len())
}

/// The prepositions that open where something was said (the language's list `where said`).
static WHERE: Words = Words::listed("where said");

/// Whether a phrase after a verb says where it was said, with no subject, as languages without
/// one write it (the list `where said`): “…, повідомили в ДСНС області”, “…, сообщили в
/// полиции”, “…, — отметили в мэрии”, “…, — говорится в сообщении министерства”.
fn said_where(phrase: &[Word]) -> bool {
    // Past the statement it was said in: “…, — говорится в сообщении министерства …”.
    let place = phrase.iter().skip(1).find(|w| {
        !DETERMINERS.contains(&w.text.to_lowercase()) && !speakers::is_cited_document(w.text)
    });
    let place = place.is_some_and(|w| {
        let lower = w.text.to_lowercase();
        is_capitalised(w.text)
            || speaker_noun_in_a_case(&lower).is_some()
            || speakers::organisation_noun_in_a_case(&lower).is_some()
    });
    phrase
        .first()
        .is_some_and(|w| WHERE.contains(&w.text.to_lowercase()))
        && place
}

/// Whether `word` is a pronoun of a person or of a group, in the text's language.
fn is_pronoun(word: &str) -> bool {
    static OTHER: Words = Words::listed("other pronoun");
    is_person_pronoun(word) || OTHER.contains(&word.to_lowercase())
}

/// Whether `word` is a pronoun of a person (the list `person pronoun`): “she”, „er“, “он”.
fn is_person_pronoun(word: &str) -> bool {
    static PERSON: Words = Words::listed("person pronoun");
    PERSON.contains(&word.to_lowercase())
}

/// Whether the cue verb at `at` ends the clause right after what was said, which closes before
/// word `head` (the verb or its auxiliary): “«…», — додав.”, “—Nos quedamos aquí —dijo.”.
fn verb_alone(text: &str, all: &[Word], head: usize, at: usize) -> bool {
    let after = all.get(at + 1..up_to_a_comma(text, all, at)).unwrap_or(&[]);
    (after.is_empty() || only_where_or_to_whom(after))
        && (quoted_before(text, all, head) || dialogue(text))
}

/// Whether words after a verb only say where, when or to whom it was said, each phrase opening
/// with a preposition (the language's `office link`): “…”, declaró en una entrevista en Radio
/// Meseta. A determiner that no preposition opens is a speaker's: “…», a affirmé à l’AFP le
/// directeur du site”.
fn only_where_or_to_whom(after: &[Word]) -> bool {
    // Not an article the list holds too („der“ of „Leiterin der Innenrevision“).
    let preposition = |w: &Word| {
        let lower = w.text.to_lowercase();
        (LINKS.contains(&lower) || PREPOSITIONS.contains(&lower)) && !DETERMINERS.contains(&lower)
    };
    let Some(first) = after.first() else {
        return false;
    };
    // A day's number too: “el pasado 11 de junio”.
    let when = |w: &Word| {
        TIME_WORDS.contains(&w.text.to_lowercase())
            || super::dates::names_a_date(w)
            || w.text.bytes().all(|b| b.is_ascii_digit())
    };
    // A word in small letters and when, closing it: “dans un communiqué publié mercredi”, “in a
    // statement released on Wednesday”.
    let then_when = |rest: &[Word]| match rest {
        [word, then @ ..] => {
            !is_capitalised(word.text)
                && then.iter().any(when)
                && then
                    .iter()
                    .all(|w| when(w) || preposition(w) || cues::is_determiner(w.text))
        }
        [] => false,
    };
    // Each word a preposition, the word after one, a noun after its article there, a name's
    // next word, or when: “en | una entrevista | en Radio Meseta”; not “в суде государственный
    // обвинитель …”.
    preposition(first)
        && (1..after.len()).all(|i| match (after.get(i - 1), after.get(i)) {
            (Some(before), Some(word)) => {
                preposition(word)
                    || preposition(before)
                    || cues::is_determiner(before.text)
                    || speakers::is_indefinite(before.text)
                    || is_capitalised(before.text) && is_capitalised(word.text)
                    || when(word)
                    || after.get(i..).is_some_and(then_when)
            }
            _ => true,
        })
}

/// Where the words after the cue at `at` reach a comma (past one word at least), or the clause
/// ends: what follows a comma is a clause of its own, “«…», a-t-il affirmé devant l’usine, avant
/// d’ajouter : «…»”.
fn up_to_a_comma(text: &str, all: &[Word], at: usize) -> usize {
    (at + 2..all.len())
        .find(|&i| gap_before(text, all, i).contains(','))
        .unwrap_or(all.len())
}

/// Whether a quotation closes right before word `i`: “…,” Ellery said.
fn quoted_before(text: &str, all: &[Word], i: usize) -> bool {
    gap_before(text, all, i).contains(['"', '”', '’', '\'', '»', '«', '“'])
}

/// Verbs that make words a clause of their own rather than a speaker's name or description.
static FINITE: Words = Words::new(
    "is|was|are|were|has|had|have|will|would|could|can|should|did|does|do|may|might|must",
);

/// Whether the cue verb at `at` ends its clause, as the verb of “…, the mayor said (on
/// Friday)” does: only a few words follow it, none opening what was said.
fn closes_clause(text: &str, all: &[Word], at: usize) -> bool {
    let after = all.get(at + 1..up_to_a_comma(text, all, at)).unwrap_or(&[]);
    after.len() <= 8 && !after.iter().any(|w| cues::is_that(w.text))
}

/// How far past a comma what was said runs: to the end of a closing quotation mark right after
/// it (`,”`), else not at all.
fn closing_mark(from_comma: &str) -> usize {
    let mut chars = from_comma.char_indices().skip(1);
    match chars.next() {
        Some((at, mark @ ('”' | '"' | '’' | '\''))) => at + mark.len_utf8(),
        _ => 0,
    }
}

/// Words that open a described speaker (“the mayor”, “le directeur”), in the text's language.
static DETERMINERS: Words = Words::listed("determiner");

/// Words that tie an office or a place to a body, or open where it was said: “of”, „des“, “de”.
static LINKS: Words = Words::listed("office link");

/// The words after the cue at `at`, up to the next comma after the first of them, and where they
/// end.
fn phrase_after<'a, 't>(text: &str, all: &'a [Word<'t>], at: usize) -> (&'a [Word<'t>], usize) {
    let upto = (at + 2..all.len())
        .find(|&i| gap_before(text, all, i).contains(','))
        .unwrap_or(all.len());
    (all.get(at + 1..upto).unwrap_or(&[]), upto)
}

/// How many words at the start of `run` are a name: capitalised, or particles inside it.
pub(super) fn name_run(run: &[Word]) -> usize {
    static NAME_LINKS: Words = Words::listed("name link");
    // A particle or link counts when a capital follows it, after more of them maybe:
    // “Landesamt für Umweltschutz”, “Zoë van der Berg”.
    let small = |w: &Word| PARTICLES.contains(w.text) || NAME_LINKS.contains(w.text);
    // Inside a name, a capital after an elided article: « La Gazette de l’Argoat ».
    let capital = |w: &Word| is_capitalised(super::words::without_elided_article(w.text));
    let joins = |i: usize| {
        run.get(i).is_some_and(small)
            && run
                .get(i + 1..)
                .and_then(|rest| rest.iter().find(|w| !small(w)))
                .is_some_and(capital)
    };
    let count = (0..run.len())
        .take_while(|&i| {
            run.get(i)
                .is_some_and(|w| is_capitalised(w.text) || i > 0 && capital(w))
                || joins(i)
        })
        .count();
    // Nor may a name end with one.
    (0..=count)
        .rev()
        .find(|&n| n == 0 || run.get(n - 1).is_some_and(capital))
        .unwrap_or(0)
}

/// “…, said Smith”: the speaker written after the verb, up to the next comma.
fn after_verb_speaker(text: &str, all: &[Word], at: usize) -> Range<usize> {
    let (phrase, upto) = phrase_after(text, all, at);
    // Past when it was said: “…, a déclaré lundi La Gazette de l’Argoat”.
    let when = words_of_when(phrase);
    let phrase = phrase
        .get(when..)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(phrase);
    // Past to whom or where it was said: “Rivera a los periodistas” is Rivera, “à l’AFP le
    // directeur” is the director.
    let run = name_run(phrase).max(1);
    // “— …, — розповіла «Краю» мама третьокласника Оксана Лисенко”: past the outlet told, in
    // quotation marks, a description ending in the speaker's name.
    let told_then_named = run < phrase.len()
        && phrase.len() <= 7
        && gap_before(text, all, at + 1).contains(['«', '„', '“', '"'])
        && phrase.last().is_some_and(|w| is_capitalised(w.text))
        && phrase
            .get(run)
            .is_some_and(|w| !is_capitalised(w.text) && !PARTICLES.contains(w.text));
    // Past an adverb of the language's list `verb second` before the name, in a language that
    // writes its nouns with a capital: „sagte dagegen Beate Hollmann-Rieger der Deutschen
    // Presse-Agentur“ (not „sagte gegenüber Journalisten ein Sprecher“); the publication told
    // after the name stays in the phrase, a source.
    let adverb = match phrase {
        _ if !super::names::writes_nouns_with_capitals() => false,
        [adverb, name, ..] => {
            !is_capitalised(adverb.text)
                && VERB_SECOND.contains(&adverb.text.to_lowercase())
                && is_capitalised(name.text)
                && gap_before(text, all, at + 1 + when + 1) == " "
        }
        _ => false,
    };
    let (first, last) = match phrase.first() {
        Some(_) if told_then_named => (run, phrase.len()),
        Some(w) if is_capitalised(w.text) => (0, run),
        // A person's pronoun before to whom it was said: „…“, sagte er dem Sender (not „…“,
        // heisst es in der Mitteilung der Behörde, nor an object before the speaker, „…“,
        // forderte sie der Vorsitzende auf, « … », confirme lui aussi Pierre Martin).
        Some(w) if is_person_pronoun(w.text) && !names_someone(phrase.get(1..).unwrap_or(&[])) => {
            (0, 1)
        }
        Some(_) if adverb => (1, phrase.len()),
        _ => {
            let first = phrase
                .iter()
                .position(|w| DETERMINERS.contains(w.text))
                .filter(|&d| d > 0 && d + 1 < phrase.len())
                .unwrap_or(0);
            (first, subject_end(phrase).max(first + 1))
        }
    };
    let mut range = match (phrase.get(first), phrase.get(last.saturating_sub(1))) {
        (Some(a), Some(b)) => a.start..b.end,
        _ => return all.get(at + 1).map_or(0..0, |w| w.start..w.end),
    };
    // A name in apposition: “le directeur du site, Thierry Lemoine”.
    if last == phrase.len() {
        if let Some(end) = name_in_apposition(text, all, upto) {
            range.end = end;
        }
    }
    range
}

/// Where a name in apposition ends when the words from `at` (after a comma) are one that ends
/// the clause or another comma closes: “…, explicó el consejero delegado, Xosé Manuel Piñeiro
/// Outeiral, en una conferencia”, “…, según su portavoz, Rocío Mediavilla Gallardo.”.
fn name_in_apposition(text: &str, all: &[Word], at: usize) -> Option<usize> {
    let rest = all.get(at..)?;
    let run = name_run(rest);
    // Closed by a comma, the clause's end, or a bracket after it (“Hélène Caradec (divers
    // gauche)”).
    let closed = run == rest.len() || gap_before(text, all, at + run).contains([',', '(']);
    ((2..=5).contains(&run) && closed)
        .then(|| rest.get(run - 1).map(|w| w.end))
        .flatten()
}

/// A clause its subject vouches for (the language's list `own account`: „nach eigenen
/// Angaben“, “by its own account”, “по её собственным данным”): the whole clause is the subject's
/// claim, unless a verb of speech in it says who spoke. The subject is what comes before the
/// phrase and its comma where a name stands there („Инициативная группа «Наш дом», по её
/// собственным данным, …“); else the name or noun right before it („Betriebsbedingte Kündigungen
/// will das Unternehmen nach eigenen Angaben …“, “The company, by its own account, …”); else the
/// name the clause opens with („Die Kliniken Oberwald wollen nach eigenen Angaben …“).
fn own_account(text: &str, clause: &Range<usize>, all: &[Word]) -> Option<Attribution> {
    static OWN: Words = Words::listed("own account");
    // Compared letter by letter in small letters: most clauses hold none of the phrases.
    let same = |w: &Word, p: &str| w.text.chars().flat_map(char::to_lowercase).eq(p.chars());
    let (at, length) = (1..all.len()).find_map(|at| {
        OWN.iter().find_map(|phrase| {
            let mut here = all.get(at..)?.iter();
            phrase
                .split(' ')
                .all(|p| here.next().is_some_and(|w| same(w, p)))
                .then(|| (at, phrase.split(' ').count()))
        })
    })?;
    // A verb of speech in the clause says who spoke: “…, by their own count, …, the organisers
    // said.”
    if all.iter().any(|w| cues::is_speech(w.text)) {
        return None;
    }
    let cue = all.get(at)?.start..all.get(at + length - 1)?.end;
    let determiner = |k: usize| {
        all.get(k)
            .is_some_and(|w| DETERMINERS.contains(&w.text.to_lowercase()))
    };
    // Before its comma, a name: a capitalised word no article or opener (not “The firm cut, by
    // its own estimate, …”).
    let named_before = all.get(..at).is_some_and(|before| {
        before.iter().any(|w| {
            is_capitalised(w.text)
                && !DETERMINERS.contains(&w.text.to_lowercase())
                && !super::names::is_opener(w.text)
        })
    });
    let subject = if gap_before(text, all, at).contains(',') && at <= 8 && named_before {
        0..at
    } else if all.get(at - 1).is_some_and(|w| is_capitalised(w.text)) {
        let start = at - name_run_back(all.get(..at).unwrap_or(&[]));
        start.saturating_sub(usize::from(start > 0 && determiner(start - 1)))..at
    } else if at >= 2 && determiner(at - 2) {
        at - 2..at
    } else {
        let from = usize::from(determiner(0));
        from..from + name_run(all.get(from..at).unwrap_or(&[]))
    };
    if subject.is_empty() {
        return None;
    }
    let speaker = all.get(subject.start)?.start..all.get(subject.end - 1)?.end;
    Some(Attribution {
        speaker: Speaker::Named(speaker),
        kind: ClaimKind::Statement,
        quote: clause.clone(),
        cue,
    })
}

/// How many capitalised words, with the particles and links between them, end `words`.
fn name_run_back(words: &[Word]) -> usize {
    let mut count = 0;
    for w in words.iter().rev() {
        if is_capitalised(w.text) || count > 0 && LINKS.contains(&w.text.to_lowercase()) {
            count += 1;
        } else {
            break;
        }
    }
    // Not a link first: „des“ of „Kliniken des Kreises“ is kept only between capitals.
    while count > 0
        && words
            .get(words.len() - count)
            .is_some_and(|w| !is_capitalised(w.text))
    {
        count -= 1;
    }
    count
}

/// “according to X, …” and “…, according to X”, or a postposition after X opening the clause:
/// „Rehbeins Angaben zufolge waren …“.
fn according_to(text: &str, clause: &Range<usize>, all: &[Word]) -> Option<Attribution> {
    static AFTER: Words = Words::listed("according after");
    let after = all
        .iter()
        .take(9)
        .position(|w| AFTER.contains(&w.text.to_lowercase()))
        .filter(|&at| at > 0 && (1..=at).all(|i| !gap_before(text, all, i).contains(',')));
    if let Some(at) = after {
        let (first, cue, next) = (all.first()?, all.get(at)?, all.get(at + 1)?);
        return Some(Attribution {
            speaker: Speaker::Named(first.start..all.get(at - 1)?.end),
            kind: ClaimKind::Statement,
            quote: next.start..clause.end,
            cue: cue.start..cue.end,
        });
    }
    // A word that names a source only after a comma or a dash, with its speaker closing the
    // clause (the language's list `according closing`): „…, so die Sprecherin, Julia
    // Hartmann.“, „„…“ – so Zeilinger.“
    static CLOSING: Words = Words::listed("according closing");
    let closing = (1..all.len()).find(|&at| {
        all.get(at)
            .is_some_and(|w| CLOSING.contains(&w.text.to_lowercase()))
            && matches!(
                gap_before(text, all, at)
                    .trim()
                    .trim_start_matches(['“', '”', '»', '«', '"', '’'])
                    .trim_start(),
                "," | "–" | "—"
            )
            && all.get(at + 1).is_some_and(|w| {
                is_capitalised(w.text) || DETERMINERS.contains(&w.text.to_lowercase())
            })
            && all.len() - at <= 12
    });
    static POSSESSIVE: Words = Words::listed("possessive");
    // The first word that opens one of the phrases, and the phrase's length in words. A
    // possessive may stand inside a phrase of several words (“за його словами”, “по её словам”,
    // “nach seinen Angaben”): then it is the speaker.
    let found = closing.map(|at| (at, 1, None));
    let (at, length, possessive) = found.or_else(|| {
        (0..all.len()).find_map(|at| {
            ACCORDING.iter().find_map(|phrase| {
                let same = |from: usize, skip: Option<usize>| {
                    let here = all.get(from..)?;
                    let mut here = here
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| Some(from + i) != skip);
                    let all_same = phrase
                        .split(' ')
                        .all(|p| here.next().is_some_and(|(_, w)| w.text.to_lowercase() == p));
                    all_same.then_some(phrase.split(' ').count() + usize::from(skip.is_some()))
                };
                if let Some(length) = same(at, None) {
                    return Some((at, length, None));
                }
                let inside = all
                    .get(at + 1)
                    .filter(|w| POSSESSIVE.contains(&w.text.to_lowercase()));
                inside
                    .filter(|_| phrase.contains(' '))
                    .and_then(|w| same(at, Some(at + 1)).map(|length| (at, length, Some(w))))
            })
        })
    })?;
    if let Some(possessive) = possessive {
        let quote = if at == 0 {
            all.get(at + length)
                .map_or(clause.clone(), |w| w.start..clause.end)
        } else {
            let gap_start = all.get(at - 1).map_or(clause.start, |w| w.end);
            clause.start..gap_start + gap_before(text, all, at).find(',').unwrap_or(0)
        };
        let range = possessive.start..possessive.end;
        return Some(Attribution {
            speaker: Speaker::Named(range.clone()),
            kind: ClaimKind::Statement,
            quote,
            cue: range,
        });
    }
    let name_start = at + length;
    let mut name_end = name_start;
    while name_end < all.len()
        && (name_end == name_start || !gap_before(text, all, name_end).contains(','))
    {
        name_end += 1;
    }
    // A description in small letters, then another ending on the name, each closed by a comma:
    // “По словам руководителя проекта, доктора технических наук Ирины Воронцовой, кабель …”.
    let small = |w: &Word| !is_capitalised(w.text);
    if at == 0
        && !super::names::writes_nouns_with_capitals()
        && all
            .get(name_start..name_end)
            .is_some_and(|d| d.iter().all(small))
    {
        let next = (name_end + 1..all.len().min(name_end + 10))
            .find(|&k| gap_before(text, all, k).contains(','));
        // A noun first, not a place's preposition (“По словам местных жителей, в Нижнем
        // Новгороде, …”), then the name's two words.
        let noun_first = all.get(name_end).is_some_and(|w| {
            let lower = w.text.to_lowercase();
            !is_capitalised(w.text) && !PREPOSITIONS.contains(&lower) && !LINKS.contains(&lower)
        });
        let named = next.filter(|&k| {
            noun_first
                && k >= name_end + 3
                && all
                    .get(k - 2..k)
                    .is_some_and(|last| last.iter().all(|w| is_capitalised(w.text)))
        });
        if let Some(k) = named {
            name_end = k;
        }
    }
    // Opening the clause without a comma soon after it (“Laut Müller seien die Daten alt”), or
    // inside it with no comma before (“… waren nach Angaben der Polizei elf Menschen verletzt”),
    // the name is its run of capitalised words, after an article.
    let inside = at > 0 && !gap_before(text, all, at).contains(',');
    // Up to its comma, a long description ending on a person's name, in a language whose nouns
    // are in small letters: “За словами генеральної директорки ТОВ «Степова нива» Ірини
    // Мельничук, …”.
    // Of twelve words where a description and a name set off by a comma make it: « Selon le
    // commandant des opérations de secours, le colonel Pierre-Emmanuel Kerbrat, … ».
    let apposed = (name_start + 1..name_end).any(|k| gap_before(text, all, k).contains(','));
    let ends_on_a_name = !super::names::writes_nouns_with_capitals()
        && name_end - name_start <= if apposed { 12 } else { 9 }
        && name_end < all.len()
        && all
            .get(name_end.saturating_sub(2)..name_end)
            .is_some_and(|last| last.iter().all(|w| is_capitalised(w.text)));
    let long = name_end - name_start > 6 && !ends_on_a_name;
    // A document and whose it is, up to its comma: “D’après la dernière publication de
    // l’Institut national de la statistique et des études économiques (Insee), …” (not a
    // clause of its own before its comma: „Laut Anklageschrift soll der 58-Jährige zwischen
    // 2021 und 2023 …, …“).
    let document = at == 0
        && name_end - name_start <= 16
        && name_end < all.len()
        // A comma between words, not a figure's: „rund 1,2 Millionen Euro“.
        && gap_before(text, all, name_end).ends_with(char::is_whitespace)
        && all
            .get(name_start..name_end)
            .is_some_and(|phrase| phrase.iter().take(3).any(|w| speakers::is_document(w.text)));
    if (at == 0 || inside) && (name_end == all.len() || long || inside) && !document {
        let article = all
            .get(name_start)
            .is_some_and(|w| DETERMINERS.contains(&w.text.to_lowercase()));
        let mut from = name_start + usize::from(article);
        // A document (after any article: „einer“), then whose it is after an article: „Laut
        // einer Studie des Instituts für Wirtschaft steigen …“ is the institute's.
        let document_at = |k: usize| all.get(k).is_some_and(|w| speakers::is_document(w.text));
        let past_article = all
            .get(name_start)
            .is_some_and(|w| w.text.starts_with(char::is_lowercase));
        let noun = [from, name_start + usize::from(past_article)]
            .into_iter()
            .find(|&k| document_at(k));
        let whose = noun.filter(|&k| {
            all.get(k + 1)
                .is_some_and(|w| DETERMINERS.contains(&w.text.to_lowercase()))
                && all.get(k + 2).is_some_and(|w| is_capitalised(w.text))
        });
        if let Some(k) = whose {
            from = k + 2;
        }
        name_end = from + name_run(all.get(from..).unwrap_or(&[])).max(1);
        // Or up to a name in quotation marks soon after it: „Laut einem Bericht der
        // „Süddeutschen Zeitung“ soll …“.
        let opens = (name_start..all.len().min(name_start + 4))
            .find(|&k| gap_before(text, all, k).contains(['„', '«', '“', '"']));
        let closes = opens.and_then(|k| {
            (k..all.len().min(k + 6)).find(|&m| {
                all.get(m)
                    .and_then(|w| text.get(w.end..))
                    .is_some_and(|after| after.starts_with(['“', '»', '”', '"']))
            })
        });
        if let Some(m) = closes {
            name_end = name_end.max(m + 1);
        }
    }
    let first = all.get(name_start)?;
    let mut last = all.get(name_end - 1)?.end;
    let named = all.get(name_start..name_end).unwrap_or(&[]);
    // After a word or two and a comma opening the clause, what was said follows the phrase as
    // it does when the phrase opens it: “Водночас, за оцінкою Вдовиченка, захист … дає
    // результат”.
    let opened = (1..=2).contains(&at)
        && gap_before(text, all, at).contains(',')
        && (1..at).all(|i| !gap_before(text, all, i).contains(','));
    // A comma after the name, then three words or more and no verb of speech's closing (“…,
    // according to X, a spokesperson said”).
    let aside_closed = |name_end: usize| {
        let rest = all.get(name_end..).unwrap_or(&[]);
        name_end < all.len()
            && gap_before(text, all, name_end).contains(',')
            && rest.len() >= 3
            && !rest.iter().take(4).any(|w| cues::is_speech(w.text))
    };
    let quote = |name_end: usize| {
        if inside {
            clause.clone()
        } else if at == 0 || opened {
            said_from(text, all, name_end).map_or(clause.clone(), |start| start..clause.end)
        } else if aside_closed(name_end) {
            // Set off inside the clause, which goes on after it: “Inflation, according to the
            // ONS, was 9.1%”.
            clause.clone()
        } else {
            let gap_start = all.get(at - 1).map_or(clause.start, |w| w.end);
            let gap = gap_before(text, all, at);
            clause.start..gap_start + gap.find(',').unwrap_or(0)
        }
    };
    // “Según explicó, …”, “según ha precisado”: a verb of speech with no subject is who spoke
    // last.
    if named.iter().any(|w| cues::is_speech(w.text))
        && named
            .iter()
            .all(|w| cues::is_speech(w.text) || is_auxiliary(w))
    {
        return Some(Attribution {
            speaker: Speaker::Implied,
            kind: ClaimKind::Statement,
            quote: quote(name_end),
            cue: all.get(at).map_or(first.start, |w| w.start)..last,
        });
    }
    // “…, según su portavoz, Rocío Mediavilla Gallardo”, “D’après son président, Jean-Baptiste
    // Ollivier, la truite …”: the name after the description.
    if gap_before(text, all, name_end).contains(',') {
        if let Some(end) = name_in_apposition(text, all, name_end) {
            last = end;
            name_end += all
                .get(name_end..)
                .unwrap_or(&[])
                .iter()
                .take_while(|w| w.end <= end)
                .count();
        }
    }
    // “D’après Eurostat, l’office statistique européen, la France …”: what was said comes after
    // a description of the source between commas, of a few words in small letters.
    let described = all.get(name_end..).and_then(|rest| {
        let article = rest.first()?;
        let elided = super::words::elided(article.text, &DETERMINERS).is_some();
        // Or when the document came out: “…, parue le 14 novembre 2025, le taux …”.
        let dated = document && article.text.starts_with(char::is_lowercase);
        if !(elided || dated || DETERMINERS.contains(&article.text.to_lowercase())) {
            return None;
        }
        // A date may take more words: “…, fechado el 3 de abril de 2023, …”.
        let most = if dated { 9 } else { 6 };
        let length =
            (1..rest.len().min(most)).find(|&k| gap_before(text, rest, k).contains(','))?;
        let plain = rest.get(1..length)?.iter().all(|w| {
            (w.text.starts_with(char::is_lowercase) || dated)
                && !cues::is_speech(w.text)
                && !is_auxiliary(w)
        });
        // And what follows is no verb's closing of the clause: “…, le chômage recule, a-t-il dit”.
        // Nor the clause going on after “and”: “Selon l’Insee, le chômage recule, et …”.
        let said = rest.get(length..)?;
        let verb = |w: &Word| cues::is_speech(w.text) || is_auxiliary_inverted_or_not(w);
        let joins = said
            .first()
            .is_some_and(|w| sentences::joins_clauses(&format!(", {} ", w.text)));
        let goes_on = said.len() >= 3 && !joins && !said.first().is_some_and(verb);
        (at == 0 && plain && goes_on && gap_before(text, all, name_end).contains(','))
            .then_some(length)
    });
    // “Según explicó la alcaldesa, …”, “según ha informado el Ayuntamiento”: the speaker
    // after the verb.
    let verb = named
        .iter()
        .take_while(|w| cues::is_speech(w.text) || is_auxiliary(w))
        .count();
    let speaker_start = named.get(verb).map_or(first.start, |w| w.start);
    Some(Attribution {
        speaker: Speaker::Named(speaker_start..last),
        kind: ClaimKind::Statement,
        quote: quote(name_end + described.unwrap_or(0)),
        cue: first.start..last,
    })
}

/// “referred to … as”: a cue of two words.
fn is_referred(all: &[Word], i: usize) -> bool {
    all.get(i)
        .is_some_and(|w| ["referred", "refers", "refer"].contains(&w.text))
        && all.get(i + 1).is_some_and(|w| w.text == "to")
}

/// Verbs that report a finding, which frame what was found as speech verbs frame what was said
/// (the language's list `finding`).
static FINDING: Words = Words::listed("finding");

/// A finding reported with what was found: “researchers found that …”, “the agency estimates
/// that …”, “concluded in its 2023 assessment that …” — without “that”, “found” is as often a
/// plain verb.
fn finds_that(text: &str, all: &[Word], i: usize) -> bool {
    all.get(i).is_some_and(|w| FINDING.contains(w.text)) && that_after_cue(text, all, i).is_some()
}

/// Whether the cue word at `i` is a verb here, not a noun (“the claims”) or a passive (“was
/// reported”), and not the start of a name (“Said”).
fn is_verb_here(all: &[Word], i: usize) -> bool {
    let Some(word) = all.get(i) else { return false };
    // The word right before it, a space between: not “S.A., informó”, whose “A” ends a name.
    let previous = i
        .checked_sub(1)
        .and_then(|p| all.get(p))
        .filter(|p| p.end + 1 == word.start)
        .map(|w| w.text.to_lowercase());
    // Or capitalised where it opens the clause, with no subject before it: “Añadió que …”.
    let lower_case = word.text.chars().next().is_some_and(char::is_lowercase)
        || opens_with_its_verb(all, i) && word.text.chars().skip(1).all(char::is_lowercase);
    let after_auxiliary = previous.as_deref().is_some_and(cues::is_auxiliary);
    // An object pronoun after its subject, a name or a speaker's noun, is no article: “El
    // alcalde la calificó”, not “según la denuncia”.
    // Not a place a preposition opens: “En Madrid la denuncia fue archivada”.
    let placed = i
        .checked_sub(3)
        .and_then(|p| all.get(p))
        .is_some_and(|w| PREPOSITIONS.contains(&w.text.to_lowercase()));
    let object = previous.as_deref().is_some_and(|p| CLITICS.contains(p))
        && !placed
        && i.checked_sub(2)
            .and_then(|s| all.get(s))
            .is_some_and(|subject| {
                is_capitalised(subject.text)
                    || speaker_noun_kind(&subject.text.to_lowercase()).is_some()
            });
    let after_determiner =
        previous.as_deref().is_some_and(cues::is_determiner) && !after_auxiliary && !object;
    let passive = previous
        .as_deref()
        .is_some_and(|p| NOT_BEFORE_A_CUE.contains(p));
    // A participle the conjugations give is a verb after an auxiliary, however far before it
    // in the clause (“Le parquet a, dans un communiqué, indiqué”, “a-t-il déclaré”), not an
    // adjective: “el valor añadido”, « le montant avancé ».
    let adjective = cues::is_participle(word.text)
        && !all
            .get(..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(8)
            .any(is_auxiliary_inverted_or_not);
    // “calls” and “called” report speech when calling for or on something, or calling something
    // a name (“called her work …”), not in “a group called Hamas”.
    let calling = ["calls", "called"].contains(&word.text);
    static CALLED_WHAT: Words = Words::new("for|on|it|them|him|her|this|that|the|his|its|their");
    let calls_for = all.get(i + 1).is_some_and(|n| CALLED_WHAT.contains(n.text));
    lower_case && !after_determiner && !passive && !adjective && (!calling || calls_for)
}

/// The writer's own kind of claim: an assessment when it evaluates or speaks in the first
/// person, a report otherwise.
fn own_kind(all: &[Word]) -> ClaimKind {
    let evaluates = all.iter().enumerate().any(|(i, w)| {
        let lower = w.text.to_lowercase();
        let modal_month = w.text == "May";
        let first_person = ["I", "we", "We", "my", "My", "our", "Our"].contains(&w.text);
        let forces_to = lower == "forces" && all.iter().skip(i + 1).take(4).any(|n| n.text == "to");
        (cues::is_evaluative(&lower) && lower != "forces" && !modal_month)
            || first_person
            || forces_to
    });
    if evaluates {
        ClaimKind::Assessment
    } else {
        ClaimKind::Report
    }
}

/// Nominal reports of what someone claims inside a clause: “the claims by the Russian military
/// about …”, “Putin’s description of his peacekeeping operations”. Each is the quoted words and
/// where its speaker is written.
pub fn nominal(text: &str, clause: &Range<usize>) -> Vec<(Range<usize>, Range<usize>, ClaimKind)> {
    static NOUNS: Words = Words::new(concat!(
        "claim|claims|accusation|accusations|allegation|allegations|assertion|assertions|",
        "statement|statements|warning|warnings|denial|denials|description|remarks|comments|",
        "promise|promises",
    ));
    let all = clause_words(text, clause);
    let mut found = Vec::new();
    for (i, word) in all.iter().enumerate() {
        if !NOUNS.contains(word.text) {
            continue;
        }
        let kind = if word.text.starts_with("denial") {
            ClaimKind::Denial
        } else {
            ClaimKind::Statement
        };
        let end = phrase_end(text, &all, i, clause.end);
        let previous = i.checked_sub(1).and_then(|p| all.get(p));
        // “X’s description of …”
        if let Some(owner) = previous.filter(|p| {
            p.text.chars().next().is_some_and(char::is_uppercase)
                && (p.text.ends_with("’s") || p.text.ends_with("'s"))
        }) {
            let name_end = owner.end
                - "’s"
                    .len()
                    .min(owner.text.len() - owner.text.trim_end_matches(['’', '\'', 's']).len());
            found.push((owner.start..end, owner.start..name_end, kind));
            continue;
        }
        // “the claims by X about …”
        if all.get(i + 1).is_some_and(|w| w.text == "by") {
            let start = previous
                .filter(|p| cues::is_determiner(&p.text.to_lowercase()))
                .map_or(word.start, |p| p.start);
            let speaker_words: Vec<&Word> = all
                .iter()
                .skip(i + 2)
                .take_while(|w| {
                    !["about", "that", "of", "on", "over", "against", "to"].contains(&w.text)
                })
                .take(5)
                .collect();
            if let (Some(first), Some(last)) = (speaker_words.first(), speaker_words.last()) {
                found.push((start..end, first.start..last.end, kind));
            }
        }
    }
    found
}

/// Where the noun phrase from word `i` ends: at the next comma, or the clause's end.
fn phrase_end(text: &str, all: &[Word], i: usize, clause_end: usize) -> usize {
    let mut end = all.get(i).map_or(clause_end, |w| w.end);
    for (j, word) in all.iter().enumerate().skip(i + 1) {
        if gap_before(text, all, j).contains(',') {
            break;
        }
        end = word.end;
    }
    end
}

fn clause_words<'t>(text: &'t str, clause: &Range<usize>) -> Vec<Word<'t>> {
    words(text.get(clause.clone()).unwrap_or(""))
        .into_iter()
        .map(|w| Word {
            start: w.start + clause.start,
            end: w.end + clause.start,
            text: w.text,
        })
        .collect()
}

/// The text between word `i - 1` and word `i`.
/// Whether a comma stands right before word `i`, or in a line of dialogue the dash that closes
/// what was said (“—Nos quedamos aquí —dijo Rivera”).
fn pause_before(text: &str, all: &[Word], i: usize) -> bool {
    let gap = gap_before(text, all, i);
    gap.contains(',') || gap.contains(DASHES) && dash_closes(text, gap)
}

/// Whether a dash in `gap` closes what was said before it as a comma does: in a line of
/// dialogue, or after a quotation (“«Llevamos tres años denunciándolo» —dijo Carrascal.”).
fn dash_closes(text: &str, gap: &str) -> bool {
    dialogue(text) || gap.contains(['»', '”', '"'])
}

/// The dashes that open and close a line of dialogue.
pub(super) const DASHES: [char; 2] = ['—', '–'];

/// Whether a paragraph is a line of dialogue: it opens with a dash (“— Ми дізналися…”).
fn dialogue(text: &str) -> bool {
    text.trim_start().starts_with(DASHES)
}

fn gap_before<'t>(text: &'t str, all: &[Word], i: usize) -> &'t str {
    let from = i.checked_sub(1).and_then(|p| all.get(p)).map(|w| w.end);
    let to = all.get(i).map(|w| w.start);
    match (from, to) {
        (Some(from), Some(to)) => text.get(from..to).unwrap_or(""),
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Vocabulary;

    /// The speaker's words, the kind, and the quoted words, for a whole text taken as one clause.
    fn said(text: &str) -> (Option<&str>, &'static str, &str) {
        let found = attribute(text, 0..text.len());
        let speaker = match found.speaker {
            Speaker::Named(range) => Some(&text[range]),
            Speaker::Writer => None,
            Speaker::Before => Some("(before)"),
            Speaker::Reporting => Some("(reporting)"),
            Speaker::Implied => Some("(implied)"),
        };
        (speaker, found.kind.key(), &text[found.quote])
    }

    #[test]
    fn reported_speech_before_what_is_said() {
        assert_eq!(
            said(
                "White Rex, the leader of the LSR, said his group managed to seize “some weapons”"
            ),
            (
                Some("White Rex, the leader of the LSR"),
                "statement",
                "his group managed to seize “some weapons”"
            )
        );
        assert_eq!(
            said("Additionally, he stated that only two fighters had been injured"),
            (
                // The pronoun after the comma: the opening adverb is no part of the speaker.
                Some("he"),
                "statement",
                "only two fighters had been injured"
            )
        );
        assert_eq!(
            said("The minister told the BBC that talks would resume in March"),
            (
                Some("The minister"),
                "statement",
                "talks would resume in March"
            )
        );
        assert_eq!(
            said("Russia describes RDK and the LSR as Ukrainian militants"),
            (
                Some("Russia"),
                "statement",
                "Russia describes RDK and the LSR as Ukrainian militants"
            )
        );
        assert_eq!(
            said("For instance, the Freedom of Russia Legion referred to its operation as a “peace-keeping mission,”"),
            (Some("For instance, the Freedom of Russia Legion"), "statement", "For instance, the Freedom of Russia Legion referred to its operation as a “peace-keeping mission,”")
        );
    }

    #[test]
    fn a_that_inside_what_was_said_does_not_open_it() {
        assert_eq!(
            said("The mayor said the accounts showed that the budget was balanced").2,
            "the accounts showed that the budget was balanced"
        );
        assert_eq!(
            said("The mayor said on Friday that the budget was balanced").2,
            "the budget was balanced"
        );
        assert_eq!(
            said("The mayor told councillors at the meeting that the budget was balanced").2,
            "the budget was balanced"
        );
    }

    #[test]
    fn an_opening_phrase_before_a_comma_is_no_end_attribution() {
        assert_eq!(
            said("In March, the council blamed the flooding on blocked drains near the old harbour wall"),
            (
                Some("the council"),
                "statement",
                "In March, the council blamed the flooding on blocked drains near the old harbour wall"
            )
        );
        assert_eq!(
            said("Ana Ruiz, head of the dockers' union, said Portugal was not ready").2,
            "Portugal was not ready"
        );
        assert_eq!(said("“We are ready,” said Ana Ruiz").0, Some("Ana Ruiz"));
        // A phrase with a preposition is neither what was said nor who said it.
        assert_eq!(
            said("In a statement, the council said its offer was final"),
            (Some("the council"), "statement", "its offer was final")
        );
        // The cue that closes the clause, not one inside what was said.
        assert_eq!(
            said("The sweeps would tell owners whether their stoves passed, she added"),
            (
                Some("she"),
                "statement",
                "The sweeps would tell owners whether their stoves passed"
            )
        );
    }

    #[test]
    fn denials() {
        assert_eq!(
            said("Ukraine deliberately denied its raid involvement"),
            (
                Some("Ukraine"),
                "denial",
                "Ukraine deliberately denied its raid involvement"
            )
        );
        assert_eq!(
            said("denying the claims by the Russian military about heavy casualties"),
            (
                Some("(before)"),
                "denial",
                "denying the claims by the Russian military about heavy casualties"
            )
        );
        assert_eq!(
            said("The company rejected the findings of the report"),
            (
                Some("The company"),
                "denial",
                "The company rejected the findings of the report"
            )
        );
    }

    #[test]
    fn reported_speech_after_what_is_said() {
        assert_eq!(
            said("The harbour will reopen on Monday, the mayor said"),
            (
                Some("the mayor"),
                "statement",
                "The harbour will reopen on Monday"
            )
        );
        assert_eq!(
            said("“We will not give up,” said Zoë van der Berg, the union’s leader"),
            (
                Some("Zoë van der Berg"),
                "statement",
                "“We will not give up,”"
            )
        );
        assert_eq!(
            said("\"Prices will rise again,\" she warned"),
            (Some("she"), "statement", "\"Prices will rise again,\"")
        );
        assert_eq!(
            said("According to the Instituto Nacional de Estadística, prices rose by 3%"),
            (
                Some("the Instituto Nacional de Estadística"),
                "statement",
                "prices rose by 3%"
            )
        );
        assert_eq!(
            said("Prices rose by 3%, according to official figures"),
            (Some("official figures"), "statement", "Prices rose by 3%")
        );
    }

    #[test]
    fn the_writers_own_reports_and_assessments() {
        assert_eq!(
            said("Armed clashes characterised the incursion").1,
            "report"
        );
        assert_eq!(
            said("the raid aims to boost morale in Ukraine").1,
            "assessment"
        );
        assert_eq!(
            said("It demonstrates the perceived weakness in the Russian defence").1,
            "assessment"
        );
        assert_eq!(said("I think the council should resign").1, "assessment");
        assert_eq!(
            said("On the 22nd of May, there was a two-day incursion").1,
            "report"
        );
        assert_eq!(said("they are not military-independent forces").1, "report");
        assert_eq!(said("The mayor was said to be furious").1, "report");
        assert_eq!(
            said("the claims by the Russian military were false").1,
            "report"
        );
    }

    #[test]
    fn claims_named_as_nouns_are_claims_of_their_own() {
        let text = "denying the claims by the Russian military about heavy casualties inflicted on the saboteurs";
        let found = nominal(text, &(0..text.len()));
        assert_eq!(found.len(), 1);
        assert_eq!(
            &text[found[0].0.clone()],
            "the claims by the Russian military about heavy casualties inflicted on the saboteurs"
        );
        assert_eq!(&text[found[0].1.clone()], "the Russian military");
        let text = "mirroring Putin’s description of his peacekeeping operations in Donbas";
        let found = nominal(text, &(0..text.len()));
        assert_eq!(
            &text[found[0].0.clone()],
            "Putin’s description of his peacekeeping operations in Donbas"
        );
        assert_eq!(&text[found[0].1.clone()], "Putin");
    }
}
