//! Every program of the differential corpus (`tests/java/`) compiles with
//! javac and translates with `keel compile` into KIR that validates. (Running
//! them and comparing with `java`'s recorded output comes with `keel run`.)

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use keel_classfile::container::find_jdk;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/java")
}

fn programs() -> Vec<PathBuf> {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/java exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("Main.java").is_file())
        .collect();
    programs.sort();
    programs
}

/// Compiles, translates and validates one program; an error names what failed.
fn check_program(javac: &Path, program: &Path, scratch: &Path) -> Result<(), String> {
    let name = program.file_name().unwrap().to_string_lossy().into_owned();
    let classes = scratch.join(&name);
    std::fs::create_dir_all(&classes).unwrap();
    let sources: Vec<PathBuf> = std::fs::read_dir(program)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "java"))
        .collect();
    let javac_output = Command::new(javac).arg("-d").arg(&classes).args(&sources).output().unwrap();
    if !javac_output.status.success() {
        return Err(format!("{name}: javac failed: {}", String::from_utf8_lossy(&javac_output.stderr)));
    }
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
    let jdk = find_jdk(None).expect("a JDK 17 is needed for this test (CI installs one)");
    let javac = jdk.root().join("bin/javac");
    let programs = programs();
    assert!(programs.len() >= 60, "only {} corpus programs", programs.len());
    let scratch = std::env::temp_dir().join(format!("keel-corpus-{}", std::process::id()));
    let queue = Mutex::new(programs.iter());
    let failures = Mutex::new(Vec::new());
    // javac's start-up dominates: two workers keep both cores busy.
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let Some(program) = queue.lock().unwrap().next() else { break };
                if let Err(message) = check_program(&javac, program, &scratch) {
                    failures.lock().unwrap().push(message);
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&scratch);
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}
