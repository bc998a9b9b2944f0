//! Folder walks: depth-first, entries in byte order of their names, one directory listing at a
//! time per level (so memory follows the depth and width of the tree, not its size). Hidden
//! entries (`.name`) and files of unknown extension are skipped silently; symlinks to files are
//! read, symlinks to folders are not followed (no cycles).

use crate::error::IngestError;
use crate::format::{format_of_name, Format};
use std::path::{Path, PathBuf};

/// A file found by a walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub path: PathBuf,
    /// Path relative to the walk's root, `/`-separated.
    pub relative: String,
    /// From the name; `None` for a bare `.gz` to sniff.
    pub format: Option<Format>,
}

pub(crate) struct Walk {
    /// Per level, the entries still to visit: (full path, relative path).
    stack: Vec<std::vec::IntoIter<(PathBuf, String)>>,
    /// A folder to list before going on.
    pending: Option<(PathBuf, String)>,
}

impl Walk {
    pub(crate) fn new(root: &Path) -> Walk {
        Walk {
            stack: Vec::new(),
            pending: Some((root.to_path_buf(), String::new())),
        }
    }

    fn list(dir: &Path, relative: &str) -> Result<Vec<(PathBuf, String)>, IngestError> {
        let err = |e: std::io::Error| IngestError::new(dir.display().to_string(), e);
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(err)? {
            let entry = entry.map_err(err)?;
            // A name that is not Unicode keeps its real path; only its id is approximate.
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let rel = if relative.is_empty() {
                name.to_string()
            } else {
                format!("{relative}/{name}")
            };
            entries.push((entry.path(), rel));
        }
        entries.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(entries)
    }
}

impl Iterator for Walk {
    type Item = Result<Found, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some((dir, rel)) = self.pending.take() {
                match Walk::list(&dir, &rel) {
                    Ok(entries) => self.stack.push(entries.into_iter()),
                    Err(e) => return Some(Err(e)),
                }
            }
            let level = self.stack.last_mut()?;
            let Some((path, relative)) = level.next() else {
                self.stack.pop();
                continue;
            };
            let Ok(file_type) = std::fs::symlink_metadata(&path).map(|m| m.file_type()) else {
                continue; // vanished since listed
            };
            if file_type.is_dir() {
                self.pending = Some((path, relative));
                continue;
            }
            if file_type.is_symlink() && !path.is_file() {
                continue;
            }
            let known = format_of_name(&path.file_name().unwrap_or_default().to_string_lossy());
            if let Some(format) = known {
                return Some(Ok(Found {
                    path,
                    relative,
                    format,
                }));
            }
        }
    }
}
