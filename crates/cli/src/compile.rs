//! `keel compile INPUT… -o OUT.kbf`: translate classes into one KBF image.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use keel_classfile::container::{find_jdk, ClassEntry, Container};
use keel_classfile::ClassFile;
use keel_jvm::{translate_class, TRANSLATOR_VERSION};
use keel_kir::{Class, Module};

/// Where the classes of one compilation come from.
pub struct Inputs {
    pub paths: Vec<PathBuf>,
    /// Modules of the JDK's `lib/modules` (e.g. `java.base`).
    pub jdk_modules: Vec<String>,
    /// The JDK to take `jdk_modules` from (default: the one `find_jdk` finds).
    pub jdk: Option<PathBuf>,
}

/// One class to translate: where it is, and its entry there.
struct Source<'c> {
    container: &'c Container,
    entry: ClassEntry,
}

/// What the compilation did, for the summary line.
#[derive(Default)]
struct Tally {
    classes: usize,
    generated: usize,
    methods: usize,
    failures: usize,
}

pub fn run(inputs: &Inputs, output: &Path) -> Result<ExitCode, String> {
    let started = Instant::now();
    let containers = open_inputs(inputs)?;
    let sources = list_sources(&containers, inputs)?;
    let progress = progress_bar(sources.len());
    let mut tally = Tally::default();
    let mut classes = Vec::with_capacity(sources.len());
    for source in &sources {
        match translate_source(source) {
            Ok(translated) => {
                tally.classes += 1;
                tally.generated += translated.len() - 1;
                tally.methods += translated.iter().map(|c| c.methods.len()).sum::<usize>();
                classes.extend(translated);
            }
            Err(message) => {
                tally.failures += 1;
                progress.suspend(|| eprintln!("keel: {message}"));
            }
        }
        progress.inc(1);
    }
    progress.finish_and_clear();
    // Sorted by name so the image does not depend on listing order.
    classes.sort_by(|a, b| a.name.cmp(&b.name));
    let module = Module { name: module_name(inputs, &containers), classes };
    let image = keel_kbf::write_module(&module, TRANSLATOR_VERSION);
    write_atomically(output, &image)?;
    eprintln!(
        "keel: {} classes (+{} generated), {} methods, {} failed; {} bytes written to {} in {:.2} s",
        tally.classes,
        tally.generated,
        tally.methods,
        tally.failures,
        image.len(),
        output.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(if tally.failures == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn open_inputs(inputs: &Inputs) -> Result<Vec<Container>, String> {
    let mut containers = Vec::new();
    for path in &inputs.paths {
        containers.push(Container::open(path).map_err(|e| e.to_string())?);
    }
    if !inputs.jdk_modules.is_empty() {
        let jdk = find_jdk(inputs.jdk.as_deref()).map_err(|e| e.to_string())?;
        containers.push(Container::open(jdk.modules_image()).map_err(|e| e.to_string())?);
    }
    if containers.is_empty() {
        return Err("nothing to compile: give a class file, directory, jar or jmod, or --jdk-module".into());
    }
    Ok(containers)
}

/// Every class of the inputs; for the JDK image, only the modules asked for.
fn list_sources<'c>(containers: &'c [Container], inputs: &Inputs) -> Result<Vec<Source<'c>>, String> {
    let mut sources = Vec::new();
    for container in containers {
        let is_jdk_image = matches!(container, Container::JImage(_)) && !inputs.jdk_modules.is_empty();
        for entry in container.list_classes().map_err(|e| e.to_string())? {
            let wanted =
                !is_jdk_image || entry.module.as_ref().is_some_and(|m| inputs.jdk_modules.contains(m));
            // A module descriptor declares no class: nothing to run.
            if wanted && !entry.is_module_info() {
                sources.push(Source { container, entry });
            }
        }
    }
    if sources.is_empty() {
        return Err("no classes found in the inputs".into());
    }
    Ok(sources)
}

/// Reads, parses and translates one class (and the classes generated for it).
fn translate_source(source: &Source<'_>) -> Result<Vec<Class>, String> {
    let path = source.container.path().display();
    let name = &source.entry.name;
    let bytes = source
        .container
        .read_entry(&source.entry)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("{path}: class {name}: listed but cannot be read"))?;
    let class = ClassFile::parse(&bytes).map_err(|e| format!("{path}: class {name}: {e}"))?;
    let translation = translate_class(&class).map_err(|e| format!("{path}: {e}"))?;
    let mut classes = vec![translation.class];
    classes.extend(translation.generated);
    Ok(classes)
}

/// The module name an image records: the JDK module, or a jmod's module.
fn module_name(inputs: &Inputs, containers: &[Container]) -> Option<String> {
    if let [only] = inputs.jdk_modules.as_slice() {
        if inputs.paths.is_empty() {
            return Some(only.clone());
        }
    }
    match containers {
        [Container::Jmod(jmod)] => Some(jmod.module().to_string()),
        _ => None,
    }
}

/// A progress bar on a terminal; nothing otherwise (logs stay clean).
fn progress_bar(total: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total as u64);
    let style = ProgressStyle::with_template("translating {bar:40} {pos}/{len} classes ({eta})")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

/// Writes to a temporary file beside `path`, then renames it into place, so
/// no reader ever sees a half-written image.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let temporary = path.with_extension(format!("kbf.tmp{}", std::process::id()));
    std::fs::write(&temporary, bytes).map_err(|e| format!("{}: {e}", temporary.display()))?;
    std::fs::rename(&temporary, path).map_err(|e| format!("{}: {e}", path.display()))
}
