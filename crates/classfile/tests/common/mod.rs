//! Shared by the integration tests: the JDK they test against, its class
//! files, `javac` and `javap`, scratch directories, and a class-file writer.
#![allow(dead_code)]

pub mod writer;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use keel_classfile::container::{find_jdk, JImage, JdkHome, OpenOptions};

/// The JDK 17 the tests read. No JDK is a failure, not a skip: CI installs
/// one, and a test suite that silently skips its corpus proves nothing.
pub fn jdk() -> &'static JdkHome {
    static JDK: OnceLock<JdkHome> = OnceLock::new();
    JDK.get_or_init(|| match find_jdk(None) {
        Ok(jdk) => jdk,
        Err(e) => panic!("these tests need a JDK 17 (set JAVA_HOME or install openjdk-17-jdk-headless): {e}"),
    })
}

/// The JDK's `lib/modules`, opened once per test binary.
pub fn image() -> &'static JImage {
    static IMAGE: OnceLock<JImage> = OnceLock::new();
    IMAGE.get_or_init(|| {
        let path = jdk().modules_image();
        JImage::open(&path, &OpenOptions::default())
            .unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()))
    })
}

/// The bytes of JDK class `name` (`java/lang/String`), found by its package.
pub fn jdk_class(name: &str) -> Vec<u8> {
    match image().read_class(name) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => panic!("{}: no class {name}", jdk().modules_image().display()),
        Err(e) => panic!("{}: cannot read class {name}: {e}", jdk().modules_image().display()),
    }
}

/// The bytes of class `name` of JDK module `module` (how `module-info` is read).
pub fn jdk_class_in(module: &str, name: &str) -> Vec<u8> {
    match image().read_class_in(module, name) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => panic!("{}: no class {module}/{name}", jdk().modules_image().display()),
        Err(e) => panic!("{}: cannot read class {module}/{name}: {e}", jdk().modules_image().display()),
    }
}

/// A tool of the JDK (`javac`, `javap`).
pub fn jdk_tool(name: &str) -> PathBuf {
    let path = jdk().root().join("bin").join(name);
    assert!(
        path.is_file(),
        "{} is missing: the tests need a full JDK 17, not just a runtime (openjdk-17-jdk-headless)",
        path.display()
    );
    path
}

/// A fresh directory under the system temp dir, removed when dropped.
pub struct ScratchDir(PathBuf);

