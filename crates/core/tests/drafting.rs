//! The drafting engine end to end: texts of several styles — the seed's copied web page, wire
//! copy, a press release, an opinion piece, a text with accents and straight quotes — draft into
//! article files that load, with the headline, credits, sources, actors and claims a careful
//! annotator would start from; and any text at all drafts into a file that loads.

use claimscope_core::draft::draft;
use claimscope_core::format::file::{Claim, File};
use claimscope_core::{compare::compare, load};
use proptest::prelude::*;

const SEED_TEXT: &str = include_str!("texts/belgorod-incursions.txt");
const SEED_GOLD: &[u8] = include_bytes!("../../../data/belgorod-incursions.json");

const WIRE: &str = "WORLD NEWS

Storm shuts port of Valdora as ferries stay in harbour

By Tom Hale and Ana Pérez

3 March 2024

VALDORA (AP) — The port of Valdora was closed on Friday after a storm damaged two piers, officials said.

“We cannot let ferries sail until the piers are inspected,” harbour master Luis Ortega told Reuters. He said the inspection would take at least three days.

The Valdora Ferry Company denied that any passengers had been stranded, saying all bookings had been moved to Monday.

Residents said the storm was the worst in a decade, according to the local newspaper El Faro.
";

const PRESS_RELEASE: &str = "FOR IMMEDIATE RELEASE

Northwind Energy Ltd opens solar plant in Castellón

Castellón, 12 April 2024 – Northwind Energy Ltd today announced the opening of its 40-megawatt solar plant near Castellón. The plant will supply power to 20,000 homes, the company said.

“This plant shows that clean energy can be built quickly and affordably,” said María José Fernández, chief executive of Northwind Energy. The company aims to double its capacity by 2026.

About Northwind Energy

Northwind Energy Ltd is a renewable energy company based in Valencia.

Media contact: press@northwind.example
";

const OPINION: &str = "Opinion

Why our city should keep its libraries open

By Samuel Okafor

I have used the Eastfield library every week for twenty years. The council plans to close it next spring, and I believe that decision is a mistake.

Councillor Jane Whitlow argued that the building costs too much to heat. But the council’s own report shows that heating is a small share of the budget (Eastfield Council, 2023).

We should fund libraries, not close them.

References

Eastfield Council (2023, 14 November). Library services review. Eastfield Council.
";

const ACCENTS: &str = "Culture

Zoë van der Berg wins Ibsen prize

Written by Renée Müller
Edited by João Gonçalves

Zoë van der Berg, the Dutch playwright, won the Ibsen Award on Saturday. \"I did not expect this,\" van der Berg said. The jury called her work \"fearless and funny\".

The Instituto Nacional de Estadística (INE) reported that theatre attendance rose by 4% in 2023 (El País, 2024).

Sources

El País, 3 February 2024: El teatro vuelve a llenarse
";

/// The draft of `text`, which must load.
fn drafted(text: &str) -> File {
    let file = draft(text);
    if let Err(problems) = load(file.to_json().as_bytes()) {
        panic!("the draft does not load: {problems:#?}");
    }
    file
}

/// The claim whose quote is `exact`.
fn claim<'f>(file: &'f File, exact: &str) -> &'f Claim {
    file.claims
        .iter()
        .find(|c| c.quote.exact == exact)
        .unwrap_or_else(|| {
            let quotes: Vec<&str> = file.claims.iter().map(|c| c.quote.exact.as_str()).collect();
            panic!("no claim quotes “{exact}”; the claims quote {quotes:#?}")
        })
}

fn actor_named<'f>(file: &'f File, id: &str) -> &'f str {
    file.actors
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.name.as_str())
        .unwrap_or("")
}

/// A source as the tests read it: id, outlet, author, date, listed.
type SourceRow<'f> = (&'f str, &'f str, Option<&'f str>, Option<&'f str>, bool);

#[test]
fn the_seed_drafts_its_headline_credits_and_reference_list() {
    let file = drafted(SEED_TEXT);
    assert_eq!(
        file.article.title,
        "Paramilitary Groups Cross-border Incursions from Ukraine in Belgorod Region"
    );
    assert_eq!(
        file.article.id,
        "paramilitary-groups-cross-border-incursions-from"
    );
    assert_eq!(file.article.category.as_deref(), Some("News"));
    assert_eq!(file.article.language, "en");
    assert_eq!(file.format, "claimscope/1");
    let credits: Vec<(&str, &str)> = file
        .article
        .credits
        .iter()
        .map(|c| (c.name.as_str(), c.role.as_str()))
        .collect();
    assert_eq!(
        credits,
        [
            ("Valentina Ruaro", "author"),
            ("Michele Puggia", "editor"),
            ("Mariana Fagotti", "supervisor")
        ]
    );
    assert_eq!(file.paragraphs.len(), 4);
    let sources: Vec<SourceRow> = file
        .sources
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.outlet.as_str(),
                s.author.as_deref(),
                s.date.as_deref(),
                s.listed,
            )
        })
        .collect();
    assert_eq!(
        sources,
        [
            ("bbc-2023", "BBC", None, Some("2023-05-25"), true),
            ("euractiv-2023", "EURACTIV", None, Some("2023-05-24"), true),
            ("reuters-2023", "Reuters", None, Some("2023-05-22"), true),
            (
                "watts-2023",
                "Evening Standard",
                Some("M. Watts"),
                Some("2023-05-25"),
                true
            ),
            ("il-post", "Il Post", None, None, false),
        ]
    );
}

