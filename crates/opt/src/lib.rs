//! Target-independent passes over KIR (design decision 11): they take a
//! valid function and leave a valid function that does the same.
//!
//! - [`propagate_copies`]: copy propagation and removal of dead copies and
//!   constants, the cleanup that a stack-to-register translation needs
//!   (most of its `move`s only shuttle values through stack slots).
//! - [`liveness`]: which registers each instruction's successors read.
#![forbid(unsafe_code)]

pub mod copies;
pub mod liveness;

pub use copies::propagate_copies;
