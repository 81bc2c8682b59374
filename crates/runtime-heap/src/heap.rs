//! The safe face of the heap: one [`Heap`] per process, one [`Mutator`] per thread.

use std::fmt;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Once, OnceLock};

use mmtk::util::alloc::{AllocationOptions, AllocatorSelector, BumpAllocator, ImmixAllocator};
use mmtk::util::options::{GCTriggerSelector, PlanSelector};
use mmtk::util::{Address, ObjectReference, VMMutatorThread, VMThread};
use mmtk::{memory_manager, AllocationSemantics, MMTKBuilder, MMTK};

use crate::binding::Keel;
use crate::collector;
use crate::object::{MAX_ALIGN, MIN_ALIGN};

/// The collector. Every plan Keel runs keeps objects where they were allocated: the runtime's
/// roots are exact for the collector to trace from, but Rust code may still hold addresses
/// across a collection, so a moving plan would need handles everywhere first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Plan {
    /// Never collect; allocation fails once `max_bytes` are in use (HotSpot's Epsilon).
    NoGC,
    /// Mark-sweep over size-segregated free lists.
    MarkSweep,
    /// Immix (mark-region, bump allocation into free lines), built without its
    /// defragmenting copy: the default.
    #[default]
    Immix,
}

impl Plan {
    /// The plan named `name` (as `-XX:KeelGC=` takes it), any case.
    pub fn from_name(name: &str) -> Option<Plan> {
        match name.to_ascii_lowercase().as_str() {
            "nogc" | "epsilon" => Some(Plan::NoGC),
            "marksweep" => Some(Plan::MarkSweep),
            "immix" => Some(Plan::Immix),
            _ => None,
        }
    }

    /// Whether the plan ever collects.
    pub fn collects(self) -> bool {
        self != Plan::NoGC
    }
}

/// How to build the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeapOptions {
    /// The most memory the heap may use (`-Xmx`); see [`default_max_heap_bytes`].
    pub max_bytes: usize,
    /// The collector.
    pub plan: Plan,
    /// Stress mode: ask for a collection at every N-th allocation (the runtime collects at its
    /// next safepoint). `None`: collect when the heap is full.
    pub stress_interval: Option<u32>,
    /// The initial heap size (`-Xms`): the heap grows to at least this before collecting.
    pub initial_bytes: usize,
}

impl Default for HeapOptions {
    fn default() -> Self {
        HeapOptions {
            max_bytes: default_max_heap_bytes(),
            plan: Plan::default(),
            stress_interval: None,
            initial_bytes: 0,
        }
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
    /// The heap has no room left: collect (at a safepoint) and try again, or give up.
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

/// What one collection did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CollectionStats {
    /// Bytes in use before and after.
    pub used_before: usize,
    pub used_after: usize,
    /// How long the world was stopped.
    pub pause: std::time::Duration,
}

/// The Java heap: MMTk, built once per process.
pub struct Heap {
    mmtk: &'static MMTK<Keel>,
    max_bytes: usize,
    plan: Plan,
    stress_interval: Option<u32>,
    initial_bytes: usize,
    /// Objects larger than this go to the large-object space.
    los_threshold: usize,
    /// The allocator `Mutator::alloc` may bump inline, without calling MMTk.
    fast_path: Option<FastPath>,
    /// Collections so far.
    collections: AtomicUsize,
    /// Done before the first collection: MMTk's collection is initialized and its worker
    /// threads started then, not at start-up (most short runs never collect).
    workers_started: Once,
}

/// The plan's default allocator, when its fast path is a bump pointer `Mutator::alloc` can
/// bump itself.
#[derive(Clone, Copy)]
enum FastPath {
    /// NoGC's bump allocator: fresh memory only, zeroed by the system.
    Bump(AllocatorSelector),
    /// Immix's: reused lines hold old objects, so allocation zeroes.
    Immix(AllocatorSelector),
}

static HEAP: OnceLock<Heap> = OnceLock::new();
static MMTK_INSTANCE: OnceLock<&'static MMTK<Keel>> = OnceLock::new();

/// Whether the process's plan collects (set before MMTk starts its workers).
static COLLECTS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub(crate) fn collects() -> bool {
    COLLECTS.load(Ordering::Relaxed)
}

/// The MMTk instance, for the GC worker threads (started while the heap is being built).
pub(crate) fn mmtk_instance() -> &'static MMTK<Keel> {
    MMTK_INSTANCE.get().expect("GC workers start after MMTk is built")
}

/// The least the heap grows to before its first collection, and between collections.
pub const MIN_SOFT_LIMIT: usize = 16 << 20;