#[test]
fn the_seed_drafts_its_actors_with_aliases_and_kinds() {
    let file = drafted(SEED_TEXT);
    let actor = |name: &str| {
        file.actors
            .iter()
            .find(|a| a.name == name)
            .map(|a| (a.aliases.clone(), a.kind.as_str(), a.drafted))
            .unwrap_or_else(|| panic!("no actor {name}"))
    };
    assert_eq!(actor("Valentina Ruaro"), (vec![], "author", true));
    assert_eq!(
        actor("Liberty of Russia Legion"),
        (vec!["LSR".to_string()], "armed-group", true)
    );
    assert_eq!(
        actor("Russian Volunteer Corps"),
        (vec!["RDK".to_string()], "armed-group", true)
    );
    assert_eq!(actor("Ukraine"), (vec!["Kyiv".to_string()], "state", true));
    assert_eq!(actor("Denis Kapustin").1, "person");
    assert_eq!(actor("Russian military").1, "military");
    assert_eq!(actor("Ukrainian intelligence").1, "intelligence-agency");
    assert!(file
        .actors
        .iter()
        .all(|a| !["BBC", "Reuters", "Il Post"].contains(&a.name.as_str())));
}

#[test]
fn the_seed_drafts_claims_with_their_claimants_sources_and_kinds() {
    let file = drafted(SEED_TEXT);
    assert!(file.claims.iter().all(|c| c.drafted));
    let denial = claim(&file, "Ukraine deliberately denied its raid involvement");
    assert_eq!(
        (actor_named(&file, &denial.claimant), denial.kind.as_str()),
        ("Ukraine", "denial")
    );
    assert_eq!(denial.sources, ["bbc-2023"]);
    let seized = claim(
        &file,
        "his group managed to seize “some weapons”, including armoured personnel carriers, and take prisoners during the operation before leaving the Russian territory after twenty-four hours",
    );
    assert_eq!(actor_named(&file, &seized.claimant), "White Rex");
    // The next sentence (“Additionally, he stated …”) carries on his account and closes with its
    // citation.
    assert_eq!(seized.sources, ["reuters-2023"]);
    let injured = claim(&file, "only two fighters had been injured");
    assert_eq!(
        (actor_named(&file, &injured.claimant), injured.kind.as_str()),
        ("White Rex", "statement")
    );
    let casualties = claim(
        &file,
        "the claims by the Russian military about heavy casualties inflicted on the saboteurs",
    );
    assert_eq!(actor_named(&file, &casualties.claimant), "Russian military");
    let kyiv = claim(&file, "they come from two anti-Kremlin paramilitaries");
    assert_eq!(actor_named(&file, &kyiv.claimant), "Ukraine");
    let aims = claim(&file, "Symbolically, the raid aims to boost morale in Ukraine and put Putin at a disadvantage in the ongoing war while giving Ukraine the initiative");
    assert_eq!(
        (aims.claimant.as_str(), aims.kind.as_str()),
        ("writer", "assessment")
    );
    let unlisted = claim(
        &file,
        "Nonetheless, no casualties among the civilian population were registered",
    );
    assert_eq!(unlisted.sources, ["il-post"]);
}

#[test]
fn the_seed_draft_finds_most_of_what_its_annotator_marked() {
    let gold = load(SEED_GOLD).expect("the gold annotation loads");
    let draft = load(drafted(SEED_TEXT).to_json().as_bytes()).expect("the draft loads");
    let comparison = compare(&gold, &draft);
    let row = |field| comparison.row(field).expect("a row of the table");
    assert!(row("claims found").recall() >= 0.8, "{comparison}");
    assert!(row("claimant").recall() >= 0.7, "{comparison}");
    assert!(
        row("sources")
            .all_right
            .is_some_and(|(right, of)| right * 10 >= of * 7),
        "{comparison}"
    );
    assert!(row("actors").recall() >= 0.75, "{comparison}");
    assert_eq!(row("source dates").recall(), 1.0, "{comparison}");
    assert_eq!(row("source listed").recall(), 1.0, "{comparison}");
}

