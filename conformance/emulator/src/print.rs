//! The effective configuration as JSON, for `--print-config` and `GET /_payspec/config`: the configuration itself
//! plus the timers with their effective durations.

use serde_json::{Value as Json, json};

use crate::config::Config;
use crate::timers;

/// The effective configuration.
pub fn effective_config(config: &Config) -> Json {
    let mut value = serde_json::to_value(config).unwrap_or(Json::Null);
    let effective: Vec<Json> = timers::effective(config)
        .into_iter()
        .map(|(id, key, seconds)| json!({"timer": id, "config": key, "seconds": seconds}))
        .collect();
    if let Some(map) = value.as_object_mut() {
        map.insert("effective_timers".to_owned(), Json::Array(effective));
    }
    value
}
