//! The `VMBinding` MMTk calls back into.
//!
//! Only the NoGC plan is supported so far: no collection ever runs, so everything MMTk would
//! call during a collection (stopping mutators, scanning objects and roots, copying, reference
//! processing) is unreachable and says so. What NoGC does reach:
//!
//! - `ActivePlan::is_mutator`: true. Every thread that allocates owns a [`crate::Mutator`];
//!   MMTk only polls its heap limit for mutator threads, so this is what enforces `max_bytes`.
//! - `Collection::spawn_gc_thread`: called once per configured worker by
//!   `initialize_collection`; NoGC never runs a worker, so the context is dropped and no
//!   thread is created (`threads` is set to 1 anyway).
//! - `Collection::out_of_memory`: records the error in a thread-local the allocating call
//!   reads back ([`take_oom`]); it never panics or aborts for a heap-size error.
//! - `Collection::block_for_gc`: not reached, because [`crate::Mutator::alloc`] allocates with
//!   `at_safepoint: false` (a full heap makes MMTk return null instead of waiting for a GC
//!   that would never come). Should it be reached, it records a heap out-of-memory and
//!   returns, and MMTk's slow path returns null.
//! - `ObjectModel::get_current_size` and friends: read the object's size from its header
//!   ([`crate::object::object_size`]).

use std::cell::Cell;

use mmtk::util::alloc::AllocationError;
use mmtk::util::copy::{CopySemantics, GCWorkerCopyContext};
use mmtk::util::{Address, ObjectReference, VMMutatorThread, VMThread, VMWorkerThread};
use mmtk::vm::slot::{SimpleSlot, UnimplementedMemorySlice};
use mmtk::vm::{
    ActivePlan, Collection, GCThreadContext, ObjectModel, ReferenceGlue, RootsWorkFactory, Scanning,
    SlotVisitor, VMBinding, VMGlobalLogBitSpec, VMLocalForwardingBitsSpec, VMLocalForwardingPointerSpec,
    VMLocalLOSMarkNurserySpec, VMLocalMarkBitSpec,
};
use mmtk::Mutator;

use crate::object;

/// Keel as MMTk sees it.
#[derive(Default)]
pub struct Keel;

const NO_GC: &str = "Keel's heap runs MMTk's NoGC plan: no collection ever happens";

impl VMBinding for Keel {
    type VMObjectModel = Keel;
    type VMScanning = Keel;
    type VMCollection = Keel;
    type VMActivePlan = Keel;
    type VMReferenceGlue = Keel;
    type VMSlot = SimpleSlot;
    type VMMemorySlice = UnimplementedMemorySlice;

    /// Every object is at least word-aligned (decision 8: object alignment 8).
    const MIN_ALIGNMENT: usize = object::MIN_ALIGN;
    /// Large enough for cache-line-aligned runtime data.
    const MAX_ALIGNMENT: usize = object::MAX_ALIGN;
    /// Allocation never asks for an offset: an object's reference is its start.
    const USE_ALLOCATION_OFFSET: bool = false;
}

thread_local! {
    /// The out-of-memory error MMTk reported during the current thread's allocation, if any.
    static OOM: Cell<Option<AllocationError>> = const { Cell::new(None) };
}

/// Takes the error `Collection::out_of_memory` or `block_for_gc` recorded on this thread.
pub(crate) fn take_oom() -> Option<AllocationError> {
    OOM.with(Cell::take)
}

impl Collection<Keel> for Keel {
    fn stop_all_mutators<F>(_tls: VMWorkerThread, _mutator_visitor: F)
    where
        F: FnMut(&'static mut Mutator<Keel>),
    {
        unreachable!("stop_all_mutators: {NO_GC}")
    }

    fn resume_mutators(_tls: VMWorkerThread) {
        unreachable!("resume_mutators: {NO_GC}")
    }

    fn block_for_gc(_tls: VMMutatorThread) {
        // Nothing will ever free memory: report the heap as exhausted to the allocating call.
        OOM.with(|oom| oom.set(Some(AllocationError::HeapOutOfMemory)));
    }

    fn spawn_gc_thread(_tls: VMThread, ctx: GCThreadContext<Keel>) {
        // NoGC never schedules GC work: the worker would only ever sleep. Don't start it.
        drop(ctx);
    }

    fn out_of_memory(_tls: VMThread, err_kind: AllocationError) {
        match err_kind {
            AllocationError::HeapOutOfMemory => OOM.with(|oom| oom.set(Some(err_kind))),
            // MMTk cannot continue after failing to map memory it had reserved (it calls
            // `unreachable!` if we return); the JVM equivalent is a fatal error, not an
            // OutOfMemoryError.
            AllocationError::MmapOutOfMemory => {
                eprintln!("keel: out of native memory: the operating system refused to map heap memory");
                std::process::abort();
            }
        }
    }
}

impl ActivePlan<Keel> for Keel {
    fn is_mutator(_tls: VMThread) -> bool {
        // Only mutators call into MMTk: NoGC has no GC threads.
        true
    }

    fn mutator(_tls: VMMutatorThread) -> &'static mut Mutator<Keel> {
        unreachable!("ActivePlan::mutator: {NO_GC}")
    }

