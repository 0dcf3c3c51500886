//! Checking many items on every core: the items come in lists (one per file), long lists
//! are cut into runs, each run is checked on a worker with a context of its own, and the
//! results and diagnostics are put back in the items' order, so the outcome is the same
//! however the work was shared out.

use std::sync::{Mutex, mpsc};

use super::{Checked, Ctx, Diagnostic};

/// Items per run: large enough that handing out runs costs nothing next to checking
/// them, small enough that progress moves and the cores finish together.
const RUN: usize = 2048;

/// `check` applied to every item of every list, in order. Below two runs' worth, or on
/// one core, this is a plain loop on the calling thread.
pub(super) fn check_all<T, R>(
    cx: &mut Ctx<'_>,
    checked: &mut Checked<'_>,
    lists: Vec<Vec<T>>,
    check: impl Fn(&mut Ctx<'_>, T) -> R + Sync,
) -> Vec<R>
where
    T: Send,
    R: Send,
{
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if workers <= 1 || lists.iter().map(Vec::len).sum::<usize>() < 2 * RUN {
        return lists
            .into_iter()
            .flatten()
            .map(|item| {
                checked.one();
                check(cx, item)
            })
            .collect();
    }
    let runs = runs(lists);
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

/// The lists as runs, in order: a list is a run as it is (no item moves), unless it is
/// over two runs long, when it is cut into runs of `RUN` from the back (each item moved once).
fn runs<T>(lists: Vec<Vec<T>>) -> Vec<Vec<T>> {
    let mut runs = Vec::with_capacity(lists.len());
    for mut list in lists {
        if list.is_empty() {
            continue;
        }
        if list.len() <= 2 * RUN {
            runs.push(list);
            continue;
        }
        let mut cut = Vec::with_capacity(list.len().div_ceil(RUN));
        while !list.is_empty() {
            let keep = (list.len() - 1) / RUN * RUN;
            cut.push(list.split_off(keep));
        }
        runs.extend(cut.into_iter().rev());
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::{RUN, runs};

    #[test]
    fn runs_keep_every_item_in_order() {
        for lens in [vec![], vec![0], vec![1, 0, 2], vec![RUN - 1, RUN, RUN + 1], vec![3 * RUN + 5, 7]] {
            let mut next = 0;
            let lists: Vec<Vec<usize>> = lens
                .iter()
                .map(|&n| {
                    next += n;
                    (next - n..next).collect()
                })
                .collect();
            let cut = runs(lists);
            assert!(cut.iter().all(|r| !r.is_empty() && r.len() <= 2 * RUN), "{lens:?}");
            assert_eq!(cut.into_iter().flatten().collect::<Vec<_>>(), (0..next).collect::<Vec<_>>(), "{lens:?}");
        }
    }
}
