//! The pages that list an API's messages, enumerations, discrepancies and sources, each element under its own anchor.

use crate::model::Basis;
use crate::spec::ApiSpec;

use super::fields::{enum_anchor, message_anchor, message_fields};
use super::md::{Page, anchor, code, header, inline, mark, table};
use super::words;

/// The messages page: every message, field by field.
pub fn messages(page: &Page, api: &ApiSpec) -> String {
    let w = page.w();
    let mut out = header(&api.spec_folder());
    out.push_str(&format!("# {}: {} {{#messages}}\n\n", api.info.title, w.messages));
    for message in &api.messages {
        out.push_str(&format!("## {} {{#{}}}\n\n", message.name, message_anchor(&message.name)));
        out.push_str(&format!("{} — {}\n\n", page.text(&message.doc), page.prov(&message.provenance)));
        message_fields(&mut out, page, message);
    }
    out
}

/// The enumerations page: every enumeration with its values.
pub fn enums(page: &Page, api: &ApiSpec) -> String {
    let w = page.w();
    let mut out = header(&api.spec_folder());
    out.push_str(&format!("# {}: {} {{#enums}}\n\n", api.info.title, w.enums));
    for e in &api.enums {
        out.push_str(&format!("## {} {{#{}}}\n\n", e.name, enum_anchor(&e.name)));
        let openness = if e.open { w.open_enum } else { w.closed_enum };
        out.push_str(&format!("{} ({openness}) — {}\n\n", page.text(&e.doc), page.prov(&e.provenance)));
        let rows: Vec<Vec<String>> = e
            .values
            .iter()
            .map(|v| {
                let aliases: Vec<String> = v
                    .aliases
                    .iter()
                    .map(|a| {
                        format!(
                            "[{}]({})",
                            code(&a.wire),
                            page.api_href("discrepancies.md", Some(&anchor("d", &a.discrepancy)))
                        )
                    })
                    .collect();
                let aliases =
                    if aliases.is_empty() { String::new() } else { format!(" ({} {})", w.aliases, aliases.join(", ")) };
                vec![format!("{}{aliases}", code(&v.wire)), page.text(&v.doc), page.prov(&v.provenance)]
            })
            .collect();
        table(&mut out, &[w.value, w.description, w.source], &rows);
    }
    out
}

/// The discrepancies page: what the sources say, the canonical choice and why, what a tolerant reader accepts.
pub fn discrepancies(page: &Page, api: &ApiSpec) -> String {
    let w = page.w();
    let mut out = header(&api.spec_folder());
    out.push_str(&format!("# {}: {} {{#discrepancies}}\n\n", api.info.title, w.discrepancies));
    for d in &api.discrepancies {
        out.push_str(&format!("## {} {{#{}}}\n\n", d.id, anchor("d", &d.id)));
        out.push_str(&format!("{}\n\n", page.text(&d.subject)));
        out.push_str(&format!("**{}**\n\n", w.readings));
        for reading in &d.readings {
            let number = api.source_number(&reading.source);
            out.push_str(&format!(
                "- [S{number}]({}): {}\n",
                page.api_href("sources.md", Some(&format!("s{number}"))),
                inline(&reading.says)
            ));
        }
        out.push_str(&format!("\n**{}:** {}\n\n", w.canonical, code(&d.canonical)));
        out.push_str(&format!("**{}:** {}\n\n", w.tolerant_reader, page.text(&d.tolerant_reader)));
        let reason = d.provenance.reason.as_deref().map(inline).unwrap_or_default();
        out.push_str(&format!("**{}:** {reason} — {}\n\n", w.why, page.prov(&d.provenance)));
    }
    out
}

/// The sources page: every document the API's spec draws on, numbered as the links cite them.
pub fn sources(page: &Page, api: &ApiSpec) -> String {
    let w = page.w();
    let mut out = header(&api.spec_folder());
    out.push_str(&format!("# {}: {} {{#sources}}\n\n", api.info.title, w.sources));
    let rows: Vec<Vec<String>> = api
        .info
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let place = if s.source.starts_with("https://") {
                format!("<{}>", s.source)
            } else {
                format!("{} (`shared/seeds/`)", code(&s.source))
            };
            vec![format!("{}S{}", mark(&format!("s{}", i + 1)), i + 1), inline(&s.title), place]
        })
        .collect();
    table(&mut out, &["#", w.title, w.source], &rows);
    out.push_str(&format!("{}S0: {}\n\n", mark("s0"), w.not_found));
    out.push_str(&format!("**{}:** ", w.bases));
    let bases: Vec<String> = [Basis::Vendor, Basis::Translation, Basis::Decision]
        .iter()
        .map(|b| format!("*{}*", words::basis(page.lang, *b)))
        .collect();
    out.push_str(&format!(
        "{} ([{}]({}))\n",
        bases.join(", "),
        w.translations,
        page.href("intro.md", Some("translations"))
    ));
    out
}
