//! `keel compile` and `keel inspect` end to end, through the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use keel_classfile::container::find_jdk;

fn keel(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_keel")).args(args).output().expect("run keel")
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("keel-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Compiles `source` (a Java compilation unit named `class`) with the JDK's javac.
fn javac(dir: &Path, class: &str, source: &str) {
    let jdk = find_jdk(None).expect("a JDK 17 is needed for these tests (CI installs one)");
    let file = dir.join(format!("{class}.java"));
    std::fs::write(&file, source).unwrap();
    let status =
        Command::new(jdk.root().join("bin/javac")).arg("-d").arg(dir).arg(&file).status().expect("run javac");
    assert!(status.success(), "javac failed on {class}");
}

const HELLO: &str = r#"
public class Hello {
    record Point(int x, int y) {}
    public static void main(String[] args) {
        Runnable r = () -> System.out.println("Hello, " + args.length + " " + new Point(1, 2));
        r.run();
    }
}
"#;

#[test]
fn java_base_compiles_completely_and_deterministically() {
    let dir = scratch_dir("java-base");
    let first = dir.join("first.kbf");
    let second = dir.join("second.kbf");
    for out in [&first, &second] {
        let output = keel(&["compile", "--jdk-module", "java.base", "-o", out.to_str().unwrap()]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stderr(&output).contains(" 0 failed"), "{}", stderr(&output));
    }
    let bytes = std::fs::read(&first).unwrap();
    assert!(bytes == std::fs::read(&second).unwrap(), "two compilations of java.base differ");
    let image = keel_kbf::Image::open_verified(&bytes).unwrap();
    assert!(image.class_count() > 6000, "{} classes", image.class_count());
    let object = image.find_class("java/lang/Object").unwrap().expect("java/lang/Object in the image");
    keel_kir::validate_class(&object.decode().unwrap()).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_program_compiles_and_its_kir_can_be_inspected() {
    let dir = scratch_dir("hello");
    javac(&dir, "Hello", HELLO);
    let image = dir.join("hello.kbf");
    let output = keel(&["compile", dir.to_str().unwrap(), "-o", image.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));

    let listing = keel(&["inspect", image.to_str().unwrap()]);
    let listing = String::from_utf8_lossy(&listing.stdout);
    assert!(listing.contains("\nHello\n"), "{listing}");
    assert!(listing.contains("Hello$Point"), "{listing}");
    assert!(listing.contains("$$Lambda$"), "lambda class is generated: {listing}");

    let main = keel(&["inspect", image.to_str().unwrap(), "Hello", "main"]);
    assert!(main.status.success(), "{}", stderr(&main));
    let text = String::from_utf8_lossy(&main.stdout);
    assert!(text.contains("main([Ljava/lang/String;)V"), "{text}");
    assert!(text.contains("invokeinterface"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn damaged_images_give_a_clear_error_not_a_crash() {
    let dir = scratch_dir("damaged");
    javac(&dir, "Hello", HELLO);
    let image = dir.join("hello.kbf");
    assert!(keel(&["compile", dir.to_str().unwrap(), "-o", image.to_str().unwrap()]).status.success());
    let bytes = std::fs::read(&image).unwrap();
    let damaged = dir.join("damaged.kbf");
    let step = (bytes.len() / 40).max(1);
    for cut in (4..bytes.len()).step_by(step) {
        std::fs::write(&damaged, &bytes[..cut]).unwrap();
        let output = keel(&["inspect", damaged.to_str().unwrap(), "Hello"]);
        assert_eq!(output.status.code(), Some(1), "cut at {cut}: {}", stderr(&output));
        assert!(stderr(&output).starts_with("keel: "), "cut at {cut}: {}", stderr(&output));
    }
    for at in (8..bytes.len()).step_by(step) {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x5A;
        std::fs::write(&damaged, &flipped).unwrap();
        let output = keel(&["inspect", damaged.to_str().unwrap(), "Hello"]);
        // The content hash catches every change after the header.
        assert_eq!(output.status.code(), Some(1), "flip at {at}: {}", stderr(&output));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_broken_class_file_names_the_file_and_the_offset() {
    let dir = scratch_dir("broken");
    javac(&dir, "Hello", HELLO);
    let class = dir.join("Hello.class");
    let bytes = std::fs::read(&class).unwrap();
    std::fs::write(&class, &bytes[..bytes.len() / 2]).unwrap();
    let output = keel(&["compile", dir.to_str().unwrap(), "-o", dir.join("x.kbf").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("Hello.class") || message.contains("class Hello"), "{message}");
    assert!(message.contains("ClassFormatError") && message.contains("at byte"), "{message}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_disassembler_comments_constants_as_javap_does() {
    let dir = scratch_dir("javap-constants");
    javac(
        &dir,
        "C",
        "class C { static double d() { return 2.5 + 1.5f + 100L; } \
         static float f(float x) { return x * 1.5f; } static long l(long x) { return x * 100000L; } }",
    );
    let output = keel(&["inspect", dir.join("C.class").to_str().unwrap(), "C"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    for comment in ["// double 104.0d", "// float 1.5f", "// long 100000l"] {
        assert!(text.contains(comment), "missing {comment:?} in:\n{text}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
