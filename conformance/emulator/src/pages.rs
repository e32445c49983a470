//! How the emulator's process asks the kernel for memory: in small pages. The emulator's state grows by a few
//! kilobytes a payment, in small allocations. Where the kernel backs memory with transparent huge pages
//! (`/sys/kernel/mm/transparent_hugepage/enabled` set to `always`, a common default), the first touch of every fresh
//! 2 MiB region zeroes all of it in one page fault, taken by whichever call allocates, often under the state lock;
//! on a virtual machine the host may have to back the whole region too. Measured with the load benchmark's sale
//! alone (`PAYSPEC_BENCH_ONLY=sale`, card delay 0, a 2-core VM with THP set to `always`, three A/B pairs): with
//! huge pages 32,400–36,200 sales a second (24–26% of the floor) and a p99 8.1–8.3× the floor's, from about 250
//! huge (2 MiB) page faults in a 4-second run; without, 46,600–50,000 (32–36%) and 2.2–2.7×, from about 160,000
//! small ones. So `payspec emulate` and the load benchmark turn them off for their own process at start; where THP
//! is `madvise` or `never` this changes nothing.

/// Turns transparent huge pages off for this process (`prctl(PR_SET_THP_DISABLE)`; the memory already mapped keeps
/// its pages). A no-op outside Linux. An error only means the kernel refused: the emulator works the same, slower.
pub fn prefer_small_pages() -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        rustix::thread::disable_transparent_huge_pages(true).map_err(std::io::Error::from)
    }
    #[cfg(not(target_os = "linux"))]
    {
        Ok(())
    }
}

/// Whether transparent huge pages are off for this process (`false` outside Linux, where there is no such flag).
pub fn small_pages_preferred() -> bool {
    #[cfg(target_os = "linux")]
    {
        rustix::thread::transparent_huge_pages_are_disabled().unwrap_or(false)
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}
