//! One paragraph of the editor's text, a component of its own: its claims and the actors it names
//! marked, built as DOM nodes outside Yew's virtual DOM, and a click on a claim's words opens it.

use std::rc::Rc;

use claimscope_core::format::file::Paragraph;
use claimscope_core::view::runs::Marked;
use web_sys::Element;
use yew::prelude::*;

use crate::state::{Action, Selected};

#[derive(Properties)]
pub struct EditParagraphProps {
    pub paragraphs: Rc<Vec<Paragraph>>,
    pub index: usize,
    pub runs: Rc<Vec<Marked<usize, usize>>>,
    pub claim_ids: Rc<Vec<String>>,
    pub actor_ids: Rc<Vec<String>>,
    /// The selected claim, when it is marked in this paragraph.
    pub selected: Option<usize>,
    pub dispatch: Callback<Action>,
}

impl PartialEq for EditParagraphProps {
    /// By identity for the text and its marks, which the editor shares while they stay the same:
    /// comparing a hundred paragraphs' text on every keystroke would cost what it saves.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.paragraphs, &other.paragraphs)
            && self.index == other.index
            && Rc::ptr_eq(&self.runs, &other.runs)
            && self.claim_ids == other.claim_ids
            && self.actor_ids == other.actor_ids
            && self.selected == other.selected
            && self.dispatch == other.dispatch
    }
}

/// One paragraph of the text, with its claims and the actors it names marked. Its runs are built
/// as DOM nodes directly, outside Yew's virtual DOM, with one click listener for the paragraph: a
/// drafted article's text holds thousands of runs, and building a virtual node, then a real one,
/// for each was most of the time it took to show it. The text goes in as text nodes, never
/// parsed as markup.
#[function_component]
pub fn EditParagraph(props: &EditParagraphProps) -> Html {
    let i = props.index;
    let Some(paragraph) = props.paragraphs.get(i) else {
        return Html::default();
    };
    let onclick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            let claim = e
                .target_dyn_into::<Element>()
                .and_then(|target| target.closest("[data-claim-index]").ok().flatten())
                .and_then(|run| run.get_attribute("data-claim-index"))
                .and_then(|index| index.parse::<usize>().ok());
            // A click opens the claim; a drag that selects words does not.
            if let Some(claim) = claim.filter(|_| !has_selection()) {
                dispatch.emit(Action::Select(Selected::Claim(claim)));
            }
        })
    };
    // The nodes are built again only when the text or its marks change. Selecting a claim flips
    // `data-selected` on them instead, so the caret a click placed in the text stays there.
    let built = use_mut_ref(|| None::<Built>);
    let mut slot = built.borrow_mut();
    let same = slot.as_ref().is_some_and(|b| {
        Rc::ptr_eq(&b.paragraphs, &props.paragraphs)
            && Rc::ptr_eq(&b.runs, &props.runs)
            && Rc::ptr_eq(&b.claim_ids, &props.claim_ids)
            && Rc::ptr_eq(&b.actor_ids, &props.actor_ids)
    });
    if !same {
        *slot = runs_node(
            &paragraph.text,
            &props.runs,
            &props.claim_ids,
            &props.actor_ids,
        )
        .map(|(node, claims)| Built {
            paragraphs: props.paragraphs.clone(),
            runs: props.runs.clone(),
            claim_ids: props.claim_ids.clone(),
            actor_ids: props.actor_ids.clone(),
            node,
            claims,
            selected: None,
        });
    }
    let runs = slot.as_mut().map(|built| {
        built.select(props.selected);
        Html::VRef(built.node.clone().into())
    });
    html! {
        <p class="edit-paragraph" data-paragraph-id={paragraph.id.clone()}
           data-paragraph-index={i.to_string()} {onclick}>
            { runs.unwrap_or_default() }
        </p>
    }
}

/// A paragraph's runs as built, with what they were built from.
struct Built {
    paragraphs: Rc<Vec<Paragraph>>,
    runs: Rc<Vec<Marked<usize, usize>>>,
    claim_ids: Rc<Vec<String>>,
    actor_ids: Rc<Vec<String>>,
    node: Element,
    /// Each claim's runs, by the claim's position.
    claims: Vec<(usize, Element)>,
    selected: Option<usize>,
}

impl Built {
    /// Marks the runs of `claim` as selected, and no others.
    fn select(&mut self, claim: Option<usize>) {
        if claim == self.selected {
            return;
        }
        for (of, run) in &self.claims {
            let result = if Some(*of) == claim {
                run.set_attribute("data-selected", "true")
            } else if Some(*of) == self.selected {
                run.remove_attribute("data-selected")
            } else {
                Ok(())
            };
            // A run that cannot be marked stays as it was; the claim's form still opens.
            drop(result);
        }
        self.selected = claim;
    }
}

/// The runs of a paragraph's `text` as DOM nodes in one `span` (which Yew then places and removes
/// as one node): each claim's and each named actor's words in a `span` that says which
/// (`data-claim-id` and its position, `data-actor-ref`), the rest as plain text nodes; with the
/// spans of each claim, by its position. `None` where there is no document.
fn runs_node(
    text: &str,
    runs: &[Marked<usize, usize>],
    claim_ids: &[String],
    actor_ids: &[String],
) -> Option<(Element, Vec<(usize, Element)>)> {
    let mut claims = Vec::new();
    let document = web_sys::window()?.document()?;
    let all = document.create_element("span").ok()?;
    for run in runs {
        let words = document.create_text_node(text.get(run.range.clone()).unwrap_or_default());
        if run.claim.is_none() && run.mention.is_none() {
            all.append_child(&words).ok()?;
            continue;
        }
        let span = document.create_element("span").ok()?;
        span.set_class_name("run");
        let mut attributes: Vec<(&str, String)> = Vec::with_capacity(4);
        if let Some(claim) = run.claim {
            if let Some(id) = claim_ids.get(claim) {
                attributes.push(("data-claim-id", id.clone()));
            }
            attributes.push(("data-claim-index", claim.to_string()));
            claims.push((claim, span.clone()));
        }
        if let Some(id) = run.mention.and_then(|a| actor_ids.get(a)) {
            attributes.push(("data-actor-ref", id.clone()));
        }
        for (name, value) in attributes {
            span.set_attribute(name, &value).ok()?;
        }
        span.append_child(&words).ok()?;
        all.append_child(&span).ok()?;
    }
    Some((all, claims))
}

fn has_selection() -> bool {
    web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .is_some_and(|s| !s.is_collapsed())
}
