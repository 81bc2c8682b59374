//! Reading members of a zip archive (the body of jars and jmods) with sizes
//! checked, behind a lock so that a container can be shared between threads.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use zip::read::{ArchiveOffset, Config, ZipFile};
use zip::result::ZipError;
use zip::ZipArchive;

use super::error::ContainerError;

/// Entries are read into memory with at most this much reserved up front:
/// the declared size of a hostile entry must not decide an allocation.
const MAX_INITIAL_CAPACITY: u64 = 16 << 20;

pub(crate) struct ZipStore {
    path: PathBuf,
    /// `ZipArchive` reads through `&mut self`; the lock lets readers share a store.
    archive: Mutex<ZipArchive<File>>,
    max_entry_size: u64,
}

impl ZipStore {
    /// Opens the zip archive that starts `archive_offset` bytes into the file
    /// (4 for a jmod, whose header precedes the zip and is not counted in its offsets).
    pub(crate) fn open(
        path: &Path,
        archive_offset: u64,
        max_entry_size: u64,
    ) -> Result<Self, ContainerError> {
        let file = File::open(path).map_err(|e| ContainerError::io(path, "cannot open", e))?;
        let config = Config { archive_offset: ArchiveOffset::Known(archive_offset) };
        let archive = ZipArchive::with_config(config, file).map_err(|e| ContainerError::zip(path, e))?;
        Ok(ZipStore { path: path.to_path_buf(), archive: Mutex::new(archive), max_entry_size })
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// The names of all members that are files (directories are left out).
    pub(crate) fn file_names(&self) -> Vec<String> {
        let archive = self.lock();
        archive.file_names().filter(|name| !name.ends_with('/')).map(str::to_owned).collect()
    }

    /// The bytes of member `name`, `None` if there is no such file member.
    pub(crate) fn read(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        let mut archive = self.lock();
        let member = match archive.by_name(name) {
            Ok(member) => member,
            Err(ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(ContainerError::zip(&self.path, e).in_entry(name)),
        };
        if member.is_dir() {
            return Ok(None);
        }
        read_checked(member, self.max_entry_size).map(Some).map_err(|e| e.into_error(&self.path, name))
    }

    /// A panic elsewhere while the lock was held leaves no broken state behind:
    /// every read seeks to its member first, so a poisoned lock is still usable.
    fn lock(&self) -> MutexGuard<'_, ZipArchive<File>> {
        self.archive.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Why a member could not be read, before the path and name are attached.
enum ReadProblem {
    TooLarge { size: u64, limit: u64 },
    SizeMismatch { declared: u64, actual: u64 },
    Inflate(io::Error),
}

impl ReadProblem {
    fn into_error(self, path: &Path, name: &str) -> ContainerError {
        let error = match self {
            ReadProblem::TooLarge { size, limit } => ContainerError::too_large(path, size, limit),
            ReadProblem::SizeMismatch { declared, actual } => {
                ContainerError::malformed(path, format!("declares {declared} bytes but holds {actual}"))
            }
            ReadProblem::Inflate(e) => inflate_error(path, e),
        };
        error.in_entry(name)
    }
}

/// Bad compressed data surfaces as an `io::Error` too; it is a format problem,
/// not a failing disk, and the kind should say so.
fn inflate_error(path: &Path, error: io::Error) -> ContainerError {
    match error.kind() {
        io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof => {
            ContainerError::malformed(path, "cannot inflate").with_source(error)
        }
        _ => ContainerError::io(path, "cannot read the zip archive", error),
    }
}

/// Reads a member, trusting neither its declared size (checked against the
/// limit first) nor the compressed stream (which may inflate beyond it).
fn read_checked(mut member: ZipFile<'_, File>, limit: u64) -> Result<Vec<u8>, ReadProblem> {
    let declared = member.size();
    if declared > limit {
        return Err(ReadProblem::TooLarge { size: declared, limit });
    }
    let mut bytes = Vec::with_capacity(declared.min(MAX_INITIAL_CAPACITY) as usize);
    // One byte more than declared is enough to notice a stream that lies.
    (&mut member).take(declared + 1).read_to_end(&mut bytes).map_err(ReadProblem::Inflate)?;
    let actual = bytes.len() as u64;
    if actual != declared {
        return Err(ReadProblem::SizeMismatch { declared, actual });
    }
    Ok(bytes)
}
