//! The Keel runtime: what turns a portable KBF image into a running program
//! on this CPU.
//!
//! [`layout`]: object, array and statics layout, vtables and interface
//! method tables, computed per [`layout::Target`] (design decisions 5, 7 and
//! 8). Nothing of it is baked into images; it is all decided when a class is
//! linked, for the machine that runs it. It is pure computation, with no
//! `unsafe`.
//!
//! [`image`]: KBF images mapped read-only into memory (`MappedImage`), and
//! java.base's image from the cache, translated on first use
//! (`jdk_base_image`). The mapping is an `unsafe` call; why it holds is
//! documented there.
//!
//! [`heap`]: the allocator API: MMTk's mutator (what `keel run` uses) or
//! bump allocation in chunks (tests), behind one trait.
//!
//! [`vm`]: the class registry, lazy linkage, class initialization, Java
//! exceptions and the tier-0 interpreter.
//!
//! Every `unsafe` block in this crate carries a `// SAFETY:` comment.

pub mod heap;
pub mod image;
pub mod layout;
pub mod vm;
