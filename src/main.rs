//! The `newsidx` binary: parse the command line, run one job, map the outcome to an exit code
//! (0 success or hits, 1 no hits, 2 error). A closed pipe (`| head`) is success.

mod cli;

use clap::Parser;
use newsidx::commands;
use newsidx::error::Status;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let outcome = cli.into_job().map_err(anyhow::Error::from).and_then(run);
    match outcome {
        Ok(status) => ExitCode::from(status.code()),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("newsidx: {err:#}");
            ExitCode::from(Status::Errored.code())
        }
    }
}

fn run(job: cli::Job) -> anyhow::Result<Status> {
    match job {
        cli::Job::Index(config) => commands::index::run(&config),
        cli::Job::Search(config) => commands::search::run(&config),
        cli::Job::Show(config) => commands::show::run(&config),
        cli::Job::Copies(config) => commands::copies::run(&config),
        cli::Job::Extract(config) => commands::extract::run(&config),
        cli::Job::Stats(config) => commands::stats::run(&config),
        cli::Job::Timeline(config) => commands::timeline::run(&config),
        cli::Job::Kwic(config) => commands::kwic::run(&config),
        cli::Job::Related(config) => commands::related::run(&config),
        cli::Job::Watch(config) => commands::watch::run(&config),
        cli::Job::Serve(config) => commands::serve::run(&config),
        cli::Job::Export(config) => commands::export::run(&config),
        cli::Job::Push(config) => commands::push::run(&config),
        cli::Job::Describe(what) => {
            cli::describe(what, &mut std::io::stdout().lock())?;
            Ok(Status::Success)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
