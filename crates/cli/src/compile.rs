//! `keel compile INPUT… -o OUT.kbf`: translate classes into one KBF image.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use keel_classfile::container::{find_jdk, Container};
use keel_jvm::module::{list_sources, translate_module, ClassOutcome};
use keel_jvm::TRANSLATOR_VERSION;

/// Where the classes of one compilation come from.
pub struct Inputs {
    pub paths: Vec<PathBuf>,
    /// Modules of the JDK's `lib/modules` (e.g. `java.base`).
    pub jdk_modules: Vec<String>,
    /// The JDK to take `jdk_modules` from (default: the one `find_jdk` finds).
    pub jdk: Option<PathBuf>,
}

pub fn run(inputs: &Inputs, output: &Path) -> Result<ExitCode, String> {
    let started = Instant::now();
    let containers = open_inputs(inputs)?;
    let sources = list_sources(&containers, &inputs.jdk_modules).map_err(|e| e.to_string())?;
    if sources.is_empty() {
        return Err("no classes found in the inputs".into());
    }
    let progress = progress_bar(sources.len());
    let translation = translate_module(module_name(inputs, &containers), &sources, &mut |outcome| {
        if let ClassOutcome::Failed(message) = outcome {
            progress.suspend(|| eprintln!("keel: {message}"));
        }
        progress.inc(1);
    });
    progress.finish_and_clear();
    let module = translation.module;
    let failures = translation.failures.len();
    let image = keel_kbf::write_module(&module, TRANSLATOR_VERSION);
    write_atomically(output, &image)?;
    eprintln!(
        "keel: {} classes (+{} generated), {} methods, {} failed; {} bytes written to {} in {:.2} s",
        translation.classes,
        translation.generated,
        translation.methods,
        failures,
        image.len(),
        output.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(if failures == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
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
