//! Every program of the differential corpus (`tests/java/`) compiles with
//! javac and translates with `keel compile` into KIR that validates.
//! (`corpus_runs` runs them and compares with `java`'s recorded output.)

mod common;

use std::path::Path;
use std::process::Command;

use common::{check_all, compile_program, javac, program_name, programs};

/// Compiles, translates and validates one program; an error names what failed.
fn check_program(javac: &Path, program: &Path, scratch: &Path) -> Result<(), String> {
    let name = program_name(program);
    let classes = scratch.join(&name);
    compile_program(javac, program, &classes)?;
    let image = scratch.join(format!("{name}.kbf"));
    let output = Command::new(env!("CARGO_BIN_EXE_keel"))
        .args(["compile", classes.to_str().unwrap(), "-o", image.to_str().unwrap()])
        .output()
        .unwrap();
    if !output.status.success() {
        return Err(format!("{name}: keel compile failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    let bytes = std::fs::read(&image).unwrap();
    let image = keel_kbf::Image::open_verified(&bytes).map_err(|e| format!("{name}: {e}"))?;
    for number in 0..image.class_count() {
        let class = image.class(number).and_then(|view| view.decode()).map_err(|e| format!("{name}: {e}"))?;
        keel_kir::validate_class(&class).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}

#[test]
fn every_corpus_program_translates_to_valid_kir() {
    let javac = javac();
    let programs = programs();
    assert!(programs.len() >= 60, "only {} corpus programs", programs.len());
    let scratch = std::env::temp_dir().join(format!("keel-corpus-{}", std::process::id()));
    // javac's start-up dominates: two workers keep both cores busy.
    let failures = check_all(&programs, 2, |program| check_program(&javac, program, &scratch));
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}
