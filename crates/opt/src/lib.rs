//! Target-independent passes over KIR (design decision 11): they take a
//! valid function and leave a valid function that does the same.
//!
//! - [`propagate_copies`]: copy propagation and removal of dead copies and
//!   constants, the cleanup that a stack-to-register translation needs
//!   (most of its `move`s only shuttle values through stack slots).
//! - [`hoist_loop_constants`]: constants that loops load, loaded once at
//!   the function's entry into registers of their own.
//! - [`liveness`]: which registers each instruction's successors read.
//!
//! [`optimize`] runs them all.
#![forbid(unsafe_code)]

pub mod constants;
pub mod copies;
pub mod liveness;

pub use constants::hoist_loop_constants;
pub use copies::propagate_copies;

/// Every pass, in order, on one function.
pub fn optimize(function: &mut keel_kir::Function) {
    hoist_loop_constants(function);
    propagate_copies(function);
}