/// A test text of `tests/drafting/` with its gold annotation, and the least its draft must
/// score: claims found (recall), claimant and sources (share of found claims entirely right),
/// named actors found (recall, by name or alias).
struct Floor {
    name: &'static str,
    text: &'static str,
    gold: &'static [u8],
    claims: f64,
    claimant: f64,
    sources: f64,
    actors: f64,
}

macro_rules! floor {
    ($name:literal, $claims:expr, $claimant:expr, $sources:expr, $actors:expr) => {
        Floor {
            name: $name,
            text: include_str!(concat!("../../../tests/drafting/", $name, ".txt")),
            gold: include_bytes!(concat!("../../../tests/drafting/", $name, ".json")),
            claims: $claims,
            claimant: $claimant,
            sources: $sources,
            actors: $actors,
        }
    };
}

/// Just below what the drafter scores today, so that a rule which makes any text worse fails.
/// `court` and `health` were written after the first rules; `politics`, `environment`,
/// `regional` and `business` by someone who had not seen them (BENCHMARKS.md has their scores before the rules they led to).
/// Actors are the named ones: the gold files also count groups by their descriptions (“people
/// who commute into it”).
const FLOORS: &[Floor] = &[
    floor!("wire", 0.89, 0.95, 0.92, 0.99),
    floor!("press-release", 0.91, 0.95, 0.91, 0.77),
    floor!("opinion", 0.93, 0.81, 0.96, 0.79),
    floor!("accents", 0.89, 0.84, 0.80, 0.85),
    floor!("court", 0.99, 0.88, 0.99, 0.99),
    floor!("health", 0.93, 0.78, 0.78, 0.99),
    floor!("politics", 0.82, 0.75, 0.81, 0.85),
    floor!("environment", 0.85, 0.74, 0.88, 0.79),
    floor!("regional", 0.83, 0.83, 0.96, 0.91),
    floor!("business", 0.82, 0.74, 0.96, 0.81),
];

#[test]
fn every_test_text_drafts_at_or_above_its_floor() {
    let mut all = vec![Floor {
        name: "seed",
        text: SEED_TEXT,
        gold: SEED_GOLD,
        claims: 0.87,
        claimant: 0.91,
        sources: 0.91,
        actors: 0.99,
    }];
    all.extend(FLOORS.iter().map(|f| Floor { ..*f }));
    for floor in &all {
        let gold = load(floor.gold).unwrap_or_else(|e| panic!("{}: gold: {e:#?}", floor.name));
        let draft = load(drafted(floor.text).to_json().as_bytes()).expect("the draft loads");
        let comparison = compare(&gold, &draft);
        let row = |field| comparison.row(field).expect("a row of the table");
        // A row without the figure fails: a missing value must not pass as a perfect score.
        let all_right = |field| {
            let (right, of) = row(field).all_right.unwrap_or_else(|| {
                panic!("{}: the {field} row has no “all right” figure", floor.name)
            });
            right as f64 / of.max(1) as f64
        };
        let name = floor.name;
        assert!(
            row("claims found").recall() >= floor.claims,
            "{name}: {comparison}"
        );
        assert!(
            all_right("claimant") >= floor.claimant,
            "{name}: {comparison}"
        );
        assert!(
            all_right("sources") >= floor.sources,
            "{name}: {comparison}"
        );
        assert!(
            row("named actors").recall() >= floor.actors,
            "{name}: {comparison}"
        );
        assert_eq!(row("source dates").recall(), 1.0, "{name}: {comparison}");
        assert_eq!(row("source listed").recall(), 1.0, "{name}: {comparison}");
    }
}

#[test]
fn wire_copy_attributes_said_told_and_according_to() {
    let file = drafted(WIRE);
    assert_eq!(file.article.category.as_deref(), Some("WORLD NEWS"));
    assert_eq!(file.article.published.as_deref(), Some("2024-03-03"));
    assert_eq!(file.article.credits.len(), 2);
    assert_eq!(file.actors[0].name, "Tom Hale and Ana Pérez");
    // The dateline is not part of the claim, and its agency published the story: it is the
    // publisher, not a source the story cites.
    let closed = claim(
        &file,
        "The port of Valdora was closed on Friday after a storm damaged two piers",
    );
    assert_eq!(
        (closed.claimant.as_str(), closed.sources.as_slice()),
        ("officials", &[][..])
    );
    assert_eq!(file.article.publisher.as_deref(), Some("AP"));
    let quoted = claim(
        &file,
        "“We cannot let ferries sail until the piers are inspected,”",
    );
    assert_eq!(actor_named(&file, &quoted.claimant), "Luis Ortega");
    assert_eq!(quoted.sources, ["reuters"]);
    let he_said = claim(&file, "the inspection would take at least three days");
    assert_eq!(actor_named(&file, &he_said.claimant), "Luis Ortega");
    let denied = claim(
        &file,
        "The Valdora Ferry Company denied that any passengers had been stranded",
    );
    assert_eq!(denied.kind, "denial");
    // What the participle says, without the participle: it frames what was said.
    let saying = claim(&file, "all bookings had been moved to Monday");
    assert_eq!(saying.claimant, denied.claimant);
    let residents = claim(
        &file,
        "the storm was the worst in a decade, according to the local newspaper El Faro",
    );
    assert_eq!(
        (residents.claimant.as_str(), residents.sources.as_slice()),
        ("residents", &["el-faro".to_string()][..])
    );
    let unlisted: Vec<&str> = file
        .sources
        .iter()
        .filter(|s| !s.listed)
        .map(|s| s.outlet.as_str())
        .collect();
    assert_eq!(unlisted, ["Reuters", "El Faro"]);
    assert!(file
        .actors
        .iter()
        .all(|a| !["Reuters", "VALDORA", "AP"].contains(&a.name.as_str())));
}

