//! The forms for an actor, a source, an event and the article itself. Each field sends its
//! changes as they are typed; removing an actor or source that claims use asks first.

use claimscope_core::edit::Document;
use claimscope_core::format::file::{Actor, Credit, Event, Info, Source};
use claimscope_core::{ActorKind, Vocabulary};
use yew::prelude::*;

use super::fields::{choice, long_text, text, tick};
use crate::state::{Action, Entry};

/// Applies a change to entry `i` of one kind (an actor, a source, …) of a document.
type ChangeEntry<T> = fn(&mut Document, usize, Box<dyn FnOnce(&mut T)>);

/// A callback that applies `set` with the typed value to entry `i`, through `change`, as typing
/// in the field `group`.
fn typed<T: 'static>(
    dispatch: &Callback<Action>,
    group: String,
    change: ChangeEntry<T>,
    i: usize,
    set: fn(&mut T, String),
) -> Callback<String> {
    let dispatch = dispatch.clone();
    Callback::from(move |value: String| {
        dispatch.emit(Action::typing(group.clone(), move |d| {
            change(d, i, Box::new(move |entry| set(entry, value)))
        }))
    })
}

fn change_actor(d: &mut Document, i: usize, f: Box<dyn FnOnce(&mut Actor)>) {
    d.change_actor(i, f);
}

fn change_source(d: &mut Document, i: usize, f: Box<dyn FnOnce(&mut Source)>) {
    d.change_source(i, f);
}

fn change_event(d: &mut Document, i: usize, f: Box<dyn FnOnce(&mut Event)>) {
    d.change_event(i, f);
}

fn change_info(d: &mut Document, _: usize, f: Box<dyn FnOnce(&mut Info)>) {
    d.change_info(f);
}

/// Text or nothing: an optional field left empty is left out.
fn optional(value: String) -> Option<String> {
    (!value.trim().is_empty()).then_some(value)
}

fn drafted_mark(drafted: bool, confirm: Callback<MouseEvent>) -> Html {
    html! {
        if drafted {
            <p class="drafted">{ "Drafted, not yet checked" }</p>
            <button type="button" class="confirm-entry" onclick={confirm}>{ "Mark as checked" }</button>
        }
    }
}

pub fn actor_form(document: &Document, i: usize, dispatch: &Callback<Action>) -> Html {
    let Some(actor) = document.actors.get(i) else {
        return Html::default();
    };
    let field = |name: &str, set: fn(&mut Actor, String)| {
        typed(dispatch, format!("actor:{i}:{name}"), change_actor, i, set)
    };
    let kinds: Vec<(String, String)> = ActorKind::ALL
        .iter()
        .map(|(k, key)| (key.to_string(), k.label().to_string()))
        .collect();
    let kind = {
        let dispatch = dispatch.clone();
        Callback::from(move |value: String| {
            dispatch.emit(Action::change(move |d| {
                d.change_actor(i, |a| a.kind = value);
            }))
        })
    };
    let confirm = dispatch.reform(move |_: MouseEvent| {
        Action::change(move |d| {
            d.change_actor(i, |a| a.drafted = false);
        })
    });
    let remove = dispatch.reform(move |_: MouseEvent| Action::Remove(Entry::Actor(i)));
    html! {
        <form class="entry-form" data-testid="actor-form" data-actor-id={actor.id.clone()} aria-label="Actor"
              onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <header class="entry-head">
                <h2>{ "Actor " }<code>{ &actor.id }</code></h2>
                { drafted_mark(actor.drafted, confirm) }
            </header>
            { text("Name", "name", &actor.name, field("name", |a, v| a.name = v)) }
            { aliases(actor, i, dispatch) }
            { choice("Kind", "kind", &actor.kind, &kinds, kind) }
            { long_text("Who this is, in one sentence", "summary", &actor.summary, field("summary", |a, v| a.summary = v)) }
            { long_text("Note for readers (optional)", "note", actor.note.as_deref().unwrap_or_default(), field("note", |a, v| a.note = optional(v))) }
            <div class="entry-actions">
                <button type="button" class="danger" onclick={remove}>{ "Remove this actor" }</button>
            </div>
        </form>
    }
}

