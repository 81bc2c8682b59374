//! Round trips, determinism and hostile images.

mod sample;

use keel_kbf::{write_module, Image};
use keel_kir::*;

#[test]
fn sample_is_valid_kir() {
    for class in &sample::module().classes {
        if let Err(e) = validate_class(class) {
            panic!("{e}\n{}", keel_kir::print::print_class(class));
        }
    }
}

#[test]
fn module_round_trips() {
    let module = sample::module();
    let bytes = write_module(&module, "keel 0.1.0");
    let image = Image::open_verified(&bytes).unwrap();
    assert_eq!(image.translator_version(), "keel 0.1.0");
    assert_eq!(image.module_name().unwrap(), Some("demo"));
    assert_eq!(image.decode_module().unwrap(), module);
}

#[test]
fn writing_is_deterministic() {
    let module = sample::module();
    let first = write_module(&module, "v");
    assert_eq!(first, write_module(&module, "v"));
    let decoded = Image::open(&first).unwrap().decode_module().unwrap();
    assert_eq!(first, write_module(&decoded, "v"));
}

#[test]
fn strings_are_stored_once() {
    let bytes = write_module(&sample::module(), "v");
    // Used twice (enclosing method and nest host), stored once.
    let count = bytes.windows(b"demo/Outer".len()).filter(|w| w == b"demo/Outer").count();
    assert_eq!(count, 1);
}

#[test]
fn classes_are_found_by_name() {
    let module = sample::module();
    let bytes = write_module(&module, "v");
    let image = Image::open(&bytes).unwrap();
    let names: Vec<&str> = image.class_names().map(Result::unwrap).collect();
    assert_eq!(names, ["a/First", "demo/Sample", "demo/Sample$1"]);
    for class in &module.classes {
        let view = image.find_class(&class.name).unwrap().expect("present");
        assert_eq!(view.name().unwrap(), class.name);
        assert_eq!(&view.decode().unwrap(), class);
    }
    assert!(image.find_class("demo/Missing").unwrap().is_none());
    assert!(image.find_class("").unwrap().is_none());
}

#[test]
fn metadata_imports_and_code_are_read_lazily() {
    let class = sample::full_class();
    let bytes = write_module(&Module { name: None, classes: vec![class.clone()] }, "v");
    let image = Image::open(&bytes).unwrap();
    assert_eq!(image.module_name().unwrap(), None);
    let view = image.class(0).unwrap();
    let metadata = view.metadata().unwrap();
    assert_eq!(metadata.class.fields, class.fields);
    assert!(metadata.class.imports.is_empty());
    assert_eq!(metadata.method_code.iter().filter(|c| c.is_some()).count(), 2);
    let imports = view.imports().unwrap();
    assert_eq!(imports.len(), class.imports.len());
    for (i, import) in class.imports.iter().enumerate() {
        assert_eq!(&imports.get(i as u32).unwrap(), import);
    }
    assert!(imports.get(class.imports.len() as u32).is_err());

    let expected = class.methods[0].body.as_deref().unwrap();
    let function = image.function(metadata.method_code[0].unwrap()).unwrap();
    assert_eq!(function.instruction_count(), expected.code.len());
    assert_eq!(function.params(), expected.params.as_slice());
    assert_eq!(function.returns(), expected.returns);
    assert_eq!(function.handlers(), expected.handlers.as_slice());
    assert_eq!(function.positions(), expected.positions.as_slice());
    assert_eq!(function.register_type(Reg(3)), Some(Type::F32));
    assert_eq!(function.register_type(Reg(99)), None);
    for (index, inst) in expected.code.iter().enumerate() {
        assert_eq!(&function.instruction(index as u32).unwrap(), inst);
    }
    let middle = expected.code.len() as u32 / 2;
    let rest: Vec<Inst> = function.cursor(middle).unwrap().map(Result::unwrap).collect();
    assert_eq!(rest, expected.code[middle as usize..]);
    assert!(function.instruction(expected.code.len() as u32).is_err());
    assert_eq!(&function.decode().unwrap(), expected);
}

