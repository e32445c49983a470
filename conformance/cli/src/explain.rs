//! `payspec explain <code> [--lang en|tr] [--api <api>]`: a catalog entry the way `rustc --explain` prints one — the
//! message with its placeholders, group, HTTP status, retry advice, who acts, what to do, where it is documented and
//! where it comes from.

use std::fmt::Write as _;

use crate::catalogs::{Catalog, Entry, Provenance, Texts};
use crate::nearest::nearest;

/// The language of the explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// English.
    En,
    /// Turkish.
    Tr,
}

/// Why `explain` could not explain.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure {
    /// No catalog has the code (exit 1), with the nearest known codes.
    Unknown(String),
    /// A wrong command line (exit 2): an unknown API, or a code several APIs have without `--api`.
    Usage(String),
}

/// The explanation of `code`, from the first matching catalog (exact, else without regard to case).
pub fn explain(catalogs: &[Catalog], code: &str, api: Option<&str>, lang: Lang) -> Result<String, Failure> {
    let chosen: Vec<&Catalog> = match api {
        Some(api) => {
            let found: Vec<&Catalog> = catalogs.iter().filter(|c| c.api == api).collect();
            if found.is_empty() {
                let known: Vec<&str> = catalogs.iter().map(|c| c.api.as_str()).collect();
                return Err(Failure::Usage(format!("unknown API `{api}`; the APIs are {}", known.join(", "))));
            }
            found
        }
        None => catalogs.iter().collect(),
    };
    let mut matches = find(&chosen, |key| key == code);
    if matches.is_empty() {
        matches = find(&chosen, |key| key.eq_ignore_ascii_case(code));
    }
    match matches.as_slice() {
        [] => {
            let keys = chosen.iter().flat_map(|c| c.entries.iter().map(Entry::key));
            let near = nearest(code, keys, 5);
            Err(Failure::Unknown(format!(
                "unknown error code `{code}`; the nearest known codes are {}",
                near.join(", ")
            )))
        }
        [(catalog, entry)] => Ok(render(catalog, entry, lang)),
        several => {
            let apis: Vec<&str> = several.iter().map(|(c, _)| c.api.as_str()).collect();
            Err(Failure::Usage(format!(
                "the code `{code}` is in several APIs ({}); choose one with --api <api>",
                apis.join(", ")
            )))
        }
    }
}

fn find<'a>(catalogs: &[&'a Catalog], matches: impl Fn(&str) -> bool) -> Vec<(&'a Catalog, &'a Entry)> {
    catalogs.iter().flat_map(|c| c.entries.iter().filter(|e| matches(e.key())).map(move |e| (*c, e))).collect()
}

fn text(texts: &Texts, lang: Lang) -> &str {
    match lang {
        Lang::En => &texts.en,
        Lang::Tr => &texts.tr,
    }
}

fn labels(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::En => [
            "group",
            "HTTP status",
            "pseudo-status",
            "retry",
            "who acts",
            "placeholders",
            "scenario",
            "what to do",
            "documented",
            "source",
            "translation",
            "passes on the code of",
        ],
        Lang::Tr => [
            "grup",
            "HTTP durumu",
            "sözde durum",
            "yeniden deneme",
            "kim düzeltir",
            "yer tutucular",
            "senaryo",
            "ne yapmalı",
            "belgesi",
            "kaynak",
            "proje çevirisi",
            "şunun kodunu aktarır",
        ],
    }
}

fn retry(lang: Lang, retry: &str) -> String {
    let words = match (lang, retry) {
        (Lang::En, "never") => "never: the same request cannot succeed",
        (Lang::En, "after_fix") => "after a fix: retry once the cause is fixed",
        (Lang::En, "backoff") => "with backoff: a transient condition",
        (Lang::En, "query_first") => "query first: the outcome is unknown, ask for the status before any retry",
        (Lang::Tr, "never") => "asla: aynı istek başarılı olamaz",
        (Lang::Tr, "after_fix") => "düzeltmeden sonra: neden giderilince yeniden deneyin",
        (Lang::Tr, "backoff") => "artan beklemeyle: geçici bir durum",
        (Lang::Tr, "query_first") => "önce sorgulayın: sonuç bilinmiyor, yeniden denemeden önce durumu sorun",
        _ => return retry.to_owned(),
    };
    format!("{retry} ({words})")
}

fn actor(lang: Lang, actor: &str) -> String {
    let words = match (lang, actor) {
        (Lang::En, "caller") => "the integrating software: fix the request or the flow",
        (Lang::En, "cardholder") => "the customer paying",
        (Lang::En, "operator") => "the merchant's staff: the device, the account, the configuration",
        (Lang::En, "provider") => "the API provider, bank or payment service",
        (Lang::Tr, "caller") => "entegre eden yazılım: isteği ya da akışı düzeltin",
        (Lang::Tr, "cardholder") => "ödeme yapan müşteri",
        (Lang::Tr, "operator") => "işyeri personeli: cihaz, hesap, yapılandırma",
        (Lang::Tr, "provider") => "API sağlayıcısı, banka ya da ödeme hizmeti",
        _ => return actor.to_owned(),
    };
    format!("{actor} ({words})")
}

