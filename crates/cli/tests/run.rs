//! `keel run` end to end through the real binary: `ldc` of method types
//! and handles (a class ASM writes); programs in jars: a
//! jar with a `Main-Class` manifest run with `-jar`, and jars on `-cp`.
//! The jars are built with the `jar` tool of the JDK 17 the tests use
//! (opening a jar goes through `ZipFile`, so through the `sun.nio.fs`
//! natives).
//!
//! The runs share the cache of the other tests (`$KEEL_CACHE_DIR`, else
//! `keel-runtime-test-cache`), so java.base is translated once.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use keel_classfile::container::find_jdk;

/// A fresh directory for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("keel-cli-run-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The JDK 17's tool `name` (`javac`, `jar`). No JDK is a failure, not a
/// skip: CI installs one.
fn jdk_tool(name: &str) -> PathBuf {
    let jdk = find_jdk(None).expect("a JDK 17 is needed for this test (CI installs one)");
    jdk.root().join("bin").join(name)
}

/// Runs JDK tool `name` in `dir`, which must succeed; its stdout.
fn tool(dir: &Path, name: &str, args: &[&str]) -> String {
    let output = Command::new(jdk_tool(name))
        .args(args)
        .current_dir(dir)
        .env_remove("JAVA_TOOL_OPTIONS")
        .env_remove("JDK_JAVA_OPTIONS")
        .env_remove("_JAVA_OPTIONS")
        .env_remove("CLASSPATH")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {name}: {e}"));
    assert!(
        output.status.success(),
        "{name} {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Writes `sources` (file name, text) into `dir/src` and compiles them
/// into `dir/classes`.
fn compile(dir: &Path, sources: &[(&str, &str)]) {
    let src = dir.join("src");
    std::fs::create_dir_all(&src).unwrap();
    let mut args = vec!["--release", "17", "-encoding", "UTF-8", "-nowarn", "-d", "classes"];
    let paths: Vec<String> = sources.iter().map(|(name, _)| format!("src/{name}")).collect();
    for (name, text) in sources {
        std::fs::write(src.join(name), text).unwrap();
    }
    args.extend(paths.iter().map(String::as_str));
    tool(dir, "javac", &args);
}

/// `keel ARGS...` in `dir`, with the shared cache.
fn keel(dir: &Path, args: &[&str]) -> Output {
    let cache = common::cache_dir();
    Command::new(env!("CARGO_BIN_EXE_keel"))
        .args(args)
        .current_dir(dir)
        .env_remove("JAVA_TOOL_OPTIONS")
        .env_remove("JDK_JAVA_OPTIONS")
        .env_remove("_JAVA_OPTIONS")
        .env_remove("CLASSPATH")
        .env("KEEL_CACHE_DIR", cache)
        .output()
        .expect("run keel")
}

/// The output of a run that must succeed.
fn stdout_of(output: &Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "keel failed ({}):\nstdout:\n{stdout}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

const MAIN: &str = r#"
import app.util.Greeter;

public class Main {
    public static void main(String[] args) {
        System.out.println(Greeter.greet("jar") + " with " + args.length + " arguments");
        for (String arg : args) {
            System.out.println("arg: " + arg);
        }
        System.out.println("class path has a jar: " + System.getProperty("java.class.path").endsWith(".jar"));
    }
}
"#;

const GREETER: &str = r#"
package app.util;

public class Greeter {
    public static String greet(String what) {
        return "hello from " + what;
    }
}
"#;

#[test]
fn run_jar_with_main_class_manifest() {
    let scratch = Scratch::new("jar");
    let dir = &scratch.0;
    compile(dir, &[("Main.java", MAIN), ("Greeter.java", GREETER)]);
    std::fs::write(dir.join("manifest.txt"), "Main-Class: Main\n").unwrap();
    tool(dir, "jar", &["cfm", "app.jar", "manifest.txt", "-C", "classes", "."]);

    let output = keel(dir, &["run", "-jar", "app.jar", "one", "two words"]);
    assert_eq!(
        stdout_of(&output),
        "hello from jar with 2 arguments\narg: one\narg: two words\nclass path has a jar: true\n"
    );
}

#[test]
fn run_jar_without_main_class_says_so() {
    let scratch = Scratch::new("nomain");
    let dir = &scratch.0;
    compile(dir, &[("Main.java", MAIN), ("Greeter.java", GREETER)]);
    tool(dir, "jar", &["cf", "lib.jar", "-C", "classes", "."]);

    let output = keel(dir, &["run", "-jar", "lib.jar"]);
    assert_eq!(output.status.code(), Some(1));
    // As the java launcher: LauncherHelper's message on stderr.
    assert_eq!(String::from_utf8_lossy(&output.stderr), "no main manifest attribute, in lib.jar\n");
}

#[test]
fn run_main_class_from_jars_on_the_class_path() {
    let scratch = Scratch::new("cp");
    let dir = &scratch.0;
    compile(dir, &[("Main.java", MAIN), ("Greeter.java", GREETER)]);
    tool(dir, "jar", &["cf", "all.jar", "-C", "classes", "."]);
    // The library alone in a jar, the program in a directory.
    tool(dir, "jar", &["cf", "greeter.jar", "-C", "classes", "app"]);
    std::fs::create_dir_all(dir.join("main")).unwrap();
    std::fs::copy(dir.join("classes/Main.class"), dir.join("main/Main.class")).unwrap();

    let output = keel(dir, &["run", "-cp", "all.jar", "Main", "x"]);
    assert_eq!(stdout_of(&output), "hello from jar with 1 arguments\narg: x\nclass path has a jar: true\n");
    let output = keel(dir, &["run", "-cp", "main:greeter.jar", "Main"]);
    assert_eq!(stdout_of(&output), "hello from jar with 0 arguments\nclass path has a jar: true\n");
}

/// Writes `Constants.class`, whose `main` loads `MethodType` and
/// `MethodHandle` constants with `ldc` (javac never emits those; ASM, which
/// java.base carries, does).
const GENERATOR: &str = r#"
import java.nio.file.*;
import jdk.internal.org.objectweb.asm.*;
import static jdk.internal.org.objectweb.asm.Opcodes.*;

public class Gen {
    static MethodVisitor mv;

    static void print(String descriptor) {
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", descriptor, false);
    }

    static void out() {
        mv.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
    }

    public static void main(String[] args) throws Exception {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, "Constants", null, "java/lang/Object", null);
        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        out();
        mv.visitLdcInsn(Type.getMethodType("(I[Ljava/lang/String;)J"));
        print("(Ljava/lang/Object;)V");
        out();
        mv.visitLdcInsn(new Handle(H_INVOKESTATIC, "Target", "twice", "(I)I", false));
        mv.visitIntInsn(BIPUSH, 21);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact", "(I)I", false);
        print("(I)V");
        out();
        mv.visitLdcInsn(new Handle(H_GETSTATIC, "Target", "name", "Ljava/lang/String;", false));
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact", "()Ljava/lang/String;", false);
        print("(Ljava/lang/String;)V");
        mv.visitLdcInsn(new Handle(H_INVOKEVIRTUAL, "java/lang/String", "length", "()I", false));
        mv.visitVarInsn(ASTORE, 1);
        out();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "type", "()Ljava/lang/invoke/MethodType;", false);
        print("(Ljava/lang/Object;)V");
        out();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitLdcInsn("four");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact", "(Ljava/lang/String;)I", false);
        print("(I)V");
        out();
        mv.visitLdcInsn(new Handle(H_NEWINVOKESPECIAL, "Target", "<init>", "()V", false));
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "type", "()Ljava/lang/invoke/MethodType;", false);
        print("(Ljava/lang/Object;)V");
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        Files.write(Path.of(args[0], "Constants.class"), cw.toByteArray());
    }
}
"#;

const TARGET: &str = r#"
public class Target {
    static String name = "target's name";

    static int twice(int x) {
        return 2 * x;
    }
}
"#;

#[test]
fn method_type_and_method_handle_constants_load_as_on_hotspot() {
    let scratch = Scratch::new("ldc");
    let dir = &scratch.0;
    compile(dir, &[("Target.java", TARGET)]);
    std::fs::write(dir.join("Gen.java"), GENERATOR).unwrap();
    let exports = "--add-exports=java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED";
    tool(dir, "javac", &[exports, "-nowarn", "-d", "gen", "Gen.java"]);
    tool(dir, "java", &[exports, "-cp", "gen", "Gen", "classes"]);

    let expected = tool(dir, "java", &["-cp", "classes", "Constants"]);
    assert_eq!(expected, "(int,String[])long\n42\ntarget's name\n(String)int\n4\n()Target\n");
    let output = keel(dir, &["run", "-cp", "classes", "Constants"]);
    assert_eq!(stdout_of(&output), expected);
}
