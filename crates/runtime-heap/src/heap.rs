//! The safe face of the heap: one [`Heap`] per process, one [`Mutator`] per thread.

use std::fmt;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use mmtk::util::alloc::{AllocationError, AllocationOptions, AllocatorSelector, BumpAllocator};
use mmtk::util::options::{GCTriggerSelector, PlanSelector};
use mmtk::util::{Address, ObjectReference, VMMutatorThread, VMThread};
use mmtk::{memory_manager, AllocationSemantics, MMTKBuilder, MMTK};

use crate::binding::{take_oom, Keel};
use crate::object::{MAX_ALIGN, MIN_ALIGN};

/// The collector. Only NoGC (allocation only, like HotSpot's Epsilon) exists so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Plan {
    /// Never collect; allocation fails once `max_bytes` are in use.
    #[default]
    NoGC,
}

/// How to build the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeapOptions {
    /// The most memory the heap may use (`-Xmx`); see [`default_max_heap_bytes`].
    pub max_bytes: usize,
    /// The collector.
    pub plan: Plan,
}

impl Default for HeapOptions {
    fn default() -> Self {
        HeapOptions { max_bytes: default_max_heap_bytes(), plan: Plan::NoGC }
    }
}

/// The smallest heap [`Heap::new`] accepts (the JVM refuses `-Xmx` below 2 MiB).
pub const MIN_HEAP_BYTES: usize = 2 << 20;

/// Why [`Heap::new`] failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeapError {
    /// MMTk keeps global state (its address-space layout): one heap per process.
    AlreadyInitialized,
    /// `max_bytes` is below [`MIN_HEAP_BYTES`].
    TooSmall(usize),
}

impl fmt::Display for HeapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeapError::AlreadyInitialized => f.write_str("the heap is already initialized"),
            HeapError::TooSmall(bytes) => {
                write!(f, "too small maximum heap: {bytes} bytes (at least {MIN_HEAP_BYTES})")
            }
        }
    }
}

impl std::error::Error for HeapError {}

/// Why an allocation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OomKind {
    /// The heap has no room left (and NoGC never makes any).
    HeapFull,
    /// The request alone is larger than the whole heap (or the address space).
    TooLarge,
}

/// An allocation failed; the runtime raises `java.lang.OutOfMemoryError: Java heap space`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfMemory {
    /// The size asked for, in bytes.
    pub requested: usize,
    /// Why it failed.
    pub kind: OomKind,
}

impl fmt::Display for OutOfMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Java heap space (allocating {} bytes)", self.requested)
    }
}

impl std::error::Error for OutOfMemory {}

/// The Java heap: MMTk, built once per process.
pub struct Heap {
    mmtk: &'static MMTK<Keel>,
    max_bytes: usize,
    plan: Plan,
    /// Objects larger than this go to the large-object space (`usize::MAX` for NoGC).
    los_threshold: usize,
    /// The bump allocator `Mutator::alloc` may bump inline, without calling MMTk: NoGC's
    /// default allocator.
    fast_bump: Option<AllocatorSelector>,
}

static HEAP: OnceLock<Heap> = OnceLock::new();
static LIVE_MUTATORS: AtomicUsize = AtomicUsize::new(0);

pub(crate) fn live_mutators() -> usize {
    LIVE_MUTATORS.load(Ordering::Relaxed)
}

/// NoGC cannot make room: a full heap returns null instead of blocking for a GC
/// (`block_for_gc`), and MMTk tells us why through `Collection::out_of_memory`.
const ALLOC_OPTIONS: AllocationOptions =
    AllocationOptions { allow_overcommit: false, at_safepoint: false, allow_oom_call: true };

