//! Tests of every container kind, on this machine's JDK where there is one
//! and on small files written here, corrupted in every way we could think of.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use super::test_support::{jdk, jdk_image, jimage_bytes, zip_bytes, ImageResource, Packing, Rng, TempDir};
use super::*;

const CLASS_MAGIC: [u8; 4] = [0xCA, 0xFE, 0xBA, 0xBE];

fn class_bytes(tag: &str) -> Vec<u8> {
    let mut bytes = CLASS_MAGIC.to_vec();
    bytes.extend_from_slice(tag.as_bytes());
    bytes
}

fn names(classes: &[ClassEntry]) -> Vec<&str> {
    classes.iter().map(|c| c.name.as_str()).collect()
}

fn small_options(max_entry_size: u64) -> OpenOptions {
    OpenOptions { max_entry_size, ..OpenOptions::default() }
}

// ---- the JDK's lib/modules -------------------------------------------------

#[test]
fn jdk_image_lists_classes_and_modules_and_reads_object() {
    let image = jdk_image();
    let classes = image.list_classes().unwrap();
    assert!(classes.len() > 26_000, "only {} classes", classes.len());
    let object = ClassEntry { module: Some("java.base".to_owned()), name: "java/lang/Object".to_owned() };
    assert!(classes.binary_search(&object).is_ok());
    let module_infos = classes.iter().filter(|c| c.is_module_info()).count();

    let modules = image.modules().unwrap();
    assert!(modules.iter().any(|m| m == "java.base"));
    assert!(!modules.iter().any(|m| m == "packages" || m == "modules" || m.is_empty()));
    assert_eq!(module_infos, modules.len(), "one module-info per module");

    let bytes = image.read_class("java/lang/Object").unwrap().unwrap();
    assert_eq!(bytes[..4], CLASS_MAGIC);
    eprintln!(
        "lib/modules: {} entries, {} classes, {} modules",
        image.resource_count(),
        classes.len(),
        modules.len()
    );
}

#[test]
fn jdk_image_reads_module_info_resources_and_misses_cleanly() {
    let image = jdk_image();
    let module_info = image.read_class_in("java.base", MODULE_INFO).unwrap().unwrap();
    assert_eq!(module_info[..4], CLASS_MAGIC);
    assert_eq!(image.read_class(MODULE_INFO).unwrap(), None);
    assert_eq!(image.read_class("java/lang/NoSuchClass").unwrap(), None);
    assert_eq!(image.read_class("no/such/package/X").unwrap(), None);
    let full = image.read_resource("/java.base/java/lang/Object.class").unwrap();
    assert_eq!(full, image.read_class("java/lang/Object").unwrap());

    // Resources outside packages too (META-INF/services, icu data directories).
    let resources = image.list_resources().unwrap();
    let java_base = resources.iter().filter(|r| r.module.as_deref() == Some("java.base"));
    for resource in java_base {
        let by_path = image.read_resource(&resource.name).unwrap();
        assert!(by_path.is_some(), "{}", resource.name);
        let in_module = image.read_resource_in("java.base", &resource.name).unwrap();
        if !resource.name.starts_with("META-INF/") {
            assert_eq!(by_path, in_module, "{}", resource.name);
        }
    }
}

/// Reads every class by name alone (module found through `/packages/`),
/// which also checks the hash lookup against every class of the real file.
#[test]
fn jdk_image_reads_every_class_by_name() {
    let jdk = jdk();
    let started = Instant::now();
    let image = JImage::open(&jdk.modules_image(), &OpenOptions::default()).unwrap();
    let opened = started.elapsed();
    let started = Instant::now();
    let classes = image.list_classes().unwrap();
    let listed = started.elapsed();
    let mut total = 0usize;
    for class in classes.iter().filter(|c| !c.is_module_info()) {
        let bytes = image.read_class(&class.name).unwrap();
        let bytes = bytes.unwrap_or_else(|| panic!("{} listed but not found", class.name));
        assert_eq!(bytes[..4], CLASS_MAGIC, "{}", class.name);
        total += bytes.len();
    }
    eprintln!(
        "lib/modules: opened in {opened:?}; listed {} classes in {listed:?}; \
         list + read all ({total} bytes) in {:?}",
        classes.len(),
        started.elapsed()
    );
}

