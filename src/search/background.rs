//! Searching on a thread of its own, so typing never waits for matching.
//!
//! The screen hands each new query to the worker and draws at once; the worker answers
//! when it has the hits. A newer query makes the worker drop the one it is on (it checks
//! between small batches of names), and a query that extends the last finished one starts
//! from that one's matches instead of every name. The index itself is built on the worker,
//! so the first frame does not wait for it either.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

use super::{Hit, Narrowing, SearchIndex};

/// A query and its number: answers carry the number, so a late answer to an old query is
/// recognised and dropped.
struct Job {
    ticket: u64,
    query: String,
}

/// The worker's answer to one query.
#[derive(Debug, Clone)]
pub struct Answer {
    pub ticket: u64,
    pub query: String,
    pub hits: Vec<Hit>,
    /// False while the search is still going: these are the hits found so far.
    pub complete: bool,
}

/// The handle the screen keeps: send queries, collect answers.
pub struct Searcher {
    jobs: Option<Sender<Job>>,
    answers: Receiver<Answer>,
    /// The newest ticket handed out; the worker gives up on any other.
    latest: Arc<AtomicU64>,
}

impl Searcher {
    /// Starts the worker, which first builds its index with `build`.
    pub fn spawn(build: impl FnOnce() -> SearchIndex + Send + 'static) -> Searcher {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, answers) = channel::<Answer>();
        let latest = Arc::new(AtomicU64::new(0));
        let newest = Arc::clone(&latest);
        // If the thread cannot start, `answers` is closed and every wait ends at once.
        let _ =
            std::thread::Builder::new().name("search".into()).spawn(move || work(&build(), &inbox, &outbox, &newest));
        Searcher { jobs: Some(jobs), answers, latest }
    }

    /// Asks for the hits for `query`; returns the ticket its answer will carry.
    pub fn ask(&self, query: &str) -> u64 {
        let ticket = self.latest.fetch_add(1, Ordering::SeqCst) + 1;
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Job { ticket, query: query.to_string() });
        }
        ticket
    }

    /// The answers that have arrived, oldest first, without waiting.
    pub fn answers(&self) -> Vec<Answer> {
        let mut out = Vec::new();
        loop {
            match self.answers.try_recv() {
                Ok(answer) => out.push(answer),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => return out,
            }
        }
    }

    /// Waits for the answer to `ticket` (for tests and scripted use), or `None` if the
    /// worker has gone.
    pub fn wait_for(&self, ticket: u64) -> Option<Answer> {
        loop {
            let answer = self.answers.recv().ok()?;
            if answer.ticket == ticket && answer.complete {
                return Some(answer);
            }
        }
    }
}

impl Drop for Searcher {
    fn drop(&mut self) {
        // Closing the queue ends the worker's loop; a search under way stops at its next
        // check because its ticket is no longer the newest. The worker is not waited for:
        // quitting just after start must not wait for an index of 100,000 roles to finish.
        self.latest.fetch_add(1, Ordering::SeqCst);
        self.jobs = None;
    }
}

fn work(index: &SearchIndex, inbox: &Receiver<Job>, outbox: &Sender<Answer>, latest: &AtomicU64) {
    let mut last: Option<Narrowing> = None;
    while let Ok(mut job) = inbox.recv() {
        // Only the newest query waiting matters.
        while let Ok(newer) = inbox.try_recv() {
            job = newer;
        }
        let stop = || latest.load(Ordering::SeqCst) != job.ticket;
        if stop() {
            continue;
        }
        let (ticket, query) = (job.ticket, job.query.clone());
        let mut partial = |hits| {
            let _ = outbox.send(Answer { ticket, query: query.clone(), hits, complete: false });
        };
        let Some(searched) = index.search_partly(&job.query, last.as_ref(), &stop, &mut partial) else { continue };
        last = Some(searched.narrowing);
        if outbox.send(Answer { ticket, query: job.query, hits: searched.hits, complete: true }).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Catalogue;

    #[test]
    fn answers_match_a_search_in_place_and_late_answers_are_told_apart() {
        let catalogue = crate::data::load_embedded().expect("embedded data");
        let direct = SearchIndex::new(&catalogue);
        let shared = Arc::new(catalogue);
        let for_worker = Arc::clone(&shared);
        let searcher = Searcher::spawn(move || SearchIndex::new(&for_worker));
        // Typed key by key: each query extends the last, so the worker narrows.
        let mut ticket = 0;
        for end in 1..="nurse associate".len() {
            ticket = searcher.ask(&"nurse associate"[..end]);
        }
        let answer = searcher.wait_for(ticket).expect("an answer");
        assert_eq!(answer.query, "nurse associate");
        assert_eq!(answer.hits, direct.search("nurse associate"));
        // A query that does not extend the last starts again from every name.
        let ticket = searcher.ask("care");
        assert_eq!(searcher.wait_for(ticket).expect("an answer").hits, direct.search("care"));
        let _: &Catalogue = &shared;
    }
}
