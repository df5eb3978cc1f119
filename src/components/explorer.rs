//! The explorer's frame: masthead, search and result count, view tabs, filters beside (or above)
//! the current view. It owns the state, runs the query, and keeps the address bar in step.

use claimscope_core::{query, Article, Embedding, UrlState, View};
use gloo::events::EventListener;
use yew::prelude::*;

use crate::browser;
use crate::components::actors_view::actors_view;
use crate::components::article_view::article_view;
use crate::components::claims_view::claims_view;
use crate::components::facet_panel::{facet_panel, Choices};
use crate::components::integrity_view::integrity_view;
use crate::components::masthead::{masthead, MastheadProps};
#[cfg(feature = "pictures")]
use crate::components::network_view::NetworkView;
use crate::components::result_bar::ResultBar;
use crate::components::share_panel::{share_panel, standalone_address, Original, SharePanelProps};
use crate::components::sources_view::sources_view;
#[cfg(feature = "pictures")]
use crate::components::timeline_view::TimelineView;
use crate::components::view_tabs::{view_tabs, ViewTabsProps};
use crate::components::ViewProps;
use crate::shared::Shared;
use crate::state::{Action, State};

/// How many claim cards a page shows; fewer in an embedding, which grows with its content.
const PAGE: usize = 12;
const EMBED_PAGE: usize = 10;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub article: Shared<Article>,
    /// The address's query string when the page loaded.
    pub search: AttrValue,
    pub embedding: Shared<Embedding>,
    /// The article file's bytes, when the article was read from one (`data=`); without them the
    /// JSON export is the copy the build serves beside the page.
    #[prop_or_default]
    pub original: Option<Shared<Vec<u8>>>,
    /// Shown as the editor's Preview: the address bar is the editor's, so it is left alone.
    #[prop_or_default]
    pub preview: bool,
}

