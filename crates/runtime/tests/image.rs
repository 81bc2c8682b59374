//! Mapped images and the cached java.base image.

use std::path::PathBuf;
use std::time::Instant;

use keel_cache::Cache;
use keel_classfile::container::{find_jdk, Container};
use keel_jvm::module::{list_sources, translate_module};
use keel_jvm::TRANSLATOR_VERSION;
use keel_runtime::image::{jdk_base_image, jdk_base_key, Error, MappedImage};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("keel-runtime-image-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A small image: a few java.base classes, translated from the JDK.
fn small_image() -> Vec<u8> {
    let jdk = find_jdk(None).expect("a JDK 17 is needed for these tests (CI installs one)");
    let containers = [Container::open(jdk.modules_image()).unwrap()];
    let wanted = ["java/lang/Object", "java/lang/Comparable", "java/util/ArrayList"];
    let sources: Vec<_> = list_sources(&containers, &["java.base".to_string()])
        .unwrap()
        .into_iter()
        .filter(|s| wanted.contains(&s.entry.name.as_str()))
        .collect();
    assert_eq!(sources.len(), 3);
    let translation = translate_module(Some("small".into()), &sources, &mut |_| {});
    assert!(translation.failures.is_empty(), "{:?}", translation.failures);
    keel_kbf::write_module(&translation.module, TRANSLATOR_VERSION)
}

#[test]
fn a_mapped_image_reads_classes_in_place() {
    let dir = scratch("small");
    let bytes = small_image();
    let path = dir.join("small.kbf");
    std::fs::write(&path, &bytes).unwrap();
    for mapped in [MappedImage::open(&path).unwrap(), MappedImage::open_verified(&path).unwrap()] {
        assert_eq!(mapped.bytes(), &bytes[..]);
        let image = mapped.image();
        assert_eq!(image.module_name().unwrap(), Some("small"));
        assert_eq!(image.translator_version(), TRANSLATOR_VERSION);
        let list = image.find_class("java/util/ArrayList").unwrap().expect("ArrayList");
        let class = list.decode().unwrap();
        keel_kir::validate_class(&class).unwrap();
        assert_eq!(class.name, "java/util/ArrayList");
        assert!(image.find_class("java/lang/String").unwrap().is_none());
        // Same as reading the bytes from memory.
        assert_eq!(
            class,
            keel_kbf::Image::open(&bytes)
                .unwrap()
                .find_class("java/util/ArrayList")
                .unwrap()
                .unwrap()
                .decode()
                .unwrap()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_images_give_errors() {
    let dir = scratch("bad");
    let bytes = small_image();
    let truncated = dir.join("truncated.kbf");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    assert!(matches!(MappedImage::open(&truncated), Err(Error::Kbf { .. })));
    let flipped = dir.join("flipped.kbf");
    let mut changed = bytes.clone();
    *changed.last_mut().unwrap() ^= 0x55;
    std::fs::write(&flipped, &changed).unwrap();
    // Only the content hash catches a flipped byte in the body.
    assert!(MappedImage::open(&flipped).is_ok());
    let error = MappedImage::open_verified(&flipped).unwrap_err();
    assert!(error.to_string().contains("content hash mismatch"), "{error}");
    let empty = dir.join("empty.kbf");
    std::fs::write(&empty, b"").unwrap();
    assert!(MappedImage::open(&empty).is_err());
    let missing = MappedImage::open(&dir.join("missing.kbf")).unwrap_err();
    assert!(matches!(missing, Error::Io { .. }) && missing.to_string().contains("missing.kbf"), "{missing}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// First use translates and caches java.base; later uses map the entry; a
/// damaged entry is detected, deleted and translated again.
#[test]
fn java_base_is_translated_once_and_rebuilt_when_damaged() {
    let jdk = find_jdk(None).expect("a JDK 17 is needed for these tests (CI installs one)");
    let dir = scratch("java-base");
    let cache = Cache::open(&dir).unwrap();
    let key = jdk_base_key(&jdk).unwrap();
    assert!(cache.get(&key).is_none());

    let started = Instant::now();
    let first = jdk_base_image(&jdk, &cache, false).unwrap();
    let first_time = started.elapsed();
    let path = first.path().to_path_buf();
    assert_eq!(cache.get(&key), Some(path.clone()));
    let image = first.image();
    assert!(image.class_count() > 6000, "{} classes", image.class_count());
    let object = image.find_class("java/lang/Object").unwrap().expect("java/lang/Object");
    keel_kir::validate_class(&object.decode().unwrap()).unwrap();
    let hash = image.content_hash();
    // What was cached is a good image, whole.
    keel_kbf::Image::open_verified(first.bytes()).unwrap();

    let started = Instant::now();
    let second = jdk_base_image(&jdk, &cache, false).unwrap();
    let second_time = started.elapsed();
    assert_eq!(second.path(), path);
    assert_eq!(second.image().content_hash(), hash);
    eprintln!("java.base: first use {first_time:.2?} (translated), second {second_time:.2?} (mapped)");

    // Truncated (as by a crash that lost the data): `get` says missing, and
    // the entry is translated again. The old mapping is unaffected: the new
    // entry is a new file renamed over the old name.
    let bytes = std::fs::read(&path).unwrap();
    let len = bytes.len();
    std::fs::remove_file(&path).unwrap();
    std::fs::write(&path, &bytes[..len / 3]).unwrap();
    assert!(cache.get(&key).is_none());
    let rebuilt = jdk_base_image(&jdk, &cache, false).unwrap();
    assert_eq!(rebuilt.image().content_hash(), hash);
    assert_eq!(rebuilt.bytes().len(), len);
    assert!(second.image().find_class("java/lang/String").unwrap().is_some());

    // Damaged in a way the size-and-fingerprint check cannot see (an entry
    // whose meta file agrees with it but which is not an image of
    // java.base): opening it fails, and it is deleted and rebuilt.
    cache.put(&key, "java.base", b"not an image at all").unwrap();
    assert!(cache.get(&key).is_some());
    let rebuilt = jdk_base_image(&jdk, &cache, false).unwrap();
    assert_eq!(rebuilt.image().content_hash(), hash);
    // A good image of another module in java.base's place is rejected too.
    cache.put(&key, "java.base", &small_image()).unwrap();
    let rebuilt = jdk_base_image(&jdk, &cache, false).unwrap();
    assert_eq!(rebuilt.image().module_name().unwrap(), Some("java.base"));
    assert_eq!(cache.list().unwrap().len(), 1);
    drop((first, second, rebuilt));
    let _ = std::fs::remove_dir_all(&dir);
}
