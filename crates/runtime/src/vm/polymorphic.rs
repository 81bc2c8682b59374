//! Signature-polymorphic calls (JVMS 2.9.3): `MethodHandle.invoke`,
//! `invokeExact`, and `VarHandle`'s access modes (`get`, `set`,
//! `compareAndSet`, …), whose call sites carry their own descriptors.
//!
//! Not supported yet: such a call raises `UnsupportedOperationException`
//! naming it.

use keel_kir::{Import, ImportIndex};

use super::link::MethodLink;
use super::{JResult, Throw, Vm};
use crate::layout::{ClassId, MethodRef};

impl Vm {
    /// The method a signature-polymorphic call (import `method` of `class`,
    /// resolved to `link`) runs, with `args` (the handle first) rewritten for
    /// it.
    pub(crate) fn polymorphic_target(
        &mut self,
        class: ClassId,
        method: ImportIndex,
        link: MethodLink,
        _args: &mut Vec<u64>,
    ) -> JResult<MethodRef> {
        let Some(Import::Method { name, descriptor, .. }) =
            self.class(class).imports().get(method as usize).cloned()
        else {
            return Err(Throw::Fatal("a polymorphic call without a method import".into()));
        };
        let owner = self.class(link.class).name.replace('/', ".");
        let message =
            format!("keel: signature-polymorphic call {owner}.{name}{descriptor} is not supported yet");
        Err(self.error("java/lang/UnsupportedOperationException", &message))
    }
}
