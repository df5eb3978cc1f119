//! Where claims stand in a paragraph: its sentences, the clauses of a sentence that each assert
//! something (joined by “; ”, “, and” before a new subject, “, but”, “, while”, “and that …”,
//! “but declined …”, a participle such as “, denying …”, a closing relative clause “, whose …”
//! or “, where …”, a quotation that goes on after its cue), the quotations in it (in typographic,
//! straight or single marks, an apostrophe aside), and the quote
//! selector (`exact` with the `prefix`/`suffix` that single out one occurrence) that anchors a
//! claim in its paragraph exactly as the loader will look for it.

use super::words::Words;
use std::cell::RefCell;
use std::ops::Range;

use super::cues;
use super::dates;
use super::words::{words, Word};

/// Abbreviations after which a full stop does not end a sentence.
static ABBREVIATIONS: Words = Words::new(concat!(
    "mr|mrs|ms|dr|prof|st|gen|col|lt|sgt|capt|rep|sen|gov|jr|sr|inc|ltd|co|corp|vs|etc|",
    "e.g|i.e|no|nos|fig|jan|feb|aug|sept|oct|nov|dec|approx|cf",
));

/// The spans of a paragraph that are quoted or in brackets, where a sentence or clause does not
/// end: “We will win. They will lose,” he said. A line of dialogue's words up to the dash before
/// its speaker are one too: “— … . …, — сказал Баклан.”
pub fn nested_spans(text: &str) -> Vec<Range<usize>> {
    // The rules ask for the spans of one paragraph again and again (each sentence, each clause):
    // those of the paragraph being read are kept while it is (see [`reading`]), found by where
    // its text stands, and the last other text's while the text is the same.
    thread_local! {
        static LAST: RefCell<(String, Vec<Range<usize>>)> = const { RefCell::new((String::new(), Vec::new())) };
    }
    if let Some(spans) = being_read(text, |marked| marked.spans.clone()) {
        return spans;
    }
    LAST.with_borrow_mut(|(last, spans)| {
        if last != text {
            *spans = spans_of(text);
            last.clear();
            last.push_str(text);
        }
        spans.clone()
    })
}

/// What the paragraph being read holds: its spans and its quotations.
struct Marked {
    spans: Vec<Range<usize>>,
    quoted: Vec<Range<usize>>,
}

thread_local! {
    /// The paragraph being read: where it stands in memory, its length, and its marks.
    static READING: RefCell<Option<(usize, usize, Marked)>> = const { RefCell::new(None) };
}

/// What `pick` takes of the marks of `text`, if it is the paragraph being read.
fn being_read<T>(text: &str, pick: impl Fn(&Marked) -> T) -> Option<T> {
    READING.with_borrow(|reading| {
        reading
            .as_ref()
            .filter(|(at, length, _)| *at == text.as_ptr() as usize && *length == text.len())
            .map(|(_, _, marked)| pick(marked))
    })
}

/// Runs `read` with the spans of `paragraph` kept: asked for again while it runs, they are given
/// without reading the paragraph, nor comparing it with the last text asked for — the paragraph
/// is borrowed while `read` runs, so a text at the same place and of the same length is it. On a
/// paragraph of a megabyte, comparing it for each clause took a fifth of its draft.
pub fn reading<R>(paragraph: &str, read: impl FnOnce() -> R) -> R {
    /// Forgets the paragraph when `read` ends, however it ends.
    struct Done;
    impl Drop for Done {
        fn drop(&mut self) {
            READING.with_borrow_mut(|reading| *reading = None);
        }
    }
    let spans = spans_of(paragraph);
    let quoted = quoted_in(paragraph, &spans);
    READING.with_borrow_mut(|reading| {
        *reading = Some((
            paragraph.as_ptr() as usize,
            paragraph.len(),
            Marked { spans, quoted },
        ));
    });
    let _done = Done;
    read()
}

fn spans_of(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open = Open::default();
    // Byte by byte: every mark sought is ASCII but the typographic quotes, which start with 0xE2.
    // The drafter reads each paragraph's spans once a clause, so this is one of its hot loops.
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        match byte {
            b'"' => match open.straight.take() {
                Some(start) => spans.push(start..at + 1),
                // A straight quote opens after a space or bracket, and closes anywhere else.
                None => {
                    let previous = text.get(..at).and_then(|before| before.chars().next_back());
                    if previous
                        .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–'))
                    {
                        open.straight = Some(at);
                    }
                }
            },
            b'\'' => {
                let (before, after) = around(text, at, 1);
                match open.single {
                    Some(start) if closes_single(before, after) => {
                        spans.push(start..at + 1);
                        open.single = None;
                    }
                    None if opens_single(before, after) => open.single = Some(at),
                    _ => {}
                }
            }
            b'(' if open.bracket.is_none() => open.bracket = Some(at),
            b')' => {
                if let Some(start) = open.bracket.take() {
                    spans.push(start..at + 1);
                }
            }
            0xE2 => open.typographic_mark(text, at, &mut spans),
            0xC2 => open.guillemet(text, at, &mut spans),
            _ => {}
        }
    }
    spans.extend(dialogue_line(text));
    spans.extend(after_the_speaker(text));
    spans
}

