//! The explorer's frame: masthead, search and result count, view tabs, filters beside (or above)
//! the current view. It owns the state, runs the query, and keeps the address bar in step.

use claimscope_core::{query, Article, Embedding, UrlState, View};
use gloo::events::EventListener;
use yew::prelude::*;

use crate::i18n::{self, locale, t, tf};
use claimscope_core::i18n::Msg;

use crate::browser;
use crate::components::actors_view::actors_view;
use crate::components::article_view::article_view;
use crate::components::claims_view::claims_view;
#[cfg(feature = "pictures")]
use crate::components::embed_footer::{embed_footer, EmbedFooterProps};
use crate::components::facet_panel::{facet_panel, Choices};
use crate::components::integrity_view::{concerning, integrity_view};
use crate::components::masthead::{masthead, MastheadProps};
#[cfg(feature = "pictures")]
use crate::components::network_view::NetworkView;
use crate::components::result_bar::ResultBar;
#[cfg(feature = "pictures")]
use crate::components::share_panel::{share_panel, standalone_address, Original, SharePanelProps};
use crate::components::sources_view::sources_view;
#[cfg(feature = "pictures")]
use crate::components::timeline_view::TimelineView;
use crate::components::view_tabs::{use_strip, view_tabs, ViewTabsProps};
use crate::components::ViewProps;
use crate::link::Link;
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
    let current = use_rebased(&article, &state);
    // With how long the query took, which decides whether the search box's next keystroke runs
    // its query at once.
    let ran = use_memo(
        (article.clone(), current.url.query.clone()),
        |(article, query)| {
            let started = browser::now();
            let results = Shared::new(query::run(article, query));
            (results, browser::now() - started)
        },
    );
    let (results, query_ms) = (&ran.0, ran.1);
    // Drawn again, pictures and memos too, when the reader chooses another language.
    let language = locale().tag();
    let findings = use_memo((article.clone(), language), |(article, _)| {
        Shared::new(claimscope_core::findings_in(article, locale()))
    });
    // Every facet's values, built once per article and language: a change of filters only
    // recounts them.
    let choices = use_memo((article.clone(), language), |(article, _)| {
        Choices::new(article)
    });
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
    use_address_bar(&article, &current, &state, !props.preview);
    {
        let (child_id, max_height) = (props.embedding.child_id.clone(), props.embedding.max_height);
        use_effect_with((), move |_| {
            let reporter = crate::frame::report_height(child_id, max_height);
            move || drop(reporter)
        });
    }
    {
        let article = article.clone();
        let reveal = current.reveal;
        let claim = current.url.claim;
        use_effect_with(reveal, move |_| {
            if let Some(claim) = claim.filter(|_| reveal > 0) {
                browser::reveal(&format!(
                    "[data-claim-ref=\"{}\"]",
                    article.claim(claim).key
                ));
            }
        });
    }

    {
        let article = article.clone();
        let claim = current.url.claim;
        use_effect_with(current.opened, move |opened| {
            if let Some(claim) = claim.filter(|_| *opened > 0) {
                let card = format!(
                    ".claim-card[data-claim-id=\"{}\"]",
                    article.claim(claim).key
                );
                browser::focus_after_paint(card, true);
            }
        });
    }
    // Esc closes the open claim; in the text, the focus goes back to the claim's words.
    let onkeydown = {
        let (dispatch, article) = (state.dispatcher(), article.clone());
        let (claim, view) = (current.url.claim, current.url.view);
        Callback::from(move |key: KeyboardEvent| {
            let Some(claim) = claim.filter(|_| key.key() == "Escape") else {
                return;
            };
            dispatch.dispatch(Action::Follow(Link::Select(None)));
            if view == View::Article {
                let mark = format!("[data-claim-ref=\"{}\"]", article.claim(claim).key);
                browser::focus_after_paint(mark, false);
            }
        })
    };
    // The skip link moves the focus without a fragment, which in a frame would add to the host
    // page's history.
    let skip = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        browser::focus("#view");
    });
    let shown = ViewProps {
        article: article.clone(),
        state: current.clone(),
        results: (*results).clone(),
        dispatch: dispatch.clone(),
    };
    // The findings the filters leave: the Integrity view lists them, its tab counts them.
    let concerned = concerning(&shown, &findings);
    let view = match current.url.view {
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
                          results={(*results).clone()} dispatch={dispatch.clone()} {language} />
        },
        #[cfg(feature = "pictures")]
        View::Network => html! {
            <NetworkView article={article.clone()} state={current.clone()}
                         results={(*results).clone()} dispatch={dispatch.clone()} {language} />
        },
        #[cfg(not(feature = "pictures"))]
        View::Timeline | View::Network => html! {
            <p class="intro">{ "The timeline and the network show in the published explorer." }</p>
        },
        View::Integrity => integrity_view(&shown, &concerned, findings.len()),
    };
    let toggle_filters = {
        let filters_open = filters_open.clone();
        Callback::from(move |_: MouseEvent| filters_open.set(!*filters_open))
    };
    let filters_label = tf(Msg::FiltersToggle, &[active_filter_count(&current).into()]);
    let open = filters_open.to_string();
    // The Share panel and the embed's footer are the published explorer's: the editor's Preview
    // (the build without pictures) has the editor's own Download panel and is never embedded.
    #[cfg(not(feature = "pictures"))]
    let (share, footer, full_explorer) = (Html::default(), None::<Html>, None);
    #[cfg(feature = "pictures")]
    let full_explorer = props
        .embedding
        .embed
        .then(|| AttrValue::from(standalone_address(&article, &current)));
    #[cfg(feature = "pictures")]
    let footer = full_explorer.as_ref().map(|address| {
        embed_footer(&EmbedFooterProps {
            article: &article,
            data: props
                .embedding
                .data
                .clone()
                .unwrap_or_else(|| format!("{}.json", article.info().id)),
            full_explorer: address.to_string(),
        })
    });
    let head = masthead(&MastheadProps {
        article: article.clone(),
        full_explorer,
    });
    let strip = use_node_ref();
    use_strip(&strip, current.url.view);
    let tabs = view_tabs(&ViewTabsProps {
        article: article.clone(),
        state: current.clone(),
        findings: concerned.len(),
        dispatch: dispatch.clone(),
        strip,
    });
    #[cfg(feature = "pictures")]
    let share = share_panel(&SharePanelProps {
        article: article.clone(),
        state: current.clone(),
        results: (*results).clone(),
        dispatch: dispatch.clone(),
        original: if props.preview {
            Original::None
        } else {
            props
                .original
                .clone()
                .map_or(Original::Served, Original::Read)
        },
    });
    let query = &current.url.query;
    // As the editor's Preview the explorer sits inside the editor's own main landmark: its view
    // and filters are plain sections there, not landmarks of their own.
    let (view_tag, filters_tag) = if props.preview {
        ("section", "div")
    } else {
        ("main", "aside")
    };
    let filters_name = (!props.preview).then(|| t(Msg::Filters));
    html! {
        <div class="explorer" {onkeydown}>
            <a class="skip-link" href="#view" onclick={skip}>{ t(Msg::SkipToView) }</a>
            { head }
            { tabs }
            <ResultBar
                text={AttrValue::from(query.text.clone())}
                filtered={!query.is_empty()}
                matching={results.claims.len()}
                total={article.claims().len()}
                text_resets={current.text_resets}
                {query_ms}
                dispatch={dispatch.clone()}
                {language}
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
                <@{view_tag} id="view" class="view" tabindex="-1"
                             aria-label={t(current.url.view.label())}>{ view }</@>
            </div>
            { for footer }
        </div>
    }
}

