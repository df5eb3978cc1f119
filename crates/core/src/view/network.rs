//! The network's layout: who claims what about whom, as a picture computed here, natively tested
//! and the same on every load.
//!
//! Claimants stand in a column on the left, the actors claims are about in a column on the right,
//! and each link runs from a claimant to a subject, as wide as the claims it stands for. An actor
//! that both claims and is claimed about (most of them, in a news story) has a node in each
//! column. This two-column shape was chosen over one node per actor (a force layout, or a circle)
//! because it stays legible at the sizes the explorer meets, a few dozen actors and a few hundred
//! claims: every link reads the same way (left says something about right), labels sit in
//! columns and never collide, an actor claiming about itself is a plain horizontal link rather
//! than a loop, and the picture narrows to a phone's 360 px by narrowing the gap between the
//! columns, not by shrinking text. A third column (actors on both sides in the middle) was
//! rejected: its links would run both ways and cross through its labels.
//!
//! Each column is ordered to reduce crossings with the barycentre heuristic of Sugiyama et al.: a
//! few sweeps that sort one column by the mean position of each node's neighbours in the other
//! (weighted by claims), keeping the order with the fewest crossings, counted weighted (a crossing
//! of two wide links costs more). Ties keep the previous order, and the first order is by claims
//! then by the article's order, so the result depends on nothing but the article and the filters.
//!
//! The filters apply: only the matching claims make links, and a claim about no actor makes none
//! (the Claims view lists it). Selecting an actor shows its links alone, from its node in either
//! column ([`Network::links_of`]).

use crate::model::{ActorId, Article, ClaimId, ClaimKind, RelationKind, Vocabulary};
use crate::search::query::Results;
use crate::view::svg::number;

/// The room between two nodes in a column.
pub const GAP: f64 = 8.0;
/// A one-line node's height: a comfortable tap target.
pub const NODE_HEIGHT: f64 = 28.0;
/// The distance between two lines of a label that wraps.
pub const LINE: f64 = 16.0;
/// The narrowest layout: a phone's viewport, less nothing.
pub const MIN_WIDTH: f64 = 320.0;
/// A label's characters are about this wide on average, in CSS pixels, in the sans-serif fonts
/// the page asks for at the 13 px the stylesheet sets.
const CHAR_WIDTH: f64 = 7.2;
/// Room inside a node, each side of its label.
pub const PADDING: f64 = 8.0;
/// How many times each column is reordered.
const SWEEPS: usize = 4;

/// Which column a node stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    /// Left: the actor as the maker of claims.
    Claimant,
    /// Right: the actor as what claims are about.
    Subject,
}

/// An actor in one column, placed: its box's top left corner and size.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub actor: ActorId,
    pub side: Side,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The matching claims it makes about someone (left) or that are about it (right): each
    /// claim once, however many actors it is about.
    pub claims: usize,
}

impl Node {
    /// Whether its inner edge, where its links meet it, is its right one: a claimant's, unless
    /// the picture is [`Network::mirrored`].
    pub fn faces_right(&self, mirrored: bool) -> bool {
        (self.side == Side::Claimant) != mirrored
    }

    /// Where its links meet it: the middle of its inner edge.
    fn anchor(&self, mirrored: bool) -> (f64, f64) {
        let x = if self.faces_right(mirrored) {
            self.x + self.width
        } else {
            self.x
        };
        (x, self.y + self.height / 2.0)
    }
}

/// The matching claims a claimant makes about one subject.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The claimant's node, in [`Network::nodes`].
    pub from: usize,
    /// The subject's node.
    pub to: usize,
    /// The claims, in article order; their number is the link's width.
    pub claims: Vec<ClaimId>,
    /// The kinds of claim among them, in the vocabulary's order.
    pub kinds: Vec<ClaimKind>,
    /// The kind most of them are (the first in the vocabulary's order on a tie): its colour.
    pub kind: ClaimKind,
    /// How many of the claims contradict another claim (or are contradicted: relations read
    /// both ways).
    pub contradicted: usize,
}

