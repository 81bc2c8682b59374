//! Exhausting a small NoGC heap gives `OutOfMemory` errors, never a panic or an abort.

use keel_runtime_heap::{Heap, HeapOptions, OomKind, Plan};

const MAX: usize = 8 << 20;

#[test]
fn exhausting_the_heap_is_an_error() {
    let threads_before = thread_count();
    let heap =
        Heap::new(HeapOptions { max_bytes: MAX, plan: Plan::NoGC, stress_interval: None, initial_bytes: 0 })
            .unwrap();
    assert_eq!(thread_count(), threads_before, "NoGC must not start GC threads");
    assert_eq!(heap.max_bytes(), MAX);
    let mut mutator = heap.bind_mutator();

    // A request bigger than the whole heap fails alone, and leaves the heap usable.
    let err = mutator.alloc(MAX + 4096, 8).unwrap_err();
    assert_eq!(err.kind, OomKind::TooLarge);
    assert_eq!(err.requested, MAX + 4096);
    let err = mutator.alloc(usize::MAX - 3, 8).unwrap_err();
    assert_eq!(err.kind, OomKind::TooLarge);
    mutator.alloc(64, 8).expect("the heap is still usable after a too-large request");

    // A request that fits the heap but not what is left fails, and leaves the heap usable.
    mutator.alloc(MAX / 2, 8).unwrap();
    let err = mutator.alloc(MAX * 3 / 4, 8).unwrap_err();
    assert_eq!(err.kind, OomKind::HeapFull);
    mutator.alloc(64, 8).expect("the heap is still usable after a failed large request");

    // Fill the heap with small objects until it refuses.
    let mut allocated = MAX / 2 + 128;
    let err = loop {
        match mutator.alloc(1000, 8) {
            Ok(_) => allocated += 1000,
            Err(err) => break err,
        }
        assert!(allocated <= MAX, "allocated {allocated} bytes in a {MAX}-byte heap");
    };
    assert_eq!(err.kind, OomKind::HeapFull);
    assert_eq!(err.requested, 1000);
    assert!(allocated > MAX / 2 + MAX / 4, "only {allocated} bytes fit in a {MAX}-byte heap");
    assert!(heap.used_bytes() <= MAX);
    println!("filled an {MAX}-byte heap with {allocated} bytes; used_bytes = {}", heap.used_bytes());

    // It stays full, on this thread and on another one.
    assert_eq!(mutator.alloc(1000, 8).unwrap_err().kind, OomKind::HeapFull);
    let other = std::thread::spawn(move || {
        let mut mutator = heap.bind_mutator();
        (0..100).find_map(|_| mutator.alloc(4096, 8).err())
    });
    assert_eq!(other.join().unwrap().map(|e| e.kind), Some(OomKind::HeapFull));
}

/// Threads in this process (Linux), or `None` where that is not known.
fn thread_count() -> Option<usize> {
    std::fs::read_dir("/proc/self/task").ok().map(|tasks| tasks.count())
}
