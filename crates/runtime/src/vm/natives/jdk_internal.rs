//! java.base's internal natives: `jdk.internal.misc` (`VM`, `CDS`,
//! `Signal`, `ScopedMemoryAccess`), the system properties
//! (`SystemProps$Raw`), `Reflection`, `AccessController`, `java.lang.ref`
//! and `NativeLibraries`.

use super::super::{JResult, ObjRef, Vm};
use super::Natives;

/// Registers the natives of java.base's internals.
pub fn register(n: &mut Natives) {
    const VM: &str = "jdk/internal/misc/VM";
    n.register(VM, "initialize", "()V", |_, _| Ok(None));
    n.register(VM, "latestUserDefinedLoader0", "()Ljava/lang/ClassLoader;", |vm, _| {
        let frames: Vec<_> = vm.java_frames().map(|(c, _, _)| c).collect();
        let loader = frames.into_iter().map(|c| vm.class(c).loader).find(|l| !l.is_null());
        Ok(Some(loader.unwrap_or(ObjRef::NULL).to_slot()))
    });
    for name in ["getuid", "geteuid", "getgid", "getegid"] {
        let f: super::NativeFn = match name {
            "getuid" => |_, _| Ok(Some(current_ids().0)),
            "geteuid" => |_, _| Ok(Some(current_ids().1)),
            "getgid" => |_, _| Ok(Some(current_ids().2)),
            _ => |_, _| Ok(Some(current_ids().3)),
        };
        n.register(VM, name, "()J", f);
    }
    n.register(VM, "getNanoTimeAdjustment", "(J)J", |_, a| {
        let offset = a[0] as i64;
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let diff = now.as_secs() as i64 - offset;
        // HotSpot answers -1 when the offset is too far (more than 2^32 s).
        if diff.unsigned_abs() > u32::MAX as u64 {
            return Ok(Some(-1i64 as u64));
        }
        Ok(Some((diff * 1_000_000_000 + now.subsec_nanos() as i64) as u64))
    });
    n.register(VM, "getRuntimeArguments", "()[Ljava/lang/String;", |vm, _| {
        Ok(Some(vm.new_array("[Ljava/lang/String;", 0)?.to_slot()))
    });
    const CDS: &str = "jdk/internal/misc/CDS";
    for name in ["isDumpingClassList0", "isDumpingArchive0", "isSharingEnabled0"] {
        n.register(CDS, name, "()Z", |_, _| Ok(Some(0)));
    }
    // No archive: nothing to initialize from it (the class's static
    // initializer then computes what the archive would have held).
    n.register(CDS, "initializeFromArchive", "(Ljava/lang/Class;)V", |_, _| Ok(None));
    n.register(CDS, "defineArchivedModules", "(Ljava/lang/ClassLoader;Ljava/lang/ClassLoader;)V", |_, _| {
        Ok(None)
    });
    n.register(CDS, "getRandomSeedForDumping", "()J", |_, _| Ok(Some(0)));
    n.register(CDS, "logLambdaFormInvoker", "(Ljava/lang/String;)V", |_, _| Ok(None));
    const SIGNAL: &str = "jdk/internal/misc/Signal";
    n.register(SIGNAL, "findSignal0", "(Ljava/lang/String;)I", |vm, a| {
        let name = vm.rust_string(ObjRef::from_slot(a[0])).unwrap_or_default();
        let number: i32 = match name.as_str() {
            "HUP" => 1,
            "INT" => 2,
            "QUIT" => 3,
            "ILL" => 4,
            "TRAP" => 5,
            "ABRT" => 6,
            "BUS" => 7,
            "FPE" => 8,
            "KILL" => 9,
            "USR1" => 10,
            "SEGV" => 11,
            "USR2" => 12,
            "PIPE" => 13,
            "ALRM" => 14,
            "TERM" => 15,
            "CHLD" => 17,
            "CONT" => 18,
            "STOP" => 19,
            "TSTP" => 20,
            "TTIN" => 21,
            "TTOU" => 22,
            "WINCH" => 28,
            _ => -1,
        };
        Ok(Some(number as u32 as u64))
    });
    // Handlers are recorded by Java; Keel installs no OS handler yet (the
    // default actions stay), answering "the previous handler was the
    // default" (0).
    n.register(SIGNAL, "handle0", "(IJ)J", |_, _| Ok(Some(0)));
    n.register(SIGNAL, "raise0", "(I)V", |vm, _| {
        Err(vm.error("java/lang/UnsupportedOperationException", "keel: Signal.raise"))
    });
    n.register("jdk/internal/misc/ScopedMemoryAccess", "registerNatives", "()V", |_, _| Ok(None));
    register_properties(n);
    register_reflection(n);
    register_references(n);
    const LIBRARIES: &str = "jdk/internal/loader/NativeLibraries";
    // java.base's own libraries are "built in": their natives are Keel's.
    n.register(LIBRARIES, "findBuiltinLib", "(Ljava/lang/String;)Ljava/lang/String;", |_, a| Ok(Some(a[0])));
    n.register(
        LIBRARIES,
        "load",
        "(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;ZZZ)Z",
        |vm, a| {
            let is_builtin = a[2] & 1 != 0;
            if is_builtin {
                return Ok(Some(1));
            }
            let name = vm.rust_string(ObjRef::from_slot(a[1])).unwrap_or_default();
            let message = format!("keel: cannot load native library {name}: JNI libraries are not supported");
            Err(vm.error("java/lang/UnsatisfiedLinkError", &message))
        },
    );
    n.register(LIBRARIES, "unload", "(Ljava/lang/String;ZZJ)V", |_, _| Ok(None));
}