/// The placed picture, in the coordinates of a `width` × `height` box (CSS pixels when drawn at
/// its width).
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    pub width: f64,
    pub height: f64,
    /// How many matching claims the links stand for (a claim about three actors makes three
    /// links but counts once).
    pub claims: usize,
    /// The claimants, top to bottom, then the subjects, top to bottom.
    pub nodes: Vec<Node>,
    /// In the order of their claimant's node, then their subject's.
    pub links: Vec<Link>,
    /// Claimants on the right, for a right-to-left interface ([`Network::mirrored`]).
    pub mirrored: bool,
}

impl Network {
    /// The picture as a right-to-left reader reads it: claimants in the right column, each link
    /// running from right to left, every node at its mirror image.
    pub fn mirrored(mut self) -> Network {
        for node in &mut self.nodes {
            node.x = self.width - node.x - node.width;
        }
        self.mirrored = !self.mirrored;
        self
    }

    /// A link's curve, an SVG path from its claimant's inner edge to its subject's: level where
    /// it leaves and arrives, so that links fanning out of one node stay apart.
    pub fn path(&self, link: &Link) -> String {
        let (x1, y1) = self.nodes[link.from].anchor(self.mirrored);
        let (x2, y2) = self.nodes[link.to].anchor(self.mirrored);
        let [x1, y1, x2, y2, middle] = [x1, y1, x2, y2, (x1 + x2) / 2.0].map(number);
        format!("M{x1} {y1}C{middle} {y1} {middle} {y2} {x2} {y2}")
    }
}

impl Link {
    /// Whether the link is drawn as contradicted: when most of its claims are, so that a link of
    /// five claims with two contradicted does not read as a contradiction.
    pub fn mostly_contradicted(&self) -> bool {
        self.contradicted * 2 > self.claims.len()
    }

    /// The stroke's width: one claim is a hairline, and more grow with the square root of their
    /// number, so that a link of 50 claims is wide without hiding its neighbours.
    pub fn stroke(&self) -> f64 {
        let claims = self.claims.len() as f64;
        (1.5 + 2.0 * (claims.sqrt() - 1.0)).min(12.0)
    }
}

/// `name` in lines that fit a node `width` wide (padding included): broken at spaces, and inside a
/// word only when the word alone is longer than a line. Every character is drawn, so the visible
/// label is the whole name, on a phone too, and speech input can say what it reads.
pub fn lines(name: &str, width: f64) -> Vec<&str> {
    let fits = ((width - 2.0 * PADDING) / CHAR_WIDTH).floor().max(2.0) as usize;
    let mut lines = Vec::new();
    let mut rest = name.trim();
    while !rest.is_empty() {
        let Some((cut, _)) = rest.char_indices().nth(fits) else {
            lines.push(rest);
            break;
        };
        // The last space within the line's room (or right after it), else the word is cut.
        let at = match rest[..cut].rfind(' ') {
            _ if rest[cut..].starts_with(' ') => cut,
            Some(space) if space > 0 => space,
            _ => cut,
        };
        lines.push(rest[..at].trim_end());
        rest = rest[at..].trim_start();
    }
    lines
}

/// How tall a node is whose label takes `lines` lines.
pub fn node_height(lines: usize) -> f64 {
    NODE_HEIGHT + lines.saturating_sub(1) as f64 * LINE
}

impl Network {
    /// Whether an actor has a node, in either column.
    pub fn has(&self, actor: ActorId) -> bool {
        self.nodes.iter().any(|n| n.actor == actor)
    }

    /// Whether a link runs from or to a selected actor, in either column.
    pub fn touches(&self, link: &Link, actor: ActorId) -> bool {
        self.nodes[link.from].actor == actor || self.nodes[link.to].actor == actor
    }

    /// The links of a selected actor, alone: the claims it makes and those about it.
    pub fn links_of(&self, actor: ActorId) -> impl Iterator<Item = &Link> {
        self.links.iter().filter(move |l| self.touches(l, actor))
    }
}

