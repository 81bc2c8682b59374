//! Garbage collection from the VM's side: safepoints, the exact root set,
//! local handles, and handing cleared references to Java.
//!
//! A collection happens only at a safepoint of the interpreter: before a
//! `new` or `newarray` (when the heap is full, or when a collection is due),
//! before a call to a native method, before a rare instruction (string
//! concatenation among them), when a handler catches an exception, and in
//! `System.gc()`. Allocation by Rust code never collects (it takes memory
//! past the limit if it must, and the collection happens at the next
//! safepoint), so Rust code may hold an `ObjRef` in a local across its own
//! allocations.
//!
//! What Rust code holds across a call into Java (which reaches safepoints)
//! is kept alive by local handles, as JNI keeps a native's local
//! references: every object Rust code allocates, and every reference a Java
//! call returns or throws to Rust code, is recorded in `Vm::handles`. Each
//! entry into the interpreter from Rust (`Vm::invoke`) marks where the
//! handles of its callee level begin; when that level reaches a safepoint,
//! the Rust code it called has returned, so its handles are dropped; on
//! return to Rust, they are dropped too.
//!
//! The roots ([`Vm::roots`]): every frame's reference registers that are
//! live where it is paused (liveness over its KIR, computed when a
//! collection first finds the method on the stack) and the monitor it
//! holds (a call's arguments are live in its caller's registers), statics,
//! each class's mirror, loader and string links, the VM's own references
//! (interned strings, the thread, `java.base`'s module, loaders of classes
//! awaiting definition, objects natives keep), the monitors held, and the
//! handles.
//!
//! Cleared references go on the pending list (`keel-runtime-heap`); with no
//! reference-handler thread, the VM runs `Reference.processPendingReferences`
//! itself after a collection, when the thread holds no monitor (so that the
//! queue locks it takes are free, as they would be for the handler thread).

use keel_runtime_heap::collector;

use super::{InitState, JResult, ObjRef, Throw, Vm};
use crate::heap::ObjectReference;

/// Why a collection runs, as `-Xlog:gc` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GcCause {
    /// The heap was full (or the collector asked for a collection).
    AllocationFailure,
    /// `System.gc()`.
    SystemGc,
    /// The last try before `OutOfMemoryError`: soft references are cleared.
    LastDitch,
}

impl GcCause {
    fn describe(self) -> &'static str {
        match self {
            GcCause::AllocationFailure => "Allocation Failure",
            GcCause::SystemGc => "System.gc()",
            GcCause::LastDitch => "Last ditch collection",
        }
    }
}

impl Vm {
    /// Records `object`, just made or handed to Rust code by Java, as a
    /// local handle of the current interpreter level.
    #[inline]
    pub(crate) fn hold(&mut self, object: ObjRef) -> ObjRef {
        if !object.is_null() {
            self.handles.push(object);
        }
        object
    }

    /// Drops the handles of the Rust code the innermost interpreter level
    /// called (it has returned, since that level is at a safepoint).
    #[inline]
    fn drop_level_handles(&mut self) {
        let mark = self.handle_marks.last().copied().unwrap_or(0);
        self.handles.truncate(mark);
    }

    /// A safepoint: drops the handles the Rust code called from this level
    /// held, and collects if a collection is due.
    #[inline]
    pub(crate) fn safepoint(&mut self) -> JResult<()> {
        self.drop_level_handles();
        if self.heap.collection_due() {
            self.collect_garbage(GcCause::AllocationFailure)?;
        }
        Ok(())
    }

    /// Collects garbage now (the caller is at a safepoint), then lets Java
    /// process the references the collection cleared.
    pub(crate) fn collect_garbage(&mut self, cause: GcCause) -> JResult<()> {
        self.drop_level_handles();
        let roots = self.roots()?;
        let Some(stats) = self.heap.collect(roots, cause == GcCause::LastDitch) else { return Ok(()) };
        if self.log_gc {
            use std::io::Write;
            let mib = |bytes: usize| bytes >> 20;
            // Like java's `-Xlog:gc`, on stdout; a closed stdout is not the
            // collector's problem.
            let _ = writeln!(
                std::io::stdout(),
                "[{:.3}s][info][gc] GC({}) Pause Full ({}) {}M->{}M({}M) {:.3}ms",
                self.started.elapsed().as_secs_f64(),
                self.heap.collections() - 1,
                cause.describe(),
                mib(stats.used_before),
                mib(stats.used_after),
                mib(self.heap.limit()),
                stats.pause.as_secs_f64() * 1000.0,
            );
        }
        self.process_pending_references()
    }

    /// Runs `Reference.processPendingReferences` if references wait and
    /// nothing stops it (see the module comment).
    pub(crate) fn process_pending_references(&mut self) -> JResult<()> {
        if !collector::has_pending_references() || !self.monitors.is_empty() || self.processing_references {
            return Ok(());
        }
        let Some(&reference) = self.by_name.get("java/lang/ref/Reference") else { return Ok(()) };
        if self.class(reference).init.get() != InitState::Initialized {
            return Ok(());
        }
        self.processing_references = true;
        let result =
            self.call_static_slots("java/lang/ref/Reference", "processPendingReferences", "()V", &[]);
        self.processing_references = false;
        match result {
            Ok(_) => Ok(()),
            // An exception escaping the handler would kill its thread on
            // HotSpot, not the program's; exits and VM failures go on.
            Err(Throw::Java(_)) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Every reference the VM holds outside the heap (see the module
    /// comment).
    pub(crate) fn roots(&self) -> JResult<Vec<ObjectReference>> {
        let mut roots = Vec::with_capacity(4096);
        let mut add = |o: ObjRef| {
            if let Some(object) = collector::object_at(o.addr()) {
                roots.push(object);
            }
        };
        self.frame_roots(&mut add)?;
        for class in &self.classes {
            add(class.mirror.get());
            add(class.loader);
            for link in class.links.iter() {
                if let Some(super::Link::String(o) | super::Link::Constant(o)) = link.get() {
                    add(o);
                }
            }
            for &offset in &class.layout.static_reference_offsets {
                // SAFETY: the statics block holds a reference at each of
                // its reference offsets (it is `static_size` bytes, zeroed,
                // and only written with references there).
                add(unsafe { *(class.statics.add(offset as usize) as *const ObjRef) });
            }
        }
        self.interned.values().copied().for_each(&mut add);
        add(self.current_thread);
        add(self.java_base_module);
        self.pending_defined.values().for_each(|&(_, loader)| add(loader));
        self.monitors.keys().for_each(|&address| add(ObjRef(address as *mut u8)));
        self.handles.iter().copied().for_each(&mut add);
        self.native_state_roots(&mut add);
        Ok(roots)
    }
}
