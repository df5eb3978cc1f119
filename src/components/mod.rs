//! The explorer's views, one per file. Each receives what it shows and emits [`Action`]s.
//!
//! Only what keeps state (hooks) or is worth skipping when its inputs are unchanged is a Yew
//! component; the rest are plain functions from their props to `Html`, which cost no component
//! upkeep (and about 1 KB of WebAssembly less each).

pub mod actor_card;
pub mod actors_view;
pub mod app;
pub mod article_view;
pub mod claim_card;
pub mod claims_view;
#[cfg(feature = "pictures")]
pub mod embed_footer;
pub mod error_panel;
pub mod explorer;
pub mod facet_group;
pub mod facet_panel;
pub mod integrity_view;
pub mod marked_text;
pub mod masthead;
#[cfg(feature = "pictures")]
pub mod network_view;
pub mod reference_list;
pub mod result_bar;
#[cfg(feature = "pictures")]
pub mod share_panel;
pub mod show_all;
pub mod source_card;
pub mod sources_view;
pub mod static_article;
#[cfg(feature = "pictures")]
pub mod timeline_view;
pub mod view_tabs;

use claimscope_core::{Article, Results};
use yew::{AttrValue, Callback, MouseEvent};

use crate::link::Link;
use crate::shared::Shared;
use crate::state::{Action, State};

/// What a view of the filtered claims needs: the article, the state, the query's results, and
/// where to send the reader's actions.
pub struct ViewProps {
    pub article: Shared<Article>,
    pub state: State,
    pub results: Shared<Results>,
    pub dispatch: Callback<Action>,
}

/// [`ViewProps`] for the views that are components (the pictures keep state in hooks): the same
/// fields, compared as Yew compares properties.
#[cfg(feature = "pictures")]
#[derive(yew::Properties, PartialEq)]
pub struct PictureProps {
    pub article: Shared<Article>,
    pub state: State,
    pub results: Shared<Results>,
    pub dispatch: Callback<Action>,
    /// The interface's language: a picture is drawn again, its labels and direction too, when
    /// the reader chooses another.
    pub language: &'static str,
}

/// A present-or-absent attribute (`data-selected`, …): set, and empty, when `on`. Styles select on
/// these attributes instead of classes, which Yew would build into a set on every render.
pub fn flag(on: bool) -> Option<AttrValue> {
    on.then_some(AttrValue::Static(""))
}

/// A click handler for an in-app link: a plain click dispatches the link's action instead of
/// loading the page; a click with a modifier key (new tab, new window) is left to the browser.
pub fn follow(dispatch: &Callback<Action>, link: Link) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |event: MouseEvent| {
        if event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key()
            || event.button() != 0
        {
            return;
        }
        event.prevent_default();
        dispatch.emit(Action::Follow(link));
    })
}