#[test]
fn a_press_release_speaks_as_the_company_that_issues_it() {
    let file = drafted(PRESS_RELEASE);
    assert_eq!(
        file.article.title,
        "Northwind Energy Ltd opens solar plant in Castellón"
    );
    assert_eq!(file.article.category, None);
    // No byline: the company the release opens with is its voice, under every name it has.
    let company = &file.actors[0];
    assert_eq!(
        (company.name.as_str(), company.kind.as_str()),
        ("Northwind Energy Ltd", "author")
    );
    assert_eq!(company.aliases, ["Northwind Energy"]);
    assert!(!file.actors[1..]
        .iter()
        .any(|a| a.name.starts_with("Northwind")));
    let homes = claim(&file, "The plant will supply power to 20,000 homes");
    assert_eq!(homes.claimant, company.id);
    let quote = claim(
        &file,
        "“This plant shows that clean energy can be built quickly and affordably,”",
    );
    assert_eq!(actor_named(&file, &quote.claimant), "María José Fernández");
    assert_eq!(
        claim(&file, "The company aims to double its capacity by 2026").kind,
        "assessment"
    );
    assert!(file
        .paragraphs
        .iter()
        .all(|p| !p.text.contains("Media contact")));
}

#[test]
fn an_opinion_piece_is_the_writers_assessment() {
    let file = drafted(OPINION);
    assert_eq!(file.article.category.as_deref(), Some("Opinion"));
    assert_eq!(file.actors[0].name, "Samuel Okafor");
    let mistake = claim(&file, "I believe that decision is a mistake");
    assert_eq!(
        (mistake.claimant.as_str(), mistake.kind.as_str()),
        ("writer", "assessment")
    );
    let should = claim(&file, "We should fund libraries, not close them");
    assert_eq!(should.kind, "assessment");
    let argued = claim(&file, "the building costs too much to heat");
    assert_eq!(actor_named(&file, &argued.claimant), "Jane Whitlow");
    // What a report shows is quoted without its frame, and cites the report.
    let report = claim(&file, "heating is a small share of the budget");
    assert_eq!(report.sources, ["eastfield-council-2023"]);
    assert_eq!(report.kind, "report");
    assert_eq!(
        file.sources[0].title.as_deref(),
        Some("Library services review")
    );
}

#[test]
fn accents_and_straight_quotes_are_kept_and_attributed() {
    let file = drafted(ACCENTS);
    let credits: Vec<(&str, &str)> = file
        .article
        .credits
        .iter()
        .map(|c| (c.name.as_str(), c.role.as_str()))
        .collect();
    assert_eq!(
        credits,
        [("Renée Müller", "author"), ("João Gonçalves", "editor")]
    );
    let zoe = file
        .actors
        .iter()
        .find(|a| a.name == "Zoë van der Berg")
        .expect("Zoë is an actor");
    assert_eq!(zoe.kind, "person");
    let quote = claim(&file, "\"I did not expect this,\"");
    assert_eq!(quote.claimant, zoe.id);
    let jury = claim(&file, "The jury called her work \"fearless and funny\"");
    assert_eq!(
        (jury.claimant.as_str(), jury.kind.as_str()),
        ("jury", "statement")
    );
    let ine = file
        .actors
        .iter()
        .find(|a| a.aliases == ["INE"])
        .expect("the institute");
    assert_eq!(ine.name, "Instituto Nacional de Estadística");
    let rose = claim(&file, "theatre attendance rose by 4% in 2023");
    assert_eq!(
        (rose.claimant.as_str(), rose.sources.as_slice()),
        (ine.id.as_str(), &["el-pais-2024".to_string()][..])
    );
    assert_eq!(file.sources[0].date.as_deref(), Some("2024-02-03"));
}