/// The other names of actor `i`, each in a field of its own, and a way to add one.
fn aliases(actor: &Actor, i: usize, dispatch: &Callback<Action>) -> Html {
    let alias = |n: usize, name: &String| {
        let set = {
            let dispatch = dispatch.clone();
            Callback::from(move |value: String| {
                dispatch.emit(Action::typing(format!("actor:{i}:alias:{n}"), move |d| {
                    d.change_actor(i, |a| {
                        if let Some(alias) = a.aliases.get_mut(n) {
                            *alias = value;
                        }
                    });
                }))
            })
        };
        let remove = dispatch.reform(move |_: MouseEvent| {
            Action::change(move |d| {
                d.change_actor(i, |a| {
                    if n < a.aliases.len() {
                        a.aliases.remove(n);
                    }
                });
            })
        });
        html! {
            <li>
                { text(&format!("Other name {}", n + 1), "aliases", name, set) }
                <button type="button" class="small" onclick={remove}>{ "Remove" }</button>
            </li>
        }
    };
    let add = dispatch.reform(move |_: MouseEvent| {
        Action::change(move |d| {
            d.change_actor(i, |a| a.aliases.push(String::new()));
        })
    });
    html! {
        <fieldset name="aliases">
            <legend>{ "Other names the text uses (acronyms, short forms)" }</legend>
            <ul class="aliases">{ for actor.aliases.iter().enumerate().map(|(n, a)| alias(n, a)) }</ul>
            <button type="button" onclick={add}>{ "Add another name" }</button>
        </fieldset>
    }
}

pub fn source_form(document: &Document, i: usize, dispatch: &Callback<Action>) -> Html {
    let Some(source) = document.sources.get(i) else {
        return Html::default();
    };
    let field = |name: &str, set: fn(&mut Source, String)| {
        typed(
            dispatch,
            format!("source:{i}:{name}"),
            change_source,
            i,
            set,
        )
    };
    let listed = {
        let dispatch = dispatch.clone();
        Callback::from(move |on: bool| {
            dispatch.emit(Action::change(move |d| {
                d.change_source(i, |s| s.listed = on);
            }))
        })
    };
    let remove = dispatch.reform(move |_: MouseEvent| Action::Remove(Entry::Source(i)));
    html! {
        <form class="entry-form" data-testid="source-form" data-source-id={source.id.clone()} aria-label="Source"
              onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <header class="entry-head"><h2>{ "Source " }<code>{ &source.id }</code></h2></header>
            { text("Outlet", "outlet", &source.outlet, field("outlet", |s, v| s.outlet = v)) }
            { text("Author (optional)", "author", source.author.as_deref().unwrap_or_default(), field("author", |s, v| s.author = optional(v))) }
            { text("Title (optional)", "title", source.title.as_deref().unwrap_or_default(), field("title", |s, v| s.title = optional(v))) }
            { text("Date: 2024-03-05, 2024-03 or 2024 (optional)", "date", source.date.as_deref().unwrap_or_default(), field("date", |s, v| s.date = optional(v.trim().to_string()))) }
            { text("Link (optional)", "url", source.url.as_deref().unwrap_or_default(), field("url", |s, v| s.url = optional(v.trim().to_string()))) }
            { tick("In the article's reference list", "listed", "listed", source.listed, listed) }
            <div class="entry-actions">
                <button type="button" class="danger" onclick={remove}>{ "Remove this source" }</button>
            </div>
        </form>
    }
}

