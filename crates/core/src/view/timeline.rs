//! The timeline's data: the article's events in date order, each with the claims that report it
//! and who makes them, placed on an axis whose ticks suit its span.
//!
//! Partial dates are honest: an event dated `2023-05` spans the whole of May, one dated `2023` the
//! whole year, so each event has a first and a last day and a place on the axis from one to the
//! other. The reader's filters apply: an event shows when one of its claims matches, with the
//! matching claims alone. Fewer than two events make no axis ([`Timeline::axis`] is `None`): the
//! view says plainly that there is one event, or none, instead of drawing an empty line.

use crate::model::{ActorId, Article, ClaimId, Date};
use crate::search::query::Results;

/// A day as a number: days since 1 January of year 0 (proleptic Gregorian), so that spans are
/// subtractions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

impl Day {
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Day {
        // Howard Hinnant's days_from_civil, counted from 0000-03-01 and shifted to 0000-01-01.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe + 60)
    }

    /// The day's year, month and day of the month.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 - 60;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }
}

/// The first and last day a date covers: the day itself, its month, or its year.
pub fn span(date: Date) -> (Day, Day) {
    let year = i32::from(date.year);
    match (date.month, date.day) {
        (Some(m), Some(d)) => {
            let day = Day::from_ymd(year, m.into(), d.into());
            (day, day)
        }
        (Some(m), None) => {
            let first = Day::from_ymd(year, m.into(), 1);
            let next = if m == 12 {
                Day::from_ymd(year + 1, 1, 1)
            } else {
                Day::from_ymd(year, u32::from(m) + 1, 1)
            };
            (first, Day(next.0 - 1))
        }
        _ => (
            Day::from_ymd(year, 1, 1),
            Day(Day::from_ymd(year + 1, 1, 1).0 - 1),
        ),
    }
}

/// One event as the timeline shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEvent {
    /// Its place in the article's list of events.
    pub index: usize,
    pub date: Date,
    pub first: Day,
    pub last: Day,
    /// The claims that report it and match the filters, in the event's order.
    pub claims: Vec<ClaimId>,
    /// Who makes those claims, each once, in the order of their first claim.
    pub claimants: Vec<ActorId>,
    /// Where the event starts and ends on the axis, from 0 to 1 (equal for a single day's event
    /// on an axis of many days); `0.0` when there is no axis.
    pub start: f64,
    pub end: f64,
    /// The row of the axis its marker stands in: events that would touch on the axis stand in
    /// different rows, up to [`LANES`].
    pub lane: usize,
}

/// A mark on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub day: Day,
    /// A year, a month or a day, as the tick's unit says; the view writes it in the reader's
    /// language (`Locale::date`).
    pub date: Date,
    /// Its place on the axis, from 0 to 1.
    pub at: f64,
}

/// What the axis's ticks count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Years(u32),
    Months(u32),
    Days(u32),
}

/// The axis: from the first day of the earliest event to the end of the last day of the latest.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub first: Day,
    /// The day after the axis ends.
    pub end: Day,
    pub unit: Unit,
    pub ticks: Vec<Tick>,
}

impl Axis {
    /// Where a day starts on the axis, from 0 to 1.
    pub fn at(&self, day: Day) -> f64 {
        f64::from(day.0 - self.first.0) / f64::from(self.end.0 - self.first.0)
    }
}

/// The timeline of the events that the filters let through.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub events: Vec<TimelineEvent>,
    pub axis: Option<Axis>,
    /// How many rows the markers take (at least one).
    pub lanes: usize,
}

/// The most rows of markers the axis draws; beyond, markers share rows and may touch.
pub const LANES: usize = 4;
/// The room a marker takes on the axis beyond its span, as a share of the axis: about 12 px
/// of a phone's.
const MARKER: f64 = 0.04;

/// At most about this many ticks fit an axis a phone shows.
const MAX_TICKS: i64 = 8;

