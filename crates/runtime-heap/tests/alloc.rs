//! Allocation on a NoGC heap: zeroed, aligned, disjoint memory, from several threads.

use std::ptr::NonNull;
use std::time::Instant;

use keel_runtime_heap::object::{object_size, ObjectShape, HEADER_SIZE};
use keel_runtime_heap::{Heap, HeapError, HeapOptions, Plan};

/// One heap per process (MMTk's rule); the tests of this file share it.
fn heap() -> &'static Heap {
    static INIT: std::sync::Once = std::sync::Once::new();
    INIT.call_once(|| {
        Heap::new(HeapOptions {
            max_bytes: 1 << 30,
            plan: Plan::NoGC,
            stress_interval: None,
            initial_bytes: 0,
        })
        .unwrap();
    });
    Heap::get().unwrap()
}

/// A small deterministic generator (xorshift).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn is_zeroed(ptr: NonNull<u8>, len: usize) -> bool {
    // SAFETY: the heap gave us `len` bytes at `ptr`, valid for the life of the process.
    unsafe { std::slice::from_raw_parts(ptr.as_ptr(), len) }.iter().all(|&b| b == 0)
}

fn fill(ptr: NonNull<u8>, len: usize, byte: u8) {
    // SAFETY: as in `is_zeroed`; each test thread writes only its own allocations.
    unsafe { ptr.as_ptr().write_bytes(byte, len) }
}

/// Allocates `count` objects of random sizes and alignments; checks each is zeroed and
/// aligned, then stamps it with `tag`. Returns (address, size) of each.
fn allocate_checked(count: usize, seed: u64, tag: u8) -> Vec<(usize, usize)> {
    let mut mutator = heap().bind_mutator();
    let mut rng = Rng(seed);
    let mut objects = Vec::with_capacity(count);
    for i in 0..count {
        let size = match rng.next() % 100 {
            0 => 4096 + (rng.next() % 200_000) as usize, // now and then a big one
            1..=9 => 256 + (rng.next() % 4096) as usize,
            _ => 1 + (rng.next() % 128) as usize,
        };
        let align = 1usize << (rng.next() % 7); // 1 ..= 64
        let ptr = mutator.alloc(size, align).unwrap_or_else(|e| panic!("allocation {i} ({size} bytes): {e}"));
        let address = ptr.as_ptr() as usize;
        assert_eq!(address % align, 0, "allocation {i}: {address:#x} not aligned to {align}");
        assert_eq!(address % 8, 0, "allocation {i}: {address:#x} not word-aligned");
        assert!(is_zeroed(ptr, size), "allocation {i} ({size} bytes at {address:#x}) is not zeroed");
        fill(ptr, size, tag);
        objects.push((address, size));
    }
    objects
}

fn assert_disjoint(objects: &mut [(usize, usize)]) {
    objects.sort_unstable();
    for pair in objects.windows(2) {
        let ((a, a_size), (b, _)) = (pair[0], pair[1]);
        assert!(a + a_size <= b, "{a:#x}+{a_size} overlaps {b:#x}");
    }
}

fn assert_stamped(objects: &[(usize, usize)], tag: u8) {
    for &(address, size) in objects {
        let ptr = NonNull::new(address as *mut u8).unwrap();
        // SAFETY: as in `is_zeroed`.
        let bytes = unsafe { std::slice::from_raw_parts(ptr.as_ptr(), size) };
        assert!(bytes.iter().all(|&b| b == tag), "object at {address:#x} was overwritten");
    }
}

#[test]
fn many_objects_are_zeroed_aligned_and_disjoint() {
    let mut objects = allocate_checked(50_000, 0x9e37_79b9_7f4a_7c15, 0x5a);
    assert_stamped(&objects, 0x5a);
    assert_disjoint(&mut objects);
    assert!(heap().used_bytes() > 0);
    assert!(heap().used_bytes() <= heap().max_bytes());
}

#[test]
fn two_mutators_on_two_threads() {
    let threads: Vec<_> = [(1u64, 0xa1u8), (2, 0xb2)]
        .into_iter()
        .map(|(seed, tag)| std::thread::spawn(move || (allocate_checked(20_000, seed, tag), tag)))
        .collect();
    let results: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    for (objects, tag) in &results {
        assert_stamped(objects, *tag);
    }
    let mut all: Vec<_> = results.into_iter().flat_map(|(objects, _)| objects).collect();
    assert_disjoint(&mut all);
}

#[test]
fn object_size_reads_the_class_shape() {
    static POINT: ObjectShape = ObjectShape::fixed(HEADER_SIZE as u32 + 8);
    static INT_ARRAY: ObjectShape =
        ObjectShape::array(HEADER_SIZE as u32 + 8, 4, HEADER_SIZE as u32, HEADER_SIZE as u32 + 4, false);
    let mut mutator = heap().bind_mutator();

    let point = mutator.alloc(POINT.base_size as usize, 8).unwrap().as_ptr();
    // SAFETY: `point` is a fresh, word-aligned allocation of at least a header.
    unsafe { point.cast::<*const ObjectShape>().write(&POINT) };
    // SAFETY: the class word now points to a live `ObjectShape`.
    assert_eq!(unsafe { object_size(point) }, HEADER_SIZE + 8);

    let size = INT_ARRAY.instance_size(5).unwrap();
    assert_eq!(size, HEADER_SIZE + 8 + 24); // 20 bytes of elements, rounded up to 8
    let array = mutator.alloc(size, 8).unwrap().as_ptr();
    // SAFETY: a fresh allocation of `size` bytes: class word and length are in bounds.
    unsafe {
        array.cast::<*const ObjectShape>().write(&INT_ARRAY);
        array.add(HEADER_SIZE).cast::<i32>().write(5);
    }
    // SAFETY: class word and length are initialized.
    assert_eq!(unsafe { object_size(array) }, size);
}

#[test]
fn one_heap_per_process() {
    heap();
    let again = Heap::new(HeapOptions {
        max_bytes: 64 << 20,
        plan: Plan::NoGC,
        stress_interval: None,
        initial_bytes: 0,
    });
    assert_eq!(again.unwrap_err(), HeapError::AlreadyInitialized);
}

#[test]
fn throughput_32_byte_objects() {
    const COUNT: usize = 2_000_000;
    let mut mutator = heap().bind_mutator();
    let start = Instant::now();
    let mut last = 0usize;
    for _ in 0..COUNT {
        last ^= mutator.alloc(32, 8).unwrap().as_ptr() as usize;
    }
    let elapsed = start.elapsed();
    std::hint::black_box(last);
    println!(
        "allocated {COUNT} 32-byte objects in {elapsed:.2?}: {:.1} M objects/s ({:.0} MB/s)",
        COUNT as f64 / elapsed.as_secs_f64() / 1e6,
        (COUNT * 32) as f64 / elapsed.as_secs_f64() / 1e6,
    );
}
