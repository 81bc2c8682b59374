//! `keel run`: `java`'s command line over Keel's runtime.
//!
//! `keel run [OPTIONS] MAIN [ARGS…]` and `keel run [OPTIONS] -jar APP.jar
//! [ARGS…]`, with `-cp`/`-classpath`/`--class-path`, `-D`, `-Xmx`, `-Xms`,
//! `-ea`/`-da`, `--jdk`. As with `java`, options come before the main
//! class; everything after it belongs to the program.
//!
//! The collector: `-XX:KeelGC=immix|marksweep|nogc` (Immix by default;
//! `-XX:+UseEpsilonGC` is NoGC, as on HotSpot), `-Xlog:gc` (or
//! `-verbose:gc`) prints a line per collection, and
//! `-XX:KeelGCStressInterval=N` (or `KEEL_GC_STRESS=N` in the environment)
//! collects at the first safepoint after every N-th allocation, to prove
//! the roots complete.

use std::path::PathBuf;
use std::process::ExitCode;

use keel_cache::Cache;
use keel_classfile::container::find_jdk;
use keel_runtime::heap::mmtk::mmtk_heap;
use keel_runtime::image::jdk_base_image;
use keel_runtime::vm::boot::LaunchOptions;
use keel_runtime::vm::{ImageSource, Vm};
use keel_runtime_heap::{HeapOptions, Plan};

/// A parsed `keel run` command line.
#[derive(Debug, Default)]
struct Command {
    launch: LaunchOptions,
    class_path: Option<String>,
    jdk: Option<PathBuf>,
    max_heap: Option<usize>,
    initial_heap: Option<usize>,
    plan: Plan,
    log_gc: bool,
    stress_interval: Option<u32>,
    assertions: keel_runtime::vm::Assertions,
}

fn parse(args: &[String]) -> Result<Command, String> {
    let mut command = Command::default();
    let mut i = 0;
    let value = |i: &mut usize, option: &str| -> Result<String, String> {
        *i += 1;
        args.get(*i).cloned().ok_or_else(|| format!("{option} requires an argument"))
    };
    while i < args.len() {
        let arg = &args[i];
        match arg.as_str() {
            "-cp" | "-classpath" | "--class-path" => command.class_path = Some(value(&mut i, arg)?),
            "--jdk" => command.jdk = Some(PathBuf::from(value(&mut i, arg)?)),
            "-ea" | "-enableassertions" => command.assertions.enabled = true,
            "-da" | "-disableassertions" => command.assertions.enabled = false,
            "-esa" | "-enablesystemassertions" => command.assertions.system_enabled = true,
            "-dsa" | "-disablesystemassertions" => command.assertions.system_enabled = false,
            "-jar" => {
                command.launch.main = value(&mut i, arg)?;
                command.launch.jar = true;
                command.launch.args = args[i + 1..].to_vec();
                return Ok(command);
            }
            _ if arg.starts_with("--class-path=") => {
                command.class_path = Some(arg["--class-path=".len()..].into())
            }
            _ if arg.starts_with("-D") => {
                let (key, value) = arg[2..].split_once('=').unwrap_or((&arg[2..], ""));
                command.launch.properties.push((key.to_string(), value.to_string()));
            }
            _ if arg.starts_with("-Xmx") => {
                let size = keel_runtime_heap::parse_memory_size(&arg[4..])
                    .ok_or_else(|| format!("Invalid maximum heap size: {arg}"))?;
                command.max_heap = Some(size);
            }
            _ if arg.starts_with("-Xms") => {
                let size = keel_runtime_heap::parse_memory_size(&arg[4..])
                    .ok_or_else(|| format!("Invalid initial heap size: {arg}"))?;
                command.initial_heap = Some(size);
            }
            "-Xlog:gc" | "-Xlog:gc*" | "-verbose:gc" => command.log_gc = true,
            "-XX:+UseEpsilonGC" => command.plan = Plan::NoGC,
            "-XX:+UnlockExperimentalVMOptions" => {}
            _ if arg.starts_with("-XX:KeelGC=") => {
                let name = &arg["-XX:KeelGC=".len()..];
                command.plan = Plan::from_name(name)
                    .ok_or_else(|| format!("Unknown collector {name}: immix, marksweep or nogc"))?;
            }
            _ if arg.starts_with("-XX:KeelGCStressInterval=") => {
                command.stress_interval = Some(stress_interval(&arg["-XX:KeelGCStressInterval=".len()..])?);
            }
            _ if assertion_directive(arg).is_some() => {
                command.assertions.directives.extend(assertion_directive(arg));
            }
            _ if arg.starts_with('-') => return Err(format!("Unrecognized option: {arg}")),
            _ => {
                command.launch.main = arg.clone();
                command.launch.args = args[i + 1..].to_vec();
                return Ok(command);
            }
        }
        i += 1;
    }
    Err("no main class given: keel run [-cp PATH] MAIN [ARGS...] or keel run -jar APP.jar [ARGS...]".into())
}

/// The N of a stress interval: a positive count of allocations.
fn stress_interval(text: &str) -> Result<u32, String> {
    text.parse().ok().filter(|&n| n > 0).ok_or_else(|| format!("Invalid GC stress interval: {text}"))
}

/// `-ea:NAME`, `-da:NAME` (and their long forms): a class, a package and
/// its subpackages (`NAME...`), or the unnamed package (`...`).
fn assertion_directive(arg: &str) -> Option<(String, bool, bool)> {
    let prefixes =
        [("-ea:", true), ("-enableassertions:", true), ("-da:", false), ("-disableassertions:", false)];
    let (enabled, target) =
        prefixes.iter().find_map(|(prefix, enabled)| arg.strip_prefix(prefix).map(|t| (*enabled, t)))?;
    Some(match target.strip_suffix("...") {
        Some(package) => (package.to_string(), true, enabled),
        None => (target.to_string(), false, enabled),
    })
}

