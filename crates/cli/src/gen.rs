//! `claimscope gen`: writes a valid, synthetic article file of any size, for benchmarks and load
//! tests. The text is made of pseudo-words, but the file has everything a real one has — claimants
//! and subjects, sourced and unsourced claims, unlisted sources, actors with several names,
//! contradictions, events — and the same seed always gives the same bytes. Quotes and summaries
//! are a few words long so that even 100 000 claims fit the format's 20 MB limit.

use std::io::Write;
use std::process::ExitCode;

use claimscope_core::format::file::{
    Actor, Claim, Credit, Event, File, Info, Paragraph, Quote, Relation, Source,
};

/// The most claims `gen` writes; beyond it the file no longer fits the format's size limit.
pub const MAX_CLAIMS: usize = 100_000;

pub fn run(claims: usize, seed: u64, out: Option<&str>) -> ExitCode {
    let text = article_text(claims, seed);
    let written = match out {
        Some(path) => std::fs::write(path, text.as_bytes()),
        None => std::io::stdout().lock().write_all(text.as_bytes()),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let target = out.unwrap_or("standard output");
            eprintln!("claimscope gen: cannot write to {target}: {e}.");
            ExitCode::FAILURE
        }
    }
}

/// The article file with `claims` claims for `seed`, as compact JSON text: written files are
/// pretty-printed, but 100 000 claims fit the format's 20 MB limit only without the indents.
pub fn article_text(claims: usize, seed: u64) -> String {
    serde_json::to_string(&article(claims, seed)).unwrap_or_default()
}

/// The article document with `claims` claims for `seed`.
pub fn article(claims: usize, seed: u64) -> File {
    let mut writer = Writer::new(claims, seed);
    let sources = writer.sources();
    let claims = writer.claims();
    let relations = writer.relations();
    let events = writer.events();
    File {
        format: claimscope_core::FORMAT.to_string(),
        article: writer.info(),
        paragraphs: std::mem::take(&mut writer.paragraphs),
        actors: writer.cast.iter().map(Person::actor).collect(),
        sources,
        claims,
        relations,
        events,
        ..File::default()
    }
}

/// splitmix64: tiny, fast and well mixed, which is all a generator of test data needs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `n` must not be 0.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn percent(&mut self, chance: usize) -> bool {
        self.below(100) < chance
    }

    /// A number in `0..n` where small ones are likelier, so some actors and sources are prolific.
    fn favouring_first(&mut self, n: usize) -> usize {
        self.below(n).min(self.below(n))
    }

    /// Picks by weight: the index of the chosen weight.
    fn weighted(&mut self, weights: &[usize]) -> usize {
        let mut roll = self.below(weights.iter().sum());
        for (i, &w) in weights.iter().enumerate() {
            if roll < w {
                return i;
            }
            roll -= w;
        }
        weights.len() - 1
    }

    /// `count` different numbers drawn with `draw`; `count` must not exceed what `draw` can give.
    fn distinct(&mut self, count: usize, mut draw: impl FnMut(&mut Rng) -> usize) -> Vec<usize> {
        let mut picked = Vec::with_capacity(count);
        while picked.len() < count {
            let n = draw(self);
            if !picked.contains(&n) {
                picked.push(n);
            }
        }
        picked
    }
}

const CONSONANTS: &[u8] = b"bdfgklmnprstvz";
const VOWELS: &[u8] = b"aeiou";
/// How many pseudo-words the text draws from: two syllables each.
const VOCABULARY: usize = 4900;
/// Zipf-like word frequencies: a word's rank falls in one of this many doubling bands.
const FREQUENCY_BANDS: u32 = 12;

/// `index` spelt in consonant–vowel syllables, at least `syllables` of them. Different indices
/// give different words, and no word holds q, x, c, h, j, w or y, so a search for them finds
/// nothing.
fn spell(mut index: usize, syllables: usize) -> String {
    let base = CONSONANTS.len() * VOWELS.len();
    let mut word = String::new();
    while index > 0 || word.len() < 2 * syllables {
        let syllable = index % base;
        word.push(CONSONANTS[syllable / VOWELS.len()] as char);
        word.push(VOWELS[syllable % VOWELS.len()] as char);
        index /= base;
    }
    word
}