#[test]
fn jdk_image_is_detected_by_container_open() {
    let jdk = jdk();
    let container = Container::open(jdk.modules_image()).unwrap();
    assert_eq!(container.kind(), ContainerKind::JImage);
    assert!(container.modules().unwrap().iter().any(|m| m == "java.base"));
    let bytes = container.read_class("java/lang/String").unwrap().unwrap();
    assert_eq!(bytes[..4], CLASS_MAGIC);
}

#[test]
fn jdk_image_truncated_in_header_or_index_is_an_error() {
    let image_path = jdk().modules_image();
    let data = std::fs::read(image_path).unwrap();
    for length in 0..28 {
        let error =
            JImage::from_bytes("modules", data[..length].to_vec(), &OpenOptions::default()).err().unwrap();
        assert_eq!(error.kind(), ContainerErrorKind::Malformed);
        assert_eq!(error.offset(), Some(length as u64), "{error}");
    }
    // Cut inside the strings table: the index no longer fits.
    let error =
        JImage::from_bytes("modules", data[..1_000_000].to_vec(), &OpenOptions::default()).err().unwrap();
    assert!(error.to_string().contains("index claims"), "{error}");
}

#[test]
fn jdk_jmod_lists_and_reads_java_base() {
    let jdk = jdk();
    let path = jdk.jmod("java.base").expect("the JDK has jmods/java.base.jmod");
    let container = Container::open(&path).unwrap();
    assert_eq!(container.kind(), ContainerKind::Jmod);
    assert_eq!(container.modules().unwrap(), ["java.base"]);
    let classes = container.list_classes().unwrap();
    assert!(classes.len() > 5_000, "only {} classes", classes.len());
    assert!(classes.iter().any(|c| c.is_module_info()));
    assert!(classes.iter().all(|c| c.module.as_deref() == Some("java.base")));
    let object = container.read_class("java/lang/Object").unwrap().unwrap();
    assert_eq!(object[..4], CLASS_MAGIC);
    assert!(!container.list_resources().unwrap().is_empty());
}

/// jlink's `--compress=2` stores resources zlib-compressed: check that we
/// read such an image as the JDK wrote it, not just as our writer does.
#[test]
fn jlink_zip_compressed_image_reads_back() {
    let jdk = jdk();
    let jlink = jdk.root().join("bin").join("jlink");
    assert!(jlink.is_file() && jdk.jmod("java.base").is_some(), "the JDK has jlink and jmods");
    let dir = TempDir::new("jlink");
    let output = dir.path().join("image");
    let status = std::process::Command::new(&jlink)
        .args(["--add-modules", "java.base", "--compress=2", "--output"])
        .arg(&output)
        .status()
        .unwrap();
    assert!(status.success());
    let image = JImage::open(&output.join("lib").join("modules"), &OpenOptions::default()).unwrap();
    let original = jdk_image();
    let classes = image.list_classes().unwrap();
    assert!(classes.len() > 5_000);
    for name in ["java/lang/Object", "java/util/HashMap", "java/lang/invoke/MethodHandle"] {
        let bytes = image.read_class(name).unwrap().unwrap();
        assert_eq!(Some(bytes), original.read_class(name).unwrap(), "{name}");
    }
}

// ---- synthetic jimages -----------------------------------------------------

fn sample_resources() -> Vec<ImageResource> {
    vec![
        ImageResource::new("m.one", "p/A.class", &class_bytes("A")),
        ImageResource::new("m.one", "p/q/B.class", &class_bytes("B")),
        ImageResource::new("m.one", "module-info.class", &class_bytes("mi1")),
        ImageResource::new("m.one", "p/data.txt", b"hello"),
        ImageResource::new("m.two", "r/C.class", &class_bytes("C")),
        ImageResource::new("m.two", "module-info.class", &class_bytes("mi2")),
        ImageResource::new("m.two", "r/Z.class", &class_bytes(&"z".repeat(300))).packed(Packing::Zip),
    ]
}

fn sample_image(big_endian: bool) -> JImage {
    let bytes = jimage_bytes(&sample_resources(), big_endian);
    JImage::from_bytes("sample", bytes, &OpenOptions::default()).unwrap()
}

