//! Editorial gaps in a valid article: what the checker and the editor point out without refusing
//! the file, because the explorer can still show it (a claim about no actor, an empty summary, an
//! actor no claim is by or about). Each is a [`Problem`], with the JSON path of what to fill in.
//! The integrity findings a reader sees ([`crate::findings`]) are not repeated here.

use crate::format::Problem;
use crate::i18n::{Arg, Locale, Msg};
use crate::model::Article;

/// How the text spells `name` when it never writes it as given but does with other apostrophes
/// or quotation marks (a straight ' typed for the text's ’): `None` when the text has it as
/// given, or has it no other way either.
fn spelt_otherwise(article: &Article, name: &str) -> Option<String> {
    const MARKS: [char; 6] = ['\'', '’', '‘', '"', '“', '”'];
    if !name.contains(MARKS) {
        return None;
    }
    let texts = || article.paragraphs().iter().map(|p| p.text.as_str());
    if texts().any(|text| text.contains(name)) {
        return None;
    }
    let plain = |c: char| if MARKS.contains(&c) { '\'' } else { c };
    let wanted: String = name.chars().map(plain).collect();
    texts().find_map(|text| {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let length = name.chars().count();
        chars.windows(length).find_map(|window| {
            let same = window.iter().map(|&(_, c)| plain(c)).eq(wanted.chars());
            let (start, end) = (
                window[0].0,
                window[length - 1].0 + window[length - 1].1.len_utf8(),
            );
            same.then(|| text[start..end].to_string())
        })
    })
}

/// Every editorial gap of `article`, in file order, in English (the command line's).
pub fn warnings(article: &Article) -> Vec<Problem> {
    warnings_in(article, Locale::ENGLISH)
}

/// Every editorial gap of `article`, in file order, said in `locale` (the editor's Check panel).
pub fn warnings_in(article: &Article, locale: Locale) -> Vec<Problem> {
    let mut found = Gaps(Vec::new(), locale);
    let info = article.info();
    found.blank("article.title", &info.title, Msg::EditorCheckNoHeadline);
    found.blank(
        "article.language",
        &info.language,
        Msg::EditorCheckNoLanguage,
    );
    for (i, credit) in info.credits.iter().enumerate() {
        let at = format!("article.credits[{i}]");
        found.blank(
            format!("{at}.name"),
            &credit.name,
            Msg::EditorCheckCreditName,
        );
        found.blank(
            format!("{at}.role"),
            &credit.role,
            Msg::EditorCheckCreditRole,
        );
    }
    for (i, paragraph) in article.paragraphs().iter().enumerate() {
        let path = format!("paragraphs[{i}].text");
        found.blank(path, &paragraph.text, Msg::EditorCheckEmptyParagraph);
    }
    for (i, actor) in article.actors().iter().enumerate() {
        for (a, alias) in actor.aliases.iter().enumerate() {
            let path = format!("actors[{i}].aliases[{a}]");
            found.blank(path, alias, Msg::EditorCheckEmptyAlias);
        }
        let path = format!("actors[{i}].summary");
        found.blank(path, &actor.summary, Msg::EditorCheckActorSummary);
        let names = std::iter::once((format!("actors[{i}].name"), &actor.name));
        let aliases = (actor.aliases.iter().enumerate())
            .map(|(a, alias)| (format!("actors[{i}].aliases[{a}]"), alias));
        for (path, name) in names.chain(aliases) {
            if let Some(spelt) = spelt_otherwise(article, name) {
                let args = [name.as_str().into(), spelt.as_str().into()];
                found.add(path, Msg::EditorCheckSpelt, &args);
            }
        }
        if article.claims_by(actor.id).is_empty() && article.claims_about(actor.id).is_empty() {
            let args = [actor.name.as_str().into()];
            found.add(format!("actors[{i}]"), Msg::EditorCheckUnusedActor, &args);
        }
    }
    for (i, source) in article.sources().iter().enumerate() {
        if !source.listed && article.claims_citing(source.id).is_empty() {
            let args = [source.outlet.as_str().into()];
            found.add(format!("sources[{i}]"), Msg::EditorCheckUnusedSource, &args);
        }
    }
    for (i, claim) in article.claims().iter().enumerate() {
        let path = format!("claims[{i}].summary");
        found.blank(path, &claim.summary, Msg::EditorCheckClaimSummary);
        if claim.subjects.is_empty() {
            found.add(
                format!("claims[{i}].subjects"),
                Msg::EditorCheckNoSubject,
                &[],
            );
        }
    }
    for (i, event) in article.events().iter().enumerate() {
        let path = format!("events[{i}].label");
        found.blank(path, &event.label, Msg::EditorCheckEventLabel);
        if event.claims.is_empty() {
            found.add(
                format!("events[{i}].claims"),
                Msg::EditorCheckEventClaims,
                &[],
            );
        }
    }
    found.0
}

