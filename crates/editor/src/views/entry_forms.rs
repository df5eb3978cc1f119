//! The forms for an actor, a source, an event and the article itself. Each field sends its
//! changes as they are typed; removing an actor or source that claims use asks first.

use claimscope_app::i18n::{t, tf};
use claimscope_core::edit::{
    ActorField, ArticleField, Document, Edit, Entry, EventField, Field, List, SourceField,
};
use claimscope_core::format::file::{Actor, Credit};
use claimscope_core::i18n::Msg;
use claimscope_core::{ActorKind, Vocabulary};
use yew::prelude::*;

use super::code::with_code;
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
            <p class="drafted">{ t(Msg::EditorDrafted) }</p>
            <button type="button" class="confirm-entry" onclick={confirm}>
                { t(Msg::EditorMarkChecked) }
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
        .map(|(k, key)| (key.to_string(), t(k.label())))
        .collect();
    let confirm = press(dispatch, Edit::Checked(Entry::Actor(i)));
    let remove = dispatch.reform(move |_: MouseEvent| Action::Remove(Entry::Actor(i)));
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="entry-form" data-testid="actor-form" data-actor-id={actor.id.clone()}
              aria-label={t(Msg::EditorActor)} {onsubmit}>
            <header class="entry-head">
                <h2>{ with_code(Msg::EditorActorHeading, &actor.id, &[]) }</h2>
                { drafted_mark(actor.drafted, confirm) }
            </header>
            { text(&t(Msg::EditorFieldName), "name", &actor.name, field(ActorField::Name)) }
            { aliases(actor, i, dispatch) }
            { choice(&t(Msg::EditorKind), "kind", &actor.kind, &kinds, field(ActorField::Kind)) }
            { long_text(
                &t(Msg::EditorActorSummary),
                "summary",
                &actor.summary,
                field(ActorField::Summary),
            ) }
            { long_text(
                &t(Msg::EditorNote),
                "note",
                actor.note.as_deref().unwrap_or_default(),
                field(ActorField::Note),
            ) }
            <div class="entry-actions">
                <button type="button" class="danger" onclick={remove}>
                    { t(Msg::EditorActorRemove) }
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
                { text(&tf(Msg::EditorAlias, &[(n + 1).into()]), "aliases", name, set) }
                <button type="button" class="small" onclick={remove}>
                    { t(Msg::EditorRemove) }
                </button>
            </li>
        }
    };
    let add = press(dispatch, Edit::NewAlias(i));
    html! {
        <fieldset name="aliases">
            <legend>{ t(Msg::EditorAliases) }</legend>
            <ul class="aliases">
                { for actor.aliases.iter().enumerate().map(|(n, a)| alias(n, a)) }
            </ul>
            <button type="button" onclick={add}>{ t(Msg::EditorAddAlias) }</button>
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
              aria-label={t(Msg::EditorSource)} {onsubmit}>
            <header class="entry-head">
                <h2>{ with_code(Msg::EditorSourceHeading, &source.id, &[]) }</h2>
            </header>
            { text(&t(Msg::EditorOutlet), "outlet", &source.outlet, field(SourceField::Outlet)) }
            { text(
                &t(Msg::EditorSourceAuthor),
                "author",
                source.author.as_deref().unwrap_or_default(),
                field(SourceField::Author),
            ) }
            { text(
                &t(Msg::EditorSourceTitle),
                "title",
                source.title.as_deref().unwrap_or_default(),
                field(SourceField::Title),
            ) }
            { text(
                &t(Msg::EditorSourceDate),
                "date",
                source.date.as_deref().unwrap_or_default(),
                field(SourceField::Date),
            ) }
            { text(
                &t(Msg::EditorSourceUrl),
                "url",
                source.url.as_deref().unwrap_or_default(),
                field(SourceField::Url),
            ) }
            { tick(&t(Msg::EditorSourceListed), "listed", "listed", source.listed, listed) }
            <div class="entry-actions">
                <button type="button" class="danger" onclick={remove}>
                    { t(Msg::EditorSourceRemove) }
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
        <form class="entry-form" data-testid="event-form" aria-label={t(Msg::EditorEvent)}
              onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <header class="entry-head">
                <h2>{ with_code(Msg::EditorEventHeading, &event.id, &[]) }</h2>
            </header>
            { text(&t(Msg::EditorEventDate), "date", &event.date, field(EventField::Date)) }
            { text(&t(Msg::EditorEventLabel), "label", &event.label, field(EventField::Label)) }
            <fieldset class="ticks long" name="claims">
                <legend>{ t(Msg::EditorEventClaims) }</legend>
                { for claims }
            </fieldset>
            <div class="entry-actions">
                <button type="button" class="danger" onclick={remove}>
                    { t(Msg::EditorEventRemove) }
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
                { text(
                    &t(Msg::EditorFieldName),
                    "credits",
                    &credit.name,
                    set(dispatch, Field::Credit(c, true)),
                ) }
                { text(
                    &t(Msg::EditorCreditRole),
                    "role",
                    &credit.role,
                    set(dispatch, Field::Credit(c, false)),
                ) }
                <button type="button" class="small" onclick={remove}>
                    { t(Msg::EditorRemove) }
                </button>
            </li>
        }
    };
    let add_credit = press(dispatch, Edit::NewCredit);
    html! {
        <form class="entry-form" data-testid="article-form" aria-label={t(Msg::ViewArticle)}
              onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <header class="entry-head"><h2>{ t(Msg::EditorArticleHeading) }</h2></header>
            { text(&t(Msg::EditorArticleTitle), "title", &info.title, field(ArticleField::Title)) }
            { text(
                &t(Msg::EditorArticleId),
                "id",
                &info.id,
                field(ArticleField::Id),
            ) }
            { text(
                &t(Msg::EditorArticleCategory),
                "category",
                info.category.as_deref().unwrap_or_default(),
                field(ArticleField::Category),
            ) }
            { text(
                &t(Msg::EditorArticlePublisher),
                "publisher",
                info.publisher.as_deref().unwrap_or_default(),
                field(ArticleField::Publisher),
            ) }
            { text(
                &t(Msg::EditorArticleLanguage),
                "language",
                &info.language,
                field(ArticleField::Language),
            ) }
            { text(
                &t(Msg::EditorArticlePublished),
                "published",
                info.published.as_deref().unwrap_or_default(),
                field(ArticleField::Published),
            ) }
            { text(
                &t(Msg::EditorArticleUrl),
                "url",
                info.url.as_deref().unwrap_or_default(),
                field(ArticleField::Url),
            ) }
            <fieldset name="credits">
                <legend>{ t(Msg::EditorCredits) }</legend>
                <ul class="credits">
                    { for info.credits.iter().enumerate().map(|(c, cr)| credit(c, cr)) }
                </ul>
                <button type="button" onclick={add_credit}>{ t(Msg::EditorAddCredit) }</button>
            </fieldset>
        </form>
    }
}
