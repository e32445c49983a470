//! The emulator's load benchmark: `cargo bench -p payspec-emulator --bench load`. Over loopback with 64 keep-alive
//! connections, it measures a bare hyper server answering a fixed body (the floor, the same HTTP stack with no work)
//! and the emulator's VUK 509 status query and sale (card delay 0): requests per second, p50 and p99. It does so in
//! rounds (`PAYSPEC_BENCH_ROUNDS`, default 3), each the floor and then the two calls on an emulator of its own, so
//! that every call is compared with a floor measured just before it (the machine's speed drifts over a run) and the
//! rounds repeat one experiment. The goals are ratios to the floor,
//! judged on the median round: status query ≥ 50% of the floor's throughput, sale ≥ 30%, p99 within 2× the floor's
//! (with the floor's p99 of at least 1 ms, so that sub-millisecond noise does not decide). Then the two calls with a
//! SQLite state file, after a floor of their own. It also prints the CPU time per request of the whole process
//! (generator and server share the cores), and calibrates what a request's own work costs on the machine: the floor
//! again with 10, 20 and 30 µs of fixed CPU work a request (no lock, no allocation), each after a plain floor.
//! `PAYSPEC_BENCH_SECONDS` sets each measurement's length (default 4), `PAYSPEC_BENCH_WORKERS` the server's worker
//! threads and `PAYSPEC_BENCH_CLIENT_WORKERS` the generator's (default 2 each), `PAYSPEC_BENCH_ONLY=query|sale`
//! measures one floor and that one call (for a profiler), `PAYSPEC_BENCH_ONLY=growth` only the sales inside the lock
//! as the state grows. Like `payspec emulate`, it turns transparent huge pages off
//! for its process first (`payspec_emulator::pages`); `PAYSPEC_BENCH_HUGE_PAGES=1` keeps them.
#![allow(missing_docs, clippy::unwrap_used)]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::{Value as Json, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use payspec_emulator::config::User;
use payspec_emulator::{Config, Emulator};

/// The allocator the `payspec` binary ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CONNECTIONS: usize = 64;

/// The microseconds of fixed work a request the calibration rows add to the floor.
const CALIBRATION_MICROS: [u64; 3] = [10, 20, 30];

/// The result of one measurement.
struct Measured {
    name: String,
    requests: u64,
    errors: u64,
    seconds: f64,
    p50: Duration,
    p99: Duration,
    /// The CPU time the whole process (generator and server) used during the measurement, where the system says.
    cpu_seconds: Option<f64>,
}

impl Measured {
    fn rps(&self) -> f64 {
        self.requests as f64 / self.seconds
    }

    /// CPU microseconds per request, generator and server together (both share the machine's cores).
    fn cpu_per_request(&self) -> Option<f64> {
        self.cpu_seconds.map(|cpu| cpu * 1e6 / self.requests.max(1) as f64)
    }
}

/// A server runtime of its own, so the load generator does not share its workers.
fn server_runtime() -> tokio::runtime::Runtime {
    let workers = std::env::var("PAYSPEC_BENCH_WORKERS").ok().and_then(|w| w.parse().ok()).unwrap_or(2);
    tokio::runtime::Builder::new_multi_thread().worker_threads(workers).enable_all().build().unwrap()
}