/// The layout of the matching claims' links, for a picture `width` wide (at least
/// [`MIN_WIDTH`]).
pub fn network(article: &Article, results: &Results, width: f64) -> Network {
    let width = if width.is_finite() {
        width.max(MIN_WIDTH)
    } else {
        MIN_WIDTH
    };
    let contradicted: Vec<bool> = {
        let mut marked = vec![false; article.claims().len()];
        for relation in article.relations() {
            if relation.kind == RelationKind::Contradicts {
                for claim in relation.claims {
                    marked[claim.index()] = true;
                }
            }
        }
        marked
    };

    // Every (claimant, subject, claim), grouped by pair.
    let mut pairs: Vec<(ActorId, ActorId, ClaimId)> = Vec::new();
    for &id in &results.claims {
        let claim = article.claim(id);
        pairs.extend(claim.subjects.iter().map(|&s| (claim.claimant, s, id)));
    }
    pairs.sort_unstable();
    let mut groups: Vec<(ActorId, ActorId, Vec<ClaimId>)> = Vec::new();
    for (claimant, subject, claim) in pairs {
        match groups.last_mut() {
            Some((c, s, claims)) if *c == claimant && *s == subject => claims.push(claim),
            _ => groups.push((claimant, subject, vec![claim])),
        }
    }

    // The columns: actor slots, by index in the article, and their link weights.
    let actors = article.actors().len();
    let mut left_of = vec![usize::MAX; actors];
    let mut right_of = vec![usize::MAX; actors];
    let mut left: Vec<(ActorId, usize)> = Vec::new();
    let mut right: Vec<(ActorId, usize)> = Vec::new();
    let mut edges: Vec<(usize, usize, usize)> = Vec::with_capacity(groups.len());
    for (claimant, subject, claims) in &groups {
        let l = slot(&mut left_of, &mut left, *claimant);
        let r = slot(&mut right_of, &mut right, *subject);
        left[l].1 += claims.len();
        right[r].1 += claims.len();
        edges.push((l, r, claims.len()));
    }
    let first_order = |column: &[(ActorId, usize)]| {
        let mut order: Vec<usize> = (0..column.len()).collect();
        order.sort_by_key(|&i| (std::cmp::Reverse(column[i].1), column[i].0));
        order
    };
    let (left_order, right_order) = order(
        first_order(&left),
        first_order(&right),
        &edges,
        left.len(),
        right.len(),
    );

    // Geometry: two columns of labels, the links between them.
    let column = (width * 0.34).clamp(100.0, 260.0);
    let height_of = |actor: ActorId| node_height(lines(&article.actor(actor).name, column).len());
    let stacked = |order: &[usize], column_of: &[(ActorId, usize)]| {
        order
            .iter()
            .map(|&slot| height_of(column_of[slot].0) + GAP)
            .sum::<f64>()
    };
    let height = stacked(&left_order, &left).max(stacked(&right_order, &right));
    let mut nodes = Vec::with_capacity(left.len() + right.len());
    let mut place = |order: &[usize], column_of: &[(ActorId, usize)], side: Side| {
        // The shorter column stands in the middle of the taller one's height.
        let mut y = (height - stacked(order, column_of)) / 2.0 + GAP / 2.0;
        let x = match side {
            Side::Claimant => 0.0,
            Side::Subject => width - column,
        };
        let mut index_of = vec![0; order.len()];
        for &slot in order {
            let (actor, claims) = column_of[slot];
            let node_height = height_of(actor);
            index_of[slot] = nodes.len();
            nodes.push(Node {
                actor,
                side,
                x,
                y,
                width: column,
                height: node_height,
                claims,
            });
            y += node_height + GAP;
        }
        index_of
    };
    let left_node = place(&left_order, &left, Side::Claimant);
    let right_node = place(&right_order, &right, Side::Subject);
    // A claimant's links add up a claim about three actors three times: its node counts it once.
    let mut made = vec![0; actors];
    for &id in &results.claims {
        let claim = article.claim(id);
        if !claim.subjects.is_empty() {
            made[claim.claimant.index()] += 1;
        }
    }
    for node in nodes.iter_mut().filter(|n| n.side == Side::Claimant) {
        node.claims = made[node.actor.index()];
    }

    let mut links: Vec<Link> = groups
        .into_iter()
        .zip(&edges)
        .map(|((_, _, claims), &(l, r, _))| {
            let mut counts = [0_usize; ClaimKind::ALL.len()];
            for &c in &claims {
                counts[article.claim(c).kind.position()] += 1;
            }
            let kinds: Vec<ClaimKind> = ClaimKind::ALL
                .iter()
                .map(|&(kind, _)| kind)
                .filter(|kind| counts[kind.position()] > 0)
                .collect();
            let kind = kinds
                .iter()
                .copied()
                .max_by_key(|kind| (counts[kind.position()], std::cmp::Reverse(kind.position())))
                .unwrap_or(ClaimKind::Report);
            Link {
                kind,
                from: left_node[l],
                to: right_node[r],
                contradicted: claims.iter().filter(|c| contradicted[c.index()]).count(),
                kinds,
                claims,
            }
        })
        .collect();
    links.sort_by_key(|l| (l.from, l.to));
    Network {
        width,
        height,
        claims: results
            .claims
            .iter()
            .filter(|&&c| !article.claim(c).subjects.is_empty())
            .count(),
        nodes,
        links,
        mirrored: false,
    }
}

