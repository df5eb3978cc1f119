//! Checking and saving each version of the document once the browser has painted it, so that an
//! edit shows at once and the checker's verdict and the save follow when the browser is idle.
//! Versions that come faster than that are checked and saved once, as the last of them (at the
//! latest 50 ms after the first is painted); when the page is hidden or closed before then, the
//! save happens at once, so no work is lost.

use std::cell::RefCell;
use std::rc::Rc;

use claimscope_core::edit::Document;
use claimscope_core::{findings_in, Article, Finding, Problem};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::idle::{after_paint, when_idle};
use crate::state::{Action, EditorState, Storage};
use crate::storage;
use claimscope_app::i18n::locale;
use claimscope_app::shared::Shared;

/// What the checker says of one version of the document.
pub struct Checked {
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
    pub article: Option<Shared<Article>>,
    pub findings: Vec<Finding>,
}

impl Checked {
    fn of(json: &str) -> Checked {
        let checked = Document::check_json_in(json, locale());
        Checked {
            findings: checked
                .article
                .as_ref()
                .map(|article| findings_in(article, locale()))
                .unwrap_or_default(),
            problems: checked.problems,
            warnings: checked.warnings,
            article: checked.article.map(Shared::new),
        }
    }
}

/// The mark each check leaves in the browser's performance timeline.
const CHECKED: &str = "claimscope:checked";

/// The check and save of the latest version, waiting for the paint that shows it.
struct Job {
    document: Document,
    /// The storage revision to save after, or `None` when this tab does not save (another tab
    /// saved since, or the browser refuses).
    save_after: Option<u64>,
    /// The version of the document this is, by [`EditorState::version`].
    version: u64,
    checked: UseStateSetter<Option<(u64, Rc<Checked>)>>,
    dispatch: Callback<Action>,
}

impl Job {
    fn run(self) {
        let json = self.document.to_json();
        if let Some(known) = self.save_after {
            let info = &self.document.article;
            self.dispatch
                .emit(match storage::save(&info.id, known, &info.title, &json) {
                    Ok(revision) => Action::Saved(revision),
                    Err(storage::NotSaved::OtherTab(theirs)) => {
                        Action::Storage(Storage::OtherTab(theirs))
                    }
                    Err(storage::NotSaved::Refused) => Action::Storage(Storage::Refused),
                });
        }
        self.checked
            .set(Some((self.version, Rc::new(Checked::of(&json)))));
        // For the editor's benchmark (scripts/bench-editor.mjs): when an edit's check is done.
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark(CHECKED);
        }
    }
}

/// The job waiting, if any, and the count of the jobs queued so far (a job that replaces one
/// still waiting keeps its count).
#[derive(Default)]
struct Waiting {
    job: Option<Job>,
    count: u64,
}

type Pending = Rc<RefCell<Waiting>>;

/// Runs the job waiting, if any (when `count` is given, only if it is still that job).
fn run(pending: &Pending, count: Option<u64>) {
    let job = {
        let mut waiting = pending.borrow_mut();
        if count.is_some_and(|count| count != waiting.count) {
            return;
        }
        waiting.job.take()
    };
    if let Some(job) = job {
        job.run();
    }
}

/// How long after the paint of its version a job runs, idle or not: a busy page (a person typing
/// fast, a caret blinking) may leave the browser few idle moments.
const SOON_AFTER_PAINT_MS: u32 = 50;

/// When a job runs at the latest, without a frame: a hidden tab paints none.
const AT_THE_LATEST_MS: u32 = 1000;

/// Queues `job` in place of a job still waiting, to run once the browser is idle after painting
/// the version.
fn queue(pending: &Pending, job: Job) {
    let count = {
        let mut waiting = pending.borrow_mut();
        if waiting.job.replace(job).is_some() {
            return;
        }
        waiting.count += 1;
        waiting.count
    };
    let later = pending.clone();
    when_idle(move || run(&later, None));
    let soon = pending.clone();
    after_paint(SOON_AFTER_PAINT_MS, move || run(&soon, Some(count)));
    let latest = pending.clone();
    Timeout::new(AT_THE_LATEST_MS, move || run(&latest, Some(count))).forget();
}

/// Checks and saves every version of the open article after it is painted, and says what the
/// checker found of the last version checked (`None` before the first). When `now` (the Check
/// panel or the Preview shows), the verdict is on the version shown, checked at once after an
/// edit; an article just opened has none until its first check.
#[hook]
pub fn use_checking(
    state: &UseReducerHandle<EditorState>,
    dispatch: &Callback<Action>,
    now: bool,
) -> Option<Rc<Checked>> {
    let checked = use_state(|| None::<(u64, Rc<Checked>)>);
    let last = (*checked).clone();
    let stale = last
        .as_ref()
        .is_none_or(|(version, _)| *version != state.version);
    // An article just opened has no verdict until its first check, after its first paint; any
    // version after that (an undo back to the opened one too) is checked at once while the
    // verdict shows, so the Preview never flickers to “checking”.
    let edited = state.history.can_undo() || state.history.can_redo();
    let verdict = match (now && stale, edited) {
        // An edit while the verdict shows (or just before it is shown): checked at once.
        (true, true) => {
            let fresh = Rc::new(Checked::of(&state.document().to_json()));
            checked.set(Some((state.version, fresh.clone())));
            Some(fresh)
        }
        // An article just opened: its verdict follows its first paint.
        (true, false) => None,
        (false, _) => last.map(|(_, checked)| checked),
    };
    let pending: Pending = use_mut_ref(Waiting::default);
    {
        // Closing the tab, reloading or switching away saves what waits.
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let on_hide = pending.clone();
                let on_hidden = pending.clone();
                [
                    EventListener::new(&window, "pagehide", move |_| run(&on_hide, None)),
                    EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                        if gloo::utils::document().hidden() {
                            run(&on_hidden, None);
                        }
                    }),
                ]
            });
            move || {
                drop(listeners);
                run(&pending, None);
            }
        });
    }
    {
        let (state, setter, dispatch) = (state.clone(), checked.setter(), dispatch.clone());
        use_effect_with(state.version, move |_| {
            let saving = state.open
                && state.storage == Storage::Saved
                && state.stored != Some(state.version);
            let job = Job {
                version: state.version,
                document: state.document().clone(),
                save_after: saving.then_some(state.revision),
                checked: setter,
                dispatch,
            };
            queue(&pending, job);
        });
    }
    verdict
}