/// What a line of dialogue says after the words that name its speaker between dashes, to the
/// line's end, as a quotation: “—Nadie va a ser apartado —respondió el regidor—. El Ayuntamiento
/// colaborará con la Justicia.”
fn after_the_speaker(text: &str) -> Option<Range<usize>> {
    let line = text.trim_start();
    let opening = text.len() - line.len();
    line.starts_with(['—', '–']).then_some(())?;
    // The dash that opens the speaker's words, after a space, and the one that closes them,
    // before a full stop or a comma.
    let from = opening + line.find(" —").or_else(|| line.find(" –"))?;
    let rest = text.get(from + 1..)?;
    let close = rest
        .char_indices()
        .skip(1)
        .find(|&(at, c)| {
            matches!(c, '—' | '–')
                && rest
                    .get(at + c.len_utf8()..)
                    .is_some_and(|then| then.starts_with(". ") || then.starts_with(", "))
        })
        .map(|(at, c)| from + 1 + at + c.len_utf8() + 2)?;
    let end = text.trim_end().len();
    (close < end).then_some(close..end)
}

/// A line of dialogue's words up to the dash before its speaker, as a quotation: “— В районах
/// люди не могут выехать к врачу. Теперь им говорят: подождите, — сказал Баклан.”, or as
/// Spanish writes it, its verb right after the dash: “—Yo quería a esas abuelas. Nunca dejé sola
/// a nadie —dijo Benavídez.” The span runs from the opening dash to the mark or the space before
/// the closing one.
fn dialogue_line(text: &str) -> Option<Range<usize>> {
    let opening = text.len() - text.trim_start().len();
    let rest = text.get(opening..)?;
    let dash = rest.chars().next().filter(|c| matches!(c, '—' | '–'))?;
    let after = opening + dash.len_utf8();
    let closing = text.get(after..)?.char_indices().find_map(|(at, c)| {
        let mark = matches!(c, ',' | '!' | '?' | '…');
        let then = text.get(after + at + c.len_utf8()..)?;
        if mark && (then.starts_with(" — ") || then.starts_with(" – ")) {
            return Some(after + at + c.len_utf8());
        }
        let verb = then
            .strip_prefix(['—', '–'])
            .and_then(|verb| verb.chars().next())
            .is_some_and(char::is_lowercase);
        (c == ' ' && verb).then_some(after + at + 1)
    })?;
    Some(opening..closing)
}

/// Where the quotation marks and brackets still open were opened, as [`spans_of`] reads a
/// paragraph.
#[derive(Default)]
struct Open {
    typographic: Option<usize>,
    straight: Option<usize>,
    bracket: Option<usize>,
    /// Single quotation marks, as British papers quote: 'We are devastated,' she said. A mark
    /// between two letters is an apostrophe (“trust's”), never a quotation's end.
    single: Option<usize>,
    /// Guillemets, with the mark that closes them: «…» in French, Spanish, Ukrainian and
    /// Russian, »…« in German.
    guillemets: Option<(usize, &'static str)>,
    /// A low opening mark, „, which German and the Slavic languages close with “ (or ”).
    low: Option<usize>,
}

impl Open {
    /// Reads the typographic mark, if one, that starts with the byte 0xE2 at `at`.
    fn typographic_mark(&mut self, text: &str, at: usize, spans: &mut Vec<Range<usize>>) {
        match text.get(at..at + '“'.len_utf8()) {
            Some("„") if self.low.is_none() => self.low = Some(at),
            Some("“" | "”") if self.low.is_some() => {
                if let Some(start) = self.low.take() {
                    spans.push(start..at + '“'.len_utf8());
                }
            }
            Some("“") if self.typographic.is_none() => self.typographic = Some(at),
            Some("”") => {
                if let Some(start) = self.typographic.take() {
                    spans.push(start..at + '”'.len_utf8());
                }
            }
            Some("‘") if self.single.is_none() && self.typographic.is_none() => {
                let (before, after) = around(text, at, '‘'.len_utf8());
                if opens_single(before, after) {
                    self.single = Some(at);
                }
            }
            Some("’") => {
                let (before, after) = around(text, at, '’'.len_utf8());
                if let Some(start) = self.single.filter(|_| closes_single(before, after)) {
                    spans.push(start..at + '’'.len_utf8());
                    self.single = None;
                }
            }
            _ => {}
        }
    }
}

impl Open {
    /// Reads the guillemet, if one, that starts with the byte 0xC2 at `at`: the first opens a
    /// quotation, which the other way round closes (nested ones, rare, are left to the outer).
    fn guillemet(&mut self, text: &str, at: usize, spans: &mut Vec<Range<usize>>) {
        let mark = match text.get(at..at + '«'.len_utf8()) {
            Some(mark @ ("«" | "»")) => mark,
            _ => return,
        };
        match self.guillemets {
            Some((start, closing)) if closing == mark => {
                spans.push(start..at + mark.len());
                self.guillemets = None;
            }
            Some(_) => {}
            None => self.guillemets = Some((at, if mark == "«" { "»" } else { "«" })),
        }
    }
}

/// The characters before and after the mark `width` bytes wide at `at`.
fn around(text: &str, at: usize, width: usize) -> (Option<char>, Option<char>) {
    let before = text.get(..at).and_then(|b| b.chars().next_back());
    let after = text.get(at + width..).and_then(|a| a.chars().next());
    (before, after)
}

/// Whether a single quotation mark between `before` and `after` opens a quotation.
fn opens_single(before: Option<char>, after: Option<char>) -> bool {
    before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '—' | '–'))
        && after.is_some_and(char::is_alphanumeric)
}