impl Heap {
    /// Builds the process's heap. MMTk reserves address space for its spaces now and maps
    /// memory as objects need it. No thread is started for NoGC.
    pub fn new(options: HeapOptions) -> Result<&'static Heap, HeapError> {
        if options.max_bytes < MIN_HEAP_BYTES {
            return Err(HeapError::TooSmall(options.max_bytes));
        }
        let mut created = false;
        let heap = HEAP.get_or_init(|| {
            created = true;
            Heap::build(options)
        });
        if created {
            Ok(heap)
        } else {
            Err(HeapError::AlreadyInitialized)
        }
    }

    /// The process's heap, if [`Heap::new`] has built it.
    pub fn get() -> Option<&'static Heap> {
        HEAP.get()
    }

    fn build(options: HeapOptions) -> Heap {
        // Ignore MMTK_* environment variables: the heap is configured by the command line.
        let mut builder = MMTKBuilder::new_no_env_vars();
        let plan = match options.plan {
            Plan::NoGC => PlanSelector::NoGC,
        };
        builder.options.plan.set(plan);
        builder.options.gc_trigger.set(GCTriggerSelector::FixedHeapSize(options.max_bytes));
        builder.options.threads.set(1);
        let mmtk: &'static MMTK<Keel> = Box::leak(memory_manager::mmtk_init::<Keel>(&builder));
        // Marks collection as possible, so that hitting the heap limit reports out-of-memory
        // instead of panicking; spawns no thread (see `Collection::spawn_gc_thread`).
        memory_manager::initialize_collection(mmtk, VMThread::UNINITIALIZED);
        let los_threshold = mmtk.get_plan().constraints().max_non_los_default_alloc_bytes;
        // NoGC's default space needs nothing done after an allocation that anything reads (it
        // sets mark and log bits no collection will ever look at), so allocation can skip
        // `post_alloc` and bump inline. Other plans will need `post_alloc`.
        let fast_bump =
            match (options.plan, memory_manager::get_allocator_mapping(mmtk, AllocationSemantics::Default)) {
                (Plan::NoGC, selector @ AllocatorSelector::BumpPointer(_)) => Some(selector),
                _ => None,
            };
        Heap {
            mmtk,
            max_bytes: memory_manager::total_bytes(mmtk),
            plan: options.plan,
            los_threshold,
            fast_bump,
        }
    }

    /// A new allocator for the calling thread. Each thread that allocates needs its own.
    pub fn bind_mutator(&'static self) -> Mutator {
        LIVE_MUTATORS.fetch_add(1, Ordering::Relaxed);
        let inner = memory_manager::bind_mutator(self.mmtk, VMMutatorThread(VMThread::UNINITIALIZED));
        Mutator { inner, heap: self }
    }

    /// Bytes in use: whole pages handed to mutators' allocation buffers, so a slight
    /// over-estimate of the bytes in objects.
    pub fn used_bytes(&self) -> usize {
        memory_manager::used_bytes(self.mmtk)
    }

    /// The heap's capacity in bytes (`max_bytes`, rounded down to whole pages).
    pub fn max_bytes(&self) -> usize {
        self.max_bytes
    }

    /// The collector.
    pub fn plan(&self) -> Plan {
        self.plan
    }
}

impl fmt::Debug for Heap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Heap").field("plan", &self.plan).field("max_bytes", &self.max_bytes).finish()
    }
}

/// One thread's allocator: a bump pointer into a thread-local buffer MMTk refills.
pub struct Mutator {
    inner: Box<mmtk::Mutator<Keel>>,
    heap: &'static Heap,
}

impl Mutator {
    /// Allocates `size` bytes aligned to `align` (a power of two, at most
    /// [`crate::object::MAX_ALIGN`]). The memory is zeroed and stays valid for the life of the
    /// process (NoGC never frees). `size` is rounded up to a multiple of 8, and `align` up to
    /// 8.
    ///
    /// # Panics
    ///
    /// If `align` is not a power of two or exceeds [`crate::object::MAX_ALIGN`].
    #[inline]
    pub fn alloc(&mut self, size: usize, align: usize) -> Result<NonNull<u8>, OutOfMemory> {
        assert!(align.is_power_of_two() && align <= MAX_ALIGN, "bad allocation alignment {align}");
        let align = align.max(MIN_ALIGN);
        let too_large = OutOfMemory { requested: size, kind: OomKind::TooLarge };
        let rounded = match size.max(MIN_ALIGN).checked_next_multiple_of(MIN_ALIGN) {
            Some(rounded) if rounded <= isize::MAX as usize => rounded,
            _ => return Err(too_large),
        };
        if rounded <= self.heap.los_threshold {
            if let Some(selector) = self.heap.fast_bump {
                // SAFETY: `selector` is the plan's mapping for `Default`, a bump allocator,
                // created with this mutator.
                let allocator = unsafe { self.inner.allocator_impl_mut::<BumpAllocator<Keel>>(selector) };
                let cursor = allocator.bump_pointer.cursor.as_usize();
                let start = cursor.next_multiple_of(align);
                if let Some(end) = start.checked_add(rounded) {
                    if start != 0 && end <= allocator.bump_pointer.limit.as_usize() {
                        // SAFETY: `cursor..end` lies within the buffer MMTk gave this allocator
                        // (`end <= limit`); moving the cursor past the new object is exactly
                        // what MMTk's own fast path does.
                        allocator.bump_pointer.cursor = unsafe { Address::from_usize(end) };
                        // SAFETY: `start` is not zero (checked above).
                        return Ok(unsafe { NonNull::new_unchecked(start as *mut u8) });
                    }
                }
            }
        }
        self.alloc_slow(size, rounded, align)
    }