impl ScratchDir {
    pub fn new(label: &str) -> ScratchDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("keel-test-{label}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("cannot create {}: {e}", path.display()));
        ScratchDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs a command, failing the test with its output if it fails.
pub fn run(command: &mut Command) -> String {
    let output = command.output().unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        panic!(
            "{command:?} failed ({}):\n{stdout}\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    stdout
}

/// Compiles Java sources (`(file name, text)`) with the JDK's `javac` and
/// returns every class file produced, as `(internal name, bytes)`, sorted.
pub fn compile_java(sources: &[(&str, &str)], extra_args: &[&str]) -> Vec<(String, Vec<u8>)> {
    let dir = ScratchDir::new("javac");
    let src = dir.path().join("src");
    let out = dir.path().join("out");
    std::fs::create_dir_all(&src).unwrap();
    let mut command = Command::new(jdk_tool("javac"));
    command.arg("-d").arg(&out).args(extra_args);
    for (name, text) in sources {
        let path = src.join(name);
        std::fs::write(&path, text).unwrap();
        command.arg(path);
    }
    run(&mut command);
    let mut classes = Vec::new();
    collect_classes(&out, &out, &mut classes);
    classes.sort();
    assert!(!classes.is_empty(), "javac produced no class files");
    classes
}

fn collect_classes(root: &Path, dir: &Path, classes: &mut Vec<(String, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_classes(root, &path, classes);
        } else if path.extension().is_some_and(|e| e == "class") {
            let relative = path.strip_prefix(root).unwrap().with_extension("");
            let name = relative.to_string_lossy().replace(std::path::MAIN_SEPARATOR, "/");
            classes.push((name, std::fs::read(&path).unwrap()));
        }
    }
}

/// Small Java programs that between them use most of what javac emits:
/// lambdas and method references, string concatenation, records, sealed
/// types, enums and switches on them, switches on strings, nested, inner,
/// local and anonymous classes, try/finally and try-with-resources,
/// synchronized blocks, multi-dimensional arrays, every kind of constant,
/// annotations with every kind of element value, interfaces with default,
/// static and private methods, and more than 256 locals (`wide`).
pub fn sample_sources() -> Vec<(String, String)> {
    vec![
        ("Lambdas.java".into(), LAMBDAS.into()),
        ("Shapes.java".into(), SHAPES.into()),
        ("Flow.java".into(), FLOW.into()),
        ("Annotated.java".into(), ANNOTATED.into()),
        ("Wide.java".into(), wide_source()),
    ]
}

/// Compiles [`sample_sources`] into class files.
pub fn compile_samples() -> Vec<(String, Vec<u8>)> {
    let sources = sample_sources();
    let borrowed: Vec<(&str, &str)> = sources.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    compile_java(&borrowed, &["-g"])
}

const LAMBDAS: &str = r#"
package sample;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Lambdas {
    private int base = 3;

    public List<String> names(List<Integer> xs, String prefix) {
        return xs.stream()
            .filter(x -> x > base)
            .map(x -> prefix + ":" + x + "\u0001" + '\t')
            .sorted(Comparator.reverseOrder())
            .collect(Collectors.toList());
    }

    public static Supplier<Map<String, Integer>> factory() {
        return HashMap::new;
    }

    public int sum(int[] values) {
        IntBinaryOperator add = Integer::sum;
        int total = 0;
        for (int v : values) total = add.applyAsInt(total, v);
        Runnable r = () -> System.out.println("done " + base);
        r.run();
        return total;
    }

    public static String concat(long a, double b, float c, char d, boolean e, Object o) {
        return "a=" + a + " b=" + b + " c=" + c + " d=" + d + " e=" + e + " o=" + o;
    }
}
"#;

const SHAPES: &str = r#"
package sample;

public sealed interface Shapes permits Shapes.Circle, Shapes.Square, Shapes.Rect {
    record Circle(double radius) implements Shapes {}
    record Square(double side) implements Shapes {
        public Square {
            if (side < 0) throw new IllegalArgumentException("negative side " + side);
        }
    }
    record Rect(double w, double h, String label) implements Shapes {}

    enum Color { RED, GREEN, BLUE; Color next() { return values()[(ordinal() + 1) % 3]; } }

    static double area(Shapes s) {
        if (s instanceof Circle c) return Math.PI * c.radius() * c.radius();
        if (s instanceof Square q) return q.side() * q.side();
        Rect r = (Rect) s;
        return r.w() * r.h();
    }

    static int code(Color color) {
        switch (color) {
            case RED: return 0xFF0000;
            case GREEN: return 0x00FF00;
            default: return 0x0000FF;
        }
    }

    static int parse(String word) {
        switch (word) {
            case "one": return 1;
            case "two": return 2;
            case "three": return 3;
            case "Aa": return 4;
            case "BB": return 5;
            default: return -1;
        }
    }

    default String describe() {
        return helper() + ":" + getClass().getSimpleName();
    }

    private String helper() {
        return "shape";
    }
}
"#;

const FLOW: &str = r#"
package sample;

import java.io.*;
import java.util.*;

public class Flow implements Comparable<Flow>, Serializable {
    static final long SERIAL = 42L;
    static final int MAX = 100_000;
    static final double RATIO = 0.1;
    static final float HALF = 0.5f;
    static final String NAME = "flow\n\"quoted\"";
    static final char LETTER = 'x';
    static final byte SMALL = -7;
    static final boolean YES = true;
    private static int counter;
    private volatile int state;
    protected transient Object lock = new Object();

    static {
        counter = MAX * 2;
    }

    class Inner {
        int outerState() { return state; }
    }

    static class Nested {
        Object make() {
            class Local { public String toString() { return "local"; } }
            return new Local();
        }
    }

    public int compareTo(Flow other) {
        return Integer.compare(state, other.state);
    }

    int table(int x) {
        switch (x) {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 3: return 13;
            case 5: return 15;
            default: return -1;
        }
    }

    int sparse(int x) {
        switch (x) {
            case -1000: return 1;
            case 0: return 2;
            case 1000000: return 3;
            default: return 0;
        }
    }

    String read(File file) throws IOException {
        try (BufferedReader in = new BufferedReader(new FileReader(file))) {
            return in.readLine();
        } finally {
            counter++;
        }
    }

    int guarded(int[] values) {
        int result = 0;
        try {
            result = values[values.length - 1] / values[0];
        } catch (ArithmeticException | ArrayIndexOutOfBoundsException e) {
            result = -1;
        } catch (RuntimeException e) {
            result = -2;
        } finally {
            state = result;
        }
        synchronized (lock) {
            counter += result;
        }
        return result;
    }

    long[][] grid(int n) {
        long[][] g = new long[n][n + 1];
        Object[][][] cube = new Object[2][][];
        g[0][0] = cube.length;
        short s = (short) n;
        byte b = (byte) s;
        char c = (char) b;
        return (n > 0 && c != 0) ? g : null;
    }

    Comparator<String> anonymous() {
        return new Comparator<String>() {
            public int compare(String a, String b) { return b.compareTo(a); }
        };
    }

    double math(double a, float b, long c, int d) {
        assert d >= 0 : "negative";
        return a * b / c % d - (c << d) + (c >>> 3) + (d ^ 0x7fffffff) + Double.MAX_VALUE + Float.MIN_VALUE
            + Long.MIN_VALUE + 1e-300;
    }
}
"#;

const ANNOTATED: &str = r#"
package sample;

import java.lang.annotation.*;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@interface Info {
    int number() default 1;
    long big() default 1L << 40;
    String text() default "text";
    Class<?> type() default Object.class;
    ElementType kind() default ElementType.TYPE;
    double[] values() default {1.5, 2.5};
    Retention nested() default @Retention(RetentionPolicy.CLASS);
    char letter() default 'q';
    boolean flag() default false;
    byte b() default 1;
    short sh() default 2;
    float f() default 3f;
}

@Info(number = 7, text = "class", type = String[].class)
@Deprecated
public class Annotated<T extends Comparable<T>> {
    @Info(kind = ElementType.FIELD) public T value;
    public java.util.List<@Info(number = 3) String> names;

    @Info @SuppressWarnings({"unchecked", "rawtypes"})
    public <U extends T> java.util.List<? super U> method(@Info(text = "p") U param, @Info int[] rest)
            throws Exception {
        @Info Object local = param;
        return java.util.List.of((U) local);
    }
}
"#;

/// A method with more than 256 local variables, so javac emits `wide`.
fn wide_source() -> String {
    let mut body = String::new();
    for i in 0..300 {
        body.push_str(&format!("        long v{i} = a + {i};\n"));
    }
    body.push_str("        v299 += 7;\n        int w = (int) v299;\n        w += 1000;\n");
    body.push_str("        double d = v298;\n        return d + w + v0;\n");
    format!("package sample;\n\npublic class Wide {{\n    static double many(long a) {{\n{body}    }}\n}}\n")
}
