//! The suite's HTTP/1.1 client: plain `std::net`, one connection a request (`Connection: close`), so a malformed
//! request goes out byte for byte and nothing the implementation does can leave the suite waiting or exhaust its
//! memory: the whole exchange (connect, write, read) has one deadline, an answer larger than the cap is cut off,
//! reading stops as soon as the answer is complete (a `Content-Length` or chunked body), and each failure is
//! reported as what it is.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use crate::apis::{Received, Sent};

/// Why an exchange has no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HttpError {
    /// The target refused the connection or cannot be reached.
    #[error("cannot connect to {address}: {reason}")]
    Connect {
        /// The address.
        address: String,
        /// Why.
        reason: String,
    },
    /// The target did not answer in time.
    #[error("no answer from {address} within {seconds} s")]
    Timeout {
        /// The address.
        address: String,
        /// The timeout.
        seconds: u64,
    },
    /// The answer is larger than the suite reads.
    #[error("the answer from {address} exceeds {limit} bytes")]
    TooLarge {
        /// The address.
        address: String,
        /// The cap, in bytes.
        limit: usize,
    },
    /// The answer is not HTTP.
    #[error("not an HTTP answer: {0}")]
    Malformed(String),
}

/// The default cap on an answer's size (head and body): 16 MiB.
pub const MAX_ANSWER_BYTES: usize = 16 * 1024 * 1024;

/// Where requests go: a host and port over plain HTTP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// `host:port`, as the `Host` header names it.
    pub authority: String,
    /// The resolved address.
    pub address: SocketAddr,
    /// How long a whole exchange (connect, write, read to the end) may take.
    pub timeout: Duration,
    /// The most bytes an answer may have (head and body).
    pub max_answer_bytes: usize,
}

impl Endpoint {
    /// Parses `http://host:port` (a trailing `/` allowed); `https` is not supported yet.
    pub fn parse(url: &str, timeout: Duration) -> Result<Endpoint, String> {
        let rest = match url.split_once("://") {
            Some(("http", rest)) => rest,
            Some(("https", _)) => return Err("https is not supported yet: put a TLS proxy in front".to_owned()),
            Some((scheme, _)) => return Err(format!("unknown scheme {scheme:?}")),
            None => return Err("expected http://host:port".to_owned()),
        };
        let authority = rest.trim_end_matches('/');
        if authority.is_empty() || authority.contains('/') {
            return Err("expected http://host:port with no path".to_owned());
        }
        let with_port = if authority.rsplit_once(':').is_some_and(|(_, p)| p.parse::<u16>().is_ok()) {
            authority.to_owned()
        } else {
            format!("{authority}:80")
        };
        let address = with_port
            .to_socket_addrs()
            .map_err(|e| format!("cannot resolve {authority}: {e}"))?
            .next()
            .ok_or_else(|| format!("{authority} resolves to nothing"))?;
        Ok(Endpoint { authority: authority.to_owned(), address, timeout, max_answer_bytes: MAX_ANSWER_BYTES })
    }

    /// Sends a request and reads its answer to the end, all within the endpoint's deadline.
    pub fn send(&self, sent: &Sent) -> Result<Received, HttpError> {
        let address = self.address.to_string();
        let deadline = Instant::now() + self.timeout;
        let timed_out = || HttpError::Timeout { address: address.clone(), seconds: self.timeout.as_secs() };
        let remaining = || deadline.checked_duration_since(Instant::now()).filter(|d| !d.is_zero());
        let mut stream =
            TcpStream::connect_timeout(&self.address, self.timeout).map_err(|e| classify(e, &address, self.timeout))?;
        stream.set_write_timeout(Some(remaining().ok_or_else(timed_out)?)).map_err(|_| timed_out())?;
        let target = if sent.query.is_empty() { sent.path.clone() } else { format!("{}?{}", sent.path, sent.query) };
        let mut bytes =
            format!("{} {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n", sent.method, self.authority)
                .into_bytes();
        for (name, value) in &sent.headers {
            bytes.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
        }
        bytes.extend_from_slice(format!("Content-Length: {}\r\n\r\n", sent.body.len()).as_bytes());
        bytes.extend_from_slice(&sent.body);
        stream.write_all(&bytes).map_err(|e| classify(e, &address, self.timeout))?;
        let mut raw = Vec::new();
        let mut buffer = [0u8; 16 * 1024];
        loop {
            stream.set_read_timeout(Some(remaining().ok_or_else(timed_out)?)).map_err(|_| timed_out())?;
            let n = match stream.read(&mut buffer) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(classify(e, &address, self.timeout)),
            };
            if n == 0 {
                break;
            }
            if raw.len() + n > self.max_answer_bytes {
                return Err(HttpError::TooLarge { address, limit: self.max_answer_bytes });
            }
            raw.extend_from_slice(&buffer[..n]);
            if complete(&raw) {
                break;
            }
        }
        parse(&raw).ok_or_else(|| HttpError::Malformed(String::from_utf8_lossy(&raw).chars().take(200).collect()))
    }
}

