//! Work shared over the cores: each piece goes to whichever worker is free, and the
//! results are handed to the calling thread in the pieces' order, each as soon as it and
//! every piece before it are done, so what follows (and so every report) is the same
//! however the work was shared out, and no result waits in memory for the slowest piece.

use std::sync::{Mutex, mpsc};

/// `work(index, piece)` for every piece, on up to one thread per core, calling
/// `take(index, result)` on the calling thread for each result in the pieces' order.
/// With one piece or one core it is a plain loop on the calling thread.
pub(super) fn in_order<T: Send, R: Send>(
    pieces: Vec<T>,
    work: impl Fn(usize, T) -> R + Sync,
    take: &mut dyn FnMut(usize, R),
) {
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(pieces.len());
    if workers <= 1 {
        for (index, piece) in pieces.into_iter().enumerate() {
            take(index, work(index, piece));
        }
        return;
    }
    // Results that finished before an earlier piece did, waiting for it.
    let mut early: Vec<Option<R>> = pieces.iter().map(|_| None).collect();
    let mut next = 0;
    let queue = Mutex::new(pieces.into_iter().enumerate());
    std::thread::scope(|scope| {
        let (sender, results) = mpsc::channel();
        for _ in 0..workers {
            let (sender, queue, work) = (sender.clone(), &queue, &work);
            scope.spawn(move || {
                loop {
                    // A poisoned lock means another worker panicked, which takes the scope down.
                    let next = queue.lock().ok().and_then(|mut q| q.next());
                    let Some((index, piece)) = next else { break };
                    if sender.send((index, work(index, piece))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        for (index, result) in results {
            early[index] = Some(result);
            while let Some(result) = early.get_mut(next).and_then(Option::take) {
                take(next, result);
                next += 1;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::in_order;

    #[test]
    fn results_come_back_in_order_however_long_each_takes() {
        let pieces: Vec<u64> = (0..40).collect();
        let mut seen = Vec::new();
        in_order(
            pieces,
            |index, piece| {
                // Early pieces take longest, so later ones finish first.
                std::thread::sleep(std::time::Duration::from_micros((40 - piece) * 200));
                (index, piece * 2)
            },
            &mut |index, result| seen.push((index, result)),
        );
        let expected: Vec<(usize, (usize, u64))> = (0..40).map(|i| (i, (i, i as u64 * 2))).collect();
        assert_eq!(seen, expected);
    }
}
