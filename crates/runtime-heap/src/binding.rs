//! The `VMBinding` MMTk calls back into.
//!
//! - `ActivePlan`: one mutator (Keel runs Java on one thread). `is_mutator` is false even
//!   for it, so that MMTk never triggers a collection inside an allocation: the runtime
//!   collects at its safepoints, and the heap's limit is kept by [`crate::Mutator`].
//! - `Collection`: stopping and resuming the world is the handshake of [`crate::collector`];
//!   `block_for_gc` is only reached from [`crate::Mutator::collect`], which waits itself.
//!   `out_of_memory` returns for a heap-size error (the allocation returns null, which
//!   [`crate::Mutator`] reports as a full heap); it never panics or aborts for one.
//! - `ObjectModel`: sizes and reference maps come from the class metadata's
//!   [`crate::object::ObjectShape`]. Every per-object bit MMTk keeps is side metadata.
//!   Objects never move (Keel runs non-moving plans only), so `copy` is unreachable.
//! - `Scanning`: objects are scanned from their shape; the roots are the set the mutator
//!   published when it parked ([`crate::collector::roots`]); references are discovered while
//!   scanning and processed in `process_weak_refs`.

use mmtk::scheduler::GCWorker;
use mmtk::util::alloc::AllocationError;
use mmtk::util::copy::{CopySemantics, GCWorkerCopyContext};
use mmtk::util::{Address, ObjectReference, VMMutatorThread, VMThread, VMWorkerThread};
use mmtk::vm::slot::{SimpleSlot, UnimplementedMemorySlice};
use mmtk::vm::{
    ActivePlan, Collection, GCThreadContext, ObjectModel, ObjectTracerContext, ReferenceGlue,
    RootsWorkFactory, Scanning, SlotVisitor, VMBinding, VMGlobalLogBitSpec, VMLocalForwardingBitsSpec,
    VMLocalForwardingPointerSpec, VMLocalLOSMarkNurserySpec, VMLocalMarkBitSpec,
};
use mmtk::Mutator;

use crate::collector;
use crate::object::{self, ReferenceKind, ShapeKind};

/// Keel as MMTk sees it.
#[derive(Default)]
pub struct Keel;

const NON_MOVING: &str = "Keel runs non-moving plans only: objects are never copied";
const OWN_REFERENCES: &str = "Keel processes references itself (Scanning::process_weak_refs)";

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

impl Collection<Keel> for Keel {
    fn stop_all_mutators<F>(_tls: VMWorkerThread, mutator_visitor: F)
    where
        F: FnMut(&'static mut Mutator<Keel>),
    {
        collector::stop_all_mutators(mutator_visitor);
    }

    fn resume_mutators(_tls: VMWorkerThread) {
        collector::resume_mutators();
    }

    fn block_for_gc(_tls: VMMutatorThread) {
        // Only reached through `handle_user_collection_request` from `Mutator::collect`, which
        // has parked the mutator and waits for the collection itself (allocations never ask
        // MMTk to block: they are not safepoints).
    }

    fn spawn_gc_thread(_tls: VMThread, ctx: GCThreadContext<Keel>) {
        let GCThreadContext::Worker(worker) = ctx;
        if !crate::heap::collects() {
            // NoGC never schedules GC work: the worker would only ever sleep.
            drop(worker);
            return;
        }
        let spawned = std::thread::Builder::new().name("MMTk worker".into()).spawn(move || {
            let mmtk = crate::heap::mmtk_instance();
            let tls = VMWorkerThread(VMThread::UNINITIALIZED);
            mmtk::memory_manager::start_worker(mmtk, tls, worker);
        });
        if let Err(e) = spawned {
            eprintln!("keel: cannot start the garbage collector's thread: {e}");
            std::process::exit(1);
        }
    }

    fn out_of_memory(_tls: VMThread, err_kind: AllocationError) {
        match err_kind {
            // The allocation returns null, which `Mutator` reports as a full heap.
            AllocationError::HeapOutOfMemory => {}
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
        // MMTk polls its collection trigger only in allocations by mutators. Keel collects
        // only at the safepoints the runtime chooses (it alone knows its exact roots), and
        // keeps the heap's limit itself (`Mutator::alloc_slow`), so no allocation counts as a
        // mutator's: MMTk never starts a collection on its own.
        false
    }

    fn mutator(_tls: VMMutatorThread) -> &'static mut Mutator<Keel> {
        collector::stopped_mutator().expect("MMTk asked for the mutator before one was bound")
    }

    fn mutators<'a>() -> Box<dyn Iterator<Item = &'a mut Mutator<Keel>> + 'a> {
        Box::new(collector::stopped_mutator().into_iter())
    }