/// The timeline of `article`'s events for the matching claims.
pub fn timeline(article: &Article, results: &Results) -> Timeline {
    let mut events: Vec<TimelineEvent> = article
        .events()
        .iter()
        .enumerate()
        .filter_map(|(index, event)| {
            let claims: Vec<ClaimId> = event
                .claims
                .iter()
                .copied()
                .filter(|&c| results.matches(c))
                .collect();
            if claims.is_empty() {
                return None;
            }
            let mut claimants = Vec::new();
            for &c in &claims {
                let claimant = article.claim(c).claimant;
                if !claimants.contains(&claimant) {
                    claimants.push(claimant);
                }
            }
            let (first, last) = span(event.date);
            Some(TimelineEvent {
                index,
                date: event.date,
                first,
                last,
                claims,
                claimants,
                start: 0.0,
                end: 0.0,
                lane: 0,
            })
        })
        .collect();
    events.sort_by_key(|e| (e.first, e.last, e.index));
    let axis = (events.len() >= 2).then(|| {
        let first = events.iter().map(|e| e.first).min().unwrap_or(Day(0));
        let last = events.iter().map(|e| e.last).max().unwrap_or(first);
        axis(first, Day(last.0 + 1))
    });
    let mut lanes = 1;
    if let Some(axis) = &axis {
        for event in &mut events {
            event.start = axis.at(event.first);
            event.end = axis.at(Day(event.last.0 + 1));
        }
        let rows = rows(events.iter().map(|e| (e.start, e.end)));
        lanes = rows.iter().max().map_or(1, |&row| row + 1);
        for (event, row) in events.iter_mut().zip(rows) {
            event.lane = row;
        }
    }
    Timeline {
        events,
        axis,
        lanes,
    }
}

/// The row of each marker, given their spans on the axis in order of their start: the first row
/// where it touches nothing, else (all [`LANES`] taken) the row that frees soonest.
fn rows(spans: impl Iterator<Item = (f64, f64)>) -> Vec<usize> {
    let mut ends: Vec<f64> = Vec::new();
    spans
        .map(|(start, end)| {
            let free = ends.iter().position(|&taken| taken <= start);
            let row = match free {
                Some(row) => row,
                None if ends.len() < LANES => {
                    ends.push(f64::NEG_INFINITY);
                    ends.len() - 1
                }
                None => (0..ends.len())
                    .min_by(|&a, &b| ends[a].total_cmp(&ends[b]))
                    .unwrap_or(0),
            };
            ends[row] = end.max(start + MARKER);
            row
        })
        .collect()
}