/// What a code without an HTTP status of its own is answered with.
fn no_status(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "none of its own: each operation answers it with its failure status (see the operation's page)",
        Lang::Tr => "kendine ait değil: her işlem onu kendi hata durumuyla döner (işlemin sayfasına bakın)",
    }
}

fn source(provenance: &Provenance) -> String {
    let reason = provenance.reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default();
    format!("{} ({}{reason})", provenance.source, provenance.basis)
}

/// The explanation of one entry.
pub fn render(catalog: &Catalog, entry: &Entry, lang: Lang) -> String {
    let [
        group,
        http,
        pseudo,
        retry_label,
        who,
        placeholders,
        scenario,
        solution,
        documented,
        source_label,
        translation,
        passes,
    ] = labels(lang);
    let mut message = text(&entry.messages, lang).to_owned();
    for placeholder in &entry.placeholders {
        message = message.replace(&format!("{{{}}}", placeholder.index), &format!("{{{}}}", placeholder.name));
    }
    let lang_tag = if lang == Lang::En { "en" } else { "tr" };
    let message_provenance = match lang {
        Lang::En => entry.provenance.messages.en.as_ref(),
        Lang::Tr => entry.provenance.messages.tr.as_ref(),
    };
    let mut out = String::new();
    let _ = writeln!(out, "{} — {} ({})\n", entry.key(), catalog.title, catalog.api);
    let mark = if message_provenance.is_some_and(|p| p.basis == "translation") {
        format!(" [{translation}]")
    } else {
        String::new()
    };
    let _ = writeln!(out, "    {message}{mark}\n");
    let group_text =
        catalog.groups.iter().find(|g| g.id == entry.group).map(|g| text(&g.description, lang)).unwrap_or("");
    let rows: Vec<(&str, String)> = [
        Some((group, format!("{} — {group_text}", entry.group))),
        entry.passthrough.as_ref().map(|p| (passes, p.clone())),
        Some((http, entry.http_status.map_or_else(|| no_status(lang).to_owned(), |s| s.to_string()))),
        entry.pseudo_status.map(|s| (pseudo, s.to_string())),
        Some((retry_label, retry(lang, &entry.retry))),
        Some((who, actor(lang, &entry.actor))),
        (!entry.placeholders.is_empty()).then(|| {
            let list: Vec<String> = entry.placeholders.iter().map(|p| format!("{{{}}} ({})", p.name, p.kind)).collect();
            (placeholders, list.join(", "))
        }),
        entry.scenario.as_ref().map(|t| (scenario, text(t, lang).to_owned())),
        entry.solution.as_ref().map(|t| (solution, text(t, lang).to_owned())),
        Some((
            documented,
            format!("generated/docs/{lang_tag}/src/{}/errors.md#code-{}", catalog.api, anchor(entry.key())),
        )),
        Some((source_label, source(&entry.provenance.code))),
    ]
    .into_iter()
    .flatten()
    .collect();
    let width = rows.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0);
    for (label, value) in rows {
        let pad = " ".repeat(width - label.chars().count());
        let _ = writeln!(out, "{label}:{pad} {value}");
    }
    out
}

/// The books' anchor of a code (as the docs emitter writes it).
fn anchor(key: &str) -> String {
    key.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect()
}

/// `payspec explain`'s command line.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The error code (or a pass-through group such as `BANK_ERROR`), as it appears on the wire.
    pub code: String,
    /// The language of the explanation.
    #[arg(long, value_enum, default_value = "en")]
    pub lang: Lang,
    /// The API whose catalog to read (needed when several APIs have the code).
    #[arg(long)]
    pub api: Option<String>,
    /// Read the catalogs (`<api>.json`) of this folder instead of the embedded ones.
    #[arg(long, value_name = "DIR")]
    pub catalogs: Option<std::path::PathBuf>,
}

/// Runs `payspec explain`: 0 explained, 1 unknown code, 2 wrong command line.
pub fn command(args: &Args) -> std::process::ExitCode {
    let catalogs = match &args.catalogs {
        Some(dir) => crate::catalogs::from_folder(dir),
        None => crate::catalogs::embedded(),
    };
    let catalogs = match catalogs {
        Ok(catalogs) => catalogs,
        Err(message) => {
            eprintln!("payspec explain: {message}");
            return std::process::ExitCode::from(2);
        }
    };
    match explain(&catalogs, &args.code, args.api.as_deref(), args.lang) {
        Ok(text) => {
            print!("{text}");
            std::process::ExitCode::SUCCESS
        }
        Err(Failure::Unknown(message)) => {
            eprintln!("payspec explain: {message}");
            std::process::ExitCode::FAILURE
        }
        Err(Failure::Usage(message)) => {
            eprintln!("payspec explain: {message}");
            std::process::ExitCode::from(2)
        }
    }
}