#[test]
fn synthetic_jimage_in_either_byte_order() {
    for big_endian in [false, true] {
        let image = sample_image(big_endian);
        assert_eq!(image.is_big_endian(), big_endian);
        let classes = image.list_classes().unwrap();
        let expected = ["module-info", "p/A", "p/q/B", "module-info", "r/C", "r/Z"];
        assert_eq!(names(&classes), expected);
        assert_eq!(image.modules().unwrap(), ["m.one", "m.two"]);
        assert_eq!(image.read_class("p/q/B").unwrap(), Some(class_bytes("B")));
        assert_eq!(image.read_class("r/C").unwrap(), Some(class_bytes("C")));
        assert_eq!(image.read_class("r/Z").unwrap(), Some(class_bytes(&"z".repeat(300))));
        assert_eq!(image.read_class("p/C").unwrap(), None);
        assert_eq!(image.read_class_in("m.two", MODULE_INFO).unwrap(), Some(class_bytes("mi2")));
        assert_eq!(image.read_resource("p/data.txt").unwrap(), Some(b"hello".to_vec()));
        let resources = image.list_resources().unwrap();
        assert_eq!(resources.len(), 1);
        assert_eq!(resources[0].name, "p/data.txt");
    }
}

#[test]
fn synthetic_jimage_with_unknown_compressor_names_it() {
    let resources = [
        ImageResource::new("m", "p/S.class", &class_bytes("S")).packed(Packing::Named("compact-cp")),
        ImageResource::new("m", "p/T.class", &class_bytes("T")),
    ];
    let image = JImage::from_bytes("cp", jimage_bytes(&resources, false), &OpenOptions::default()).unwrap();
    assert_eq!(names(&image.list_classes().unwrap()), ["p/S", "p/T"]);
    let error = image.read_class("p/S").unwrap_err();
    assert_eq!(error.kind(), ContainerErrorKind::UnsupportedCompression);
    assert_eq!(error.entry(), Some("/m/p/S.class"));
    assert!(error.to_string().contains("`compact-cp`"), "{error}");
}

#[test]
fn synthetic_jimage_entry_over_the_size_limit_is_refused() {
    let big = vec![0u8; 100_000];
    let resources = [
        ImageResource::new("m", "p/Plain.class", &big),
        ImageResource::new("m", "p/Packed.class", &big).packed(Packing::Zip),
    ];
    let bytes = jimage_bytes(&resources, false);
    let image = JImage::from_bytes("bomb", bytes, &small_options(1000)).unwrap();
    for name in ["p/Plain", "p/Packed"] {
        let error = image.read_class(name).unwrap_err();
        assert_eq!(error.kind(), ContainerErrorKind::TooLarge, "{error}");
    }
}

