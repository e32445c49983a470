//! The payspec reference emulator: the iyzico Terminal API, Finrota PWS and WiaPay served over HTTP on one listener,
//! stateful and exactly per the spec. A
//! handler is decode → evaluate → answer: every rule is the generated evaluator's (`payspec::<api>::World`); the
//! emulator authenticates callers, simulates devices and banks (the outcome table), keeps what they remember, and
//! offers test controls under `/_payspec/`. With a state file, every answered call survives a restart.
#![forbid(unsafe_code)]

pub mod answer;
pub mod background;
pub mod clock;
pub mod config;
pub mod connections;
pub mod controls;
pub mod coverage;
pub mod emulator;
pub mod finrota;
pub mod iyzico;
pub mod journal;
pub mod json_bytes;
pub mod money;
pub mod outcomes;
pub mod pages;
pub mod print;
pub mod server;
pub mod state;
pub mod state_lock;
pub mod timers;
pub mod wiapay;

pub use background::Background;
pub use config::Config;
pub use emulator::{Emulator, EmulatorError};
pub use server::serve;
