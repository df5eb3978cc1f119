//! The forms for an actor, a source, an event and the article itself. Each field sends its
//! changes as they are typed; removing an actor or source that claims use asks first.

use claimscope_core::edit::{
    ActorField, ArticleField, Document, Edit, Entry, EventField, Field, List, SourceField,
};
use claimscope_core::format::file::{Actor, Credit};
use claimscope_core::{ActorKind, Vocabulary};
use yew::prelude::*;

use super::fields::{choice, long_text, text, tick};
use crate::state::Action;

/// A callback that sets `field` to each value typed or chosen.
fn set(dispatch: &Callback<Action>, field: Field) -> Callback<String> {
    dispatch.reform(move |value: String| Action::Edit(Edit::Set(field, value)))
}

/// A callback that sends `edit` on a press.
fn press(dispatch: &Callback<Action>, edit: Edit) -> Callback<MouseEvent> {
    dispatch.reform(move |_: MouseEvent| Action::Edit(edit.clone()))
}

fn drafted_mark(drafted: bool, confirm: Callback<MouseEvent>) -> Html {
    html! {
        if drafted {
            <p class="drafted">{ "Drafted, not yet checked" }</p>
            <button type="button" class="confirm-entry" onclick={confirm}>
                { "Mark as checked" }
            </button>
        }
    }
}

pub fn actor_form(document: &Document, i: usize, dispatch: &Callback<Action>) -> Html {
    let Some(actor) = document.actors.get(i) else {
        return Html::default();
    };
    let field = |field: ActorField| set(dispatch, Field::Actor(i, field));
    let kinds: Vec<(String, String)> = ActorKind::ALL
        .iter()
        .map(|(k, key)| (key.to_string(), claimscope_app::i18n::t(k.label())))
        .collect();
    let confirm = press(dispatch, Edit::Checked(Entry::Actor(i)));
    let remove = dispatch.reform(move |_: MouseEvent| Action::Remove(Entry::Actor(i)));
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="entry-form" data-testid="actor-form" data-actor-id={actor.id.clone()}
              aria-label="Actor" {onsubmit}>
            <header class="entry-head">
                <h2>{ "Actor " }<code>{ &actor.id }</code></h2>
                { drafted_mark(actor.drafted, confirm) }
            </header>
            { text("Name", "name", &actor.name, field(ActorField::Name)) }
            { aliases(actor, i, dispatch) }
            { choice("Kind", "kind", &actor.kind, &kinds, field(ActorField::Kind)) }
            { long_text(
                "Who this is, in one sentence",
                "summary",
                &actor.summary,
                field(ActorField::Summary),
            ) }
            { long_text(
                "Note for readers (optional)",
                "note",
                actor.note.as_deref().unwrap_or_default(),
                field(ActorField::Note),
            ) }
            <div class="entry-actions">
                <button type="button" class="danger" onclick={remove}>
                    { "Remove this actor" }
                </button>
            </div>
        </form>
    }
}

/// The other names of actor `i`, each in a field of its own, and a way to add one.
fn aliases(actor: &Actor, i: usize, dispatch: &Callback<Action>) -> Html {
    let alias = |n: usize, name: &String| {
        let set = set(dispatch, Field::Alias(i, n));
        let remove = press(dispatch, Edit::RemoveAlias(i, n));
        html! {
            <li>
                { text(&format!("Other name {}", n + 1), "aliases", name, set) }
                <button type="button" class="small" onclick={remove}>{ "Remove" }</button>
            </li>
        }
    };
    let add = press(dispatch, Edit::NewAlias(i));
    html! {
        <fieldset name="aliases">
            <legend>{ "Other names the text uses (acronyms, short forms)" }</legend>
            <ul class="aliases">
                { for actor.aliases.iter().enumerate().map(|(n, a)| alias(n, a)) }
            </ul>
            <button type="button" onclick={add}>{ "Add another name" }</button>
        </fieldset>
    }
}

