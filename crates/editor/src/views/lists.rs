//! The inspector's lists: every claim, actor, source and event, each a button that opens it, with
//! a mark on what the drafter guessed and no one has checked yet.

use claimscope_app::i18n::{locale, t, tf};
use claimscope_core::edit::{Document, Edit, Entry};
use claimscope_core::i18n::Msg;
use yew::prelude::*;

use crate::state::{Action, Selected};

fn entry(
    label: String,
    note: Option<String>,
    drafted: bool,
    chosen: bool,
    select: Selected,
    dispatch: &Callback<Action>,
) -> Html {
    let onclick = dispatch.reform(move |_: MouseEvent| Action::Select(select));
    html! {
        <button type="button" class="entry" aria-current={chosen.then_some("true")} {onclick}>
            <span class="entry-label">{ label }</span>
            if let Some(note) = note { <span class="entry-note">{ note }</span> }
            if drafted { <span class="badge">{ t(Msg::EditorDraftedBadge) }</span> }
        </button>
    }
}

/// The ✕ beside an entry: a claim or an actor the drafter guessed wrongly (a town, a month, a
/// sentence that claims nothing) goes from the list itself, asking first where claims use it.
fn remove_button(entry: Entry, named: &str, dispatch: &Callback<Action>) -> Html {
    let remove = dispatch.reform(move |_: MouseEvent| Action::Remove(entry));
    let label = tf(Msg::EditorRemoveNamed, &[named.into()]);
    html! {
        <button type="button" class="entry-remove" aria-label={label.clone()} title={label}
                onclick={remove}>{ "✕" }</button>
    }
}

pub fn claims(document: &Document, selected: Selected, dispatch: &Callback<Action>) -> Html {
    let author = document
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect::<Vec<_>>();
    let name = |id: &str| {
        author
            .iter()
            .find(|(a, _)| *a == id)
            .map_or(id.to_string(), |(_, n)| n.to_string())
    };
    html! {
        <ul class="entries" aria-label={t(Msg::ViewClaims)}>
            { for document.claims.iter().enumerate().map(|(i, c)| html! {
                <li key={c.id.clone()} data-claim-id={c.id.clone()} class="removable">
                    { entry(
                        c.headline().to_string(),
                        Some(name(&c.claimant)),
                        c.drafted,
                        selected == Selected::Claim(i),
                        Selected::Claim(i),
                        dispatch,
                    ) }
                    { remove_button(Entry::Claim(i), c.headline(), dispatch) }
                </li>
            }) }
        </ul>
    }
}

pub fn actors(document: &Document, selected: Selected, dispatch: &Callback<Action>) -> Html {
    let add =
        dispatch.reform(|_: MouseEvent| Action::Edit(Edit::NewActor(t(Msg::EditorNewActorName))));
    let check_all = dispatch.reform(|_: MouseEvent| Action::Edit(Edit::ActorsChecked));
    html! {
        <>
            if document.actors.iter().any(|a| a.drafted) {
                <button type="button" class="check-all" data-testid="check-actors" onclick={check_all}>
                    { t(Msg::EditorCheckAllActors) }
                </button>
            }
            <ul class="entries" aria-label={t(Msg::ViewActors)}>
                { for document.actors.iter().enumerate().map(|(i, a)| html! {
                    <li key={a.id.clone()} data-actor-id={a.id.clone()} class="removable">
                        { entry(
                            a.name.clone(),
                            (!a.aliases.is_empty()).then(|| locale().list(&a.aliases, false)),
                            a.drafted,
                            selected == Selected::Actor(i),
                            Selected::Actor(i),
                            dispatch,
                        ) }
                        { remove_button(Entry::Actor(i), &a.name, dispatch) }
                    </li>
                }) }
            </ul>
            <button type="button" onclick={add}>{ t(Msg::EditorAddActor) }</button>
        </>
    }
}

pub fn sources(document: &Document, selected: Selected, dispatch: &Callback<Action>) -> Html {
    let note = |listed: bool| {
        t(if listed {
            Msg::EditorListed
        } else {
            Msg::EditorUnlisted
        })
    };
    html! {
        <ul class="entries" aria-label={t(Msg::ViewSources)}>
            { for document.sources.iter().enumerate().map(|(i, s)| html! {
                <li key={s.id.clone()} data-source-id={s.id.clone()}>
                    { entry(
                        s.outlet.clone(),
                        Some(note(s.listed)),
                        false,
                        selected == Selected::Source(i),
                        Selected::Source(i),
                        dispatch,
                    ) }
                </li>
            }) }
        </ul>
    }
}

pub fn events(document: &Document, selected: Selected, dispatch: &Callback<Action>) -> Html {
    let add = dispatch.reform(|_: MouseEvent| Action::Edit(Edit::NewEvent));
    html! {
        <>
            <ul class="entries" aria-label={t(Msg::EditorPanelEvents)}>
                { for document.events.iter().enumerate().map(|(i, e)| html! {
                    <li key={e.id.clone()}>
                        { entry(
                            if e.label.trim().is_empty() {
                                t(Msg::EditorEventUntitled)
                            } else {
                                e.label.clone()
                            },
                            Some(e.date.clone()),
                            false,
                            selected == Selected::Event(i),
                            Selected::Event(i),
                            dispatch,
                        ) }
                    </li>
                }) }
            </ul>
            <button type="button" onclick={add}>{ t(Msg::EditorAddEvent) }</button>
        </>
    }
}
