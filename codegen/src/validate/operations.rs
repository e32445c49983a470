//! Rules for servers, modes, authentication schemes, signing recipes and operations: unique ids, exact paths with
//! declared parameters, and every reference resolving (messages, modes, schemes, error codes).

use std::collections::BTreeSet;

use super::names::{is_kebab, is_snake, is_upper_camel};
use super::texts;
use crate::diagnostics::Collector;
use crate::model::{AuthKind, ContentType, Operation, ParameterLocation, RuleCheck};
use crate::spec::{ApiSpec, Located};

/// Checks the operations and what they refer to.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    for server in &api.servers {
        if !server.url.starts_with("https://") {
            collector.report(
                &server.file,
                &format!("{}/url", server.pointer),
                format!("server {} is not an https:// URL", server.url),
            );
        }
        texts::check(
            collector,
            &server.file,
            &format!("{}/doc", server.pointer),
            &server.doc,
            &format!("server {}", server.url),
        );
    }
    let mut mode_ids = BTreeSet::new();
    for mode in &api.modes {
        if !is_kebab(&mode.id) || !mode_ids.insert(mode.id.clone()) || !is_upper_camel(&mode.rust_name) {
            collector.report(
                &mode.file,
                &mode.pointer,
                format!("mode {} needs a unique kebab-case id and an UpperCamelCase rust_name", mode.id),
            );
        }
        texts::check(collector, &mode.file, &format!("{}/doc", mode.pointer), &mode.doc, &format!("mode {}", mode.id));
    }
    let mut signing_ids = BTreeSet::new();
    for signing in &api.signing {
        if !is_kebab(&signing.id) || !signing_ids.insert(signing.id.clone()) {
            collector.report(
                &signing.file,
                &format!("{}/id", signing.pointer),
                format!("signing id {} is not kebab-case or is declared twice", signing.id),
            );
        }
        texts::check(
            collector,
            &signing.file,
            &format!("{}/key", signing.pointer),
            &signing.key,
            &format!("signing {}", signing.id),
        );
        if signing.vectors.is_empty() {
            collector.report(
                &signing.file,
                &format!("{}/vectors", signing.pointer),
                "a signing recipe needs known-answer vectors",
            );
        }
    }
    let mut scheme_ids = BTreeSet::new();
    for scheme in &api.auth_schemes {
        if !is_kebab(&scheme.id) || !scheme_ids.insert(scheme.id.clone()) || scheme.id == "none" {
            collector.report(
                &scheme.file,
                &format!("{}/id", scheme.pointer),
                format!("auth scheme id {} is not kebab-case, is `none` or is declared twice", scheme.id),
            );
        }
        if let AuthKind::Signature { signing, .. } = &scheme.kind
            && !signing_ids.contains(signing)
        {
            collector.report(
                &scheme.file,
                &format!("{}/kind/signing", scheme.pointer),
                format!("signing recipe {signing} is not declared"),
            );
        }
        texts::check(
            collector,
            &scheme.file,
            &format!("{}/doc", scheme.pointer),
            &scheme.doc,
            &format!("auth scheme {}", scheme.id),
        );
    }
    let (mut ids, mut routes) = (BTreeSet::new(), BTreeSet::new());
    for operation in &api.operations {
        check_operation(api, operation, &mode_ids, &scheme_ids, &mut ids, &mut routes, collector);
    }
}

