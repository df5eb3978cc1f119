//! `claimscope bench`: how long the core takes to load, query and check generated articles of
//! growing size, printed as a Markdown table for BENCHMARKS.md. It reports numbers and never
//! judges them: timings depend on the machine, so nothing here asserts a bound.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use claimscope_core::{
    findings, format::packed, query, ActorId, Article, ClaimKind, Query, SourceFilter, Vocabulary,
};

use claimscope_core::view::{network::network, timeline::timeline};

use crate::gen;

/// The generator seed every benchmark article is made with, so runs compare like with like.
const SEED: u64 = 1;
/// A text query that no generated claim matches: pseudo-words never hold a q, and the claim
/// numbers in quotes are too short to spell it.
const NOTHING: &str = "quixotic";

pub fn run(sizes: &[usize], runs: usize) -> ExitCode {
    if cfg!(debug_assertions) {
        eprintln!(
            "claimscope bench: this is a debug build; run `cargo run --release -p claimscope-cli -- bench` for meaningful numbers."
        );
    }
    let mut columns = Vec::new();
    for &claims in sizes {
        eprintln!("claimscope bench: {claims} claims…");
        match measure(claims, runs) {
            Ok(column) => columns.push(column),
            Err(message) => {
                eprintln!("claimscope bench: the generated article of {claims} claims {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    print_report(&columns, runs);
    print_drafting(runs);
    ExitCode::SUCCESS
}

/// The seed's copied web page, the text `claimscope draft` is measured on.
const SEED_TEXT: &str = include_str!("../../core/tests/texts/belgorod-incursions.txt");

/// Times drafting the seed's text and an article of 100 paragraphs made of its paragraphs in
/// turn (each numbered, so no two are the same text), printed as a table of its own.
fn print_drafting(runs: usize) {
    let seed = claimscope_core::draft::draft(SEED_TEXT);
    let long = long_article(&seed.paragraphs, 100);
    let seed_time = time(runs, || claimscope_core::draft::draft(SEED_TEXT));
    let long_time = time(runs, || claimscope_core::draft::draft(&long));
    say!();
    say!("Drafting (`claimscope draft`); times in ms, median / p95 of {runs} runs unless the cell says otherwise.");
    say!();
    say!("| text | size (KB) | draft |\n|---|---:|---:|");
    say!(
        "| the seed's text | {:.1} | {} |",
        SEED_TEXT.len() as f64 / 1000.0,
        cell(&seed_time, runs)
    );
    say!(
        "| 100 paragraphs (the seed's, varied) | {:.1} | {} |",
        long.len() as f64 / 1000.0,
        cell(&long_time, runs)
    );
    // Bad input, which must take under a second (issue #23): a megabyte of page, 200 paragraphs
    // pasted as one, and the megabyte with no full stop.
    let page = long_article(&seed.paragraphs, 1250);
    let article = long_article(&seed.paragraphs, 200);
    let body = article.find("In part 1,").unwrap_or(0)..article.find("\n\n\nBBC (").unwrap_or(0);
    let one = format!(
        "{}{}{}",
        article.get(..body.start).unwrap_or(""),
        article.get(body.clone()).unwrap_or("").replace("\n\n", " "),
        article.get(body.end..).unwrap_or("")
    );
    // And the megabyte as one sentence: one paragraph, no full stop.
    let page_body = page.find("In part 1,").unwrap_or(0)..page.find("\n\n\nBBC (").unwrap_or(0);
    let run_on = format!(
        "{}{}",
        page.get(..page_body.start).unwrap_or(""),
        page.get(page_body)
            .unwrap_or("")
            .replace(['.', '!', '?'], "")
            .replace("\n\n", " ")
    );
    // And one quoted sentence a paragraph repeats 2,000 times, each a claim anchored apart.
    let repeated = format!(
        "Заголовок\n\n{}\n",
        "«Ситуация под контролем», — говорится в сообщении министерства здравоохранения Курской области. "
            .repeat(2000)
    );
    let few = runs.min(3);
    for (what, text) in [
        ("1,250 paragraphs (1 MB)", &page),
        ("200 paragraphs as one", &one),
        ("1 MB as one sentence", &run_on),
        ("one quoted sentence 2,000 times in a paragraph", &repeated),
    ] {
        let took = time(few, || claimscope_core::draft::draft(text));
        say!(
            "| {what} | {:.1} | {} |",
            text.len() as f64 / 1000.0,
            cell(&took, few)
        );
    }
}

/// A copied page of `count` paragraphs: the seed's headline and byline, its paragraphs in turn
/// with the sentences of each rotated and a number, and its reference list.
fn long_article(paragraphs: &[claimscope_core::format::file::Paragraph], count: usize) -> String {
    let head_end = SEED_TEXT.find("On the 22nd").unwrap_or(0);
    let references = SEED_TEXT.find("\n\n\nBBC (").unwrap_or(SEED_TEXT.len());
    let mut text = SEED_TEXT.get(..head_end).unwrap_or("").to_string();
    for i in 0..count {
        let Some(paragraph) = paragraphs.get(i % paragraphs.len().max(1)) else {
            break;
        };
        let sentences: Vec<&str> = paragraph.text.split_inclusive(". ").collect();
        let turn = i / paragraphs.len().max(1) % sentences.len().max(1);
        let mut varied: Vec<&str> = sentences.get(turn..).unwrap_or(&[]).to_vec();
        varied.extend(sentences.get(..turn).unwrap_or(&[]));
        text.push_str(&format!(
            "In part {}, {}\n\n",
            i + 1,
            varied.concat().trim()
        ));
    }
    text.push_str(SEED_TEXT.get(references..).unwrap_or(""));
    text
}

/// What is timed, in the order of the table's rows.
const MEASUREMENTS: [&str; 9] = [
    "load + validate + index",
    "query: by the most prolific claimant",
    "query: text, a common word",
    "query: text, matching nothing",
    "query: by + kind + source + text",
    "findings",
    "unpack + index (the form packed into a served page)",
    "network layout, every claim (1440 px)",
    "timeline, every claim",
];

/// The timings of one measurement.
struct Timing {
    median: Duration,
    p95: Duration,
    runs: usize,
}

/// Everything measured on the article of one size.
struct Column {
    claims: usize,
    bytes: usize,
    timings: Vec<Timing>,
    /// How many claims each query matched, so a reader sees what the queries did.
    matched: Vec<(&'static str, usize)>,
}

/// Generates the article of `claims` claims and times each measurement on it.
fn measure(claims: usize, runs: usize) -> Result<Column, String> {
    let bytes = gen::article_text(claims, SEED).into_bytes();
    let article = claimscope_core::load(&bytes).map_err(|problems| {
        let first = problems.first().map(ToString::to_string);
        format!("does not load: {}", first.unwrap_or_default())
    })?;
    let mut timings = vec![time(runs, || claimscope_core::load(&bytes))];
    let mut matched = Vec::new();
    for (name, query) in queries(&article) {
        matched.push((name, query::run(&article, &query).claims.len()));
        timings.push(time(runs, || query::run(&article, &query)));
    }
    timings.push(time(runs, || findings(&article)));
    let packed = packed::pack(&article);
    timings.push(time(runs, || packed::unpack(&packed)));
    let everything = query::run(&article, &Query::default());
    timings.push(time(runs, || network(&article, &everything, 1440.0)));
    timings.push(time(runs, || timeline(&article, &everything)));
    Ok(Column {
        claims,
        bytes: bytes.len(),
        timings,
        matched,
    })
}

/// The four queries, named as in [`MEASUREMENTS`]: one facet value, a text that matches often, a
/// text that matches nothing, and facets combined with text, as a reader narrowing down would.
fn queries(article: &Article) -> [(&'static str, Query); 4] {
    let prolific = article
        .actors()
        .iter()
        .map(|a| a.id)
        .max_by_key(|&a| article.claims_by(a).len());
    let most_cited = article
        .sources()
        .iter()
        .map(|s| s.id)
        .max_by_key(|&s| article.claims_citing(s).len());
    let by = Query {
        by: prolific.into_iter().collect(),
        ..Query::default()
    };
    let text = |text: &str| Query {
        text: text.to_string(),
        ..Query::default()
    };
    let kind = prolific.and_then(|a| commonest_kind(article, a));
    let combined = Query {
        kind: kind.into_iter().collect(),
        source: most_cited.map(SourceFilter::Source).into_iter().collect(),
        ..by.clone()
    };
    [
        (MEASUREMENTS[1], by),
        (MEASUREMENTS[2], text(&gen::word(0))),
        (MEASUREMENTS[3], text(NOTHING)),
        (
            MEASUREMENTS[4],
            Query {
                text: gen::word(0),
                ..combined
            },
        ),
    ]
}

/// The kind of claim the actor makes most, so the combined query narrows rather than empties.
fn commonest_kind(article: &Article, actor: ActorId) -> Option<ClaimKind> {
    ClaimKind::ALL
        .iter()
        .map(|&(kind, _)| kind)
        .max_by_key(|&kind| {
            article
                .claims_by(actor)
                .iter()
                .filter(|&&c| article.claim(c).kind == kind)
                .count()
        })
}

/// Times `task` `runs` times after one untimed warm-up. A task whose warm-up takes long runs
/// fewer times, so the largest articles finish in minutes; the table says so where it happens.
fn time<T>(runs: usize, mut task: impl FnMut() -> T) -> Timing {
    let started = Instant::now();
    drop(black_box(task()));
    let runs = match started.elapsed() {
        d if d > Duration::from_secs(2) => runs.min(3),
        d if d > Duration::from_millis(500) => runs.min(5),
        _ => runs,
    };
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            let result = black_box(task());
            let elapsed = started.elapsed();
            // Dropping the result is not part of the task's cost.
            drop(result);
            elapsed
        })
        .collect();
    samples.sort();
    Timing {
        median: median(&samples),
        p95: samples[(samples.len() * 95).div_ceil(100) - 1],
        runs,
    }
}

fn median(sorted: &[Duration]) -> Duration {
    let middle = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[middle]
    } else {
        (sorted[middle - 1] + sorted[middle]) / 2
    }
}

fn print_report(columns: &[Column], runs: usize) {
    say!(
        "Generated articles (`claimscope gen --seed {SEED}`); times in ms, median / p95 of {runs} runs unless the cell says otherwise."
    );
    say!();
    let growth = match columns {
        [.., before, last] => Some((before, last)),
        _ => None,
    };
    let mut header = String::from("| measurement |");
    let mut rule = String::from("|---|");
    for column in columns {
        header.push_str(&format!(" {} claims |", column.claims));
        rule.push_str("---:|");
    }
    if let Some((before, last)) = growth {
        header.push_str(&format!(
            " growth {} → {} (median) |",
            before.claims, last.claims
        ));
        rule.push_str("---:|");
    }
    say!("{header}\n{rule}");
    print_size_row(columns, growth);
    for (row, name) in MEASUREMENTS.iter().enumerate() {
        let mut line = format!("| {name} |");
        for column in columns {
            line.push_str(&format!(" {} |", cell(&column.timings[row], runs)));
        }
        if let Some((before, last)) = growth {
            let ratio = seconds(last.timings[row].median) / seconds(before.timings[row].median);
            line.push_str(&format!(" ×{ratio:.1} |"));
        }
        say!("{line}");
    }
    say!();
    for column in columns {
        let matched: Vec<String> = column
            .matched
            .iter()
            .map(|(name, n)| format!("{} → {n}", name.trim_start_matches("query: ")))
            .collect();
        say!(
            "Claims matched at {}: {}.",
            column.claims,
            matched.join("; ")
        );
    }
}

fn print_size_row(columns: &[Column], growth: Option<(&Column, &Column)>) {
    let megabytes = |c: &Column| c.bytes as f64 / 1_000_000.0;
    let mut line = String::from("| file size (MB) |");
    for column in columns {
        line.push_str(&format!(" {:.2} |", megabytes(column)));
    }
    if let Some((before, last)) = growth {
        line.push_str(&format!(" ×{:.1} |", megabytes(last) / megabytes(before)));
    }
    say!("{line}");
}

/// “1.23 / 1.40”, with the number of runs when it is not the one asked for.
fn cell(timing: &Timing, runs: usize) -> String {
    let mut cell = format!("{} / {}", ms(timing.median), ms(timing.p95));
    if timing.runs != runs {
        cell.push_str(&format!(" ({} runs)", timing.runs));
    }
    cell
}

/// Milliseconds with three significant digits or so: 0.0123, 1.23, 123.
fn ms(duration: Duration) -> String {
    let ms = seconds(duration) * 1000.0;
    match ms {
        m if m < 0.1 => format!("{m:.4}"),
        m if m < 1.0 => format!("{m:.3}"),
        m if m < 10.0 => format!("{m:.2}"),
        m if m < 100.0 => format!("{m:.1}"),
        m => format!("{m:.0}"),
    }
}

fn seconds(duration: Duration) -> f64 {
    duration.as_secs_f64()
}
