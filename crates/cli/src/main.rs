//! `keel`: the command line of the Keel runtime.

mod check;
mod disassemble;
mod inspect;

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
    /// List the classes in a class file, directory, jar, jmod or jimage, or
    /// print one class in the spirit of `javap -c -p`.
    Inspect {
        /// A .class file, a directory, a .jar, a .jmod, or a JDK's lib/modules.
        path: PathBuf,
        /// The class to print, by binary name (`java.lang.String` or
        /// `java/lang/String`).
        class: Option<String>,
        /// Parse and format-check every class and decode every method; print
        /// each error and a summary, and exit non-zero if there was any error.
        #[arg(long, conflicts_with = "class")]
        check: bool,
        /// Also print the constant pool.
        #[arg(short, long)]
        verbose: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Inspect { path, class, check: true, .. } => {
            debug_assert!(class.is_none());
            check::run(&path)
        }
        Command::Inspect { path, class: None, .. } => inspect::list(&path),
        Command::Inspect { path, class: Some(class), verbose, .. } => {
            inspect::print_class(&path, &class, verbose)
        }
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("keel: {message}");
            ExitCode::FAILURE
        }
    }
}
