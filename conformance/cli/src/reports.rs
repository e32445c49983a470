//! The report writers `payspec check` and `payspec proxy` share: `--report FORMAT=FILE` parsed once, every format
//! written from the same event list. A new format joins here, in [`FORMATS`].

use std::path::PathBuf;

use payspec_suite::event::Event;
use payspec_suite::report;

/// A report writer: the whole report from the events.
pub type Writer = fn(&[Event]) -> String;

/// Every format, by the name `--report` takes.
pub const FORMATS: &[(&str, Writer)] = &[("json", report::json), ("junit", report::junit::report)];

/// Parses `--report FORMAT=FILE` arguments.
pub fn parse(specs: &[String]) -> Result<Vec<(Writer, PathBuf)>, String> {
    specs
        .iter()
        .map(|spec| {
            let (format, file) =
                spec.split_once('=').ok_or_else(|| format!("--report {spec}: expected FORMAT=FILE"))?;
            let writer =
                FORMATS.iter().find(|(name, _)| *name == format).map(|(_, writer)| *writer).ok_or_else(|| {
                    let names: Vec<&str> = FORMATS.iter().map(|(name, _)| *name).collect();
                    format!("--report {format}: the formats are {}", names.join(", "))
                })?;
            Ok((writer, PathBuf::from(file)))
        })
        .collect()
}

/// Writes every report, printing each file's path.
pub fn write(writers: &[(Writer, PathBuf)], events: &[Event]) -> Result<(), String> {
    for (writer, path) in writers {
        std::fs::write(path, writer(events)).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("report: {}", path.display());
    }
    Ok(())
}
