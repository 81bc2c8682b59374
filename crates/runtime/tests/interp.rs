//! The interpreter on real javac output, without booting java.base: each
//! test calls a static method of a small program and checks its result.

mod common;

use std::process::Command;
use std::sync::OnceLock;

use keel_classfile::container::{find_jdk, Container};
use keel_jvm::module::{list_sources, translate_module};
use keel_jvm::TRANSLATOR_VERSION;
use keel_runtime::vm::{ImageSource, Throw, Value, Vm};

const PROGRAM: &str = r#"
package t;

interface Shape { int area(); default String kind() { return "shape"; } }
interface Named { String name(); }
abstract class Base implements Shape {
    static int created;
    int id;
    Base() { id = ++created; }
    public abstract int area();
}
class Rect extends Base implements Named {
    final int w, h;
    Rect(int w, int h) { this.w = w; this.h = h; }
    public int area() { return w * h; }
    public String name() { return "rect"; }
}
class Square extends Rect {
    Square(int s) { super(s, s); }
    public String kind() { return "square"; }
    public String name() { return "sq" + super.name(); }
}
class MyError extends RuntimeException {
    final int code;
    MyError(String m, int code) { super(m); this.code = code; }
}
class Init {
    static final StringBuilder LOG = null;
    static int value = compute();
    static int compute() { return 41 + 1; }
}
class Bad {
    static int value = 1 / zero();
    static int zero() { return 0; }
}
class Node { int v; Node next; Node(int v, Node n) { this.v = v; next = n; } }

public class Prog {
    public static int arith() {
        int a = Integer.MAX_VALUE; a += 1;
        int r = 0;
        if (a == Integer.MIN_VALUE) r += 1;
        if (Integer.MIN_VALUE / -1 == Integer.MIN_VALUE) r += 2;
        if (Integer.MIN_VALUE % -1 == 0) r += 4;
        if ((1 << 33) == 2) r += 8;
        if ((-8 >> 1) == -4 && (-8 >>> 28) == 15) r += 16;
        if ((long) 1e30f == Long.MAX_VALUE && (int) Double.NaN == 0 && (int) -1e20 == Integer.MIN_VALUE) r += 32;
        if (7 % -3 == 1 && -7 / 2 == -3) r += 64;
        if ((byte) 200 == -56 && (char) -1 == 65535 && (short) 40000 == -25536) r += 128;
        long l = Long.MIN_VALUE; if (l / -1 == Long.MIN_VALUE && (1L << 65) == 2L) r += 256;
        double nan = 0.0 / 0.0; if (!(nan < 1) && !(nan > 1) && nan != nan) r += 512;
        if (5.5 % 2 == 1.5 && 1.0 / 0 == Double.POSITIVE_INFINITY) r += 1024;
        return r;
    }
    public static int loops(int n) { int s = 0; for (int i = 0; i < n; i++) { if (i % 3 == 0) continue; s += i; } return s; }
    public static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    public static int arrays() {
        int[] a = new int[10];
        for (int i = 0; i < a.length; i++) a[i] = i * i;
        long[][] m = new long[3][4]; m[2][3] = 7;
        char[] c = { 'a', 'b' };
        byte[] b = { -1 }; boolean[] z = new boolean[2]; z[1] = true;
        return a[9] + (int) m[2][3] + c[1] + b[0] + (z[1] ? 1000 : 0) + m.length * 10000;
    }
    public static int objects() {
        Shape s = new Square(3);
        Rect r = new Rect(2, 5);
        Named n = (Named) s;
        int x = s.area() + r.area();
        if (n.name().equals("sqrect")) x += 100;
        return x;
    }
    public static String strings() {
        Shape s = new Square(2);
        Named n = new Rect(1, 1);
        return "k=" + s.kind() + "/" + new Rect(1, 1).kind() + " n=" + n.name() + " " + 42 + 'c' + true + 3L + 1.5f + 0.25 + null;
    }
    public static int exceptions() {
        int r = 0;
        try { throw new MyError("boom", 7); } catch (MyError e) { r += e.code; }
        try { int z = 0; r += 1 / z; } catch (ArithmeticException e) { r += 100; }
        try { int[] a = new int[3]; a[5] = 1; } catch (ArrayIndexOutOfBoundsException e) { r += 1000; }
        try { Object o = "x"; Integer i = (Integer) o; } catch (ClassCastException e) { r += 10000; }
        try { Node n = null; r += n.v; } catch (NullPointerException e) { r += 100000; }
        try { Object[] o = new String[1]; o[0] = new Object(); } catch (ArrayStoreException e) { r += 1000000; }
        try { try { throw new MyError("x", 1); } finally { r += 10000000; } } catch (RuntimeException e) { r += 1; }
        return r;
    }
    public static String message(int which) {
        switch (which) {
            case 0: return String.valueOf(1 / (which - which));
            case 1: { int[] a = new int[3]; return "" + a[5]; }
            case 2: return "" + new int[-1].length;
            default: throw new MyError("custom " + which, which);
        }
    }
    public static int init() { return Init.value; }
    public static int bad() { return Bad.value; }
    public static int deep(int n) { return deep(n + 1) + 1; }
    public static int overflow() {
        try { deep(0); return 0; } catch (StackOverflowError e) { return 1; }
    }
    public static int switches(int k) {
        int r;
        switch (k) { case 1: r = 10; break; case 2: r = 20; break; case 3: r = 30; break; default: r = -1; }
        switch (k * 1000) { case 1000: r += 1; break; case 500000: r += 2; break; default: r += 3; }
        return r;
    }
    public static int list(int n) {
        Node head = null;
        for (int i = 1; i <= n; i++) head = new Node(i, head);
        int s = 0; for (Node p = head; p != null; p = p.next) s += p.v;
        return s;
    }
    public static int types() {
        Object o = new Square(1);
        int r = 0;
        if (o instanceof Shape) r += 1;
        if (o instanceof Named) r += 2;
        if (o instanceof Rect) r += 4;
        if (!(o instanceof Node)) r += 8;
        Object arr = new String[0];
        if (arr instanceof Object[]) r += 16;
        if (!(arr instanceof Integer[])) r += 32;
        if (new int[0] instanceof Cloneable) r += 64;
        int[] c = new int[] { 1, 2 }.clone();
        if (c[1] == 2) r += 128;
        return r;
    }
    public static int hashes() {
        Object a = new Object();
        return a.hashCode() == a.hashCode() && a.hashCode() == System.identityHashCode(a) ? 1 : 0;
    }
    static native int missing(int x);
    public static int callsMissing() { return missing(1); }
    public static long alloc() { long total = 0; while (true) { total += new long[1 << 20].length; } }
}
"#;

