//! Files newsidx keeps beside the index that are not Tantivy's (saved searches, clusters of
//! copies), replaced atomically (written aside, synced, renamed), so a crash or a kill
//! leaves the old file or the new one, whole, and never half of either.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// The saved searches (`newsidx watch`): kept when the index is rebuilt, for they are the user's.
pub const WATCHES_FILE: &str = "newsidx-watches.json";
/// The clusters of copies: computed from the index, and cleared with it.
pub const COPIES_FILE: &str = "newsidx-copies.bin";
/// Where each indexed document stands among the copies, segment by segment: computed with them.
pub const PLACES_FILE: &str = "newsidx-places.bin";

/// The value saved in `dir/name`, or the default one when the file is absent; `what` names the
/// file's kind in the error for one that is not newsidx's.
pub fn load<T: DeserializeOwned + Default>(dir: &Path, name: &str, what: &str) -> anyhow::Result<T> {
    let path = dir.join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text)
            .map_err(|e| anyhow::anyhow!("{}: not a {what} file newsidx wrote ({e})", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(e) => Err(anyhow::anyhow!("{}: {e}", path.display())),
    }
}

/// Replaces `dir/name` with `value` as JSON, atomically.
pub fn save<T: Serialize>(dir: &Path, name: &str, value: &T) -> anyhow::Result<()> {
    save_bytes(dir, name, serde_json::to_string_pretty(value)?.as_bytes())
}

/// Replaces `dir/name` with `bytes` atomically.
pub fn save_bytes(dir: &Path, name: &str, bytes: &[u8]) -> anyhow::Result<()> {
    let aside = dir.join(format!("{name}.tmp"));
    let mut file = std::fs::File::create(&aside)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&aside, dir.join(name))?;
    Ok(())
}
