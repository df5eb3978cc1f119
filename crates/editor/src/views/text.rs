//! The article's text as the editor shows it: each paragraph with its claims and the actors it
//! names marked as in the explorer's Article view (with CSS only, so a paragraph's text is exactly
//! the file's), and the bar of actions on the words a person selects — with the mouse, or with
//! Shift and the arrow keys, since the text takes a caret (it is editable, and refuses every edit),
//! or with a long press on a phone (the browser reports every selection, however made, and the
//! text asks for no on-screen keyboard).

use std::ops::Range;
use std::rc::Rc;

use claimscope_core::edit::{byte_offset, Edit};
use claimscope_core::format::file::Paragraph;
use claimscope_core::i18n::{Direction, Msg};
use claimscope_core::view::runs::Marked;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};
use yew::prelude::*;

use super::edit_paragraph::EditParagraph;
use crate::state::Action;
use claimscope_app::browser;
use claimscope_app::i18n::{t, tf};
use claimscope_app::shared::Shared;

/// Words selected in one paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct TextSelection {
    pub paragraph: usize,
    /// Byte range in the paragraph's text.
    pub range: Range<usize>,
    pub text: String,
}

/// Each paragraph's marked runs, by claim and actor position. A paragraph's list is shared from
/// one version of the document to the next while its marks stay the same, so that its view is
/// not rendered again.
pub type Marks = Vec<Rc<Vec<Marked<usize, usize>>>>;

#[derive(Properties, PartialEq)]
pub struct TextProps {
    pub paragraphs: Rc<Vec<Paragraph>>,
    pub marks: Shared<Marks>,
    /// Each claim's id and each actor's id, by position.
    pub claim_ids: Rc<Vec<String>>,
    pub actor_ids: Rc<Vec<String>>,
    pub selected_claim: Option<usize>,
    pub on_selection: Callback<Option<TextSelection>>,
    pub dispatch: Callback<Action>,
    /// The article's language (BCP 47), which the text is marked with and runs in the direction
    /// of: a screen reader reads it in its own language, and Arabic or Hebrew runs right to left.
    pub language: AttrValue,
}

/// The direction of an article's text in `language`: right to left for Arabic, Hebrew and the
/// like; as its letters say where the language is undetermined.
pub fn text_direction(language: &str) -> &'static str {
    match language {
        "" | claimscope_core::draft::UNDETERMINED => "auto",
        language => Direction::of(language).key(),
    }
}

/// How many paragraphs a new text shows in its first frame: more than a tall screen holds.
const FIRST_SCREEN: usize = 16;

