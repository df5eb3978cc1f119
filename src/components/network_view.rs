//! The network: who claims what about whom, drawn as an SVG from the core's layout
//! (`claimscope_core::view::network`) at the width the view has. Each name is a link that selects
//! its actor (`actor=` in the address): the picture then shows that actor's links alone, and below
//! it the claims behind them, with the way to those claims in the Claims view. A table under the
//! picture gives every link in words.

use claimscope_core::view::network::{lines, network, Link as Edge, Network, Side, LINE, PADDING};
use claimscope_core::view::svg::number;
use claimscope_core::{query, ActorId, Article, FacetValue, Vocabulary};
use gloo::events::EventListener;
use yew::prelude::*;

use crate::i18n::{article_dir, article_lang, locale, t, tf};
use claimscope_core::i18n::{Direction, Msg};

use crate::components::{flag, follow, PictureProps};
use crate::link::Link;

/// The width drawn before the view has been measured.
const FIRST_WIDTH: f64 = 640.0;
/// The claims a selected link lists; the Claims view has them all.
const LISTED: usize = 12;

#[function_component]
pub fn NetworkView(props: &PictureProps) -> Html {
    let article = &props.article;
    let frame = use_node_ref();
    let width = use_state(|| FIRST_WIDTH);
    {
        let frame = frame.clone();
        let width = width.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(element) = frame.cast::<web_sys::Element>() {
                    let measured = f64::from(element.client_width());
                    if measured > 0.0 && measured != *width {
                        width.set(measured);
                    }
                }
            };
            measure();
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "resize", move |_| measure()));
            move || drop(listener)
        });
    }
    let layout = use_memo(
        (
            article.clone(),
            props.results.clone(),
            (*width).to_bits(),
            props.language,
        ),
        |(article, results, width, _)| {
            let layout = network(article, results, f64::from_bits(*width));
            // Claimants on the right for a right-to-left reader, whose picture reads that way.
            if locale().direction() == Direction::Rtl {
                layout.mirrored()
            } else {
                layout
            }
        },
    );
    // An actor named in the address but without a node under these filters selects nothing.
    let selected = props.state.url.actor.filter(|&a| layout.has(a));
    // The table's rows exist only while it is open: a filter change then redraws the picture
    // alone, not hundreds of rows no one sees.
    let table_open = use_state(|| false);
    let ontoggle = {
        let table_open = table_open.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target_dyn_into::<web_sys::HtmlDetailsElement>()
                .is_some_and(|details| details.open());
            table_open.set(open);
        })
    };
    let body = if layout.links.is_empty() {
        let why = if props.results.claims.is_empty() {
            t(Msg::NetworkNoMatches)
        } else {
            t(Msg::NetworkNoLinks)
        };
        html! { <p class="intro" data-testid="network-summary">{ why }</p> }
    } else {
        html! {
            <>
                <p class="intro">{ intro(&layout) }</p>
                { picture(props, &layout, selected) }
                { legend() }
                if let Some(actor) = selected {
                    { selection(props, &layout, actor) }
                }
                <details class="network-table" {ontoggle}>
                    <summary>{ t(Msg::NetworkTable) }</summary>
                    if *table_open { { table(article, &layout) } }
                </details>
            </>
        }
    };
    html! {
        <section class="network-view" aria-labelledby="network-title" ref={frame}>
            <h2 id="network-title" class="visually-hidden">{ t(Msg::ViewNetwork) }</h2>
            { body }
        </section>
    }
}

fn intro(layout: &Network) -> String {
    let claimants = layout
        .nodes
        .iter()
        .filter(|n| n.side == Side::Claimant)
        .count();
    let subjects = layout.nodes.len() - claimants;
    tf(
        Msg::NetworkIntro,
        &[layout.claims.into(), claimants.into(), subjects.into()],
    )
}

