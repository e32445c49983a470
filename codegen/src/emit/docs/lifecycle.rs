//! The page of one lifecycle: a Mermaid state diagram generated from its tables, then its states, transitions with
//! their guards and effects, refusals with the exact error, attributes and how calls name an instance.

use crate::model::{Lifecycle, SignalOn, Transition};
use crate::spec::ApiSpec;

use super::errors::code_link;
use super::guards;
use super::md::{Page, anchor, code, header, mark, table};

/// The page's path inside the book's `src/`.
pub fn path(api: &ApiSpec, lifecycle: &Lifecycle) -> String {
    format!("{}/lifecycles/{}.md", api.id, lifecycle.id)
}

/// The Mermaid id of a state (prefixed, so no state id can be a Mermaid keyword).
fn node(state: &str) -> String {
    format!("s_{state}")
}

fn cause(transition: &Transition) -> String {
    match (&transition.operation, &transition.event) {
        (Some(operation), _) => operation.clone(),
        (None, Some(event)) => format!("({})", event.id),
        (None, None) => String::new(),
    }
}

/// The Mermaid state diagram, each arrow labelled with its cause and the number of its row in the table.
pub fn diagram(lifecycle: &Lifecycle) -> String {
    let mut out = String::from("```mermaid\nstateDiagram-v2\n");
    for state in &lifecycle.states {
        out.push_str(&format!("    state \"{}\" as {}\n", state.id, node(&state.id)));
    }
    for state in lifecycle.states.iter().filter(|s| s.initial) {
        out.push_str(&format!("    [*] --> {}\n", node(&state.id)));
    }
    for (i, transition) in lifecycle.transitions.iter().enumerate() {
        out.push_str(&format!(
            "    {} --> {}: T{} {}\n",
            node(&transition.from),
            node(&transition.to),
            i + 1,
            cause(transition)
        ));
    }
    for state in lifecycle.states.iter().filter(|s| s.terminal) {
        out.push_str(&format!("    {} --> [*]\n", node(&state.id)));
    }
    out.push_str("```\n\n");
    out
}

fn operation_link(page: &Page, api: &ApiSpec, id: &str) -> String {
    match api.operation(id) {
        Some(op) => format!("[{}]({})", code(id), page.api_href(&format!("operations/{}.md", op.id), None)),
        None => code(id),
    }
}

