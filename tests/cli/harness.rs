//! A temp folder holding a copy of an archive and an index, and a way to run newsidx on them.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tempfile::TempDir;

/// An archive copy and an index folder, removed when dropped.
pub struct Sandbox {
    dir: TempDir,
}

/// What a run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Panics with both streams shown when the exit code is not `want`.
    pub fn expect_code(self, want: i32) -> Run {
        assert_eq!(self.code, want, "exit code\n--- stdout\n{}\n--- stderr\n{}", self.stdout, self.stderr);
        self
    }

    /// Parses stdout as one JSON value.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// Parses stdout as JSON Lines.
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
    }
}

/// The repository's root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl Sandbox {
    /// A sandbox with a copy of `sample-archive/` at `archive/`.
    pub fn with_sample() -> Sandbox {
        let sandbox = Sandbox::empty();
        copy_tree(&repo().join("sample-archive"), &sandbox.archive());
        sandbox
    }

    /// A sandbox with an empty `archive/`.
    pub fn empty() -> Sandbox {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("archive")).expect("archive dir");
        Sandbox { dir }
    }

    /// The archive copy.
    pub fn archive(&self) -> PathBuf {
        self.dir.path().join("archive")
    }

    /// The index folder.
    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    /// Writes a file under the archive.
    pub fn write(&self, rel: &str, content: &[u8]) -> PathBuf {
        let path = self.archive().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, content).expect("write");
        path
    }

    /// Runs newsidx with the sandbox's index (through `NEWSIDX_INDEX`) and `args`.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_env(args, &[])
    }

    /// Runs newsidx as [`Sandbox::run`] does, with `env` set on top of the test's environment
    /// (the colour variables are cleared first, so the test's own terminal settings do not leak).
    pub fn run_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let output = Command::cargo_bin("newsidx")
            .expect("binary")
            .current_dir(self.dir.path())
            .env("NEWSIDX_INDEX", self.index())
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .envs(env.iter().copied())
            .args(args)
            .output()
            .expect("run newsidx");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// `newsidx index archive --json`, returning the summary.
    pub fn index_archive(&self) -> serde_json::Value {
        self.run(&["index", "archive", "--json"]).expect_code(0).json()
    }

    /// The file names (last path component) of a search's hits, in rank order.
    pub fn hit_names(&self, args: &[&str]) -> Vec<String> {
        let mut full = vec!["search"];
        full.extend_from_slice(args);
        full.extend_from_slice(&["--format", "jsonl"]);
        let run = self.run(&full);
        run.json_lines().iter().map(|h| file_name(h["path"].as_str().expect("path"))).collect()
    }
}

/// The last component of a path.
pub fn file_name(path: &str) -> String {
    Path::new(path).file_name().expect("file name").to_string_lossy().into_owned()
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A copy of the sample archive, indexed once and kept in `slot` for the tests that share it.
pub fn indexed_sample(slot: &'static OnceLock<Sandbox>) -> &'static Sandbox {
    slot.get_or_init(|| {
        let sandbox = Sandbox::with_sample();
        sandbox.index_archive();
        sandbox
    })
}
