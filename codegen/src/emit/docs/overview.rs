//! The overview page of one API: what it is for, its hosts, authentication schemes, modes, signing recipes, timers,
//! the order of a server's checks, and the list of its operations and lifecycles.

use crate::model::{AuthKind, Check, Lang, RequestLanguage, SignatureCheckKind, SignedPart};
use crate::spec::ApiSpec;

use super::errors::code_link;
use super::md::{Page, anchor, code, header, mark, table};

/// The overview page.
pub fn page(page: &Page, api: &ApiSpec) -> String {
    let w = page.w();
    let mut out = header(&api.spec_folder());
    out.push_str(&format!("# {} {{#overview}}\n\n", api.info.title));
    out.push_str(&format!("{} — {}\n\n", page.text(&api.info.summary), page.prov(&api.info.provenance)));
    let counts = api.counts();
    out.push_str(&format!("## {} {{#counts}}\n\n", w.counts));
    table(
        &mut out,
        &[w.operations, w.messages, w.enums, w.errors, w.lifecycles, w.discrepancies],
        &[vec![
            counts.operations.to_string(),
            counts.messages.to_string(),
            counts.enums.to_string(),
            counts.codes.to_string(),
            counts.lifecycles.to_string(),
            counts.discrepancies.to_string(),
        ]],
    );
    out.push_str(&format!("## {} {{#answer-language}}\n\n", w.answer_language));
    out.push_str(&format!("{}\n\n", request_language(page, &api.info.request_language)));
    out.push_str(&format!("## {} {{#hosts}}\n\n", w.servers));
    let rows: Vec<Vec<String>> =
        api.servers.iter().map(|s| vec![code(&s.url), page.text(&s.doc), page.prov(&s.provenance)]).collect();
    table(&mut out, &["URL", w.description, w.source], &rows);
    out.push_str(&format!("## {} {{#authentication}}\n\n", w.authentication));
    let rows: Vec<Vec<String>> = api
        .auth_schemes
        .iter()
        .map(|a| {
            let kind = match &a.kind {
                AuthKind::Bearer { format } => {
                    format!("Bearer{}", format.as_deref().map(|f| format!(" ({f})")).unwrap_or_default())
                }
                AuthKind::Basic => "Basic".to_owned(),
                AuthKind::BodyCredentials { fields } => {
                    format!("body: {}", fields.iter().map(|f| code(f)).collect::<Vec<_>>().join(", "))
                }
                AuthKind::Signature { signing, key_header, .. } => format!(
                    "[{}](#{}){}",
                    code(signing),
                    anchor("signing", signing),
                    key_header.as_deref().map(|h| format!(", {}", code(h))).unwrap_or_default()
                ),
            };
            vec![
                format!("{}{}", mark(&anchor("auth", &a.id)), code(&a.id)),
                kind,
                page.text(&a.doc),
                page.prov(&a.provenance),
            ]
        })
        .collect();
    table(&mut out, &[w.name, w.kind, w.description, w.source], &rows);
    auth_checks(&mut out, page, api);
    if !api.modes.is_empty() {
        out.push_str(&format!("## {} {{#modes}}\n\n", w.modes));
        let rows: Vec<Vec<String>> = api
            .modes
            .iter()
            .map(|m| {
                vec![
                    format!("{}{}", mark(&anchor("mode", &m.id)), code(&m.id)),
                    page.text(&m.doc),
                    page.prov(&m.provenance),
                ]
            })
            .collect();
        table(&mut out, &[w.mode, w.description, w.source], &rows);
    }
    if !api.signing.is_empty() {
        out.push_str(&format!("## {} {{#signing}}\n\n", w.signing));
        for recipe in &api.signing {
            let parts: Vec<&str> = recipe
                .message
                .iter()
                .map(|p| match p {
                    SignedPart::Timestamp => "timestamp",
                    SignedPart::Method => "method",
                    SignedPart::PathWithQuery => "path_with_query",
                    SignedPart::Body => "body",
                })
                .collect();
            out.push_str(&format!("### {} {{#{}}}\n\n", recipe.id, anchor("signing", &recipe.id)));
            table(
                &mut out,
                &["", ""],
                &[
                    vec![w.algorithm.to_owned(), "HMAC-SHA256, hex (lower case)".to_owned()],
                    vec![w.key.to_owned(), page.text(&recipe.key)],
                    vec![w.signed_message.to_owned(), code(&parts.join(" ‖ "))],
                    vec![
                        "Header".to_owned(),
                        format!("{}, {}", code(&recipe.signature_header), code(&recipe.timestamp_header)),
                    ],
                    vec![w.window.to_owned(), format!("± {} {}", recipe.window_seconds, w.seconds)],
                    vec![w.source.to_owned(), page.prov(&recipe.provenance)],
                ],
            );
        }
    }
    if !api.timers.is_empty() {
        out.push_str(&format!("## {} {{#timers}}\n\n", w.timers));
        let rows: Vec<Vec<String>> = api
            .timers
            .iter()
            .map(|t| {
                vec![
                    code(&t.id),
                    format!("{} {}", t.seconds, w.seconds),
                    code(&t.config),
                    page.text(&t.doc),
                    page.prov(&t.provenance),
                ]
            })
            .collect();
        table(&mut out, &[w.name, w.value, w.config_key, w.description, w.source], &rows);
    }
    if let Some(precedence) = &api.precedence {
        out.push_str(&format!("## {} {{#precedence}}\n\n", w.precedence));
        for (i, step) in precedence.steps.iter().enumerate() {
            let text = match step {
                Check::Route => "route".to_owned(),
                Check::Authentication => {
                    let schemes: Vec<String> = api
                        .auth_schemes
                        .iter()
                        .filter(|a| matches!(&a.kind, AuthKind::Signature { checks: Some(_), .. }))
                        .map(|a| format!("[{}](#{})", code(&a.id), anchor("auth-checks", &a.id)))
                        .collect();
                    if schemes.is_empty() {
                        "authentication".to_owned()
                    } else {
                        format!("authentication: {}", schemes.join(", "))
                    }
                }
                Check::Decode => "decode".to_owned(),
                Check::Rules => "rules".to_owned(),
                Check::Lifecycle { lifecycle } => {
                    format!("lifecycle [{lifecycle}]({})", page.api_href(&format!("lifecycles/{lifecycle}.md"), None))
                }
            };
            out.push_str(&format!("{}. {text}\n", i + 1));
        }
        out.push_str(&format!("\n{} — {}\n\n", page.text(&precedence.doc), page.prov(&precedence.provenance)));
    }
    out.push_str(&format!("## {} {{#operations}}\n\n", w.operations));
    let rows: Vec<Vec<String>> = api
        .operations
        .iter()
        .map(|o| {
            vec![
                format!("[{}]({})", o.rust_name, page.api_href(&format!("operations/{}.md", o.id), None)),
                code(o.method.as_str()),
                code(&o.path),
                page.text(&o.doc),
            ]
        })
        .collect();
    table(&mut out, &[w.name, w.method, w.path, w.description], &rows);
    if !api.lifecycles.is_empty() {
        out.push_str(&format!("## {} {{#lifecycles}}\n\n", w.lifecycles));
        for l in &api.lifecycles {
            out.push_str(&format!(
                "- [{}]({}): {}\n",
                l.id,
                page.api_href(&format!("lifecycles/{}.md", l.id), None),
                page.text(&l.doc)
            ));
        }
        out.push('\n');
    }
    out
}