#[test]
fn repeated_quotes_are_singled_out_by_prefix_or_suffix() {
    let file = drafted("Title\n\nThe port closed, officials said. The port closed, officials said again. The port closed.\n");
    let anchored: Vec<(&str, Option<&str>, Option<&str>)> = file
        .claims
        .iter()
        .map(|c| {
            (
                c.quote.exact.as_str(),
                c.quote.prefix.as_deref(),
                c.quote.suffix.as_deref(),
            )
        })
        .collect();
    assert_eq!(anchored.len(), 3, "{anchored:?}");
    assert!(anchored
        .iter()
        .all(|(exact, _, _)| *exact == "The port closed"));
    assert!(anchored
        .iter()
        .all(|(_, prefix, suffix)| prefix.is_some() || suffix.is_some()));
}

#[test]
fn a_passage_repeated_with_kilobytes_around_it_is_no_claim_but_the_rest_are() {
    let passage = "The port closed, officials said, and ships waited for a week at anchor. ";
    let text = format!(
        "Title\n\n{}The mayor said the harbour would open again on Monday.\n",
        passage.repeat(40)
    );
    let file = drafted(&text);
    let context = |part: &Option<String>| part.as_ref().map_or(0, String::len);
    assert!(file
        .claims
        .iter()
        .all(|c| context(&c.quote.prefix) + context(&c.quote.suffix) <= 1024));
    assert!(
        file.to_json().len() < 10 * text.len(),
        "{}",
        file.to_json().len()
    );
    let harbour = claim(&file, "the harbour would open again on Monday");
    assert_eq!(actor_named(&file, &harbour.claimant), "mayor");
}

#[test]
fn a_draft_survives_writing_and_reading() {
    for text in [SEED_TEXT, WIRE, PRESS_RELEASE, OPINION, ACCENTS] {
        let file = drafted(text);
        let article = load(file.to_json().as_bytes()).expect("loads");
        assert_eq!(File::from(&article), file);
    }
}

#[test]
fn an_empty_text_drafts_an_empty_article() {
    let file = drafted("");
    assert_eq!(file.article.id, "article");
    assert!(file.paragraphs.is_empty() && file.claims.is_empty());
    assert_eq!(file.actors.len(), 1);
}

/// Texts made of the pieces articles are made of: words with capitals and accents, quotes,
/// brackets, citations, dates, dashes and blank lines.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[A-Za-zÀ-ÿ]{1,10}",
        Just(" ".to_string()),
        Just(" ".to_string()),
        Just(". ".to_string()),
        Just(", ".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("’s".to_string()),
        Just(" (BBC, 2023)".to_string()),
        Just(" (RDK) ".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(" said ".to_string()),
        Just(" denied ".to_string()),
        Just(" according to ".to_string()),
        Just("By Ana Pérez and Zoë van der Berg\n".to_string()),
        Just("\n\nReferences\n\n".to_string()),
        Just("BBC (2023, 25 May). Title. BBC.\n".to_string()),
        Just(" — ".to_string()),
        // Other languages' forms, right to left among them, mixed in any order.
        Just("«Ми не винні», — заявив міський голова Ігор Сидоренко. ".to_string()),
        Just("За словами Сидоренка, ".to_string()),
        Just("„Die Zahlen sind falsch“, sagte Anna Müller. Sie seien alt. ".to_string()),
        Just("« Nous sommes inquiets », a-t-il déclaré. Selon lui, ".to_string()),
        Just("—Nadie va a ser apartado —respondió el regidor—. ".to_string()),
        Just("»Wir bleiben«, ".to_string()),
        Just("قال المتحدث باسم الوزارة إن «الوضع مستقر». ".to_string()),
        Just("אמר ראש העירייה כי \"המצב יציב\". ".to_string()),
        Just("2023-02-30".to_string()),
        Just("https://example.org/a b".to_string()),
        Just(";".to_string()),
        Just("\u{0}\u{7}\t".to_string()),
        "[0-9]{1,4}",
        ".{0,3}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_drafts_into_a_file_that_loads(text in article_text()) {
        let file = draft(&text);
        let loaded = load(file.to_json().as_bytes());
        prop_assert!(loaded.is_ok(), "{:#?}\n{}", loaded.err(), text);
    }

    #[test]
    fn any_characters_draft_into_a_file_that_loads(text in "\\PC{0,300}") {
        let file = draft(&text);
        prop_assert!(load(file.to_json().as_bytes()).is_ok());
    }
}

#[test]
fn an_institution_named_after_its_county_speaks_and_days_are_no_actors() {
    let file = drafted(
        "Water rates rise\n\nThe city council voted on Tuesday night to raise water rates by 18%. \
         The Harlow County Health Department said in a statement that the water remained safe \
         to drink. The department advised parents of infants to use filtered water.\n",
    );
    let health = claim(&file, "the water remained safe to drink");
    assert_eq!(
        actor_named(&file, &health.claimant),
        "Harlow County Health Department"
    );
    let advice = claim(
        &file,
        "The department advised parents of infants to use filtered water",
    );
    assert_eq!(advice.claimant, health.claimant);
    let department = file.actors.iter().find(|a| a.id == health.claimant);
    assert!(department.is_some_and(|a| a.aliases.contains(&"department".to_string())));
    assert!(!file.actors.iter().any(|a| a.name == "Tuesday"));
}