/// The actor's slot in a column, made on first sight.
fn slot(slot_of: &mut [usize], column: &mut Vec<(ActorId, usize)>, actor: ActorId) -> usize {
    if slot_of[actor.index()] == usize::MAX {
        slot_of[actor.index()] = column.len();
        column.push((actor, 0));
    }
    slot_of[actor.index()]
}

/// The columns' orders (slots top to bottom) with the fewest weighted crossings the sweeps find.
fn order(
    mut left: Vec<usize>,
    mut right: Vec<usize>,
    edges: &[(usize, usize, usize)],
    lefts: usize,
    rights: usize,
) -> (Vec<usize>, Vec<usize>) {
    let positions = |order: &[usize], len: usize| {
        let mut at = vec![0; len];
        for (position, &slot) in order.iter().enumerate() {
            at[slot] = position;
        }
        at
    };
    let mut best = crossings(edges, &positions(&left, lefts), &positions(&right, rights));
    let mut best_orders = (left.clone(), right.clone());
    for _ in 0..SWEEPS {
        if best == 0 {
            break;
        }
        let left_at = positions(&left, lefts);
        right = by_barycentre(
            &right,
            rights,
            edges.iter().map(|&(l, r, w)| (r, left_at[l], w)),
        );
        let right_at = positions(&right, rights);
        left = by_barycentre(
            &left,
            lefts,
            edges.iter().map(|&(l, r, w)| (l, right_at[r], w)),
        );
        let count = crossings(edges, &positions(&left, lefts), &right_at);
        if count < best {
            best = count;
            best_orders = (left.clone(), right.clone());
        }
    }
    best_orders
}