/// A fixed amount of CPU work: `rounds` steps of a xorshift generator, whose result is kept so the loop is not
/// optimized away. Its length in time is set once, on an idle machine, by [`rounds_per_microsecond`].
fn work(rounds: u64) -> u64 {
    let mut x = 0x9E37_79B9_7F4A_7C15_u64 ^ rounds;
    for _ in 0..rounds {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    std::hint::black_box(x)
}

/// How many rounds of [`work`] one microsecond of one core holds, measured before any load.
fn rounds_per_microsecond() -> u64 {
    let rounds = 20_000_000;
    let started = Instant::now();
    work(rounds);
    let micros = started.elapsed().as_secs_f64() * 1e6;
    ((rounds as f64 / micros.max(1.0)) as u64).max(1)
}

/// The floor: a bare hyper server answering a fixed body, after `rounds` of [`work`] a request (0 for none).
fn start_floor(runtime: &tokio::runtime::Runtime, rounds: u64) -> SocketAddr {
    runtime.block_on(async move {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                let _ = stream.set_nodelay(true);
                tokio::spawn(async move {
                    let service = service_fn(move |_request: Request<hyper::body::Incoming>| async move {
                        if rounds > 0 {
                            work(rounds);
                        }
                        let mut response = Response::new(Full::new(Bytes::from_static(b"{\"status\":\"SUCCESS\"}")));
                        response.headers_mut().insert("content-type", "application/json".parse().unwrap());
                        Ok::<_, Infallible>(response)
                    });
                    let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
                });
            }
        });
        address
    })
}

fn bench_config() -> Config {
    let mut config = Config { card_delay_ms: 0, ..Config::default() };
    config.iyzico.users.push(User {
        username: "bench@payspec.test".to_owned(),
        password: "bench-pass".to_owned(),
        devices: (0..CONNECTIONS).map(|n| format!("PAVBENCH{n:04}")).collect(),
    });
    config
}

fn start_emulator(runtime: &tokio::runtime::Runtime, state: Option<&std::path::Path>) -> (SocketAddr, Arc<Emulator>) {
    let emulator = Emulator::new(bench_config(), state).unwrap();
    let shared = Arc::clone(&emulator);
    let address = runtime.block_on(async move {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(payspec_emulator::serve(emulator, listener, std::future::pending()));
        address
    });
    (address, shared)
}

/// One HTTP/1.1 request on a keep-alive connection; the status and body.
async fn exchange(stream: &mut TcpStream, buffer: &mut Vec<u8>, request: &[u8]) -> std::io::Result<(u16, Vec<u8>)> {
    stream.write_all(request).await?;
    buffer.clear();
    // Read straight into the buffer's spare room: a zeroed chunk per exchange cost the generator more than a small
    // answer.
    buffer.reserve(16 * 1024);
    loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            // The head is read in place, without copying or lower-casing it: the generator shares the cores.
            let head = &buffer[..end];
            let number = |digits: &[u8]| {
                let digits = digits.trim_ascii();
                (!digits.is_empty() && digits.iter().all(u8::is_ascii_digit))
                    .then(|| digits.iter().fold(0usize, |n, d| n * 10 + usize::from(d - b'0')))
            };
            let status = head.get(9..12).and_then(number).and_then(|n| u16::try_from(n).ok()).unwrap_or(0);
            let length = head
                .split(|&byte| byte == b'\n')
                .find_map(|line| {
                    let name = line.get(..15)?;
                    name.eq_ignore_ascii_case(b"content-length:").then(|| number(&line[15..])).flatten()
                })
                .unwrap_or(0);
            while buffer.len() < end + 4 + length {
                if stream.read_buf(buffer).await? == 0 {
                    return Err(std::io::ErrorKind::UnexpectedEof.into());
                }
            }
            return Ok((status, buffer[end + 4..end + 4 + length].to_vec()));
        }
        if stream.read_buf(buffer).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
    }
}