/// GC worker threads at most (one per core up to this).
const MAX_GC_THREADS: usize = 4;

/// What a refill of a thread's allocation buffer takes from the heap: a 32 KiB block (MMTk's
/// bump allocators' and Immix's block size).
const REFILL_BYTES: usize = 32 << 10;

/// MMTk never triggers a collection by itself (see `ActivePlan::is_mutator`): the heap's limit
/// is kept here, and collections happen when the runtime asks, at its safepoints.
const OPTIONS: AllocationOptions =
    AllocationOptions { allow_overcommit: false, at_safepoint: false, allow_oom_call: true };

impl Heap {
    /// Builds the process's heap. MMTk reserves address space for its spaces now and maps
    /// memory as objects need it; a collecting plan starts its worker threads at its first
    /// collection.
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
            Plan::MarkSweep => PlanSelector::MarkSweep,
            Plan::Immix => PlanSelector::Immix,
        };
        builder.options.plan.set(plan);
        builder.options.gc_trigger.set(GCTriggerSelector::FixedHeapSize(options.max_bytes));
        // The mutator waits while the workers trace, so every core can help (a few suffice for
        // the heaps Keel runs).
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        builder.options.threads.set(cores.clamp(1, MAX_GC_THREADS));
        // References are Keel's to process (`collector`); finalization is not used.
        builder.options.no_reference_types.set(true);
        builder.options.no_finalizer.set(true);
        let mmtk: &'static MMTK<Keel> = Box::leak(memory_manager::mmtk_init::<Keel>(&builder));
        let _ = MMTK_INSTANCE.set(mmtk);
        COLLECTS.store(options.plan.collects(), Ordering::Relaxed);
        // The worker threads start at the first collection (`Mutator::collect`): allocation
        // needs none, since MMTk never collects by itself here (see `OPTIONS`).
        let los_threshold = mmtk.get_plan().constraints().max_non_los_default_alloc_bytes;
        // Neither NoGC's nor non-moving Immix's default space does anything after an
        // allocation that anything reads (no valid-object bits are kept), so allocation can
        // skip `post_alloc` and bump inline.
        let fast_path =
            match (options.plan, memory_manager::get_allocator_mapping(mmtk, AllocationSemantics::Default)) {
                (Plan::NoGC, selector @ AllocatorSelector::BumpPointer(_)) => Some(FastPath::Bump(selector)),
                (Plan::Immix, selector @ AllocatorSelector::Immix(_)) => Some(FastPath::Immix(selector)),
                _ => None,
            };
        Heap {
            mmtk,
            max_bytes: memory_manager::total_bytes(mmtk),
            plan: options.plan,
            stress_interval: options.stress_interval.filter(|_| options.plan.collects()),
            initial_bytes: options.initial_bytes,
            los_threshold,
            fast_path,
            collections: AtomicUsize::new(0),
            workers_started: Once::new(),
        }
    }

    /// A new allocator for the calling thread. Keel binds one: it runs Java on one thread.
    pub fn bind_mutator(&'static self) -> Mutator {
        let inner = memory_manager::bind_mutator(self.mmtk, VMMutatorThread(VMThread::UNINITIALIZED));
        let inner = NonNull::from(Box::leak(inner));
        collector::register_mutator(inner.as_ptr());
        Mutator {
            inner,
            heap: self,
            stress_countdown: self.stress_interval.unwrap_or(0),
            collection_wanted: false,
            soft_limit: self.initial_soft_limit(),
        }
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

    /// Collections so far.
    pub fn collections(&self) -> usize {
        self.collections.load(Ordering::Relaxed)
    }

    /// The soft limit before any collection: the initial heap size (`-Xms`), at least
    /// [`MIN_SOFT_LIMIT`], at most the maximum.
    fn initial_soft_limit(&self) -> usize {
        self.initial_bytes.max(MIN_SOFT_LIMIT).min(self.max_bytes)
    }
}

impl fmt::Debug for Heap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Heap").field("plan", &self.plan).field("max_bytes", &self.max_bytes).finish()
    }
}

/// One thread's allocator: a bump pointer into a thread-local buffer MMTk refills.
pub struct Mutator {
    /// MMTk's state for this mutator; registered with the collector, which hands it to the GC
    /// worker while the mutator is parked, so it is held as a pointer, not a `Box`.
    inner: NonNull<mmtk::Mutator<Keel>>,
    heap: &'static Heap,
    /// Allocations left before stress mode asks for a collection.
    stress_countdown: u32,
    /// The heap went past its limit: collect at the next safepoint.
    collection_wanted: bool,
    /// Past this many bytes in use, a collection is due (the heap may still grow to its
    /// maximum until then): one and a half times what the last collection left, at least
    /// [`MIN_SOFT_LIMIT`] (or the initial size), so that the heap stays near what the program
    /// keeps alive instead of filling `-Xmx` between collections.
    soft_limit: usize,
}

