//! A directory tree of class files (javac's `-d` output), and a lone `.class` file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::error::{ContainerError, ContainerErrorKind};
use super::{class_name_of, ClassEntry, OpenOptions, ResourceEntry};

/// A directory whose relative paths are the entry names: `a/b/C.class` is class `a/b/C`.
#[derive(Debug)]
pub struct Directory {
    root: PathBuf,
    max_size: u64,
}

impl Directory {
    pub fn open(root: &Path, options: &OpenOptions) -> Result<Directory, ContainerError> {
        let metadata = fs::metadata(root).map_err(|e| ContainerError::io(root, "cannot open", e))?;
        if !metadata.is_dir() {
            return Err(ContainerError::new(ContainerErrorKind::UnknownFormat, root, "not a directory"));
        }
        Ok(Directory { root: root.to_path_buf(), max_size: options.max_entry_size })
    }

    pub fn path(&self) -> &Path {
        &self.root
    }

    pub fn list_classes(&self) -> Result<Vec<ClassEntry>, ContainerError> {
        let entries = self.walk()?;
        Ok(entries
            .iter()
            .filter_map(|entry| class_name_of(entry))
            .map(|name| ClassEntry { module: None, name: name.to_owned() })
            .collect())
    }

    pub fn list_resources(&self) -> Result<Vec<ResourceEntry>, ContainerError> {
        let entries = self.walk()?;
        Ok(entries
            .into_iter()
            .filter(|entry| class_name_of(entry).is_none())
            .map(|name| ResourceEntry { module: None, name })
            .collect())
    }

    pub fn read_class(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        self.read_resource(&format!("{name}.class"))
    }

    pub fn read_resource(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        check_relative_name(&self.root, name)?;
        read_file_if_present(&self.root.join(name), self.max_size).map_err(|e| e.in_entry(name))
    }

    /// Relative `/`-separated paths of every file below the root, sorted.
    ///
    /// Symbolic links to directories are not followed (a link back up the
    /// tree would never end); links to files are. Names that are not UTF-8
    /// cannot be class or resource names and are skipped.
    fn walk(&self) -> Result<Vec<String>, ContainerError> {
        let mut files = Vec::new();
        let mut pending = vec![(self.root.clone(), String::new())];
        while let Some((dir, prefix)) = pending.pop() {
            for entry in read_dir(&dir)? {
                let entry = entry.map_err(|e| ContainerError::io(&dir, "cannot list", e))?;
                let Ok(file_name) = entry.file_name().into_string() else {
                    continue;
                };
                let relative = format!("{prefix}{file_name}");
                let file_type =
                    entry.file_type().map_err(|e| ContainerError::io(&entry.path(), "cannot stat", e))?;
                if file_type.is_dir() {
                    pending.push((entry.path(), format!("{relative}/")));
                } else {
                    files.push(relative);
                }
            }
        }
        files.sort();
        Ok(files)
    }
}

fn read_dir(dir: &Path) -> Result<fs::ReadDir, ContainerError> {
    fs::read_dir(dir).map_err(|e| ContainerError::io(dir, "cannot list", e))
}

/// A name must stay inside the directory: no `..`, no absolute or empty parts.
fn check_relative_name(root: &Path, name: &str) -> Result<(), ContainerError> {
    let bad_part =
        |part: &str| part.is_empty() || part == "." || part == ".." || part.contains(['\\', ':', '\0']);
    if name.split('/').any(bad_part) {
        return Err(ContainerError::new(
            ContainerErrorKind::InvalidName,
            root,
            "not a relative `/`-separated path inside the container",
        )
        .in_entry(name));
    }
    Ok(())
}

/// The file's bytes, `None` if there is no such file.
fn read_file_if_present(path: &Path, max_size: u64) -> Result<Option<Vec<u8>>, ContainerError> {
    match fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Ok(metadata) if !metadata.is_file() => Ok(None),
        _ => read_file_capped(path, max_size).map(Some),
    }
}

/// Reads a whole file, refusing one larger than `max_size` before reading it.
fn read_file_capped(path: &Path, max_size: u64) -> Result<Vec<u8>, ContainerError> {
    let size = fs::metadata(path).map_err(|e| ContainerError::io(path, "cannot open", e))?.len();
    if size > max_size {
        return Err(ContainerError::too_large(path, size, max_size));
    }
    fs::read(path).map_err(|e| ContainerError::io(path, "cannot read", e))
}

/// A single `.class` file. Its class name is taken from the file name (the
/// class-file parser learns the real one from the bytes).
#[derive(Debug)]
pub struct SingleClassFile {
    path: PathBuf,
    name: String,
    max_size: u64,
}

impl SingleClassFile {
    pub fn open(path: &Path, options: &OpenOptions) -> Result<SingleClassFile, ContainerError> {
        let stem = path.file_stem().and_then(|s| s.to_str());
        let Some(name) = stem.filter(|s| !s.is_empty()) else {
            return Err(ContainerError::new(
                ContainerErrorKind::InvalidName,
                path,
                "a class file needs a UTF-8 file name",
            ));
        };
        Ok(SingleClassFile {
            path: path.to_path_buf(),
            name: name.to_owned(),
            max_size: options.max_entry_size,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The class name guessed from the file name (`Foo.class` -> `Foo`).
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn list_classes(&self) -> Vec<ClassEntry> {
        vec![ClassEntry { module: None, name: self.name.clone() }]
    }

    /// The file's bytes if `name` is the one class this container holds.
    pub fn read_class(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        if name != self.name {
            return Ok(None);
        }
        self.read().map(Some)
    }

    /// The file's bytes, whatever its name.
    pub fn read(&self) -> Result<Vec<u8>, ContainerError> {
        read_file_capped(&self.path, self.max_size)
    }
}
