//! The explorer's state and the one reducer that changes it.
//!
//! The state is what the address bar says (view, filters, selected claim and actor) plus whether the Actors
//! and Sources views show everyone despite a filter. Every change a reader makes is an [`Action`].

use std::rc::Rc;

use claimscope_core::{Facet, FacetValue, Query, UrlState, View};
use yew::Reducible;

use crate::link::Link;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub url: UrlState,
    /// Show every actor and source even while a filter is active.
    pub show_all: bool,
    /// Counts requests to scroll the selected claim into view in the article.
    pub reveal: u32,
    /// Counts the claims opened in the article's text: their card, under the paragraph, is
    /// brought into view and given the focus.
    pub opened: u32,
    /// Pages of claim cards shown beyond the first; none again whenever the filters change.
    pub more_pages: usize,
    /// The long facets the reader opened in full.
    pub expanded: Vec<Facet>,
    /// Counts the times the query's text was set other than by typing (Back or Forward, Clear
    /// all, a link): the search box then shows the query's text, and text typed before is stale.
    pub text_resets: u32,
}

impl State {
    /// The state a page load starts in: a claim named in the address is shown in place.
    pub fn from_url(url: UrlState) -> State {
        let reveal = u32::from(url.claim.is_some() && url.view == View::Article);
        State {
            url,
            show_all: false,
            reveal,
            opened: 0,
            more_pages: 0,
            expanded: Vec::new(),
            text_resets: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The address changed under us (Back, Forward).
    Navigate(UrlState),
    /// The same state, found again in a new version of the article (see `UrlState::rebase`).
    Rebase(UrlState),
    /// Follow an in-app link: the change of address its `href` says.
    Follow(Link),
    /// The search box's text, once typing pauses. `resets` is the state's `text_resets` when it
    /// was typed: text typed before Clear all, Back or a link is dropped, or it would undo them.
    SetText {
        text: String,
        resets: u32,
    },
    Toggle(FacetValue),
    ClearFacet(Facet),
    ClearAll,
    ToggleShowAll,
    /// Show another page of claim cards.
    ShowMore,
    /// Open a long facet in full, or back to its shortlist.
    ToggleExpanded(Facet),
    /// The reader chose the interface's language (a BCP 47 tag): the address's `lang=`.
    Language(String),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let url = &mut next.url;
        match action {
            Action::Navigate(state) => {
                next.url = state;
                next.text_resets += 1;
            }
            Action::Rebase(state) => next.url = state,
            Action::Follow(link) => {
                link.apply(url);
                match link {
                    // Shown in the article: scrolled to, every time.
                    Link::InArticle(_) => next.reveal += 1,
                    // Opened in the article's text: its card is brought into view.
                    Link::Select(Some(_)) if url.view == View::Article => next.opened += 1,
                    // Replaces the search's text: text typed before is stale.
                    Link::ClaimsWith(_) => next.text_resets += 1,
                    _ => {}
                }
            }
            Action::SetText { resets, .. } if resets != self.text_resets => return self,
            Action::SetText { text, .. } => url.query.text = text,
            Action::Toggle(value) => url.query.toggle(value),
            Action::ClearFacet(facet) => url.query.clear(facet),
            Action::ClearAll => {
                url.query = Query::default();
                next.text_resets += 1;
            }
            Action::ToggleShowAll => next.show_all = !next.show_all,
            Action::ShowMore => next.more_pages += 1,
            Action::Language(tag) => url.set_lang(&tag),
            Action::ToggleExpanded(facet) => {
                if let Some(at) = next.expanded.iter().position(|f| *f == facet) {
                    next.expanded.remove(at);
                } else {
                    next.expanded.push(facet);
                }
            }
        }
        if next.url.query != self.url.query {
            next.more_pages = 0;
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimscope_core::{ActorId, Article, ClaimId, ClaimKind};

    fn harbour() -> Article {
        claimscope_core::load(include_bytes!("../tests/fixtures/harbour.json"))
            .expect("the harbour fixture loads")
    }

    /// The state a page load at the address `search` starts in.
    fn at(article: &Article, search: &str) -> Rc<State> {
        Rc::new(State::from_url(UrlState::parse(article, search)))
    }

    fn address(article: &Article, state: &State) -> String {
        state.url.to_query_string(article)
    }

    fn actor(article: &Article, key: &str) -> ActorId {
        article.actor_by_key(key).expect("an actor of the fixture")
    }

    fn claim(article: &Article, key: &str) -> ClaimId {
        article.claim_by_key(key).expect("a claim of the fixture")
    }

    #[test]
    fn a_claim_in_the_address_is_revealed_on_load_only_in_the_article() {
        let article = harbour();
        assert_eq!(at(&article, "?claim=reopen").reveal, 1);
        assert_eq!(at(&article, "?view=claims&claim=reopen").reveal, 0);
        assert_eq!(at(&article, "").reveal, 0);
    }

    #[test]
    fn navigating_takes_the_whole_address_and_keeps_the_rest() {
        let article = harbour();
        let state = at(&article, "?view=claims&kind=denial&claim=reopen")
            .reduce(Action::ShowMore)
            .reduce(Action::ToggleShowAll);
        let state = state.reduce(Action::Navigate(UrlState::parse(
            &article,
            "?view=actors&q=harbour",
        )));
        assert_eq!(address(&article, &state), "?view=actors&q=harbour");
        assert!(state.show_all, "Back does not undo “show all”");
        assert_eq!(state.more_pages, 0, "the filters changed");
    }

    #[test]
    fn setting_the_view_keeps_filters_and_claim() {
        let article = harbour();
        let state = at(&article, "?q=monday&kind=denial&claim=reopen")
            .reduce(Action::Follow(Link::View(View::Sources)));
        assert_eq!(
            address(&article, &state),
            "?view=sources&q=monday&kind=denial&claim=reopen"
        );
    }

    fn typed(text: &str, resets: u32) -> Action {
        Action::SetText {
            text: text.into(),
            resets,
        }
    }

    #[test]
    fn setting_the_text_keeps_the_facets() {
        let article = harbour();
        let state = at(&article, "?q=friday&by=mayor").reduce(typed("reopen monday", 0));
        assert_eq!(address(&article, &state), "?q=reopen+monday&by=mayor");
    }

    /// Regression (issue #13): the typing timer's text, arriving after Clear all, Back or a link,
    /// brought the typed word back into the query.
    #[test]
    fn text_typed_before_the_query_was_reset_is_dropped() {
        let article = harbour();
        let mayor = FacetValue::By(actor(&article, "mayor"));
        let start = at(&article, "?view=claims&kind=denial");
        let back = UrlState::parse(&article, "?view=claims&kind=denial");
        for reset in [
            Action::ClearAll,
            Action::Navigate(back),
            Action::Follow(Link::ClaimsWith(mayor)),
        ] {
            let state = start.clone().reduce(reset.clone());
            assert_eq!(state.text_resets, 1, "{reset:?}");
            let late = state.clone().reduce(typed("monday", 0));
            assert!(Rc::ptr_eq(&state, &late), "{reset:?}");
            let after = state.reduce(typed("monday", 1));
            assert_eq!(after.url.query.text, "monday", "typed after {reset:?}");
        }
    }

    #[test]
    fn ticking_and_unticking_leave_typing_alone() {
        let article = harbour();
        let statement = FacetValue::Kind(ClaimKind::Statement);
        let state = at(&article, "?view=claims")
            .reduce(Action::Toggle(statement))
            .reduce(Action::ClearFacet(Facet::Kind))
            .reduce(typed("monday", 0));
        assert_eq!(state.text_resets, 0);
        assert_eq!(address(&article, &state), "?view=claims&q=monday");
    }

    #[test]
    fn toggling_a_value_ticks_it_then_unticks_it() {
        let article = harbour();
        let start = at(&article, "?view=claims&kind=denial");
        let statement = FacetValue::Kind(ClaimKind::Statement);
        let ticked = start.clone().reduce(Action::Toggle(statement));
        assert_eq!(
            address(&article, &ticked),
            "?view=claims&kind=statement&kind=denial"
        );
        let unticked = ticked.reduce(Action::Toggle(statement));
        assert_eq!(unticked.url, start.url);
    }

    #[test]
    fn clearing_a_facet_leaves_the_other_filters() {
        let article = harbour();
        let state = at(
            &article,
            "?q=monday&by=mayor&about=port-authority&kind=denial",
        )
        .reduce(Action::ClearFacet(Facet::About));
        assert_eq!(address(&article, &state), "?q=monday&by=mayor&kind=denial");
    }

    #[test]
    fn clearing_all_drops_text_and_facets_but_keeps_view_and_claim() {
        let article = harbour();
        let state = at(
            &article,
            "?view=claims&q=monday&by=mayor&source=unsourced&kind=denial&claim=reopen&embed=1",
        )
        .reduce(Action::ClearAll);
        assert_eq!(
            address(&article, &state),
            "?embed=1&view=claims&claim=reopen"
        );
        assert!(state.url.query.is_empty());
    }

    #[test]
    fn selecting_a_claim_stays_in_the_view_without_scrolling() {
        let article = harbour();
        let reopen = claim(&article, "reopen");
        let state = at(&article, "?view=claims").reduce(Action::Follow(Link::Select(Some(reopen))));
        assert_eq!(state.url.claim, Some(reopen));
        assert_eq!(state.url.view, View::Claims);
        assert_eq!(state.reveal, 0);
        let state = state.reduce(Action::Follow(Link::Select(None)));
        assert_eq!(address(&article, &state), "?view=claims");
    }

    #[test]
    fn a_claim_opened_in_the_text_is_shown_each_time_and_one_in_the_claims_view_is_not() {
        let article = harbour();
        let reopen = claim(&article, "reopen");
        let state = at(&article, "").reduce(Action::Follow(Link::Select(Some(reopen))));
        assert_eq!(state.opened, 1);
        let state = state
            .reduce(Action::Follow(Link::Select(None)))
            .reduce(Action::Follow(Link::Select(Some(reopen))));
        assert_eq!(state.opened, 2);
        let state = state.reduce(Action::Follow(Link::View(View::Claims)));
        assert_eq!(
            state
                .reduce(Action::Follow(Link::Select(Some(reopen))))
                .opened,
            2
        );
    }

    #[test]
    fn showing_a_claim_in_the_article_scrolls_to_it_every_time() {
        let article = harbour();
        let no_date = claim(&article, "no-date");
        let state = at(&article, "?view=claims&kind=denial")
            .reduce(Action::Follow(Link::InArticle(no_date)));
        assert_eq!(address(&article, &state), "?kind=denial&claim=no-date");
        assert_eq!(state.reveal, 1);
        let again = state.reduce(Action::Follow(Link::InArticle(no_date)));
        assert_eq!(again.reveal, 2, "a second request scrolls there again");
    }

    #[test]
    fn claims_with_a_value_replace_the_filters_with_just_that_value() {
        let article = harbour();
        let mayor = actor(&article, "mayor");
        let state = at(&article, "?view=actors&q=harbour&kind=denial&claim=reopen")
            .reduce(Action::Follow(Link::ClaimsWith(FacetValue::By(mayor))));
        assert_eq!(
            address(&article, &state),
            "?view=claims&by=mayor&claim=reopen"
        );
    }

    #[test]
    fn show_all_flips() {
        let article = harbour();
        let state = at(&article, "?view=actors&by=mayor").reduce(Action::ToggleShowAll);
        assert!(state.show_all);
        assert!(!state.reduce(Action::ToggleShowAll).show_all);
    }

    #[test]
    fn more_pages_of_cards_stay_until_the_filters_change() {
        let state = Rc::new(State::default())
            .reduce(Action::ShowMore)
            .reduce(Action::ShowMore);
        assert_eq!(state.more_pages, 2);
        let state = state.reduce(Action::Follow(Link::View(View::Article)));
        assert_eq!(state.more_pages, 2, "a change of view keeps them");
        let state = state.reduce(typed("raid", 0));
        assert_eq!(state.more_pages, 0, "a change of filters starts again");
    }

    #[test]
    fn facets_open_in_full_and_close_each_on_its_own() {
        let state = Rc::new(State::default())
            .reduce(Action::ToggleExpanded(Facet::About))
            .reduce(Action::ToggleExpanded(Facet::Source));
        assert_eq!(state.expanded, [Facet::About, Facet::Source]);
        let state = state.reduce(Action::ToggleExpanded(Facet::About));
        assert_eq!(state.expanded, [Facet::Source]);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_state_so_nothing_renders() {
        let article = harbour();
        let state = at(&article, "?view=claims&kind=denial");
        for action in [
            Action::Follow(Link::View(View::Claims)),
            Action::ClearFacet(Facet::By),
            Action::Follow(Link::Select(None)),
        ] {
            let next = state.clone().reduce(action.clone());
            assert!(Rc::ptr_eq(&state, &next), "{action:?}");
        }
    }

    #[test]
    fn a_link_leads_where_its_click_does() {
        let article = harbour();
        let state = Rc::new(State::from_url(UrlState::parse(
            &article,
            "?view=actors&q=friday&claim=closed",
        )));
        let mayor = article
            .actor_by_key("mayor")
            .expect("an actor of the fixture");
        let reopen = article
            .claim_by_key("reopen")
            .expect("a claim of the fixture");
        for link in [
            Link::View(View::Integrity),
            Link::Select(None),
            Link::Select(Some(reopen)),
            Link::InArticle(reopen),
            Link::ClaimsWith(FacetValue::About(mayor)),
            Link::ClaimsWith(FacetValue::Kind(ClaimKind::Report)),
            Link::ClaimsAlso(FacetValue::About(mayor)),
            Link::ClaimsAlso(FacetValue::Kind(ClaimKind::Report)),
            Link::Actor(Some(mayor)),
            Link::Actor(None),
        ] {
            let clicked = yew::Reducible::reduce(state.clone(), Action::Follow(link));
            let search = clicked.url.to_query_string(&article);
            assert_eq!(
                link.href(&article, &state.url).trim_end_matches('?'),
                search
            );
        }
    }
}
