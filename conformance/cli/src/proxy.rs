//! `payspec proxy`: passive mode. Sits between a real client and a real implementation (`--upstream URL`,
//! listening on `--listen ADDR`), forwards the traffic unchanged and checks both sides: every answer as `payspec
//! check` checks it, and the client's behaviour (valid requests, a new transactionReferenceId every time, a status
//! query before any retry after 380103, a WiaPay callback verified before it is trusted, with
//! `--callback-upstream URL`). Each violation is printed on stderr as it happens, in one line; on Ctrl-C or
//! SIGTERM it writes the reports asked for and prints a summary. Exit codes: 0 no violation, 1 a violation, 2 could
//! not run (a bad upstream URL, an address it cannot listen on, a bad credentials file or report argument).

use std::io::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use payspec_suite::credentials::Credentials;
use payspec_suite::event::{Event, Verdict};
use payspec_suite::proxy::{Proxy, ProxyOptions, ProxySummary, Upstream};
use payspec_suite::report::{self, ReportSpec};

/// The arguments of `payspec proxy`.
#[derive(clap::Args)]
pub struct Args {
    /// The implementation's base URL (`http://host:port`).
    #[arg(long)]
    upstream: String,
    /// The address the client connects to instead.
    #[arg(long)]
    listen: SocketAddr,
    /// The client's own callback receiver (`http://host:port`): WiaPay callbacks posted to the proxy (a path no
    /// API has, with `X-Signature`) are forwarded there and checked. Point the WiaPay callback URL at the proxy.
    #[arg(long)]
    callback_upstream: Option<String>,
    /// Only this API (repeatable; default every API).
    #[arg(long)]
    api: Vec<String>,
    /// A credentials file (JSON; without one, the emulator's fixed test data); `wiapay.callback_secret` verifies
    /// callbacks (default `whsec_test_payspec`).
    #[arg(long)]
    credentials: Option<PathBuf>,
    /// Rules that are the project's decisions fail instead of warning.
    #[arg(long)]
    strict: bool,
    /// A report to write when the proxy stops, as FORMAT=FILE (repeatable; the formats of `payspec check`).
    #[arg(long)]
    report: Vec<String>,
    /// Seconds the upstream may take to answer.
    #[arg(long, default_value_t = 30)]
    timeout: u64,
}

/// Runs `payspec proxy`.
pub fn command(args: &Args) -> ExitCode {
    match run(args) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("payspec proxy: {message}");
            ExitCode::from(2)
        }
    }
}

/// One line for a finding, as it happens.
fn violation_line(event: &Event) -> Vec<String> {
    let Event::Exchange(exchange) = event else { return Vec::new() };
    exchange
        .findings
        .iter()
        .map(|f| {
            let label = if f.verdict == Verdict::Warning { "WARN" } else { "FAIL" };
            let at = f.pointer.as_deref().map(|p| format!(" at {p}")).unwrap_or_default();
            format!(
                "{label} {} {} [{}]{at}: {}; expected {}; actual {}",
                exchange.step, f.check, f.basis, f.rule, f.expected, f.actual
            )
        })
        .collect()
}

fn print_summary(summary: &ProxySummary, events: &[Event]) {
    for event in events {
        if let Event::CaseFinished { case, verdict, reason, millis } = event {
            print!("{}", report::console::case_lines(events, case, *verdict, reason.as_deref(), *millis));
        }
    }
    println!(
        "payspec proxy: {} exchanges, {} checks: {} violations, {} warnings",
        summary.exchanges, summary.checks, summary.violations, summary.warnings
    );
}

fn run(args: &Args) -> Result<u8, String> {
    let reports = ReportSpec::parse_all(&args.report).map_err(|e| e.to_string())?;
    Upstream::parse(&args.upstream).map_err(|e| e.to_string())?;
    if let Some(url) = &args.callback_upstream {
        Upstream::parse(url).map_err(|e| format!("--callback-upstream: {e}"))?;
    }
    let credentials = Credentials::from_file_or_emulator(args.credentials.as_deref()).map_err(|e| e.to_string())?;
    let listener =
        std::net::TcpListener::bind(args.listen).map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let mut options = ProxyOptions::new(args.upstream.clone());
    options.callback_upstream = args.callback_upstream.clone();
    options.apis = args.api.clone();
    options.credentials = credentials;
    options.strict = args.strict;
    options.timeout = Duration::from_secs(args.timeout.max(1));
    let sink = Box::new(|event: &Event| {
        let mut stderr = std::io::stderr().lock();
        for line in violation_line(event) {
            let _ = writeln!(stderr, "payspec proxy: {line}");
        }
    });
    let proxy = Proxy::start(options, listener, sink).map_err(|e| e.to_string())?;
    println!("payspec proxy listening on {}, forwarding to {}", proxy.url(), args.upstream);
    if let Some(url) = &args.callback_upstream {
        println!("  callbacks to {url}");
    }
    println!("  Ctrl-C or SIGTERM stops it and writes the reports");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| e.to_string())?;
    runtime.block_on(crate::shutdown_signal());
    let (summary, events) = proxy.stop();
    for path in report::write_all(&events, &reports).map_err(|e| e.to_string())? {
        println!("report: {}", path.display());
    }
    print_summary(&summary, &events);
    Ok(summary.exit_code())
}
