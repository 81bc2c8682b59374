//! `keel cache warm|list|clear` end to end, through the real binary, each
//! test in its own fresh KEEL_CACHE_DIR.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("keel-cli-cache-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn keel_command(cache: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_keel"));
    command.args(args).env("KEEL_CACHE_DIR", cache);
    command
}

fn keel(cache: &Path, args: &[&str]) -> Output {
    keel_command(cache, args).output().expect("run keel")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The entry files (not meta, not temporary) in `dir`.
fn entry_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

#[test]
fn warm_translates_once_then_list_and_clear() {
    let cache = scratch_dir("warm");
    let started = Instant::now();
    let first = keel(&cache, &["cache", "warm"]);
    let first_time = started.elapsed();
    assert!(first.status.success(), "{}", text(&first.stderr));
    let stderr = text(&first.stderr);
    assert!(stderr.contains("translating java.base (first run)"), "{stderr}");
    assert!(stderr.contains("0 failed"), "{stderr}");

    let started = Instant::now();
    let second = keel(&cache, &["cache", "warm"]);
    let second_time = started.elapsed();
    assert!(second.status.success(), "{}", text(&second.stderr));
    assert!(!text(&second.stderr).contains("translating"), "{}", text(&second.stderr));
    eprintln!("keel cache warm: first {first_time:.2?}, second {second_time:.2?}");

    let list = keel(&cache, &["cache", "list"]);
    assert!(list.status.success(), "{}", text(&list.stderr));
    let stdout = text(&list.stdout);
    assert!(stdout.contains(&cache.display().to_string()), "{stdout}");
    assert!(stdout.contains("java.base") && stdout.contains("image"), "{stdout}");
    assert!(stdout.contains("1 entries"), "{stdout}");
    assert!(!stdout.contains("damaged"), "{stdout}");

    let clear = keel(&cache, &["cache", "clear"]);
    assert!(clear.status.success(), "{}", text(&clear.stderr));
    assert!(text(&clear.stderr).contains("removed 1 entries"), "{}", text(&clear.stderr));
    assert!(entry_files(&cache).is_empty());
    assert!(text(&keel(&cache, &["cache", "list"]).stdout).contains("0 entries"));
    let _ = std::fs::remove_dir_all(&cache);
}

#[test]
fn two_processes_warming_at_once_both_succeed() {
    let cache = scratch_dir("race");
    let children: Vec<_> = (0..2)
        .map(|_| {
            keel_command(&cache, &["cache", "warm"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn keel")
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", text(&output.stderr));
    }
    // One entry (data + meta), no temporary file left, and it is valid.
    let files = entry_files(&cache);
    assert_eq!(files.len(), 2, "{files:?}");
    let image = files.iter().find(|f| f.extension().is_some_and(|e| e == "kbf")).expect("a .kbf entry");
    let bytes = std::fs::read(image).unwrap();
    let image = keel_kbf::Image::open_verified(&bytes).unwrap();
    assert_eq!(image.module_name().unwrap(), Some("java.base"));
    let list = text(&keel(&cache, &["cache", "list"]).stdout);
    assert!(list.contains("1 entries") && !list.contains("damaged"), "{list}");
    let _ = std::fs::remove_dir_all(&cache);
}

#[test]
fn a_truncated_entry_is_listed_as_damaged_and_rebuilt_by_warm() {
    let cache = scratch_dir("truncated");
    assert!(keel(&cache, &["cache", "warm"]).status.success());
    let image = entry_files(&cache).into_iter().find(|f| f.extension().is_some_and(|e| e == "kbf")).unwrap();
    let bytes = std::fs::read(&image).unwrap();
    std::fs::write(&image, &bytes[..bytes.len() - 4096]).unwrap();
    assert!(text(&keel(&cache, &["cache", "list"]).stdout).contains("damaged"));
    let warm = keel(&cache, &["cache", "warm"]);
    assert!(warm.status.success(), "{}", text(&warm.stderr));
    assert!(text(&warm.stderr).contains("translating java.base"), "{}", text(&warm.stderr));
    assert!(std::fs::read(&image).unwrap() == bytes);
    let _ = std::fs::remove_dir_all(&cache);
}

#[test]
fn warm_with_a_bad_jdk_gives_one_clear_error() {
    let cache = scratch_dir("bad-jdk");
    let output = keel(&cache, &["cache", "warm", "--jdk", "/nonexistent/jdk"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("/nonexistent/jdk"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let _ = std::fs::remove_dir_all(&cache);
}
