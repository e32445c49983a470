//! The page of one operation: method, exact path, direction, authentication, mode, parameters, the request and
//! response messages field by field, real examples from the spec, the codes it may answer with their HTTP status,
//! and the lifecycles it moves.

use crate::model::{Direction, Operation};
use crate::spec::ApiSpec;

use super::errors::{code_link, group_anchor, message_text, status_text};
use super::fields::{message_fields, message_link, parameters, rules};
use super::md::{Page, anchor, code, header, table};
use crate::model::ErrorCode;

/// The page's path inside the book's `src/`.
pub fn path(api: &ApiSpec, operation: &Operation) -> String {
    format!("{}/operations/{}.md", api.id, operation.id)
}

/// The page of an operation.
pub fn page(page: &Page, api: &ApiSpec, operation: &Operation) -> String {
    let w = page.w();
    let mut out = header(&api.spec_folder());
    out.push_str(&format!("# {} {{#operation}}\n\n", operation.rust_name));
    out.push_str(&format!("{} — {}\n\n", page.text(&operation.doc), page.prov(&operation.provenance)));
    let auth = if operation.auth == "none" {
        w.none.to_owned()
    } else {
        format!("[{}]({})", operation.auth, page.api_href("overview.md", Some(&anchor("auth", &operation.auth))))
    };
    let mode = operation.mode.as_deref().map_or(w.common_mode.to_owned(), |m| {
        format!("[{m}]({})", page.api_href("overview.md", Some(&anchor("mode", m))))
    });
    let direction = match operation.direction {
        Direction::Request => w.request_dir,
        Direction::Callback => w.callback,
    };
    let rows = vec![
        vec![w.method.to_owned(), code(operation.method.as_str())],
        vec![w.path.to_owned(), code(&operation.path)],
        vec![w.direction.to_owned(), direction.to_owned()],
        vec![w.auth.to_owned(), auth],
        vec![w.content_type.to_owned(), operation.content_type.media_type().map_or(w.none.to_owned(), code)],
        vec![w.mode.to_owned(), mode],
    ];
    for row in rows {
        out.push_str(&format!("- **{}:** {}\n", row[0], row[1]));
    }
    out.push('\n');
    if !operation.parameters.is_empty() {
        out.push_str(&format!("## {} {{#parameters}}\n\n", w.parameters));
        parameters(&mut out, page, &operation.parameters, &operation.parameter_rules);
        rules(&mut out, page, &operation.parameter_rules);
    }
    if let Some(request) = &operation.request {
        out.push_str(&format!("## {}: {} {{#request}}\n\n", w.request_body, request));
        out.push_str(&format!("{}\n\n", message_link(page, request)));
        if let Some(message) = api.message(request) {
            out.push_str(&format!("{}\n\n", page.text(&message.doc)));
            message_fields(&mut out, page, message);
        }
        example(&mut out, page, api, request);
    }
    responses(&mut out, page, api, operation);
    codes(&mut out, page, api, operation);
    lifecycles(&mut out, page, api, operation);
    out
}

fn responses(out: &mut String, page: &Page, api: &ApiSpec, operation: &Operation) {
    let w = page.w();
    out.push_str(&format!("## {} {{#responses}}\n\n", w.responses));
    let rows: Vec<Vec<String>> = operation
        .responses
        .iter()
        .map(|r| {
            let tolerated = r
                .tolerated
                .as_deref()
                .map(|d| format!(" ([{}]({}))", w.tolerated, page.api_href("discrepancies.md", Some(&anchor("d", d)))))
                .unwrap_or_default();
            vec![
                format!("{}{tolerated}", r.status),
                r.message.as_deref().map_or("—".to_owned(), |m| message_link(page, m)),
                page.text(&r.doc),
                page.prov(&r.provenance),
            ]
        })
        .collect();
    table(out, &[w.status, w.message, w.description, w.source], &rows);
    let mut seen: Vec<&str> = Vec::new();
    for response in &operation.responses {
        let Some(name) = response.message.as_deref() else { continue };
        if seen.contains(&name) {
            continue;
        }
        seen.push(name);
        let statuses: Vec<String> = operation
            .responses
            .iter()
            .filter(|r| r.message.as_deref() == Some(name))
            .map(|r| r.status.to_string())
            .collect();
        out.push_str(&format!("### {} ({}) {{#{}}}\n\n", name, statuses.join(", "), anchor("response", name)));
        if let Some(message) = api.message(name) {
            out.push_str(&format!("{}\n\n", page.text(&message.doc)));
            message_fields(out, page, message);
        }
        example(out, page, api, name);
    }
}

/// The first valid example of a message, as the spec holds it.
fn example(out: &mut String, page: &Page, api: &ApiSpec, message: &str) {
    let Some(example) = api.examples.iter().find(|e| e.message == message && e.valid) else { return };
    let body = serde_json::to_string_pretty(&example.body).unwrap_or_else(|_| example.body.to_string());
    out.push_str(&format!(
        "**{}** {} — {}\n\n```json\n{body}\n```\n\n",
        page.w().example,
        code(&example.name),
        page.prov(&example.provenance)
    ));
}

fn codes(out: &mut String, page: &Page, api: &ApiSpec, operation: &Operation) {
    let w = page.w();
    out.push_str(&format!("## {} {{#codes}}\n\n", w.codes_answered));
    let rows: Vec<Vec<String>> = operation
        .errors
        .iter()
        .filter_map(|id| api.code(id))
        .map(|c| {
            vec![
                code_link(page, &c.code),
                format!("[{}]({})", c.group, page.api_href("errors.md", Some(&group_anchor(&c.group)))),
                operation_status(page, api, operation, c),
                message_text(page, c),
            ]
        })
        .collect();
    if rows.is_empty() {
        out.push_str(&format!("*{}*\n\n", w.not_found));
    } else {
        table(out, &[w.code, w.group, w.http_status, w.message], &rows);
    }
    if !operation.error_groups.is_empty() {
        let groups: Vec<String> = operation
            .error_groups
            .iter()
            .map(|g| format!("[{g}]({})", page.api_href("errors.md", Some(&group_anchor(g)))))
            .collect();
        out.push_str(&format!("{}: {}\n\n", w.passthrough_groups, groups.join(", ")));
    }
}

/// The status the operation answers a code with: the code's own, else the operation's for it (its `error_statuses`
/// or its failure response), marked as the operation's; a pseudo-status is shown beside it.
fn operation_status(page: &Page, api: &ApiSpec, operation: &Operation, code: &ErrorCode) -> String {
    if code.http_status.is_some() {
        return status_text(page, code);
    }
    let pseudo =
        code.pseudo_status.as_ref().map(|p| format!(", {} {}", page.w().pseudo_status, p.value)).unwrap_or_default();
    match crate::wire::code_status(api, operation, code) {
        Ok(status) => format!("{status}{pseudo}"),
        Err(_) => status_text(page, code),
    }
}

fn lifecycles(out: &mut String, page: &Page, api: &ApiSpec, operation: &Operation) {
    let moved: Vec<String> = api
        .lifecycles
        .iter()
        .filter(|l| {
            l.transitions.iter().any(|t| t.operation.as_deref() == Some(&operation.id))
                || l.forbidden.iter().any(|f| f.operation == operation.id)
        })
        .map(|l| format!("[{}]({})", l.id, page.api_href(&format!("lifecycles/{}.md", l.id), None)))
        .collect();
    if !moved.is_empty() {
        out.push_str(&format!("## {} {{#lifecycles}}\n\n{}\n", page.w().lifecycles, moved.join(", ")));
    }
}
