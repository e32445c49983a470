//! The emulator's HTML pages in a real browser: headless Chromium, driven through chromedriver (WebDriver) with
//! fantoccini. A 3D Secure payment of Finrota PWS goes through the bank page with the right OTP and with a wrong one;
//! the test asserts what the browser ends up showing (the merchant's return page) and what the API then reports. A
//! WiaPay deposit's checkout page is confirmed and cancelled the same way.
//! `.ci/run` installs Debian's `chromium` and `chromium-driver`; `PAYSPEC_CHROMEDRIVER` names another driver binary.
//! With `PAYSPEC_UPDATE_SCREENSHOTS=1` the screenshots under `conformance/docs/screenshots/` are written again.

mod common;
mod finrota_common;
mod wiapay_common;

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use common::{Emu, unique};
use finrota_common::*;
use payspec::finrota_pws::OperationId;

/// chromedriver on a free loopback port; killed when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn driver() -> Driver {
    let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
    let binary = std::env::var("PAYSPEC_CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_owned());
    let child = Command::new(&binary)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{binary} does not start ({e}): install Debian's chromium and chromium-driver"));
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not listen on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
    Driver { child, port }
}

async fn browser(driver: &Driver) -> Client {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_owned(),
        json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=900,1000"]}),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a WebDriver session in headless Chromium")
}

fn screenshot(name: &str, png: &[u8]) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/screenshots");
    if std::env::var_os("PAYSPEC_UPDATE_SCREENSHOTS").is_some() {
        std::fs::write(dir.join(name), png).expect("the screenshot is written");
    }
    assert!(png.starts_with(b"\x89PNG"), "{name} is not a PNG");
}

/// Starts a 3D payment whose returnUrl is the emulator's stand-in merchant page; its bank page URL.
fn start_3d(emu: &Emu, token: &str, order: &str, amount: &str) -> String {
    let return_url = format!("http://{}/bank/return", emu.addr);
    let body = payment_body(amount, true, order, Some(&return_url));
    let started = call(emu.addr, OperationId::CreatePayment, Some(token), "/pws/payment", Some(&body));
    assert_ok(&started);
    started.json()["data"]["redirectUrl"].as_str().expect("a redirectUrl").to_owned()
}

fn status_of(emu: &Emu, token: &str, order: &str) -> Value {
    query(emu.addr, token, &json!({"clientReferenceNumber": order})).json()["data"]["transactionStatusId"].clone()
}

#[test]
fn a_3d_payment_in_headless_chromium_with_the_right_and_a_wrong_otp() {
    let emu = Emu::start();
    let token = token(emu.addr);
    let driver = driver();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async {
        let client = browser(&driver).await;
        for (otp, shown, status, code, picture) in [
            ("123456", "Payment successful", 1, None, Some("finrota-3d-bank-page.png")),
            ("654321", "Payment failed", 2, Some("P012"), None),
        ] {
            let order = unique("ORDER-BROWSER");
            client.goto(&start_3d(&emu, &token, &order, "250.00")).await.expect("the bank page opens");
            let amount = client.find(Locator::Id("amount")).await.expect("the amount").text().await.expect("text");
            assert_eq!(amount, "250.00 TRY");
            let card = client.find(Locator::Id("card")).await.expect("the card").text().await.expect("text");
            assert!(card.ends_with("6111") && !card.contains(CARD), "the page shows {card}");
            if let Some(name) = picture {
                screenshot(name, &client.screenshot().await.expect("a screenshot"));
            }
            client.find(Locator::Id("otp")).await.expect("the OTP field").send_keys(otp).await.expect("typing");
            client.find(Locator::Id("submit")).await.expect("the button").click().await.expect("a click");
            let outcome = client.wait().for_element(Locator::Id("outcome")).await.expect("the return page");
            assert_eq!(outcome.text().await.expect("text"), shown);
            let url = client.current_url().await.expect("a URL");
            assert!(url.path() == "/bank/return", "the browser ended on {url}");
            let error = client.find(Locator::Id("field-errorCode")).await.ok();
            let error = match error {
                Some(cell) => Some(cell.text().await.expect("text")),
                None => None,
            };
            assert_eq!(error.as_deref(), code);
            if let Some(name) = picture {
                screenshot(
                    &name.replace("bank-page", "return-page"),
                    &client.screenshot().await.expect("a screenshot"),
                );
            }
            assert_eq!(status_of(&emu, &token, &order), json!(status), "the API after OTP {otp}");
        }
        // Cancelling on the bank page abandons the payment.
        let order = unique("ORDER-BROWSER");
        client.goto(&start_3d(&emu, &token, &order, "12.00")).await.expect("the bank page opens");
        client.find(Locator::Id("cancel")).await.expect("the cancel button").click().await.expect("a click");
        let outcome = client.wait().for_element(Locator::Id("outcome")).await.expect("the return page");
        assert_eq!(outcome.text().await.expect("text"), "Payment failed");
        assert_eq!(status_of(&emu, &token, &order), json!(2));
        client.close().await.expect("the session ends");
    });
}

#[test]
fn a_wiapay_checkout_in_headless_chromium_confirmed_and_cancelled() {
    let emu = Emu::start();
    let driver = driver();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async {
        let client = browser(&driver).await;
        for (button, shown, picture) in
            [("confirm", "completed", Some("wiapay-checkout-page.png")), ("cancel", "cancelled", None)]
        {
            let process_id = unique("DEPOSIT-BROWSER");
            let created = wiapay_common::deposit(emu.addr, &wiapay_common::deposit_body(&process_id, 250));
            assert_eq!(created.status, 201, "{}", created.show());
            let data = created.json()["data"].clone();
            let url = data["checkoutUrl"].as_str().expect("a checkoutUrl").to_owned();
            let transaction = data["transactionId"].as_str().expect("a transactionId").to_owned();
            client.goto(&url).await.expect("the checkout page opens");
            let outcome = client.find(Locator::Id("outcome")).await.expect("the outcome");
            assert_eq!(outcome.attr("data-status").await.expect("an attribute").as_deref(), Some("pending"));
            let shown_id =
                client.find(Locator::Id("transaction-id")).await.expect("the id").text().await.expect("text");
            assert_eq!(shown_id, transaction);
            if let Some(name) = picture {
                screenshot(name, &client.screenshot().await.expect("a screenshot"));
            }
            client.find(Locator::Id(button)).await.expect("the button").click().await.expect("a click");
            let outcome = client.wait().for_element(Locator::Css(&format!("#outcome[data-status='{shown}']"))).await;
            let outcome = outcome.expect("the page shows the new state");
            assert!(outcome.text().await.expect("text").contains(shown));
            assert!(client.find(Locator::Id("confirm")).await.is_err(), "the buttons are gone once it is not pending");
            assert_eq!(wiapay_common::state_of(emu.addr, &transaction), shown, "the API after {button}");
        }
        client.close().await.expect("the session ends");
    });
}