    /// Allocation through MMTk: refills the thread's buffer, allocates large objects, reports
    /// a full heap.
    #[inline(never)]
    fn alloc_slow(&mut self, size: usize, rounded: usize, align: usize) -> Result<NonNull<u8>, OutOfMemory> {
        let semantics = if rounded > self.heap.los_threshold {
            AllocationSemantics::Los
        } else {
            AllocationSemantics::Default
        };
        let address =
            memory_manager::alloc_with_options(&mut self.inner, rounded, align, 0, semantics, ALLOC_OPTIONS);
        let Some(object) = ObjectReference::from_raw_address(address) else {
            let kind = match take_oom() {
                Some(AllocationError::HeapOutOfMemory) if rounded > self.heap.max_bytes => OomKind::TooLarge,
                _ => OomKind::HeapFull,
            };
            return Err(OutOfMemory { requested: size, kind });
        };
        memory_manager::post_alloc(&mut self.inner, object, rounded, semantics);
        // SAFETY: `from_raw_address` returned `Some`, so the address is not zero.
        Ok(unsafe { NonNull::new_unchecked(address.to_mut_ptr()) })
    }

    /// The heap this mutator allocates from.
    pub fn heap(&self) -> &'static Heap {
        self.heap
    }
}

impl Drop for Mutator {
    fn drop(&mut self) {
        memory_manager::destroy_mutator(&mut self.inner);
        LIVE_MUTATORS.fetch_sub(1, Ordering::Relaxed);
    }
}

impl fmt::Debug for Mutator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mutator").finish_non_exhaustive()
    }
}

/// The default maximum heap, as `java` picks it: a quarter of physical memory (or of the
/// container's memory limit, if lower); 1 GiB if the amount cannot be found.
pub fn default_max_heap_bytes() -> usize {
    use sysinfo::{MemoryRefreshKind, RefreshKind, System};
    let system = System::new_with_specifics(
        RefreshKind::nothing().with_memory(MemoryRefreshKind::nothing().with_ram()),
    );
    let mut total = system.total_memory();
    if let Some(limits) = system.cgroup_limits() {
        if limits.total_memory > 0 {
            total = total.min(limits.total_memory);
        }
    }
    if total == 0 {
        return 1 << 30;
    }
    usize::try_from(total / 4).unwrap_or(usize::MAX).max(MIN_HEAP_BYTES)
}

/// Parses a memory size as `-Xmx` takes it: digits, then an optional unit `k`, `m`, `g` or
/// `t` (either case; powers of 1024), no unit meaning bytes. A leading `-Xmx` is skipped, so
/// both `512m` and `-Xmx512m` parse. `None` if malformed or too large for `usize`.
pub fn parse_memory_size(text: &str) -> Option<usize> {
    let text = text.strip_prefix("-Xmx").unwrap_or(text);
    let (digits, shift) = match text.as_bytes().last()? {
        b'k' | b'K' => (&text[..text.len() - 1], 10),
        b'm' | b'M' => (&text[..text.len() - 1], 20),
        b'g' | b'G' => (&text[..text.len() - 1], 30),
        b't' | b'T' => (&text[..text.len() - 1], 40),
        _ => (text, 0),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: usize = digits.parse().ok()?;
    value.checked_mul(1usize.checked_shl(shift)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_sizes() {
        assert_eq!(parse_memory_size("512m"), Some(512 << 20));
        assert_eq!(parse_memory_size("-Xmx512m"), Some(512 << 20));
        assert_eq!(parse_memory_size("-Xmx2G"), Some(2 << 30));
        assert_eq!(parse_memory_size("64k"), Some(64 << 10));
        assert_eq!(parse_memory_size("1T"), Some(1 << 40));
        assert_eq!(parse_memory_size("4096"), Some(4096));
        assert_eq!(parse_memory_size(""), None);
        assert_eq!(parse_memory_size("-Xmx"), None);
        assert_eq!(parse_memory_size("m"), None);
        assert_eq!(parse_memory_size("12x"), None);
        assert_eq!(parse_memory_size("+12m"), None);
        assert_eq!(parse_memory_size("1.5g"), None);
        assert_eq!(parse_memory_size("99999999999999999999"), None);
        assert_eq!(parse_memory_size("99999999999999t"), None);
    }

    #[test]
    fn default_heap_is_a_quarter_of_memory() {
        let bytes = default_max_heap_bytes();
        assert!(bytes >= MIN_HEAP_BYTES);
    }
}
