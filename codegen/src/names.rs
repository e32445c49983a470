//! The names the generator keeps for itself, shared by the emitters (which write them) and the validator (which
//! keeps spec items off them): what every generated module imports and defines, the Rust prelude, the keywords, the
//! associated items of generated enums, and the names derived from spec items (schema files, parameter structs,
//! reply enums). A leaf: it reads only the spec model, so imports flow model → spec → validate → load → emit.

use std::collections::BTreeMap;

use crate::model::{Message, Operation};

/// The names of `crate_files.rs`.
pub mod crate_files {
    /// The crate root's own module of support code; no API module may take its name.
    pub const SUPPORT_MODULE: &str = "support";

    /// What `lib.rs` re-exports from the support module (as written in its `use` item). Users glob-import the crate
    /// root and an API module side by side, so spec names must not take the last segments either.
    pub const LIB_IMPORTS: &[&str] = &[
        "support::Actor",
        "support::AllowedIn",
        "support::Decimal",
        "support::DecimalWire",
        "support::Integration",
        "support::Lang",
        "support::Mode",
        "support::Open",
        "support::Operation",
        "support::OperationInfo",
        "support::PassthroughOrigin",
        "support::Piece",
        "support::PreparedRequest",
        "support::Retry",
        "support::UnknownWireValue",
        "support::WireEnum",
    ];

    /// What `lib.rs` defines besides one module per API.
    pub const LIB_DEFINES: &[&str] =
        &[SUPPORT_MODULE, "APIS", "round_trip", "signing_recipes", super::schemas::FEATURE];

    /// What each API's `mod.rs` imports (as written in its `use` items; the globs re-export the spec's own names).
    pub const API_MOD_IMPORTS: &[&str] = &[
        "errors::Code",
        "errors::Error",
        "errors::Group",
        "messages::*",
        "enums::*",
        "operations::*",
        "lifecycles::*",
        "world::*",
        "signing::*",
        "routes::*",
        "servers::*",
        "replies::*",
        "decode::*",
    ];

    /// What each API's `mod.rs` defines: its modules, its identity and its sources.
    pub const API_MOD_DEFINES: &[&str] = &[
        "errors",
        "messages",
        "enums",
        "operations",
        "lifecycles",
        "world",
        "signing",
        "routes",
        "servers",
        "shapes",
        "envelopes",
        "replies",
        "decode",
        "API_ID",
        "TITLE",
        "SOURCES",
    ];
}

/// The names of `decode.rs`.
pub mod decode {
    /// What `decode.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] = &[
        "super::errors::Code",
        "super::errors::Error",
        "super::operations::*",
        "super::messages::*",
        "super::shapes",
        "crate::support::BodyEncoding",
        "crate::support::Decoded",
        "crate::support::IncomingRequest",
        "crate::support::Lang",
        "crate::support::Method",
        "crate::support::NoBody",
        "crate::support::NoParameters",
        "crate::support::Problem",
    ];

    /// What `decode.rs` defines.
    pub const DEFINES: &[&str] =
        &["DecodeError", "DecodedRequest", "Refusal", "decode", "decode_view", "receive", "request_invalid_code"];
}

/// The names of `enums.rs`.
pub mod enums {
    /// What `enums.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] = &["crate::support::WireEnum", "crate::support::wire_enum_traits"];

    /// What `enums.rs` defines besides the spec's enumerations.
    pub const DEFINES: &[&str] = &[];
}

/// The names of `envelopes.rs`.
pub mod envelopes {
    /// What `envelopes.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] =
        &["super::errors::Code", "super::errors::Error", "crate::support::Lang", "super::messages::*"];

    /// What `envelopes.rs` defines besides its `impl` blocks.
    pub const DEFINES: &[&str] = &["wire_group"];
}

/// The names of `errors.rs`.
pub mod errors {
    /// What `errors.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] = &[
        "crate::support::Actor",
        "crate::support::Lang",
        "crate::support::PassthroughOrigin",
        "crate::support::Piece",
        "crate::support::Retry",
        "crate::support::WireEnum",
        "crate::support::wire_enum_traits",
    ];

    /// What `errors.rs` defines: the group, code and error enums, and the helper that reads arguments back.
    pub const DEFINES: &[&str] = &["Group", "Code", "CODE_PROVENANCE", "Error", "arguments"];
}