/// Whether a single quotation mark between `before` and `after` closes a quotation: not an
/// apostrophe between two letters.
fn closes_single(before: Option<char>, after: Option<char>) -> bool {
    before.is_some_and(|b| !b.is_whitespace())
        && after.is_none_or(|a| !a.is_alphanumeric())
        && !(before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic))
}

/// Spans of a paragraph merged where they overlap, in order, so that whether a place or a word
/// is inside one is found by halving rather than by reading them all: a paragraph of a megabyte
/// may have thousands, and each of its words asks.
pub struct Merged(Vec<Range<usize>>);

impl Merged {
    pub fn of(spans: &[Range<usize>]) -> Merged {
        let mut sorted = spans.to_vec();
        sorted.sort_by_key(|s| s.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
        for span in sorted {
            match merged.last_mut() {
                // Overlapping, not only touching: a place where one ends and the next starts is
                // inside neither.
                Some(last) if span.start < last.end => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        Merged(merged)
    }

    /// The merged span that starts at or before `at`, the last such.
    fn before(&self, at: usize) -> Option<&Range<usize>> {
        let after = self.0.partition_point(|s| s.start <= at);
        after.checked_sub(1).and_then(|i| self.0.get(i))
    }

    /// Whether `at` is inside a span, past its start and before its end.
    pub fn holds(&self, at: usize) -> bool {
        self.before(at.saturating_sub(1))
            .is_some_and(|s| s.start < at && at < s.end)
    }

    /// Whether the whole of `range` lies within a span.
    pub fn covers(&self, range: &Range<usize>) -> bool {
        self.before(range.start).is_some_and(|s| range.end <= s.end)
    }
}

/// The sentences of a paragraph, as byte ranges, with their closing punctuation.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let nested = Merged::of(&nested_spans(text));
    let mut found = Vec::new();
    let mut start = time_stamp_end(text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Closing quotes and brackets belong to the sentence they close, as each language
        // writes them: ”, », « (»…«), “ („…“).
        // French sets its closing guillemet off by a space: « … spoliation. »
        let mut j = i + 1;
        loop {
            let closing = chars.get(j).is_some_and(|&(_, c)| {
                matches!(
                    c,
                    '”' | '"' | '’' | '»' | '«' | '“' | ')' | ']' | '.' | '!' | '?'
                )
            });
            // Not German's opening one, a word right after it: „… sagte er. »Wir …“.
            let spaced_guillemet = chars.get(j).is_some_and(|&(_, c)| c.is_whitespace())
                && chars.get(j + 1).is_some_and(|&(_, c)| c == '»')
                && chars.get(j + 2).is_none_or(|&(_, c)| !c.is_alphanumeric());
            if !(closing || spaced_guillemet) {
                break;
            }
            j += if spaced_guillemet { 2 } else { 1 };
        }
        let end = chars.get(j).map_or(text.len(), |&(at, _)| at);
        if nested.holds(end) {
            continue;
        }
        let spaced = chars.get(j).is_some_and(|&(_, c)| c.is_whitespace());
        let next = chars
            .get(j..)
            .and_then(|rest| rest.iter().find(|(_, c)| !c.is_whitespace()));
        let opens = next.is_some_and(|&(_, n)| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '“' | '"' | '‘' | '\'' | '«' | '»' | '„' | '—' | '–')
        });
        let abbreviated =
            abbreviation_before(text, at) && !time_of_day_ends(text, at) && !company_ends(text, at)
                || ordinal_day_before_month(text, at);
        if spaced && opens && !(c == '.' && abbreviated) {
            push_trimmed(&mut found, text, start..end);
            start = end;
        }
    }
    push_trimmed(&mut found, text, start..text.len());
    found
}

/// Where a live blog's time stamp opening an entry ends, before its first sentence: “07:55 За
/// даними …”, “21h40 - C'est ici …”, “4:20pm: Disaster …”, “17.05 Uhr: Der Pegel …”, “10.32 BST
/// The prime minister …”; 0 where the paragraph opens otherwise. A time written with a point
/// needs a mark after it, as a price does not: “2.50 Franken kostet …”.
fn time_stamp_end(text: &str) -> usize {
    static SUFFIXES: [&str; 10] = [
        " a.m.", " p.m.", "a.m.", "p.m.", "am", "pm", " am", " pm", " Uhr", " hs",
    ];
    let Some((time, separator)) = dates::time_of_day(text) else {
        return 0;
    };
    let rest = text.get(time..).unwrap_or("");
    let lower = rest.to_lowercase();
    let suffix = SUFFIXES
        .iter()
        .find(|s| lower.starts_with(&s.to_lowercase()))
        .map_or(0, |s| s.len());
    let mut rest = rest.get(suffix..).unwrap_or("");
    // A time zone after it: “BST”, “GMT”, “MSK”.
    let zone = rest
        .strip_prefix(' ')
        .and_then(|r| r.split_once(' '))
        .filter(|(z, _)| (2..=4).contains(&z.len()) && z.chars().all(|c| c.is_ascii_uppercase()));
    if let Some((_, after)) = zone {
        rest = after;
    }
    let marked = rest.trim_start().starts_with([':', '-', '–', '—', '|']);
    let opened = rest.trim_start_matches([' ', ':', '-', '–', '—', '|']);
    let entry = (separator != '.' || marked || suffix > 0 || zone.is_some())
        && opened.starts_with(|c: char| c.is_uppercase() || "«„“\"'".contains(c));
    if entry {
        text.len() - opened.len()
    } else {
        0
    }
}