pub fn event_form(document: &Document, i: usize, dispatch: &Callback<Action>) -> Html {
    let Some(event) = document.events.get(i) else {
        return Html::default();
    };
    let field = |name: &str, set: fn(&mut Event, String)| {
        typed(dispatch, format!("event:{i}:{name}"), change_event, i, set)
    };
    let claims = document.claims.iter().map(|c| {
        let id = c.id.clone();
        let dispatch = dispatch.clone();
        let on = Callback::from(move |checked: bool| {
            let id = id.clone();
            dispatch.emit(Action::change(move |d| {
                d.change_event(i, |e| {
                    e.claims.retain(|c| *c != id);
                    if checked {
                        e.claims.push(id);
                    }
                });
            }))
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
            { text("Date: 2024-03-05, 2024-03 or 2024", "date", &event.date, field("date", |e, v| e.date = v.trim().to_string())) }
            { text("Label on the timeline", "label", &event.label, field("label", |e, v| e.label = v)) }
            <fieldset class="ticks long" name="claims">
                <legend>{ "Reported by" }</legend>
                { for claims }
            </fieldset>
            <div class="entry-actions">
                <button type="button" class="danger" onclick={remove}>{ "Remove this event" }</button>
            </div>
        </form>
    }
}

pub fn article_form(document: &Document, dispatch: &Callback<Action>) -> Html {
    let info = &document.article;
    let field = |name: &str, set: fn(&mut Info, String)| {
        typed(dispatch, format!("article:{name}"), change_info, 0, set)
    };
    let credit = |c: usize, credit: &Credit| {
        let set = |part: &'static str| {
            let dispatch = dispatch.clone();
            Callback::from(move |value: String| {
                dispatch.emit(Action::typing(format!("credit:{c}:{part}"), move |d| {
                    d.change_info(|info| {
                        if let Some(credit) = info.credits.get_mut(c) {
                            if part == "name" {
                                credit.name = value
                            } else {
                                credit.role = value
                            }
                        }
                    })
                }))
            })
        };
        let remove = dispatch.reform(move |_: MouseEvent| {
            Action::change(move |d| {
                d.change_info(|info| {
                    if c < info.credits.len() {
                        info.credits.remove(c);
                    }
                })
            })
        });
        html! {
            <li class="credit">
                { text("Name", "credits", &credit.name, set("name")) }
                { text("Role (author, editor…)", "role", &credit.role, set("role")) }
                <button type="button" class="small" onclick={remove}>{ "Remove" }</button>
            </li>
        }
    };
    let add_credit = dispatch.reform(|_: MouseEvent| {
        Action::change(|d| {
            d.change_info(|info| {
                info.credits.push(Credit {
                    role: "author".into(),
                    ..Credit::default()
                })
            })
        })
    });
    html! {
        <form class="entry-form" data-testid="article-form" aria-label="Article"
              onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <header class="entry-head"><h2>{ "The article" }</h2></header>
            { text("Headline", "title", &info.title, field("title", |a, v| a.title = v)) }
            { text("Id (the file's name, and in addresses)", "id", &info.id, field("id", |a, v| a.id = v.trim().to_string())) }
            { text("Section or category (optional)", "category", info.category.as_deref().unwrap_or_default(), field("category", |a, v| a.category = optional(v))) }
            { text("Publisher (optional)", "publisher", info.publisher.as_deref().unwrap_or_default(), field("publisher", |a, v| a.publisher = optional(v))) }
            { text("Language (en, it, pt-BR)", "language", &info.language, field("language", |a, v| a.language = v.trim().to_string())) }
            { text("Published: 2024-03-05 (optional)", "published", info.published.as_deref().unwrap_or_default(), field("published", |a, v| a.published = optional(v.trim().to_string()))) }
            { text("Where it is published (optional link)", "url", info.url.as_deref().unwrap_or_default(), field("url", |a, v| a.url = optional(v.trim().to_string()))) }
            <fieldset name="credits">
                <legend>{ "Credits" }</legend>
                <ul class="credits">{ for info.credits.iter().enumerate().map(|(c, cr)| credit(c, cr)) }</ul>
                <button type="button" onclick={add_credit}>{ "Add a credit" }</button>
            </fieldset>
        </form>
    }
}
