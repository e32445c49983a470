//! The `payspec` command. `payspec emulate` runs the reference emulator: one listener for every API, the test
//! controls under `/_payspec/`, state in memory or in a SQLite file. `payspec explain`, `payspec validate` and
//! `payspec spec diff` read the generated catalogs, schemas and the spec (one module each); `payspec check` runs
//! the conformance suite, `payspec proxy` its passive mode.
#![forbid(unsafe_code)]

mod catalogs;
mod check;
mod diff;
mod explain;
mod nearest;
mod proxy;
mod spec_diff;
mod validate;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use payspec_emulator::{Config, Emulator};

/// The allocator: the emulator allocates on every call, and mimalloc does it in about half the work of the system
/// allocator (the load benchmark measures with the same one).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// payspec: the spec-driven toolkit for the iyzico Terminal API, Finrota PWS and WiaPay.
#[derive(Parser)]
#[command(name = "payspec", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Runs the reference emulator.
    Emulate {
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// A JSON configuration file; what it leaves out keeps its default.
        #[arg(long)]
        config: Option<PathBuf>,
        /// A SQLite state file: every answered call survives a restart, even `kill -9`.
        #[arg(long)]
        state: Option<PathBuf>,
        /// How long a simulated card tap takes, in milliseconds (default 250).
        #[arg(long)]
        card_delay: Option<u64>,
        /// Prints the effective configuration as JSON and exits.
        #[arg(long)]
        print_config: bool,
    },
    /// Explains an error code: message, group, HTTP status, retry advice, who acts, what to do, where documented.
    Explain(explain::Args),
    /// Validates JSON files against a message's generated schema and rules.
    Validate(validate::Args),
    /// Runs the conformance suite against a target, or against the embedded emulator (`--emulated`).
    Check(Box<check::Args>),
    /// Passive mode: forwards a real client's traffic to an implementation unchanged and checks both sides.
    Proxy(Box<proxy::Args>),
    /// Works with spec versions.
    Spec {
        #[command(subcommand)]
        command: spec_diff::SpecCommand,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Emulate { listen, config, state, card_delay, print_config } => {
            match emulate(listen, config, state, card_delay, print_config) {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => {
                    eprintln!("payspec emulate: {message}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Check(args) => check::command(&args),
        Command::Proxy(args) => proxy::command(&args),
        Command::Explain(args) => explain::command(&args),
        Command::Validate(args) => validate::command(&args),
        Command::Spec { command } => spec_diff::command(&command),
    }
}

fn emulate(
    listen: SocketAddr,
    config: Option<PathBuf>,
    state: Option<PathBuf>,
    card_delay: Option<u64>,
    print_config: bool,
) -> Result<(), String> {
    let mut config = match config {
        Some(path) => Config::from_file(&path).map_err(|e| e.to_string())?,
        None => Config::default(),
    };
    if let Some(delay) = card_delay {
        config.card_delay_ms = delay;
    }
    if print_config {
        let text = serde_json::to_string_pretty(&payspec_emulator::print::effective_config(&config))
            .map_err(|e| e.to_string())?;
        println!("{text}");
        return Ok(());
    }
    tracing_subscriber::fmt()
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .init();
    if let Err(error) = payspec_emulator::pages::prefer_small_pages() {
        tracing::warn!(%error, "transparent huge pages stay on for this process (the emulator is slower under load)");
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let listener =
            tokio::net::TcpListener::bind(listen).await.map_err(|e| format!("cannot listen on {listen}: {e}"))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        let emulator = Emulator::new(config, state.as_deref()).map_err(|e| e.to_string())?;
        print_banner(&address, emulator.config(), state.as_deref());
        payspec_emulator::serve(emulator, listener, shutdown_signal()).await.map_err(|e| e.to_string())
    })?;
    eprintln!("payspec emulate: stopped");
    Ok(())
}

fn print_banner(address: &SocketAddr, config: &Config, state: Option<&std::path::Path>) {
    println!("payspec emulator listening on http://{address}");
    match state {
        Some(path) => println!("  state: {} (SQLite; survives restarts)", path.display()),
        None => println!("  state: in memory"),
    }
    println!("  iyzico Terminal API:");
    for integration in &config.iyzico.integrations {
        println!("    client {} / {} ({:?})", integration.client_id, integration.client_secret, integration.mode);
    }
    for user in &config.iyzico.users {
        println!("    user {} / {}: devices {}", user.username, user.password, user.devices.join(", "));
    }
    println!("  Finrota PWS: {} / {}", config.finrota.api_key, config.finrota.api_secret);
    println!(
        "  WiaPay: key {}, secret {}, callback secret {}",
        config.wiapay.api_key, config.wiapay.api_secret, config.wiapay.callback_secret
    );
    println!("  card delay {} ms; test controls: http://{address}/_payspec/", config.card_delay_ms);
}

async fn shutdown_signal() {
    let ctrl_c = async {
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
        () = ctrl_c => {},
        () = terminate => {},
    }
}
