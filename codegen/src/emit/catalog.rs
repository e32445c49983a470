//! `generated/catalog/<api>.json`: the machine-readable error catalog of one API, with both languages, retry advice,
//! who must act, and the provenance of every value.

use serde::Serialize;

use crate::model::{Actor, ErrorCode, ErrorGroup, Lang, PassthroughOrigin, PlaceholderType, Provenance, Retry, Texts};
use crate::spec::ApiSpec;

/// The catalog file of one API.
#[derive(Debug, Serialize)]
pub struct Catalog<'a> {
    /// The "generated from" line.
    #[serde(rename = "$comment")]
    pub comment: String,
    /// The API's id.
    pub api: &'a str,
    /// The API's title.
    pub title: &'a str,
    /// The groups, in spec order.
    pub groups: Vec<CatalogGroup<'a>>,
    /// The HTTP statuses the vendor documents for the whole API, with their meanings.
    pub http_statuses: Vec<CatalogHttpStatus<'a>>,
    /// One entry per code, and one per pass-through group, grouped in group order.
    pub entries: Vec<Entry<'a>>,
}

/// An HTTP status and its meaning.
#[derive(Debug, Serialize)]
pub struct CatalogHttpStatus<'a> {
    /// The status.
    pub status: u16,
    /// Its short meaning.
    pub meaning: Messages<'a>,
    /// What it means in this API.
    pub description: Messages<'a>,
    /// Where it comes from.
    pub provenance: &'a Provenance,
}

/// A group in the catalog.
#[derive(Debug, Serialize)]
pub struct CatalogGroup<'a> {
    /// The group's wire id.
    pub id: &'a str,
    /// What the group means.
    pub description: Messages<'a>,
    /// For pass-through groups, whose codes and messages they carry.
    pub passthrough: Option<PassthroughOrigin>,
}

/// One catalog entry.
#[derive(Debug, Serialize)]
pub struct Entry<'a> {
    /// The wire code; `null` for a pass-through group's entry, whose codes come from another party.
    pub code: Option<&'a str>,
    /// The group's id.
    pub group: &'a str,
    /// The HTTP status, or `null` where the vendor gives none.
    pub http_status: Option<u16>,
    /// The vendor's pseudo-status (not an HTTP status), or `null`.
    pub pseudo_status: Option<u16>,
    /// Whether and how to retry.
    pub retry: Retry,
    /// For a pass-through entry, ranges of the other party's numeric codes with another retry advice (with its
    /// provenance); empty otherwise.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub retry_by_code: &'a [crate::model::CodeRangeRetry],
    /// Who must act.
    pub actor: Actor,
    /// The message in each language, with `{n}` placeholders.
    pub messages: Messages<'a>,
    /// The vendor's example scenario, where given.
    pub scenario: Option<Messages<'a>>,
    /// The vendor's advice, where given.
    pub solution: Option<Messages<'a>>,
    /// The placeholders of the message.
    pub placeholders: Vec<CatalogPlaceholder<'a>>,
    /// For a pass-through entry, whose code and message the API passes on.
    pub passthrough: Option<PassthroughOrigin>,
    /// The id of the message in the Fluent files.
    pub fluent_id: String,
    /// Where each value comes from.
    pub provenance: EntryProvenance<'a>,
}

/// A text in both languages.
#[derive(Debug, Serialize)]
pub struct Messages<'a> {
    /// English.
    pub en: &'a str,
    /// Turkish.
    pub tr: &'a str,
}

/// A placeholder in the catalog.
#[derive(Debug, Serialize)]
pub struct CatalogPlaceholder<'a> {
    /// The number in `{n}`.
    pub index: u8,
    /// The argument's name (the Fluent variable).
    pub name: &'a str,
    /// The argument's type.
    #[serde(rename = "type")]
    pub kind: PlaceholderType,
}

/// The provenance of an entry's values.
#[derive(Debug, Serialize)]
pub struct EntryProvenance<'a> {
    /// Of the code's identity (for pass-through entries, of the group).
    pub code: &'a Provenance,
    /// Of each message text.
    pub messages: LangProvenance<'a>,
    /// Of the HTTP status or pseudo-status, where there is one.
    pub status: Option<&'a Provenance>,
    /// Of the retry advice.
    pub retry: &'a Provenance,
    /// Of the actor.
    pub actor: &'a Provenance,
}

