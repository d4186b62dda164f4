//! Handing memory freed by an index run's writing back to the system before it merges and
//! clusters. glibc keeps what a thread frees in that thread's arena for its next allocation: after
//! the last commit of a million articles, the arenas of the writer's and the extraction's threads
//! held about 180 MB that merging and clustering, on other threads, could not reuse.

/// Returns the free pages of every allocator arena to the system (a no-op off glibc).
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only gives back pages that hold no live allocation.
    unsafe {
        libc::malloc_trim(0);
    }
}
