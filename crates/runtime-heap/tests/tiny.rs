//! The smallest heap `java` accepts (2 MiB) works, and anything smaller is refused.

use keel_runtime_heap::{Heap, HeapError, HeapOptions, OomKind, Plan, MIN_HEAP_BYTES};

#[test]
fn smallest_heap() {
    let too_small = Heap::new(HeapOptions {
        max_bytes: MIN_HEAP_BYTES - 1,
        plan: Plan::NoGC,
        stress_interval: None,
        initial_bytes: 0,
    });
    assert_eq!(too_small.unwrap_err(), HeapError::TooSmall(MIN_HEAP_BYTES - 1));

    let heap = Heap::new(HeapOptions {
        max_bytes: MIN_HEAP_BYTES,
        plan: Plan::NoGC,
        stress_interval: None,
        initial_bytes: 0,
    })
    .unwrap();
    let mut mutator = heap.bind_mutator();
    let mut allocated = 0;
    let err = loop {
        match mutator.alloc(24, 8) {
            Ok(_) => allocated += 24,
            Err(err) => break err,
        }
    };
    assert_eq!(err.kind, OomKind::HeapFull);
    assert!(allocated > MIN_HEAP_BYTES / 2 && allocated <= MIN_HEAP_BYTES, "{allocated} bytes");
}