/// The names of `lifecycles.rs`.
pub mod lifecycles {
    /// What `lifecycles.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] = &[
        "crate::support::AttributeInfo",
        "crate::support::Basis",
        "crate::support::CatalogCode",
        "crate::support::Cause",
        "crate::support::Check",
        "crate::support::ClientReferenceInfo",
        "crate::support::ClockReading",
        "crate::support::Comparison",
        "crate::support::Credential",
        "crate::support::EffectInfo",
        "crate::support::ErrorFacet",
        "crate::support::ForbiddenInfo",
        "crate::support::GuardInfo",
        "crate::support::KeyInfo",
        "crate::support::Lang",
        "crate::support::LifecycleInfo",
        "crate::support::Literal",
        "crate::support::OperandInfo",
        "crate::support::Outcome",
        "crate::support::OutcomeInfo",
        "crate::support::Piece",
        "crate::support::StateMachine",
        "crate::support::TimerInfo",
        "crate::support::TransitionInfo",
        "crate::support::ValueKind",
        "crate::support::WireEnum",
        "super::errors::Code",
        "super::operations::OperationId",
    ];

    /// What `lifecycles.rs` defines besides the spec's state enums.
    pub const DEFINES: &[&str] =
        &["LifecycleId", "TIMERS", "PRECEDENCE", "outcome_of", "RESPONSE_FIELDS_READ", "SIGNALS"];

    /// The associated constants of every state enum; a state of one of these names would shadow it (`Self::ALL` would
    /// name the state), so states must not take them.
    pub const STATE_CONSTANTS: &[&str] = &["ALL", "INITIAL", "LIFECYCLE"];
}

/// The names of `messages.rs`.
pub mod messages {
    /// What `messages.rs` may import (as written in its `use` items; some only when a message needs them); spec names
    /// must not take the last segments.
    pub const IMPORTS: &[&str] = &[
        "std::collections::BTreeMap",
        "serde::Deserialize",
        "serde::Serialize",
        "crate::support::RuleInfo",
        "crate::support::broken_rules",
        "super::errors::Code",
        "super::errors::Group",
        "crate::support::RuleKind",
        "super::enums::*",
    ];

    /// What `messages.rs` defines besides the spec's messages.
    pub const DEFINES: &[&str] = &["MESSAGE_NAMES", "ECHOES", "echoes", "round_trip", "redact"];
}

/// The names of `operations.rs`.
pub mod operations {
    /// The name of the marker of operations common to every mode.
    pub const COMMON: &str = "Common";

    /// What `operations.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] = &[
        "crate::support::AllowedIn",
        "crate::support::BodyEncoding",
        "crate::support::Direction",
        "crate::support::Method",
        "crate::support::Mode",
        "crate::support::NoBody",
        "crate::support::NoParameters",
        "crate::support::Operation",
        "crate::support::OperationInfo",
        "crate::support::ParameterIn",
        "crate::support::Parameters",
        "crate::support::ResponseInfo",
        "super::messages::*",
        "super::enums::*",
    ];

    /// What `operations.rs` defines besides the spec's operations, modes and parameter structs.
    pub const DEFINES: &[&str] = &[COMMON, "OPERATIONS", "REQUEST_LANGUAGE", OPERATION_ID];

    /// The name of the enum of an API's operations (one variant per operation, named by its `rust_name`).
    pub const OPERATION_ID: &str = "OperationId";
}

/// The names of `replies.rs`.
pub mod replies {
    /// What `replies.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] = &[
        "super::errors::Code",
        "super::errors::Error",
        "super::errors::Group",
        "super::operations::OperationId",
        "crate::support::EncodedReply",
        "crate::support::Lang",
        "crate::support::ReplyDecodeError",
        "super::messages::*",
    ];

    /// What `replies.rs` defines besides one reply enum per operation.
    pub const DEFINES: &[&str] = &["error_status", "error_reply"];
}

/// The names of `routes.rs`.
pub mod routes {
    /// What `routes.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] =
        &["crate::support::Method", "crate::support::RouteEntry", "super::operations::OperationId"];

    /// What `routes.rs` defines.
    pub const DEFINES: &[&str] = &["Route", "ROUTES", "route"];
}

/// The names of `schemas.rs`.
pub mod schemas {
    /// The crate feature that compiles the module in.
    pub const FEATURE: &str = "schemas";

    /// What `schemas.rs` defines.
    pub const DEFINES: &[&str] = &["SCHEMAS", "schema"];
}

/// The names of `servers.rs`.
pub mod servers {
    /// What `servers.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] =
        &["crate::support::AuthSchemeInfo", "crate::support::AuthSchemeKind", "crate::support::ServerInfo"];

    /// What `servers.rs` defines.
    pub const DEFINES: &[&str] = &["SERVERS", "AUTH_SCHEMES"];
}

/// The names of `shapes.rs`.
pub mod shapes {
    /// What `shapes.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] = &[
        "crate::support::DecimalBound",
        "crate::support::FieldShape",
        "crate::support::MessageShape",
        "crate::support::ParameterIn",
        "crate::support::Problem",
        "crate::support::ShapeKind",
        "crate::support::check_message_value",
        "crate::support::malformed_body",
        "crate::support::to_wire_forms",
    ];

    /// What `shapes.rs` defines besides one static per message and parameter struct.
    pub const DEFINES: &[&str] = &["check_message"];
}