/// A column reordered by the weighted mean position of each node's neighbours (`(slot, neighbour
/// position, weight)`), ties (and nodes without neighbours) keeping their place.
fn by_barycentre(
    order: &[usize],
    len: usize,
    neighbours: impl Iterator<Item = (usize, usize, usize)>,
) -> Vec<usize> {
    let mut sums = vec![(0.0_f64, 0.0_f64); len];
    for (slot, position, weight) in neighbours {
        sums[slot].0 += position as f64 * weight as f64;
        sums[slot].1 += weight as f64;
    }
    let mut keyed: Vec<(f64, usize, usize)> = order
        .iter()
        .enumerate()
        .map(|(position, &slot)| {
            let (sum, weight) = sums[slot];
            let centre = if weight > 0.0 {
                sum / weight
            } else {
                position as f64
            };
            (centre, position, slot)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    keyed.into_iter().map(|(_, _, slot)| slot).collect()
}

/// The crossings of the links, each weighted by the product of the two links' claims: links taken
/// by their left end, a Fenwick tree over right positions counting the weight already placed below
/// each.
fn crossings(edges: &[(usize, usize, usize)], left_at: &[usize], right_at: &[usize]) -> u64 {
    let mut placed: Vec<(usize, usize, u64)> = edges
        .iter()
        .map(|&(l, r, w)| (left_at[l], right_at[r], w as u64))
        .collect();
    placed.sort_unstable();
    let mut tree = vec![0_u64; right_at.len() + 1];
    let mut total = 0_u64;
    let mut start = 0;
    while start < placed.len() {
        let end = start + placed[start..].partition_point(|e| e.0 == placed[start].0);
        let inserted: u64 = {
            let mut sum = 0;
            let mut i = tree.len() - 1;
            while i > 0 {
                sum += tree[i];
                i &= i - 1;
            }
            sum
        };
        for &(_, r, w) in &placed[start..end] {
            // Links from claimants higher up that end lower down than this one cross it.
            let mut not_lower = 0;
            let mut i = r + 1;
            while i > 0 {
                not_lower += tree[i];
                i &= i - 1;
            }
            total += w * (inserted - not_lower);
        }
        for &(_, r, w) in &placed[start..end] {
            let mut i = r + 1;
            while i < tree.len() {
                tree[i] += w;
                i += i & i.wrapping_neg();
            }
        }
        start = end;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::{run, Query};
    use std::collections::HashSet;

    const SEED: &[u8] = include_bytes!("../../../../data/belgorod-incursions.json");

    fn seed() -> Article {
        crate::load(SEED).expect("valid seed")
    }

    /// The node of an actor in one column, if it has links there.
    fn node(layout: &Network, actor: ActorId, side: Side) -> Option<usize> {
        layout
            .nodes
            .iter()
            .position(|n| n.actor == actor && n.side == side)
    }

    fn overlap(a: &Node, b: &Node) -> bool {
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    }

    #[test]
    fn labels_wrap_whole_at_spaces_and_inside_a_word_only_when_it_is_longer_than_a_line() {
        assert_eq!(lines("Kremlin", 96.0), ["Kremlin"]);
        let long = "Russian Volunteer Corps and friends";
        assert_eq!(
            lines(long, 160.0),
            ["Russian Volunteer", "Corps and friends"]
        );
        assert_eq!(
            lines(long, 120.0),
            ["Russian", "Volunteer", "Corps and", "friends"]
        );
        assert_eq!(
            lines("Zoëvanderbergandmore", 96.0),
            ["Zoëvanderbe", "rgandmore"]
        );
        assert_eq!(lines(long, 400.0), [long]);
        assert!(lines("", 120.0).is_empty());
        for width in [100.0, 122.4, 160.0, 260.0] {
            let fits = ((width - 2.0 * PADDING) / CHAR_WIDTH).floor() as usize;
            for name in [
                long,
                "Zoëvanderbergandmore  de  la Tour",
                "a b c d e f g h i j k l m",
            ] {
                let wrapped = lines(name, width);
                assert!(
                    wrapped.iter().all(|l| l.chars().count() <= fits),
                    "{wrapped:?}"
                );
                let words: Vec<&str> = name.split_whitespace().collect();
                assert_eq!(
                    wrapped.concat().replace(' ', ""),
                    words.concat(),
                    "every character"
                );
            }
        }
    }

    #[test]
    fn at_a_phone_s_width_every_name_is_drawn_whole_and_no_two_labels_read_the_same() {
        let article = seed();
        let layout = network(&article, &run(&article, &Query::default()), 360.0);
        let mut labels = HashSet::new();
        for node in &layout.nodes {
            let name = &article.actor(node.actor).name;
            let wrapped = lines(name, node.width);
            assert_eq!(node.height, node_height(wrapped.len()), "{name}");
            assert_eq!(
                wrapped.join(" "),
                name.split_whitespace().collect::<Vec<_>>().join(" ")
            );
            assert!(
                labels.insert((node.side, wrapped)),
                "{name} twice in a column"
            );
        }
    }

    #[test]
    fn a_claim_about_several_actors_counts_once() {
        let article = seed();
        let all = run(&article, &Query::default());
        let layout = network(&article, &all, 800.0);
        let links: usize = layout.links.iter().map(|l| l.claims.len()).sum();
        let about_someone = article
            .claims()
            .iter()
            .filter(|c| !c.subjects.is_empty())
            .count();
        assert_eq!(layout.claims, about_someone);
        assert!(
            links > layout.claims,
            "the seed has claims about several actors"
        );
    }

    #[test]
    fn links_run_from_inner_edge_to_inner_edge_and_grow_with_claims() {
        let article = seed();
        let all = crate::query::run(&article, &crate::Query::default());
        let layout = network(&article, &all, 800.0);
        for link in &layout.links {
            let (claimant, subject) = (&layout.nodes[link.from], &layout.nodes[link.to]);
            let [x1, y1, x2, y2] = [
                claimant.x + claimant.width,
                claimant.y + claimant.height / 2.0,
                subject.x,
                subject.y + subject.height / 2.0,
            ]
            .map(number);
            let path = layout.path(link);
            assert!(path.starts_with(&format!("M{x1} {y1}C")), "{path}");
            assert!(path.ends_with(&format!(" {x2} {y2}")), "{path}");
        }
        // Right to left: each node at its mirror image, each link from the claimant's left edge
        // to the subject's right one.
        let mirrored = layout.clone().mirrored();
        for (node, image) in layout.nodes.iter().zip(&mirrored.nodes) {
            assert_eq!(image.x + image.width, layout.width - node.x);
            assert_eq!((image.y, image.side), (node.y, node.side));
        }
        for link in &mirrored.links {
            let (claimant, subject) = (&mirrored.nodes[link.from], &mirrored.nodes[link.to]);
            let path = mirrored.path(link);
            assert!(
                path.starts_with(&format!("M{} ", number(claimant.x))),
                "{path}"
            );
            let right = number(subject.x + subject.width);
            assert!(path.contains(&format!(" {right} ")), "{path}");
            assert!(claimant.x > subject.x);
        }
        let widths: Vec<f64> = layout.links.iter().map(Link::stroke).collect();
        let one = layout
            .links
            .iter()
            .find(|l| l.claims.len() == 1)
            .map(Link::stroke);
        let most = layout.links.iter().max_by_key(|l| l.claims.len());
        assert_eq!(one, Some(1.5));
        assert!(most.map(Link::stroke) > one, "{widths:?}");
    }

    #[test]
    fn the_layout_is_the_same_every_time() {
        let article = seed();
        let results = run(&article, &Query::default());
        for width in [360.0, 1440.0] {
            assert_eq!(
                network(&article, &results, width),
                network(&article, &results, width)
            );
        }
    }

    #[test]
    fn no_two_nodes_overlap_at_phone_or_desktop_width() {
        let article = seed();
        let results = run(&article, &Query::default());
        for width in [360.0, 1440.0, 100.0] {
            let layout = network(&article, &results, width);
            for (i, a) in layout.nodes.iter().enumerate() {
                assert!(a.x >= 0.0 && a.x + a.width <= layout.width, "{a:?}");
                assert!(a.y >= 0.0 && a.y + a.height <= layout.height, "{a:?}");
                for b in &layout.nodes[i + 1..] {
                    assert!(!overlap(a, b), "{a:?} {b:?} at {width}");
                }
            }
            let gap = layout.width - 2.0 * layout.nodes[0].width;
            assert!(
                gap >= 0.3 * layout.width,
                "room for links at {width}: {gap}"
            );
        }
    }

    #[test]
    fn every_matching_claims_link_is_drawn() {
        let article = seed();
        let mut queries = vec![Query::default()];
        let mut by_rex = Query::default();
        by_rex.by.extend(article.actor_by_key("white-rex"));
        queries.push(by_rex);
        let mut denials = Query::default();
        denials.kind.insert(ClaimKind::Denial);
        queries.push(denials);
        for query in queries {
            let results = run(&article, &query);
            let layout = network(&article, &results, 800.0);
            let pairs: usize = results
                .claims
                .iter()
                .map(|&c| article.claim(c).subjects.len())
                .sum();
            let drawn: usize = layout.links.iter().map(|l| l.claims.len()).sum();
            assert_eq!(drawn, pairs, "{query:?}");
            for link in &layout.links {
                let (from, to) = (&layout.nodes[link.from], &layout.nodes[link.to]);
                assert_eq!((from.side, to.side), (Side::Claimant, Side::Subject));
                for &claim in &link.claims {
                    assert!(results.matches(claim));
                    assert_eq!(article.claim(claim).claimant, from.actor);
                    assert!(article.claim(claim).subjects.contains(&to.actor));
                }
            }
        }
    }

    #[test]
    fn contradicting_claims_mark_their_links() {
        let article = seed();
        let layout = network(&article, &run(&article, &Query::default()), 800.0);
        let rex = article.actor_by_key("white-rex").unwrap();
        let military = article.actor_by_key("russian-military").unwrap();
        let from = node(&layout, rex, Side::Claimant).expect("White Rex claims");
        let to = node(&layout, military, Side::Subject).expect("claims about the military");
        let link = layout
            .links
            .iter()
            .find(|l| l.from == from && l.to == to)
            .expect("White Rex on the Russian military");
        let contradicted = link
            .claims
            .iter()
            .filter(|&&c| {
                article
                    .relations_of(c)
                    .any(|(r, _)| r.kind == RelationKind::Contradicts)
            })
            .count();
        assert!(contradicted > 0);
        assert_eq!(link.contradicted, contradicted);
        assert_eq!(link.kinds, [ClaimKind::Statement, ClaimKind::Denial]);
        let most = |kind: ClaimKind| {
            link.claims
                .iter()
                .filter(|&&c| article.claim(c).kind == kind)
                .count()
        };
        assert!(most(link.kind) >= most(ClaimKind::Statement).max(most(ClaimKind::Denial)));
        let writer = article.actor_by_key("writer").unwrap();
        let civilians = article.actor_by_key("civilians").unwrap();
        let quiet = layout
            .links
            .iter()
            .find(|l| layout.nodes[l.from].actor == writer && layout.nodes[l.to].actor == civilians)
            .expect("the writer on civilians");
        assert_eq!(quiet.contradicted, 0);
    }

    #[test]
    fn a_selected_node_shows_its_links_alone() {
        let article = seed();
        let layout = network(&article, &run(&article, &Query::default()), 360.0);
        let rex = article.actor_by_key("white-rex").unwrap();
        let links: Vec<&Link> = layout.links_of(rex).collect();
        let (by, about): (Vec<&Link>, Vec<&Link>) = links
            .iter()
            .partition(|l| layout.nodes[l.from].actor == rex);
        assert_eq!(by.len(), 2, "about the legion and the Russian military");
        let claims: usize = by.iter().map(|l| l.claims.len()).sum();
        assert_eq!(claims, 8, "5 claims, 3 of them about both");
        assert_eq!(about.len(), 1, "the writer says he leads the legion");
        assert_eq!(about[0].claims.len(), 1);
        assert_eq!(
            layout.nodes[about[0].from].actor,
            article.actor_by_key("writer").unwrap()
        );
        assert!(layout.has(rex));
        let rdk_only = layout
            .links
            .iter()
            .filter(|l| !layout.touches(l, rex))
            .count();
        assert_eq!(rdk_only + links.len(), layout.links.len());
    }

    #[test]
    fn ordering_reduces_crossings() {
        // Two claimants, two subjects, crossed in the first order: a→y, b→x.
        let edges = [(0, 1, 1), (1, 0, 1)];
        assert_eq!(crossings(&edges, &[0, 1], &[0, 1]), 1);
        let (left, right) = order(vec![0, 1], vec![0, 1], &edges, 2, 2);
        let at = |order: &[usize]| {
            let mut at = vec![0; order.len()];
            for (p, &s) in order.iter().enumerate() {
                at[s] = p;
            }
            at
        };
        assert_eq!(crossings(&edges, &at(&left), &at(&right)), 0);
        // Wide links weigh more: two claims crossing three count six.
        assert_eq!(crossings(&[(0, 1, 2), (1, 0, 3)], &[0, 1], &[0, 1]), 6);
        assert_eq!(
            crossings(&[(0, 0, 2), (0, 1, 3), (1, 1, 1)], &[0, 1], &[0, 1]),
            0
        );
    }

    #[test]
    fn the_seed_crosses_less_after_ordering() {
        let article = seed();
        let results = run(&article, &Query::default());
        let layout = network(&article, &results, 800.0);
        let ends: Vec<(usize, usize, usize)> = layout
            .links
            .iter()
            .map(|l| (l.from, l.to, l.claims.len()))
            .collect();
        let at: Vec<usize> = (0..layout.nodes.len()).collect();
        let laid_out = crossings(&ends, &at, &at);
        // The same links with each column in the article's order of actors.
        let by_actor: Vec<usize> = layout
            .nodes
            .iter()
            .map(|n| {
                layout
                    .nodes
                    .iter()
                    .filter(|m| m.side == n.side && m.actor < n.actor)
                    .count()
            })
            .collect();
        let plain = crossings(&ends, &by_actor, &by_actor);
        assert!(laid_out < plain, "{laid_out} < {plain}");
    }
}