/// Whether the full stop at `at` ends an abbreviation or an initial (“Mr.”, “M. Watts”, “U.S.”).
fn abbreviation_before(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_capital || word.contains('.') || ABBREVIATIONS.contains(word.to_lowercase().as_str())
}

/// Whether the full stop at `at` makes a day's number an ordinal before its month, after a short
/// word in small letters: „am 14. März“, „bis zum 3. April“ is no sentence's end (but „Platz 2.
/// August Weber sagte …“ and „mit 3:1. Mai war …“ are).
fn ordinal_day_before_month(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let digits = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .count();
    let rest = before
        .get(..before.len().saturating_sub(digits))
        .unwrap_or("");
    let preposition = rest.strip_suffix(' ').is_some_and(|rest| {
        let letters = rest.chars().rev().take_while(|c| c.is_alphabetic());
        let (mut count, mut lowercase) = (0, true);
        for c in letters.take(5) {
            count += 1;
            lowercase &= c.is_lowercase();
        }
        (1..=4).contains(&count) && lowercase
    });
    (1..=2).contains(&digits)
        && preposition
        && next_word(text, at + 1).is_some_and(super::dates::is_month_name)
}

/// Whether the full stop at `at` closes a time of day that ends the sentence: “before 7 a.m.
/// Council figures show …”, but not “at 7 a.m. Monday” or “9 a.m. GMT”.
fn time_of_day_ends(text: &str, at: usize) -> bool {
    static GOES_ON: Words = Words::new(concat!(
        "GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|Monday|Tuesday|Wednesday|Thursday|Friday|",
        "Saturday|Sunday",
    ));
    let before = text.get(..at).unwrap_or("");
    let time = ["a.m", "p.m"]
        .iter()
        .any(|t| before.ends_with(t) && !before.ends_with(&format!("{t}.")));
    time && next_word(text, at + 1).is_some_and(|n| !GOES_ON.contains(n))
}

/// The first word of `text` from byte `at` on, read without the rest of a long paragraph.
fn next_word(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?;
    let tail = rest.get(rest.find(char::is_alphanumeric)?..)?;
    let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
    words(tail.get(..end)?).first().map(|w| w.text)
}

/// Whether the full stop at `at` closes a company's name that ends the sentence: “… Brightcare
/// Homes Ltd. A spokesman said …”, but not “Acme Inc. Chief Executive Jo Bell”.
fn company_ends(text: &str, at: usize) -> bool {
    static SUFFIXES: Words = Words::new("Ltd|Inc|Corp|Co|plc|LLC");
    let before = text.get(..at).unwrap_or("");
    let suffix = SUFFIXES
        .iter()
        .any(|s| before.strip_suffix(s).is_some_and(|b| b.ends_with(' ')));
    suffix && next_word(text, at + 1).is_some_and(cues::opens_subject)
}

fn push_trimmed(found: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let span = text.get(range.clone()).unwrap_or("");
    let start = range.start + (span.len() - span.trim_start().len());
    let end = range.start + span.trim_end().len();
    if start < end {
        found.push(start..end);
    }
}

/// Conjunctions that, after a comma, join a new clause: always, and “and” when a new subject
/// follows it.
static JOINING: Words = Words::listed("joining");
static AND: Words = Words::listed("and");
/// Pronouns that open a relative clause, in the text's language: “which”, “qui”, “который”.
static RELATIVES: Words = Words::listed("relative");

/// Verbs that, after “, and”, open a second thing said of the same subject: “…, and would
/// move $14 million …”.
static AUXILIARIES: Words = Words::new("would|will|could|should|had|has|have");

/// Verbs of holding back, which after “but” open a clause of their own: “… but declined to say”.
static DECLINING: Words = Words::new("declined|refused|would|did|could");

/// Words in “-ing” that open a phrase, not a participle clause of their own.
static NOT_PARTICIPLES: Words = Words::new(concat!(
    "including|according|during|regarding|following|concerning|notwithstanding|being|",
    "something|nothing|anything|everything",
));

/// Whether the words between two clauses join them as one thing said: “, and ”, “, а ”,
/// “, mais ”.
pub fn joins_clauses(gap: &str) -> bool {
    gap.contains(',') && coordinates(gap)
}

/// Whether the words between two clauses hold a word that joins them: “and”, “but”, „und“.
pub fn coordinates(gap: &str) -> bool {
    words(gap).iter().any(|w| {
        let lower = w.text.to_lowercase();
        AND.contains(lower.as_str()) || JOINING.contains(lower.as_str())
    })
}

