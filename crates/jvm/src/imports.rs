//! A class's linkage import table, built while its methods are translated:
//! each distinct import is stored once and referred to by index (a thin
//! layer over `keel_kir::builder::ImportTableBuilder`).

use keel_kir::builder::ImportTableBuilder;
use keel_kir::{Import, ImportIndex};

#[derive(Debug, Default)]
pub struct ImportTable {
    table: ImportTableBuilder,
}

impl ImportTable {
    /// The index of `import`, adding it if it is new.
    pub fn add(&mut self, import: Import) -> ImportIndex {
        self.table.intern(import)
    }

    pub fn class(&mut self, name: &str) -> ImportIndex {
        self.table.class(name)
    }

    pub fn field(&mut self, class: &str, name: &str, descriptor: &str) -> ImportIndex {
        self.table.field(class, name, descriptor)
    }

    pub fn method(&mut self, class: &str, name: &str, descriptor: &str, interface: bool) -> ImportIndex {
        self.table.method(class, name, descriptor, interface)
    }

    pub fn string(&mut self, text: &str) -> ImportIndex {
        self.table.string(text)
    }

    pub fn error(&mut self, class: &str, message: String) -> ImportIndex {
        let class = self.table.class(class);
        self.table.intern(Import::Error { class, message })
    }

    pub fn into_vec(self) -> Vec<Import> {
        self.table.finish()
    }
}
