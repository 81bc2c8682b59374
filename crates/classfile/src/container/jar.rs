//! Jars (and plain zips), including multi-release jars (JEP 238).

use std::collections::HashMap;
use std::path::Path;

use super::error::ContainerError;
use super::zip_store::ZipStore;
use super::{class_name_of, is_meta_inf, ClassEntry, OpenOptions, ResourceEntry};

const MANIFEST: &str = "META-INF/MANIFEST.MF";
const VERSIONS_DIR: &str = "META-INF/versions/";
/// Versioned entries start at Java 9; lower version directories mean nothing.
const FIRST_VERSIONED_RELEASE: u32 = 9;

pub struct Jar {
    store: ZipStore,
    /// Each name a class loader can ask for -> the zip member that answers it,
    /// after the multi-release overrides for the chosen release.
    resolved: HashMap<String, String>,
    multi_release: bool,
}

impl Jar {
    pub fn open(path: &Path, options: &OpenOptions) -> Result<Jar, ContainerError> {
        let store = ZipStore::open(path, 0, options.max_entry_size)?;
        let manifest = read_manifest(&store)?;
        let multi_release = manifest.as_ref().is_some_and(Manifest::is_multi_release);
        let release = multi_release.then_some(options.release);
        let resolved = resolve_names(store.file_names(), release);
        Ok(Jar { store, resolved, multi_release })
    }

    pub fn path(&self) -> &Path {
        self.store.path()
    }

    /// Whether the manifest says `Multi-Release: true`.
    pub fn is_multi_release(&self) -> bool {
        self.multi_release
    }

    /// The manifest (`META-INF/MANIFEST.MF`), if the jar has one.
    pub fn manifest(&self) -> Result<Option<Manifest>, ContainerError> {
        read_manifest(&self.store)
    }

    pub fn list_classes(&self) -> Vec<ClassEntry> {
        let mut classes: Vec<ClassEntry> = self
            .resolved
            .keys()
            .filter(|name| !is_meta_inf(name))
            .filter_map(|name| class_name_of(name))
            .map(|name| ClassEntry { module: None, name: name.to_owned() })
            .collect();
        classes.sort();
        classes
    }

    /// Every entry that is not a listed class (`META-INF/` ones included).
    pub fn list_resources(&self) -> Vec<ResourceEntry> {
        let mut resources: Vec<ResourceEntry> = self
            .resolved
            .keys()
            .filter(|name| is_meta_inf(name) || class_name_of(name).is_none())
            .map(|name| ResourceEntry { module: None, name: name.clone() })
            .collect();
        resources.sort();
        resources
    }

    pub fn read_class(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        self.read_resource(&format!("{name}.class"))
    }

    /// The entry a class loader sees under `name`: the versioned one in a
    /// multi-release jar if there is one for the release, else the base one.
    pub fn read_resource(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        match self.resolved.get(name) {
            Some(member) => self.store.read(member),
            None => Ok(None),
        }
    }
}

fn read_manifest(store: &ZipStore) -> Result<Option<Manifest>, ContainerError> {
    Ok(store.read(MANIFEST)?.map(|bytes| Manifest::parse(&bytes)))
}

/// Maps every entry name to itself, then lets `META-INF/versions/N/x`
/// (for `9 <= N <= release`, highest `N` winning) answer for `x`.
/// `release` is `None` for a jar that is not multi-release.
fn resolve_names(members: Vec<String>, release: Option<u32>) -> HashMap<String, String> {
    let mut versioned: Vec<(u32, String, String)> = members
        .iter()
        .filter_map(|member| {
            let (version, base) = split_versioned(member)?;
            let wanted = release.is_some_and(|r| (FIRST_VERSIONED_RELEASE..=r).contains(&version));
            wanted.then(|| (version, base.to_owned(), member.clone()))
        })
        .collect();
    // Ascending, so that the highest version is inserted last and wins.
    versioned.sort();
    let mut resolved: HashMap<String, String> = members.into_iter().map(|m| (m.clone(), m)).collect();
    for (_, base, member) in versioned {
        resolved.insert(base, member);
    }
    resolved
}