/// The clauses of the sentence `sentence` that each assert something, trimmed of the citations
/// (`citations`) and punctuation that close them.
pub fn clauses(
    text: &str,
    sentence: Range<usize>,
    citations: &[Range<usize>],
) -> Vec<Range<usize>> {
    let sentence_words = SentenceWords::new(text, sentence.clone());
    let mut clauses = Vec::new();
    let mut start = sentence.start;
    for (i, word) in sentence_words.all.iter().enumerate() {
        // “We were told …,” she said, “and they knew”: the quotation goes on after its cue,
        // as a clause of its own.
        if sentence_words.reopens_quotation(i) {
            let gap_start = word.start - sentence_words.gap_before(i).len();
            push_clause(&mut clauses, text, start..gap_start, citations);
            start = gap_start + 2;
            continue;
        }
        if sentence_words.nested.holds(word.start) {
            continue;
        }
        if let Some((end, next_start)) = sentence_words.split_at(i) {
            push_clause(&mut clauses, text, start..end, citations);
            start = next_start;
        }
    }
    push_clause(&mut clauses, text, start..sentence.end, citations);
    clauses
}

/// The words of a sentence, at their places in the paragraph, with the paragraph's quoted and
/// bracketed spans, where no clause ends.
struct SentenceWords<'t> {
    text: &'t str,
    sentence: Range<usize>,
    all: Vec<Word<'t>>,
    nested: Merged,
}

impl<'t> SentenceWords<'t> {
    fn new(text: &'t str, sentence: Range<usize>) -> SentenceWords<'t> {
        let nested = Merged::of(&nested_spans(text));
        let all = words(text.get(sentence.clone()).unwrap_or(""))
            .iter()
            .map(|w| Word {
                start: w.start + sentence.start,
                end: w.end + sentence.start,
                text: w.text,
            })
            .collect();
        SentenceWords {
            text,
            sentence,
            all,
            nested,
        }
    }

    /// What stands between word `i` and the word before it (or the sentence's start).
    fn gap_before(&self, i: usize) -> &'t str {
        let from = i
            .checked_sub(1)
            .and_then(|p| self.all.get(p))
            .map_or(self.sentence.start, |w| w.end);
        let to = self.all.get(i).map_or(from, |w| w.start);
        self.text.get(from..to).unwrap_or("")
    }

    /// Whether a quotation opens again at word `i`, right after its cue: “…,” she said, “and …”.
    fn reopens_quotation(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|p| self.all.get(p))
            .is_some_and(|p| {
                cues::is_speech(p.text)
                    && [", “", ", \"", ": “", ": \""].contains(&self.gap_before(i))
            })
    }

    /// Where the clause before ends and the new one starts, if one starts at word `i`: after a
    /// semicolon, a conjunction joining a new clause, “and that …”, a participle or a closing
    /// relative clause.
    fn split_at(&self, i: usize) -> Option<(usize, usize)> {
        let word = self.all.get(i)?;
        let gap = self.gap_before(i);
        let next = self.all.get(i + 1);
        let next_start = next.map_or(word.end, |n| n.start);
        let lower = word.text.to_lowercase();
        // A comma before the word, maybe after a closing bracket or quote: where it stands.
        let gap_start = word.start - gap.len();
        let comma = comma_in(gap, gap_start);
        if let Some(semicolon) = gap.find(';') {
            return Some((gap_start + semicolon, word.start));
        }
        let and = AND.contains(lower.as_str());
        if let Some(comma) = comma.filter(|_| and || JOINING.contains(lower.as_str())) {
            return (!and || self.new_subject_after(i)).then_some((comma, next_start));
        }
        let and_or_but = ["and", "but"].contains(&lower.as_str()) || AND.contains(lower.as_str());
        // “… and had been applied”, “… et a dénoncé « … »”: an auxiliary, then a cue of its own.
        let auxiliary_cue = next.is_some_and(|n| super::cues::is_auxiliary(n.text))
            && self.all.get(i + 2).is_some_and(|v| is_cue_verb(v.text));
        if gap.trim_start_matches(['"', '”', '’', '»', ' ']).is_empty()
            && gap.contains(' ')
            && and_or_but
            && (auxiliary_cue
                || next.is_some_and(|n| {
                    is_cue_verb(n.text)
                        || DECLINING.contains(n.text)
                        || lower == "and" && ["had", "has", "have"].contains(&n.text)
                }))
        {
            // “… was "open to remedies" but would not sell”, “… and had been applied to all”.
            return Some((word.start - 1, next_start));
        }
        if and_or_but && next.is_some_and(|n| cues::is_that(n.text)) {
            // “She said the port would close and that ships were waiting”: the second thing
            // said, by the same speaker (the clause opens with “that”; see attribution).
            let end = comma.unwrap_or(gap_start + gap.trim_end().len());
            return Some((end, next_start));
        }
        // A participle (“, denying …”) or a relative clause that closes the sentence (“, whose
        // aim is …”) starts at its first word.
        // Not after a source opening the sentence: “According to Reuters, shipping firms have
        // begun …” goes on with its main clause.
        // Nor an aside between commas before the subject's verb of speech: “Fiona Lennard,
        // representing the trust, said …”.
        // Or before any verb, after a name, where it says nothing itself: “…, суддя Лідія
        // Гребенюк, обираючи покарання, врахувала …” (not « …, estimant que … »).
        let after_name = i
            .checked_sub(1)
            .and_then(|p| self.all.get(p))
            .is_some_and(|w| super::words::is_capitalised(w.text))
            && !is_cue_verb(&lower);
        let aside = (i + 1..self.all.len().min(i + 9))
            .find(|&k| self.gap_before(k).contains(','))
            .and_then(|k| self.all.get(k))
            .is_some_and(|after| {
                is_cue_verb(after.text)
                    || cues::is_auxiliary(after.text)
                    || after_name && after.text.starts_with(char::is_lowercase)
            });
        let participle = is_participle(&lower)
            && self.all.len() > i + 2
            && comma.is_some()
            && !aside
            && !self.source_opens_before(gap_start);
        // Or whose view follows: “…, pour qui …”, “…, para quien …”.
        static OPINION: Words = Words::listed("opinion");
        let opinion =
            next.is_some_and(|n| OPINION.contains(&format!("{lower} {}", n.text.to_lowercase())));
        let relative = (lower == "where" || RELATIVES.contains(lower.as_str()) || opinion)
            && !has_comma_after(self.text, word.end, self.sentence.end, &self.nested);
        comma
            .filter(|_| participle || relative)
            .map(|comma| (comma, word.start))
    }

    /// Whether the sentence opens with a phrase naming a source (the language's list
    /// `according`) and has no comma before byte `at`.
    fn source_opens_before(&self, at: usize) -> bool {
        let opening = self.text.get(self.sentence.start..at).unwrap_or("");
        let lower: String = opening
            .chars()
            .take(40)
            .flat_map(char::to_lowercase)
            .collect();
        !opening.contains(',')
            && super::attribution::ACCORDING.iter().any(|phrase| {
                lower
                    .trim_start()
                    .strip_prefix(phrase)
                    .is_some_and(|r| r.starts_with(' '))
            })
    }

    /// Whether the conjunction at word `i` opens a new subject or a new verb of the same one:
    /// “…, and the mayor said”, “…, and would move …”, “…, and last year it fined …”.
    fn new_subject_after(&self, i: usize) -> bool {
        self.all.get(i + 1).is_some_and(|n| {
            cues::opens_subject(n.text)
                || n.text.chars().next().is_some_and(char::is_uppercase)
                || is_cue_verb(n.text)
                || AUXILIARIES.contains(n.text)
        }) || pronoun_soon(&self.all, i)
    }
}

