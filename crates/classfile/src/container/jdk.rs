//! Finding the JDK 17 whose class library Keel runs on.
//!
//! Order: an explicit path (e.g. `--jdk`), which is final if given: a user
//! who names a JDK must not silently get another one; then `JAVA_HOME`; then
//! the usual install places. A home qualifies if its `release` file says
//! `JAVA_VERSION="17..."` and it has `lib/modules`.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// The Java feature release Keel's natives are written against.
pub const REQUIRED_FEATURE: u32 = 17;

/// Directories whose children are JDK homes (or macOS bundles).
const INSTALL_ROOTS: [&str; 4] =
    ["/usr/lib/jvm", "/usr/java", "/opt/java", "/Library/Java/JavaVirtualMachines"];

/// A JDK home that passed the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JdkHome {
    root: PathBuf,
    version: String,
}

impl JdkHome {
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `JAVA_VERSION` from the `release` file, e.g. `17.0.15`.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The jimage holding every module: `lib/modules`.
    pub fn modules_image(&self) -> PathBuf {
        self.root.join("lib").join("modules")
    }

    /// `jmods/<module>.jmod`, if this JDK ships jmods (many runtime images do not).
    pub fn jmod(&self, module: &str) -> Option<PathBuf> {
        let path = self.root.join("jmods").join(format!("{module}.jmod"));
        path.is_file().then_some(path)
    }
}

/// No JDK 17 was found; says where Keel looked and why each place failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JdkNotFound {
    /// `(place, why it was rejected)`, in the order they were tried.
    pub rejected: Vec<(String, String)>,
}

impl fmt::Display for JdkNotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no JDK {REQUIRED_FEATURE} found")?;
        for (place, reason) in &self.rejected {
            write!(f, "\n  {place}: {reason}")?;
        }
        write!(f, "\ninstall a JDK {REQUIRED_FEATURE}, or name its home with --jdk or JAVA_HOME")
    }
}

impl std::error::Error for JdkNotFound {}

/// Finds a JDK 17: `explicit` if given (and only it), else `JAVA_HOME`, else
/// the usual install places.
pub fn find_jdk(explicit: Option<&Path>) -> Result<JdkHome, JdkNotFound> {
    let mut rejected = Vec::new();
    if let Some(path) = explicit {
        return check_jdk_home(path).map_err(|reason| JdkNotFound {
            rejected: vec![(format!("{} (given)", path.display()), reason)],
        });
    }
    match std::env::var_os("JAVA_HOME") {
        Some(home) => match check_jdk_home(Path::new(&home)) {
            Ok(jdk) => return Ok(jdk),
            Err(reason) => rejected.push((format!("JAVA_HOME={}", home.to_string_lossy()), reason)),
        },
        None => rejected.push(("JAVA_HOME".to_owned(), "not set".to_owned())),
    }
    for root in INSTALL_ROOTS.map(Path::new) {
        if let Some(jdk) = search_install_root(root, &mut rejected) {
            return Ok(jdk);
        }
    }
    Err(JdkNotFound { rejected })
}

/// Tries the children of `root` whose names mention 17, OpenJDK packages'
/// canonical `java-17-openjdk-*` first; records why each one failed.
fn search_install_root(root: &Path, rejected: &mut Vec<(String, String)>) -> Option<JdkHome> {
    let candidates = match candidate_homes(root) {
        Ok(candidates) => candidates,
        Err(reason) => {
            rejected.push((root.display().to_string(), reason));
            return None;
        }
    };
    if candidates.is_empty() {
        let reason = format!("no entry with {REQUIRED_FEATURE} in its name");
        rejected.push((root.display().to_string(), reason));
    }
    for home in candidates {
        match check_jdk_home(&home) {
            Ok(jdk) => return Some(jdk),
            Err(reason) => rejected.push((home.display().to_string(), reason)),
        }
    }
    None
}

fn candidate_homes(root: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(root).map_err(|e| format!("cannot list: {e}"))?;
    let feature = REQUIRED_FEATURE.to_string();
    let canonical_prefix = format!("java-{feature}-openjdk");
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.contains(&feature))
        .collect();
    // Canonical names first, then alphabetical, so the choice is reproducible.
    names.sort_by_key(|name| (!name.starts_with(&canonical_prefix), name.clone()));
    Ok(names.iter().map(|name| home_in(&root.join(name))).collect())
}

/// A macOS bundle keeps its home in `Contents/Home`.
fn home_in(dir: &Path) -> PathBuf {
    let bundle_home = dir.join("Contents").join("Home");
    if bundle_home.is_dir() {
        bundle_home
    } else {
        dir.to_path_buf()
    }
}

/// Accepts `home` if it is a JDK of the required feature release with a jimage.
pub fn check_jdk_home(home: &Path) -> Result<JdkHome, String> {
    let release_file = home.join("release");
    let release = fs::read_to_string(&release_file)
        .map_err(|e| format!("cannot read {}: {e}", release_file.display()))?;
    let version = java_version(&release).ok_or("its release file has no JAVA_VERSION")?;
    let feature = feature_release(&version);
    if feature != Some(REQUIRED_FEATURE) {
        return Err(format!("JAVA_VERSION is {version}, Keel needs {REQUIRED_FEATURE}"));
    }
    let modules = home.join("lib").join("modules");
    if !modules.is_file() {
        return Err(format!("has no {}", modules.display()));
    }
    Ok(JdkHome { root: home.to_path_buf(), version })
}

/// The value of `JAVA_VERSION="..."` in a `release` file.
fn java_version(release: &str) -> Option<String> {
    release.lines().find_map(|line| {
        let value = line.trim().strip_prefix("JAVA_VERSION=")?;
        Some(value.trim().trim_matches('"').to_owned())
    })
}

/// `17.0.15` -> 17, `17` -> 17, `1.8.0_292` -> 8.
fn feature_release(version: &str) -> Option<u32> {
    let mut parts = version.split(|c: char| !c.is_ascii_digit());
    let first: u32 = parts.next()?.parse().ok()?;
    if first == 1 {
        return parts.next()?.parse().ok();
    }
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_release_of_version_strings() {
        assert_eq!(feature_release("17.0.15"), Some(17));
        assert_eq!(feature_release("17"), Some(17));
        assert_eq!(feature_release("17-ea"), Some(17));
        assert_eq!(feature_release("1.8.0_292"), Some(8));
        assert_eq!(feature_release("25"), Some(25));
        assert_eq!(feature_release(""), None);
    }

    #[test]
    fn java_version_from_release_file() {
        let release = "IMPLEMENTOR=\"x\"\nJAVA_RUNTIME_VERSION=\"17.0.15+6\"\nJAVA_VERSION=\"17.0.15\"\n";
        assert_eq!(java_version(release).as_deref(), Some("17.0.15"));
        assert_eq!(java_version("OS_NAME=\"Linux\""), None);
    }
}
