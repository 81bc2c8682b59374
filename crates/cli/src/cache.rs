//! `keel cache list|clear|warm`: the content-addressed cache of images.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Instant, SystemTime};

use keel_cache::Cache;
use keel_classfile::container::find_jdk;
use keel_runtime::image::jdk_base_image;

fn open() -> Result<Cache, String> {
    Cache::open_default().map_err(|e| e.to_string())
}

/// Prints the cache directory and one line per entry: label, kind, size,
/// age, key, and whether it is damaged.
pub fn list() -> Result<ExitCode, String> {
    let cache = open()?;
    let entries = cache.list().map_err(|e| e.to_string())?;
    println!("cache: {}", cache.dir().display());
    let mut total = 0;
    for entry in &entries {
        total += entry.size;
        let label = if entry.label.is_empty() { "?" } else { &entry.label };
        let kind = entry.kind.map_or("?", |k| k.name());
        let age = entry.modified.and_then(|m| SystemTime::now().duration_since(m).ok());
        let age = age.map_or_else(|| "?".to_string(), |d| format_age(d.as_secs()));
        let state = if entry.valid { "" } else { "  (damaged: rebuilt on next use)" };
        println!(
            "{label:<16} {kind:<6} {:>10}  {age:>9}  {}{state}",
            format_size(entry.size),
            &entry.key_hex[..16]
        );
    }
    println!("{} entries, {}", entries.len(), format_size(total));
    Ok(ExitCode::SUCCESS)
}

pub fn clear() -> Result<ExitCode, String> {
    let cache = open()?;
    let removed = cache.clear().map_err(|e| e.to_string())?;
    eprintln!("keel: removed {removed} entries from {}", cache.dir().display());
    Ok(ExitCode::SUCCESS)
}

/// Builds (or finds) the java.base image of the JDK, so the first run of a
/// program does not pay for it.
pub fn warm(jdk: Option<&Path>) -> Result<ExitCode, String> {
    let started = Instant::now();
    let cache = open()?;
    let jdk = find_jdk(jdk).map_err(|e| e.to_string())?;
    let mapped = jdk_base_image(&jdk, &cache, true).map_err(|e| e.to_string())?;
    eprintln!(
        "keel: java.base image ready ({} classes, {}) in {:.3} s: {}",
        mapped.image().class_count(),
        format_size(mapped.bytes().len() as u64),
        started.elapsed().as_secs_f64(),
        mapped.path().display()
    );
    Ok(ExitCode::SUCCESS)
}

fn format_size(bytes: u64) -> String {
    match bytes {
        0..=9_999 => format!("{bytes} B"),
        10_000..=9_999_999 => format!("{:.1} KiB", bytes as f64 / 1024.0),
        _ => format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0)),
    }
}

fn format_age(seconds: u64) -> String {
    match seconds {
        0..=119 => format!("{seconds} s ago"),
        120..=7_199 => format!("{} min ago", seconds / 60),
        7_200..=172_799 => format!("{} h ago", seconds / 3600),
        _ => format!("{} d ago", seconds / 86_400),
    }
}
