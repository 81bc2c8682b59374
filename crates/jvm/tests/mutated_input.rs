//! Bad input never crashes Keel: real JDK classes, mutated at random (byte
//! flips in method code, exception tables and stack maps, anywhere in the
//! file, and truncations), must either be refused with an error or translate
//! to KIR that passes the validator. A panic is always a bug.
//!
//! Deterministic: the PRNG is seeded per class, so a failure names a seed
//! that reproduces it.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::time::Instant;

use keel_classfile::attributes::AttributeInfo;
use keel_classfile::container::{jdk::find_jdk, Container};
use keel_classfile::ClassFile;
use keel_kir::validate::validate_class;

/// Classes with lambdas, string switches, try/finally, records, invokedynamic
/// string concatenation, big methods and tableswitch/lookupswitch.
const CLASSES: &[&str] = &[
    "java/lang/String",
    "java/lang/StringLatin1",
    "java/lang/Integer",
    "java/lang/Long",
    "java/lang/Character",
    "java/lang/Math",
    "java/lang/Thread",
    "java/lang/Throwable",
    "java/lang/Class",
    "java/lang/invoke/StringConcatFactory",
    "java/lang/invoke/MethodHandles",
    "java/lang/runtime/ObjectMethods",
    "java/lang/runtime/SwitchBootstraps",
    "java/util/HashMap",
    "java/util/TreeMap",
    "java/util/ArrayList",
    "java/util/Arrays",
    "java/util/Collections",
    "java/util/Formatter",
    "java/util/Scanner",
    "java/util/Optional",
    "java/util/regex/Pattern",
    "java/util/stream/Collectors",
    "java/util/stream/ReferencePipeline",
    "java/util/stream/Stream",
    "java/util/concurrent/ConcurrentHashMap",
    "java/util/concurrent/CompletableFuture",
    "java/util/concurrent/ForkJoinPool",
    "java/util/concurrent/locks/AbstractQueuedSynchronizer",
    "java/util/Comparator",
    "java/util/function/Function",
    "java/time/LocalDate",
    "java/time/format/DateTimeFormatterBuilder",
    "java/math/BigInteger",
    "java/math/BigDecimal",
    "java/io/ObjectInputStream",
    "java/io/BufferedReader",
    "java/net/URI",
    "java/nio/charset/Charset",
    "sun/security/util/DerValue",
];

/// How many `java.lang.Record` subclasses of java.base to add to the list.
const RECORDS: usize = 4;

/// xorshift64*: tiny, deterministic, good enough for fuzzing.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A byte that differs from `old`.
    fn other_byte(&mut self, old: u8) -> u8 {
        match self.next() % 3 {
            0 => old ^ (1 << self.below(8)),
            1 => old.wrapping_add(1 + self.below(3) as u8),
            _ => old ^ (1 + self.below(255) as u8),
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    /// Flips inside a method's bytecode.
    Bytecode,
    /// Flips anywhere in a Code attribute: bytecode, exception table,
    /// StackMapTable and other code attributes.
    CodeAttribute,
    /// Flips anywhere in the file.
    Anywhere,
    /// The file cut short, possibly with a flip before the cut.
    Truncate,
}

/// Each kind with its number of mutants per class. Truncations rarely parse,
/// so fewer of them.
const KINDS: [(Kind, usize); 4] =
    [(Kind::Bytecode, 250), (Kind::CodeAttribute, 250), (Kind::Anywhere, 250), (Kind::Truncate, 100)];

/// A file offset and a length.
type Range = (usize, usize);

/// The byte ranges (file offsets) of every method's bytecode and whole Code
/// attribute.
fn code_ranges(bytes: &[u8]) -> (Vec<Range>, Vec<Range>) {
    let cf = ClassFile::parse(bytes).expect("unmutated class parses");
    let (mut code, mut attrs) = (Vec::new(), Vec::new());
    for method in &cf.methods {
        for attr in &method.attributes {
            if let AttributeInfo::Code(c) = &attr.info {
                code.push((c.code_offset, c.code.len()));
                attrs.push((attr.offset, attr.data.len()));
            }
        }
    }
    (code, attrs)
}

fn mutate(
    rng: &mut Rng,
    kind: Kind,
    original: &[u8],
    code: &[(usize, usize)],
    attrs: &[(usize, usize)],
) -> Vec<u8> {
    let mut bytes = original.to_vec();
    let flips = 1 + rng.below(3);
    let ranges: &[Range] = match kind {
        Kind::Bytecode => code,
        Kind::CodeAttribute => attrs,
        Kind::Anywhere | Kind::Truncate => &[],
    };
    for _ in 0..flips {
        let at = if ranges.is_empty() {
            rng.below(bytes.len())
        } else {
            let (start, len) = ranges[rng.below(ranges.len())];
            start + rng.below(len)
        };
        bytes[at] = rng.other_byte(bytes[at]);
        if matches!(kind, Kind::Truncate) {
            break;
        }
    }
    if let Kind::Truncate = kind {
        // Cut inside a Code attribute half of the time: the parser refuses
        // most cuts, but a cut is what exercises its bounds checks.
        let cut = if rng.next() & 1 == 0 && !attrs.is_empty() {
            let (start, len) = attrs[rng.below(attrs.len())];
            start + rng.below(len)
        } else {
            rng.below(bytes.len())
        };
        bytes = original[..cut].to_vec();
    }
    bytes
}

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

enum Outcome {
    /// `ClassFile::parse` refused it.
    Unparsed,
    /// `translate_class` refused it with an error.
    Refused,
    /// Translated, and every class passed the validator.
    Translated,
}

/// Parses, translates and validates one mutant; `Err` on a panic or a
/// translated class that fails validation.
fn check(bytes: &[u8]) -> Result<Outcome, String> {
    let Ok(cf) = ClassFile::parse(bytes) else {
        return Ok(Outcome::Unparsed);
    };
    LAST_PANIC.with(|p| p.borrow_mut().take());
    match panic::catch_unwind(AssertUnwindSafe(|| keel_jvm::translate_class(&cf))) {
        Err(payload) => {
            let recorded = LAST_PANIC.with(|p| p.borrow_mut().take());
            let message = recorded.unwrap_or_else(|| {
                payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "<non-string panic>".to_owned())
            });
            Err(format!("panic: {message}"))
        }
        Ok(Err(_)) => Ok(Outcome::Refused),
        Ok(Ok(translation)) => {
            for class in std::iter::once(&translation.class).chain(&translation.generated) {
                validate_class(class).map_err(|e| format!("validation: {e}"))?;
            }
            Ok(Outcome::Translated)
        }
    }
}

