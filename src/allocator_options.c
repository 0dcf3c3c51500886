/* mimalloc's options as carepath wants them, set before main runs.
 *
 * mimalloc takes its options from the environment or from `mi_option_set*`, a C call;
 * the Rust side forbids `unsafe`, so the call lives here, in a constructor, and only sets
 * defaults: a MIMALLOC_PURGE_DELAY in the environment still wins.
 *
 * Purge delay 2 ms (v3's default is 1,000 ms). Loading frees the parser's working memory
 * as it goes, and linking frees each file's drafts as it builds the final lists; pages
 * kept resident after they are freed add to the peak (100,000 roles, 1,000 ms against
 * 10 ms: 544 MB against 419 MB). At 10,000 roles the app's peak was 44.5-46.7 MiB with
 * 10 ms and 42.0-42.6 MiB with 2 ms (3 runs each); `validate` took 0.22 s with 10 ms,
 * 0.23 s with 2, 0.24 s with 1 and 0.28 s with 0 (medians of 7, interleaved), the
 * shorter delays paying in madvise calls. */
#include <mimalloc.h>

__attribute__((constructor)) static void carepath_allocator_options(void) {
    mi_option_set_default(mi_option_purge_delay, 2);
}
