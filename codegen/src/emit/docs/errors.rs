//! The error catalog page of one API: per group its codes with HTTP status, message with named placeholders, retry
//! advice, who acts, the vendor's scenario and advice, and the source of each value.

use crate::model::{ErrorCode, ErrorGroup, Texts};
use crate::spec::ApiSpec;

use super::md::{Page, anchor, code, header, mark, table};
use super::words;

/// The anchor of a code (or of a pass-through group's entry) on the errors page.
pub fn code_anchor(code: &str) -> String {
    anchor("code", code)
}

/// The anchor of a group on the errors page.
pub fn group_anchor(group: &str) -> String {
    anchor("group", group)
}

/// A link to a code's row.
pub fn code_link(page: &Page, code_id: &str) -> String {
    format!("[{}]({})", code(code_id), page.api_href("errors.md", Some(&code_anchor(code_id))))
}

/// A message with its placeholders written by name (`{username}`), in the page's language.
pub fn message_text(page: &Page, code: &ErrorCode) -> String {
    let mut text = page.text(&code.messages);
    for placeholder in &code.placeholders {
        text = text.replace(&format!("{{{}}}", placeholder.index), &format!("{{{}}}", placeholder.name));
    }
    text
}

/// The HTTP status cell of a code.
pub fn status_text(page: &Page, code: &ErrorCode) -> String {
    match (&code.http_status, &code.pseudo_status) {
        (Some(status), _) => status.value.to_string(),
        (None, Some(pseudo)) => format!("{} ({})", pseudo.value, page.w().pseudo_status),
        (None, None) => "—".to_owned(),
    }
}

/// The errors page.
pub fn page(page: &Page, api: &ApiSpec) -> String {
    let w = page.w();
    let mut out = header(&api.spec_folder());
    out.push_str(&format!("# {}: {} {{#errors}}\n\n", api.info.title, w.errors));
    for group in &api.groups {
        group_section(&mut out, page, api, group);
    }
    if !api.http_statuses.is_empty() {
        out.push_str(&format!("## {} {{#http-statuses}}\n\n", w.http_status));
        let rows: Vec<Vec<String>> = api
            .http_statuses
            .iter()
            .map(|s| {
                vec![s.status.to_string(), page.text(&s.meaning), page.text(&s.description), page.prov(&s.provenance)]
            })
            .collect();
        table(&mut out, &[w.status, w.name, w.description, w.source], &rows);
    }
    out
}

fn group_section(out: &mut String, page: &Page, api: &ApiSpec, group: &ErrorGroup) {
    let w = page.w();
    out.push_str(&format!("## {} {{#{}}}\n\n", group.id, group_anchor(&group.id)));
    out.push_str(&format!("{} — {}\n\n", page.text(&group.description), page.prov(&group.provenance)));
    if let Some(passthrough) = &group.passthrough {
        out.push_str(&format!(
            "{}**{}** ({}): {} — {}\n\n",
            mark(&code_anchor(&group.id)),
            w.passthrough,
            code(&format!("{:?}", passthrough.origin.value).to_lowercase()),
            page.text(&passthrough.messages),
            page.text_prov(&passthrough.messages)
        ));
        let status = passthrough.http_status.as_ref().map_or("—".to_owned(), |s| s.value.to_string());
        out.push_str(&format!(
            "- {}: {}\n- {}: {} — {}\n- {}: {} — {}\n",
            w.http_status,
            status,
            w.retry,
            words::retry(page.lang, passthrough.retry.value),
            page.prov(&passthrough.retry.provenance),
            w.actor,
            words::actor(page.lang, passthrough.actor.value),
            page.prov(&passthrough.actor.provenance)
        ));
        for range in &passthrough.retry_by_code {
            out.push_str(&format!(
                "- {} {}–{}: {} — {}\n",
                w.retry_by_code,
                range.from,
                range.to,
                words::retry(page.lang, range.retry.value),
                page.prov(&range.retry.provenance)
            ));
        }
        out.push('\n');
    }
    let rows: Vec<Vec<String>> = api.codes_of(&group.id).map(|c| code_row(page, c)).collect();
    if !rows.is_empty() {
        table(out, &[w.code, w.http_status, w.message, w.retry, w.actor, w.source], &rows);
    }
}

fn optional(page: &Page, label: &str, texts: Option<&Texts>) -> String {
    texts.map(|t| format!("<br>*{label}:* {}", page.text(t))).unwrap_or_default()
}

fn code_row(page: &Page, code_entry: &ErrorCode) -> Vec<String> {
    let w = page.w();
    let placeholders = if code_entry.placeholders.is_empty() {
        String::new()
    } else {
        let names: Vec<String> = code_entry
            .placeholders
            .iter()
            .map(|p| format!("{} ({})", code(&format!("{{{}}}", p.name)), page.text(&p.doc)))
            .collect();
        format!("<br>*{}:* {}", w.placeholders, names.join(", "))
    };
    vec![
        format!("{}{}", mark(&code_anchor(&code_entry.code)), code(&code_entry.code)),
        format!(
            "{}{}",
            status_text(page, code_entry),
            code_entry
                .http_status
                .as_ref()
                .or(code_entry.pseudo_status.as_ref())
                .map(|s| format!(" — {}", page.prov(&s.provenance)))
                .unwrap_or_default()
        ),
        format!(
            "{} — {}{placeholders}{}{}",
            message_text(page, code_entry),
            page.text_prov(&code_entry.messages),
            optional(page, w.scenario, code_entry.scenario.as_ref()),
            optional(page, w.solution, code_entry.solution.as_ref())
        ),
        format!("{} — {}", words::retry(page.lang, code_entry.retry.value), page.prov(&code_entry.retry.provenance)),
        format!("{} — {}", words::actor(page.lang, code_entry.actor.value), page.prov(&code_entry.actor.provenance)),
        page.prov(&code_entry.provenance),
    ]
}
