//! Every native Keel registers names a native method that java.base really
//! declares, with that exact descriptor: a typo in a registration would
//! otherwise only show as an `UnsatisfiedLinkError` when the method is first
//! called.

mod common;

use keel_runtime::vm::natives::Natives;
use keel_runtime::vm::ACC_NATIVE;

#[test]
fn every_registered_native_is_a_native_method_of_java_base() {
    let base = common::java_base();
    let image = base.image();
    let natives = Natives::standard();
    let mut problems = Vec::new();
    let mut checked = 0;
    for (class, name, descriptor) in natives.keys() {
        checked += 1;
        let Some(view) = image.find_class(class).unwrap() else {
            problems.push(format!("{class}.{name}{descriptor}: no class {class} in java.base"));
            continue;
        };
        let meta = view.metadata().unwrap();
        match meta.class.methods.iter().find(|m| m.name == name && m.descriptor == descriptor) {
            Some(m) if m.access_flags & ACC_NATIVE != 0 => {}
            Some(_) => problems.push(format!("{class}.{name}{descriptor}: not a native method")),
            None => problems.push(format!("{class}.{name}{descriptor}: no such method")),
        }
    }
    eprintln!("{checked} registered natives checked");
    assert!(checked > 250, "only {checked} natives registered");
    assert!(
        problems.is_empty(),
        "{} of {checked} registrations are wrong:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
