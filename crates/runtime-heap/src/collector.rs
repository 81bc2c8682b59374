//! Stopping the world, handing over roots, and processing `java.lang.ref` references.
//!
//! Keel runs Java on one thread, the mutator; MMTk collects on its own worker threads. A
//! collection only ever happens at a safepoint of the mutator's choosing, never inside an
//! allocation: [`crate::Mutator::collect`] is called with the complete root set (the runtime
//! gathers it from its frames and tables, where it knows every reference's type), parks the
//! mutator, and returns when the collection is over. The handshake:
//!
//! - `collect` publishes the roots and marks the mutator parked, then asks MMTk for a
//!   collection and waits for [`resume_mutators`] to count it done (and unpark it).
//! - MMTk's worker calls [`stop_all_mutators`], which waits until the mutator is parked (it
//!   already is: MMTk never starts a collection by itself, see `ActivePlan::is_mutator`).
//! - [`roots`] hands the published roots to MMTk as pinning roots: the plans Keel runs do not
//!   move objects (see [`crate::Plan`]).
//!
//! References (`SoftReference`, `WeakReference`, `PhantomReference`): tracing an instance of
//! a reference class skips its referent and records the reference ([`discover`]); once the
//! strong closure is done, [`process_references`] keeps soft referents alive (unless the
//! collection is the last try before `OutOfMemoryError`), then clears every reference whose
//! referent was not reached and links it onto the pending list that
//! `Reference.getAndClearReferencePendingList` hands to Java.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

use mmtk::scheduler::GCWorker;
use mmtk::util::ObjectReference;
use mmtk::vm::{ObjectTracer, ObjectTracerContext};
use mmtk::Mutator;

use crate::binding::Keel;
use crate::object::{shape_of, ReferenceKind};

/// A pointer to the one mutator's MMTk state, handed to the worker while the mutator is
/// parked.
#[derive(Clone, Copy)]
struct MutatorPtr(*mut Mutator<Keel>);

// SAFETY: the pointer is only dereferenced by a GC worker while the mutator thread that owns
// it is parked in `Mutator::collect` (the world is stopped), so the two threads never use it
// at the same time; the mutex around `World` orders the accesses.
unsafe impl Send for MutatorPtr {}

#[derive(Default)]
struct World {
    /// The mutator, once bound (Keel has one).
    mutator: Option<MutatorPtr>,
    /// The mutator is waiting in `collect` with its roots published.
    parked: bool,
    /// Collections finished so far.
    completed: u64,
    /// The roots of the collection under way.
    roots: Vec<ObjectReference>,
}

static WORLD: Mutex<World> =
    Mutex::new(World { mutator: None, parked: false, completed: 0, roots: Vec::new() });
static WORLD_CHANGED: Condvar = Condvar::new();
/// Whether the collection under way may clear soft references.
static CLEAR_SOFT: AtomicBool = AtomicBool::new(false);

