//! Jmods (JEP 261): the bytes `JM 01 00`, then a zip whose `classes/`
//! section holds what the module puts on the module path (the other
//! sections, `bin/ conf/ lib/ legal/ ...`, are for jlink and are not read).

use std::path::Path;

use super::error::ContainerError;
use super::zip_store::ZipStore;
use super::{class_name_of, is_meta_inf, ClassEntry, OpenOptions, ResourceEntry};

const HEADER: [u8; 4] = [b'J', b'M', 1, 0];
const CLASSES_DIR: &str = "classes/";

pub struct Jmod {
    store: ZipStore,
    module: String,
}

impl Jmod {
    pub fn open(path: &Path, options: &OpenOptions) -> Result<Jmod, ContainerError> {
        // The zip's own offsets count from the end of the header.
        let store = ZipStore::open(path, HEADER.len() as u64, options.max_entry_size)?;
        Ok(Jmod { store, module: module_name_from_file_name(path) })
    }

    pub fn path(&self) -> &Path {
        self.store.path()
    }

    /// The module's name, from the file name (`java.base.jmod` -> `java.base`)
    /// as jlink names them; the authoritative one is in `module-info.class`.
    pub fn module(&self) -> &str {
        &self.module
    }

    pub fn list_classes(&self) -> Vec<ClassEntry> {
        let mut classes: Vec<ClassEntry> = self
            .class_section_names()
            .iter()
            .filter(|name| !is_meta_inf(name))
            .filter_map(|name| class_name_of(name))
            .map(|name| self.class_entry(name))
            .collect();
        classes.sort();
        classes
    }

    /// The non-class entries of the `classes/` section, named without the prefix.
    pub fn list_resources(&self) -> Vec<ResourceEntry> {
        let mut resources: Vec<ResourceEntry> = self
            .class_section_names()
            .into_iter()
            .filter(|name| is_meta_inf(name) || class_name_of(name).is_none())
            .map(|name| ResourceEntry { module: Some(self.module.clone()), name })
            .collect();
        resources.sort();
        resources
    }

    pub fn read_class(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        self.read_resource(&format!("{name}.class"))
    }

    /// Entry `name` of the `classes/` section.
    pub fn read_resource(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        self.store.read(&format!("{CLASSES_DIR}{name}"))
    }

    /// Names of the `classes/` members, with that prefix removed.
    fn class_section_names(&self) -> Vec<String> {
        let names = self.store.file_names();
        names.iter().filter_map(|name| name.strip_prefix(CLASSES_DIR)).map(str::to_owned).collect()
    }

    fn class_entry(&self, name: &str) -> ClassEntry {
        ClassEntry { module: Some(self.module.clone()), name: name.to_owned() }
    }
}

fn module_name_from_file_name(path: &Path) -> String {
    let file_name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let module = file_name.strip_suffix(".jmod").unwrap_or(&file_name);
    module.to_owned()
}
