//! Booting java.base as HotSpot does (`Threads::create_vm`), and launching
//! a program as the `java` launcher does (`JavaMain` in libjli).
//!
//! Boot: the primordial classes and their mirrors, `UnsafeConstants`, the
//! system and main thread groups and the `main` thread, then
//! `System.initPhase1`, `initPhase2` (the module system) and `initPhase3`
//! (security manager, system class loader).
//!
//! Launch: the main class is loaded and checked by the JDK's own
//! `sun.launcher.LauncherHelper.checkAndLoadMain`, so a missing class or
//! `main` method gives `java`'s message and exit code; `main` runs; an
//! uncaught exception goes to the thread's uncaught-exception handler
//! (which prints `Exception in thread "main" …`) and the status is 1; then
//! `Shutdown.shutdown` runs the shutdown hooks, as `DestroyJavaVM` does.

use super::{JResult, ObjRef, Throw, Value, Vm};

/// What `java`'s command line says about the program to run.
#[derive(Debug, Clone, Default)]
pub struct LaunchOptions {
    /// The JDK home (`java.home`).
    pub java_home: String,
    /// `-cp`: entries separated by `:` (the `-jar` file for `-jar`).
    pub class_path: String,
    /// `-D` properties, in order.
    pub properties: Vec<(String, String)>,
    /// The main class (binary name), or the jar for `-jar`.
    pub main: String,
    /// Whether `main` names a jar (`-jar`).
    pub jar: bool,
    /// The program's arguments.
    pub args: Vec<String>,
}

/// `JVMTI_THREAD_STATE_ALIVE | JVMTI_THREAD_STATE_RUNNABLE`: what
/// `threadStatus` says of a running thread.
const THREAD_RUNNABLE: u64 = 0x0005;

impl Vm {
    /// Boots java.base for a program launched with `options`.
    pub fn boot(&mut self, options: &LaunchOptions) -> JResult<()> {
        self.vm_properties = vm_properties(options);
        for name in ["java/lang/Object", "java/lang/String", "java/lang/Class"] {
            self.load_class(name)?;
        }
        for name in ["java/lang/String", "java/lang/System", "java/lang/Class"] {
            self.initialize_named(name)?;
        }
        let (system_group, main_group) = self.create_thread_groups()?;
        let _ = system_group;
        self.create_main_thread(main_group)?;
        self.initialize_named("java/lang/Module")?;
        self.initialize_unsafe_constants()?;
        for name in ["java/lang/reflect/Method", "java/lang/ref/Finalizer"] {
            self.initialize_named(name)?;
        }
        self.call_static("java/lang/System", "initPhase1", "()V", &[])?;
        let status =
            self.call_static("java/lang/System", "initPhase2", "(ZZ)I", &[Value::Int(1), Value::Int(1)])?;
        if status != Some(Value::Int(0)) {
            return Err(Throw::Fatal(format!("System.initPhase2 failed: {status:?}")));
        }
        self.call_static("java/lang/System", "initPhase3", "()V", &[])?;
        Ok(())
    }

    fn initialize_named(&mut self, name: &str) -> JResult<()> {
        let class = self.load_class(name)?;
        self.initialize(class)
    }

    /// HotSpot sets these after `UnsafeConstants`' static initializer.
    fn initialize_unsafe_constants(&mut self) -> JResult<()> {
        let class = self.load_class("jdk/internal/misc/UnsafeConstants")?;
        self.initialize(class)?;
        let big_endian = (self.target.endian == crate::layout::Endian::Big) as u64;
        let values = [
            ("ADDRESS_SIZE0", self.target.pointer_size as u64),
            ("PAGE_SIZE", 4096),
            ("BIG_ENDIAN", big_endian),
            (
                "UNALIGNED_ACCESS",
                cfg!(any(target_arch = "x86_64", target_arch = "x86", target_arch = "aarch64")) as u64,
            ),
            ("DATA_CACHE_LINE_FLUSH_SIZE", 0),
        ];
        for (name, value) in values {
            self.set_static(class, name, value)?;
        }
        Ok(())
    }