/// (uid, euid, gid, egid) of this process.
fn current_ids() -> (u64, u64, u64, u64) {
    // SAFETY: these calls have no preconditions and cannot fail.
    unsafe { (libc::getuid() as u64, libc::geteuid() as u64, libc::getgid() as u64, libc::getegid() as u64) }
}

fn register_properties(n: &mut Natives) {
    const RAW: &str = "jdk/internal/util/SystemProps$Raw";
    n.register(RAW, "vmProperties", "()[Ljava/lang/String;", |vm, _| {
        let pairs: Vec<String> = vm.vm_properties.iter().flat_map(|(k, v)| [k.clone(), v.clone()]).collect();
        Ok(Some(vm.string_array(&pairs)?.to_slot()))
    });
    n.register(RAW, "platformProperties", "()[Ljava/lang/String;", |vm, _| {
        let raw = vm.load_class(RAW)?;
        let constants: Vec<(String, i32)> = vm
            .class(raw)
            .decl
            .as_ref()
            .map(|d| {
                d.fields
                    .iter()
                    .filter_map(|f| match &f.constant {
                        Some(keel_kir::FieldConstant::Value(keel_kir::Const::I32(v))) => {
                            Some((f.name.to_string(), *v))
                        }
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let length = constants.iter().find(|(n, _)| n == "FIXED_LENGTH").map_or(0, |(_, v)| *v);
        let array = vm.new_array("[Ljava/lang/String;", length)?;
        let values = platform_properties(vm);
        for (name, index) in constants {
            let Some(key) = name.strip_prefix('_').and_then(|n| n.strip_suffix("_NDX")) else { continue };
            if let Some((_, value)) = values.iter().find(|(k, _)| *k == key) {
                let s = vm.java_string(value)?;
                vm.array_store_ref(array, index, s)?;
            }
        }
        Ok(Some(array.to_slot()))
    });
}

/// The platform's properties by `SystemProps$Raw` index name
/// (`file_separator` for `_file_separator_NDX`), computed as HotSpot's
/// `java_props_md.c` does on Linux.
fn platform_properties(vm: &Vm) -> Vec<(&'static str, String)> {
    let locale = std::env::var("LC_ALL")
        .ok()
        .filter(|v| !v.is_empty())
        .or_else(|| std::env::var("LC_CTYPE").ok().filter(|v| !v.is_empty()))
        .or_else(|| std::env::var("LANG").ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "C".into());
    let (language, country, encoding) = parse_locale(&locale);
    let big = vm.target.endian == crate::layout::Endian::Big;
    let mut p = vec![
        ("file_separator", "/".to_string()),
        ("path_separator", ":".to_string()),
        ("line_separator", "\n".to_string()),
        ("java_io_tmpdir", "/tmp".to_string()),
        ("os_name", uname_field(|u| &u.sysname).unwrap_or_else(|| "Linux".into())),
        ("os_version", uname_field(|u| &u.release).unwrap_or_default()),
        ("os_arch", os_arch().to_string()),
        ("sun_arch_data_model", (vm.target.pointer_size * 8).to_string()),
        ("sun_cpu_endian", if big { "big" } else { "little" }.to_string()),
        ("sun_io_unicode_encoding", if big { "UnicodeBig" } else { "UnicodeLittle" }.to_string()),
        ("sun_cpu_isalist", String::new()),
        ("sun_jnu_encoding", encoding.clone()),
        ("file_encoding", encoding.clone()),
        ("display_language", language.clone()),
        ("format_language", language),
        ("user_dir", std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_default()),
        ("user_home", std::env::var("HOME").unwrap_or_else(|_| "?".into())),
        ("user_name", user_name()),
    ];
    if let Some(country) = country {
        p.push(("display_country", country.clone()));
        p.push(("format_country", country));
    }
    // SAFETY: isatty has no preconditions.
    if unsafe { libc::isatty(1) } == 1 {
        p.push(("sun_stdout_encoding", encoding.clone()));
    }
    // SAFETY: as above.
    if unsafe { libc::isatty(2) } == 1 {
        p.push(("sun_stderr_encoding", encoding));
    }
    p
}

/// (language, country, encoding) of a POSIX locale name such as
/// `en_US.UTF-8`, as `java_props_md.c` maps them (`C`/`POSIX` is `en_US`
/// in ASCII; `C.UTF-8` is `en` in UTF-8).
fn parse_locale(locale: &str) -> (String, Option<String>, String) {
    let (name, encoding) = match locale.split_once('.') {
        Some((n, e)) => (n, Some(e.split('@').next().unwrap_or(e))),
        None => (locale.split('@').next().unwrap_or(locale), None),
    };
    let encoding = match encoding {
        Some(e) if e.eq_ignore_ascii_case("utf-8") || e.eq_ignore_ascii_case("utf8") => "UTF-8".to_string(),
        Some(e) => e.to_string(),
        None => "ANSI_X3.4-1968".to_string(),
    };
    match name {
        "C" | "POSIX" if encoding == "UTF-8" => ("en".into(), None, encoding),
        "C" | "POSIX" => ("en".into(), Some("US".into()), encoding),
        _ => {
            let (language, country) = match name.split_once('_') {
                Some((l, c)) => (l.to_string(), Some(c.to_string())),
                None => (name.to_string(), None),
            };
            (language, country, encoding)
        }
    }
}

fn os_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "x86" => "i386",
        "powerpc64" if cfg!(target_endian = "little") => "ppc64le",
        other => other,
    }
}

fn uname_field(field: impl Fn(&libc::utsname) -> &[libc::c_char; 65]) -> Option<String> {
    // SAFETY: utsname is plain data; zeroed is a valid value for it.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid, writable utsname.
    if unsafe { libc::uname(&mut u) } != 0 {
        return None;
    }
    let bytes: Vec<u8> = field(&u).iter().take_while(|&&c| c != 0).map(|&c| c as u8).collect();
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

fn user_name() -> String {
    // SAFETY: getpwuid returns null or a pointer to a static record that
    // stays valid until the next call; it is read at once.
    unsafe {
        let pw = libc::getpwuid(libc::getuid());
        if !pw.is_null() && !(*pw).pw_name.is_null() {
            return std::ffi::CStr::from_ptr((*pw).pw_name).to_string_lossy().into_owned();
        }
    }
    std::env::var("USER").unwrap_or_else(|_| "?".into())
}

fn register_reflection(n: &mut Natives) {
    const REFLECTION: &str = "jdk/internal/reflect/Reflection";
    n.register(REFLECTION, "getCallerClass", "()Ljava/lang/Class;", |vm, _| {
        // Frames: [the method calling getCallerClass, its caller, …]; the
        // caller's caller is the answer, skipping reflection frames.
        let frames: Vec<_> = vm.java_frames().map(|(c, m, _)| (c, m)).collect();
        let caller = frames.iter().skip(1).find(|&&(c, m)| !is_reflection_frame(vm, c, m)).map(|&(c, _)| c);
        match caller {
            Some(c) => Ok(Some(vm.mirror(c)?.to_slot())),
            None => Ok(Some(0)),
        }
    });
    n.register(REFLECTION, "getClassAccessFlags", "(Ljava/lang/Class;)I", |vm, a| {
        let class = super::lang::mirror_arg(vm, a[0])?;
        Ok(Some(vm.class(class).access_flags as u64))
    });
    n.register(REFLECTION, "areNestMates", "(Ljava/lang/Class;Ljava/lang/Class;)Z", |vm, a| {
        let x = super::lang::mirror_arg(vm, a[0])?;
        let y = super::lang::mirror_arg(vm, a[1])?;
        let host = |vm: &Vm, c| -> JResult<String> {
            Ok(vm
                .reflection_decl(c)?
                .and_then(|d| d.nest_host.clone())
                .unwrap_or_else(|| vm.class(c).name.clone()))
        };
        Ok(Some((host(vm, x)? == host(vm, y)?) as u64))
    });
    const ACCESS: &str = "java/security/AccessController";
    n.register(ACCESS, "getStackAccessControlContext", "()Ljava/security/AccessControlContext;", |_, _| {
        Ok(Some(0))
    });
    n.register(
        ACCESS,
        "getInheritedAccessControlContext",
        "()Ljava/security/AccessControlContext;",
        |_, _| Ok(Some(0)),
    );
    n.register(ACCESS, "ensureMaterializedForStackWalk", "(Ljava/lang/Object;)V", |_, _| Ok(None));
    n.register(
        ACCESS,
        "getProtectionDomain",
        "(Ljava/lang/Class;)Ljava/security/ProtectionDomain;",
        |vm, a| {
            let class = super::lang::mirror_arg(vm, a[0])?;
            Ok(Some(vm.protection_domain(class).to_slot()))
        },
    );
}

/// `Method.invoke` and the reflection machinery's frames, which
/// `getCallerClass` looks through.
fn is_reflection_frame(vm: &Vm, class: crate::layout::ClassId, method: u32) -> bool {
    let name = &vm.class(class).name;
    let method_name = &vm.class(class).methods()[method as usize].name;
    (name == "java/lang/reflect/Method" && method_name == "invoke")
        || name.starts_with("jdk/internal/reflect/")
}

use keel_runtime_heap::collector;

fn register_references(n: &mut Natives) {
    const REFERENCE: &str = "java/lang/ref/Reference";
    // The pending list is the collector's (`keel_runtime_heap::collector`):
    // references it cleared, linked through `Reference.discovered`.
    n.register(REFERENCE, "getAndClearReferencePendingList", "()Ljava/lang/ref/Reference;", |vm, _| {
        let head = ObjRef(collector::take_pending_references() as *mut u8);
        Ok(Some(vm.hold(head).to_slot()))
    });
    n.register(REFERENCE, "hasReferencePendingList", "()Z", |_, _| {
        Ok(Some(collector::has_pending_references() as u64))
    });
    n.register(REFERENCE, "waitForReferencePendingList", "()V", |vm, _| {
        if collector::has_pending_references() {
            return Ok(None);
        }
        // Only another thread's collection could add to the list, and Keel
        // runs Java on one thread: waiting would never end.
        Err(vm.error("java/lang/InternalError", "keel: waiting for references no collection will clear"))
    });
    n.register(REFERENCE, "refersTo0", "(Ljava/lang/Object;)Z", |vm, a| {
        let referent = vm.get_field(ObjRef::from_slot(a[0]), "referent").unwrap_or(0);
        Ok(Some((referent == a[1]) as u64))
    });
    n.register(REFERENCE, "clear0", "()V", |vm, a| {
        vm.set_field(ObjRef::from_slot(a[0]), "referent", 0);
        Ok(None)
    });
    n.register("java/lang/ref/PhantomReference", "refersTo0", "(Ljava/lang/Object;)Z", |vm, a| {
        let referent = vm.get_field(ObjRef::from_slot(a[0]), "referent").unwrap_or(0);
        Ok(Some((referent == a[1]) as u64))
    });
}

impl Vm {
    /// A new `String[]` of `values`.
    pub(crate) fn string_array(&mut self, values: &[String]) -> JResult<ObjRef> {
        let array = self.new_array("[Ljava/lang/String;", values.len() as i32)?;
        for (i, v) in values.iter().enumerate() {
            let s = self.java_string(v)?;
            self.array_store_ref(array, i as i32, s)?;
        }
        Ok(array)
    }
}