impl Mutator {
    /// Allocates `size` bytes aligned to `align` (a power of two, at most
    /// [`crate::object::MAX_ALIGN`]) for Rust code: never a safepoint. The memory is zeroed.
    /// `size` is rounded up to a multiple of 8, and `align` up to 8. Fails only for a request
    /// larger than the heap (or, with NoGC, a full heap); past the heap's limit the memory is
    /// taken anyway and a collection becomes due ([`Mutator::collection_due`]), except with
    /// NoGC, whose limit is firm.
    ///
    /// # Panics
    ///
    /// If `align` is not a power of two or exceeds [`crate::object::MAX_ALIGN`].
    #[inline]
    pub fn alloc(&mut self, size: usize, align: usize) -> Result<NonNull<u8>, OutOfMemory> {
        // Without a collector, nothing ever makes room: the limit is firm.
        self.allocate(size, align, !self.heap.plan.collects())
    }

    /// Allocates as [`Mutator::alloc`] does, at a safepoint: a full heap is
    /// `OomKind::HeapFull`, and the caller collects ([`Mutator::collect`]) and tries again.
    #[inline]
    pub fn alloc_at_safepoint(&mut self, size: usize, align: usize) -> Result<NonNull<u8>, OutOfMemory> {
        self.allocate(size, align, true)
    }

    /// Allocates; `within_limit`: fail rather than go past the heap's limit.
    #[inline]
    fn allocate(
        &mut self,
        size: usize,
        align: usize,
        within_limit: bool,
    ) -> Result<NonNull<u8>, OutOfMemory> {
        assert!(align.is_power_of_two() && align <= MAX_ALIGN, "bad allocation alignment {align}");
        let align = align.max(MIN_ALIGN);
        let too_large = OutOfMemory { requested: size, kind: OomKind::TooLarge };
        let rounded = match size.max(MIN_ALIGN).checked_next_multiple_of(MIN_ALIGN) {
            Some(rounded) if rounded <= isize::MAX as usize => rounded,
            _ => return Err(too_large),
        };
        if self.heap.stress_interval.is_some() {
            self.count_for_stress();
        }
        if rounded <= self.heap.los_threshold {
            if let Some(start) = self.bump_inline(rounded, align) {
                return Ok(start);
            }
        }
        self.alloc_slow(size, rounded, align, within_limit)
    }

    /// The inline fast path: bumps the default allocator's cursor if the object fits in its
    /// current buffer.
    #[inline]
    fn bump_inline(&mut self, rounded: usize, align: usize) -> Option<NonNull<u8>> {
        let (selector, zero) = match self.heap.fast_path? {
            FastPath::Bump(selector) => (selector, false),
            FastPath::Immix(selector) => (selector, true),
        };
        // SAFETY: the mutator is not parked (this thread is allocating), so nothing else uses
        // its state.
        let inner = unsafe { self.inner.as_mut() };
        let bump = match selector {
            // SAFETY: `selector` is the plan's mapping for `Default`, an allocator of this type,
            // created with this mutator.
            AllocatorSelector::BumpPointer(_) => {
                &mut unsafe { inner.allocator_impl_mut::<BumpAllocator<Keel>>(selector) }.bump_pointer
            }
            // SAFETY: as above.
            _ => &mut unsafe { inner.allocator_impl_mut::<ImmixAllocator<Keel>>(selector) }.bump_pointer,
        };
        let start = bump.cursor.as_usize().next_multiple_of(align);
        let end = start.checked_add(rounded)?;
        if start == 0 || end > bump.limit.as_usize() {
            return None;
        }
        // SAFETY: `cursor..end` lies within the buffer MMTk gave this allocator (`end <= limit`);
        // moving the cursor past the new object is exactly what MMTk's own fast path does.
        bump.cursor = unsafe { Address::from_usize(end) };
        if zero {
            // SAFETY: the `rounded` bytes from `start` were just handed to this object.
            unsafe { std::ptr::write_bytes(start as *mut u8, 0, rounded) };
        }
        NonNull::new(start as *mut u8)
    }

