//! Where the app's search hits come from: matched in place (tests and scripted use, where
//! an answer must be there at once) or on the search worker (the real terminal, where
//! typing must never wait). Either way the last answer is kept for the query it answers,
//! so redrawing the list after a filter change does not search again.

use std::cell::OnceCell;
use std::sync::Arc;

use crate::model::Catalogue;
use crate::search::background::Searcher;
use crate::search::{Hit, SearchIndex};

enum Source {
    /// Built on first use.
    InPlace(OnceCell<SearchIndex>),
    Background(Searcher),
}

/// An answer as kept: the query, its hits, and whether the search is still going.
struct Kept {
    query: String,
    hits: Arc<[Hit]>,
    complete: bool,
}

pub struct Finder {
    source: Source,
    last: Option<Kept>,
    /// The ticket and query asked of the worker and not yet answered in full.
    waiting: Option<(u64, String)>,
}

impl std::fmt::Debug for Finder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let how = match self.source {
            Source::InPlace(_) => "in place",
            Source::Background(_) => "in the background",
        };
        f.debug_struct("Finder").field("searching", &how).field("waiting", &self.waiting).finish_non_exhaustive()
    }
}

/// What the screen should say about a search under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Searching {
    /// Nothing found yet for the latest query: the list shown is the last one.
    Started,
    /// The list shows the hits found so far.
    Partly,
}

impl Finder {
    pub fn in_place() -> Finder {
        Finder { source: Source::InPlace(OnceCell::new()), last: None, waiting: None }
    }

    /// A worker that builds its index from `catalogue` and then answers queries.
    pub fn background(catalogue: Arc<Catalogue>) -> Finder {
        let searcher = Searcher::spawn(move || SearchIndex::new(&catalogue));
        Finder { source: Source::Background(searcher), last: None, waiting: None }
    }

    /// The hits for `query` if they are known now (best first, perhaps only those found so
    /// far); otherwise the query is handed to the worker and the answer comes later.
    pub fn hits(&mut self, catalogue: &Catalogue, query: &str) -> Option<Arc<[Hit]>> {
        if let Some(kept) = self.last.as_ref().filter(|k| k.query == query) {
            return Some(Arc::clone(&kept.hits));
        }
        match &self.source {
            Source::InPlace(index) => {
                let hits: Arc<[Hit]> = index.get_or_init(|| SearchIndex::new(catalogue)).search(query).into();
                self.last = Some(Kept { query: query.to_string(), hits: Arc::clone(&hits), complete: true });
                Some(hits)
            }
            Source::Background(searcher) => {
                if self.waiting.as_ref().is_none_or(|(_, q)| q != query) {
                    self.waiting = Some((searcher.ask(query), query.to_string()));
                }
                None
            }
        }
    }

    /// Takes in the answers that have arrived: the latest query, when it has new hits (all
    /// of them, or more of them) for the screen to show.
    pub fn arrived(&mut self) -> Option<String> {
        let Source::Background(searcher) = &self.source else { return None };
        let mut news = None;
        for answer in searcher.answers() {
            let Some((ticket, _)) = &self.waiting else { continue };
            if answer.ticket != *ticket {
                continue;
            }
            if answer.complete {
                self.waiting = None;
            }
            news = Some(answer.query.clone());
            self.last = Some(Kept { query: answer.query, hits: answer.hits.into(), complete: answer.complete });
        }
        news
    }

    /// Whether searches run on the worker (the real terminal) rather than in place.
    pub fn in_background(&self) -> bool {
        matches!(self.source, Source::Background(_))
    }

    /// Whether an answer is awaited, and how far it has got.
    pub fn searching(&self) -> Option<Searching> {
        let (_, query) = self.waiting.as_ref()?;
        match &self.last {
            Some(kept) if kept.query == *query && !kept.complete => Some(Searching::Partly),
            _ => Some(Searching::Started),
        }
    }

    /// Waits for the worker to answer the query it was last asked, and says which query
    /// that was (`None` when nothing was awaited).
    pub fn settle(&mut self) -> Option<String> {
        let Source::Background(searcher) = &self.source else { return None };
        let (ticket, _) = self.waiting.take()?;
        let answer = searcher.wait_for(ticket)?;
        let query = answer.query.clone();
        self.last = Some(Kept { query: answer.query, hits: answer.hits.into(), complete: true });
        Some(query)
    }
}