#[test]
fn jimage_whose_counts_claim_huge_tables_is_an_error() {
    let bytes = jimage_bytes(&sample_resources(), false);
    for field in 3..7 {
        let mut hostile = bytes.clone();
        hostile[4 * field..4 * field + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        let result = JImage::from_bytes("huge", hostile, &OpenOptions::default());
        if field == 3 {
            // The resource count sizes nothing: harmless.
            assert!(result.is_ok());
            continue;
        }
        let error = result.err().unwrap();
        assert_eq!(error.kind(), ContainerErrorKind::Malformed);
        assert_eq!(error.offset(), Some(16));
    }
}

#[test]
fn jimage_with_wrong_magic_or_version_is_an_error() {
    let bytes = jimage_bytes(&sample_resources(), false);
    let mut wrong_version = bytes.clone();
    wrong_version[6] = 2;
    let error = JImage::from_bytes("v", wrong_version, &OpenOptions::default()).err().unwrap();
    assert!(error.to_string().contains("version 2.0"), "{error}");
    let mut wrong_magic = bytes;
    wrong_magic[0] = 0;
    let error = JImage::from_bytes("m", wrong_magic, &OpenOptions::default()).err().unwrap();
    assert_eq!(error.offset(), Some(0));
}

/// Everything a caller can do with an image, ignoring the outcome: the
/// point is that none of it panics.
fn exercise_image(bytes: Vec<u8>) {
    let Ok(image) = JImage::from_bytes("fuzz", bytes, &small_options(1 << 20)) else {
        return;
    };
    let _ = image.list_classes();
    let _ = image.list_resources();
    let _ = image.modules();
    for name in ["p/A", "p/q/B", "r/C", "r/Z", "p/data"] {
        let _ = image.read_class(name);
    }
    let _ = image.read_class_in("m.one", MODULE_INFO);
    let _ = image.read_resource("/m.two/r/Z.class");
}

#[test]
fn jimage_with_any_byte_flipped_never_panics() {
    for big_endian in [false, true] {
        let bytes = jimage_bytes(&sample_resources(), big_endian);
        for position in 0..bytes.len() {
            for flip in [0x01, 0x80, 0xFF] {
                let mut corrupt = bytes.clone();
                corrupt[position] ^= flip;
                let outcome = catch_unwind(AssertUnwindSafe(|| exercise_image(corrupt)));
                assert!(outcome.is_ok(), "panic with byte {position} ^ {flip:#x}");
            }
        }
    }
}

#[test]
fn jimage_truncated_anywhere_never_panics() {
    let bytes = jimage_bytes(&sample_resources(), false);
    for length in 0..bytes.len() {
        exercise_image(bytes[..length].to_vec());
    }
}

#[test]
fn random_bytes_after_each_magic_are_errors() {
    let mut rng = Rng::new(0x5EED);
    let dir = TempDir::new("random");
    let magics: [&[u8]; 6] = [
        &[0xDA, 0xDA, 0xFE, 0xCA],
        &[0xCA, 0xFE, 0xDA, 0xDA],
        b"JM\x01\x00",
        b"PK\x03\x04",
        b"PK\x05\x06",
        b"",
    ];
    for (i, magic) in magics.iter().enumerate() {
        for round in 0..20 {
            let mut bytes = magic.to_vec();
            let length = (rng.next() % 4096) as usize;
            bytes.extend(rng.bytes(length));
            let path = dir.write(&format!("r{i}-{round}.bin"), &bytes);
            let outcome = catch_unwind(|| Container::open(&path).map(|c| c.list_classes()));
            assert!(outcome.is_ok(), "panic on {}", path.display());
            if let Ok(Ok(Ok(classes))) = outcome {
                assert!(classes.is_empty(), "random bytes held classes");
            }
        }
    }
}

// ---- jars ------------------------------------------------------------------

const MR_MANIFEST: &[u8] = b"Manifest-Version: 1.0\r\nMain-Class: a.Main\r\nMulti-Release: true\r\n\r\n";

fn multi_release_jar_entries() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("META-INF/", Vec::new()),
        ("META-INF/MANIFEST.MF", MR_MANIFEST.to_vec()),
        ("a/", Vec::new()),
        ("a/Main.class", class_bytes("Main")),
        ("a/Util.class", class_bytes("Util-base")),
        ("a/res.txt", b"resource".to_vec()),
        ("META-INF/versions/9/a/Util.class", class_bytes("Util-9")),
        ("META-INF/versions/11/a/Util.class", class_bytes("Util-11")),
        ("META-INF/versions/21/a/Util.class", class_bytes("Util-21")),
        ("META-INF/versions/9/a/Only9.class", class_bytes("Only9")),
        ("META-INF/versions/11/a/res.txt", b"resource-11".to_vec()),
    ]
}

fn write_jar(dir: &TempDir, name: &str, entries: &[(&str, Vec<u8>)]) -> std::path::PathBuf {
    let borrowed: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    dir.write(name, &zip_bytes(&borrowed))
}

#[test]
fn jar_multi_release_entries_override_up_to_the_release() {
    let dir = TempDir::new("mrjar");
    let path = write_jar(&dir, "app.jar", &multi_release_jar_entries());
    let container = Container::open(&path).unwrap();
    assert_eq!(container.kind(), ContainerKind::Jar);
    let classes = container.list_classes().unwrap();
    assert_eq!(names(&classes), ["a/Main", "a/Only9", "a/Util"]);
    assert_eq!(container.read_class("a/Util").unwrap(), Some(class_bytes("Util-11")));
    assert_eq!(container.read_class("a/Only9").unwrap(), Some(class_bytes("Only9")));
    assert_eq!(container.read_resource("a/res.txt").unwrap(), Some(b"resource-11".to_vec()));
    assert_eq!(container.read_class("a/Missing").unwrap(), None);

    let newer = OpenOptions { release: 21, ..OpenOptions::default() };
    let jar = Jar::open(&path, &newer).unwrap();
    assert_eq!(jar.read_class("a/Util").unwrap(), Some(class_bytes("Util-21")));
    let older = OpenOptions { release: 8, ..OpenOptions::default() };
    let jar = Jar::open(&path, &older).unwrap();
    assert_eq!(jar.read_class("a/Util").unwrap(), Some(class_bytes("Util-base")));
    assert_eq!(names(&jar.list_classes()), ["a/Main", "a/Util"]);
}