/// Where the comma in `gap` (which starts at byte `gap_start`) ends a clause, if it does. A
/// comma inside a closing quote (“… mission,” mirroring …) ends it after the mark, so the
/// quotation stays whole.
fn comma_in(gap: &str, gap_start: usize) -> Option<usize> {
    let closed = gap.trim_end();
    gap.rfind(',')
        .filter(|_| closed.trim_end_matches(['”', '"', '’']).ends_with(','))
        .map(|at| {
            if closed.ends_with(',') {
                gap_start + at
            } else {
                gap_start + closed.len()
            }
        })
}

/// Whether a subject pronoun follows the conjunction at `i` within three words, after an
/// adverbial: “…, and last year it fined …”.
fn pronoun_soon(all: &[Word], i: usize) -> bool {
    all.iter()
        .skip(i + 2)
        .take(2)
        .any(|w| ["it", "he", "she", "they", "we"].contains(&w.text))
}

/// A verb that says someone speaks, denies or reads meaning into events.
fn is_cue_verb(word: &str) -> bool {
    cues::is_speech(word) || cues::is_denial(word) || cues::is_evaluative_verb(word)
}

/// Whether `word` is a present participle, by the language's list `participle ending`:
/// “saying”, « estimant », “afirmando”.
pub(super) fn is_participle(word: &str) -> bool {
    static ENDINGS: Words = Words::listed("participle ending");
    word.chars().count() > 5
        && ENDINGS.iter().any(|ending| word.ends_with(ending))
        && !NOT_PARTICIPLES.contains(word)
}

fn has_comma_after(text: &str, from: usize, to: usize, nested: &Merged) -> bool {
    text.get(from..to).is_some_and(|rest| {
        rest.char_indices()
            .any(|(i, c)| c == ',' && !nested.holds(from + i))
    })
}

/// Adds the clause `range`, without the spaces, punctuation and citations around it, if at
/// least three words are left.
fn push_clause(
    clauses: &mut Vec<Range<usize>>,
    text: &str,
    range: Range<usize>,
    citations: &[Range<usize>],
) {
    let (mut start, mut end) = (range.start, range.end);
    loop {
        let span = text.get(start..end).unwrap_or("");
        let trimmed = span.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…' | '—' | '–')
        });
        let mut new_end = start + trimmed.len();
        if let Some(citation) = citations
            .iter()
            .find(|c| c.end == new_end && c.start >= start)
        {
            new_end = citation.start;
        }
        if new_end == end {
            break;
        }
        end = new_end;
    }
    let span = text.get(start..end).unwrap_or("");
    start += span.len()
        - span
            .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
    if text
        .get(start..end)
        .is_some_and(|clause| words(clause).len() >= 3)
    {
        clauses.push(start..end);
    }
}

/// The direct quotations of a text — the words between typographic or straight quotes — as the
/// byte ranges of the words inside the marks.
pub fn quotations(text: &str) -> Vec<Range<usize>> {
    being_read(text, |marked| marked.quoted.clone())
        .unwrap_or_else(|| quoted_in(text, &nested_spans(text)))
}