    /// Writes static field `name` of `class` (declared there).
    pub(crate) fn set_static(
        &mut self,
        class: crate::layout::ClassId,
        name: &str,
        value: u64,
    ) -> JResult<()> {
        let slot = self
            .class(class)
            .layout
            .static_fields
            .iter()
            .find(|f| f.name == name)
            .map(|f| (f.offset, f.kind));
        let Some((offset, kind)) = slot else {
            return Err(Throw::Fatal(format!("{}.{name} missing", self.class(class).name)));
        };
        // SAFETY: the field is inside the class's statics block, of `kind`.
        unsafe { super::value::store(kind, self.statics(class).add(offset as usize), value) };
        Ok(())
    }

    /// The "system" thread group and its child "main".
    fn create_thread_groups(&mut self) -> JResult<(ObjRef, ObjRef)> {
        let group = self.load_class("java/lang/ThreadGroup")?;
        self.initialize(group)?;
        let system = self.alloc_object(group)?;
        self.call_constructor(system, "()V", &[])?;
        let main = self.alloc_object(group)?;
        let name = self.java_string("main")?;
        self.call_constructor(
            main,
            "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V",
            &[system.to_slot(), name.to_slot()],
        )?;
        Ok((system, main))
    }

    /// The `main` thread: made before its constructor runs (which asks for
    /// the current thread), as HotSpot's `create_initial_thread` does.
    fn create_main_thread(&mut self, group: ObjRef) -> JResult<()> {
        let thread_class = self.load_class("java/lang/Thread")?;
        self.initialize(thread_class)?;
        let thread = self.alloc_object(thread_class)?;
        self.set_field(thread, "priority", 5);
        self.set_field(thread, "eetop", 1);
        self.current_thread = thread;
        let name = self.java_string("main")?;
        self.call_constructor(
            thread,
            "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V",
            &[group.to_slot(), name.to_slot()],
        )?;
        self.set_field(thread, "threadStatus", THREAD_RUNNABLE);
        Ok(())
    }

    /// Runs constructor `descriptor` of `object`'s class on it.
    pub(crate) fn call_constructor(&mut self, object: ObjRef, descriptor: &str, args: &[u64]) -> JResult<()> {
        let class = self.class_of(object);
        let Some(index) = self.class(class).find_method("<init>", descriptor) else {
            return Err(Throw::Fatal(format!("{}.<init>{descriptor} missing", self.class(class).name)));
        };
        let mut all = vec![object.to_slot()];
        all.extend_from_slice(args);
        self.invoke(crate::layout::MethodRef { class, index }, &all)?;
        Ok(())
    }

    /// Loads, checks and runs the program as `java` does; the process's
    /// exit status.
    pub fn launch(&mut self, options: &LaunchOptions) -> i32 {
        match self.boot(options) {
            Ok(()) => {}
            Err(Throw::Exit(status)) => return status,
            Err(e) => {
                eprintln!("keel: java.base failed to boot: {}", self.describe_with_trace(&e));
                return 1;
            }
        }
        let status = match self.run_main(options) {
            Ok(()) => 0,
            Err(Throw::Exit(status)) => return status,
            Err(Throw::Java(exception)) => {
                if let Err(Throw::Exit(status)) = self.dispatch_uncaught(exception) {
                    return status;
                }
                1
            }
            Err(Throw::Fatal(message)) => {
                eprintln!("keel: fatal error: {message}");
                return 1;
            }
        };
        match self.call_static("java/lang/Shutdown", "shutdown", "()V", &[]) {
            Err(Throw::Exit(s)) => s,
            _ => status,
        }
    }

    fn run_main(&mut self, options: &LaunchOptions) -> JResult<()> {
        let mode = if options.jar { 2 } else { 1 };
        let what = self.java_string(&options.main)?;
        let main = self.call_static(
            "sun/launcher/LauncherHelper",
            "checkAndLoadMain",
            "(ZILjava/lang/String;)Ljava/lang/Class;",
            &[Value::Int(1), Value::Int(mode), Value::Ref(what)],
        )?;
        let Some(Value::Ref(mirror)) = main else { return Err(Throw::Fatal("no main class".into())) };
        let Some(class) = self.mirror_class(mirror) else { return Err(Throw::Fatal("no main class".into())) };
        let args = self.new_array("[Ljava/lang/String;", options.args.len() as i32)?;
        for (i, arg) in options.args.iter().enumerate() {
            let s = self.java_string(arg)?;
            self.array_store_ref(args, i as i32, s)?;
        }
        let Some(index) = self.class(class).find_method("main", "([Ljava/lang/String;)V") else {
            return Err(Throw::Fatal("main method vanished".into()));
        };
        self.initialize(class)?;
        self.invoke(crate::layout::MethodRef { class, index }, &[args.to_slot()])?;
        Ok(())
    }

