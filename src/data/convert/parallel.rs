//! Checking many items on every core: the items are cut into runs, each run checked on a
//! worker with a context of its own, and the results and diagnostics put back in the
//! items' order, so the outcome is the same however the work was shared out.

use std::sync::{Mutex, mpsc};

use super::{Checked, Ctx, Diagnostic};

/// Items per run: large enough that handing out runs costs nothing next to checking
/// them, small enough that progress moves and the cores finish together.
const RUN: usize = 2048;

/// `check` applied to every item, in order. Below two runs, or on one core, this is a
/// plain loop on the calling thread.
pub(super) fn check_all<T, R>(
    cx: &mut Ctx<'_>,
    checked: &mut Checked<'_>,
    items: Vec<T>,
    check: impl Fn(&mut Ctx<'_>, T) -> R + Sync,
) -> Vec<R>
where
    T: Send,
    R: Send,
{
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if workers <= 1 || items.len() < 2 * RUN {
        return items
            .into_iter()
            .map(|item| {
                checked.one();
                check(cx, item)
            })
            .collect();
    }
    let runs = runs(items);
    let count = runs.len();
    let queue = Mutex::new(runs.into_iter().enumerate());
    let mut slots: Vec<Option<(Vec<R>, Vec<Diagnostic>)>> = (0..count).map(|_| None).collect();
    let (paths, lines, first) = (cx.paths, cx.lines, cx.first);
    let (report_unknown_ids, today) = (cx.report_unknown_ids, cx.today);
    std::thread::scope(|scope| {
        let (sender, results) = mpsc::channel();
        for _ in 0..workers.min(count) {
            let (sender, queue, check) = (sender.clone(), &queue, &check);
            scope.spawn(move || {
                loop {
                    // A poisoned lock means another worker panicked, which takes the scope down.
                    let next = queue.lock().ok().and_then(|mut q| q.next());
                    let Some((index, run)) = next else { break };
                    let mut diags = Vec::new();
                    let mut own = Ctx { paths, lines, first, diags: &mut diags, report_unknown_ids, today };
                    let out: Vec<R> = run.into_iter().map(|item| check(&mut own, item)).collect();
                    if sender.send((index, out, diags)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        for (index, out, diags) in results {
            checked.add(out.len() as u64);
            slots[index] = Some((out, diags));
        }
    });
    let mut all = Vec::with_capacity(slots.iter().flatten().map(|(out, _)| out.len()).sum());
    for (out, diags) in slots.into_iter().flatten() {
        all.extend(out);
        cx.diags.extend(diags);
    }
    all
}

/// The items in runs of `RUN`, in order; cut from the back so that each item is moved once.
fn runs<T>(mut items: Vec<T>) -> Vec<Vec<T>> {
    let mut runs = Vec::with_capacity(items.len().div_ceil(RUN));
    while !items.is_empty() {
        let keep = (items.len() - 1) / RUN * RUN;
        runs.push(items.split_off(keep));
    }
    runs.reverse();
    runs
}

#[cfg(test)]
mod tests {
    use super::{RUN, runs};

    #[test]
    fn runs_keep_every_item_in_order() {
        for n in [0, 1, RUN - 1, RUN, RUN + 1, 3 * RUN + 5] {
            let cut = runs((0..n).collect::<Vec<_>>());
            assert!(cut.iter().all(|r| !r.is_empty() && r.len() <= RUN), "{n}");
            assert_eq!(cut.into_iter().flatten().collect::<Vec<_>>(), (0..n).collect::<Vec<_>>(), "{n}");
        }
    }
}