    fn mutators<'a>() -> Box<dyn Iterator<Item = &'a mut Mutator<Keel>> + 'a> {
        unreachable!("ActivePlan::mutators: {NO_GC}")
    }

    fn number_of_mutators() -> usize {
        crate::heap::live_mutators()
    }
}

impl ObjectModel<Keel> for Keel {
    // Side metadata for every bit MMTk keeps per object: the header holds only the class word
    // and the lock/hash word (decision 8), and side bits can be bulk-cleared. The forwarding
    // pointer, needed only by copying plans once the object is dead in from-space, overwrites
    // the class word.
    const GLOBAL_LOG_BIT_SPEC: VMGlobalLogBitSpec = VMGlobalLogBitSpec::side_first();
    const LOCAL_FORWARDING_POINTER_SPEC: VMLocalForwardingPointerSpec =
        VMLocalForwardingPointerSpec::in_header(0);
    const LOCAL_FORWARDING_BITS_SPEC: VMLocalForwardingBitsSpec = VMLocalForwardingBitsSpec::side_first();
    const LOCAL_MARK_BIT_SPEC: VMLocalMarkBitSpec =
        VMLocalMarkBitSpec::side_after(Self::LOCAL_FORWARDING_BITS_SPEC.as_spec());
    const LOCAL_LOS_MARK_NURSERY_SPEC: VMLocalLOSMarkNurserySpec =
        VMLocalLOSMarkNurserySpec::side_after(Self::LOCAL_MARK_BIT_SPEC.as_spec());

    /// An object reference is the address of the object's first byte (its class word).
    const OBJECT_REF_OFFSET_LOWER_BOUND: isize = 0;

    fn copy(
        _from: ObjectReference,
        _semantics: CopySemantics,
        _copy_context: &mut GCWorkerCopyContext<Keel>,
    ) -> ObjectReference {
        unreachable!("ObjectModel::copy: {NO_GC}")
    }

    fn copy_to(_from: ObjectReference, _to: ObjectReference, _region: Address) -> Address {
        unreachable!("ObjectModel::copy_to: {NO_GC}")
    }

    fn get_reference_when_copied_to(_from: ObjectReference, to: Address) -> ObjectReference {
        ObjectReference::from_raw_address(to).expect("copy destination is not null")
    }

    fn get_current_size(object: ObjectReference) -> usize {
        // SAFETY: MMTk only asks for the size of objects it allocated and the runtime
        // initialized: their class word points to a live class whose metadata starts with an
        // `ObjectShape` (the contract of `crate::object`).
        unsafe { object::object_size(object.to_raw_address().to_ptr()) }
    }

    fn get_size_when_copied(object: ObjectReference) -> usize {
        Self::get_current_size(object)
    }

    fn get_align_when_copied(_object: ObjectReference) -> usize {
        object::MIN_ALIGN
    }

    fn get_align_offset_when_copied(_object: ObjectReference) -> usize {
        0
    }

    fn get_type_descriptor(_reference: ObjectReference) -> &'static [i8] {
        unimplemented!("type descriptors are not used by Keel")
    }

    fn ref_to_object_start(object: ObjectReference) -> Address {
        object.to_raw_address()
    }

    fn ref_to_header(object: ObjectReference) -> Address {
        object.to_raw_address()
    }

    fn dump_object(object: ObjectReference) {
        eprintln!("keel object at {object}");
    }
}

impl Scanning<Keel> for Keel {
    fn scan_object<SV: SlotVisitor<SimpleSlot>>(
        _tls: VMWorkerThread,
        _object: ObjectReference,
        _slot_visitor: &mut SV,
    ) {
        unreachable!("Scanning::scan_object: {NO_GC}")
    }

    fn notify_initial_thread_scan_complete(_partial_scan: bool, _tls: VMWorkerThread) {
        unreachable!("Scanning::notify_initial_thread_scan_complete: {NO_GC}")
    }

    fn scan_roots_in_mutator_thread(
        _tls: VMWorkerThread,
        _mutator: &'static mut Mutator<Keel>,
        _factory: impl RootsWorkFactory<SimpleSlot>,
    ) {
        unreachable!("Scanning::scan_roots_in_mutator_thread: {NO_GC}")
    }

    fn scan_vm_specific_roots(_tls: VMWorkerThread, _factory: impl RootsWorkFactory<SimpleSlot>) {
        unreachable!("Scanning::scan_vm_specific_roots: {NO_GC}")
    }

    fn supports_return_barrier() -> bool {
        false
    }

    fn prepare_for_roots_re_scanning() {
        unreachable!("Scanning::prepare_for_roots_re_scanning: {NO_GC}")
    }
}

impl ReferenceGlue<Keel> for Keel {
    type FinalizableType = ObjectReference;

    fn clear_referent(_new_reference: ObjectReference) {
        unreachable!("ReferenceGlue::clear_referent: {NO_GC}")
    }

    fn get_referent(_object: ObjectReference) -> Option<ObjectReference> {
        unreachable!("ReferenceGlue::get_referent: {NO_GC}")
    }

    fn set_referent(_reff: ObjectReference, _referent: ObjectReference) {
        unreachable!("ReferenceGlue::set_referent: {NO_GC}")
    }

    fn enqueue_references(_references: &[ObjectReference], _tls: VMWorkerThread) {
        unreachable!("ReferenceGlue::enqueue_references: {NO_GC}")
    }
}
