//! Shared by the runtime's tests that run against java.base: its image
//! from the cache they all share, a VM over it, scratch directories, and
//! calling a native directly.
#![allow(dead_code)]

use std::path::PathBuf;

use keel_cache::Cache;
use keel_classfile::container::find_jdk;
use keel_runtime::image::{jdk_base_image, MappedImage};
use keel_runtime::vm::{ImageSource, Value, Vm};

/// The cache the tests share (`$KEEL_CACHE_DIR`, else
/// `keel-runtime-test-cache` in the temporary directory), so java.base is
/// translated once for all of them.
pub fn cache_dir() -> PathBuf {
    std::env::var_os("KEEL_CACHE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("keel-runtime-test-cache"))
}

/// java.base's image, translated on first use.
pub fn java_base() -> MappedImage {
    let jdk = find_jdk(None).expect("a JDK 17 is needed for these tests (CI installs one)");
    let cache = Cache::open(cache_dir()).unwrap();
    jdk_base_image(&jdk, &cache, false).unwrap()
}

/// A VM over java.base and `more` images, with a heap of `limit` bytes
/// (java.base is loaded, not booted).
pub fn vm_with(more: Vec<ImageSource>, limit: usize) -> Vm {
    let mut images = vec![ImageSource::Mapped(java_base())];
    images.extend(more);
    Vm::new(images, limit)
}

/// A fresh directory for one test, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(prefix: &str, name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("{prefix}-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    pub fn path(&self, name: &str) -> String {
        self.0.join(name).to_str().unwrap().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Calls a native; a thrown exception as "class: message".
pub fn call(
    vm: &mut Vm,
    class: &str,
    name: &str,
    descriptor: &str,
    args: &[Value],
) -> Result<Option<Value>, String> {
    vm.call_native_by_name(class, name, descriptor, args).map_err(|e| vm.describe(&e))
}
