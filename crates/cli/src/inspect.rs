//! `keel inspect PATH [CLASS]`: list a container's classes, or print one.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use keel_classfile::container::Container;
use keel_classfile::ClassFile;

use crate::disassemble;

/// Opens a container, turning its error into a message for the user.
pub fn open(path: &Path) -> Result<Container, String> {
    Container::open(path).map_err(|e| e.to_string())
}

/// Prints one class name per line (with its module, where known).
pub fn list(path: &Path) -> Result<ExitCode, String> {
    let container = open(path)?;
    let mut classes = container.list_classes().map_err(|e| e.to_string())?;
    classes.sort();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for entry in &classes {
        let written = match &entry.module {
            Some(module) => writeln!(out, "{module}/{}", entry.name),
            None => writeln!(out, "{}", entry.name),
        };
        if written.is_err() {
            // A closed pipe (`keel inspect ... | head`) is not an error.
            return Ok(ExitCode::SUCCESS);
        }
    }
    let _ = out.flush();
    Ok(ExitCode::SUCCESS)
}

/// Prints the class `name` of the container at `path`.
pub fn print_class(path: &Path, name: &str, verbose: bool) -> Result<ExitCode, String> {
    let container = open(path)?;
    let internal = name.trim_end_matches(".class").replace('.', "/");
    let bytes = container
        .read_class(&internal)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("{}: no class {name}", path.display()))?;
    let class = ClassFile::parse(&bytes).map_err(|e| format!("{}: class {internal}: {e}", path.display()))?;
    let text = disassemble::class_to_string(&class, verbose);
    let _ = io::stdout().lock().write_all(text.as_bytes());
    Ok(ExitCode::SUCCESS)
}
