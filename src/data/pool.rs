//! Work shared over the cores: each piece goes to whichever worker is free, and the
//! results come back on the calling thread as they finish and are returned in the
//! pieces' order, so what follows (and so every report) is the same however the work
//! was shared out.

use std::sync::{Mutex, mpsc};

/// `work(index, piece)` for every piece, on up to one thread per core, calling
/// `done(index, &result)` on the calling thread as each finishes. With one piece or one
/// core it is a plain loop on the calling thread.
pub(super) fn in_order<T: Send, R: Send>(
    pieces: Vec<T>,
    work: impl Fn(usize, T) -> R + Sync,
    done: &mut dyn FnMut(usize, &R),
) -> Vec<R> {
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(pieces.len());
    if workers <= 1 {
        return pieces
            .into_iter()
            .enumerate()
            .map(|(index, piece)| {
                let result = work(index, piece);
                done(index, &result);
                result
            })
            .collect();
    }
    let mut slots: Vec<Option<R>> = pieces.iter().map(|_| None).collect();
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
            done(index, &result);
            slots[index] = Some(result);
        }
    });
    // A worker that panicked has already taken the scope down with it, so every slot is full.
    slots.into_iter().flatten().collect()
}
