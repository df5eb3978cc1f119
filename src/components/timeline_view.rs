//! The timeline: the events the matching claims report, on a time axis for the eye and as an
//! ordered list for everyone. Arrow keys (and Home, End) step from event to event in the list; the
//! events take one Tab stop between them (the claims in each are links of their own), and the
//! axis above is a picture of the same list, its markers following the event in focus. One event,
//! or none, is said in words instead of drawn on an empty axis.

use claimscope_core::view::svg::percent;
use claimscope_core::view::timeline::{timeline, Timeline, TimelineEvent};
use claimscope_core::Article;
use yew::prelude::*;

use crate::i18n::{article_dir, article_lang, locale, t, tf};
use claimscope_core::i18n::{Arg, Direction, Msg};

use crate::browser;
use crate::components::{flag, follow, PictureProps};
use crate::link::Link;

/// Height of a row of markers on the axis, and of the band of tick labels below them.
const ROW: u32 = 22;
const TICKS: u32 = 30;

#[function_component]
pub fn TimelineView(props: &PictureProps) -> Html {
    let article = &props.article;
    let shown = use_memo(
        (article.clone(), props.results.clone(), props.language),
        |(a, r, _)| timeline(a, r),
    );
    // The event that holds the list's one Tab stop: the last one focused.
    let current = use_state(|| 0_usize);
    let events = &shown.events;
    let at = (*current).min(events.len().saturating_sub(1));
    let selector = |event: &TimelineEvent| {
        format!("[data-event-id=\"{}\"]", article.events()[event.index].key)
    };
    let onkeydown = {
        let targets: Vec<String> = events.iter().map(selector).collect();
        // The arrow pointing the way time runs steps to the next event: right to left in an
        // interface that runs right to left, as the axis does.
        let (later, earlier) = match locale().direction() {
            Direction::Ltr => ("ArrowRight", "ArrowLeft"),
            Direction::Rtl => ("ArrowLeft", "ArrowRight"),
        };
        Callback::from(move |key: KeyboardEvent| {
            let last = targets.len().saturating_sub(1);
            let next = match key.key().as_str() {
                "ArrowDown" => (at + 1).min(last),
                "ArrowUp" => at.saturating_sub(1),
                pressed if pressed == later => (at + 1).min(last),
                pressed if pressed == earlier => at.saturating_sub(1),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            key.prevent_default();
            if let Some(target) = targets.get(next) {
                browser::focus(target);
            }
        })
    };
    let items = events.iter().enumerate().map(|(position, event)| {
        // Focus entering the event or a claim link in it makes it the current one.
        let onfocusin = {
            let current = current.clone();
            Callback::from(move |_: FocusEvent| current.set(position))
        };
        event_item(props, event, position == at, onfocusin)
    });
    let summary = if props.results.claims.is_empty() && !props.state.url.query.is_empty() {
        t(Msg::NoClaimMatches)
    } else {
        summary(article, &shown)
    };
    html! {
        <section class="timeline-view" aria-labelledby="timeline-title">
            <h2 id="timeline-title" class="visually-hidden">{ t(Msg::ViewTimeline) }</h2>
            <p class="intro" data-testid="timeline-summary">{ summary }</p>
            if shown.axis.is_some() {
                { axis(article, &shown, at) }
            }
            if !events.is_empty() {
                <ol class="events" aria-label={t(Msg::TimelineEvents)} {onkeydown}>
                    { for items }
                </ol>
            }
        </section>
    }
}

/// What the timeline holds, in a sentence: the events and their span, or why there is no axis.
fn summary(article: &Article, shown: &Timeline) -> String {
    match (shown.events.as_slice(), article.events().is_empty()) {
        ([], true) => t(Msg::TimelineNone),
        ([], false) => t(Msg::TimelineNoneMatching),
        ([one], _) => tf(
            Msg::TimelineOne,
            &[locale().date(&one.date).as_str().into()],
        ),
        ([first, .., last], _) => {
            let (first, last) = (locale().date(&first.date), locale().date(&last.date));
            let args = [
                shown.events.len().into(),
                first.as_str().into(),
                last.as_str().into(),
            ];
            tf(Msg::TimelineSpan, &args)
        }
    }
}

/// One event in the list: its date, its label, who reports it, and its claims.
fn event_item(
    props: &PictureProps,
    event: &TimelineEvent,
    current: bool,
    onfocusin: Callback<FocusEvent>,
) -> Html {
    let article = &props.article;
    let entry = &article.events()[event.index];
    let who: Vec<&str> = event
        .claimants
        .iter()
        .map(|a| article.actor(*a).name.as_str())
        .collect();
    let claims = event.claims.iter().map(|c| {
        let claim = article.claim(*c);
        let link = Link::InArticle(*c);
        let href = link.href(article, &props.state.url);
        html! {
            <li key={claim.key.clone()} data-claim-id={claim.key.clone()}>
                <a {href} onclick={follow(&props.dispatch, link)} lang={article_lang(article)} dir={article_dir(article)}>
                    <span class="claimant">{ &article.actor(claim.claimant).name }</span>
                    { ": " }{ claim.headline() }
                </a>
            </li>
        }
    });
    html! {
        <li key={entry.key.clone()} class="event" data-event-id={entry.key.clone()}
            data-current={flag(current)} tabindex={if current { "0" } else { "-1" }} {onfocusin}>
            <p class="event-date">
                <time datetime={event.date.to_string()}>{ locale().date(&event.date) }</time>
            </p>
            <h3 class="event-label" lang={article_lang(article)} dir={article_dir(article)}>
                { &entry.label }
            </h3>
            <p class="event-who">{ tf(Msg::TimelineReportedBy, &[Arg::Formatted(&locale().list(&who, true))]) }</p>
            <ul class="event-claims">{ for claims }</ul>
        </li>
    }
}

/// The axis: a row of markers per lane, the ticks below, each marker where its event's span
/// lies. A picture of the list, hidden from screen readers; a marker pressed focuses its event.
fn axis(article: &Article, shown: &Timeline, current: usize) -> Html {
    let Some(axis) = &shown.axis else {
        return html! {};
    };
    // Time runs the way the interface's text does: from the right edge, right to left.
    let rtl = locale().direction() == Direction::Rtl;
    let flip = |at: f64| if rtl { 1.0 - at } else { at };
    // Inset, so that a marker at either end is drawn whole.
    let place = |at: f64| percent(0.015 + 0.97 * flip(at));
    let lanes = shown.lanes as u32;
    let base = lanes * ROW + 6;
    let height = (base + TICKS).to_string();
    let ticks = axis.ticks.iter().map(|tick| {
        let x = place(tick.at);
        let anchor = match flip(tick.at) {
            at if at < 0.08 => "start",
            at if at > 0.92 => "end",
            _ => "middle",
        };
        html! {
            <g class="tick">
                <line x1={x.clone()} x2={x.clone()} y1="0" y2={(base + 4).to_string()} />
                <text x={x} y={(base + 20).to_string()} text-anchor={anchor}>
                    { locale().date(&tick.date) }
                </text>
            </g>
        }
    });
    let markers = shown.events.iter().enumerate().map(|(position, event)| {
        let top = event.lane as u32 * ROW + 4;
        let target = format!("[data-event-id=\"{}\"]", article.events()[event.index].key);
        let onclick = Callback::from(move |_: MouseEvent| browser::focus(&target));
        let current = flag(position == current);
        if event.end - event.start < 0.012 {
            html! {
                <circle class="marker" cx={place((event.start + event.end) / 2.0)}
                        cy={(top + ROW / 2 - 2).to_string()} r="7" data-current={current}
                        {onclick} />
            }
        } else {
            html! {
                <rect class="marker" x={place(if rtl { event.end } else { event.start })}
                      width={percent(0.97 * (event.end - event.start))} y={top.to_string()}
                      height={(ROW - 6).to_string()} rx="4" data-current={current} {onclick} />
            }
        }
    });
    html! {
        <figure class="timeline-axis" aria-hidden="true">
            // Anchors are placed left and right as drawn, whichever way the text runs.
            <svg width="100%" height={height} direction="ltr">
                <line class="axis-line" x1="0" x2="100%" y1={base.to_string()}
                      y2={base.to_string()} />
                { for ticks }
                { for markers }
            </svg>
        </figure>
    }
}