#[test]
fn runtime_metadata_is_the_metadata_without_what_reflection_reads() {
    let module = sample::module();
    let bytes = write_module(&module, "v");
    let image = Image::open(&bytes).unwrap();
    for number in 0..image.class_count() {
        let view = image.class(number).unwrap();
        let full = view.metadata().unwrap();
        let lean = view.runtime_metadata().unwrap();
        assert_eq!(lean.method_code, full.method_code);
        let mut expected = full.class.clone();
        expected.source_file = None;
        expected.signature = None;
        expected.annotations = None;
        expected.inner_classes.clear();
        expected.enclosing_method = None;
        expected.nest_host = None;
        expected.nest_members.clear();
        expected.permitted_subclasses.clear();
        expected.record_components = None;
        for f in &mut expected.fields {
            (f.signature, f.annotations) = (None, None);
        }
        for m in &mut expected.methods {
            m.reflection = None;
        }
        assert_eq!(lean.class, expected);
    }
    // The sample has what is left out, so the test means something.
    let classes = image.decode_module().unwrap().classes;
    assert!(classes.iter().any(|c| c.record_components.is_some() && c.enclosing_method.is_some()));
}

#[test]
fn a_lasting_image_lends_its_names_and_a_passing_one_copies_them() {
    let class = sample::full_class();
    let bytes = write_module(&Module { name: None, classes: vec![class.clone()] }, "v");
    let lasting: &'static [u8] = Box::leak(bytes.clone().into_boxed_slice());
    let borrowed = |text: &Text| matches!(text, Text::Borrowed(_));
    for (image, lends) in
        [(Image::open_lasting(lasting).unwrap(), true), (Image::open(&bytes).unwrap(), false)]
    {
        let view = image.class(0).unwrap();
        let meta = view.runtime_metadata().unwrap();
        assert_eq!(meta.class.name, class.name);
        assert_eq!(borrowed(&meta.class.name), lends);
        assert!(meta
            .class
            .methods
            .iter()
            .all(|m| borrowed(&m.name) == lends && borrowed(&m.descriptor) == lends));
        assert!(meta.class.fields.iter().all(|f| borrowed(&f.name) == lends));
        let imports = view.imports_of(&meta).unwrap().decode_all().unwrap();
        assert_eq!(imports, class.imports);
        for import in &imports {
            if let Import::Method { name, descriptor, .. } | Import::Field { name, descriptor, .. } = import {
                assert_eq!((borrowed(name), borrowed(descriptor)), (lends, lends));
            }
        }
    }
}

#[test]
fn functions_validate_against_an_import_table_read_in_place() {
    let class = sample::full_class();
    let bytes = write_module(&Module { name: None, classes: vec![class.clone()] }, "v");
    let image = Image::open(&bytes).unwrap();
    let view = image.class(0).unwrap();
    let table = view.imports_of(&view.runtime_metadata().unwrap()).unwrap();
    for (index, import) in class.imports.iter().enumerate() {
        assert_eq!(table.kind(index as u32).unwrap(), validate::ImportKind::of(import));
    }
    assert!(table.kind(class.imports.len() as u32).is_err());
    validate::validate_imports(&table).unwrap();
    for body in class.methods.iter().filter_map(|m| m.body.as_deref()) {
        validate_function(body, &table).unwrap();
    }
    // The same function checked against a table with one import fewer fails
    // as it does against the decoded table.
    let short =
        Module { name: None, classes: vec![Class { imports: class.imports[..1].to_vec(), ..class.clone() }] };
    let bytes = write_module(&short, "v");
    let image = Image::open(&bytes).unwrap();
    let view = image.class(0).unwrap();
    let table = view.imports_of(&view.runtime_metadata().unwrap()).unwrap();
    let body = class.methods.iter().find_map(|m| m.body.as_deref()).unwrap();
    let in_place = validate_function(body, &table).unwrap_err();
    assert_eq!(in_place, validate_function(body, &short.classes[0].imports).unwrap_err());
}

