//! `newsidx copies PATH`: the cluster of copies an article belongs to, original first, with
//! each member's date, agency, site folder and path.

use crate::copies::Clusters;
use crate::error::{Status, UserError};
use crate::index::store::{self, Store};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `copies` was asked to do.
#[derive(Debug, Clone)]
pub struct CopiesConfig {
    pub index_dir: PathBuf,
    /// The article's file, as the user types it.
    pub path: PathBuf,
    pub json: bool,
}

/// The `copies --json` object.
#[derive(Debug, Serialize)]
struct Cluster {
    /// The article asked about, as indexed.
    path: String,
    /// The id its copies share; null when it has none.
    cluster: Option<String>,
    /// Every member, the original first; the article alone when it has no copies.
    members: Vec<Member>,
}

#[derive(Debug, Serialize)]
struct Member {
    path: String,
    original: bool,
    date: Option<chrono::NaiveDate>,
    source: Option<String>,
    title: Option<String>,
    /// The folder the file stands in: in an archive kept per site, the site.
    folder: Option<String>,
}

/// Prints the cluster: exit 0 when the article has copies, 1 when it has none, and an error
/// naming the path when it is not indexed.
pub fn run(config: &CopiesConfig) -> anyhow::Result<Status> {
    let store = store::open(&config.index_dir)?;
    let clusters = Clusters::load(&store.dir)?;
    for key in &super::keys_of(&config.path) {
        if crate::search::show(&store, key).map_err(|e| store.read_error(e))?.is_some() {
            let cluster = cluster_of(&store, &clusters, key)?;
            print(&cluster, config.json)?;
            return Ok(if cluster.cluster.is_some() { Status::Success } else { Status::NoMatch });
        }
    }
    Err(UserError::NotIndexed(config.path.display().to_string()).into())
}

fn cluster_of(store: &Store, clusters: &Clusters, key: &str) -> anyhow::Result<Cluster> {
    let place = clusters.place_of(key);
    let hashes = match place {
        Some(p) => clusters.members(p.cluster),
        None => vec![crate::copies::path_hash(key)],
    };
    let searcher = store.searcher()?;
    let mut members = Vec::with_capacity(hashes.len());
    for (rank, hash) in hashes.into_iter().enumerate() {
        // A member deleted since the clusters were saved is left out until the next run.
        let Some(article) = crate::search::show_by_hash(store, &searcher, hash)? else { continue };
        let folder = folder_of(&article.path);
        let (date, source, title) = (article.date, article.source, article.title);
        members.push(Member {
            path: article.path,
            original: rank == 0 && place.is_some(),
            date,
            source,
            title,
            folder,
        });
    }
    let cluster = place.map(|p| clusters.id(p.cluster));
    Ok(Cluster { path: key.to_string(), cluster, members })
}

/// The name of the folder a file (or a record of a file, `feed.jsonl#3`) stands in.
fn folder_of(path: &str) -> Option<String> {
    let file = path.rsplit_once('#').map_or(path, |(file, _)| file);
    let parent = Path::new(file).parent()?.file_name()?;
    Some(parent.to_string_lossy().into_owned())
}

fn print(cluster: &Cluster, json: bool) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if json {
        crate::output::write_json(&mut out, cluster)?;
    } else {
        match &cluster.cluster {
            Some(id) => writeln!(out, "cluster {id}: {} articles, one story", cluster.members.len())?,
            None => writeln!(out, "{} has no copies in the index", cluster.path)?,
        }
        for m in cluster.members.iter().filter(|_| cluster.cluster.is_some()) {
            let date = m.date.map_or("----------".to_string(), |d| d.to_string());
            let role = if m.original { "original" } else { "copy    " };
            let source = m.source.as_deref().unwrap_or("-");
            let folder = m.folder.as_deref().unwrap_or("-");
            writeln!(out, "{role}  {date}  {source:<10} {folder:<16} {}", m.path)?;
        }
    }
    out.flush()?;
    Ok(())
}