/// The state for this render, resolved against the article being shown. When the article is
/// replaced (the editor's Preview after an edit, an undo or a removal), the selected claim and
/// actor and the facet values are found again by their ids in the new article, and those it no
/// longer has are dropped: no position into an article outlives it.
#[hook]
fn use_rebased(article: &Shared<Article>, state: &UseReducerHandle<State>) -> State {
    let based_on = use_mut_ref(|| article.clone());
    let mut based_on = based_on.borrow_mut();
    if *based_on == *article {
        return (**state).clone();
    }
    let url = state.url.rebase(&based_on, article);
    *based_on = article.clone();
    state.dispatch(Action::Rebase(url.clone()));
    State {
        url,
        ..(**state).clone()
    }
}

/// Keeps the address bar and the state in step: state changes write the address (a new history
/// entry when the view changes, so Back returns to the previous view), and Back/Forward read it.
/// Unless `owned` is false, when the address belongs to the page around the explorer.
#[hook]
fn use_address_bar(
    article: &Shared<Article>,
    current: &State,
    state: &UseReducerHandle<State>,
    owned: bool,
) {
    let shown_view = use_mut_ref(|| current.url.view);
    {
        let article = article.clone();
        use_effect_with(current.url.clone(), move |url| {
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
                let url = UrlState::parse(&article, &browser::location_search());
                // Back to before the reader chose another language: that one's, again.
                let (state, wanted) = (state.clone(), url.lang().map(str::to_owned));
                i18n::switch(wanted.as_deref(), move || {
                    state.dispatch(Action::Navigate(url))
                });
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
