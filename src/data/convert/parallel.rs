//! Checking many items on every core: the items come in lists (one per file), long lists
//! are cut into runs, and each run is checked on a worker (see `data::pool`) with a
//! context of its own; results and diagnostics are put back in the items' order, a run
//! at a time as soon as it is ready, so that checked items are never all held twice.

use super::{Checked, Ctx};

/// Items per run: large enough that handing out runs costs nothing next to checking
/// them, small enough that progress moves and the cores finish together.
const RUN: usize = 2048;

/// `check` applied to every item of every list, each result handed to `keep` on the
/// calling thread in the items' order. Below two runs' worth, or on one core, this is a
/// plain loop on the calling thread.
pub(super) fn check_all<T, R>(
    cx: &mut Ctx<'_>,
    checked: &mut Checked<'_>,
    lists: Vec<Vec<T>>,
    check: impl Fn(&mut Ctx<'_>, T) -> R + Sync,
    mut keep: impl FnMut(&mut Ctx<'_>, R),
) where
    T: Send,
    R: Send,
{
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if workers <= 1 || lists.iter().map(Vec::len).sum::<usize>() < 2 * RUN {
        for item in lists.into_iter().flatten() {
            checked.one();
            let result = check(cx, item);
            keep(cx, result);
        }
        return;
    }
    let (paths, lines, first) = (cx.paths, cx.lines, cx.first);
    let (report_unknown_ids, today) = (cx.report_unknown_ids, cx.today);
    crate::data::pool::in_order(
        runs(lists),
        |_, run| {
            let mut diags = Vec::new();
            let mut own = Ctx { paths, lines, first, diags: &mut diags, report_unknown_ids, today };
            let out: Vec<R> = run.into_iter().map(|item| check(&mut own, item)).collect();
            (out, diags)
        },
        &mut |_, (out, diags): (Vec<R>, Vec<_>)| {
            checked.add(out.len() as u64);
            cx.diags.extend(diags);
            for result in out {
                keep(cx, result);
            }
        },
    );
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