#[test]
fn a_plurals_possessive_inside_a_name_keeps_it_one_actor() {
    let file = drafted(
        "Strike\n\nThe Teachers’ Union of Northfield said a third day of action has not been ruled \
         out. Attorney Kenneth Marlowe said the Millbrook Firefighters' Relief Association lost \
         money.\n",
    );
    let names: Vec<&str> = file.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(
        names.contains(&"Teachers’ Union of Northfield"),
        "{names:?}"
    );
    assert!(
        names.contains(&"Millbrook Firefighters' Relief Association"),
        "{names:?}"
    );
    assert!(names.contains(&"Kenneth Marlowe"), "{names:?}");
}

#[test]
fn it_after_an_organisations_claim_is_that_organisation_before_anything_it_mentions() {
    let file = drafted(
        "Drug review\n\nThe Arthritis Patients’ Alliance, a charity, urged the regulator to hurry. \
         About 90,000 people in the UK do not respond to existing treatments, the charity said. It \
         added that safety had to come first.\n",
    );
    let claim = claim(&file, "safety had to come first");
    assert_eq!(
        actor_named(&file, &claim.claimant),
        "Arthritis Patients’ Alliance"
    );
}

#[test]
fn a_name_in_small_letters_is_called_by_its_opening_noun_with_or_without_a_capital() {
    let file = drafted(
        "Strike\n\n11:05 Council says it will not reopen talks\n\nThe council of Northfield has \
         said it will not return to the table before Friday. In a statement, the council said \
         its offer was “fair and final”.\n",
    );
    let council: Vec<&str> = file
        .actors
        .iter()
        .filter(|a| a.name.to_lowercase().contains("council"))
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(council, ["council of Northfield"]);
    let claim = claim(&file, "its offer was “fair and final”");
    assert_eq!(actor_named(&file, &claim.claimant), "council of Northfield");
}

#[test]
fn an_organisation_described_with_words_before_its_noun_speaks_for_itself() {
    let file =
        drafted("Stoves\n\nThe regional environment department said it had no plans for a ban.\n");
    let claim = claim(&file, "it had no plans for a ban");
    assert_eq!(
        actor_named(&file, &claim.claimant),
        "regional environment department"
    );
}

#[test]
fn a_name_after_an_office_and_its_link_is_an_organisation() {
    let file = drafted(
        "Fares\n\nA spokesperson for Metro Transit said the extra revenue would fund new buses.\n",
    );
    let transit = file.actors.iter().find(|a| a.name == "Metro Transit");
    assert_eq!(transit.map(|a| a.kind.as_str()), Some("organisation"));
    let writers: Vec<&str> = file
        .claims
        .iter()
        .filter(|c| actor_named(&file, &c.claimant) != "Metro Transit")
        .map(|c| c.quote.exact.as_str())
        .collect();
    assert!(writers.is_empty(), "{writers:?}");
}

#[test]
fn a_sentence_opening_according_to_an_agency_is_the_writers_on_its_word() {
    let file = drafted(
        "Port strike\n\nBy Ann Lee\n\nThe town was calm on Tuesday.\n\nAccording to Reuters, \
         shipping firms have begun rerouting vessels.\n",
    );
    let claim = claim(&file, "shipping firms have begun rerouting vessels");
    assert_eq!(actor_named(&file, &claim.claimant), "Ann Lee");
    let outlets: Vec<&str> = claim
        .sources
        .iter()
        .filter_map(|id| file.sources.iter().find(|s| &s.id == id))
        .map(|s| s.outlet.as_str())
        .collect();
    assert_eq!(outlets, ["Reuters"]);
    assert!(file
        .actors
        .iter()
        .all(|a| a.name.to_lowercase() != "reuters"));
}

#[test]
fn a_cue_after_that_and_a_short_phrase_before_a_comma_are_read_as_written() {
    let file = drafted(
        "Vote\n\nBy Ann Lee\n\nMs Ruth Pike said that after the vote, Mr Owen Hale denied it.\n\nIn \
         Kharkiv three people died, officials said.\n",
    );
    let pike = claim(&file, "after the vote, Mr Owen Hale denied it");
    assert_eq!(actor_named(&file, &pike.claimant), "Ruth Pike");
    let officials = claim(&file, "In Kharkiv three people died");
    assert_eq!(actor_named(&file, &officials.claimant), "officials");
}