/// The names of `signing.rs`.
pub mod signing {
    /// What `signing.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] = &[
        "crate::support::AuthCheck",
        "crate::support::AuthCheckInfo",
        "crate::support::AuthFailure",
        "crate::support::Basis",
        "crate::support::SignatureAuth",
        "crate::support::SignedPart",
        "crate::support::SigningRecipe",
        "super::errors::Error",
    ];

    /// What `signing.rs` defines besides the recipes' and the signature schemes' constants.
    pub const DEFINES: &[&str] = &["SIGNING_RECIPES", "SIGNATURE_AUTHS", "signature_auth", "authentication_error"];
}

/// The names of `world.rs`.
pub mod world {
    /// What `world.rs` imports (as written in its `use` items); spec names must not take the last segments.
    pub const IMPORTS: &[&str] = &[
        "crate::support::Basis",
        "crate::support::Cause",
        "crate::support::Check",
        "crate::support::Facts",
        "crate::support::KeyValues",
        "crate::support::Lang",
        "crate::support::Population",
        "crate::support::Provenance",
        "crate::support::Reach",
        "crate::support::Refusal",
        "crate::support::StateMachine",
        "crate::support::TransitionInfo",
        "crate::support::WireEnum",
        "std::cell::OnceCell",
        "super::errors::Code",
        "super::errors::Error",
        "super::lifecycles::*",
        "super::operations::OperationId",
    ];

    /// What `world.rs` defines.
    pub const DEFINES: &[&str] = &["World", "Reaches", "Refused", "Moved"];
}

/// The names the Rust prelude brings into every generated module (the type and value namespaces; derive macros live
/// apart). The generated code uses them unqualified (`String`, `Option`, `Some`, `Vec`, `Box`, `Result`, and traits
/// such as `ToString` and `Iterator` for its method calls), and `wire_enum_traits!` expands to `Result` where it is
/// called, so a spec item of one of these names would shadow them.
pub const PRELUDE: &[&str] = &[
    "std::marker::Copy",
    "std::marker::Send",
    "std::marker::Sized",
    "std::marker::Sync",
    "std::marker::Unpin",
    "std::ops::Drop",
    "std::ops::Fn",
    "std::ops::FnMut",
    "std::ops::FnOnce",
    "std::ops::AsyncFn",
    "std::ops::AsyncFnMut",
    "std::ops::AsyncFnOnce",
    "std::boxed::Box",
    "std::borrow::ToOwned",
    "std::clone::Clone",
    "std::cmp::PartialEq",
    "std::cmp::PartialOrd",
    "std::cmp::Eq",
    "std::cmp::Ord",
    "std::convert::AsRef",
    "std::convert::AsMut",
    "std::convert::Into",
    "std::convert::From",
    "std::convert::TryFrom",
    "std::convert::TryInto",
    "std::default::Default",
    "std::iter::Iterator",
    "std::iter::Extend",
    "std::iter::IntoIterator",
    "std::iter::DoubleEndedIterator",
    "std::iter::ExactSizeIterator",
    "std::iter::FromIterator",
    "std::future::Future",
    "std::future::IntoFuture",
    "std::option::Option",
    "std::option::Option::Some",
    "std::option::Option::None",
    "std::result::Result",
    "std::result::Result::Ok",
    "std::result::Result::Err",
    "std::string::String",
    "std::string::ToString",
    "std::vec::Vec",
];

/// The keywords UpperCamelCase admits: they cannot name a type or a variant, not even as raw identifiers.
pub const UPPER_CAMEL_KEYWORDS: &[&str] = &["Self"];

/// The associated items of every type given `WireEnum` and `wire_enum_traits!` (the spec's enumerations, `Group`,
/// `Code`): `WireEnum::ALL`, and `FromStr::Err`, which the macro writes as `Self::Err`. A variant of one of these
/// names would shadow them (`Code::ALL` would be the variant; `Self::Err` does not compile).
pub const WIRE_ENUM_ITEMS: &[&str] = &["WireEnum::ALL", "FromStr::Err"];