/// The gaps found, and the language they are said in.
struct Gaps(Vec<Problem>, Locale);

impl Gaps {
    fn add(&mut self, path: impl Into<String>, msg: Msg, args: &[Arg]) {
        self.0.push(Problem::new(path, self.1.format(msg, args)));
    }

    /// A gap where `text` is blank: “empty:” and why that matters.
    fn blank(&mut self, path: impl Into<String>, text: &str, why: Msg) {
        if text.trim().is_empty() {
            let why = self.1.text(why);
            self.add(path, Msg::EditorCheckEmpty, &[Arg::Formatted(&why)]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &[u8] = include_bytes!("../../../../data/belgorod-incursions.json");

    fn with(change: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
        let mut value: serde_json::Value = serde_json::from_slice(SEED).expect("JSON");
        change(&mut value);
        let text = value.to_string();
        let article = crate::load(text.as_bytes()).expect("still valid");
        warnings(&article).iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn the_seed_has_no_gaps() {
        assert_eq!(with(|_| {}), Vec::<String>::new());
    }

    /// Regression (issue #26): renaming an actor with a straight apostrophe where the text has a
    /// curly one went unnoticed, and its mentions were lost.
    #[test]
    fn a_name_the_text_spells_with_other_apostrophes_is_warned_about() {
        let warned =
            with(|v| v["actors"][2]["aliases"] = serde_json::json!(["Putin's government"]));
        assert_eq!(
            warned,
            ["actors[2].aliases[0]: the text does not write “Putin's government” but “Putin’s government”: readers will not find the one in the other."]
        );
        let fine = with(|v| v["actors"][2]["aliases"] = serde_json::json!(["Putin’s government"]));
        assert_eq!(fine, Vec::<String>::new());
    }

    #[test]
    fn gaps_are_warnings_with_the_path_to_fill_in() {
        let warned = with(|v| {
            v["claims"][3]["subjects"] = serde_json::json!([]);
            v["claims"][4]["summary"] = "".into();
            v["actors"][2]["summary"] = " ".into();
            v["events"][0]["claims"] = serde_json::json!([]);
        });
        assert_eq!(
            warned,
            [
                "actors[2].summary: empty: readers see no description of this actor.",
                "claims[3].subjects: the claim is about no actor, so no “About” filter finds it.",
                "claims[4].summary: empty: readers see the quote in place of a summary.",
                "events[0].claims: no claim reports this event, so filters never show it.",
            ]
        );
    }

    #[test]
    fn actors_in_no_claim_and_sources_neither_cited_nor_listed_are_pointed_out() {
        let warned = with(|v| {
            let actors = v["actors"].as_array_mut().expect("actors");
            actors.push(serde_json::json!({"id": "nobody", "name": "Nobody", "aliases": [], "kind": "person", "summary": "x"}));
            let sources = v["sources"].as_array_mut().expect("sources");
            sources.push(serde_json::json!({"id": "ghost", "outlet": "Ghost Gazette", "author": null, "title": null, "date": null, "url": null, "listed": false}));
        });
        assert_eq!(warned.len(), 2, "{warned:?}");
        assert!(warned[0].ends_with(
            "no claim is by or about Nobody; readers can only find them in the Actors view."
        ));
        assert!(warned[1]
            .ends_with("no claim cites Ghost Gazette, and the reference list leaves it out."));
    }
}
