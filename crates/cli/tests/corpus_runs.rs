//! The differential corpus (`tests/java/`, see its README): every program is
//! compiled as `tests/java/record.sh` compiles it, must translate with `keel
//! compile` into KIR that validates, and, run with `keel run` as record.sh
//! runs it under `java` (`jvm-options` before `-cp`, `args` after `Main`),
//! must reproduce the recorded stdout, stderr and exit code byte for byte.
//! (One javac run per program serves both checks.)
//!
//! A second test runs every program again in the collector's stress mode
//! (`KEEL_GC_STRESS`: a collection at the first safepoint after every
//! [`STRESS_INTERVAL`]-th allocation), where a root the collector misses
//! shows up as a freed object in use: the output must still be HotSpot's.
//! Programs with a `no-gc-stress` file (saying why) are left out of it: the
//! ones that collect thousands of times under a small heap by themselves.
//!
//! The programs share one cache directory (`$KEEL_CACHE_DIR`, else the
//! `keel-runtime-test-cache` the runtime's tests use), warmed before the first
//! program runs, so java.base is translated once. A program that runs longer
//! than [`TIMEOUT`] is killed and fails.

mod common;

use std::ffi::OsString;
use std::fs::File;
use std::io::Read;
use std::os::unix::ffi::OsStringExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use common::{check_all, compile_program, javac, program_name, programs};

/// How long one program may run before it is killed.
const TIMEOUT: Duration = Duration::from_secs(60);
/// Allocations between collections in the stress run.
const STRESS_INTERVAL: u32 = 1000;
/// How long `keel cache warm` (translating java.base) may take.
const WARM_TIMEOUT: Duration = Duration::from_secs(600);
/// Bytes kept of each output stream (the rest is read and dropped).
const OUTPUT_LIMIT: u64 = 16 << 20;
/// Lines of each side of a diff shown, and characters of each line.
const DIFF_LINES: usize = 8;
const LINE_CHARS: usize = 160;

/// `keel ARGS...` in record.sh's environment, with the shared cache.
fn keel(cache: &Path, args: &[OsString]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_keel"));
    command
        .args(args)
        .env_remove("JAVA_TOOL_OPTIONS")
        .env_remove("JDK_JAVA_OPTIONS")
        .env_remove("_JAVA_OPTIONS")
        .env_remove("CLASSPATH")
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .env("TZ", "UTC")
        .env("KEEL_CACHE_DIR", cache);
    command
}

/// What a process did: its output and how it ended (`None`: killed after the timeout).
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<ExitStatus>,
    elapsed: Duration,
}

impl Outcome {
    /// The exit code as record.sh writes it, or how the process died.
    fn exit(&self) -> String {
        use std::os::unix::process::ExitStatusExt;
        match self.status {
            None => format!("killed after the {TIMEOUT:?} timeout"),
            Some(status) => match (status.code(), status.signal()) {
                (Some(code), _) => code.to_string(),
                (None, Some(signal)) => format!("killed by signal {signal}"),
                (None, None) => format!("{status}"),
            },
        }
    }
}

/// Reads a pipe to its end on a thread, keeping the first [`OUTPUT_LIMIT`] bytes.
fn drain(pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut pipe = pipe;
        let mut kept = Vec::new();
        let _ = pipe.by_ref().take(OUTPUT_LIMIT).read_to_end(&mut kept);
        let _ = std::io::copy(&mut pipe, &mut std::io::sink());
        kept
    })
}

/// Runs `command` with `stdin`, killing it after `timeout`.
fn run(mut command: Command, stdin: Stdio, timeout: Duration) -> Outcome {
    let started = Instant::now();
    let mut child: Child =
        command.stdin(stdin).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn keel");
    let stdout = drain(child.stdout.take().unwrap());
    let stderr = drain(child.stderr.take().unwrap());
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for keel") {
            break Some(status);
        }
        if started.elapsed() >= timeout {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let elapsed = started.elapsed();
    Outcome { stdout: stdout.join().unwrap(), stderr: stderr.join().unwrap(), status, elapsed }
}

/// The program's arguments (`file` = `args`) or JVM options (`jvm-options`):
/// one per line of the file, as bash's `mapfile -t` reads them (a final
/// newline does not add one); none without the file.
fn program_lines(program: &Path, file: &str) -> Vec<OsString> {
    let Ok(mut bytes) = std::fs::read(program.join(file)) else { return Vec::new() };
    if bytes.is_empty() {
        return Vec::new();
    }
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
    }
    bytes.split(|&b| b == b'\n').map(|line| OsString::from_vec(line.to_vec())).collect()
}

