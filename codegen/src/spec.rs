//! The loaded spec: every API's sections merged from its files, each element remembering where it was written.

use crate::model::{
    ApiInfo, AuthScheme, CodeLock, Discrepancy, EnumType, ErrorCode, ErrorGroup, ErrorWire, Example, HttpStatus,
    Lifecycle, Message, Mode, Operation, Precedence, Server, Signing, Timer,
};

/// A spec element and where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    /// The file, relative to the repository root (e.g. `spec/wiapay/errors.json`).
    pub file: String,
    /// The JSON pointer of the element in that file.
    pub pointer: String,
    /// The element.
    pub value: T,
}

impl<T> std::ops::Deref for Located<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// The whole spec: every API, sorted by id.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// The APIs.
    pub apis: Vec<ApiSpec>,
}

/// One API's spec, merged from the files of its folder.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiSpec {
    /// The API's id: the folder name (`iyzico-terminal`, `finrota-pws`, `wiapay`).
    pub id: String,
    /// The API's identity.
    pub info: Located<ApiInfo>,
    /// Error groups, in the order written.
    pub groups: Vec<Located<ErrorGroup>>,
    /// Error codes, in the order written.
    pub codes: Vec<Located<ErrorCode>>,
    /// The HTTP statuses the vendor documents, in the order written.
    pub http_statuses: Vec<Located<HttpStatus>>,
    /// Servers, in the order written.
    pub servers: Vec<Located<Server>>,
    /// Modes, in the order written.
    pub modes: Vec<Located<Mode>>,
    /// Authentication schemes, in the order written.
    pub auth_schemes: Vec<Located<AuthScheme>>,
    /// Signing recipes, in the order written.
    pub signing: Vec<Located<Signing>>,
    /// Operations, in the order written.
    pub operations: Vec<Located<Operation>>,
    /// Messages, in the order written.
    pub messages: Vec<Located<Message>>,
    /// Enumerations, in the order written.
    pub enums: Vec<Located<EnumType>>,
    /// Discrepancies, in the order written.
    pub discrepancies: Vec<Located<Discrepancy>>,
    /// Lifecycles, in the order written.
    pub lifecycles: Vec<Located<Lifecycle>>,
    /// Timers, in the order written.
    pub timers: Vec<Located<Timer>>,
    /// The order of a server's checks.
    pub precedence: Option<Located<Precedence>>,
    /// The name of the message that is the API's error envelope.
    pub error_envelope: Option<Located<String>>,
    /// How the API answers errors in the server direction.
    pub error_wire: Option<Located<ErrorWire>>,
    /// The code lock.
    pub lock: Option<Located<CodeLock>>,
    /// Examples, in the order written.
    pub examples: Vec<Located<Example>>,
}

/// How many elements of each kind an API's spec holds, as `cargo xtask validate` prints them and the README tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Error groups.
    pub groups: usize,
    /// Error codes.
    pub codes: usize,
    /// Operations (callbacks included).
    pub operations: usize,
    /// Messages.
    pub messages: usize,
    /// Enumerations.
    pub enums: usize,
    /// Discrepancies.
    pub discrepancies: usize,
    /// Lifecycles.
    pub lifecycles: usize,
    /// Examples.
    pub examples: usize,
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} groups, {} codes, {} operations, {} messages, {} enums, {} discrepancies, {} lifecycles, {} examples",
            self.groups,
            self.codes,
            self.operations,
            self.messages,
            self.enums,
            self.discrepancies,
            self.lifecycles,
            self.examples
        )
    }
}

impl ApiSpec {
    /// How many elements of each kind the API's spec holds.
    pub fn counts(&self) -> Counts {
        Counts {
            groups: self.groups.len(),
            codes: self.codes.len(),
            operations: self.operations.len(),
            messages: self.messages.len(),
            enums: self.enums.len(),
            discrepancies: self.discrepancies.len(),
            lifecycles: self.lifecycles.len(),
            examples: self.examples.len(),
        }
    }

    /// The group with this id.
    pub fn group(&self, id: &str) -> Option<&ErrorGroup> {
        self.groups.iter().map(|g| &g.value).find(|g| g.id == id)
    }

    /// The message with this name.
    pub fn message(&self, name: &str) -> Option<&Message> {
        self.messages.iter().map(|m| &m.value).find(|m| m.name == name)
    }

    /// The enumeration with this name.
    pub fn enumeration(&self, name: &str) -> Option<&EnumType> {
        self.enums.iter().map(|e| &e.value).find(|e| e.name == name)
    }

    /// The operation with this id.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().map(|o| &o.value).find(|o| o.id == id)
    }

    /// The lifecycle with this id.
    pub fn lifecycle(&self, id: &str) -> Option<&Lifecycle> {
        self.lifecycles.iter().map(|l| &l.value).find(|l| l.id == id)
    }

    /// The timer with this id.
    pub fn timer(&self, id: &str) -> Option<&Timer> {
        self.timers.iter().map(|t| &t.value).find(|t| t.id == id)
    }

    /// The code with this wire code.
    pub fn code(&self, code: &str) -> Option<&ErrorCode> {
        self.codes.iter().map(|c| &c.value).find(|c| c.code == code)
    }

    /// The codes of the group with this id, in the order written.
    pub fn codes_of<'a>(&'a self, group: &'a str) -> impl Iterator<Item = &'a ErrorCode> + 'a {
        self.codes.iter().map(|c| &c.value).filter(move |c| c.group == group)
    }

    /// Every code in catalog order: by group in the order the groups are written, then in the order written.
    /// Every emitter lists codes in this order.
    pub fn codes_in_catalog_order(&self) -> Vec<&ErrorCode> {
        self.groups.iter().flat_map(|group| self.codes_of(&group.id)).collect()
    }

    /// The number a source (a seed file name or URL, as `provenance.source` cites it) has in the API's list of
    /// sources, counted from 1: the docs cite it as `S<number>` and the generated tables carry it. `0` when the
    /// API does not list it (the validator reports that).
    pub fn source_number(&self, source: &str) -> usize {
        self.info.sources.iter().position(|s| s.source == source).map_or(0, |i| i + 1)
    }

    /// The folder of the API's spec files, for "generated from" lines.
    pub fn spec_folder(&self) -> String {
        format!("spec/{}/", self.id)
    }
}
