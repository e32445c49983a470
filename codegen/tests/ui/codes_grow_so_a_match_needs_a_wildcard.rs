//! Codes are `#[non_exhaustive]`: the catalog will grow, so a consumer's match on them must have a wildcard arm.

fn advice(code: payspec::wiapay::Code) -> &'static str {
    match code {
        payspec::wiapay::Code::InvalidSignature => "sign again",
        payspec::wiapay::Code::TimestampExpired => "fix the clock",
    }
}

fn main() {
    let _ = advice(payspec::wiapay::Code::InvalidSignature);
}