fn http_request(method: &str, path: &str, headers: &[(&str, String)], body: &[u8]) -> Vec<u8> {
    let mut request = format!("{method} {path} HTTP/1.1\r\nhost: bench\r\ncontent-length: {}\r\n", body.len());
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    let mut bytes = request.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// Drives `CONNECTIONS` connections for `seconds`; `make(connection, n)` builds each request, `ok` judges the
/// answer.
async fn drive(
    name: &str,
    address: SocketAddr,
    seconds: f64,
    make: Arc<dyn Fn(usize, u64) -> Vec<u8> + Send + Sync>,
    ok: fn(u16, &[u8]) -> bool,
) -> Measured {
    let errors = Arc::new(AtomicU64::new(0));
    let cpu_before = cpu_seconds();
    let deadline = Instant::now() + Duration::from_secs_f64(seconds);
    let mut tasks = Vec::new();
    for connection in 0..CONNECTIONS {
        let make = Arc::clone(&make);
        let errors = Arc::clone(&errors);
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut stream = TcpStream::connect(address).await.unwrap();
            let _ = stream.set_nodelay(true);
            let mut buffer = Vec::new();
            let mut n = 0;
            while Instant::now() < deadline {
                let request = make(connection, n);
                n += 1;
                let started = Instant::now();
                match exchange(&mut stream, &mut buffer, &request).await {
                    Ok((status, body)) => {
                        latencies.push(started.elapsed());
                        if !ok(status, &body) {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    Err(_) => {
                        errors.fetch_add(1, Ordering::Relaxed);
                        stream = TcpStream::connect(address).await.unwrap();
                    }
                }
            }
            latencies
        }));
    }
    let started = Instant::now();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap());
    }
    let seconds = started.elapsed().as_secs_f64().max(seconds);
    let cpu_seconds = cpu_seconds().zip(cpu_before).map(|(after, before)| after - before);
    latencies.sort();
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    Measured {
        name: name.to_owned(),
        requests: latencies.len() as u64,
        errors: errors.load(Ordering::Relaxed),
        seconds,
        p50: at(0.50),
        p99: at(0.99),
        cpu_seconds,
    }
}

fn success(status: u16, body: &[u8]) -> bool {
    // A substring search over the text, not a comparison at every offset: the generator shares the cores.
    status == 200 && std::str::from_utf8(body).is_ok_and(|text| text.contains("\"SUCCESS\""))
}

async fn bench_token(address: SocketAddr) -> String {
    // The bench user owns the bench devices: log it in through the real OAuth flow.
    let form = "scope=iyzipayApiGateway&client_id=payspec-vuk509&client_secret=payspec-vuk509-secret&response_type=code&username=bench%40payspec.test&password=bench-pass&request_timestamp=1";
    let mut stream = TcpStream::connect(address).await.unwrap();
    let headers = [("content-type", "application/x-www-form-urlencoded".to_owned())];
    let (_, body) = exchange(
        &mut stream,
        &mut Vec::new(),
        &http_request("POST", "/in-store/oauth2/authorize", &headers, form.as_bytes()),
    )
    .await
    .unwrap();
    let code: Json = serde_json::from_slice(&body).unwrap();
    let basic = "cGF5c3BlYy12dWs1MDk6cGF5c3BlYy12dWs1MDktc2VjcmV0"; // payspec-vuk509:payspec-vuk509-secret
    let headers =
        [("content-type", "application/x-www-form-urlencoded".to_owned()), ("authorization", format!("Basic {basic}"))];
    let form = format!("grant_type=authorization_code&code={}", code["code"].as_str().unwrap());
    let (_, body) = exchange(
        &mut stream,
        &mut Vec::new(),
        &http_request("POST", "/in-store/oauth2/token", &headers, form.as_bytes()),
    )
    .await
    .unwrap();
    let token: Json = serde_json::from_slice(&body).unwrap();
    token["access_token"].as_str().unwrap().to_owned()
}

