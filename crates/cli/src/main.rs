//! `keel`: the command line of the Keel runtime.

mod cache;
mod check;
mod compile;
mod disassemble;
mod inspect;
mod inspect_image;
mod run;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "keel", version, about = "Keel: a portable runtime for JVM programs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the classes in a class file, directory, jar, jmod, jimage or KBF
    /// image, or print one class (bytecode like `javap -c -p`, or KIR).
    Inspect {
        /// A .class file, a directory, a .jar, a .jmod, a JDK's lib/modules,
        /// or a .kbf image.
        path: PathBuf,
        /// The class to print, by binary name (`java.lang.String` or
        /// `java/lang/String`).
        class: Option<String>,
        /// For a KBF image: print only this method (a name, or a name and
        /// descriptor such as `hashCode()I`).
        method: Option<String>,
        /// Parse and format-check every class and decode every method; print
        /// each error and a summary, and exit non-zero if there was any error.
        #[arg(long, conflicts_with = "class")]
        check: bool,
        /// Also print the constant pool.
        #[arg(short, long)]
        verbose: bool,
    },
    /// Translate classes into a portable KBF image.
    Compile {
        /// Class files, directories, jars or jmods.
        inputs: Vec<PathBuf>,
        /// A module of the JDK's lib/modules to translate (repeatable).
        #[arg(long = "jdk-module", value_name = "MODULE")]
        jdk_modules: Vec<String>,
        /// The JDK home to read --jdk-module from (default: JAVA_HOME, then
        /// the usual install places).
        #[arg(long)]
        jdk: Option<PathBuf>,
        /// The image to write.
        #[arg(short, long, value_name = "OUT.kbf")]
        output: PathBuf,
    },
    /// Run a Java program, as `java` does: keel run [-cp PATH] [-D…] [-Xmx…]
    /// [-ea] MAIN [ARGS…], or keel run [OPTIONS] -jar APP.jar [ARGS…].
    #[command(disable_help_flag = true)]
    Run {
        /// `java`'s options, the main class (or `-jar APP.jar`) and the
        /// program's arguments.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Manage the cache of translated images ($KEEL_CACHE_DIR, else
    /// $XDG_CACHE_HOME/keel, else ~/.cache/keel).
    Cache {
        #[command(subcommand)]
        action: CacheAction,
    },
}

#[derive(Subcommand)]
enum CacheAction {
    /// List the cached entries.
    List,
    /// Delete every cached entry.
    Clear,
    /// Translate the JDK's java.base into the cache now, if it is not there.
    Warm {
        /// The JDK home (default: JAVA_HOME, then the usual install places).
        #[arg(long)]
        jdk: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Inspect { path, check: true, .. } => check::run(&path),
        Command::Inspect { path, class, method, .. } if inspect_image::is_image(&path) => {
            inspect_image::run(&path, class.as_deref(), method.as_deref())
        }
        Command::Inspect { method: Some(_), .. } => Err("a METHOD can only be given for a .kbf image".into()),
        Command::Inspect { path, class: None, .. } => inspect::list(&path),
        Command::Inspect { path, class: Some(class), verbose, .. } => {
            inspect::print_class(&path, &class, verbose)
        }
        Command::Compile { inputs, jdk_modules, jdk, output } => {
            compile::run(&compile::Inputs { paths: inputs, jdk_modules, jdk }, &output)
        }
        Command::Run { args } => run::run(&args),
        Command::Cache { action: CacheAction::List } => cache::list(),
        Command::Cache { action: CacheAction::Clear } => cache::clear(),
        Command::Cache { action: CacheAction::Warm { jdk } } => cache::warm(jdk.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("keel: {message}");
            ExitCode::FAILURE
        }
    }
}