#[test]
fn a_company_described_as_one_is_an_organisation_called_later_by_its_first_word() {
    let file = drafted(
        "Takeover\n\nBy Ann Lee\n\nHarcourt Foods, the UK's fifth-largest supermarket chain, has \
         agreed to buy a rival. Analysts said Harcourt had paid too much.\n\nThe company said it would fund \
         the deal through a new loan.\n\nDiane Okafor, a company spokeswoman, said jobs were \
         safe.\n",
    );
    let harcourt = file
        .actors
        .iter()
        .find(|a| a.name == "Harcourt Foods")
        .expect("Harcourt Foods is an actor");
    assert_eq!(harcourt.kind, "organisation");
    assert!(harcourt.aliases.contains(&"Harcourt".to_string()));
    let loan = claim(&file, "it would fund the deal through a new loan");
    assert_eq!(actor_named(&file, &loan.claimant), "Harcourt Foods");
    // A description that holds a person's office is no company's.
    let okafor = file.actors.iter().find(|a| a.name == "Diane Okafor");
    assert_eq!(okafor.map(|a| a.kind.as_str()), Some("person"));
}

#[test]
fn a_participles_aside_before_the_verb_of_speech_stays_in_the_subject() {
    let file = drafted("Title\n\nTheir son, Liam Ashdown, said his father had been fit. Fiona Lennard, representing the trust, said the hospital did not dispute the delay.\n");
    let claim = claim(&file, "the hospital did not dispute the delay");
    assert_eq!(actor_named(&file, &claim.claimant), "Fiona Lennard");
}

#[test]
fn the_courtesy_forms_of_a_shared_surname_go_to_the_people_they_are() {
    let file = drafted("Title\n\nPeter Ashdown, 68, died in February. His wife, Margaret Ashdown, is suing the trust over Mr Ashdown’s care.\n\nGiving evidence, Mrs Ashdown said she had asked staff four times for help. “Nobody came,” she said.\n");
    for exact in ["she had asked staff four times for help", "“Nobody came,”"] {
        let claim = claim(&file, exact);
        assert_eq!(
            actor_named(&file, &claim.claimant),
            "Margaret Ashdown",
            "{exact}"
        );
    }
    let peter = file.actors.iter().find(|a| a.name == "Peter Ashdown");
    assert!(peter.is_some_and(|a| !a.aliases.iter().any(|n| n == "Mrs Ashdown")));
}

#[test]
fn where_it_was_said_after_the_verb_is_no_part_of_what_was_said() {
    let file = drafted(
        "Title\n\nTrade commissioner Anna Berg said in Brussels, the tariffs would stay.\n",
    );
    let claim = claim(&file, "the tariffs would stay");
    assert_eq!(actor_named(&file, &claim.claimant), "Anna Berg");
}

#[test]
fn a_participle_says_something_only_with_what_follows_its_that() {
    let file = drafted("Title\n\nJane Doe, the chief executive, resigned on Monday, adding to pressure on the board. Ministers met Alan Grey on Friday, insisting on a deal before the summer.\n");
    for claim in &file.claims {
        assert_eq!(claim.claimant, "writer", "{}", claim.quote.exact);
    }
}

#[test]
fn a_name_that_speaks_is_no_place_though_a_preposition_of_place_opens_it_elsewhere() {
    let file = drafted(
        "Title\n\nThe plan drew criticism from Labour and Hale. Hale said the plan would fail.\n",
    );
    let claim = claim(&file, "the plan would fail");
    assert_eq!(actor_named(&file, &claim.claimant), "Hale");
}

#[test]
fn the_courtesy_forms_go_by_what_the_texts_words_show_of_each_person() {
    let file = drafted("Title\n\nJohn Ashdown and his wife Margaret Ashdown ran the shop. Mrs Ashdown said the shop would close. Mr Ashdown said he would appeal.\n");
    let close = claim(&file, "the shop would close");
    assert_eq!(actor_named(&file, &close.claimant), "Margaret Ashdown");
    let appeal = claim(&file, "he would appeal");
    assert_eq!(actor_named(&file, &appeal.claimant), "John Ashdown");
}

#[test]
fn a_sentence_ends_inside_a_french_quotation_closed_after_a_space() {
    // « … spoliation. » then a new sentence: two sentences, the quotation the minister's.
    let file = drafted(
        "Titre\n\n« Nous ne pouvons plus accepter cela », a lancé la ministre. « Ce texte n’est \
         pas une spoliation. » Et d’ajouter : « Les maisons de famille ne seront pas visées. »\n",
    );
    let quoted = claim(&file, "« Ce texte n’est pas une spoliation. »");
    assert_eq!(actor_named(&file, &quoted.claimant), "ministre");
    // German's opening guillemet after a space opens the next sentence's quotation.
    let file = drafted(
        "Titel\n\n»Wir bleiben hier«, sagte der Betriebsrat Kowalczyk. »Das Werk hat Zukunft.« Er \
         lachte.\n",
    );
    assert!(file
        .claims
        .iter()
        .any(|c| c.quote.exact == "»Das Werk hat Zukunft.«"));
}

