//! Finding the article files under the folders the user names: hidden entries and search
//! indexes skipped, symbolic links followed (a link back into its own ancestry is reported, never
//! looped), and each file's size and modification time taken for the incremental run.

use newsidx_extract::read::Kind;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;
use walkdir::WalkDir;

/// An article file found by the walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    /// The file's path, under the root as given.
    pub path: PathBuf,
    /// How to read it.
    pub kind: Kind,
    /// Size in bytes.
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 when the platform has none).
    pub mtime: i64,
}

/// A folder or file the walk could not read, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkError {
    /// What could not be read.
    pub path: PathBuf,
    /// Why.
    pub reason: String,
}

/// Walks `root`, yielding article files in a stable (sorted) order, and the entries it could
/// not read. Files of other kinds (images, stylesheets) are passed over silently, and so are
/// index folders (an index kept inside the archive it indexes holds JSON that is no article).
pub fn walk(root: &Path) -> impl Iterator<Item = Result<FileEntry, WalkError>> {
    let root = root.to_path_buf();
    WalkDir::new(&root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !(is_hidden(e.file_name()) || is_index_entry(e)))
        .filter_map(move |entry| match entry {
            Ok(e) if e.file_type().is_file() => Kind::of(e.path()).map(|k| entry_of(e.path(), k)),
            Ok(_) => None,
            Err(err) => Some(Err(walk_error(&root, &err))),
        })
}

fn entry_of(path: &Path, kind: Kind) -> Result<FileEntry, WalkError> {
    let meta =
        std::fs::metadata(path).map_err(|e| WalkError { path: path.to_path_buf(), reason: e.to_string() })?;
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
    Ok(FileEntry { path: path.to_path_buf(), kind, size: meta.len(), mtime })
}

fn walk_error(root: &Path, err: &walkdir::Error) -> WalkError {
    let path = err.path().unwrap_or(root).to_path_buf();
    let reason = match (err.loop_ancestor(), err.io_error()) {
        (Some(ancestor), _) => format!("symbolic link loops back to {}", ancestor.display()),
        (None, Some(io)) => io.to_string(),
        (None, None) => err.to_string(),
    };
    WalkError { path, reason }
}

fn is_index_entry(entry: &walkdir::DirEntry) -> bool {
    entry.file_type().is_dir() && is_search_index(entry.path())
}

/// A Tantivy index (newsidx's or another tool's): `meta.json` beside Tantivy's `.managed.json` or
/// newsidx's version file.
pub fn is_search_index(dir: &Path) -> bool {
    dir.join("meta.json").is_file()
        && (dir.join(".managed.json").is_file() || dir.join("newsidx-version").is_file())
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_articles_and_skips_hidden_entries() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("a/.git")).expect("mkdir");
        std::fs::write(dir.path().join("a/one.txt"), "x").expect("write");
        std::fs::write(dir.path().join("a/.git/two.txt"), "x").expect("write");
        std::fs::write(dir.path().join("a/.hidden.txt"), "x").expect("write");
        std::fs::write(dir.path().join("a/logo.png"), "x").expect("write");
        let found: Vec<PathBuf> = walk(dir.path()).filter_map(Result::ok).map(|e| e.path).collect();
        assert_eq!(found, [dir.path().join("a/one.txt")]);
    }

    #[test]
    fn index_folders_under_a_root_are_not_walked() {
        let dir = tempfile::tempdir().expect("tempdir");
        for file in ["story.json", "idx/meta.json", "idx/.managed.json", "other/meta.json"] {
            std::fs::create_dir_all(dir.path().join(file).parent().expect("parent")).expect("mkdir");
            std::fs::write(dir.path().join(file), "{}").expect("write");
        }
        let found: Vec<PathBuf> = walk(dir.path()).filter_map(Result::ok).map(|e| e.path).collect();
        assert_eq!(found, [dir.path().join("other/meta.json"), dir.path().join("story.json")]);
    }

    #[cfg(unix)]
    #[test]
    fn reports_symlink_loops() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("d")).expect("mkdir");
        std::os::unix::fs::symlink(dir.path(), dir.path().join("d/loop")).expect("symlink");
        let errors: Vec<WalkError> = walk(dir.path()).filter_map(Result::err).collect();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].reason.contains("loops back"), "{:?}", errors[0]);
    }
}