/// The status query and the sale on an emulator, after logging in and making the payment the queries ask for;
/// `round` keeps every round's references new.
async fn emulator_scenarios(
    label: &str,
    round: usize,
    address: SocketAddr,
    seconds: f64,
) -> (Vec<Measured>, String, String) {
    let token = bench_token(address).await;
    let sale = json!({"conversationId": "bench", "locale": "en", "deviceUniqueId": "PAVBENCH0000", "transactionReferenceId": format!("bench-query-{round}"),
        "price": 100.00, "currency": "TRY", "installment": 1, "salesType": "SALE"});
    let headers = vec![("content-type", "application/json".to_owned()), ("authorization", format!("Bearer {token}"))];
    let mut stream = TcpStream::connect(address).await.unwrap();
    let (_, body) = exchange(
        &mut stream,
        &mut Vec::new(),
        &http_request("POST", "/v2/terminal-host/payment", &headers, sale.to_string().as_bytes()),
    )
    .await
    .unwrap();
    let payment: Json = serde_json::from_slice(&body).unwrap();
    let payment_id = payment["paymentId"].as_str().unwrap().to_owned();
    let query_body = json!({"conversationId": "bench", "locale": "en", "paymentId": payment_id.clone()}).to_string();
    let query =
        http_request("POST", "/v2/terminal-host/payment/query-transaction-status", &headers, query_body.as_bytes());
    let query_seconds = if only() == Some("sale") { 0.0 } else { seconds };
    let query =
        drive(&format!("status query ({label})"), address, query_seconds, Arc::new(move |_, _| query.clone()), success)
            .await;
    if only() == Some("query") {
        return (vec![query], token, payment_id);
    }
    // Each sale needs its own reference: the request is written from a template, so the generator spends little
    // of the shared cores on it.
    let head = http_request("POST", "/v2/terminal-host/payment", &headers, b"");
    let head = String::from_utf8_lossy(&head[..head.len() - 2]).replace("content-length: 0\r\n", "");
    let reference = format!("bench-{}-{round}", label.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
    let sale = drive(
        &format!("sale ({label})"),
        address,
        seconds,
        Arc::new(move |connection, n| {
            use std::fmt::Write as _;
            let mut body = String::with_capacity(256);
            let _ = write!(
                body,
                r#"{{"conversationId":"bench","locale":"en","deviceUniqueId":"PAVBENCH{connection:04}","transactionReferenceId":"{reference}-{connection}-{n}","price":100.00,"currency":"TRY","installment":1,"salesType":"SALE"}}"#
            );
            let mut request = String::with_capacity(head.len() + body.len() + 32);
            let _ = write!(request, "{head}content-length: {}\r\n\r\n{body}", body.len());
            request.into_bytes()
        }),
        success,
    )
    .await;
    (vec![query, sale], token, payment_id)
}

/// A JSON POST with a bearer token from loopback, as the server hands it to the emulator (for the timings without
/// HTTP).
fn direct_request(target: &str, token: &str, body: Vec<u8>) -> payspec_emulator::answer::HttpInput {
    payspec_emulator::answer::HttpInput {
        method: "POST".to_owned(),
        target: target.to_owned(),
        headers: vec![
            ("content-type".to_owned(), "application/json".to_owned()),
            ("authorization".to_owned(), format!("Bearer {token}")),
        ],
        body,
        peer: "127.0.0.1".to_owned(),
    }
}

/// The arrival of a prepared iyzico call, submitted straight to the emulator's lock (no HTTP).
fn arrive(
    emulator: &Emulator,
    operation: &str,
    at_ms: i64,
    request: payspec_emulator::answer::HttpInput,
    prepared: payspec_emulator::state::Prepared,
) -> payspec_emulator::state::Applied {
    emulator
        .submit_blocking(|state| payspec_emulator::state::Input::IyzicoArrive {
            number: state.next_arrival(),
            at_ms,
            operation: operation.to_owned(),
            request,
            prepared,
        })
        .unwrap()
}

/// The time one status query spends decoding before the emulator's lock, and inside the lock (evaluate, build the
/// answer; no HTTP, no JSON writing), by repeating it directly on an `Emulator`.
fn time_inside_lock(emulator: &Emulator, token: &str, payment_id: &str) -> (Duration, Duration) {
    use payspec_emulator::state::{Applied, Prepared};
    let operation = "vuk509-query-transaction-status";
    let body = json!({"conversationId": "bench", "locale": "en", "paymentId": payment_id}).to_string().into_bytes();
    let request = direct_request("/v2/terminal-host/payment/query-transaction-status", token, body);
    let rounds = 20_000;
    let at_ms = emulator.now_ms();
    let submit = |request: payspec_emulator::answer::HttpInput, prepared: Prepared| {
        arrive(emulator, operation, at_ms, request, prepared)
    };
    match submit(request.clone(), Prepared::iyzico(operation, &request)) {
        Applied::Answer(answer) if answer.status == 200 => {}
        other => panic!("the status query the lock is timed with does not succeed: {other:?}"),
    }
    let started = Instant::now();
    let prepared: Vec<_> = (0..rounds).map(|_| (request.clone(), Prepared::iyzico(operation, &request))).collect();
    let decoding = started.elapsed() / rounds;
    let started = Instant::now();
    for (request, prepared) in prepared {
        submit(request, prepared);
    }
    (decoding, started.elapsed() / rounds)
}

/// How many sales each batch of [`time_sales_as_state_grows`] applies, and how many batches.
const GROWTH_BATCH: usize = 50_000;
const GROWTH_BATCHES: usize = 6;

/// The time a sale spends inside the emulator's lock (arrival and card, evaluated and answered; no HTTP, decoded
/// before) as the state grows, on an emulator of its own: for each batch of [`GROWTH_BATCH`] sales, the payments
/// already held, the mean and the slowest sale. A cost that grows with the state, or a stall (an index or a table
/// growing all at once), shows here.
fn time_sales_as_state_grows(client: &tokio::runtime::Runtime) -> Vec<(usize, Duration, Duration)> {
    use payspec_emulator::iyzico::Tap;
    use payspec_emulator::state::{Applied, Input, Prepared};
    let runtime = server_runtime();
    let (address, emulator) = start_emulator(&runtime, None);
    let token = client.block_on(bench_token(address));
    let operation = "vuk509-payment";
    let mut batches = Vec::new();
    for batch in 0..GROWTH_BATCHES {
        let (mut total, mut slowest) = (Duration::ZERO, Duration::ZERO);
        for n in 0..GROWTH_BATCH {
            let body = format!(
                r#"{{"conversationId":"bench","locale":"en","deviceUniqueId":"PAVBENCH{:04}","transactionReferenceId":"growth-{batch}-{n}","price":100.00,"currency":"TRY","installment":1,"salesType":"SALE"}}"#,
                n % CONNECTIONS
            );
            let request = direct_request("/v2/terminal-host/payment", &token, body.into_bytes());
            let prepared = Prepared::iyzico(operation, &request);
            let at_ms = emulator.now_ms();
            let started = Instant::now();
            let arrived = arrive(&emulator, operation, at_ms, request, prepared);
            let Applied::Waiting { number, .. } = arrived else {
                panic!("the sale does not take its device: {arrived:?}")
            };
            let completed =
                emulator.submit_blocking(|_| Input::IyzicoComplete { number, at_ms, tap: Tap::Automatic }).unwrap();
            let took = started.elapsed();
            match completed {
                Applied::Answer(answer) if answer.status == 200 => {}
                other => panic!("the sale the lock is timed with does not succeed: {other:?}"),
            }
            total += took;
            slowest = slowest.max(took);
        }
        batches.push((batch * GROWTH_BATCH, total / GROWTH_BATCH as u32, slowest));
    }
    drop(runtime);
    batches
}

/// The floor on a server runtime of its own, with `micros` of work a request (0 for the plain floor).
fn measure_floor(client: &tokio::runtime::Runtime, micros: u64, rounds_per_us: u64, seconds: f64) -> Measured {
    let floor_runtime = server_runtime();
    let floor = start_floor(&floor_runtime, micros * rounds_per_us);
    let request = http_request("GET", "/", &[], b"");
    let name = match micros {
        0 => "floor (bare hyper, fixed body)".to_owned(),
        micros => format!("floor + {micros} µs of work a request"),
    };
    client.block_on(drive(&name, floor, seconds, Arc::new(move |_, _| request.clone()), success))
}

/// The median of some ratios (of an even number, the lower of the middle two: a goal is not met by rounding up).
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len().saturating_sub(1) / 2).copied().unwrap_or_default()
}