/// `META-INF/versions/11/a/B.class` -> `(11, "a/B.class")`.
fn split_versioned(member: &str) -> Option<(u32, &str)> {
    let rest = member.strip_prefix(VERSIONS_DIR)?;
    let (version, base) = rest.split_once('/')?;
    if base.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((version.parse().ok()?, base))
}

/// The main section of a jar manifest (JAR File Specification): the
/// attributes a launcher needs (`Main-Class`, `Class-Path`, `Multi-Release`,
/// `Add-Opens` ...). Per-entry sections are not kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    main: Vec<(String, String)>,
}

impl Manifest {
    /// Parses leniently: a malformed line is skipped rather than failing the
    /// whole jar, as the attributes Keel needs are usually still readable.
    pub fn parse(bytes: &[u8]) -> Manifest {
        let text = String::from_utf8_lossy(bytes);
        let main = joined_lines(&text)
            .into_iter()
            .take_while(|line| !line.is_empty())
            .filter_map(|line| {
                let (name, value) = line.split_once(':')?;
                let value = value.strip_prefix(' ').unwrap_or(value);
                Some((name.trim().to_owned(), value.to_owned()))
            })
            .collect();
        Manifest { main }
    }

    /// A main-section attribute; names compare case-insensitively, as the spec says.
    pub fn main_attribute(&self, name: &str) -> Option<&str> {
        self.main.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }

    pub fn main_attributes(&self) -> &[(String, String)] {
        &self.main
    }

    pub fn main_class(&self) -> Option<&str> {
        self.main_attribute("Main-Class")
    }

    pub fn is_multi_release(&self) -> bool {
        self.main_attribute("Multi-Release").is_some_and(|value| value.trim().eq_ignore_ascii_case("true"))
    }
}

/// Splits on any of CRLF, LF, CR and glues continuation lines (which start
/// with one space) to the line they continue; manifests wrap at 72 bytes.
fn joined_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in text.split("\r\n").flat_map(|l| l.split(['\n', '\r'])) {
        match (line.strip_prefix(' '), lines.last_mut()) {
            (Some(continued), Some(previous)) if !previous.is_empty() => previous.push_str(continued),
            _ => lines.push(line.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_main_section_with_continuations_and_any_line_ending() {
        let text = b"Manifest-Version: 1.0\r\nMain-Class: com.example.VeryLongName\r\n sOfMain\nmulti-release: TRUE\rClass-Path: a.jar\r\n\r\nName: x/Y.class\r\nMain-Class: no\r\n";
        let manifest = Manifest::parse(text);
        assert_eq!(manifest.main_class(), Some("com.example.VeryLongNamesOfMain"));
        assert!(manifest.is_multi_release());
        assert_eq!(manifest.main_attribute("class-path"), Some("a.jar"));
        assert_eq!(manifest.main_attributes().len(), 4);
    }

    #[test]
    fn versioned_names_split_only_when_well_formed() {
        assert_eq!(split_versioned("META-INF/versions/11/a/B.class"), Some((11, "a/B.class")));
        assert_eq!(split_versioned("META-INF/versions/x1/a/B.class"), None);
        assert_eq!(split_versioned("META-INF/versions/11/"), None);
        assert_eq!(split_versioned("META-INF/versions/99999999999/a"), None);
        assert_eq!(split_versioned("a/B.class"), None);
    }

    #[test]
    fn highest_version_up_to_the_release_wins() {
        let members = [
            "a/B.class",
            "META-INF/versions/9/a/B.class",
            "META-INF/versions/11/a/B.class",
            "META-INF/versions/21/a/B.class",
            "META-INF/versions/8/a/B.class",
        ]
        .map(str::to_owned)
        .to_vec();
        let pick = |release| resolve_names(members.clone(), release)["a/B.class"].clone();
        assert_eq!(pick(Some(17)), "META-INF/versions/11/a/B.class");
        assert_eq!(pick(Some(21)), "META-INF/versions/21/a/B.class");
        assert_eq!(pick(Some(8)), "a/B.class");
        assert_eq!(pick(None), "a/B.class");
    }
}
