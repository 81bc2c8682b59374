//! `keel inspect OUT.kbf [CLASS [METHOD]]`: classes, linkage tables and KIR.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use keel_kbf::Image;
use keel_kir::print::{print_class, print_function};

/// Whether the file starts with the KBF magic.
pub fn is_image(path: &Path) -> bool {
    let mut magic = [0u8; 4];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut magic)).is_ok() && magic == keel_kbf::MAGIC
}

pub fn run(path: &Path, class: Option<&str>, method: Option<&str>) -> Result<ExitCode, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let image = Image::open_verified(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = match class {
        None => list(&image)?,
        Some(name) => show_class(&image, &name.replace('.', "/"), method)?,
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    Ok(ExitCode::SUCCESS)
}

fn list(image: &Image<'_>) -> Result<String, String> {
    let module = image.module_name().map_err(|e| e.to_string())?;
    let mut out = format!(
        "KBF image: module {}, {} classes, translator {}\n",
        module.unwrap_or("(unnamed)"),
        image.class_count(),
        image.translator_version()
    );
    for name in image.class_names() {
        out.push_str(name.map_err(|e| e.to_string())?);
        out.push('\n');
    }
    Ok(out)
}

fn show_class(image: &Image<'_>, name: &str, method: Option<&str>) -> Result<String, String> {
    let view = image
        .find_class(name)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no class {name} in the image"))?;
    let class = view.decode().map_err(|e| e.to_string())?;
    let Some(wanted) = method else {
        return Ok(print_class(&class));
    };
    let mut out = String::new();
    for m in &class.methods {
        let full = format!("{}{}", m.name, m.descriptor);
        if m.name != wanted && full != wanted {
            continue;
        }
        out.push_str(&format!("{full}\n"));
        match &m.body {
            Some(body) => out.push_str(&print_function(body, &class.imports)),
            None => out.push_str("  (no body: abstract or native)\n"),
        }
    }
    if out.is_empty() {
        return Err(format!("no method {wanted} in class {name}"));
    }
    Ok(out)
}