fn classify(error: std::io::Error, address: &str, timeout: Duration) -> HttpError {
    match error.kind() {
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => {
            HttpError::Timeout { address: address.to_owned(), seconds: timeout.as_secs() }
        }
        _ => HttpError::Connect { address: address.to_owned(), reason: error.to_string() },
    }
}

/// Whether a raw answer is complete: its head read and its `Content-Length` or chunked body to the end. An answer
/// with neither is complete only when the connection closes.
fn complete(raw: &[u8]) -> bool {
    let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return false;
    };
    let Ok(head) = std::str::from_utf8(&raw[..end]) else {
        return false;
    };
    let rest = &raw[end + 4..];
    let header = |name: &str| {
        head.split("\r\n")
            .skip(1)
            .filter_map(|line| line.split_once(':'))
            .find(|(n, _)| n.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    };
    if header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        return dechunk(rest).is_some();
    }
    header("content-length").and_then(|v| v.parse::<usize>().ok()).is_some_and(|length| rest.len() >= length)
}

/// A chunked body decoded (chunk extensions after `;` ignored, trailers skipped); `None` while it is incomplete
/// or when it is not well formed.
fn dechunk(mut at: &[u8]) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = at.windows(2).position(|w| w == b"\r\n")?;
        let line = std::str::from_utf8(&at[..line_end]).ok()?;
        let size = line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size, 16).ok()?;
        at = &at[line_end + 2..];
        if size == 0 {
            // Trailers, a line each, then the empty line that ends the message (tolerated missing at the end).
            loop {
                if at.is_empty() {
                    return Some(body);
                }
                let line_end = at.windows(2).position(|w| w == b"\r\n")?;
                if line_end == 0 {
                    return Some(body);
                }
                at = &at[line_end + 2..];
            }
        }
        body.extend_from_slice(at.get(..size)?);
        if at.get(size..size + 2)? != b"\r\n" {
            return None;
        }
        at = &at[size + 2..];
    }
}

/// Parses a raw HTTP/1.1 answer (a `Content-Length` or chunked body, or one read to the end).
pub fn parse(raw: &[u8]) -> Option<Received> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let rest = &raw[end + 4..];
    let chunked = headers.iter().any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
    let body = if chunked {
        dechunk(rest)?
    } else {
        match headers.iter().find(|(n, _)| n == "content-length") {
            Some((_, length)) => rest.get(..length.parse::<usize>().ok()?)?.to_vec(),
            None => rest.to_vec(),
        }
    };
    Some(Received { status, headers, body })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_parse_and_https_is_refused_plainly() {
        let endpoint = Endpoint::parse("http://127.0.0.1:8080/", Duration::from_secs(1)).expect("parses");
        assert_eq!(endpoint.authority, "127.0.0.1:8080");
        assert!(Endpoint::parse("https://sandbox.example", Duration::from_secs(1)).is_err());
        assert!(Endpoint::parse("127.0.0.1:8080", Duration::from_secs(1)).is_err());
        assert!(Endpoint::parse("http://127.0.0.1:8080/api", Duration::from_secs(1)).is_err());
    }

    #[test]
    fn answers_parse() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        let received = parse(raw).expect("parses");
        assert_eq!((received.status, received.body.as_slice()), (200, b"{}".as_slice()));
        let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n";
        assert_eq!(parse(chunked).expect("parses").body, b"{}");
    }
}
