#if os(Linux)
import Glibc

/// glibc's `mallopt`, which the Glibc module does not export.
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32

/// glibc's malloc gives memory back to the system as soon as 128 KB are free at the top of the heap, and
/// grows it by no more than asked: a replay's records allocate and free in waves, so brk calls and the page
/// faults after them were about 10% of its CPU time (perf). Keep 4 MB before trimming, grow by 1 MB more.
enum MallocTuning {
    static func apply() {
        _ = mallopt(-1, 4 << 20)  // M_TRIM_THRESHOLD
        _ = mallopt(-2, 1 << 20)  // M_TOP_PAD
    }
}
#endif