fn main() {
    // `cargo bench` passes `--bench`; anything else is ignored.
    // The process is set up as `payspec emulate` sets up its own (the floor shares it); `PAYSPEC_BENCH_HUGE_PAGES=1`
    // keeps the kernel's transparent huge pages, to measure what turning them off is worth.
    if std::env::var("PAYSPEC_BENCH_HUGE_PAGES").is_ok_and(|v| v == "1") {
        println!("transparent huge pages: the kernel's setting (PAYSPEC_BENCH_HUGE_PAGES=1)");
    } else if let Err(error) = payspec_emulator::pages::prefer_small_pages() {
        println!("transparent huge pages could not be turned off: {error}");
    }
    println!("transparent huge pages off for this process: {}", payspec_emulator::pages::small_pages_preferred());
    let seconds: f64 = std::env::var("PAYSPEC_BENCH_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(4.0);
    let rounds: usize = std::env::var("PAYSPEC_BENCH_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(3).max(1);
    let client_workers = std::env::var("PAYSPEC_BENCH_CLIENT_WORKERS").ok().and_then(|w| w.parse().ok()).unwrap_or(2);
    let client =
        tokio::runtime::Builder::new_multi_thread().worker_threads(client_workers).enable_all().build().unwrap();
    if only() == Some("growth") {
        print_growth(&time_sales_as_state_grows(&client));
        return;
    }
    let rounds_per_us = rounds_per_microsecond();

    // Rounds of the floor, then the emulator's status query and sale in memory, each compared with the floor measured
    // just before it: the machine's speed drifts over a run (other guests take its cores), and a ratio of two
    // measurements taken far apart measures the drift too. The goals are judged on the median round. Every round
    // starts an emulator of its own, so that the rounds repeat one experiment (one emulator across the rounds held
    // half a million payments by the third, and measured that instead: see the growth line below).
    let mut tables = Vec::new();
    let mut last = None;
    for round in 0..if only().is_some() { 1 } else { rounds } {
        drop(last.take());
        let memory_runtime = server_runtime();
        let (memory, emulator) = start_emulator(&memory_runtime, None);
        let floor = measure_floor(&client, 0, rounds_per_us, seconds);
        let (measured, token, payment_id) = client.block_on(emulator_scenarios("in memory", round, memory, seconds));
        tables.push(std::iter::once(floor).chain(measured).collect::<Vec<_>>());
        last = Some((memory_runtime, emulator, token, payment_id));
    }
    if only().is_some() {
        print_table(&tables[0]);
        return;
    }
    let Some((memory_runtime, emulator, token, payment_id)) = last else { return };
    let inside = time_inside_lock(&emulator, &token, &payment_id);
    drop(memory_runtime);
    drop(emulator);
    let growth = time_sales_as_state_grows(&client);

    // The floor with fixed work a request: what a call's own CPU time costs in throughput on this machine, with no
    // lock, no allocation and no state; each row with its own floor just before it.
    let calibration: Vec<Vec<Measured>> = CALIBRATION_MICROS
        .iter()
        .map(|&micros| {
            vec![
                measure_floor(&client, 0, rounds_per_us, seconds),
                measure_floor(&client, micros, rounds_per_us, seconds),
            ]
        })
        .collect();

    // Durability: the same calls with a SQLite state file, after a floor of their own.
    let directory = std::env::temp_dir().join(format!("payspec-bench-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let state_runtime = server_runtime();
    let (state, _) = start_emulator(&state_runtime, Some(&directory.join("state.sqlite")));
    let state_floor = measure_floor(&client, 0, rounds_per_us, seconds);
    let state_measured = client.block_on(emulator_scenarios("--state", 0, state, seconds)).0;
    drop(state_runtime);
    let _ = std::fs::remove_dir_all(&directory);

    for (round, table) in tables.iter().enumerate() {
        println!("\nround {} of {rounds}:", round + 1);
        print_table(table);
    }
    println!("\nwith a state file:");
    print_table(&std::iter::once(state_floor).chain(state_measured).collect::<Vec<_>>());
    println!("\ncalibration:");
    for table in &calibration {
        print_table(table);
    }
    println!(
        "\none status query (no HTTP): {:.1} µs decoding before the lock, {:.1} µs inside the emulator's lock",
        inside.0.as_secs_f64() * 1e6,
        inside.1.as_secs_f64() * 1e6
    );
    print_growth(&growth);
    let ratio = |table: &Vec<Measured>, row: usize| table[row].rps() / table[0].rps();
    let tail = |table: &Vec<Measured>, row: usize| table[row].p99.as_secs_f64() / table[0].p99.as_secs_f64().max(1e-3);
    let goal = |row: usize, share: f64| {
        let throughput = median(tables.iter().map(|t| ratio(t, row)).collect());
        let p99 = median(tables.iter().map(|t| tail(t, row)).collect());
        let each: Vec<String> = tables.iter().map(|t| format!("{:.0}%", 100.0 * ratio(t, row))).collect();
        format!(
            "{}: {:.0}% of the floor (rounds: {}) ≥ {:.0}% {}, p99 {p99:.2}× ≤ 2× {}",
            tables[0][row].name,
            100.0 * throughput,
            each.join(", "),
            share * 100.0,
            mark(throughput >= share),
            mark(p99 <= 2.0)
        )
    };
    println!("\ngoals (in memory, the median of {rounds} rounds):");
    println!("  {}", goal(1, 0.5));
    println!("  {}", goal(2, 0.3));
    let sales = median(tables.iter().map(|t| t[2].rps()).collect());
    println!("  Prism-style stateless mock at ~1.8k req/s: the sale ({sales:.0} req/s) is {:.0}× that", sales / 1800.0);
    println!("\nwhat a request's own work costs here (the floor with fixed work, {rounds_per_us} rounds a µs):");
    for table in &calibration {
        println!("  {}: {:.0}% of its floor, p99 {:.2}×", table[1].name, 100.0 * ratio(table, 1), tail(table, 1));
    }
}

/// What [`time_sales_as_state_grows`] measured.
fn print_growth(growth: &[(usize, Duration, Duration)]) {
    println!("one sale inside the emulator's lock (no HTTP) as the state grows, a batch of {GROWTH_BATCH} at a time:");
    for (held, mean, slowest) in growth {
        println!(
            "  with {held:>7} payments held: {:.1} µs on average, the slowest {:.2} ms",
            mean.as_secs_f64() * 1e6,
            slowest.as_secs_f64() * 1e3
        );
    }
}

/// Measurements, with their ratios to the floor (the first).
fn print_table(results: &[Measured]) {
    let Some(floor) = results.first() else { return };
    println!(
        "\n{:<36} {:>10} {:>8} {:>9} {:>9} {:>8} {:>8} {:>12}",
        "measurement", "req/s", "errors", "p50", "p99", "% floor", "p99 ×", "cpu µs/req"
    );
    for m in results {
        let cpu = m.cpu_per_request().map_or_else(|| "-".to_owned(), |cpu| format!("{cpu:.1}"));
        println!(
            "{:<36} {:>10.0} {:>8} {:>7.2}ms {:>7.2}ms {:>7.0}% {:>7.2} {:>12}",
            m.name,
            m.rps(),
            m.errors,
            m.p50.as_secs_f64() * 1e3,
            m.p99.as_secs_f64() * 1e3,
            100.0 * m.rps() / floor.rps(),
            m.p99.as_secs_f64() / floor.p99.as_secs_f64().max(1e-3),
            cpu,
        );
    }
}

/// `PAYSPEC_BENCH_ONLY`: `query` or `sale` measures the floor and that call in memory only (for a profiler),
/// `growth` the sales inside the lock as the state grows.
fn only() -> Option<&'static str> {
    match std::env::var("PAYSPEC_BENCH_ONLY").as_deref() {
        Ok("query") => Some("query"),
        Ok("sale") => Some("sale"),
        Ok("growth") => Some("growth"),
        _ => None,
    }
}

fn mark(ok: bool) -> &'static str {
    if ok { "met" } else { "MISSED" }
}

/// The CPU time this process has used, user and system, from `/proc/self/stat` (Linux; clock ticks of 1/100 s).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
    let ticks = |at: usize| fields.get(at).and_then(|f| f.parse::<f64>().ok());
    Some((ticks(11)? + ticks(12)?) / 100.0)
}