#[test]
fn jar_manifest_and_resources() {
    let dir = TempDir::new("manifest");
    let path = write_jar(&dir, "app.jar", &multi_release_jar_entries());
    let jar = Jar::open(&path, &OpenOptions::default()).unwrap();
    assert!(jar.is_multi_release());
    let manifest = jar.manifest().unwrap().unwrap();
    assert_eq!(manifest.main_class(), Some("a.Main"));
    let resources = jar.list_resources();
    let resource_names: Vec<&str> = resources.iter().map(|r| r.name.as_str()).collect();
    assert!(resource_names.contains(&"META-INF/MANIFEST.MF"));
    assert!(resource_names.contains(&"a/res.txt"));
    assert!(!resource_names.iter().any(|n| n.ends_with('/')));
    assert_eq!(jar.read_resource("META-INF/MANIFEST.MF").unwrap(), Some(MR_MANIFEST.to_vec()));
}

#[test]
fn jar_without_multi_release_ignores_versions() {
    let dir = TempDir::new("plainjar");
    let mut entries = multi_release_jar_entries();
    entries[1].1 = b"Manifest-Version: 1.0\r\n\r\n".to_vec();
    let path = write_jar(&dir, "plain.zip", &entries);
    let container = Container::open(&path).unwrap();
    assert_eq!(names(&container.list_classes().unwrap()), ["a/Main", "a/Util"]);
    assert_eq!(container.read_class("a/Util").unwrap(), Some(class_bytes("Util-base")));
}

#[test]
fn jar_entry_over_the_size_limit_is_refused() {
    let dir = TempDir::new("bomb");
    let path = write_jar(&dir, "bomb.jar", &[("a/Big.class", vec![0u8; 100_000])]);
    let jar = Jar::open(&path, &small_options(1000)).unwrap();
    let error = jar.read_class("a/Big").unwrap_err();
    assert_eq!(error.kind(), ContainerErrorKind::TooLarge);
    assert_eq!(error.entry(), Some("a/Big.class"));
    assert!(error.to_string().contains("bomb.jar"), "{error}");
}

#[test]
fn jar_truncated_or_corrupted_never_panics() {
    let dir = TempDir::new("badjar");
    let entries = multi_release_jar_entries();
    let borrowed: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    let bytes = zip_bytes(&borrowed);
    let path = dir.path().join("bad.jar");
    let exercise = |bytes: &[u8]| {
        std::fs::write(&path, bytes).unwrap();
        let outcome = catch_unwind(|| {
            let jar = Jar::open(&path, &OpenOptions::default())?;
            for class in jar.list_classes() {
                let _ = jar.read_class(&class.name);
            }
            let _ = jar.read_resource("a/res.txt");
            Ok::<_, ContainerError>(())
        });
        outcome.is_ok()
    };
    for length in 0..bytes.len() {
        assert!(exercise(&bytes[..length]), "panic at length {length}");
        assert!(Jar::open(&path, &OpenOptions::default()).is_err(), "length {length} opened");
    }
    for position in 0..bytes.len() {
        let mut corrupt = bytes.clone();
        corrupt[position] ^= 0x5A;
        assert!(exercise(&corrupt), "panic with byte {position} flipped");
    }
}

// ---- jmods -----------------------------------------------------------------

#[test]
fn synthetic_jmod_reads_classes_section() {
    let dir = TempDir::new("jmod");
    let mut bytes = b"JM\x01\x00".to_vec();
    bytes.extend(zip_bytes(&[
        ("classes/module-info.class", &class_bytes("mi")),
        ("classes/p/A.class", &class_bytes("A")),
        ("classes/p/res.properties", b"k=v"),
        ("lib/libnative.so", b"ELF"),
        ("conf/x.conf", b"c"),
    ]));
    let path = dir.write("my.mod.jmod", &bytes);
    let container = Container::open(&path).unwrap();
    assert_eq!(container.kind(), ContainerKind::Jmod);
    assert_eq!(container.modules().unwrap(), ["my.mod"]);
    let classes = container.list_classes().unwrap();
    assert_eq!(names(&classes), ["module-info", "p/A"]);
    assert!(classes[0].is_module_info());
    assert_eq!(classes[1].module.as_deref(), Some("my.mod"));
    assert_eq!(container.read_class("p/A").unwrap(), Some(class_bytes("A")));
    let resources = container.list_resources().unwrap();
    assert_eq!(resources.len(), 1);
    assert_eq!(resources[0].name, "p/res.properties");
}

