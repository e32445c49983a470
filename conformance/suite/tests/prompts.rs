//! Device prompts over loopback: against a target without the emulator's controls, a step that needs a card
//! prompts for it (which device, which amount, what to do), shows the time passing while it waits, and ends with
//! the answer, or with its timeout or a connection failure reported as such — never a hang. The target is a tiny
//! fake: a std `TcpListener` that answers after a delay, or never, or stops listening.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use payspec_suite::event::{Event, Verdict};
use payspec_suite::prompt::PromptSink;
use payspec_suite::seed::Seed;
use payspec_suite::{RunOptions, run};

/// What the fake target does with a call of the API (the probe of `/_payspec/` is answered 404 at once).
#[derive(Clone, Copy)]
enum Behaviour {
    /// Answers after this long.
    AnswerAfter(Duration),
    /// Reads the request and never answers.
    Never,
    /// Stops listening after the probe: the call cannot connect.
    Gone,
}

fn fake_target(behaviour: Behaviour) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("an address"));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buffer = [0u8; 8192];
            let n = stream.read(&mut buffer).unwrap_or(0);
            let head = String::from_utf8_lossy(&buffer[..n]).into_owned();
            if head.starts_with("GET /_payspec/") {
                let _ = stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                if matches!(behaviour, Behaviour::Gone) {
                    return;
                }
                continue;
            }
            match behaviour {
                Behaviour::AnswerAfter(delay) => {
                    std::thread::sleep(delay);
                    let body = br#"{"status":"success"}"#;
                    let head = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    );
                    let _ = stream.write_all(head.as_bytes());
                    let _ = stream.write_all(body);
                }
                Behaviour::Never => std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_secs(60));
                    drop(stream);
                })
                .join()
                .unwrap_or_default(),
                Behaviour::Gone => {}
            }
        }
    });
    url
}

/// A case folder with one device case: a sale that needs a card on the device.
fn cases_dir(name: &str, timeout_seconds: Option<u64>) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("payspec-prompts-{name}-{}", std::process::id()));
    let api = dir.join("iyzico-terminal");
    std::fs::create_dir_all(&api).expect("a case folder");
    let mut step = serde_json::json!({
        "id": "sale",
        "operation": "vuk509-payment",
        "bearer": "at-{{gen.token}}",
        "body": {"conversationId": "c1", "locale": "en", "deviceUniqueId": "{{credentials.device}}",
            "transactionReferenceId": "{{gen.r}}", "price": 10.5, "currency": "TRY", "installment": 1, "salesType": "SALE"},
        "card": {"device": "{{credentials.device}}", "amount": "10.50"}
    });
    if let Some(seconds) = timeout_seconds {
        step["timeout_seconds"] = seconds.into();
    }
    let case = serde_json::json!({
        "id": "iyzico-terminal/card", "title": "a sale on a real device", "api": "iyzico-terminal",
        "profile": "device", "covers": {}, "steps": [step]
    });
    std::fs::write(api.join("card.json"), serde_json::to_vec_pretty(&case).expect("JSON")).expect("write the case");
    dir
}

fn run_against(url: &str, dir: std::path::PathBuf) -> (String, Vec<Event>, Duration) {
    let mut options = RunOptions::new(url);
    options.cases_dir = dir;
    options.seed = Seed(3);
    options.timeout = Duration::from_secs(2);
    let said = Arc::new(Mutex::new(String::new()));
    let sink = Arc::clone(&said);
    options.prompt = PromptSink::to(move |text| sink.lock().expect("the lock").push_str(text));
    let mut events = Vec::new();
    let start = Instant::now();
    run(&options, &mut |event| events.push(event.clone())).expect("the run starts");
    let said = said.lock().expect("the lock").clone();
    (said, events, start.elapsed())
}

fn finished(events: &[Event]) -> (Verdict, Option<String>) {
    events
        .iter()
        .find_map(|e| match e {
            Event::CaseFinished { verdict, reason, .. } => Some((*verdict, reason.clone())),
            _ => None,
        })
        .expect("the case finished")
}

#[test]
fn a_card_step_prompts_and_shows_progress_until_the_answer() {
    let url = fake_target(Behaviour::AnswerAfter(Duration::from_millis(1500)));
    let (said, events, _) = run_against(&url, cases_dir("slow", None));
    for part in
        ["ACTION NEEDED", "on device PAV860047264", "present a card for 10.50", "step sale of iyzico-terminal/card"]
    {
        assert!(said.contains(part), "{part:?} in the prompt: {said:?}");
    }
    assert!(said.contains('.'), "a dot a second while it waits: {said:?}");
    assert!(said.contains("answered after 1 s (HTTP 200)"), "{said:?}");
    let (verdict, reason) = finished(&events);
    assert_ne!(verdict, Verdict::Error, "the answer came: {reason:?}");
}

#[test]
fn no_card_within_the_step_timeout_is_an_error_with_its_reason() {
    let url = fake_target(Behaviour::Never);
    let (said, events, took) = run_against(&url, cases_dir("never", Some(1)));
    let (verdict, reason) = finished(&events);
    assert_eq!(verdict, Verdict::Error);
    let reason = reason.unwrap_or_default();
    assert!(reason.contains("no answer from") && reason.contains("within 1 s"), "{reason}");
    assert!(said.contains("waiting up to 1 s") && said.contains("no card answer after"), "{said:?}");
    assert!(took < Duration::from_secs(10), "no hang: {took:?}");
}

#[test]
fn a_connection_failure_during_a_card_step_is_an_error_with_its_reason() {
    let url = fake_target(Behaviour::Gone);
    std::thread::sleep(Duration::from_millis(50));
    let (_, events, took) = run_against(&url, cases_dir("gone", None));
    let (verdict, reason) = finished(&events);
    assert_eq!(verdict, Verdict::Error);
    assert!(reason.as_deref().is_some_and(|r| r.contains("cannot connect")), "{reason:?}");
    assert!(took < Duration::from_secs(10), "no hang: {took:?}");
}