    /// Allocation through MMTk: refills the thread's buffer, allocates large objects, reports
    /// a full heap.
    #[inline(never)]
    fn alloc_slow(
        &mut self,
        size: usize,
        rounded: usize,
        align: usize,
        within_limit: bool,
    ) -> Result<NonNull<u8>, OutOfMemory> {
        let semantics = if rounded > self.heap.los_threshold {
            AllocationSemantics::Los
        } else {
            AllocationSemantics::Default
        };
        if rounded > self.heap.max_bytes {
            return Err(OutOfMemory { requested: size, kind: OomKind::TooLarge });
        }
        // The slow path runs once per buffer refill (or large object), so the heap's
        // occupancy is checked here, not on every allocation.
        let taking = if rounded > self.heap.los_threshold { rounded } else { rounded.max(REFILL_BYTES) };
        let used = self.heap.used_bytes().saturating_add(taking);
        if used > self.heap.max_bytes {
            self.collection_wanted = true;
            if within_limit {
                return Err(OutOfMemory { requested: size, kind: OomKind::HeapFull });
            }
        } else if used > self.soft_limit && self.heap.plan.collects() {
            // Room remains, but the heap has grown as far as its live data warrants: collect at
            // the next safepoint rather than use the rest.
            self.collection_wanted = true;
        }
        // SAFETY: as in `bump_inline`: the mutator is running, not parked.
        let inner = unsafe { self.inner.as_mut() };
        let address = memory_manager::alloc_with_options(inner, rounded, align, 0, semantics, OPTIONS);
        let Some(object) = ObjectReference::from_raw_address(address) else {
            // A request larger than the heap was refused above: what is left is a full heap.
            return Err(OutOfMemory { requested: size, kind: OomKind::HeapFull });
        };
        memory_manager::post_alloc(inner, object, rounded, semantics);
        if self.heap.plan.collects() {
            // Free-list cells and reused lines hold what dead objects left there.
            // SAFETY: the `rounded` bytes at `address` were just allocated for this object.
            unsafe { std::ptr::write_bytes(address.to_mut_ptr::<u8>(), 0, rounded) };
        }
        // SAFETY: `from_raw_address` returned `Some`, so the address is not zero.
        Ok(unsafe { NonNull::new_unchecked(address.to_mut_ptr()) })
    }

    #[cold]
    fn count_for_stress(&mut self) {
        self.stress_countdown = self.stress_countdown.saturating_sub(1);
    }

    /// Whether the runtime should collect at this safepoint: the heap went past its limit, or
    /// stress mode's count is up.
    #[inline]
    pub fn collection_due(&self) -> bool {
        self.collection_wanted || (self.heap.stress_interval.is_some() && self.stress_countdown == 0)
    }

    /// Collects garbage now, with `roots` as the complete root set: every reference the
    /// runtime holds outside the heap (the runtime is at a safepoint: nothing else holds
    /// one). `clear_soft` lets the collection clear soft references (the last try before an
    /// `OutOfMemoryError`). Blocks until the collection is over. Does nothing with NoGC.
    pub fn collect(&mut self, roots: Vec<ObjectReference>, clear_soft: bool) -> Option<CollectionStats> {
        if !self.heap.plan.collects() {
            return None;
        }
        let started = std::time::Instant::now();
        // Lets the heap collect and starts the worker threads, once.
        let mmtk = self.heap.mmtk;
        self.heap
            .workers_started
            .call_once(|| memory_manager::initialize_collection(mmtk, VMThread::UNINITIALIZED));
        let used_before = self.heap.used_bytes();
        let epoch = collector::park(roots, clear_soft);
        // SAFETY: the pointer is only read here for its thread handle, before the worker is
        // asked to collect.
        let tls = unsafe { self.inner.as_ref() }.mutator_tls;
        memory_manager::handle_user_collection_request(self.heap.mmtk, tls);
        collector::wait_until_collected(epoch);
        self.heap.collections.fetch_add(1, Ordering::Relaxed);
        self.stress_countdown = self.heap.stress_interval.unwrap_or(0);
        self.collection_wanted = false;
        let used_after = self.heap.used_bytes();
        self.soft_limit = used_after.saturating_add(used_after / 2).max(self.heap.initial_soft_limit());
        Some(CollectionStats { used_before, used_after: self.heap.used_bytes(), pause: started.elapsed() })
    }

    /// The heap this mutator allocates from.
    pub fn heap(&self) -> &'static Heap {
        self.heap
    }
}

impl Drop for Mutator {
    fn drop(&mut self) {
        collector::unregister_mutator();
        // SAFETY: `inner` came from `Box::leak` in `bind_mutator` and is unregistered, so no GC
        // worker can reach it any more; it is freed once, here.
        let mut inner = unsafe { Box::from_raw(self.inner.as_ptr()) };
        memory_manager::destroy_mutator(&mut inner);
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