// ---- directories and single class files -----------------------------------

#[test]
fn directory_lists_and_reads_class_files() {
    let dir = TempDir::new("dir");
    dir.write("a/b/C.class", &class_bytes("C"));
    dir.write("D.class", &class_bytes("D"));
    dir.write("module-info.class", &class_bytes("mi"));
    dir.write("a/res.txt", b"res");
    let container = Container::open(dir.path()).unwrap();
    assert_eq!(container.kind(), ContainerKind::Directory);
    let classes = container.list_classes().unwrap();
    assert_eq!(names(&classes), ["D", "a/b/C", "module-info"]);
    assert!(classes[2].is_module_info());
    assert_eq!(container.read_class("a/b/C").unwrap(), Some(class_bytes("C")));
    assert_eq!(container.read_class("a/b/Missing").unwrap(), None);
    assert_eq!(container.read_class("a/b").unwrap(), None);
    let resources = container.list_resources().unwrap();
    assert_eq!(resources.len(), 1);
    assert_eq!(container.read_resource("a/res.txt").unwrap(), Some(b"res".to_vec()));
}

#[test]
fn directory_refuses_names_that_leave_it() {
    let dir = TempDir::new("escape");
    dir.write("inside/X.class", &class_bytes("X"));
    let container = Container::open(dir.path().join("inside")).unwrap();
    for name in ["../inside/X", "/etc/passwd", "a//b", "./X", "a\\b"] {
        let error = container.read_class(name).unwrap_err();
        assert_eq!(error.kind(), ContainerErrorKind::InvalidName, "{name}");
    }
}

#[test]
fn single_class_file_is_named_after_the_file() {
    let dir = TempDir::new("single");
    let path = dir.write("Hello.class", &class_bytes("Hello"));
    let container = Container::open(&path).unwrap();
    assert_eq!(container.kind(), ContainerKind::ClassFile);
    assert_eq!(names(&container.list_classes().unwrap()), ["Hello"]);
    assert_eq!(container.read_class("Hello").unwrap(), Some(class_bytes("Hello")));
    assert_eq!(container.read_class("Other").unwrap(), None);
    // The extension decides when the magic is wrong: the parser reports it.
    let broken = dir.write("Broken.class", b"nope");
    assert_eq!(Container::open(&broken).unwrap().kind(), ContainerKind::ClassFile);
}

#[test]
fn unknown_and_missing_files_are_errors_naming_the_path() {
    let dir = TempDir::new("unknown");
    let path = dir.write("notes.txt", b"hello");
    let error = Container::open(&path).err().unwrap();
    assert_eq!(error.kind(), ContainerErrorKind::UnknownFormat);
    assert!(error.to_string().contains("notes.txt"), "{error}");
    let empty = dir.write("empty.bin", b"");
    assert!(Container::open(&empty).err().unwrap().to_string().contains("empty"));
    let missing = dir.path().join("missing.jar");
    let error = Container::open(&missing).err().unwrap();
    assert_eq!(error.kind(), ContainerErrorKind::Io);
    assert!(error.to_string().contains("missing.jar"), "{error}");
}

// ---- the rest --------------------------------------------------------------

#[test]
fn containers_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Container>();
    assert_send_sync::<ContainerError>();
}

#[test]
fn explicit_jdk_path_is_final_and_named_in_the_error() {
    let dir = TempDir::new("jdk");
    dir.write("release", b"JAVA_VERSION=\"25\"\n");
    let error = find_jdk(Some(dir.path())).unwrap_err();
    let text = error.to_string();
    assert!(text.contains(&dir.path().display().to_string()), "{text}");
    assert!(text.contains("JAVA_VERSION is 25"), "{text}");

    dir.write("release", b"JAVA_VERSION=\"17.0.1\"\n");
    assert!(find_jdk(Some(dir.path())).unwrap_err().to_string().contains("lib/modules"));
    dir.write("lib/modules", b"");
    assert_eq!(find_jdk(Some(dir.path())).unwrap().version(), "17.0.1");
}

#[test]
fn jdk_on_this_machine_is_17() {
    let jdk = jdk();
    assert!(jdk.version().starts_with("17"), "{}", jdk.version());
    assert!(jdk.modules_image().is_file());
}