fn world() -> MutexGuard<'static, World> {
    // A worker that panicked while holding the lock leaves the data consistent (every update
    // is a single assignment), so a poisoned lock is still usable.
    WORLD.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn wait(guard: MutexGuard<'static, World>) -> MutexGuard<'static, World> {
    WORLD_CHANGED.wait(guard).unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub(crate) fn register_mutator(mutator: *mut Mutator<Keel>) {
    world().mutator = Some(MutatorPtr(mutator));
}

pub(crate) fn unregister_mutator() {
    world().mutator = None;
}

pub(crate) fn mutator_count() -> usize {
    usize::from(world().mutator.is_some())
}

/// The one mutator, for MMTk's worker while the world is stopped.
pub(crate) fn stopped_mutator() -> Option<&'static mut Mutator<Keel>> {
    let world = world();
    debug_assert!(world.parked, "the mutator is only handed out while it is parked");
    // SAFETY: the mutator is parked (the world is stopped), so nothing else uses its state
    // until `resume_mutators`; it was registered by `Mutator::new` and is unregistered before
    // it is freed.
    world.mutator.map(|m| unsafe { &mut *m.0 })
}

/// Parks the mutator with `roots` published; returns the number of collections completed
/// before parking.
pub(crate) fn park(roots: Vec<ObjectReference>, clear_soft: bool) -> u64 {
    let mut world = world();
    world.roots = roots;
    world.parked = true;
    CLEAR_SOFT.store(clear_soft, Ordering::Relaxed);
    WORLD_CHANGED.notify_all();
    world.completed
}

/// Waits until the collection after `epoch` is over (`resume_mutators` unparks the mutator).
pub(crate) fn wait_until_collected(epoch: u64) {
    let mut world = world();
    while world.completed == epoch {
        world = wait(world);
    }
}

/// `Collection::stop_all_mutators`: waits for the mutator to park, then hands it over.
pub(crate) fn stop_all_mutators(mut visit: impl FnMut(&'static mut Mutator<Keel>)) {
    let mut world = world();
    while !world.parked {
        world = wait(world);
    }
    DISCOVERED.lock().unwrap_or_else(|p| p.into_inner()).clear();
    if let Some(mutator) = world.mutator {
        drop(world);
        // SAFETY: as in `stopped_mutator`: the mutator is parked.
        visit(unsafe { &mut *mutator.0 });
    }
}

/// `Collection::resume_mutators`: the collection is over.
pub(crate) fn resume_mutators() {
    let mut world = world();
    world.completed += 1;
    // Unparked here, under the lock, not by the mutator when it wakes: a
    // collection requested meanwhile must wait for the mutator's next park.
    world.parked = false;
    world.roots = Vec::new();
    WORLD_CHANGED.notify_all();
}

/// The roots of the collection under way: the mutator's, and the references waiting on the
/// pending list.
pub(crate) fn roots() -> Vec<ObjectReference> {
    let mut roots = world().roots.clone();
    roots.extend(ObjectReference::from_raw_address(address(PENDING.load(Ordering::Relaxed))));
    roots
}

// ----- references -----

/// Where `Reference.referent` and `Reference.discovered` are, once the runtime has laid out
/// `java.lang.ref.Reference` (0: not yet).
static REFERENT_OFFSET: AtomicUsize = AtomicUsize::new(0);
static DISCOVERED_OFFSET: AtomicUsize = AtomicUsize::new(0);
/// References found by tracing in this collection and not yet processed.
static DISCOVERED: Mutex<Vec<ObjectReference>> = Mutex::new(Vec::new());
/// References processed in this collection's earlier rounds.
static PROCESSED: Mutex<Vec<ObjectReference>> = Mutex::new(Vec::new());
/// The head of the pending list (linked through `Reference.discovered`), 0 if empty.
static PENDING: AtomicUsize = AtomicUsize::new(0);

/// Tells the collector where `java.lang.ref.Reference` keeps its referent and its
/// `discovered` link (byte offsets in the object).
pub fn set_reference_layout(referent_offset: u32, discovered_offset: u32) {
    REFERENT_OFFSET.store(referent_offset as usize, Ordering::Relaxed);
    DISCOVERED_OFFSET.store(discovered_offset as usize, Ordering::Relaxed);
}

/// The referent field's offset, if the reference layout is known.
pub(crate) fn referent_offset() -> Option<usize> {
    Some(REFERENT_OFFSET.load(Ordering::Relaxed)).filter(|&o| o != 0)
}

/// Takes the pending list (`Reference.getAndClearReferencePendingList`): the address of its
/// first reference, 0 if it is empty.
pub fn take_pending_references() -> usize {
    PENDING.swap(0, Ordering::Relaxed)
}

/// Whether references wait on the pending list.
pub fn has_pending_references() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

/// The object reference of the object at `raw` (`None` for null).
pub fn object_at(raw: usize) -> Option<ObjectReference> {
    ObjectReference::from_raw_address(address(raw))
}

fn address(raw: usize) -> mmtk::util::Address {
    // SAFETY: an `Address` is a plain integer; it is only dereferenced as an object when it
    // names one (`from_raw_address` refuses 0).
    unsafe { mmtk::util::Address::from_usize(raw) }
}

/// Reads the word at `object + offset`.
///
/// # Safety
///
/// `offset` lies inside the live object, on a word boundary.
unsafe fn read_word(object: ObjectReference, offset: usize) -> usize {
    // SAFETY: the caller's guarantee.
    unsafe { (object.to_raw_address() + offset).load::<usize>() }
}

/// Writes the word at `object + offset`.
///
/// # Safety
///
/// As [`read_word`].
unsafe fn write_word(object: ObjectReference, offset: usize, value: usize) {
    // SAFETY: the caller's guarantee.
    unsafe { (object.to_raw_address() + offset).store::<usize>(value) }
}

/// Records a reference object met while tracing (its referent was not traced).
pub(crate) fn discover(reference: ObjectReference) {
    DISCOVERED.lock().unwrap_or_else(|p| p.into_inner()).push(reference);
}

/// The referent of a discovered reference, if it has one.
fn referent(reference: ObjectReference, offset: usize) -> Option<ObjectReference> {
    // SAFETY: `reference` is a live `java.lang.ref.Reference` (only those are discovered),
    // whose referent field is the word at `offset`.
    ObjectReference::from_raw_address(address(unsafe { read_word(reference, offset) }))
}

fn kind_of(reference: ObjectReference) -> ReferenceKind {
    // SAFETY: a discovered reference is a live object with its class word written.
    unsafe { shape_of(reference.to_raw_address().to_ptr()) }.reference_kind
}

/// `Scanning::process_weak_refs`: true asks MMTk for another round after tracing what this
/// round kept alive.
pub(crate) fn process_references(
    worker: &mut GCWorker<Keel>,
    tracer: impl ObjectTracerContext<Keel>,
) -> bool {
    let Some(referent_at) = referent_offset() else { return false };
    let fresh = std::mem::take(&mut *DISCOVERED.lock().unwrap_or_else(|p| p.into_inner()));
    let mut processed = PROCESSED.lock().unwrap_or_else(|p| p.into_inner());
    if !CLEAR_SOFT.load(Ordering::Relaxed) {
        // Soft referents stay while there is room: trace them, then look again at what that
        // tracing discovers.
        let keep: Vec<ObjectReference> = fresh
            .iter()
            .filter(|&&r| kind_of(r) == ReferenceKind::Soft)
            .filter_map(|&r| referent(r, referent_at))
            .filter(|o| !o.is_reachable())
            .collect();
        processed.extend(fresh);
        if !keep.is_empty() {
            tracer.with_tracer(worker, |t| {
                for object in keep {
                    t.trace_object(object);
                }
            });
            return true;
        }
    } else {
        processed.extend(fresh);
    }
    let discovered_at = DISCOVERED_OFFSET.load(Ordering::Relaxed);
    for reference in processed.drain(..) {
        match referent(reference, referent_at) {
            Some(object) if !object.is_reachable() => {
                // SAFETY: both fields are words of the live reference object.
                unsafe {
                    write_word(reference, referent_at, 0);
                    write_word(reference, discovered_at, PENDING.load(Ordering::Relaxed));
                }
                PENDING.store(reference.to_raw_address().as_usize(), Ordering::Relaxed);
            }
            _ => {}
        }
    }
    false
}