/// A provenance per language.
#[derive(Debug, Serialize)]
pub struct LangProvenance<'a> {
    /// English.
    pub en: Option<&'a Provenance>,
    /// Turkish.
    pub tr: Option<&'a Provenance>,
}

/// The Fluent message id of a code or pass-through group.
pub fn fluent_id(api: &ApiSpec, code_or_group: &str) -> String {
    format!("{}-{code_or_group}", api.id)
}

/// Builds the catalog of a validated API.
pub fn catalog(api: &ApiSpec) -> Catalog<'_> {
    let mut entries = Vec::new();
    for group in &api.groups {
        if let Some(entry) = passthrough_entry(api, group) {
            entries.push(entry);
        }
        entries.extend(api.codes_of(&group.id).map(|code| code_entry(api, code)));
    }
    Catalog {
        comment: super::header::line(&api.spec_folder()),
        api: &api.id,
        title: &api.info.title,
        groups: api
            .groups
            .iter()
            .map(|g| CatalogGroup {
                id: &g.id,
                description: messages(&g.description),
                passthrough: g.passthrough.as_ref().map(|p| p.origin.value),
            })
            .collect(),
        http_statuses: api
            .http_statuses
            .iter()
            .map(|s| CatalogHttpStatus {
                status: s.status,
                meaning: messages(&s.meaning),
                description: messages(&s.description),
                provenance: &s.provenance,
            })
            .collect(),
        entries,
    }
}

fn text(texts: &Texts, lang: Lang) -> &str {
    texts.get(lang).map_or("", |t| t.text.as_str())
}

fn messages(texts: &Texts) -> Messages<'_> {
    Messages { en: text(texts, Lang::En), tr: text(texts, Lang::Tr) }
}

fn lang_provenance(texts: &Texts) -> LangProvenance<'_> {
    LangProvenance { en: texts.en.as_ref().map(|t| &t.provenance), tr: texts.tr.as_ref().map(|t| &t.provenance) }
}

fn code_entry<'a>(api: &ApiSpec, code: &'a ErrorCode) -> Entry<'a> {
    let status = code.http_status.as_ref().or(code.pseudo_status.as_ref());
    Entry {
        code: Some(&code.code),
        group: &code.group,
        http_status: code.http_status.as_ref().map(|s| s.value),
        pseudo_status: code.pseudo_status.as_ref().map(|s| s.value),
        retry: code.retry.value,
        retry_by_code: &[],
        actor: code.actor.value,
        messages: messages(&code.messages),
        scenario: code.scenario.as_ref().map(messages),
        solution: code.solution.as_ref().map(messages),
        placeholders: code
            .placeholders
            .iter()
            .map(|p| CatalogPlaceholder { index: p.index, name: &p.name, kind: p.kind })
            .collect(),
        passthrough: None,
        fluent_id: fluent_id(api, &code.code),
        provenance: EntryProvenance {
            code: &code.provenance,
            messages: lang_provenance(&code.messages),
            status: status.map(|s| &s.provenance),
            retry: &code.retry.provenance,
            actor: &code.actor.provenance,
        },
    }
}

fn passthrough_entry<'a>(api: &ApiSpec, group: &'a ErrorGroup) -> Option<Entry<'a>> {
    let passthrough = group.passthrough.as_ref()?;
    Some(Entry {
        code: None,
        group: &group.id,
        http_status: passthrough.http_status.as_ref().map(|s| s.value),
        pseudo_status: None,
        retry: passthrough.retry.value,
        retry_by_code: &passthrough.retry_by_code,
        actor: passthrough.actor.value,
        messages: messages(&passthrough.messages),
        scenario: None,
        solution: None,
        placeholders: Vec::new(),
        passthrough: Some(passthrough.origin.value),
        fluent_id: fluent_id(api, &group.id),
        provenance: EntryProvenance {
            code: &passthrough.origin.provenance,
            messages: lang_provenance(&passthrough.messages),
            status: passthrough.http_status.as_ref().map(|s| &s.provenance),
            retry: &passthrough.retry.provenance,
            actor: &passthrough.actor.provenance,
        },
    })
}