fn check_operation(
    api: &ApiSpec,
    operation: &Located<Operation>,
    modes: &BTreeSet<String>,
    schemes: &BTreeSet<String>,
    ids: &mut BTreeSet<String>,
    routes: &mut BTreeSet<(String, String)>,
    collector: &mut Collector,
) {
    let file = operation.file.as_str();
    let at = |suffix: &str| format!("{}{suffix}", operation.pointer);
    let what = format!("operation {}", operation.id);
    if !is_kebab(&operation.id) || !ids.insert(operation.id.clone()) {
        collector.report(file, &at("/id"), format!("{what}: the id is not kebab-case or is used twice"));
    }
    if !is_upper_camel(&operation.rust_name) {
        collector.report(file, &at("/rust_name"), format!("\"{}\" is not UpperCamelCase", operation.rust_name));
    }
    if !routes.insert((operation.method.as_str().to_owned(), operation.path.clone())) {
        collector.report(
            file,
            &at("/path"),
            format!("{} {} is declared twice", operation.method.as_str(), operation.path),
        );
    }
    if !operation.path.starts_with('/') && !operation.path.starts_with('{') {
        collector.report(file, &at("/path"), format!("path {} does not start with `/`", operation.path));
    }
    let in_path: BTreeSet<String> = path_parameters(&operation.path);
    let declared: BTreeSet<String> =
        operation.parameters.iter().filter(|p| p.location == ParameterLocation::Path).map(|p| p.name.clone()).collect();
    for missing in in_path.difference(&declared) {
        collector.report(file, &at("/path"), format!("path parameter {{{missing}}} is not declared in `parameters`"));
    }
    // Every name a parameter has on the wire, its own and its aliases: each may mean one parameter only.
    let mut wires = BTreeSet::new();
    for (i, parameter) in operation.parameters.iter().enumerate() {
        let at = at(&format!("/parameters/{i}"));
        if !wires.insert(parameter.name.as_str()) {
            collector.report(
                file,
                &format!("{at}/name"),
                format!("{} is already a parameter or alias of {what}", parameter.name),
            );
        }
        if parameter.location == ParameterLocation::Path && !in_path.contains(&parameter.name) {
            collector.report(
                file,
                &format!("{at}/name"),
                format!("path parameter {} is not in the path", parameter.name),
            );
        }
        if parameter.location == ParameterLocation::Path && !parameter.required {
            collector.report(file, &format!("{at}/required"), "a path parameter is always required");
        }
        if !is_snake(&parameter.rust_name) {
            collector.report(
                file,
                &format!("{at}/rust_name"),
                format!("\"{}\" is not snake_case", parameter.rust_name),
            );
        }
        texts::check(
            collector,
            file,
            &format!("{at}/doc"),
            &parameter.doc,
            &format!("parameter {} of {what}", parameter.name),
        );
        for (a, alias) in parameter.aliases.iter().enumerate() {
            let alias_at = format!("{at}/aliases/{a}");
            if parameter.location == ParameterLocation::Path {
                collector.report(
                    file,
                    &format!("{alias_at}/wire"),
                    "a path parameter has no name on the wire to alias",
                );
            }
            if !wires.insert(alias.wire.as_str()) {
                collector.report(
                    file,
                    &format!("{alias_at}/wire"),
                    format!("{} is already a parameter or alias of {what}", alias.wire),
                );
            }
            super::shape::check_discrepancy_ref(
                api,
                collector,
                file,
                &format!("{alias_at}/discrepancy"),
                &alias.discrepancy,
            );
        }
    }
    let known = |name: &str| operation.parameters.iter().any(|p| p.name == name);
    let (what_field, what_rule) = (format!("a parameter of {what}"), format!("a parameter rule of {what}"));
    super::rules::check_rule_list(
        api,
        collector,
        (file, &at("/parameter_rules")),
        &operation.parameter_rules,
        &known,
        (&what_field, &what_rule),
    );
    if operation.auth != "none" && !schemes.contains(&operation.auth) {
        collector.report(file, &at("/auth"), format!("auth scheme {} is not declared", operation.auth));
    }
    if let Some(mode) = &operation.mode
        && !modes.contains(mode)
    {
        collector.report(file, &at("/mode"), format!("mode {mode} is not declared"));
    }
    match (&operation.request, operation.content_type) {
        (Some(_), ContentType::None) => {
            collector.report(file, &at("/content_type"), format!("{what} has a request body but no content type"))
        }
        (None, ContentType::Json | ContentType::Form) => {
            collector.report(file, &at("/content_type"), format!("{what} has a content type but no request message"))
        }
        _ => {}
    }
    if let Some(request) = &operation.request
        && api.message(request).is_none()
    {
        collector.report(file, &at("/request"), format!("message {request} is not declared"));
    }
    let mut statuses = BTreeSet::new();
    if operation.responses.is_empty() {
        collector.report(file, &at("/responses"), format!("{what} has no response"));
    }
    for (i, response) in operation.responses.iter().enumerate() {
        let response_at = at(&format!("/responses/{i}"));
        if !(100..=599).contains(&response.status) || !statuses.insert(response.status) {
            collector.report(
                file,
                &format!("{response_at}/status"),
                format!("status {} is outside 100–599 or listed twice", response.status),
            );
        }
        if let Some(discrepancy) = &response.tolerated {
            super::shape::check_discrepancy_ref(api, collector, file, &format!("{response_at}/tolerated"), discrepancy);
        }
        if let Some(message) = &response.message
            && api.message(message).is_none()
        {
            collector.report(file, &format!("{response_at}/message"), format!("message {message} is not declared"));
        }
        texts::check(collector, file, &format!("{response_at}/doc"), &response.doc, &format!("a response of {what}"));
    }
    for (i, code) in operation.errors.iter().enumerate() {
        match api.code(code) {
            None => collector.report(file, &at(&format!("/errors/{i}")), format!("code {code} is not in the catalog")),
            Some(entry) => {
                // A status outside 100–599 is reported with the code already.
                if let Some(status) = &entry.http_status
                    && (100..=599).contains(&status.value)
                    && !statuses.contains(&status.value)
                {
                    collector.report(
                        file,
                        &at(&format!("/errors/{i}")),
                        format!(
                            "{what} may answer {code} (HTTP {}) but declares no {} response",
                            status.value, status.value
                        ),
                    );
                }
            }
        }
    }
    for (i, rule) in operation.parameter_rules.iter().enumerate() {
        if let RuleCheck::RequiredIf { when, .. } = &rule.check
            && !when.equals.is_string()
        {
            collector.report(
                file,
                &at(&format!("/parameter_rules/{i}/check/when/equals")),
                format!(
                    "parameters travel as text: write the value {} as the string sent (e.g. \"true\", \"6\")",
                    when.equals
                ),
            );
        }
        if let Some(code) = &rule.error
            && !operation.errors.contains(code)
        {
            collector.report(
                file,
                &at(&format!("/parameter_rules/{i}/error")),
                format!("code {code} answers a parameter rule of {what} but is not among its `errors`"),
            );
        }
    }
    let mut groups = BTreeSet::new();
    for (i, group) in operation.error_groups.iter().enumerate() {
        let pointer = at(&format!("/error_groups/{i}"));
        match api.group(group) {
            None => collector.report(file, &pointer, format!("group {group} is not declared")),
            Some(declared) if declared.passthrough.is_none() => collector.report(
                file,
                &pointer,
                format!("group {group} is not a pass-through group: list the codes it may answer in `errors`"),
            ),
            Some(_) if !groups.insert(group.as_str()) => {
                collector.report(file, &pointer, format!("group {group} is listed twice"))
            }
            Some(_) => {}
        }
    }
    texts::check(collector, file, &at("/doc"), &operation.doc, &what);
}

/// The names of `{name}` segments in a path.
pub fn path_parameters(path: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.insert(after[..close].to_owned());
        rest = &after[close + 1..];
    }
    names
}
