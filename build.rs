//! Links the `newsidx` binary as a position-dependent executable on Linux/glibc. A search is a
//! whole process that lives a few milliseconds; as a PIE, the dynamic loader first applies ~43,000
//! relocations to the binary's own data, which costs about 0.5 ms of each one-shot search (measured
//! with `bench/run.py`). The library, tests and build scripts are linked as usual.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