/// The page of a lifecycle.
pub fn page(page: &Page, api: &ApiSpec, lifecycle: &Lifecycle) -> String {
    let w = page.w();
    let mut out = header(&api.spec_folder());
    out.push_str(&format!("# {} {{#lifecycle}}\n\n", lifecycle.id));
    out.push_str(&format!("{} — {}\n\n", page.text(&lifecycle.doc), page.prov(&lifecycle.provenance)));
    out.push_str(&format!("## {} {{#diagram}}\n\n", w.state_diagram));
    out.push_str(&diagram(lifecycle));
    out.push_str(&format!("## {} {{#states}}\n\n", w.states));
    let rows: Vec<Vec<String>> = lifecycle
        .states
        .iter()
        .map(|s| {
            let mut flags = Vec::new();
            if s.initial {
                flags.push(w.initial);
            }
            if s.terminal {
                flags.push(w.terminal);
            }
            let flags = if flags.is_empty() { String::new() } else { format!(" ({})", flags.join(", ")) };
            vec![
                format!("{}{}{flags}", mark(&anchor("state", &s.id)), code(&s.id)),
                page.text(&s.doc),
                page.prov(&s.provenance),
            ]
        })
        .collect();
    table(&mut out, &[w.state, w.description, w.source], &rows);
    out.push_str(&format!("## {} {{#transitions}}\n\n", w.transitions));
    let rows: Vec<Vec<String>> = lifecycle
        .transitions
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let cause = match (&t.operation, &t.event) {
                (Some(op), _) => operation_link(page, api, op),
                (None, Some(event)) => format!("{} {}: {}", w.event, code(&event.id), page.text(&event.doc)),
                (None, None) => String::new(),
            };
            let condition = match (&t.when, &t.guard) {
                (Some(when), Some(words)) => format!("{}<br>{}", page.text(words), code(&guards::guard(when))),
                (Some(when), None) => code(&guards::guard(when)),
                _ => w.always.to_owned(),
            };
            let effects: Vec<String> = t.effects.iter().map(|e| code(&guards::effect(e))).collect();
            vec![
                format!("{}T{}", mark(&format!("t{}", i + 1)), i + 1),
                format!("[{}](#{})", code(&t.from), anchor("state", &t.from)),
                format!("[{}](#{})", code(&t.to), anchor("state", &t.to)),
                cause,
                condition,
                effects.join("<br>"),
                page.prov(&t.provenance),
            ]
        })
        .collect();
    table(&mut out, &["#", w.from, w.to, w.cause, w.condition, w.effects, w.source], &rows);
    if !lifecycle.forbidden.is_empty() {
        out.push_str(&format!("## {} {{#refusals}}\n\n", w.refusals));
        let rows: Vec<Vec<String>> = lifecycle
            .forbidden
            .iter()
            .map(|f| {
                let condition = match (&f.when, &f.guard) {
                    (Some(when), Some(words)) => format!("{}<br>{}", page.text(words), code(&guards::guard(when))),
                    (Some(when), None) => code(&guards::guard(when)),
                    _ => w.always.to_owned(),
                };
                let arguments: Vec<String> = f
                    .error
                    .arguments
                    .iter()
                    .map(|(name, value)| code(&format!("{name} = {}", guards::operand(value))))
                    .collect();
                vec![
                    format!("[{}](#{})", code(&f.state), anchor("state", &f.state)),
                    operation_link(page, api, &f.operation),
                    condition,
                    format!(
                        "{} (HTTP {}){}",
                        code_link(page, &f.error.code),
                        f.error.http_status,
                        if arguments.is_empty() { String::new() } else { format!("<br>{}", arguments.join(", ")) }
                    ),
                    page.prov(&f.provenance),
                ]
            })
            .collect();
        table(&mut out, &[w.state, w.operations, w.condition, w.error, w.source], &rows);
    }
    if !lifecycle.signals.is_empty() {
        out.push_str(&format!("## {} {{#signals}}\n\n", w.signals));
        let rows: Vec<Vec<String>> = lifecycle
            .signals
            .iter()
            .map(|signal| {
                let told = match &signal.on {
                    SignalOn::AnswerCode(c) => format!("{} {}", w.answer_carrying, code_link(page, c)),
                    SignalOn::Answer => w.answer_to_mover.to_owned(),
                };
                let key: Vec<String> =
                    signal.key.iter().map(|(attr, op)| code(&format!("{attr} = {}", guards::operand(op)))).collect();
                vec![code(&signal.event), told, key.join(", "), page.prov(&signal.provenance)]
            })
            .collect();
        table(&mut out, &[w.event_column, w.told_by, w.instance, w.source], &rows);
    }
    if !lifecycle.attributes.is_empty() {
        out.push_str(&format!("## {} {{#attributes}}\n\n", w.attributes));
        let rows: Vec<Vec<String>> = lifecycle
            .attributes
            .iter()
            .map(|a| {
                vec![code(&a.id), format!("{:?}", a.kind).to_lowercase(), page.text(&a.doc), page.prov(&a.provenance)]
            })
            .collect();
        table(&mut out, &[w.name, w.kind, w.description, w.source], &rows);
    }
    if let Some(instance) = &lifecycle.instance {
        out.push_str(&format!("## {} {{#instances}}\n\n", w.instance));
        out.push_str(&format!("{} — {}\n\n", page.text(&instance.doc), page.prov(&instance.provenance)));
        for key in &instance.keys {
            let matches: Vec<String> =
                key.matches.iter().map(|(attr, op)| code(&format!("{attr} = {}", guards::operand(op)))).collect();
            let each = if key.each { " (each)" } else { "" };
            out.push_str(&format!("- {}{each}: {}\n", operation_link(page, api, &key.operation), matches.join(", ")));
        }
        out.push('\n');
    }
    out
}