#[test]
fn a_method_without_reflection_data_carries_none() {
    assert_eq!(MethodReflection::default().boxed(), None);
    let throws =
        MethodReflection { exceptions: vec!["java/io/IOException".into()], ..MethodReflection::default() };
    assert_eq!(throws.clone().boxed(), Some(Box::new(throws)));
    let sample = sample::full_class();
    assert!(sample.methods.iter().any(|m| m.reflection.is_some()));
    assert!(sample.methods.iter().any(|m| m.reflection.is_none() && m.reflection().exceptions.is_empty()));
}

#[test]
fn every_opcode_is_covered_by_the_sample() {
    let function = sample::function();
    let mut names: Vec<String> = function
        .code
        .iter()
        .map(|inst| format!("{inst:?}").split([' ', '{']).next().unwrap().to_owned())
        .collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 44, "{names:?}");
}

#[test]
fn content_hash_mismatch_is_detected() {
    let mut bytes = write_module(&sample::module(), "v");
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    assert!(Image::open(&bytes).is_ok(), "open does not hash");
    let error = Image::open_verified(&bytes).unwrap_err();
    assert!(error.to_string().contains("hash"), "{error}");
}

#[test]
fn bad_headers_are_errors() {
    let bytes = write_module(&sample::module(), "v");
    let mut wrong_magic = bytes.clone();
    wrong_magic[0] = b'X';
    assert!(Image::open(&wrong_magic).unwrap_err().to_string().contains("magic"));
    let mut wrong_version = bytes.clone();
    wrong_version[4] = 99;
    assert!(Image::open(&wrong_version).unwrap_err().to_string().contains("version"));
    assert!(Image::open(&[]).is_err());
}

/// Opens and decodes everything; errors are fine, panics are not.
fn decode_everything(bytes: &[u8]) -> Result<Module, keel_kbf::KbfError> {
    let image = Image::open(bytes)?;
    for name in image.class_names() {
        let name = name?;
        image.find_class(name)?;
    }
    for i in 0..image.class_count() {
        let view = image.class(i)?;
        let _ = view.runtime_metadata();
        let metadata = view.metadata()?;
        for code in metadata.method_code.iter().flatten() {
            let function = image.function(*code)?;
            for inst in function.cursor(0)? {
                inst?;
            }
        }
    }
    image.decode_module()
}

fn small_image() -> Vec<u8> {
    let mut module = sample::module();
    // Keep the image small so that every byte can be tried, but keep code.
    module.classes[0].fields.truncate(2);
    write_module(&module, "v")
}

#[test]
fn truncated_images_are_errors() {
    let bytes = small_image();
    for len in 0..bytes.len() {
        assert!(decode_everything(&bytes[..len]).is_err(), "truncated to {len}");
    }
}

#[test]
fn corrupted_images_never_panic() {
    let bytes = small_image();
    let mut corrupted = bytes.clone();
    for i in 0..bytes.len() {
        for flip in [0xff, 0x01, 0x80] {
            corrupted[i] = bytes[i] ^ flip;
            if let Ok(module) = decode_everything(&corrupted) {
                // What decodes must still be printable and checkable.
                for class in &module.classes {
                    let _ = validate_class(class);
                    let _ = keel_kir::print::print_class(class);
                }
            }
        }
        corrupted[i] = bytes[i];
    }
}

#[test]
fn hostile_counts_do_not_allocate() {
    let bytes = small_image();
    // Overwrite every 4-byte window with a huge value in turn.
    let mut hostile = bytes.clone();
    for i in 0..bytes.len() - 4 {
        hostile[i..i + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        let _ = decode_everything(&hostile);
        hostile[i..i + 4].copy_from_slice(&bytes[i..i + 4]);
    }
}