#[test]
fn a_name_after_a_place_preposition_that_denies_elsewhere_is_no_place() {
    let file = drafted("Title\n\nNo one at Northvale was paid £3m. Northvale disputes that.\n");
    let disputes = claim(&file, "Northvale disputes that");
    assert_eq!(actor_named(&file, &disputes.claimant), "Northvale");
}

#[test]
fn a_surname_is_an_alias_only_where_the_text_writes_it_alone() {
    let file = drafted(
        "Title\n\nCouncil leader Neil Heyes said the tips would close. “We have no choice,” Mr \
         Heyes said.\n\nDr Simon Achterberg said the plan was flawed. Achterberg added that it \
         would cost more. Keith Armitage said Mr Armitage’s own figures showed it. Mr Armitage \
         declined to say more.\n",
    );
    let aliases = |name: &str| {
        file.actors
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.aliases.clone())
            .unwrap_or_else(|| panic!("{name} is an actor"))
    };
    // Written only after a title or the given name: the titled form is the name the text uses.
    assert_eq!(aliases("Neil Heyes"), ["Mr Heyes"]);
    // Written alone too.
    assert!(aliases("Simon Achterberg").contains(&"Achterberg".to_string()));
    // A possessive is found by the name it is of.
    assert_eq!(aliases("Keith Armitage"), ["Mr Armitage"]);
}

#[test]
fn a_middle_initial_is_part_of_the_name() {
    let file = drafted(
        "Title\n\nWalter J. Brandt, 61, was arraigned on Monday. His attorney, Lorraine Pike, said \
         Brandt had repaid some of the money.\n",
    );
    let brandt = file.actors.iter().find(|a| a.name == "Walter J. Brandt");
    assert!(
        brandt.is_some_and(|a| a.kind == "person" && a.aliases == ["Brandt"]),
        "{:?}",
        file.actors
    );
    assert!(!file.actors.iter().any(|a| a.name == "Walter J."));
}

#[test]
fn an_according_aside_inside_a_sentence_keeps_the_sentence_whole() {
    let file = drafted(
        "Title\n\nInflation in the region last year, according to the Office for National \
         Statistics, was 9.1%. Prices rose, according to the ONS, a spokesman said.\n",
    );
    let claim = claim(
        &file,
        "Inflation in the region last year, according to the Office for National Statistics, was 9.1%",
    );
    assert_eq!(
        actor_named(&file, &claim.claimant),
        "Office for National Statistics"
    );
}

#[test]
fn a_live_blogs_time_stamp_is_no_part_of_its_entrys_first_claim() {
    let file = drafted(
        "Title\n\n08:40 Mayor Yuri Stasiuk declared an emergency.\n\n12:15 - Stasiuk rejected the \
         accusations.\n\n4:20pm: The river peaked at 9.4 metres.\n\n10.32 BST The vote was \
         delayed.\n\n2024 was a wet year. 10 people were rescued.\n",
    );
    let quotes: Vec<&str> = file.claims.iter().map(|c| c.quote.exact.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "Mayor Yuri Stasiuk declared an emergency",
            "Stasiuk rejected the accusations",
            "The river peaked at 9.4 metres",
            "The vote was delayed",
            // A year or a number opening a sentence is no time of day.
            "2024 was a wet year",
            "10 people were rescued",
        ]
    );
}

#[test]
fn a_verb_of_speech_after_and_or_but_is_said_by_the_person_the_sentence_opened_on() {
    let file = drafted(
        "Title\n\nMayor Jane Doe visited the site and said the council would pay. Mayor Ann Lee \
         welcomed the payments but said the town would need far more. The council met and \
         agreed the plan.\n",
    );
    let claimant = |quote: &str| {
        let claim = file.claims.iter().find(|c| c.quote.exact == quote);
        let actor = claim.and_then(|c| file.actors.iter().find(|a| a.id == c.claimant));
        actor.map(|a| a.name.as_str())
    };
    assert_eq!(claimant("the council would pay"), Some("Jane Doe"));
    // The sentence's subject, not the person it names after its verb.
    let police = drafted(
        "Title\n\nThe city's police arrested John Smith and said he would appear in court.\n",
    );
    let claim = police
        .claims
        .iter()
        .find(|c| c.quote.exact == "he would appear in court");
    let by = claim.and_then(|c| police.actors.iter().find(|a| a.id == c.claimant));
    assert_ne!(by.map(|a| a.name.as_str()), Some("John Smith"));
    assert_eq!(claimant("the town would need far more"), Some("Ann Lee"));
    // What was done is the writer's report.
    assert_eq!(
        claimant("Mayor Jane Doe visited the site"),
        Some("The author")
    );
}
