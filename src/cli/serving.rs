//! The subcommands around the others: `serve` (the index in a browser), and `completions` and
//! `man`, which print what a shell and `man` need to know of the command line itself.

use super::IndexLocation;
use clap::{Args, CommandFactory, ValueEnum};
use clap_complete::Shell;
use newsidx::commands::serve::{ServeConfig, DEFAULT_ADDR};
use std::io::Write;
use std::net::SocketAddr;

#[derive(Debug, Args)]
pub(super) struct ServeArgs {
    #[command(flatten)]
    location: IndexLocation,
    /// The address to listen on; anything but loopback lets others on the network read the
    /// archive (newsidx warns).
    #[arg(long, value_name = "IP:PORT", default_value = DEFAULT_ADDR)]
    addr: SocketAddr,
    /// Open the page in the default browser.
    #[arg(long)]
    open: bool,
}

pub(super) fn serve_config(a: ServeArgs) -> ServeConfig {
    ServeConfig { index_dir: a.location.dir(), addr: a.addr, open: a.open }
}

#[derive(Debug, Args)]
pub(super) struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    shell: ShellName,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ShellName {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

/// What the command line prints of itself.
pub enum SelfDescription {
    Completions(Shell),
    Man,
}

pub(super) fn completions(a: CompletionsArgs) -> SelfDescription {
    SelfDescription::Completions(match a.shell {
        ShellName::Bash => Shell::Bash,
        ShellName::Zsh => Shell::Zsh,
        ShellName::Fish => Shell::Fish,
        ShellName::Powershell => Shell::PowerShell,
    })
}

/// Prints the completion script or the man page on `out`.
pub fn describe(what: SelfDescription, out: &mut dyn Write) -> std::io::Result<()> {
    let mut command = super::Cli::command();
    match what {
        SelfDescription::Completions(shell) => {
            clap_complete::generate(shell, &mut command, "newsidx", out);
            Ok(())
        }
        SelfDescription::Man => write_man(command, out),
    }
}

/// One man page for the whole tool: the main command's sections, then each subcommand's
/// synopsis, description and options under a heading of its own.
fn write_man(command: clap::Command, out: &mut dyn Write) -> std::io::Result<()> {
    let command = command.version(env!("CARGO_PKG_VERSION"));
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    man.render_subcommands_section(out)?;
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("newsidx {}", sub.get_name());
        writeln!(out, ".SH \"{}\"", name.to_uppercase())?;
        let page = clap_mangen::Man::new(sub.clone().bin_name(name).version(env!("CARGO_PKG_VERSION")));
        page.render_synopsis_section(out)?;
        page.render_description_section(out)?;
        page.render_options_section(out)?;
        page.render_extra_section(out)?;
    }
    man.render_version_section(out)
}
