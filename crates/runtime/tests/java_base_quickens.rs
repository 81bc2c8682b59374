//! Real input: every method of java.base, as its image holds it, quickens
//! for the interpreter once validated (no method is past the quickened
//! form's limits), and quickened code keeps one op per instruction.

mod common;

use keel_runtime::vm::interp::quick::quicken;

#[test]
fn every_method_of_java_base_quickens() {
    let mapped = common::java_base();
    let image = mapped.image();
    let mut methods = 0;
    for number in 0..image.class_count() {
        let view = image.class(number).unwrap();
        let class = view.decode().unwrap();
        for method in &class.methods {
            let Some(function) = &method.body else { continue };
            keel_kir::validate_function(function, &class.imports).unwrap();
            let code = quicken(function)
                .unwrap_or_else(|e| panic!("{}.{}{}: {e}", class.name, method.name, method.descriptor));
            assert_eq!(code.len(), function.code.len());
            methods += 1;
        }
    }
    assert!(methods > 50_000, "only {methods} methods with code");
    println!("{methods} methods quickened");
}