    fn number_of_mutators() -> usize {
        collector::mutator_count()
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
        unreachable!("ObjectModel::copy: {NON_MOVING}")
    }

    fn copy_to(_from: ObjectReference, _to: ObjectReference, _region: Address) -> Address {
        unreachable!("ObjectModel::copy_to: {NON_MOVING}")
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
        object: ObjectReference,
        slot_visitor: &mut SV,
    ) {
        let start = object.to_raw_address();
        // SAFETY: MMTk scans only live objects the runtime initialized (their class word
        // points at an `ObjectShape`, an array's length is written).
        let shape = unsafe { object::shape_of(start.to_ptr()) };
        match shape.kind {
            ShapeKind::Instance => {
                let skip = match shape.reference_kind {
                    ReferenceKind::None => None,
                    _ => collector::referent_offset(),
                };
                // SAFETY: the offsets belong to the class metadata, which outlives its objects.
                for &offset in unsafe { shape.reference_offsets() } {
                    if Some(offset as usize) == skip {
                        collector::discover(object);
                        continue;
                    }
                    slot_visitor.visit_slot(SimpleSlot::from_address(start + offset as usize));
                }
            }
            ShapeKind::ReferenceArray => {
                // SAFETY: as above; the object is an array.
                let length = unsafe { object::array_length(start.to_ptr(), shape) } as usize;
                let first = start + shape.elements_offset as usize;
                for i in 0..length {
                    slot_visitor
                        .visit_slot(SimpleSlot::from_address(first + i * shape.element_size as usize));
                }
            }
            ShapeKind::PrimitiveArray => {}
        }
    }

    fn notify_initial_thread_scan_complete(_partial_scan: bool, _tls: VMWorkerThread) {}

    fn scan_roots_in_mutator_thread(
        _tls: VMWorkerThread,
        _mutator: &'static mut Mutator<Keel>,
        _factory: impl RootsWorkFactory<SimpleSlot>,
    ) {
        // The mutator's roots (its frames) are part of the set it published when it parked,
        // handed over with the VM's in `scan_vm_specific_roots`.
    }

    fn scan_vm_specific_roots(_tls: VMWorkerThread, mut factory: impl RootsWorkFactory<SimpleSlot>) {
        factory.create_process_pinning_roots_work(collector::roots());
    }

    fn supports_return_barrier() -> bool {
        false
    }

    fn prepare_for_roots_re_scanning() {
        // The published roots stay until the collection ends: a second scan sees the same set.
    }

    fn process_weak_refs(
        worker: &mut GCWorker<Keel>,
        tracer_context: impl ObjectTracerContext<Keel>,
    ) -> bool {
        collector::process_references(worker, tracer_context)
    }
}

impl ReferenceGlue<Keel> for Keel {
    type FinalizableType = ObjectReference;

    fn clear_referent(_new_reference: ObjectReference) {
        unreachable!("ReferenceGlue::clear_referent: {OWN_REFERENCES}")
    }

    fn get_referent(_object: ObjectReference) -> Option<ObjectReference> {
        unreachable!("ReferenceGlue::get_referent: {OWN_REFERENCES}")
    }

    fn set_referent(_reff: ObjectReference, _referent: ObjectReference) {
        unreachable!("ReferenceGlue::set_referent: {OWN_REFERENCES}")
    }

    fn enqueue_references(_references: &[ObjectReference], _tls: VMWorkerThread) {
        unreachable!("ReferenceGlue::enqueue_references: {OWN_REFERENCES}")
    }
}
