//! `payspec check`: the conformance suite against a target (`--target URL`), or against the embedded emulator
//! started on an ephemeral loopback port (`--emulated`, every case of every API). Prints each case as it ends and
//! the totals; writes the reports asked for (`--report FORMAT=FILE`: json, junit, har, markdown) and a
//! `SHA256SUMS` manifest next to them. A baseline (`--baseline FILE`) accepts known deviations and names cases
//! expected to fail. Exit codes: 0 passed, 1 a check failed (or a case expected to fail passed), 2 could not run
//! (a bad target, credentials file, baseline or filter; nothing selected or tested), 130 interrupted.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use payspec_suite::baseline::{Applier, Baseline};
use payspec_suite::case::Profile;
use payspec_suite::credentials::Credentials;
use payspec_suite::event::Event;
use payspec_suite::report::ReportSpec;
use payspec_suite::seed::Seed;
use payspec_suite::{RunOptions, report};

/// The arguments of `payspec check`.
#[derive(clap::Args)]
pub struct Args {
    /// The implementation's base URL (`http://host:port`).
    #[arg(long, required_unless_present = "emulated", conflicts_with = "emulated")]
    target: Option<String>,
    /// Start the embedded emulator on an ephemeral loopback port and check it (every API, every case).
    #[arg(long)]
    emulated: bool,
    /// Only this API (repeatable).
    #[arg(long)]
    api: Vec<String>,
    /// A credentials file (JSON; without one, the emulator's fixed test data).
    #[arg(long)]
    credentials: Option<PathBuf>,
    /// Only cases with this tag (repeatable).
    #[arg(long)]
    tag: Vec<String>,
    /// Only this case, by id (repeatable): re-run one failing case.
    #[arg(long)]
    case: Vec<String>,
    /// Only cases of this profile.
    #[arg(long, value_parser = ["device", "emulator"])]
    profile: Option<String>,
    /// The seed of generated values (printed by every run; default: from the clock).
    #[arg(long)]
    seed: Option<u64>,
    /// Rules that are the project's decisions fail instead of warning.
    #[arg(long)]
    strict: bool,
    /// A report to write, as FORMAT=FILE: json, junit, har or markdown (repeatable). A SHA256SUMS manifest of
    /// the reports is written in each folder they go to.
    #[arg(long)]
    report: Vec<String>,
    /// A baseline (JSON, conformance/cases/baseline.schema.json): accepted deviations, cases expected to fail.
    #[arg(long)]
    baseline: Option<PathBuf>,
    /// The folder of the cases (default: the committed conformance/cases).
    #[arg(long)]
    cases: Option<PathBuf>,
    /// Seconds an answer may take.
    #[arg(long, default_value_t = 30)]
    timeout: u64,
    /// Receive the target's callbacks (WiaPay's) on this address, e.g. `0.0.0.0:8091`; the target must call back
    /// `http://ADDR/payspec/callbacks`. With `--emulated` a loopback receiver is always started.
    #[arg(long)]
    callback_listen: Option<String>,
}

/// The embedded emulator `--emulated` checks: no card delay, fixed test data, its WiaPay callbacks sent to
/// `callback_url` (the suite's receiver).
fn embedded(callback_url: &str) -> Result<payspec_emulator::Background, String> {
    let mut config = payspec_emulator::Config { card_delay_ms: 0, ..payspec_emulator::Config::default() };
    config.wiapay.callback_url = Some(callback_url.to_owned());
    payspec_emulator::Background::start(config).map_err(|e| e.to_string())
}

/// Sets `flag` on Ctrl-C.
fn watch_interrupt(flag: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else { return };
        runtime.block_on(async {
            if tokio::signal::ctrl_c().await.is_ok() {
                flag.store(true, Ordering::SeqCst);
            }
        });
    });
}

/// Runs `payspec check`.
pub fn command(args: &Args) -> ExitCode {
    match run(args) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("payspec check: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<u8, String> {
    let reports = ReportSpec::parse_all(&args.report).map_err(|e| e.to_string())?;
    let baseline = args.baseline.as_deref().map(Baseline::from_file).transpose().map_err(|e| e.to_string())?;
    let credentials = Credentials::from_file_or_emulator(args.credentials.as_deref()).map_err(|e| e.to_string())?;
    let listen = match (&args.callback_listen, args.emulated) {
        (Some(address), _) => Some(address.as_str()),
        (None, true) => Some("127.0.0.1:0"),
        (None, false) => None,
    };
    let receiver = listen
        .map(|address| {
            payspec_suite::callbacks::Receiver::bind(address)
                .map(Arc::new)
                .map_err(|e| format!("--callback-listen {address}: {e}"))
        })
        .transpose()?;
    let embedded = match (&receiver, args.emulated) {
        (Some(receiver), true) => Some(embedded(&receiver.url())?),
        _ => None,
    };
    let target = match (&embedded, &args.target) {
        (Some(embedded), _) => embedded.url(),
        (None, Some(target)) => target.clone(),
        (None, None) => return Err("give --target URL or --emulated".to_owned()),
    };
    let seed = args.seed.map_or_else(Seed::from_clock, Seed);
    let mut options = RunOptions::new(target);
    options.apis = args.api.clone();
    options.credentials = credentials;
    options.tags = args.tag.clone();
    options.cases = args.case.clone();
    options.profile = match args.profile.as_deref() {
        Some("device") => Some(Profile::Device),
        Some("emulator") => Some(Profile::Emulator),
        _ => None,
    };
    options.seed = seed;
    options.strict = args.strict;
    if let Some(dir) = &args.cases {
        options.cases_dir = dir.clone();
    }
    options.timeout = Duration::from_secs(args.timeout.max(1));
    options.callbacks = receiver;
    watch_interrupt(Arc::clone(&options.interrupted));
    let mut events: Vec<Event> = Vec::new();
    let mut stdout = std::io::stdout();
    let mut applier = baseline.as_ref().map(Applier::new);
    let summary = payspec_suite::run(&options, &mut |event| {
        let rewritten = match applier.as_mut() {
            Some(applier) => applier.apply(event),
            None => vec![event.clone()],
        };
        for event in rewritten {
            let line = match &event {
                Event::RunStarted { .. } | Event::Baseline(_) | Event::RunFinished { .. } => {
                    report::console::summary(std::slice::from_ref(&event))
                }
                Event::CaseFinished { case, verdict, reason, millis } => {
                    report::console::case_lines(&events, case, *verdict, reason.as_deref(), *millis)
                }
                _ => String::new(),
            };
            let _ = stdout.write_all(line.as_bytes());
            events.push(event);
        }
    })
    .map_err(|e| e.to_string())?;
    drop(embedded);
    let summary = match &applier {
        Some(applier) => {
            for expected in applier.unexpected_passes() {
                eprintln!(
                    "payspec check: {} is listed as expected to fail ({}) but passed: remove it from the baseline",
                    expected.case, expected.reason
                );
            }
            applier.summary(summary)
        }
        None => summary,
    };
    let written = report::write_all(&events, &reports).map_err(|e| e.to_string())?;
    for path in written {
        println!("report: {}", path.display());
    }
    if summary.exit_code() == 2 {
        eprintln!("payspec check: nothing was tested");
    }
    println!("seed {} (repeat with --seed {})", seed.0, seed.0);
    Ok(summary.exit_code())
}