pub fn source_form(document: &Document, i: usize, dispatch: &Callback<Action>) -> Html {
    let Some(source) = document.sources.get(i) else {
        return Html::default();
    };
    let field = |field: SourceField| set(dispatch, Field::Source(i, field));
    let listed = dispatch.reform(move |on: bool| Action::Edit(Edit::Listed(i, on)));
    let remove = dispatch.reform(move |_: MouseEvent| Action::Remove(Entry::Source(i)));
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="entry-form" data-testid="source-form" data-source-id={source.id.clone()}
              aria-label="Source" {onsubmit}>
            <header class="entry-head"><h2>{ "Source " }<code>{ &source.id }</code></h2></header>
            { text("Outlet", "outlet", &source.outlet, field(SourceField::Outlet)) }
            { text(
                "Author (optional)",
                "author",
                source.author.as_deref().unwrap_or_default(),
                field(SourceField::Author),
            ) }
            { text(
                "Title (optional)",
                "title",
                source.title.as_deref().unwrap_or_default(),
                field(SourceField::Title),
            ) }
            { text(
                "Date: 2024-03-05, 2024-03 or 2024 (optional)",
                "date",
                source.date.as_deref().unwrap_or_default(),
                field(SourceField::Date),
            ) }
            { text(
                "Link (optional)",
                "url",
                source.url.as_deref().unwrap_or_default(),
                field(SourceField::Url),
            ) }
            { tick("In the article's reference list", "listed", "listed", source.listed, listed) }
            <div class="entry-actions">
                <button type="button" class="danger" onclick={remove}>
                    { "Remove this source" }
                </button>
            </div>
        </form>
    }
}

pub fn event_form(document: &Document, i: usize, dispatch: &Callback<Action>) -> Html {
    let Some(event) = document.events.get(i) else {
        return Html::default();
    };
    let field = |field: EventField| set(dispatch, Field::Event(i, field));
    let claims = document.claims.iter().map(|c| {
        let id = c.id.clone();
        let on = dispatch.reform(move |checked: bool| {
            Action::Edit(Edit::Tick(List::Reported(i), id.clone(), checked))
        });
        tick(
            c.headline(),
            "claims",
            &c.id,
            event.claims.contains(&c.id),
            on,
        )
    });
    let remove = dispatch.reform(move |_: MouseEvent| Action::Remove(Entry::Event(i)));
    html! {
        <form class="entry-form" data-testid="event-form" aria-label="Event"
              onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <header class="entry-head"><h2>{ "Event " }<code>{ &event.id }</code></h2></header>
            { text(
                "Date: 2024-03-05, 2024-03 or 2024",
                "date",
                &event.date,
                field(EventField::Date),
            ) }
            { text("Label on the timeline", "label", &event.label, field(EventField::Label)) }
            <fieldset class="ticks long" name="claims">
                <legend>{ "Reported by" }</legend>
                { for claims }
            </fieldset>
            <div class="entry-actions">
                <button type="button" class="danger" onclick={remove}>
                    { "Remove this event" }
                </button>
            </div>
        </form>
    }
}

pub fn article_form(document: &Document, dispatch: &Callback<Action>) -> Html {
    let info = &document.article;
    let field = |field: ArticleField| set(dispatch, Field::Article(field));
    let credit = |c: usize, credit: &Credit| {
        let remove = press(dispatch, Edit::RemoveCredit(c));
        html! {
            <li class="credit">
                { text("Name", "credits", &credit.name, set(dispatch, Field::Credit(c, true))) }
                { text(
                    "Role (author, editor…)",
                    "role",
                    &credit.role,
                    set(dispatch, Field::Credit(c, false)),
                ) }
                <button type="button" class="small" onclick={remove}>{ "Remove" }</button>
            </li>
        }
    };
    let add_credit = press(dispatch, Edit::NewCredit);
    html! {
        <form class="entry-form" data-testid="article-form" aria-label="Article"
              onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <header class="entry-head"><h2>{ "The article" }</h2></header>
            { text("Headline", "title", &info.title, field(ArticleField::Title)) }
            { text(
                "Id (the file's name, and in addresses)",
                "id",
                &info.id,
                field(ArticleField::Id),
            ) }
            { text(
                "Section or category (optional)",
                "category",
                info.category.as_deref().unwrap_or_default(),
                field(ArticleField::Category),
            ) }
            { text(
                "Publisher (optional)",
                "publisher",
                info.publisher.as_deref().unwrap_or_default(),
                field(ArticleField::Publisher),
            ) }
            { text(
                "Language (en, it, pt-BR)",
                "language",
                &info.language,
                field(ArticleField::Language),
            ) }
            { text(
                "Published: 2024-03-05 (optional)",
                "published",
                info.published.as_deref().unwrap_or_default(),
                field(ArticleField::Published),
            ) }
            { text(
                "Where it is published (optional link)",
                "url",
                info.url.as_deref().unwrap_or_default(),
                field(ArticleField::Url),
            ) }
            <fieldset name="credits">
                <legend>{ "Credits" }</legend>
                <ul class="credits">
                    { for info.credits.iter().enumerate().map(|(c, cr)| credit(c, cr)) }
                </ul>
                <button type="button" onclick={add_credit}>{ "Add a credit" }</button>
            </fieldset>
        </form>
    }
}
