//! `newsidx serve`: the real server on a free loopback port over an indexed copy of the sample
//! archive. Its answers are the CLI's JSON, its faults are JSON with the right status, it serves
//! nothing outside the index, and it picks up an index run's commits while it runs.

use crate::harness::{file_name, Sandbox};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `newsidx serve`, stopped when dropped.
struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    base: String,
}

impl Server {
    /// Starts the server on a port the system picks, and waits for the URL it prints.
    fn start(sandbox: &Sandbox) -> Server {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("newsidx"))
            .args(["serve", "--addr", "127.0.0.1:0", "--index"])
            .arg(sandbox.index())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start newsidx serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("the URL line");
        let url = line.split_whitespace().find(|w| w.starts_with("http://")).expect("a URL printed");
        Server { child, base: url.trim_end_matches('/').to_string() }
    }

    /// The status and body of `GET path_and_query`.
    fn get(&self, path_and_query: &str) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        let mut response = agent.get(&format!("{}{path_and_query}", self.base)).call().expect("an answer");
        let status = response.status().as_u16();
        (status, response.body_mut().read_to_string().expect("a body"))
    }

    /// The status and JSON of `GET path_and_query`.
    fn json(&self, path_and_query: &str) -> (u16, Value) {
        let (status, body) = self.get(path_and_query);
        (
            status,
            serde_json::from_str(&body)
                .unwrap_or_else(|e| panic!("{path_and_query}: not JSON ({e}): {body}")),
        )
    }

    /// The status line's code for a request target sent byte for byte, as no client library
    /// would send it (`/../`, `%2e%2e`): what a hostile client can ask.
    fn raw_status(&self, target: &str) -> u16 {
        let address = self.base.trim_start_matches("http://");
        let mut stream = std::net::TcpStream::connect(address).expect("connect");
        write!(stream, "GET {target} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n")
            .expect("send");
        let mut answer = String::new();
        stream.read_to_string(&mut answer).expect("read");
        answer.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn served_sample() -> (Sandbox, Server) {
    let sandbox = Sandbox::with_sample();
    sandbox.index_archive();
    let server = Server::start(&sandbox);
    (sandbox, server)
}

fn path_of(sandbox: &Sandbox, name: &str) -> String {
    let hits = sandbox.run(&["search", "", "--limit", "0", "--format", "jsonl"]).expect_code(0).json_lines();
    let hit =
        hits.iter().find(|h| h["path"].as_str().is_some_and(|p| file_name(p) == name)).expect("indexed");
    hit["path"].as_str().expect("path").to_string()
}

fn encoded(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[test]
fn every_endpoint_answers_what_its_command_prints() {
    let (sandbox, server) = served_sample();
    let path = path_of(&sandbox, "witkoff-kremlin-talks-end.txt");
    let cli = |args: &[&str]| sandbox.run(args).json();
    let pairs: Vec<(String, Value)> = vec![
        ("/api/search?q=Kremlin+talks".into(), cli(&["search", "Kremlin talks", "--json"])),
        (
            "/api/search?q=Kremlin&source=AP&sort=date&limit=1&offset=0&facets=author,source".into(),
            cli(&[
                "search",
                "Kremlin",
                "--source",
                "AP",
                "--sort",
                "date",
                "-n",
                "1",
                "--facets",
                "author,source",
                "--json",
            ]),
        ),
        (format!("/api/article?path={}", encoded(&path)), cli(&["show", &path, "--json"])),
        (
            "/api/stats?by=source&by=month&since=2025-12".into(),
            cli(&["stats", "--by", "source", "--by", "month", "--since", "2025-12", "--json"]),
        ),
        (
            "/api/timeline?q=Kremlin&vs=Ukraine&by=week".into(),
            cli(&["timeline", "Kremlin", "--vs", "Ukraine", "--by", "week", "--json"]),
        ),
        (
            format!("/api/related?path={}&limit=3", encoded(&path)),
            cli(&["related", &path, "--limit", "3", "--json"]),
        ),
    ];
    for (request, printed) in pairs {
        let (status, answered) = server.json(&request);
        assert_eq!(status, 200, "{request}");
        assert_eq!(answered, printed, "{request}");
    }
    let (_, found) = server.json("/api/search?q=Kremlin+talks");
    assert_eq!(found["total"], 2);
    assert!(
        found["hits"][0]["highlights"].as_array().is_some_and(|h| !h.is_empty()),
        "snippets are highlighted"
    );
}

#[test]
fn faults_are_json_with_the_status_that_says_whose_they_are() {
    let (_sandbox, server) = served_sample();
    for (request, status, names) in [
        ("/api/search?q=%22unclosed", 400, "unclosed"),
        ("/api/search?q=x&since=2025-13", 400, "2025-13"),
        ("/api/search?q=x&since=2026&until=2025", 400, "after"),
        ("/api/search?q=x&limit=100000", 400, "limit"),
        ("/api/search?q=x&sort=oldest", 400, "sort"),
        ("/api/stats?q=x", 400, "by"),
        ("/api/stats?by=colour", 400, "colour"),
        ("/api/timeline?q=x&by=decade", 400, "decade"),
        ("/api/article", 400, "path"),
        ("/api/article?path=%2Fnowhere%2Fstory.txt", 404, "/nowhere/story.txt"),
        ("/api/related?path=nowhere.txt", 404, "nowhere.txt"),
        ("/api/nothing", 404, "no such page"),
    ] {
        let (got, body) = server.json(request);
        assert_eq!(got, status, "{request}: {body}");
        let message = body["error"].as_str().unwrap_or_else(|| panic!("{request}: no error in {body}"));
        assert!(message.contains(names), "{request}: {message:?} should name {names:?}");
    }
    let long = format!("/api/search?q={}", "a".repeat(2_000));
    assert_eq!(server.get(&long).0, 400);
}

#[test]
fn nothing_outside_the_index_is_served_however_the_path_is_spelt() {
    let (sandbox, server) = served_sample();
    let on_disk = sandbox.archive().join("wires/dpa/2026/02/berlin-tram-strike.txt");
    let inside = std::fs::canonicalize(&on_disk).expect("a file of the archive");
    let relative = "archive/wires/dpa/2026/02/berlin-tram-strike.txt";
    for path in [
        "/etc/passwd",
        "../../../../etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        relative,
        "%2e%2e/%2e%2e/etc/hostname",
    ] {
        let (status, _) = server.json(&format!("/api/article?path={}", encoded(path)));
        assert_eq!(status, 404, "{path}");
    }
    let indexed = path_of(&sandbox, "berlin-tram-strike.txt");
    assert_eq!(server.json(&format!("/api/article?path={}", encoded(&indexed))).0, 200);
    assert_eq!(inside.to_string_lossy(), indexed, "the indexed path is the file's own");
    for target in [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/api/../../etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "//etc/passwd",
    ] {
        assert_eq!(server.raw_status(target), 404, "{target}");
    }
}

#[test]
fn the_page_and_the_openapi_description_are_served_and_describe_every_endpoint() {
    let (_sandbox, server) = served_sample();
    let (status, page) = server.get("/");
    assert_eq!(status, 200);
    assert!(page.contains("<title>newsidx</title>") && page.contains("/api/"), "the embedded page");
    for remote in ["src=\"http", "href=\"http", "url(http", "@import", "fetch(\"http"] {
        assert!(!page.contains(remote), "the page loads nothing from the network ({remote})");
    }
    let (status, openapi) = server.json("/api/openapi.json");
    assert_eq!(status, 200);
    assert_eq!(openapi["openapi"], "3.0.3");
    for endpoint in ["search", "article", "stats", "timeline", "related"] {
        let path = format!("/api/{endpoint}");
        assert!(openapi["paths"][&path]["get"].is_object(), "{path} described");
        assert_ne!(server.get(&path).0, 404, "{path} served");
    }
}

#[test]
fn a_commit_made_while_serving_is_picked_up_without_a_restart() {
    let (sandbox, server) = served_sample();
    assert_eq!(server.json("/api/search?q=zeppelin").1["total"], 0);
    sandbox.write(
        "wires/new/zeppelin.txt",
        b"Airship returns to the lake\n\nBy Ada Fenwick\n\nFRIEDRICHSHAFEN, March 3 (Reuters) - A zeppelin flew over the lake on Tuesday for the first time in a decade, drawing crowds to the shore.\n",
    );
    sandbox.index_archive();
    let started = Instant::now();
    loop {
        let (_, found) = server.json("/api/search?q=zeppelin");
        if found["total"] == 1 {
            assert_eq!(file_name(found["hits"][0]["path"].as_str().expect("path")), "zeppelin.txt");
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "the new commit is still not served: {found}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn serve_without_an_index_fails_naming_the_folder() {
    let sandbox = Sandbox::empty();
    let run = sandbox.run(&["serve", "--addr", "127.0.0.1:0"]).expect_code(2);
    assert!(run.stderr.contains(&sandbox.index().display().to_string()), "{}", run.stderr);
}

#[test]
fn the_api_filters_counts_and_shows_the_outlet_of_exported_records() {
    let sandbox = Sandbox::empty();
    for name in ["nexis-classic.txt", "media-cloud.csv"] {
        let bytes =
            std::fs::read(crate::harness::repo().join("tests/fixtures/exports").join(name)).expect("fixture");
        sandbox.write(name, &bytes);
    }
    sandbox.index_archive();
    let server = Server::start(&sandbox);
    let (status, found) = server.json("/api/search?q=&outlet=alpine%20herald&sort=date");
    assert_eq!(status, 200);
    let names: Vec<String> = found["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| file_name(h["path"].as_str().expect("path")))
        .collect();
    assert_eq!(names, ["media-cloud.csv#4", "media-cloud.csv#1"]);
    assert_eq!(found["hits"][0]["outlet"], "Alpine Herald");
    let (status, stats) = server.json("/api/stats?by=outlet");
    assert_eq!(status, 200);
    assert_eq!(stats["buckets"][0], serde_json::json!({"key": "Alpine Herald", "count": 2}), "{stats}");
    let path = encoded(&path_of(&sandbox, "nexis-classic.txt#1"));
    let (status, article) = server.json(&format!("/api/article?path={path}"));
    assert_eq!(status, 200);
    assert_eq!(
        (&article["outlet"], &article["word_count"]),
        (&serde_json::json!("The Harbour Gazette"), &serde_json::json!(61))
    );
}