/// Runs a program; its exit status.
pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let mut command = parse(args)?;
    if command.launch.jar && !std::path::Path::new(&command.launch.main).is_file() {
        // The `java` launcher's own check, before any VM starts.
        eprintln!("Error: Unable to access jarfile {}", command.launch.main);
        return Ok(ExitCode::FAILURE);
    }
    let jdk = find_jdk(command.jdk.as_deref()).map_err(|e| e.to_string())?;
    let cache = Cache::open_default().map_err(|e| e.to_string())?;
    let base = jdk_base_image(&jdk, &cache, true).map_err(|e| e.to_string())?;
    command.launch.java_home = jdk.root().display().to_string();
    command.launch.class_path = if command.launch.jar {
        command.launch.main.clone()
    } else {
        command.class_path.or_else(|| std::env::var("CLASSPATH").ok()).unwrap_or_else(|| ".".into())
    };
    let max_heap = command.max_heap.unwrap_or_else(keel_runtime_heap::default_max_heap_bytes);
    if command.initial_heap.is_some_and(|initial| initial > max_heap) {
        eprintln!("Error occurred during initialization of VM");
        eprintln!("Initial heap size set to a larger value than the maximum heap size");
        return Ok(ExitCode::FAILURE);
    }
    let stress_interval = match command.stress_interval {
        Some(n) => Some(n),
        None => std::env::var("KEEL_GC_STRESS").ok().map(|n| stress_interval(&n)).transpose()?,
    };
    let initial_bytes = command.initial_heap.unwrap_or(0);
    let options = HeapOptions { max_bytes: max_heap, plan: command.plan, stress_interval, initial_bytes };
    let heap = mmtk_heap(options).map_err(|e| format!("cannot make the heap: {e}"))?;
    let mut vm = Vm::with_heap(vec![ImageSource::Mapped(base)], heap);
    vm.log_gc = command.log_gc;
    vm.assertions = command.assertions;
    vm.cache = Some(cache);
    let status = vm.launch(&command.launch);
    if std::env::var_os("KEEL_PRINT_MEMORY").is_some() {
        eprintln!("keel: {} classes loaded", vm.loaded_classes());
        print_memory_by_mapping();
    }
    if std::env::var_os("KEEL_PRINT_CLASSES").is_some() {
        // For `crates/runtime/startup-classes.sh`: what a run loaded, in order.
        for name in vm.loaded_class_names() {
            eprintln!("keel: loaded {name}");
        }
    }
    // The process ends now and the system takes its memory back at once:
    // freeing the VM's classes, metadata and tables one by one first was
    // 6% of a Hello World's run. (Nothing in the VM needs dropping to take
    // effect: Java's streams write through to their descriptors, and the
    // collector's threads end with the process.)
    std::mem::forget(vm);
    Ok(ExitCode::from(status as u8))
}

/// With `KEEL_PRINT_MEMORY` set: resident memory by mapping at exit (from
/// `/proc/self/smaps`, Linux only), for work on peak memory.
fn print_memory_by_mapping() {
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else { return };
    let mut by_name: std::collections::BTreeMap<String, u64> = Default::default();
    let mut name = String::new();
    for line in smaps.lines() {
        let mut words = line.split_whitespace();
        let first = words.next().unwrap_or("");
        if first.contains('-') && first.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            name = words.nth(4).unwrap_or("[anonymous]").to_string();
        } else if first == "Rss:" {
            let kb: u64 = words.next().and_then(|w| w.parse().ok()).unwrap_or(0);
            *by_name.entry(name.clone()).or_default() += kb;
        }
    }
    let mut rows: Vec<_> = by_name.into_iter().filter(|(_, kb)| *kb >= 256).collect();
    rows.sort_by_key(|row| std::cmp::Reverse(row.1));
    for (name, kb) in rows {
        eprintln!("keel: {kb:>8} KiB resident  {name}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn options_stop_at_the_main_class() {
        let c = parse(&args("-cp a:b -Dx=1 -Dy -ea -Xmx64m Main -cp q r")).unwrap();
        assert_eq!(c.class_path.as_deref(), Some("a:b"));
        assert_eq!(c.launch.properties, vec![("x".into(), "1".into()), ("y".into(), "".into())]);
        assert!(c.assertions.enabled);
        assert_eq!(c.max_heap, Some(64 << 20));
        assert_eq!(c.launch.main, "Main");
        assert_eq!(c.launch.args, args("-cp q r"));
        assert!(!c.launch.jar);
    }

    #[test]
    fn jar_mode_takes_the_jar_and_the_rest() {
        let c = parse(&args("-jar app.jar one two")).unwrap();
        assert!(c.launch.jar);
        assert_eq!(c.launch.main, "app.jar");
        assert_eq!(c.launch.args, args("one two"));
    }

    #[test]
    fn bad_command_lines_are_errors() {
        assert!(parse(&args("-cp")).is_err());
        assert!(parse(&args("-bogus Main")).is_err());
        assert!(parse(&args("-Xmxlots Main")).is_err());
        assert!(parse(&args("-ea")).is_err());
        let c = parse(&args("-ea:com.ex... -da:com.ex.Main -ea:... -esa Main")).unwrap();
        assert_eq!(
            c.assertions.directives,
            vec![
                ("com.ex".to_string(), true, true),
                ("com.ex.Main".to_string(), false, false),
                (String::new(), true, true)
            ]
        );
        assert!(c.assertions.system_enabled && !c.assertions.enabled);
    }
}
