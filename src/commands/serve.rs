//! `newsidx serve`: binds the address, prints the URL, and serves the index until Ctrl-C or a
//! termination signal, finishing the requests under way.

use crate::error::Status;
use crate::serve::{self, archive::Archive};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

/// The address served when none is given: loopback only, so nobody else can read the archive.
pub const DEFAULT_ADDR: &str = "127.0.0.1:7878";

/// What `serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub index_dir: PathBuf,
    pub addr: SocketAddr,
    /// Open the page in the default browser once serving.
    pub open: bool,
}

/// Serves until stopped; fails before binding when there is no index to serve.
pub fn run(config: &ServeConfig) -> anyhow::Result<Status> {
    crate::search::spread::keep_each_search_on_one_thread();
    let archive = Arc::new(Archive::open(&config.index_dir)?);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(serve(archive, config))?;
    Ok(Status::Success)
}

async fn serve(archive: Arc<Archive>, config: &ServeConfig) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.addr))?;
    let bound = listener.local_addr()?;
    if !bound.ip().is_loopback() {
        super::warn(&format!(
            "serving on {bound}: anyone who can reach this address can read the whole archive"
        ));
    }
    let url = format!("http://{bound}/");
    println!("newsidx: serving {} at {url} (Ctrl-C stops)", archive.store.dir.display());
    if config.open {
        if let Err(e) = open::that_detached(&url) {
            super::warn(&format!("could not open a browser ({e}); open {url} yourself"));
        }
    }
    axum::serve(listener, serve::router(archive)).with_graceful_shutdown(stopped()).await?;
    Ok(())
}

/// Resolves on Ctrl-C or, on Unix, a termination signal.
async fn stopped() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
