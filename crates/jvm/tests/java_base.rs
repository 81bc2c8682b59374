//! The JDK is the corpus: every method of every class of java.base must
//! translate, and every translated class must pass the KIR validator.

use std::time::Instant;

use keel_classfile::container::{jdk::find_jdk, Container};
use keel_classfile::ClassFile;
use keel_kir::validate::validate_class;

#[test]
fn every_java_base_method_translates_and_validates() {
    // CI installs a JDK 17: without one this test must fail, not pass quietly.
    let jdk = find_jdk(None).expect("a JDK 17 is needed for this test");
    let container = Container::open(jdk.modules_image()).expect("open lib/modules");
    let started = Instant::now();
    let (mut classes, mut methods, mut generated) = (0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    let entries = container.list_classes().expect("list classes");
    for entry in entries.iter().filter(|e| e.module.as_deref() == Some("java.base") && !e.is_module_info()) {
        let bytes = container.read_class(&entry.name).expect("read").expect("listed class exists");
        let cf = ClassFile::parse(&bytes).expect("java.base classes parse");
        classes += 1;
        match keel_jvm::translate_class(&cf) {
            Err(e) => failures.push(e.to_string()),
            Ok(mut translation) => {
                methods += translation.class.methods.iter().filter(|m| m.body.is_some()).count();
                generated += translation.generated.len();
                for class in std::iter::once(&translation.class).chain(&translation.generated) {
                    if let Err(e) = validate_class(class) {
                        failures.push(format!("validation: {e}"));
                    }
                }
                // What goes into images: the optimized form must be valid too.
                translation.optimize();
                for class in std::iter::once(&translation.class).chain(&translation.generated) {
                    if let Err(e) = validate_class(class) {
                        failures.push(format!("validation after optimization: {e}"));
                    }
                }
            }
        }
    }
    let elapsed = started.elapsed();
    eprintln!(
        "java.base: {classes} classes, {methods} method bodies, {generated} generated classes, \
         {} failures, {:.2?}",
        failures.len(),
        elapsed
    );
    for failure in failures.iter().take(30) {
        eprintln!("  {failure}");
    }
    assert!(failures.is_empty(), "{} classes failed", failures.len());
}