/// The quotations among a text's `spans`.
fn quoted_in(text: &str, spans: &[Range<usize>]) -> Vec<Range<usize>> {
    spans
        .iter()
        .filter(|span| {
            !text
                .get((*span).clone())
                .is_some_and(|s| s.starts_with('('))
        })
        .filter_map(|span| {
            let inner = text.get(span.clone())?;
            // A line of dialogue's dash is followed by a space: “— Ми …”.
            let open = inner.chars().next()?.len_utf8()
                + usize::from(inner.starts_with(['—', '–']) && inner.get(3..4) == Some(" "));
            let close = inner.chars().next_back()?.len_utf8();
            (span.end - close > span.start + open).then(|| span.start + open..span.end - close)
        })
        .collect()
}

/// The sentences of a quotation that runs over several (“Rents are rising. A cap treats the
/// symptom,” she said), each a claim of its own: the words inside the marks at `range`, split
/// at the sentences' ends. A quotation of one sentence, or words that are no quotation, stay
/// whole.
pub fn quoted_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let whole = vec![range.clone()];
    let Some(inside) = quotations(text)
        .into_iter()
        .find(|q| q.start >= range.start && q.end <= range.end && q.len() * 10 >= range.len() * 8)
    else {
        return whole;
    };
    let Some(quoted) = text.get(inside.clone()) else {
        return whole;
    };
    let pieces: Vec<Range<usize>> = sentences(quoted)
        .into_iter()
        .filter_map(|s| {
            let piece = quoted.get(s.clone())?;
            let kept = piece.trim_end_matches(['.', ',', '!', '?', ';', ' ']);
            (words(kept).len() >= 3)
                .then(|| inside.start + s.start..inside.start + s.start + kept.len())
        })
        .collect();
    if pieces.len() < 2 {
        return whole;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guillemets_and_low_marks_quote_as_their_languages_write_them() {
        let spans = |text: &str| -> Vec<String> {
            quotations(text)
                .into_iter()
                .filter_map(|q| text.get(q).map(str::to_string))
                .collect()
        };
        assert_eq!(
            spans("«Nous avons gagné», a-t-il dit."),
            ["Nous avons gagné"]
        );
        assert_eq!(spans("„Das ist falsch“, sagte Müller."), ["Das ist falsch"]);
        assert_eq!(spans("»Wir bleiben«, sagte sie."), ["Wir bleiben"]);
        assert_eq!(
            spans("«Це „наш“ план», — заявив він."),
            ["наш", "Це „наш“ план"]
        );
        assert_eq!(
            spans("«Сказал и ушёл"),
            Vec::<String>::new(),
            "a mark left open"
        );
    }

    proptest::proptest! {
        #[test]
        fn merged_spans_hold_and_cover_what_reading_every_span_finds(
            spans in proptest::collection::vec((0usize..60, 0usize..12), 0..12),
            at in 0usize..80,
            length in 0usize..6,
        ) {
            let spans: Vec<Range<usize>> = spans.iter().map(|&(s, l)| s..s + l).collect();
            let merged = Merged::of(&spans);
            let inside = spans.iter().any(|s| s.start < at && at < s.end);
            proptest::prop_assert_eq!(merged.holds(at), inside);
            // Within one span, or across spans that overlap: never outside them all.
            let word = at..at + length;
            let within = spans.iter().any(|s| s.start <= word.start && word.end <= s.end);
            proptest::prop_assert!(!within || merged.covers(&word));
            let covered = (word.start..word.end.max(word.start + 1))
                .all(|b| spans.iter().any(|s| s.start <= b && b < s.end.max(s.start + 1)));
            proptest::prop_assert!(!merged.covers(&word) || covered || word.is_empty());
        }
    }

    #[test]
    fn the_paragraph_being_read_gives_its_own_spans_and_others_theirs() {
        let (one, two) = ("“We will win,” he said.", "He said (twice) \"no\".");
        let copy = one.to_string();
        reading(one, || {
            assert_eq!(nested_spans(one), vec![(0..18)]);
            assert_eq!(nested_spans(two), [8..15, 16..20]);
            assert_eq!(quotations(&copy), quotations(one));
            assert_eq!(nested_spans(&one[..10]), Vec::<Range<usize>>::new());
        });
        assert_eq!(nested_spans(two), [8..15, 16..20]);
    }

    #[test]
    fn nested_spans_asked_again_are_those_of_the_text_asked() {
        let (one, two) = ("“We will win,” he said.", "He said (twice) \"no\".");
        for _ in 0..2 {
            assert_eq!(nested_spans(one), vec![(0..18)]);
            assert_eq!(nested_spans(two), [8..15, 16..20]);
        }
        assert_eq!(nested_spans(""), []);
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    fn clauses_of(text: &str) -> Vec<&str> {
        let citations: Vec<Range<usize>> = crate::draft::references::citations(text, &[])
            .into_iter()
            .map(|c| c.start..c.end)
            .collect();
        sentences(text)
            .into_iter()
            .flat_map(|s| clauses(text, s, &citations))
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn sentences_end_at_full_stops_but_not_inside_quotes_or_after_initials() {
        assert_eq!(
            split("Armed clashes characterised the incursion. Nonetheless, no casualties were registered (Il Post). Watts M. wrote it."),
            [
                "Armed clashes characterised the incursion.",
                "Nonetheless, no casualties were registered (Il Post).",
                "Watts M. wrote it."
            ]
        );
        assert_eq!(
            split("“We will win. They will lose,” he said. Mr. Smith left the U.S. Army in 2019."),
            [
                "“We will win. They will lose,” he said.",
                "Mr. Smith left the U.S. Army in 2019."
            ]
        );
        assert_eq!(
            split("The first bus leaves at 6 a.m. Most drivers start earlier. We met at 9 a.m. Monday."),
            [
                "The first bus leaves at 6 a.m.",
                "Most drivers start earlier.",
                "We met at 9 a.m. Monday."
            ]
        );
        assert_eq!(
            split("\"It is over.\" The mayor left."),
            ["\"It is over.\"", "The mayor left."]
        );
    }

    #[test]
    fn clauses_split_at_new_subjects_participles_and_semicolons() {
        assert_eq!(
            clauses_of("For example, Denis Kapustin is the RDK’s leader, a Russian nationalist, and his group openly states its willingness to establish a mono-ethnic Russian state (Watts, 2023)."),
            [
                "For example, Denis Kapustin is the RDK’s leader, a Russian nationalist",
                "his group openly states its willingness to establish a mono-ethnic Russian state"
            ]
        );
        assert_eq!(
            clauses_of("Russia describes RDK and the LSR as Ukrainian militants, while Kyiv says they come from two anti-Kremlin paramilitaries, casting it as a homegrown, internal Russian strife."),
            [
                "Russia describes RDK and the LSR as Ukrainian militants",
                "Kyiv says they come from two anti-Kremlin paramilitaries",
                "casting it as a homegrown, internal Russian strife"
            ]
        );
        assert_eq!(
            clauses_of("It demonstrates the perceived weakness in the Russian defence and seeks to instil panic among Russian citizens."),
            ["It demonstrates the perceived weakness in the Russian defence", "seeks to instil panic among Russian citizens"]
        );
        assert_eq!(
            clauses_of("The port reopened on Monday; fishing boats returned by noon."),
            [
                "The port reopened on Monday",
                "fishing boats returned by noon"
            ]
        );
    }

    #[test]
    fn a_second_thing_said_and_a_refusal_are_clauses_of_their_own() {
        assert_eq!(
            clauses_of("She said the suspension would last “at least 48 hours” and that 11 vessels were waiting offshore."),
            [
                "She said the suspension would last “at least 48 hours”",
                "that 11 vessels were waiting offshore"
            ]
        );
        assert_eq!(
            clauses_of("He said fragments had been found near the pipeline but declined to say who was responsible."),
            [
                "He said fragments had been found near the pipeline",
                "declined to say who was responsible"
            ]
        );
        assert_eq!(
            clauses_of("Mr Tull had access to the cards of residents at Elmfield House, where he was manager from 2018."),
            [
                "Mr Tull had access to the cards of residents at Elmfield House",
                "where he was manager from 2018"
            ]
        );
    }

    #[test]
    fn single_quotation_marks_are_quotes_and_apostrophes_are_not() {
        let text =
            "'We are devastated. It is the trust's decision,' she said. The mothers' group met.";
        assert_eq!(quotations(text), vec![Range { start: 1, end: 47 }]);
        assert_eq!(
            split(text),
            [
                "'We are devastated. It is the trust's decision,' she said.",
                "The mothers' group met."
            ]
        );
        let curly = "‘It is the trust’s decision,’ she said.";
        assert_eq!(quotations(curly).len(), 1);
    }

    #[test]
    fn a_company_name_ends_a_sentence_when_a_new_one_opens() {
        assert_eq!(
            split("The accounts were kept by Brightcare Homes Ltd. A spokesman for Brightcare said so."),
            [
                "The accounts were kept by Brightcare Homes Ltd.",
                "A spokesman for Brightcare said so."
            ]
        );
        assert_eq!(
            split("Acme Inc. Chief Executive Jo Bell said so."),
            ["Acme Inc. Chief Executive Jo Bell said so."]
        );
    }

    #[test]
    fn lists_and_inner_clauses_are_not_split() {
        assert_eq!(
            clauses_of("The strategy includes drone attacks, targeted killings, and incursions in Russia and Crimea (controlled by Russia since 2014), giving Kyiv an advantage over Russia (Reuters, 2023)."),
            [
                "The strategy includes drone attacks, targeted killings, and incursions in Russia and Crimea (controlled by Russia since 2014)",
                "giving Kyiv an advantage over Russia"
            ]
        );
        assert_eq!(
            clauses_of("The two groups, however, are not military-independent forces but cooperate and are controlled by Ukrainian intelligence."),
            ["The two groups, however, are not military-independent forces but cooperate and are controlled by Ukrainian intelligence"]
        );
        assert_eq!(
            clauses_of("whose aim, said the mayor, is clear, which nobody doubts."),
            ["whose aim, said the mayor, is clear", "which nobody doubts"]
        );
    }

    #[test]
    fn a_quotation_of_several_sentences_is_a_claim_for_each() {
        let text = "\"Fares will rise. Services will not,\" she said.";
        let found: Vec<&str> = quoted_sentences(text, 0..text.find(" she").unwrap())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["Fares will rise", "Services will not"]);
        let one = "“We will win,” he said.";
        let end = one.find(" he").unwrap();
        assert_eq!(quoted_sentences(one, 0..end), vec![0..end]);
    }

    #[test]
    fn quotations_are_the_words_inside_the_marks() {
        let text = "He said “some weapons” and \"special powers\" (not this).";
        let found: Vec<&str> = quotations(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["some weapons", "special powers"]);
    }
}
