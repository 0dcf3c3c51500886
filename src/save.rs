//! Writing files people own: a session saved over its previous version, and a new plan that
//! must not replace anything.
//!
//! A session is written whole or not at all: the new text goes to a temporary file beside
//! the target (same folder, so the same file system), is flushed to disk, and is renamed
//! over the target; the folder is then flushed so the rename itself survives a power cut.
//! Rename is atomic on POSIX file systems, so a crash or `kill -9` at any moment leaves
//! either the previous file or the new one, never a mixture. A crash can leave the
//! temporary file (`.NAME.PID.tmp`) behind; it is never read, and the next save by the same
//! process id replaces it.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Replaces `path` with `bytes` atomically (see the module comment).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // Renaming over a device or a folder would replace it (as root, `/dev/null` would become
    // a plain file), and over a symlink would replace the link: write only where a regular
    // file is or none is, and through a link to the file it names.
    let resolved;
    let path = match fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "not a regular file, so it is not replaced"));
        }
        Ok(_) if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) => {
            resolved = fs::canonicalize(path)?;
            resolved.as_path()
        }
        _ => path,
    };
    let temp = temp_beside(path)?;
    let result = (|| {
        let mut file = File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result?;
    sync_folder(path);
    Ok(())
}

/// Writes `bytes` to `path`, which must not exist yet, unless `overwrite` is set. Never
/// replaces a file by accident: without `overwrite` the file is created exclusively, so
/// even a file that appears between a check and the write is left alone (the error's kind
/// is [`io::ErrorKind::AlreadyExists`]). With `overwrite`, the write is atomic.
pub fn write_new(path: &Path, bytes: &[u8], overwrite: bool) -> io::Result<()> {
    if overwrite {
        return write_atomic(path, bytes);
    }
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if written.is_err() {
        // A half-written new file is worse than none.
        let _ = fs::remove_file(path);
    }
    written
}

/// `.NAME.PID.tmp` in the same folder as `path`.
fn temp_beside(path: &Path) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names a folder, not a file"))?;
    let mut temp = std::ffi::OsString::from(".");
    temp.push(name);
    temp.push(format!(".{}.tmp", std::process::id()));
    Ok(path.with_file_name(temp))
}

/// Flushes the folder entry of a rename to disk, where the platform allows it.
fn sync_folder(path: &Path) {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if let Ok(dir) = File::open(folder) {
        // Not every platform can sync a folder; the rename has happened either way.
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn devices_folders_and_links_are_never_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(super::write_atomic(Path::new("/dev/null"), b"x").is_err());
        assert!(std::fs::metadata("/dev/null").is_ok_and(|m| !m.is_file()), "/dev/null is still a device");
        assert!(super::write_atomic(dir.path(), b"x").is_err());
        let target = dir.path().join("session.toml");
        std::fs::write(&target, "old").expect("write");
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        super::write_atomic(&link, b"new").expect("through the link");
        assert!(std::fs::symlink_metadata(&link).is_ok_and(|m| m.file_type().is_symlink()), "the link stays");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "new");
    }

    use super::*;

    #[test]
    fn atomic_writes_replace_and_leave_no_temporary_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.toml");
        write_atomic(&path, b"one").expect("first");
        write_atomic(&path, b"two").expect("second");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").map(|e| e.expect("entry").file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("s.toml")]);
    }

    #[test]
    fn new_files_never_replace_one_unless_asked() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("plan.html");
        write_new(&path, b"first", false).expect("new");
        let e = write_new(&path, b"second", false).expect_err("exists");
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).expect("read"), b"first");
        write_new(&path, b"third", true).expect("forced");
        assert_eq!(fs::read(&path).expect("read"), b"third");
    }
}
