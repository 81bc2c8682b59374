//! `keel inspect --check PATH`: parse, format-check and decode every class.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use keel_classfile::bytecode::decode_all;
use keel_classfile::ClassFile;

use crate::inspect::open;

/// What a check over a whole container found.
#[derive(Default)]
struct Tally {
    classes: usize,
    methods: usize,
    errors: usize,
    /// Bytes of class files read.
    bytes: usize,
}

pub fn run(path: &Path) -> Result<ExitCode, String> {
    let started = Instant::now();
    let container = open(path)?;
    let entries = container.list_classes().map_err(|e| e.to_string())?;
    let mut tally = Tally::default();
    for entry in &entries {
        let bytes = match container.read_entry(entry) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => {
                report(&mut tally, path, &entry.name, "listed but cannot be read");
                continue;
            }
            Err(e) => {
                report(&mut tally, path, &entry.name, &e.to_string());
                continue;
            }
        };
        tally.classes += 1;
        tally.bytes += bytes.len();
        if let Err(message) = check_class(&bytes, &mut tally.methods) {
            report(&mut tally, path, &entry.name, &message);
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let megabytes = tally.bytes as f64 / 1e6;
    println!(
        "{} classes, {} methods, {} errors ({megabytes:.1} MB in {seconds:.2} s: {:.0} classes/s, {:.1} MB/s)",
        tally.classes,
        tally.methods,
        tally.errors,
        tally.classes as f64 / seconds,
        megabytes / seconds,
    );
    Ok(if tally.errors == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn report(tally: &mut Tally, path: &Path, class: &str, message: &str) {
    tally.errors += 1;
    println!("{}: class {class}: {message}", path.display());
}

/// Parses one class and decodes each method's bytecode.
fn check_class(bytes: &[u8], methods: &mut usize) -> Result<(), String> {
    let class = ClassFile::parse(bytes).map_err(|e| e.to_string())?;
    for method in &class.methods {
        *methods += 1;
        let Some(code) = method.code() else { continue };
        decode_all(code.code).map_err(|e| {
            let name = method.name(&class.constant_pool).unwrap_or_default();
            let descriptor = method.descriptor(&class.constant_pool).unwrap_or_default();
            // The decoder counts from the start of the code; the user wants
            // the offset in the file, and the bytecode offset as context.
            let within = format!("method {name}{descriptor}, bytecode offset {}", e.offset);
            let in_file = keel_classfile::ClassFileError { offset: code.code_offset + e.offset, ..e };
            in_file.within(within).to_string()
        })?;
    }
    Ok(())
}