fn load_classes(container: &Container) -> Vec<(String, Vec<u8>)> {
    let mut classes = Vec::new();
    for name in CLASSES {
        match container.read_class(name).expect("read lib/modules") {
            Some(bytes) => classes.push((name.to_string(), bytes)),
            None => eprintln!("mutated_input: {name} is not in this JDK, skipped"),
        }
    }
    let entries = container.list_classes().expect("list lib/modules");
    let mut records = 0;
    for entry in entries.iter().filter(|e| e.module.as_deref() == Some("java.base") && !e.is_module_info()) {
        if records == RECORDS {
            break;
        }
        let Some(bytes) = container.read_class(&entry.name).expect("read lib/modules") else { continue };
        let is_record = ClassFile::parse(&bytes)
            .ok()
            .and_then(|cf| cf.super_name().ok().flatten().map(|s| s == "java/lang/Record"))
            .unwrap_or(false);
        if is_record {
            classes.push((entry.name.clone(), bytes));
            records += 1;
        }
    }
    classes
}

#[derive(Default)]
struct Stats {
    tried: usize,
    parsed: usize,
    translated: usize,
    failures: Vec<String>,
}

/// Tries every kind of mutant of class number `index`.
fn fuzz_class(index: usize, name: &str, original: &[u8], stats: &mut Stats) {
    let (code, attrs) = code_ranges(original);
    let class_started = Instant::now();
    let class_translated = stats.translated;
    for (k, &(kind, count)) in KINDS.iter().enumerate() {
        for i in 0..count {
            let seed = ((index as u64) << 32) | ((k as u64) << 24) | i as u64;
            let mut rng = Rng::new(seed);
            let mutant = mutate(&mut rng, kind, original, &code, &attrs);
            stats.tried += 1;
            let outcome = check(&mutant);
            if !matches!(outcome, Ok(Outcome::Unparsed)) {
                stats.parsed += 1;
            }
            match outcome {
                Ok(Outcome::Translated) => stats.translated += 1,
                Ok(_) => {}
                Err(message) => {
                    let diff = original.iter().zip(&mutant).position(|(a, b)| a != b);
                    stats.failures.push(format!(
                        "{name} {kind:?} seed {seed:#x} (first change at {diff:?}, len {}): {message}",
                        mutant.len()
                    ))
                }
            }
        }
    }
    if std::env::var_os("KEEL_MUTATED_VERBOSE").is_some() {
        eprintln!(
            "  {name}: {} bytes, {} translated, {:.2?}",
            original.len(),
            stats.translated - class_translated,
            class_started.elapsed()
        );
    }
}

#[test]
fn mutated_class_files_never_panic() {
    // Like java_base.rs: without a JDK this test must fail, not pass quietly.
    let jdk = find_jdk(None).expect("a JDK (JAVA_HOME or /usr/lib/jvm) is needed for this test");
    let container = Container::open(jdk.modules_image()).expect("open lib/modules");
    let classes = load_classes(&container);
    assert!(classes.len() >= 30, "only {} of the chosen classes found in the JDK", classes.len());

    // Record panic messages with their location instead of printing them.
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
    }));

    let started = Instant::now();
    // Classes are dealt round-robin to one worker per core; results are
    // deterministic whatever the number of workers.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(classes.len());
    let results: Vec<Stats> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let classes = &classes;
                scope.spawn(move || {
                    let mut stats = Stats::default();
                    for index in (w..classes.len()).step_by(workers) {
                        fuzz_class(index, &classes[index].0, &classes[index].1, &mut stats);
                    }
                    stats
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("worker threads do not panic")).collect()
    });
    panic::set_hook(default_hook);

    let (mut tried, mut parsed, mut translated) = (0, 0, 0);
    let mut failures = Vec::new();
    for stats in results {
        tried += stats.tried;
        parsed += stats.parsed;
        translated += stats.translated;
        failures.extend(stats.failures);
    }
    failures.sort();
    eprintln!(
        "mutated_input: {} classes, {tried} mutants, {parsed} parsed, {translated} translated, \
         {} failures, {:.2?}",
        classes.len(),
        failures.len(),
        started.elapsed()
    );
    for failure in failures.iter().take(50) {
        eprintln!("  {failure}");
    }
    assert!(failures.is_empty(), "{} mutants panicked or failed validation", failures.len());
}
