//! The suite's HTTP client against misbehaving servers on loopback (a tiny `std::net` server per test): an answer
//! that trickles forever ends at the exchange's deadline, an answer without end is cut off at the size cap, a
//! chunked body with chunk extensions is read, and an answer that is complete is read without waiting for the
//! server to close.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};

use payspec_suite::apis::Sent;
use payspec_suite::http::{Endpoint, HttpError};

/// A server that answers the first connection with `behave`, then holds the socket until the test ends.
fn serve(behave: impl FnOnce(&mut std::net::TcpStream) + Send + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let addr = listener.local_addr().expect("the bound address");
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let mut buffer = [0u8; 4096];
            let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
            let _ = stream.read(&mut buffer);
            behave(&mut stream);
            std::thread::sleep(Duration::from_secs(10));
        }
    });
    format!("http://{addr}")
}

fn get() -> Sent {
    Sent { method: "GET".to_owned(), path: "/".to_owned(), query: String::new(), headers: Vec::new(), body: Vec::new() }
}

#[test]
fn an_answer_that_trickles_forever_ends_at_the_deadline() {
    // One byte every 100 ms: no single read waits long, only the exchange's deadline stops it.
    let url = serve(|stream| {
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n");
        for _ in 0..100 {
            if stream.write_all(b"x").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let endpoint = Endpoint::parse(&url, Duration::from_secs(1)).expect("the URL");
    let started = Instant::now();
    let result = endpoint.send(&get());
    assert!(matches!(result, Err(HttpError::Timeout { .. })), "{result:?}");
    assert!(started.elapsed() < Duration::from_secs(3), "took {:?}", started.elapsed());
}

#[test]
fn an_answer_without_end_is_cut_at_the_size_cap() {
    let url = serve(|stream| {
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\n\r\n");
        let block = [b'a'; 8192];
        for _ in 0..1000 {
            if stream.write_all(&block).is_err() {
                return;
            }
        }
    });
    let mut endpoint = Endpoint::parse(&url, Duration::from_secs(5)).expect("the URL");
    endpoint.max_answer_bytes = 64 * 1024;
    let result = endpoint.send(&get());
    assert!(matches!(result, Err(HttpError::TooLarge { limit: 65536, .. })), "{result:?}");
    let message = result.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("exceeds 65536 bytes"), "{message}");
}

#[test]
fn chunk_extensions_and_trailers_are_read() {
    // The server keeps the connection open: the answer is complete at its last chunk.
    let url = serve(|stream| {
        let _ = stream.write_all(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n\
              3;name=value\r\n{\"a\r\n5;x\r\n\": 1}\r\n0\r\nExpires: never\r\n\r\n",
        );
    });
    let endpoint = Endpoint::parse(&url, Duration::from_secs(5)).expect("the URL");
    let started = Instant::now();
    let received = endpoint.send(&get()).expect("an answer");
    assert_eq!(String::from_utf8_lossy(&received.body), "{\"a\": 1}");
    assert!(started.elapsed() < Duration::from_secs(2), "waited for the close: {:?}", started.elapsed());
}

#[test]
fn a_complete_answer_is_read_without_waiting_for_the_close() {
    let url = serve(|stream| {
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    });
    let endpoint = Endpoint::parse(&url, Duration::from_secs(5)).expect("the URL");
    let started = Instant::now();
    let received = endpoint.send(&get()).expect("an answer");
    assert_eq!((received.status, received.body.as_slice()), (200, b"{}".as_slice()));
    assert!(started.elapsed() < Duration::from_secs(2), "waited for the close: {:?}", started.elapsed());
}

#[test]
fn garbage_is_a_malformed_answer() {
    let url = serve(|stream| {
        let _ = stream.write_all(b"this is not http\r\n\r\n");
        let _ = stream.shutdown(std::net::Shutdown::Both);
    });
    let endpoint = Endpoint::parse(&url, Duration::from_secs(5)).expect("the URL");
    let result = endpoint.send(&get());
    assert!(matches!(result, Err(HttpError::Malformed(_))), "{result:?}");
}
