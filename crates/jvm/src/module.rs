//! Translating a whole module: every class of some containers into one KIR
//! [`Module`], the procedure `keel compile` and the runtime's image cache
//! share (the caller writes the module with `keel_kbf::write_module`).

use keel_classfile::container::{ClassEntry, Container, ContainerError};
use keel_classfile::ClassFile;
use keel_kir::{Class, Module};

use crate::translate_class;

/// One class to translate: the container it is in, and its entry there.
pub struct ClassSource<'c> {
    pub container: &'c Container,
    pub entry: ClassEntry,
}

/// Every class of `containers`, except module descriptors (they declare no
/// class). When `jdk_modules` is not empty, a JDK image (jimage) contributes
/// only the classes of those modules; other containers contribute all theirs.
pub fn list_sources<'c>(
    containers: &'c [Container],
    jdk_modules: &[String],
) -> Result<Vec<ClassSource<'c>>, ContainerError> {
    let mut sources = Vec::new();
    for container in containers {
        let is_jdk_image = matches!(container, Container::JImage(_)) && !jdk_modules.is_empty();
        for entry in container.list_classes()? {
            let wanted = !is_jdk_image || entry.module.as_ref().is_some_and(|m| jdk_modules.contains(m));
            if wanted && !entry.is_module_info() {
                sources.push(ClassSource { container, entry });
            }
        }
    }
    Ok(sources)
}

/// What happened to one class, reported as each is done (for progress bars).
pub enum ClassOutcome<'a> {
    Translated,
    /// The class was left out; the message names file, class, method, offset.
    Failed(&'a str),
}

/// A translated module and what it took.
pub struct ModuleTranslation {
    /// Classes sorted by name, so the module does not depend on listing order.
    pub module: Module,
    /// Classes translated from class files.
    pub classes: usize,
    /// Classes generated for them (lambdas, …).
    pub generated: usize,
    pub methods: usize,
    /// One message per class that failed to read, parse or verify.
    pub failures: Vec<String>,
}

/// Reads, parses and translates every source into one module named `name`.
/// A class that fails is left out and reported (in `failures` and through
/// `on_class`); the others are still translated.
pub fn translate_module(
    name: Option<String>,
    sources: &[ClassSource<'_>],
    on_class: &mut dyn FnMut(ClassOutcome<'_>),
) -> ModuleTranslation {
    let mut result = ModuleTranslation {
        module: Module { name, classes: Vec::with_capacity(sources.len()) },
        classes: 0,
        generated: 0,
        methods: 0,
        failures: Vec::new(),
    };
    for source in sources {
        match translate_source(source) {
            Ok(translated) => {
                result.classes += 1;
                result.generated += translated.len() - 1;
                result.methods += translated.iter().map(|c| c.methods.len()).sum::<usize>();
                result.module.classes.extend(translated);
                on_class(ClassOutcome::Translated);
            }
            Err(message) => {
                on_class(ClassOutcome::Failed(&message));
                result.failures.push(message);
            }
        }
    }
    result.module.classes.sort_by(|a, b| a.name.cmp(&b.name));
    result
}

/// Reads, parses and translates one class (and the classes generated for it).
fn translate_source(source: &ClassSource<'_>) -> Result<Vec<Class>, String> {
    let path = source.container.path().display();
    let name = &source.entry.name;
    let bytes = source
        .container
        .read_entry(&source.entry)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("{path}: class {name}: listed but cannot be read"))?;
    let class = ClassFile::parse(&bytes).map_err(|e| format!("{path}: class {name}: {e}"))?;
    let mut translation = translate_class(&class).map_err(|e| format!("{path}: {e}"))?;
    translation.optimize();
    let mut classes = vec![translation.class];
    classes.extend(translation.generated);
    Ok(classes)
}
