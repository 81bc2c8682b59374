//! `keel run` as a user of `java` meets it: the command line, the launcher's
//! own messages and exit codes, each compared with what `java` itself does
//! on the same program.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use keel_classfile::container::find_jdk;

mod common;

const PROGRAMS: &[(&str, &str)] = &[
    (
        "Hello",
        r#"public class Hello { public static void main(String[] a) { System.out.println("Hello, world"); } }"#,
    ),
    (
        "Props",
        r#"public class Props { public static void main(String[] a) {
            System.out.println(System.getProperty("greeting") + " " + System.getProperty("empty").isEmpty()
                + " " + a.length + " " + String.join(",", a));
            boolean on = false; assert on = true; System.out.println("assertions " + on);
            System.exit(a.length + 40);
        } }"#,
    ),
    ("NoMain", "public class NoMain { static void main() {} }"),
    (
        "Hooks",
        r#"public class Hooks { public static void main(String[] a) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran")));
            System.out.println("main done");
        } }"#,
    ),
];

/// The programs, compiled once into one directory.
fn classes() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let jdk = find_jdk(None).expect("a JDK 17 is needed for this test (CI installs one)");
        let dir = std::env::temp_dir().join(format!("keel-launcher-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut sources = Vec::new();
        for (name, text) in PROGRAMS {
            let path = dir.join(format!("{name}.java"));
            std::fs::write(&path, text).unwrap();
            sources.push(path);
        }
        let status =
            Command::new(jdk.root().join("bin/javac")).arg("-d").arg(&dir).args(&sources).status().unwrap();
        assert!(status.success(), "javac failed");
        dir
    })
}

fn keel(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_keel"))
        .arg("run")
        .args(args)
        .env("KEEL_CACHE_DIR", common::cache_dir())
        .env("LC_ALL", "C.UTF-8")
        .current_dir(classes())
        .output()
        .unwrap()
}

fn java(args: &[&str]) -> Output {
    let jdk = find_jdk(None).expect("a JDK 17");
    Command::new(jdk.root().join("bin/java"))
        .args(args)
        .env("LC_ALL", "C.UTF-8")
        .current_dir(classes())
        .output()
        .unwrap()
}

/// Runs the same command line under `keel run` and `java`; they must agree
/// on stdout, stderr (java.base's first-run note aside) and exit status.
fn same_as_java(args: &[&str]) -> Output {
    let ours = keel(args);
    let theirs = java(args);
    let stderr = String::from_utf8_lossy(&ours.stderr);
    let stderr: String =
        stderr.lines().filter(|l| !l.starts_with("keel: translat")).map(|l| format!("{l}\n")).collect();
    assert_eq!(
        String::from_utf8_lossy(&ours.stdout),
        String::from_utf8_lossy(&theirs.stdout),
        "stdout of {args:?}"
    );
    assert_eq!(stderr, String::from_utf8_lossy(&theirs.stderr), "stderr of {args:?}");
    assert_eq!(ours.status.code(), theirs.status.code(), "exit status of {args:?}");
    ours
}

#[test]
fn hello_world_prints_and_exits_zero() {
    let out = same_as_java(&["-cp", ".", "Hello"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Hello, world\n");
}

#[test]
fn properties_arguments_assertions_and_exit_status() {
    same_as_java(&["-cp", ".", "-Dgreeting=hi", "-Dempty", "Props", "x", "-y"]);
    let out = same_as_java(&["-ea", "-classpath", ".", "-Dgreeting=hi", "-Dempty=", "Props"]);
    assert_eq!(out.status.code(), Some(40));
}

#[test]
fn assertions_by_class_and_package() {
    for options in [
        &["-ea:Props"][..],
        &["-ea:..."],
        &["-ea", "-da:Props"],
        &["-ea:...", "-da:..."],
        &["-da:...", "-enableassertions:Props"],
        &["-esa"],
    ] {
        let mut args = options.to_vec();
        args.extend(["-cp", ".", "-Dgreeting=hi", "-Dempty", "Props"]);
        same_as_java(&args);
    }
}

#[test]
fn a_missing_class_or_main_method_gives_the_launchers_message() {
    same_as_java(&["-cp", ".", "NoSuchClass"]);
    same_as_java(&["-cp", ".", "NoMain"]);
}

#[test]
fn shutdown_hooks_run_at_exit() {
    let out = same_as_java(&["-cp", ".", "Hooks"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "main done\nhook ran\n");
}

#[test]
fn bad_command_lines_are_one_clear_error() {
    for args in [&["-Xmxlots", "Hello"][..], &["-bogus", "Hello"], &["-cp"], &[]] {
        let out = keel(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with("keel: ") && stderr.lines().count() == 1, "{args:?}: {stderr}");
    }
}