fn app_image() -> &'static [u8] {
    static IMAGE: OnceLock<Vec<u8>> = OnceLock::new();
    IMAGE.get_or_init(|| {
        let jdk = find_jdk(None).expect("a JDK 17 is needed for these tests");
        let dir = std::env::temp_dir().join(format!("keel-runtime-interp-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("Prog.java");
        std::fs::write(&file, PROGRAM).unwrap();
        let out = dir.join("classes");
        let status = Command::new(jdk.root().join("bin/javac"))
            .arg("-d")
            .arg(&out)
            .arg(&file)
            .status()
            .expect("run javac");
        assert!(status.success());
        let containers = [Container::open(&out).unwrap()];
        let sources = list_sources(&containers, &[]).unwrap();
        let translation = translate_module(Some("app".into()), &sources, &mut |_| {});
        assert!(translation.failures.is_empty(), "{:?}", translation.failures);
        let bytes = keel_kbf::write_module(&translation.module, TRANSLATOR_VERSION);
        let _ = std::fs::remove_dir_all(&dir);
        bytes
    })
}

fn vm_with_limit(limit: usize) -> Vm {
    common::vm_with(vec![ImageSource::Bytes(app_image().to_vec())], limit)
}

fn vm() -> Vm {
    vm_with_limit(64 << 20)
}

fn call(vm: &mut Vm, name: &str, descriptor: &str, args: &[Value]) -> Result<Option<Value>, String> {
    vm.call_static("t/Prog", name, descriptor, args).map_err(|e| vm.describe(&e))
}

fn int(vm: &mut Vm, name: &str) -> i32 {
    call(vm, name, "()I", &[]).unwrap().unwrap().as_int().unwrap()
}

#[test]
fn integer_and_float_arithmetic_follow_java() {
    assert_eq!(int(&mut vm(), "arith"), 2047);
}

#[test]
fn loops_and_recursion() {
    let mut vm = vm();
    let r = call(&mut vm, "loops", "(I)I", &[Value::Int(10)]).unwrap().unwrap();
    assert_eq!(r, Value::Int(1 + 2 + 4 + 5 + 7 + 8));
    let r = call(&mut vm, "fib", "(I)J", &[Value::Int(20)]).unwrap().unwrap();
    assert_eq!(r, Value::Long(6765));
}

#[test]
fn arrays_of_every_kind() {
    assert_eq!(int(&mut vm(), "arrays"), 81 + 7 + 98 - 1 + 1000 + 30000);
}

#[test]
fn objects_virtual_and_interface_calls() {
    assert_eq!(int(&mut vm(), "objects"), 9 + 10 + 100);
}

#[test]
fn string_concatenation_makes_java_strings() {
    let mut vm = vm();
    let s = call(&mut vm, "strings", "()Ljava/lang/String;", &[]).unwrap().unwrap().as_ref().unwrap();
    assert_eq!(vm.rust_string(s).unwrap(), "k=square/shape n=rect 42ctrue31.50.25null");
}

#[test]
fn exceptions_are_caught_by_class() {
    assert_eq!(int(&mut vm(), "exceptions"), 7 + 100 + 1000 + 10000 + 100000 + 1000000 + 10000000 + 1);
}

#[test]
fn uncaught_exceptions_carry_javas_messages() {
    let mut vm = vm();
    let mut message = |k| call(&mut vm, "message", "(I)Ljava/lang/String;", &[Value::Int(k)]).unwrap_err();
    assert_eq!(message(0), "java.lang.ArithmeticException: / by zero");
    assert_eq!(message(1), "java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3");
    assert_eq!(message(2), "java.lang.NegativeArraySizeException: -1");
    assert_eq!(message(9), "t.MyError: custom 9");
}

#[test]
fn static_initializers_run_once_and_failures_stick() {
    let mut vm = vm();
    assert_eq!(int(&mut vm, "init"), 42);
    assert_eq!(call(&mut vm, "bad", "()I", &[]).unwrap_err(), "java.lang.ExceptionInInitializerError");
    assert_eq!(
        call(&mut vm, "bad", "()I", &[]).unwrap_err(),
        "java.lang.NoClassDefFoundError: Could not initialize class t.Bad"
    );
}

#[test]
fn deep_recursion_is_a_catchable_stack_overflow() {
    let mut vm = vm();
    assert_eq!(int(&mut vm, "overflow"), 1);
    // The VM is still usable.
    assert_eq!(int(&mut vm, "objects"), 119);
}

#[test]
fn table_and_lookup_switches() {
    let mut vm = vm();
    for (k, expected) in [(1, 11), (2, 23), (3, 33), (500, 1), (7, 2)] {
        let r = call(&mut vm, "switches", "(I)I", &[Value::Int(k)]).unwrap().unwrap();
        assert_eq!(r, Value::Int(expected), "k = {k}");
    }
}

#[test]
fn linked_objects() {
    let mut vm = vm();
    let r = call(&mut vm, "list", "(I)I", &[Value::Int(1000)]).unwrap().unwrap();
    assert_eq!(r, Value::Int(500500));
}

#[test]
fn instanceof_checkcast_arrays_and_clone() {
    assert_eq!(int(&mut vm(), "types"), 255);
}

#[test]
fn identity_hash_codes_are_stable() {
    assert_eq!(int(&mut vm(), "hashes"), 1);
}

#[test]
fn a_missing_native_is_an_unsatisfied_link_error() {
    let mut vm = vm();
    let e = call(&mut vm, "callsMissing", "()I", &[]).unwrap_err();
    assert!(e.starts_with("java.lang.UnsatisfiedLinkError:") && e.contains("t.Prog.missing"), "{e}");
}

#[test]
fn an_exhausted_heap_is_an_out_of_memory_error() {
    let mut vm = vm_with_limit(32 << 20);
    let e = call(&mut vm, "alloc", "()J", &[]).unwrap_err();
    assert_eq!(e, "java.lang.OutOfMemoryError: Java heap space");
}

#[test]
fn missing_classes_and_methods_are_linkage_errors() {
    let mut vm = vm();
    assert!(matches!(vm.load_class("t/Nope"), Err(Throw::Java(_))));
    let e = vm.call_static("t/Nope", "x", "()V", &[]).unwrap_err();
    assert_eq!(vm.describe(&e), "java.lang.NoClassDefFoundError: t/Nope");
    let e = vm.call_static("t/Prog", "nope", "()V", &[]).unwrap_err();
    assert!(vm.describe(&e).starts_with("java.lang.NoSuchMethodError"));
}