/// What a check of a signature scheme tests, with the header it reads.
fn check_text(kind: SignatureCheckKind, key_header: Option<&str>, signature: &str, timestamp: &str) -> String {
    let header = match kind {
        SignatureCheckKind::KeyPresent | SignatureCheckKind::KeyKnown => key_header.unwrap_or_default(),
        SignatureCheckKind::TimestampPresent
        | SignatureCheckKind::TimestampSeconds
        | SignatureCheckKind::TimestampWindow => timestamp,
        SignatureCheckKind::SignaturePresent
        | SignatureCheckKind::SignatureForm
        | SignatureCheckKind::SignatureMatch => signature,
    };
    format!("{} ({})", code(kind.as_str()), code(header))
}

/// Per signature scheme with checks, its checks in order: what each tests, what it answers, where it comes from.
fn auth_checks(out: &mut String, page: &Page, api: &ApiSpec) {
    let w = page.w();
    for scheme in &api.auth_schemes {
        let AuthKind::Signature { signing, key_header, checks: Some(checks) } = &scheme.kind else { continue };
        let Some(recipe) = api.signing.iter().find(|r| &r.id == signing) else { continue };
        let heading = format!("{}: {}", code(&scheme.id), w.auth_checks);
        out.push_str(&format!("### {heading} {{#{}}}\n\n", anchor("auth-checks", &scheme.id)));
        let rows: Vec<Vec<String>> = checks
            .steps
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let status = match (&step.code, &step.status) {
                    (Some(code_id), _) => {
                        let status = api.code(code_id).and_then(|c| c.http_status.as_ref()).map(|s| s.value);
                        format!("{} ({})", code_link(page, code_id), status.map(|s| s.to_string()).unwrap_or_default())
                    }
                    (None, Some(status)) => format!("{} — {}", status.value, page.prov(&status.provenance)),
                    (None, None) => String::new(),
                };
                vec![
                    (i + 1).to_string(),
                    check_text(step.check, key_header.as_deref(), &recipe.signature_header, &recipe.timestamp_header),
                    status,
                    page.prov(&step.provenance),
                ]
            })
            .collect();
        table(out, &["#", w.check, w.answer, w.source], &rows);
        out.push_str(&format!("{} — {}\n\n", w.precedence, page.prov(&checks.provenance)));
    }
}

/// Where a request chooses the language of its answer's texts, with the rule's source.
fn request_language(page: &Page, rule: &RequestLanguage) -> String {
    let w = page.w();
    let name = |lang: Lang| if lang == Lang::En { w.english } else { w.turkish };
    let (text, provenance) = match rule {
        RequestLanguage::Field { field, default, provenance } => {
            (format!("{} {} ({} {})", w.language_from_field, code(field), w.otherwise, name(*default)), provenance)
        }
        RequestLanguage::Header { header, default, provenance } => {
            (format!("{} {} ({} {})", w.language_from_header, code(header), w.otherwise, name(*default)), provenance)
        }
        RequestLanguage::Fixed { lang, provenance } => (format!("{} {}", w.language_fixed, name(*lang)), provenance),
    };
    format!("{text}. {}", page.prov(provenance))
}
