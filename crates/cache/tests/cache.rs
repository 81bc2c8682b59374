//! The cache on disk: put, get, list, clear, damage, races.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use keel_cache::{dir_from_env, jdk_modules_identity, Cache, Digest, Key, Kind};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("keel-cache-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn key(n: u8) -> Key {
    Key::image(&Digest::of_bytes(&[n]), "test translator")
}

/// Bytes larger than two fingerprint spans, different for each `n`.
fn content(n: u8, len: usize) -> Vec<u8> {
    (0..len).map(|i| (i as u8).wrapping_mul(31).wrapping_add(n)).collect()
}

#[test]
fn put_get_list_remove_clear() {
    let dir = scratch("basic");
    let cache = Cache::open(&dir).unwrap();
    assert!(cache.get(&key(1)).is_none());
    assert!(cache.list().unwrap().is_empty());

    let bytes = content(1, 20_000);
    let path = cache.put(&key(1), "java.base", &bytes).unwrap();
    assert_eq!(path, cache.path_for(&key(1)));
    assert_eq!(cache.get(&key(1)), Some(path.clone()));
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    assert!(path.extension().is_some_and(|e| e == "kbf"));
    // Putting again (same key, same bytes) is fine.
    assert_eq!(cache.put(&key(1), "java.base", &bytes).unwrap(), path);
    cache.put(&key(2), "app", &content(2, 10)).unwrap();
    cache.put(&key(3), "empty", &[]).unwrap();
    assert!(cache.get(&key(3)).is_some());

    let entries = cache.list().unwrap();
    let labels: Vec<&str> = entries.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(labels, ["app", "empty", "java.base"]);
    let base = &entries[2];
    assert_eq!((base.size, base.kind, base.valid), (20_000, Some(Kind::Image), true));
    assert_eq!(base.key_hex, key(1).to_hex());
    assert!(base.modified.is_some());
    // No temporary file is left behind.
    let names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert!(names.iter().all(|n| !n.starts_with(".tmp")), "{names:?}");
    assert_eq!(names.len(), 6, "{names:?}");

    cache.remove(&key(2)).unwrap();
    cache.remove(&key(2)).unwrap();
    assert!(cache.get(&key(2)).is_none());
    std::fs::write(dir.join(".tmp-leftover-1-2-3"), b"x").unwrap();
    std::fs::write(dir.join("not-ours.txt"), b"x").unwrap();
    assert_eq!(cache.clear().unwrap(), 2);
    assert!(cache.list().unwrap().is_empty());
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, [OsString::from("not-ours.txt")]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn damaged_entries_are_missing() {
    let dir = scratch("damaged");
    let cache = Cache::open(&dir).unwrap();
    let bytes = content(7, 50_000);

    // Truncated.
    let path = cache.put(&key(1), "a", &bytes).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() - 1]).unwrap();
    assert!(cache.get(&key(1)).is_none());
    assert!(!cache.list().unwrap()[0].valid);

    // Same size, header overwritten.
    let mut flipped = bytes.clone();
    flipped[10] ^= 1;
    cache.put(&key(1), "a", &bytes).unwrap();
    std::fs::write(&path, &flipped).unwrap();
    assert!(cache.get(&key(1)).is_none());

    // Same size, tail overwritten.
    let mut flipped = bytes.clone();
    *flipped.last_mut().unwrap() ^= 1;
    cache.put(&key(1), "a", &bytes).unwrap();
    std::fs::write(&path, &flipped).unwrap();
    assert!(cache.get(&key(1)).is_none());

    // Meta file missing or garbled.
    cache.put(&key(1), "a", &bytes).unwrap();
    let meta = dir.join(format!("{}.meta", key(1).to_hex()));
    std::fs::write(&meta, "something else\n").unwrap();
    assert!(cache.get(&key(1)).is_none());
    std::fs::remove_file(&meta).unwrap();
    assert!(cache.get(&key(1)).is_none());
    assert_eq!(cache.list().unwrap()[0].label, "");

    // A new put repairs the entry.
    cache.put(&key(1), "a", &bytes).unwrap();
    assert_eq!(cache.get(&key(1)), Some(path));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn concurrent_puts_of_one_key_all_succeed() {
    let dir = scratch("threads");
    let cache = Arc::new(Cache::open(&dir).unwrap());
    let bytes = Arc::new(content(3, 3_000_000));
    for round in 0..5u8 {
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let (cache, bytes) = (cache.clone(), bytes.clone());
                std::thread::spawn(move || {
                    // Readers racing with writers see a whole entry or none.
                    if let Some(path) = cache.get(&key(round)) {
                        assert_eq!(std::fs::read(path).unwrap().len(), bytes.len());
                    }
                    cache.put(&key(round), "race", &bytes).unwrap()
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        let path = cache.get(&key(round)).expect("entry after the race");
        assert!(std::fs::read(path).unwrap() == *bytes);
    }
    assert_eq!(cache.list().unwrap().len(), 5);
    assert!(std::fs::read_dir(&dir).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with(".tmp")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn keys_separate_inputs_translators_and_fields() {
    let input = Digest::of_bytes(b"classes");
    let a = Key::image(&input, "keel-jvm 0.1.0");
    assert_eq!(a, Key::image(&Digest::of_bytes(b"classes"), "keel-jvm 0.1.0"));
    assert_ne!(a, Key::image(&input, "keel-jvm 0.1.1"));
    assert_ne!(a, Key::image(&Digest::of_bytes(b"classez"), "keel-jvm 0.1.0"));
    assert_eq!(a.to_hex().len(), 64);
    // Fields are length-prefixed: ("ab", "c") is not ("a", "bc").
    let k1 = keel_cache::KeyBuilder::new(Kind::Image).field(b"ab").field(b"c").finish();
    let k2 = keel_cache::KeyBuilder::new(Kind::Image).field(b"a").field(b"bc").finish();
    assert_ne!(k1, k2);
}

#[test]
fn file_digest_is_content_digest() {
    let dir = scratch("digest");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("x");
    std::fs::write(&file, b"hello").unwrap();
    assert_eq!(Digest::of_file(&file).unwrap(), Digest::of_bytes(b"hello"));
    assert!(Digest::of_file(&dir.join("missing")).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

fn fake_jdk(root: &Path, modules: &[u8], release: &str) {
    std::fs::create_dir_all(root.join("lib")).unwrap();
    std::fs::write(root.join("lib/modules"), modules).unwrap();
    std::fs::write(root.join("release"), release).unwrap();
}

#[test]
fn jdk_identity_follows_path_size_and_release() {
    let dir = scratch("jdk");
    let (one, two) = (dir.join("one"), dir.join("two"));
    fake_jdk(&one, b"modules", "JAVA_VERSION=\"17.0.1\"\n");
    fake_jdk(&two, b"modules", "JAVA_VERSION=\"17.0.1\"\n");
    let first = jdk_modules_identity(&one).unwrap();
    assert_eq!(first, jdk_modules_identity(&one).unwrap());
    assert_ne!(first, jdk_modules_identity(&two).unwrap(), "another path");
    std::fs::write(one.join("release"), "JAVA_VERSION=\"17.0.2\"\n").unwrap();
    let second = jdk_modules_identity(&one).unwrap();
    assert_ne!(first, second, "another release");
    std::fs::write(one.join("lib/modules"), b"modules, updated").unwrap();
    assert_ne!(second, jdk_modules_identity(&one).unwrap(), "another size");
    assert!(jdk_modules_identity(&dir.join("none")).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn directory_from_environment() {
    let env = |vars: &'static [(&'static str, &'static str)]| {
        move |name: &str| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| OsString::from(v))
    };
    const ALL: [(&str, &str); 3] = [("KEEL_CACHE_DIR", "/k"), ("XDG_CACHE_HOME", "/x"), ("HOME", "/h")];
    assert_eq!(dir_from_env(env(&ALL[..])), Some(PathBuf::from("/k")));
    assert_eq!(dir_from_env(env(&ALL[1..])), Some(PathBuf::from("/x/keel")));
    assert_eq!(dir_from_env(env(&ALL[2..])), Some(PathBuf::from("/h/.cache/keel")));
    // A relative or empty XDG_CACHE_HOME is ignored, as the XDG spec says.
    assert_eq!(
        dir_from_env(env(&[("XDG_CACHE_HOME", "rel"), ("HOME", "/h")])),
        Some(PathBuf::from("/h/.cache/keel"))
    );
    assert_eq!(
        dir_from_env(env(&[("KEEL_CACHE_DIR", ""), ("HOME", "/h")])),
        Some(PathBuf::from("/h/.cache/keel"))
    );
    assert_eq!(dir_from_env(env(&[])), None);
}
