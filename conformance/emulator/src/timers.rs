//! The spec's timers (their ids, defaults and configuration keys) with the configuration's overrides applied.

use payspec::support::Timers;

use crate::config::Config;

/// Every timer configuration key of the three APIs.
pub fn known_config_keys() -> Vec<&'static str> {
    [payspec::iyzico_terminal::TIMERS, payspec::finrota_pws::TIMERS, payspec::wiapay::TIMERS]
        .into_iter()
        .flatten()
        .map(|timer| timer.config)
        .collect()
}

/// An API's timers (its spec defaults) under this configuration.
fn of(defaults: &'static [payspec::support::TimerInfo], config: &Config) -> Timers {
    let mut timers = Timers::new(defaults);
    for (key, seconds) in &config.timers {
        // Keys of the other APIs are theirs; unknown keys were refused when the configuration was read.
        timers.set(key, *seconds);
    }
    timers
}

/// The iyzico Terminal API's timers under this configuration.
pub fn iyzico(config: &Config) -> Timers {
    of(payspec::iyzico_terminal::TIMERS, config)
}

/// Finrota PWS's timers under this configuration.
pub fn finrota(config: &Config) -> Timers {
    of(payspec::finrota_pws::TIMERS, config)
}

/// WiaPay's timers under this configuration.
pub fn wiapay(config: &Config) -> Timers {
    of(payspec::wiapay::TIMERS, config)
}

/// Every timer with its effective duration, for `--print-config`.
pub fn effective(config: &Config) -> Vec<(String, &'static str, u64)> {
    let mut all = Vec::new();
    for (api, defaults) in [
        ("iyzico-terminal", payspec::iyzico_terminal::TIMERS),
        ("finrota-pws", payspec::finrota_pws::TIMERS),
        ("wiapay", payspec::wiapay::TIMERS),
    ] {
        let mut timers = Timers::new(defaults);
        for (key, seconds) in &config.timers {
            timers.set(key, *seconds);
        }
        all.extend(
            timers.effective().into_iter().map(|(info, seconds)| (format!("{api}/{}", info.id), info.config, seconds)),
        );
    }
    all
}