/// The pseudo-word of a frequency rank: rank 0 is the most common.
pub fn word(rank: usize) -> String {
    // Scrambled so that common words do not all start alike; 2731 is coprime with 4900.
    spell((rank * 2731 + 97) % VOCABULARY, 2)
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// `n` in base 36 (digits, then lower-case letters): ids and claim numbers stay short, which
/// matters because a 100 000-claim file must still fit the format's 20 MB limit.
fn base36(mut n: usize) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut reversed = Vec::new();
    loop {
        reversed.push(DIGITS[n % 36]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    reversed.iter().rev().map(|&d| d as char).collect()
}

/// The id of entry `n` of a list whose ids start with `letter`.
fn key(letter: char, n: usize) -> String {
    format!("{letter}{}", base36(n))
}

/// An actor being made up: its id, the names the text may call it by, and its kind.
struct Person {
    key: String,
    names: Vec<String>,
    kind: &'static str,
}

/// Kinds other than the author, which only the first actor has.
const ACTOR_KINDS: [&str; 9] = [
    "person",
    "people",
    "organisation",
    "armed-group",
    "state",
    "government",
    "military",
    "intelligence-agency",
    "media",
];

impl Person {
    fn actor(&self) -> Actor {
        Actor {
            id: self.key.clone(),
            name: self.names[0].clone(),
            aliases: self.names[1..].to_vec(),
            kind: self.kind.to_string(),
            summary: format!("A generated {}.", self.kind),
            ..Actor::default()
        }
    }
}

/// What a claim of each kind does in its quote, and how often claims are of that kind.
const CLAIM_KINDS: [(&str, &str, usize); 4] = [
    ("statement", "said", 40),
    ("denial", "denied", 15),
    ("report", "saw", 25),
    ("assessment", "judged", 20),
];

struct Writer {
    rng: Rng,
    claims: usize,
    cast: Vec<Person>,
    source_count: usize,
    paragraphs: Vec<Paragraph>,
}

impl Writer {
    fn new(claims: usize, seed: u64) -> Writer {
        let mut rng = Rng(seed);
        let actors = (claims / 20).max(5);
        let cast = (0..actors)
            .map(|i| Writer::person(&mut rng, i, actors))
            .collect();
        Writer {
            rng,
            claims,
            cast,
            source_count: (claims / 40).max(3),
            paragraphs: Vec::new(),
        }
    }

    /// Actor `i` of `count`. Names are capitalised, so they never match the lower-case filler;
    /// one actor in ten has a second full name and an acronym, as translated names do.
    fn person(rng: &mut Rng, i: usize, count: usize) -> Person {
        let given = capitalised(&spell(i, 2));
        // Beyond every actor's own index, so no other actor's name holds this word.
        let family = capitalised(&spell(count + i, 2));
        let (key, kind) = if i == 0 {
            ("writer".to_string(), "author")
        } else {
            (key('a', i), ACTOR_KINDS[rng.below(ACTOR_KINDS.len())])
        };
        let names = if i == 0 {
            vec![format!("{given} {family}")]
        } else if i % 10 == 5 {
            let acronym = format!("{}{}", &given[..1], &family[..1]);
            vec![
                format!("{given} {family}"),
                format!("{family} {given}"),
                acronym,
            ]
        } else {
            vec![given]
        };
        Person { key, names, kind }
    }

    fn info(&self) -> Info {
        Info {
            id: "generated".into(),
            title: format!("A generated article with {} claims", self.claims),
            publisher: Some("Claimscope generator".into()),
            category: Some("Test".into()),
            language: "en".into(),
            url: None,
            published: Some("2024-01-01".into()),
            credits: vec![Credit {
                name: self.cast[0].names[0].clone(),
                role: "author".into(),
                ..Credit::default()
            }],
            ..Info::default()
        }
    }

    fn sources(&mut self) -> Vec<Source> {
        const PAPERS: [&str; 5] = ["Post", "Times", "News", "Daily", "Review"];
        (0..self.source_count)
            .map(|i| {
                let key = key('s', i);
                let outlet = format!(
                    "{} {}",
                    capitalised(&spell(i + 1, 2)),
                    PAPERS[i % PAPERS.len()]
                );
                let author = self.rng.percent(30).then(|| {
                    let (a, b) = (self.rng.below(VOCABULARY), self.rng.below(VOCABULARY));
                    format!("{} {}", capitalised(&word(a)), capitalised(&word(b)))
                });
                let date = self
                    .rng
                    .percent(70)
                    .then(|| format!("2023-05-{:02}", 1 + self.rng.below(28)));
                let url = self
                    .rng
                    .percent(50)
                    .then(|| format!("https://example.org/{key}"));
                Source {
                    id: key,
                    outlet,
                    author,
                    title: None,
                    date,
                    url,
                    // One source in four is cited but missing from the reference list.
                    listed: i % 4 != 1,
                    ..Source::default()
                }
            })
            .collect()
    }

    /// A pseudo-word drawn with Zipf-like frequencies.
    fn common_word(&mut self) -> String {
        let band = 1usize << self.rng.below(FREQUENCY_BANDS as usize);
        word(band - 1 + self.rng.below(band))
    }

    /// Every claim, filling the paragraphs with their quotes as it goes: each paragraph holds the
    /// quotes of three to five consecutive claims.
    fn claims(&mut self) -> Vec<Claim> {
        let mut entries = Vec::with_capacity(self.claims);
        let mut sentences = Vec::new();
        let mut paragraph_size = 0;
        for n in 1..=self.claims {
            if sentences.is_empty() {
                paragraph_size = 3 + self.rng.below(3);
            }
            let paragraph = key('p', self.paragraphs.len() + 1);
            let (entry, sentence) = self.claim(n, &paragraph);
            entries.push(entry);
            sentences.push(sentence);
            if sentences.len() == paragraph_size || n == self.claims {
                self.paragraphs.push(Paragraph {
                    id: paragraph,
                    text: sentences.join(" "),
                    ..Paragraph::default()
                });
                sentences.clear();
            }
        }
        entries
    }

    /// Claim `n` and the sentence of its paragraph that quotes it.
    fn claim(&mut self, n: usize, paragraph: &str) -> (Claim, String) {
        // A quarter of the claims are the writer's own.
        let claimant = if self.rng.percent(25) {
            0
        } else {
            1 + self.rng.favouring_first(self.cast.len() - 1)
        };
        let kind = if claimant == 0 {
            CLAIM_KINDS[2 + self.rng.below(2)]
        } else {
            CLAIM_KINDS[self.rng.weighted(&CLAIM_KINDS.map(|(_, _, weight)| weight))]
        };
        let exact = self.quote(n, claimant, kind.1);
        let subjects = self.subjects();
        let sentence = self.sentence(&exact, subjects[0]);
        let sources = self.claim_sources();
        let summary = format!(
            "{} {}.",
            capitalised(&self.common_word()),
            self.common_word()
        );
        let entry = Claim {
            id: key('c', n),
            quote: Quote {
                paragraph: paragraph.to_string(),
                exact,
                ..Quote::default()
            },
            summary,
            claimant: self.cast[claimant].key.clone(),
            sources: sources.into_iter().map(|s| key('s', s)).collect(),
            kind: kind.0.to_string(),
            subjects: subjects
                .into_iter()
                .map(|a| self.cast[a].key.clone())
                .collect(),
            ..Claim::default()
        };
        (entry, sentence)
    }

    /// The quoted words of claim `n`: who, a verb and the claim's number. Verbs are not pseudo-words,
    /// each number is used once and the next character is never a digit or letter, so the quote
    /// occurs exactly once in its paragraph. Quotes are this short so that a 100 000-claim file
    /// fits the format's 20 MB limit.
    fn quote(&mut self, n: usize, claimant: usize, verb: &str) -> String {
        let speaker = if claimant == 0 {
            self.common_word()
        } else {
            let names = &self.cast[claimant].names;
            names[self.rng.below(names.len())].clone()
        };
        format!("{speaker} {verb} {}", base36(n))
    }

    /// The sentence around a quote: sometimes naming what the claim is about, sometimes followed
    /// by a few words of filler.
    fn sentence(&mut self, exact: &str, subject: usize) -> String {
        let mut sentence = exact.to_string();
        if self.rng.percent(15) {
            sentence.push_str(" on ");
            sentence.push_str(&self.cast[subject].names[0]);
        }
        sentence.push('.');
        if self.rng.percent(20) {
            sentence.push(' ');
            sentence.push_str(&self.common_word());
            sentence.push('.');
        }
        sentence
    }

    /// One to three actors other than the writer.
    fn subjects(&mut self) -> Vec<usize> {
        let count = 1 + self.rng.weighted(&[70, 25, 5]);
        let others = self.cast.len() - 1;
        self.rng.distinct(count, |rng| 1 + rng.below(others))
    }

    /// None to three sources; two claims in five have none.
    fn claim_sources(&mut self) -> Vec<usize> {
        let count = self.rng.weighted(&[40, 40, 15, 5]);
        let sources = self.source_count;
        self.rng.distinct(count, |rng| rng.favouring_first(sources))
    }

    fn relations(&mut self) -> Vec<Relation> {
        if self.claims < 2 {
            return Vec::new();
        }
        // Two claims are related at most once (docs/data-format.md): a pair drawn again is left out.
        let mut related = std::collections::HashSet::new();
        (0..self.claims / 10)
            .filter_map(|_| {
                let a = self.rng.below(self.claims);
                let b = (a + 1 + self.rng.below(self.claims - 1)) % self.claims;
                let kind = if self.rng.percent(40) {
                    "contradicts"
                } else {
                    "supports"
                };
                let note = self.rng.percent(25).then(|| {
                    format!(
                        "{} {}.",
                        capitalised(&self.common_word()),
                        self.common_word()
                    )
                });
                related.insert((a.min(b), a.max(b))).then(|| Relation {
                    kind: kind.to_string(),
                    claims: vec![key('c', a + 1), key('c', b + 1)],
                    note,
                    ..Relation::default()
                })
            })
            .collect()
    }

    fn events(&mut self) -> Vec<Event> {
        (0..self.claims / 50)
            .map(|i| {
                let month = 1 + self.rng.below(12);
                let date = match self.rng.below(10) {
                    0 => "2023".to_string(),
                    1 => format!("2023-{month:02}"),
                    _ => format!("2023-{month:02}-{:02}", 1 + self.rng.below(28)),
                };
                let label = format!(
                    "{} {}",
                    capitalised(&self.common_word()),
                    self.common_word()
                );
                // Consecutive claims, so they are different without a search.
                let first = self.rng.below(self.claims);
                let count = (1 + self.rng.below(3)).min(self.claims);
                let claims = (0..count).map(|k| key('c', (first + k) % self.claims + 1));
                Event {
                    id: key('e', i + 1),
                    date,
                    label,
                    claims: claims.collect(),
                    ..Event::default()
                }
            })
            .collect()
    }
}