    /// What was thrown, with the Java frames recorded in it (for failures
    /// that happen before `System.err` exists).
    pub fn describe_with_trace(&mut self, thrown: &Throw) -> String {
        let mut text = self.describe(thrown);
        let Throw::Java(mut e) = *thrown else { return text };
        for _ in 0..8 {
            for (class, method, pc) in self.backtrace_frames(e).into_iter().take(40) {
                let rt = self.class(class).clone();
                let m = &rt.methods()[method as usize];
                let line = self.line_of(class, method, pc).unwrap_or(0);
                text.push_str(&format!("\n\tat {}.{}{} line {line}", rt.name, m.name, m.descriptor));
            }
            let cause = self.get_field(e, "cause").map_or(ObjRef::NULL, ObjRef::from_slot);
            if cause.is_null() || cause == e {
                break;
            }
            e = cause;
            text.push_str(&format!("\nCaused by: {}", self.describe(&Throw::Java(e))));
        }
        text
    }

    /// `Thread.dispatchUncaughtException`, as a dying thread does.
    fn dispatch_uncaught(&mut self, exception: ObjRef) -> JResult<()> {
        let thread = self.current_thread;
        let thread_class = self.class_of(thread);
        let Some(index) =
            self.class(thread_class).find_method("dispatchUncaughtException", "(Ljava/lang/Throwable;)V")
        else {
            return Ok(());
        };
        let method = crate::layout::MethodRef { class: thread_class, index };
        match self.invoke(method, &[thread.to_slot(), exception.to_slot()]) {
            Err(Throw::Exit(s)) => Err(Throw::Exit(s)),
            Err(Throw::Fatal(m)) => {
                eprintln!("keel: fatal error: {m}");
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// The JDK's version (its `release` file's `JAVA_VERSION`): what stack
    /// trace elements of JDK frames carry as their module version. Read
    /// once.
    pub(crate) fn java_version(&self) -> String {
        self.java_version
            .get_or_init(|| {
                std::fs::read_to_string(std::path::Path::new(&self.java_home()).join("release"))
                    .ok()
                    .and_then(|release| {
                        release.lines().find_map(|l| {
                            l.strip_prefix("JAVA_VERSION=").map(|v| v.trim_matches('"').to_string())
                        })
                    })
                    .unwrap_or_else(|| "17".into())
            })
            .clone()
    }
}

/// The properties the VM itself reports (`SystemProps$Raw.vmProperties`):
/// HotSpot's, with Keel's name, then the command line's `-D`s.
fn vm_properties(options: &LaunchOptions) -> Vec<(String, String)> {
    let mut p: Vec<(String, String)> = vec![
        ("java.vm.specification.name", "Java Virtual Machine Specification"),
        ("java.vm.specification.vendor", "Oracle Corporation"),
        ("java.vm.specification.version", "17"),
        ("java.vm.name", "Keel"),
        ("java.vm.vendor", "Keel"),
        ("java.vm.version", env!("CARGO_PKG_VERSION")),
        ("java.vm.info", "interpreted mode"),
        ("jdk.debug", "release"),
        ("sun.java.launcher", "SUN_STANDARD"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    p.push(("java.home".into(), options.java_home.clone()));
    p.push(("sun.boot.library.path".into(), format!("{}/lib", options.java_home)));
    p.push(("java.library.path".into(), "/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib".into()));
    p.push(("java.class.path".into(), options.class_path.clone()));
    let mut command = options.main.clone();
    for a in &options.args {
        command.push(' ');
        command.push_str(a);
    }
    p.push(("sun.java.command".into(), command));
    // Keel runs java.base only (the JDK's other modules are not translated
    // yet): the boot layer holds just java.base, as `--limit-modules
    // java.base` would make it, so no service provider of another module is
    // looked for.
    p.push(("jdk.module.limitmods".into(), "java.base".into()));
    for (k, v) in &options.properties {
        p.retain(|(key, _)| key != k);
        p.push((k.clone(), v.clone()));
    }
    p
}
