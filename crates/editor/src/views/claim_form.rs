//! The form for one claim: its quote (moved by selecting other words), summary, claimant, kind,
//! sources, subjects, note, the claims it contradicts or supports, and its removal.

use std::rc::Rc;

use claimscope_app::i18n::t;
use claimscope_core::edit::{ClaimField, Document, Edit, Entry, Field, List};
use claimscope_core::i18n::Msg;
use claimscope_core::{ClaimKind, RelationKind, Vocabulary};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::code::with_code;
use super::fields::{choice, long_text, tick};
use super::other_claims::OtherClaims;
use super::text::TextSelection;
use crate::state::Action;

pub struct ClaimFormProps<'a> {
    pub document: &'a Document,
    pub claim: usize,
    pub selection: Option<&'a TextSelection>,
    pub dispatch: &'a Callback<Action>,
}

pub fn claim_form(props: &ClaimFormProps) -> Html {
    let (document, i, dispatch) = (props.document, props.claim, props.dispatch);
    let Some(claim) = document.claims.get(i) else {
        return Html::default();
    };
    let set = |field: ClaimField| {
        let dispatch = dispatch.clone();
        Callback::from(move |value: String| {
            dispatch.emit(Action::Edit(Edit::Set(Field::Claim(i, field), value)))
        })
    };
    let actors: Vec<(String, String)> = document
        .actors
        .iter()
        .map(|a| (a.id.clone(), a.name.clone()))
        .collect();
    let kinds: Vec<(String, String)> = ClaimKind::ALL
        .iter()
        .map(|(k, key)| (key.to_string(), t(k.label())))
        .collect();
    let list_tick = |list: List, name: &str, id: &str, label: &str, on: bool| {
        let (dispatch, value) = (dispatch.clone(), id.to_string());
        let toggle = Callback::from(move |checked: bool| {
            dispatch.emit(Action::Edit(Edit::Tick(list, value.clone(), checked)))
        });
        tick(label, name, id, on, toggle)
    };
    let sources = document.sources.iter().map(|s| {
        // The label is the outlet alone: it is what a person (and a test) looks for.
        let on = claim.sources.contains(&s.id);
        list_tick(List::Sources(i), "sources", &s.id, &s.outlet, on)
    });
    // Every actor, the claimant too: a denial can be about the one who denies.
    let subjects = document.actors.iter().map(|a| {
        let on = claim.subjects.contains(&a.id);
        list_tick(List::Subjects(i), "subjects", &a.id, &a.name, on)
    });
    let reanchor = props.selection.cloned().map(|selection| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Edit(Edit::Requote {
                claim: i,
                paragraph: selection.paragraph,
                range: selection.range.clone(),
            }))
        })
    });
    let confirm =
        dispatch.reform(move |_: MouseEvent| Action::Edit(Edit::Checked(Entry::Claim(i))));
    let remove = dispatch.reform(move |_: MouseEvent| Action::Remove(Entry::Claim(i)));
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form key={claim.id.clone()} class="entry-form" data-testid="claim-form"
              data-claim-id={claim.id.clone()} aria-label={t(Msg::EditorClaim)} {onsubmit}>
            <header class="entry-head">
                <h2>{ with_code(Msg::EditorClaimHeading, &claim.id, &[]) }</h2>
                if claim.drafted {
                    <p class="drafted">{ t(Msg::EditorDrafted) }</p>
                    <button type="button" class="confirm-entry" onclick={confirm}>
                        { t(Msg::EditorMarkChecked) }
                    </button>
                }
            </header>
            <fieldset class="quote-field" name="quote">
                <legend>{ t(Msg::EditorQuote) }</legend>
                <blockquote>
                    if let Some(prefix) = &claim.quote.prefix {
                        <span class="context">{ prefix }</span>
                    }
                    <mark>{ &claim.quote.exact }</mark>
                    if let Some(suffix) = &claim.quote.suffix {
                        <span class="context">{ suffix }</span>
                    }
                </blockquote>
                <button type="button" name="quote" disabled={reanchor.is_none()}
                        onclick={reanchor.unwrap_or_default()}>
                    { t(Msg::EditorRequote) }
                </button>
            </fieldset>
            { long_text(
                &t(Msg::EditorSummary),
                "summary",
                &claim.summary,
                set(ClaimField::Summary),
            ) }
            { choice(
                &t(Msg::EditorClaimant),
                "claimant",
                &claim.claimant,
                &actors,
                set(ClaimField::Claimant),
            ) }
            { choice(&t(Msg::EditorKind), "kind", &claim.kind, &kinds, set(ClaimField::Kind)) }
            <fieldset class="ticks" name="sources">
                <legend>{ t(Msg::EditorClaimSources) }</legend>
                { for sources }
            </fieldset>
            <fieldset class="ticks" name="subjects">
                <legend>{ t(Msg::ClaimAbout) }</legend>
                { for subjects }
            </fieldset>
            { long_text(
                &t(Msg::EditorNote),
                "note",
                claim.note.as_deref().unwrap_or_default(),
                set(ClaimField::Note),
            ) }
            { relations(document, i, dispatch) }
            <div class="entry-actions">
                <button type="button" class="danger" onclick={remove}>
                    { t(Msg::EditorClaimRemove) }
                </button>
            </div>
        </form>
    }
}

/// The claims this one contradicts or supports, and a way to link another.
fn relations(document: &Document, i: usize, dispatch: &Callback<Action>) -> Html {
    let id = &document.claims[i].id;
    let linked = document
        .relations
        .iter()
        .enumerate()
        .filter(|(_, r)| r.claims.contains(id));
    let item = |(r, relation): (usize, &Rc<claimscope_core::format::file::Relation>)| {
        let other = relation
            .claims
            .iter()
            .find(|c| *c != id)
            .cloned()
            .unwrap_or_default();
        let headline = document
            .claims
            .iter()
            .find(|c| c.id == other)
            .map_or(other.clone(), |c| c.headline().to_string());
        let unlink = dispatch.reform(move |_: MouseEvent| Action::Edit(Edit::Unrelate(r)));
        let kind =
            RelationKind::from_key(&relation.kind).map_or(relation.kind.clone(), |k| t(k.label()));
        html! {
            <li key={other.clone()}>
                <span class="relation-kind">{ kind }</span>{ " " }{ headline }{ " " }
                <button type="button" class="small" onclick={unlink}>
                    { t(Msg::EditorUnlink) }
                </button>
            </li>
        }
    };
    let link = |kind: RelationKind| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let select = gloo::utils::document()
                .query_selector("select[name=related]")
                .ok()
                .flatten()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlSelectElement>(e).ok());
            if let Some(b) = select.and_then(|s| s.value().parse::<usize>().ok()) {
                dispatch.emit(Action::Edit(Edit::Relate { a: i, b, kind }));
            }
        })
    };
    html! {
        <fieldset class="relations" name="relations">
            <legend>{ t(Msg::EditorRelated) }</legend>
            <ul>{ for linked.map(item) }</ul>
            if document.claims.len() > 1 {
                <label class="field">
                    <span class="field-label">{ t(Msg::EditorAnotherClaim) }</span>
                    <OtherClaims claims={document.claims.clone()} except={i} />
                </label>
                <div class="entry-actions">
                    <button type="button" onclick={link(RelationKind::Contradicts)}>
                        { t(Msg::EditorContradicts) }
                    </button>
                    <button type="button" onclick={link(RelationKind::Supports)}>
                        { t(Msg::EditorSupports) }
                    </button>
                </div>
            }
        </fieldset>
    }
}