/// The two columns and the links between them; with an actor selected, its links alone.
fn picture(props: &PictureProps, layout: &Network, selected: Option<ActorId>) -> Html {
    let article = &props.article;
    let touches = |link: &Edge| selected.is_none_or(|a| layout.touches(link, a));
    // The nodes at either end of the links shown, while an actor is selected.
    let neighbours: Vec<usize> = layout
        .links
        .iter()
        .filter(|l| selected.is_some() && touches(l))
        .flat_map(|l| [l.from, l.to])
        .collect();
    let links = layout.links.iter().filter(|l| touches(l)).map(|link| {
        // Keyed by its two ends, so that a filter change updates the links that stay in place.
        let key = format!(
            "{}>{}",
            layout.nodes[link.from].actor.index(),
            layout.nodes[link.to].actor.index()
        );
        html! {
            <path {key} class="link" d={layout.path(link)} data-kind={link.kind.key()}
                  data-contradicted={flag(link.mostly_contradicted())}
                  stroke-width={number(link.stroke())} />
        }
    });
    let nodes = layout.nodes.iter().enumerate().map(|(index, node)| {
        let actor = article.actor(node.actor);
        let chosen = selected == Some(node.actor);
        let next = Link::Actor(if chosen { None } else { Some(node.actor) });
        let href = next.href(article, &props.state.url);
        let args = [side_key(node.side).into(), actor.name.as_str().into(), node.claims.into()];
        let name = tf(Msg::NetworkNode, &args);
        // Each label stands against its node's inner edge (the picture's text runs left to right
        // for its anchors: a name's own letters keep their direction).
        let (x, anchor) = if node.faces_right(layout.mirrored) {
            (node.x + node.width - PADDING, "end")
        } else {
            (node.x + PADDING, "start")
        };
        let dimmed = selected.is_some() && !chosen && !neighbours.contains(&index);
        let wrapped = lines(&actor.name, node.width);
        // The first line's middle, so that the lines stand in the middle of the node together.
        let first = node.y + node.height / 2.0 - (wrapped.len() - 1) as f64 * LINE / 2.0;
        let last = wrapped.len().saturating_sub(1);
        let spans = wrapped.iter().enumerate().map(|(at, line)| {
            let y = number(first + at as f64 * LINE);
            // A space after each line but the last, so that the text reads as the name.
            let line = if at < last {
                format!("{line} ")
            } else {
                line.to_string()
            };
            html! { <tspan x={number(x)} {y}>{ line }</tspan> }
        });
        let key = format!("{}:{}", side_key(node.side), actor.key);
        html! {
            <a {key} class="node" {href} onclick={follow(&props.dispatch, next)}
               data-actor-id={actor.key.clone()} data-side={side_key(node.side)}
               aria-label={name.clone()} aria-current={chosen.then_some("true")}
               data-dimmed={flag(dimmed)}>
                <title>{ name }</title>
                <rect x={number(node.x)} y={number(node.y)} width={number(node.width)}
                      height={number(node.height)} rx="4" />
                <text text-anchor={anchor} dominant-baseline="central" lang={article_lang(article)}>{ for spans }</text>
            </a>
        }
    });
    let (width, height) = (number(layout.width), number(layout.height));
    let view_box = format!("0 0 {width} {height}");
    html! {
        <figure class="network-picture">
            <div class="network-heads" aria-hidden="true">
                <span>{ t(Msg::NetworkWhoClaims) }</span><span>{ t(Msg::NetworkAboutWhom) }</span>
            </div>
            <svg viewBox={view_box} {width} {height} role="group" direction="ltr"
                 aria-label={t(Msg::NetworkWhoClaimsWhat)}>
                <g class="links">{ for links }</g>
                { for nodes }
            </svg>
        </figure>
    }
}

fn side_key(side: Side) -> &'static str {
    match side {
        Side::Claimant => "claimant",
        Side::Subject => "subject",
    }
}

/// What colour (the kind most of a link's claims are), dashes and width say.
fn legend() -> Html {
    let kinds = claimscope_core::ClaimKind::ALL.iter().map(|(kind, _)| {
        html! { <li data-kind={kind.key()}><span class="swatch" />{ t(kind.label()) }</li> }
    });
    html! {
        <ul class="network-legend" aria-label={t(Msg::NetworkLegend)}>
            { for kinds }
            <li data-contradicted=""><span class="swatch" />{ t(Msg::NetworkContradicted) }</li>
            <li>{ t(Msg::NetworkWider) }</li>
        </ul>
    }
}