/// The axis from `first` to `end` (exclusive), ticked in years, months or days, whichever gives
/// a handful of ticks.
fn axis(first: Day, end: Day) -> Axis {
    let (y0, m0, _) = first.ymd();
    let (y1, m1, _) = Day(end.0 - 1).ymd();
    let days = i64::from(end.0 - first.0);
    let months = i64::from(y1 - y0) * 12 + i64::from(m1) - i64::from(m0) + 1;
    let step = |count: i64, steps: &[u32]| {
        steps
            .iter()
            .copied()
            .find(|&s| count / i64::from(s) <= MAX_TICKS)
            .unwrap_or(*steps.last().unwrap_or(&1))
    };
    let unit = if months > 24 {
        let years = i64::from(y1 - y0) + 1;
        let mut s = step(years, &[1, 2, 5, 10, 20, 50, 100]);
        while years / i64::from(s) > MAX_TICKS {
            s *= 10;
        }
        Unit::Years(s)
    } else if days > 62 {
        Unit::Months(step(months, &[1, 2, 3, 6]))
    } else {
        Unit::Days(step(days, &[1, 2, 7, 14]))
    };
    let mut ticks = Vec::new();
    let mut push = |day: Day, date: Date| {
        if day >= first && day < end {
            ticks.push(Tick {
                day,
                date,
                at: f64::from(day.0 - first.0) / f64::from(end.0 - first.0),
            });
        }
    };
    match unit {
        Unit::Years(s) => {
            let s = s as i32;
            let mut year = y0 + (s - y0.rem_euclid(s)) % s;
            while year <= y1 {
                let date = Date {
                    year: year as u16,
                    month: None,
                    day: None,
                };
                push(Day::from_ymd(year, 1, 1), date);
                year += s;
            }
        }
        Unit::Months(s) => {
            // Months counted from January of year 0, ticked on multiples of the step.
            let mut month = i64::from(y0) * 12 + i64::from(m0) - 1;
            let last = i64::from(y1) * 12 + i64::from(m1) - 1;
            month += (i64::from(s) - month.rem_euclid(i64::from(s))) % i64::from(s);
            while month <= last {
                let (year, m) = ((month / 12) as i32, (month % 12) as u32 + 1);
                let date = Date {
                    year: year as u16,
                    month: Some(m as u8),
                    day: None,
                };
                push(Day::from_ymd(year, m, 1), date);
                month += i64::from(s);
            }
        }
        Unit::Days(s) => {
            let mut day = first;
            while day < end {
                let (year, month, d) = day.ymd();
                let date = Date {
                    year: year as u16,
                    month: Some(month as u8),
                    day: Some(d as u8),
                };
                push(day, date);
                day = Day(day.0 + s as i32);
            }
        }
    }
    Axis {
        first,
        end,
        unit,
        ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::search::query::{run, Query};

    fn label(tick: &Tick) -> String {
        Locale::ENGLISH.date(&tick.date)
    }

    const SEED: &[u8] = include_bytes!("../../../../data/belgorod-incursions.json");

    fn date(text: &str) -> Date {
        Date::parse(text).expect("a date")
    }

    fn ymd(day: Day) -> (i32, u32, u32) {
        day.ymd()
    }

    #[test]
    fn days_count_through_leap_years_and_back() {
        assert_eq!(
            Day::from_ymd(1970, 1, 1).0 - Day::from_ymd(1969, 12, 31).0,
            1
        );
        assert_eq!(
            Day::from_ymd(2024, 3, 1).0 - Day::from_ymd(2024, 2, 28).0,
            2
        );
        assert_eq!(
            Day::from_ymd(2023, 3, 1).0 - Day::from_ymd(2023, 2, 28).0,
            1
        );
        assert_eq!(
            Day::from_ymd(2001, 1, 1).0 - Day::from_ymd(2000, 1, 1).0,
            366
        );
        for n in (Day::from_ymd(1899, 12, 1).0..Day::from_ymd(2101, 2, 1).0).step_by(7) {
            let (y, m, d) = Day(n).ymd();
            assert_eq!(Day::from_ymd(y, m, d), Day(n));
        }
    }

    #[test]
    fn partial_dates_span_their_month_or_year() {
        let (first, last) = span(date("2023-05"));
        assert_eq!((ymd(first), ymd(last)), ((2023, 5, 1), (2023, 5, 31)));
        let (first, last) = span(date("2024-02"));
        assert_eq!(ymd(last), (2024, 2, 29));
        assert_eq!(first.0 + 28, last.0);
        let (first, last) = span(date("2023-12"));
        assert_eq!((ymd(first), ymd(last)), ((2023, 12, 1), (2023, 12, 31)));
        let (first, last) = span(date("2014"));
        assert_eq!((ymd(first), ymd(last)), ((2014, 1, 1), (2014, 12, 31)));
        let (first, last) = span(date("2023-05-22"));
        assert_eq!(first, last);
    }

    #[test]
    fn the_seeds_events_sit_on_an_axis_of_years() {
        let article = crate::load(SEED).expect("valid seed");
        let timeline = timeline(&article, &run(&article, &Query::default()));
        let keys: Vec<&str> = timeline
            .events
            .iter()
            .map(|e| article.events()[e.index].key.as_str())
            .collect();
        assert_eq!(keys, ["crimea-russian-control", "incursion"]);
        let axis = timeline.axis.expect("two events make an axis");
        assert_eq!(axis.unit, Unit::Years(2));
        let labels: Vec<String> = axis.ticks.iter().map(label).collect();
        assert_eq!(labels, ["2014", "2016", "2018", "2020", "2022"]);
        let [crimea, incursion] = &timeline.events[..] else {
            panic!("two events")
        };
        // 2014 covers the whole first year of an axis running to 23 May 2023.
        assert_eq!(crimea.start, 0.0);
        let year = 365.0 / f64::from(axis.end.0 - axis.first.0);
        assert!((crimea.end - year).abs() < 1e-12, "{}", crimea.end);
        assert!(incursion.start < 1.0 && incursion.end == 1.0);
        assert_eq!(
            incursion.claimants.len(),
            3,
            "the writer, White Rex, the Russian military"
        );
        assert!(axis.ticks.windows(2).all(|w| w[0].at < w[1].at));
    }

    #[test]
    fn a_month_and_its_days_share_an_axis_of_days() {
        let first = Day::from_ymd(2023, 5, 1);
        let axis = axis(first, Day(span(date("2023-05")).1 .0 + 1));
        assert_eq!(axis.unit, Unit::Days(7));
        assert_eq!(label(&axis.ticks[0]), "1 May 2023");
        assert_eq!(label(&axis.ticks[1]), "8 May 2023");
        assert_eq!(axis.at(Day::from_ymd(2023, 5, 22)), 21.0 / 31.0);
        let months = super::axis(first, Day::from_ymd(2024, 1, 1));
        assert_eq!(months.unit, Unit::Months(1));
        assert_eq!(months.ticks.len(), 8);
        let year = super::axis(first, Day::from_ymd(2024, 6, 1));
        assert_eq!(year.unit, Unit::Months(2));
        let labels: Vec<String> = year.ticks.iter().map(label).collect();
        assert_eq!(
            labels,
            [
                "May 2023",
                "July 2023",
                "September 2023",
                "November 2023",
                "January 2024",
                "March 2024",
                "May 2024"
            ]
        );
    }

    #[test]
    fn filters_leave_one_event_or_none_and_no_axis() {
        let article = crate::load(SEED).expect("valid seed");
        let mut by_rex = Query::default();
        by_rex.by.extend(article.actor_by_key("white-rex"));
        let one = timeline(&article, &run(&article, &by_rex));
        assert_eq!(one.events.len(), 1);
        assert_eq!(one.axis, None);
        assert_eq!(one.events[0].claims.len(), 5);
        assert_eq!(
            one.events[0].claimants,
            [article.actor_by_key("white-rex").unwrap()]
        );
        let nothing = Query {
            text: "quixotic".into(),
            ..Query::default()
        };
        let none = timeline(&article, &run(&article, &nothing));
        assert!(none.events.is_empty());
        assert_eq!(none.axis, None);
    }

    #[test]
    fn markers_that_would_touch_stand_in_other_rows() {
        // A day and a long span from it, two days close after, and one day far off: the third
        // day is a marker's width from the first, so it takes the first row again.
        let spans = [
            (0.10, 0.11),
            (0.10, 0.60),
            (0.12, 0.13),
            (0.14, 0.15),
            (0.90, 0.91),
        ];
        assert_eq!(rows(spans.into_iter()), [0, 1, 2, 0, 0]);
        // Apart, they share the first row.
        assert_eq!(
            rows([(0.0, 0.01), (0.5, 0.51), (0.9, 1.0)].into_iter()),
            [0, 0, 0]
        );
        // Beyond the rows there are, a marker takes the row that frees soonest.
        let crowded: Vec<(f64, f64)> = (0..6)
            .map(|i| (0.01 * f64::from(i), 0.2 + 0.01 * f64::from(i)))
            .collect();
        assert_eq!(rows(crowded.into_iter()), [0, 1, 2, 3, 0, 1]);
    }

    #[test]
    fn the_timeline_is_the_same_every_time() {
        let article = crate::load(SEED).expect("valid seed");
        let results = run(&article, &Query::default());
        assert_eq!(timeline(&article, &results), timeline(&article, &results));
    }
}
