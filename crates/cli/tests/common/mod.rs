//! Shared by the corpus and launcher tests (`corpus_runs`, `launcher`): the
//! programs of the differential corpus (`tests/java/`), compiling one with
//! javac as `tests/java/record.sh` does, and a small pool of worker threads.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use keel_classfile::container::find_jdk;

/// `tests/java/`, the corpus.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/java")
}

/// Every program folder of the corpus (one holding a `Main.java`), sorted.
pub fn programs() -> Vec<PathBuf> {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/java exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("Main.java").is_file())
        .collect();
    programs.sort();
    programs
}

/// A program's name: its folder's name.
pub fn program_name(program: &Path) -> String {
    program.file_name().unwrap().to_string_lossy().into_owned()
}

/// The JDK 17's `javac`. No JDK is a failure, not a skip: CI installs one.
pub fn javac() -> PathBuf {
    let jdk = find_jdk(None).expect("a JDK 17 is needed for this test (CI installs one)");
    jdk.root().join("bin/javac")
}

/// Compiles every `*.java` of `program` into `classes` (created if needed),
/// exactly as `tests/java/record.sh` does:
/// `javac --release 17 -encoding UTF-8 -nowarn -d CLASSES *.java`.
/// An error names the program and holds javac's output.
pub fn compile_program(javac: &Path, program: &Path, classes: &Path) -> Result<(), String> {
    let name = program_name(program);
    std::fs::create_dir_all(classes).unwrap();
    let mut sources: Vec<PathBuf> = std::fs::read_dir(program)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "java"))
        .collect();
    sources.sort();
    let output = Command::new(javac)
        .args(["--release", "17", "-encoding", "UTF-8", "-nowarn", "-d"])
        .arg(classes)
        .args(&sources)
        .env_remove("JAVA_TOOL_OPTIONS")
        .env_remove("JDK_JAVA_OPTIONS")
        .env_remove("_JAVA_OPTIONS")
        .env_remove("CLASSPATH")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", javac.display()));
    if !output.status.success() {
        return Err(format!(
            "{name}: javac failed:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}

/// Runs `check` on every item on `workers` threads; returns the errors, in
/// the items' order.
pub fn check_all<T: Sync>(
    items: &[T],
    workers: usize,
    check: impl Fn(&T) -> Result<(), String> + Sync,
) -> Vec<String> {
    let queue = Mutex::new(items.iter().enumerate());
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let Some((index, item)) = queue.lock().unwrap().next() else { break };
                if let Err(message) = check(item) {
                    failures.lock().unwrap().push((index, message));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort_by_key(|(index, _)| *index);
    failures.into_iter().map(|(_, message)| message).collect()
}

/// The cache directory the tests share (`$KEEL_CACHE_DIR`, else the
/// `keel-runtime-test-cache` the runtime's tests use), so java.base is
/// translated once for all of them.
pub fn cache_dir() -> PathBuf {
    std::env::var_os("KEEL_CACHE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("keel-runtime-test-cache"))
}