/// The selected actor's links, each with the claims behind it, and the way to those claims.
fn selection(props: &PictureProps, layout: &Network, actor: ActorId) -> Html {
    let article = &props.article;
    let name = &article.actor(actor).name;
    let to = |link: Link, text: String| {
        let href = link.href(article, &props.state.url);
        html! { <a {href} onclick={follow(&props.dispatch, link)}>{ text }</a> }
    };
    let links: Vec<&Edge> = layout.links_of(actor).collect();
    // The Claims view with this actor as the only value of its facet, the other filters kept:
    // counted by running that view's query, so that each link says how many claims it shows.
    let claims_with = |value: FacetValue| {
        let link = Link::ClaimsAlso(value);
        let mut next = props.state.url.clone();
        link.apply(&mut next);
        (link, query::run(article, &next.query).claims.len())
    };
    let (by_link, by) = claims_with(FacetValue::By(actor));
    let (about_link, about) = claims_with(FacetValue::About(actor));
    let items = links.iter().map(|link| {
        let from = &article.actor(layout.nodes[link.from].actor).name;
        let subject = &article.actor(layout.nodes[link.to].actor).name;
        let claims = link.claims.iter().take(LISTED).map(|c| {
            let claim = article.claim(*c);
            html! {
                <li key={claim.key.clone()} data-claim-id={claim.key.clone()} lang={article_lang(article)} dir={article_dir(article)}>
                    { to(Link::InArticle(*c), claim.headline().to_string()) }
                </li>
            }
        });
        let more = link.claims.len().saturating_sub(LISTED);
        let how_many = format!(" · {}", tf(Msg::NetworkLinkCount, &[link.claims.len().into()]));
        html! {
            <li>
                <h4>
                    { tf(Msg::NetworkLink, &[from.as_str().into(), subject.as_str().into()]) }
                    <span class="count">{ how_many }</span>
                    if link.contradicted > 0 {
                        <span class="contradicted">
                            { " · " }{ tf(Msg::NetworkLinkContradicted, &[link.contradicted.into()]) }
                        </span>
                    }
                </h4>
                <ul class="selection-claims">{ for claims }</ul>
                if more > 0 { <p class="more">{ tf(Msg::NetworkMore, &[more.into()]) }</p> }
            </li>
        }
    });
    html! {
        <section class="network-selection" aria-labelledby="selection-title">
            <h3 id="selection-title" lang={article_lang(article)} dir={article_dir(article)}>{ name }</h3>
            <p class="selection-links">
                if by > 0 {
                    { to(by_link, tf(Msg::NetworkClaimsBy, &[by.into(), name.as_str().into()])) }
                }
                if about > 0 {
                    { to(about_link, tf(Msg::NetworkClaimsAbout, &[about.into(), name.as_str().into()])) }
                }
                { to(Link::Actor(None), t(Msg::NetworkEveryLink)) }
            </p>
            <ul class="selection-list">{ for items }</ul>
        </section>
    }
}

/// Every link in words: the same facts as the picture, for screen readers and for reading.
fn table(article: &Article, layout: &Network) -> Html {
    let rows = layout.links.iter().map(|link| {
        let kinds: Vec<String> = link
            .kinds
            .iter()
            .map(|k| t(k.label()))
            .collect();
        html! {
            <tr>
                <td lang={article_lang(article)} dir={article_dir(article)}>{ &article.actor(layout.nodes[link.from].actor).name }</td>
                <td lang={article_lang(article)} dir={article_dir(article)}>{ &article.actor(layout.nodes[link.to].actor).name }</td>
                <td class="number">{ link.claims.len() }</td>
                <td>{ locale().list(&kinds, false) }</td>
                <td class="number">{ link.contradicted }</td>
            </tr>
        }
    });
    html! {
            <table>
                <caption class="visually-hidden">{ t(Msg::NetworkWhoClaimsWhat) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(Msg::NetworkWhoClaims) }</th>
                        <th scope="col">{ t(Msg::NetworkAboutWhom) }</th>
                        <th scope="col">{ t(Msg::NetworkClaims) }</th>
                        <th scope="col">{ t(Msg::NetworkKinds) }</th>
                        <th scope="col">{ t(Msg::NetworkContradicted) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
    }
}