#[function_component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let article = props.article.clone();
    let state = {
        let article = article.clone();
        let search = props.search.clone();
        use_reducer(move || State::from_url(UrlState::parse(&article, &search)))
    };
    let results = use_memo(
        (article.clone(), state.url.query.clone()),
        |(article, query)| Shared::new(query::run(article, query)),
    );
    let findings = use_memo(article.clone(), |article| {
        Shared::new(claimscope_core::findings(article))
    });
    // Every facet's values, built once per article: a change of filters only recounts them.
    let choices = use_memo(article.clone(), |article| Choices::new(article));
    let filters_open = use_state(|| false);
    // One callback for the explorer's life: callbacks compare by identity, and the result bar (the
    // one component below) should re-render only when what it shows changes.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    use_address_bar(&article, &state, !props.preview);
    {
        let child_id = props.embedding.child_id.clone();
        use_effect_with((), move |_| {
            let reporter = crate::frame::report_height(child_id);
            move || drop(reporter)
        });
    }
    {
        let article = article.clone();
        let reveal = state.reveal;
        let claim = state.url.claim;
        use_effect_with(reveal, move |_| {
            if let Some(claim) = claim.filter(|_| reveal > 0) {
                browser::reveal(&format!(
                    "[data-claim-ref=\"{}\"]",
                    article.claim(claim).key
                ));
            }
        });
    }

    let current: State = (*state).clone();
    let shown = ViewProps {
        article: article.clone(),
        state: current.clone(),
        results: (*results).clone(),
        dispatch: dispatch.clone(),
    };
    let view = match state.url.view {
        View::Article => article_view(&shown, &findings),
        View::Claims => claims_view(
            &shown,
            if props.embedding.embed {
                EMBED_PAGE
            } else {
                PAGE
            },
        ),
        View::Actors => actors_view(&shown),
        View::Sources => sources_view(&shown),
        #[cfg(feature = "pictures")]
        View::Timeline => html! {
            <TimelineView article={article.clone()} state={current.clone()}
                          results={(*results).clone()} dispatch={dispatch.clone()} />
        },
        #[cfg(feature = "pictures")]
        View::Network => html! {
            <NetworkView article={article.clone()} state={current.clone()}
                         results={(*results).clone()} dispatch={dispatch.clone()} />
        },
        #[cfg(not(feature = "pictures"))]
        View::Timeline | View::Network => html! {
            <p class="intro">{ "The timeline and the network show in the published explorer." }</p>
        },
        View::Integrity => integrity_view(&shown, &findings),
    };
    let toggle_filters = {
        let filters_open = filters_open.clone();
        Callback::from(move |_: MouseEvent| filters_open.set(!*filters_open))
    };
    let filters_label = match active_filter_count(&state) {
        0 => "Filters".to_string(),
        n => format!("Filters ({n})"),
    };
    let open = filters_open.to_string();
    let head = masthead(&MastheadProps {
        article: article.clone(),
        full_explorer: props
            .embedding
            .embed
            .then(|| AttrValue::from(standalone_address(&article, &current))),
    });
    let tabs = view_tabs(&ViewTabsProps {
        article: article.clone(),
        state: current.clone(),
        findings: findings.len(),
        dispatch: dispatch.clone(),
    });
    let share = share_panel(&SharePanelProps {
        article: article.clone(),
        state: current.clone(),
        results: (*results).clone(),
        original: if props.preview {
            Original::None
        } else {
            props
                .original
                .clone()
                .map_or(Original::Served, Original::Read)
        },
    });
    let query = &state.url.query;
    // As the editor's Preview the explorer sits inside the editor's own main landmark: its view
    // and filters are plain sections there, not landmarks of their own.
    let (view_tag, filters_tag) = if props.preview {
        ("section", "div")
    } else {
        ("main", "aside")
    };
    let filters_name = (!props.preview).then_some("Filters");
    html! {
        <div class="explorer">
            { head }
            { tabs }
            <ResultBar
                text={AttrValue::from(query.text.clone())}
                filtered={!query.is_empty()}
                matching={results.claims.len()}
                total={article.claims().len()}
                text_resets={state.text_resets}
                dispatch={dispatch.clone()}
            />
            { share }
            <div class="layout">
                <div class="filters-column">
                    <button type="button" class="filters-toggle" aria-expanded={open.clone()}
                            aria-controls="filters" onclick={toggle_filters}>
                        { filters_label }
                    </button>
                    <@{filters_tag} id="filters" class="filters" data-open={open}
                                    aria-label={filters_name}>
                        { facet_panel(&shown, &choices) }
                    </@>
                </div>
                <@{view_tag} id="view" class="view" aria-label={state.url.view.label()}>{ view }</@>
            </div>
        </div>
    }
}

/// Keeps the address bar and the state in step: state changes write the address (a new history
/// entry when the view changes, so Back returns to the previous view), and Back/Forward read it.
/// Unless `owned` is false, when the address belongs to the page around the explorer.
#[hook]
fn use_address_bar(article: &Shared<Article>, state: &UseReducerHandle<State>, owned: bool) {
    let shown_view = use_mut_ref(|| state.url.view);
    {
        let article = article.clone();
        use_effect_with(state.url.clone(), move |url| {
            if !owned {
                return;
            }
            let search = url.to_query_string(&article);
            if search != browser::location_search() {
                let push = *shown_view.borrow() != url.view;
                browser::set_location_search(&search, push);
            }
            *shown_view.borrow_mut() = url.view;
        });
    }
    let article = article.clone();
    let state = state.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().filter(|_| owned).map(|window| {
            EventListener::new(&window, "popstate", move |_| {
                state.dispatch(Action::Navigate(UrlState::parse(
                    &article,
                    &browser::location_search(),
                )));
            })
        });
        move || drop(listener)
    });
}

fn active_filter_count(state: &State) -> usize {
    let query = &state.url.query;
    query.by.len()
        + query.about.len()
        + query.source.len()
        + query.kind.len()
        + usize::from(!query.text.trim().is_empty())
}