/// One line of a diff, printable: lossy UTF-8, control characters escaped, shortened.
fn show_line(line: &[u8]) -> String {
    let text = String::from_utf8_lossy(line.strip_suffix(b"\n").unwrap_or(line));
    let mut shown = String::new();
    for c in text.chars().take(LINE_CHARS) {
        if c.is_control() {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    if text.chars().count() > LINE_CHARS {
        shown.push_str(" [...]");
    }
    shown
}

/// A short unified-style diff of the first differing lines of `expected` and
/// `actual` (both non-equal).
fn diff(what: &str, expected: &[u8], actual: &[u8]) -> String {
    let old: Vec<&[u8]> = expected.split_inclusive(|&b| b == b'\n').collect();
    let new: Vec<&[u8]> = actual.split_inclusive(|&b| b == b'\n').collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix =
        old[prefix..].iter().rev().zip(new[prefix..].iter().rev()).take_while(|(a, b)| a == b).count();
    let context = prefix.saturating_sub(2);
    let (old_end, new_end) = (old.len() - suffix, new.len() - suffix);
    let mut out = format!(
        "--- expected.{what} ({} lines)\n+++ keel {what} ({} lines)\n@@ -{},{} +{},{} @@\n",
        old.len(),
        new.len(),
        context + 1,
        old_end - context,
        context + 1,
        new_end - context
    );
    for line in &old[context..prefix] {
        out += &format!(" {}\n", show_line(line));
    }
    for (sign, lines) in [('-', &old[prefix..old_end]), ('+', &new[prefix..new_end])] {
        for line in lines.iter().take(DIFF_LINES) {
            out += &format!("{sign}{}\n", show_line(line));
            if !line.ends_with(b"\n") {
                out += "\\ No newline at end of file\n";
            }
        }
        if lines.len() > DIFF_LINES {
            out += &format!("{sign}[... {} more lines]\n", lines.len() - DIFF_LINES);
        }
    }
    out
}

/// Compiles and runs one program; an error names it and shows every difference.
/// `keel compile` translates the program's classes into KIR that validates
/// (the same program's classes as `keel run` then translates one by one).
fn translates_to_valid_kir(name: &str, classes: &Path, scratch: &Path) -> Result<(), String> {
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

/// How a program is checked.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// Its image validates, and it runs as on HotSpot.
    Plain,
    /// It runs as on HotSpot with a collection every [`STRESS_INTERVAL`] allocations.
    GcStress,
}

fn check_program(
    javac: &Path,
    program: &Path,
    scratch: &Path,
    cache: &Path,
    mode: Mode,
) -> Result<(), String> {
    let name = program_name(program);
    if mode == Mode::GcStress && program.join("no-gc-stress").exists() {
        return Ok(());
    }
    let classes = scratch.join(&name);
    compile_program(javac, program, &classes).map_err(|e| format!("=== {e}"))?;
    if mode == Mode::Plain {
        translates_to_valid_kir(&name, &classes, scratch).map_err(|e| format!("=== {e}"))?;
    }
    let read =
        |file: &str| std::fs::read(program.join(file)).unwrap_or_else(|e| panic!("{name}/{file}: {e}"));
    let (expected_stdout, expected_stderr) = (read("expected.stdout"), read("expected.stderr"));
    let expected_exit = String::from_utf8_lossy(&read("expected.exit")).trim().to_string();

    let mut args: Vec<OsString> = vec!["run".into()];
    args.extend(program_lines(program, "jvm-options"));
    args.extend(["-cp".into(), classes.clone().into(), "Main".into()]);
    args.extend(program_lines(program, "args"));
    let stdin = match File::open(program.join("stdin")) {
        Ok(file) => Stdio::from(file),
        Err(_) => Stdio::null(),
    };
    let mut command = keel(cache, &args);
    command.current_dir(&classes);
    if mode == Mode::GcStress {
        command.env("KEEL_GC_STRESS", STRESS_INTERVAL.to_string());
    }
    let outcome = run(command, stdin, TIMEOUT);

    let exit = outcome.exit();
    let mut problems = Vec::new();
    let mut details = String::new();
    if outcome.stdout != expected_stdout {
        problems.push("stdout".to_string());
        details += &diff("stdout", &expected_stdout, &outcome.stdout);
    }
    if outcome.stderr != expected_stderr {
        problems.push("stderr".to_string());
        details += &diff("stderr", &expected_stderr, &outcome.stderr);
    }
    if exit != expected_exit {
        problems.push(format!("exit code (expected {expected_exit}, keel {exit})"));
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(format!("=== {name}: wrong {} (ran {:.1?})\n{details}", problems.join(", "), outcome.elapsed))
}

#[test]
fn every_corpus_program_prints_what_hotspot_printed() {
    check_corpus(Mode::Plain);
}

#[test]
fn every_corpus_program_survives_collections_at_every_turn() {
    check_corpus(Mode::GcStress);
}

fn check_corpus(mode: Mode) {
    let javac = javac();
    let programs = programs();
    assert!(programs.len() >= 60, "only {} corpus programs", programs.len());
    let cache = common::cache_dir();
    std::fs::create_dir_all(&cache).unwrap();

    // Translate java.base once, before the programs race to do it.
    let warm = run(keel(&cache, &["cache".into(), "warm".into()]), Stdio::null(), WARM_TIMEOUT);
    assert!(
        warm.status.is_some_and(|s| s.success()),
        "keel cache warm failed ({}):\n{}",
        warm.exit(),
        String::from_utf8_lossy(&warm.stderr)
    );

    let kind = if mode == Mode::Plain { "runs" } else { "stress" };
    let scratch = std::env::temp_dir().join(format!("keel-corpus-{kind}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    let failures = check_all(&programs, 2, |program| check_program(&javac, program, &scratch, &cache, mode));
    let _ = std::fs::remove_dir_all(&scratch);
    if failures.is_empty() {
        return;
    }
    let names: Vec<&str> =
        failures.iter().map(|f| f.trim_start_matches("=== ").split(':').next().unwrap_or(f)).collect();
    panic!(
        "{} of {} programs differ from HotSpot{}:\n\n{}\n{} of {} programs failed: {}",
        failures.len(),
        programs.len(),
        if mode == Mode::GcStress { " under GC stress" } else { "" },
        failures.join("\n"),
        failures.len(),
        programs.len(),
        names.join(" ")
    );
}
