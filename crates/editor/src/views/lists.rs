//! The inspector's lists: every claim, actor, source and event, each a button that opens it, with
//! a mark on what the drafter guessed and no one has checked yet.

use claimscope_core::edit::{Document, Edit};
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
            if drafted { <span class="badge">{ "drafted" }</span> }
        </button>
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
        <ul class="entries" aria-label="Claims">
            { for document.claims.iter().enumerate().map(|(i, c)| html! {
                <li key={c.id.clone()} data-claim-id={c.id.clone()}>
                    { entry(
                        c.headline().to_string(),
                        Some(name(&c.claimant)),
                        c.drafted,
                        selected == Selected::Claim(i),
                        Selected::Claim(i),
                        dispatch,
                    ) }
                </li>
            }) }
        </ul>
    }
}

pub fn actors(document: &Document, selected: Selected, dispatch: &Callback<Action>) -> Html {
    let add = dispatch.reform(|_: MouseEvent| Action::Edit(Edit::NewActor("New actor".into())));
    html! {
        <>
            <ul class="entries" aria-label="Actors">
                { for document.actors.iter().enumerate().map(|(i, a)| html! {
                    <li key={a.id.clone()} data-actor-id={a.id.clone()}>
                        { entry(
                            a.name.clone(),
                            (!a.aliases.is_empty()).then(|| a.aliases.join(", ")),
                            a.drafted,
                            selected == Selected::Actor(i),
                            Selected::Actor(i),
                            dispatch,
                        ) }
                    </li>
                }) }
            </ul>
            <button type="button" onclick={add}>{ "Add an actor by hand" }</button>
        </>
    }
}

pub fn sources(document: &Document, selected: Selected, dispatch: &Callback<Action>) -> Html {
    let note = |listed: bool| {
        if listed {
            "in the reference list"
        } else {
            "not in the reference list"
        }
    };
    html! {
        <ul class="entries" aria-label="Sources">
            { for document.sources.iter().enumerate().map(|(i, s)| html! {
                <li key={s.id.clone()} data-source-id={s.id.clone()}>
                    { entry(
                        s.outlet.clone(),
                        Some(note(s.listed).into()),
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
            <ul class="entries" aria-label="Events">
                { for document.events.iter().enumerate().map(|(i, e)| html! {
                    <li key={e.id.clone()}>
                        { entry(
                            e.label.clone(),
                            Some(e.date.clone()),
                            false,
                            selected == Selected::Event(i),
                            Selected::Event(i),
                            dispatch,
                        ) }
                    </li>
                }) }
            </ul>
            <button type="button" onclick={add}>{ "Add an event" }</button>
        </>
    }
}
