/* mimalloc's options as carepath wants them, set before main runs.
 *
 * mimalloc takes its options from the environment or from `mi_option_set*`, a C call;
 * the Rust side forbids `unsafe`, so the call lives here, in a constructor, and only sets
 * defaults: a MIMALLOC_PURGE_DELAY in the environment still wins.
 *
 * Purge delay 10 ms (mimalloc v2's default; v3's is 1,000 ms). Loading frees the parser's
 * working memory as it goes; with a one-second delay those pages stay resident for the
 * whole of a load that takes a second or less, and the peak grows by them (100,000 roles:
 * 544 MB against 419 MB peak; `benches/load-side-by-side.sh`). Immediate purging (0)
 * saves a little more but makes the 10,000-role load 30% slower in its madvise calls. */
#include <mimalloc.h>

__attribute__((constructor)) static void carepath_allocator_options(void) {
    mi_option_set_default(mi_option_purge_delay, 10);
}