/// The generated files of an API module (and the crate root) with what each imports and defines itself: the names
/// the spec must leave to the generator. A name's diagnostic cites the first file listing it, so the files that
/// define or first import a name come before `mod.rs` and `lib.rs`, which re-export them.
pub(crate) const MODULES: &[(&str, &[&str], &[&str])] = &[
    ("<api>/errors.rs", errors::IMPORTS, errors::DEFINES),
    ("<api>/messages.rs", messages::IMPORTS, messages::DEFINES),
    ("<api>/enums.rs", enums::IMPORTS, enums::DEFINES),
    ("<api>/operations.rs", operations::IMPORTS, operations::DEFINES),
    ("<api>/lifecycles.rs", lifecycles::IMPORTS, lifecycles::DEFINES),
    ("<api>/world.rs", world::IMPORTS, world::DEFINES),
    ("<api>/signing.rs", signing::IMPORTS, signing::DEFINES),
    ("<api>/routes.rs", routes::IMPORTS, routes::DEFINES),
    ("<api>/servers.rs", servers::IMPORTS, servers::DEFINES),
    ("<api>/shapes.rs", shapes::IMPORTS, shapes::DEFINES),
    ("<api>/envelopes.rs", envelopes::IMPORTS, envelopes::DEFINES),
    ("<api>/replies.rs", replies::IMPORTS, replies::DEFINES),
    ("<api>/decode.rs", decode::IMPORTS, decode::DEFINES),
    ("<api>/mod.rs", crate_files::API_MOD_IMPORTS, crate_files::API_MOD_DEFINES),
    ("lib.rs", crate_files::LIB_IMPORTS, crate_files::LIB_DEFINES),
    ("schemas.rs", &[], schemas::DEFINES),
];

/// The last segment of a path: the name it brings into scope.
fn last_segment(path: &str) -> &str {
    path.rsplit("::").next().unwrap_or(path)
}

/// Every name the generator takes for itself in the module `rust_module`, each with why, for the validator's
/// diagnostics: the names the generated modules import or define (see [`MODULES`]), the Rust prelude and `Self`. No
/// message, enumeration, lifecycle, operation, parameter struct or mode may take one of them.
pub fn generated_names(rust_module: &str) -> BTreeMap<&'static str, String> {
    let mut names = BTreeMap::new();
    for keyword in UPPER_CAMEL_KEYWORDS {
        names.insert(*keyword, format!("`{keyword}` is a Rust keyword"));
    }
    for (file, imports, defines) in MODULES {
        let file = format!("generated/src/{}", file.replace("<api>", rust_module));
        for path in imports.iter().filter(|path| !path.ends_with('*')) {
            names.entry(last_segment(path)).or_insert_with(|| format!("{file} imports `{path}`"));
        }
        for name in *defines {
            names.entry(*name).or_insert_with(|| format!("{file} defines its own `{name}`"));
        }
    }
    for path in PRELUDE {
        names
            .entry(last_segment(path))
            .or_insert_with(|| format!("`{path}` is in the Rust prelude, which the generated code uses unqualified"));
    }
    names
}

/// The generated enums whose variants the spec names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variants {
    /// A spec enumeration, the error groups (`Group`) or the error codes (`Code`): all are `WireEnum`s.
    WireEnum,
    /// The states of a lifecycle.
    LifecycleState,
}

/// The names the variants of a generated enum cannot take, each with why.
pub fn reserved_variants(of: Variants) -> BTreeMap<&'static str, String> {
    let mut names = BTreeMap::new();
    for keyword in UPPER_CAMEL_KEYWORDS {
        names.insert(*keyword, format!("`{keyword}` is a Rust keyword"));
    }
    let items = match of {
        Variants::WireEnum => WIRE_ENUM_ITEMS,
        Variants::LifecycleState => lifecycles::STATE_CONSTANTS,
    };
    for item in items {
        let why = match of {
            Variants::WireEnum => format!("the generated enum has `{item}`"),
            Variants::LifecycleState => format!("the generated state enum has its own `{item}`"),
        };
        names.insert(last_segment(item), format!("{why}, which a variant of the same name would clash with"));
    }
    names
}

/// The file name of a message's schema: its name in kebab-case, e.g. `error-envelope.schema.json`.
pub fn file_name(message: &str) -> String {
    format!("{}.schema.json", kebab(message))
}

/// `ErrorEnvelope` → `error-envelope`.
pub fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The name of an operation's parameter struct.
pub fn parameters_name(operation: &Operation) -> String {
    format!("{}Parameters", operation.rust_name)
}

/// The name of the struct of a message's required fields, which its `new` takes when it has more than one.
pub fn required_name(message: &str) -> String {
    format!("{message}Required")
}

/// Whether a message's `new` takes a `<Message>Required` struct: when it has more than one required field, so that
/// no two can be swapped (with none or one, `new` takes them as arguments).
pub fn has_required_struct(message: &Message) -> bool {
    message.fields.iter().filter(|f| f.required).count() > 1
}

/// The name of an operation's reply enum.
pub fn reply_name(operation: &Operation) -> String {
    format!("{}Reply", operation.rust_name)
}