#[function_component]
pub fn Text(props: &TextProps) -> Html {
    {
        // The browser says when the selection changes, wherever it is; the text reports the part
        // inside one of its paragraphs.
        let paragraphs = props.paragraphs.clone();
        let on_selection = props.on_selection.clone();
        use_effect_with(paragraphs.clone(), move |_| {
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    EventListener::new(&document, "selectionchange", move |_| {
                        on_selection.emit(current_selection(&paragraphs));
                    })
                });
            move || drop(listener)
        });
    }
    let text_ref = use_node_ref();
    {
        // The text takes a caret, so that Shift and the arrow keys select words, but no edit:
        // typing, pasting, cutting and dropping are refused before they change it.
        let text_ref = text_ref.clone();
        use_effect_with((), move |_| {
            let listeners: Vec<EventListener> = text_ref
                .cast::<Element>()
                .map(|text| {
                    ["beforeinput", "paste", "cut", "drop"]
                        .into_iter()
                        .map(|kind| {
                            let options =
                                gloo::events::EventListenerOptions::enable_prevent_default();
                            EventListener::new_with_options(&text, kind, options, |e| {
                                e.prevent_default()
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            move || drop(listeners)
        });
    }
    // A new text (drafted, opened) shows its first screen at once and the rest just after that
    // screen is painted: building a hundred paragraphs' runs took longer than drafting them.
    let rest_shown = use_state(|| 0_u32);
    let shown_text = use_mut_ref(|| None::<Rc<Vec<Paragraph>>>);
    let new_text = !shown_text
        .borrow()
        .as_ref()
        .is_some_and(|text| Rc::ptr_eq(text, &props.paragraphs));
    let limit = if new_text && props.paragraphs.len() > FIRST_SCREEN {
        let rest_shown = rest_shown.clone();
        browser::after_next_paint(move || rest_shown.set(*rest_shown + 1));
        FIRST_SCREEN
    } else {
        usize::MAX
    };
    *shown_text.borrow_mut() = Some(props.paragraphs.clone());
    let paragraphs = props
        .paragraphs
        .iter()
        .enumerate()
        .take(limit)
        .map(|(i, paragraph)| {
            let runs = props.marks.get(i).cloned().unwrap_or_default();
            let selected = props
                .selected_claim
                .filter(|&c| runs.iter().any(|run| run.claim == Some(c)));
            html! {
                <EditParagraph key={paragraph.id.clone()} paragraphs={props.paragraphs.clone()}
                               index={i} {runs} claim_ids={props.claim_ids.clone()}
                               actor_ids={props.actor_ids.clone()} {selected}
                               dispatch={props.dispatch.clone()} />
            }
        });
    html! {
        <div class="edit-text" contenteditable="true" inputmode="none" spellcheck="false"
             role="textbox" lang={props.language.clone()}
             dir={text_direction(&props.language)}
             aria-multiline="true" aria-readonly="true"
             aria-label={t(Msg::EditorTextLabel)}
             ref={text_ref}>
            { for paragraphs }
        </div>
    }
}

/// The selection, if it lies within one paragraph of the text.
fn current_selection(paragraphs: &[Paragraph]) -> Option<TextSelection> {
    let document = web_sys::window()?.document()?;
    let selection = document.get_selection().ok().flatten()?;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let paragraph_of = |node: web_sys::Node| -> Option<Element> {
        let element = match node.dyn_ref::<Element>() {
            Some(element) => element.clone(),
            None => node.parent_element()?,
        };
        element.closest("[data-paragraph-index]").ok().flatten()
    };
    let start = paragraph_of(range.start_container().ok()?)?;
    let end = paragraph_of(range.end_container().ok()?)?;
    if start != end {
        return None;
    }
    let index: usize = start.get_attribute("data-paragraph-index")?.parse().ok()?;
    let text = &paragraphs.get(index)?.text;
    // The selection's offsets in the paragraph, counted as the browser counts (UTF-16).
    let before = document.create_range().ok()?;
    before.select_node_contents(&start).ok()?;
    before
        .set_end(&range.start_container().ok()?, range.start_offset().ok()?)
        .ok()?;
    let from = before.to_string().length() as usize;
    let length = range.to_string().length() as usize;
    let range = byte_offset(text, from)..byte_offset(text, from + length);
    Some(TextSelection {
        paragraph: index,
        text: text.get(range.clone())?.to_string(),
        range,
    })
}

pub struct SelectionBarProps<'a> {
    pub selection: Option<&'a TextSelection>,
    /// Each actor's id and name, for “Another name of…”.
    pub actors: Vec<(String, String)>,
    /// The actor the selected words most likely name, chosen first in that list.
    pub likely: Option<usize>,
    pub dispatch: &'a Callback<Action>,
}

/// What can be done with the selected words.
pub fn selection_bar(props: &SelectionBarProps) -> Html {
    let selection = props.selection.cloned();
    // Each button sends the edit of the selected words; the entry it makes opens in its form.
    let act = |make: fn(TextSelection) -> Edit| {
        let (dispatch, selection) = (props.dispatch.clone(), selection.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(selection) = selection.clone() {
                dispatch.emit(Action::Edit(make(selection)));
            }
        })
    };
    let new_claim = act(|s| Edit::NewClaim {
        paragraph: s.paragraph,
        range: s.range,
    });
    let new_actor = act(|s| Edit::NewActor(s.text));
    let cite = act(|s| Edit::Cite {
        paragraph: s.paragraph,
        range: s.range,
    });
    // The choice names the actor by id, found at its place when pressed: a choice made by hand
    // stays with its actor when a merge or a removal moves the others.
    let alias = {
        let (dispatch, selection) = (props.dispatch.clone(), selection.clone());
        let ids: Vec<String> = props.actors.iter().map(|(id, _)| id.clone()).collect();
        Callback::from(move |_: MouseEvent| {
            let actor = gloo::utils::document()
                .query_selector("select[name=alias-of]")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
                .and_then(|s| ids.iter().position(|id| *id == s.value()));
            if let (Some(actor), Some(selection)) = (actor, selection.clone()) {
                let alias = selection.text;
                dispatch.emit(Action::Edit(Edit::AddAlias { actor, alias }));
            }
        })
    };
    // Pressing a button must not take the selection away before the button acts on it.
    let keep = Callback::from(|e: MouseEvent| e.prevent_default());
    let none = selection.is_none();
    let said = match &selection {
        Some(s) => tf(Msg::EditorSelected, &[abbreviated(&s.text).as_str().into()]),
        None => t(Msg::EditorSelectHint),
    };
    html! {
        <div class="selection-bar" role="toolbar" aria-label={t(Msg::EditorAnnotate)}>
            <p class="selection-said" aria-live="polite">{ said }</p>
            <div class="selection-actions">
                <button type="button" data-testid="new-claim" disabled={none}
                        onmousedown={keep.clone()} onclick={new_claim}>
                    { t(Msg::EditorNewClaim) }
                </button>
                <button type="button" data-testid="new-actor" disabled={none}
                        onmousedown={keep.clone()} onclick={new_actor}>
                    { t(Msg::EditorNewActor) }
                </button>
                <button type="button" data-testid="cite" disabled={none}
                        onmousedown={keep.clone()} onclick={cite}>
                    { t(Msg::EditorCite) }
                </button>
                if !props.actors.is_empty() {
                    <span class="alias-of">
                        // Keyed by the proposal, so that a new selection's proposal is chosen anew.
                        <select key={props.likely.map_or(usize::MAX, |i| i).to_string()}
                                name="alias-of" aria-label={t(Msg::EditorActor)} disabled={none}>
                            { for props.actors.iter().enumerate().map(|(i, (id, name))| html! {
                                <option value={id.clone()} selected={props.likely == Some(i)}>
                                    { name.clone() }
                                </option>
                            }) }
                        </select>
                        <button type="button" data-testid="alias" disabled={none}
                                onmousedown={keep} onclick={alias}>
                            { t(Msg::EditorAliasOf) }
                        </button>
                    </span>
                }
            </div>
        </div>
    }
}

fn abbreviated(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
