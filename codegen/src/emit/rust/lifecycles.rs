//! `generated/src/<api>/lifecycles.rs`: the executable lifecycles. Per API a `LifecycleId`, the timers, the
//! precedence of checks and the outcome bindings; per lifecycle a state enum whose `StateMachine` tables (instance
//! keys, attributes, transitions with typed guards and effects, refusals with typed arguments) the support
//! evaluator runs, with operations, states and codes as typed ids.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::idents::{camel, ident};
use crate::model::{
    Basis, Check, ClockReading, Credential, Effect, ErrorFacet, EventKind, Guard, Lang, Lifecycle, Operand, Operation,
    Outcome, Provenance, Texts, ValueType,
};
use crate::spec::ApiSpec;
use crate::validate::{request_kind, response_kind};

fn english(texts: Option<&Texts>) -> TokenStream {
    match texts.and_then(|t| t.get(Lang::En)) {
        Some(text) => {
            let text = &text.text;
            quote! { Some(#text) }
        }
        None => quote! { None },
    }
}

fn basis(provenance: &Provenance) -> TokenStream {
    match provenance.basis {
        Basis::Vendor => quote! { Basis::Vendor },
        Basis::Translation => quote! { Basis::Translation },
        Basis::Decision => quote! { Basis::Decision },
    }
}

fn kind(value: ValueType) -> TokenStream {
    match value {
        ValueType::Text => quote! { ValueKind::Text },
        ValueType::Integer => quote! { ValueKind::Integer },
        ValueType::Decimal => quote! { ValueKind::Decimal },
        ValueType::Boolean => quote! { ValueKind::Boolean },
        ValueType::Instant => quote! { ValueKind::Instant },
        ValueType::Day => quote! { ValueKind::Day },
        ValueType::Duration => quote! { ValueKind::Duration },
    }
}

fn state_variant(lifecycle: &Lifecycle, id: &str) -> TokenStream {
    let name = lifecycle.states.iter().find(|s| s.id == id).map_or_else(|| ident("Unknown"), |s| ident(&s.rust_name));
    let state = ident(&lifecycle.rust_name);
    quote! { #state::#name }
}

fn operation_variant(api: &ApiSpec, id: &str) -> TokenStream {
    let name = api.operation(id).map_or_else(|| ident("Unknown"), |o| ident(&o.rust_name));
    quote! { OperationId::#name }
}

fn code_variant(api: &ApiSpec, code: &str) -> TokenStream {
    let name = api.code(code).map_or_else(|| ident("Unknown"), |c| ident(&c.rust_name));
    quote! { Code::#name }
}

/// Emits operands and guards of one context (the operation whose request and response they read).
struct Operands<'a> {
    api: &'a ApiSpec,
    operation: Option<&'a Operation>,
}

impl Operands<'_> {
    fn request(&self, path: &str, each: bool) -> TokenStream {
        let value = self.operation.and_then(|o| request_kind(self.api, o, path, each)).unwrap_or(ValueType::Text);
        kind(value)
    }

    fn operand(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Request(path) => {
                let kind = self.request(path, false);
                quote! { OperandInfo::Request(#path, #kind) }
            }
            Operand::Total(path) => {
                let kind = self.request(path, true);
                quote! { OperandInfo::Total(#path, #kind) }
            }
            Operand::Count(path) => quote! { OperandInfo::Count(#path) },
            Operand::Response(path) => {
                let value =
                    self.operation.and_then(|o| response_kind(self.api, o, path, false)).unwrap_or(ValueType::Text);
                let kind = kind(value);
                quote! { OperandInfo::Response(#path, #kind) }
            }
            Operand::Attribute(id) => quote! { OperandInfo::Attribute(#id) },
            Operand::Literal(value) => {
                let literal = literal(value);
                quote! { OperandInfo::Literal(#literal) }
            }
            Operand::Clock(ClockReading::Now) => quote! { OperandInfo::Clock(ClockReading::Now) },
            Operand::Clock(ClockReading::Today) => quote! { OperandInfo::Clock(ClockReading::Today) },
            Operand::Credential(which) => {
                let which = match which {
                    Credential::ClientId => quote! { Credential::ClientId },
                    Credential::Username => quote! { Credential::Username },
                    Credential::BearerToken => quote! { Credential::BearerToken },
                    Credential::ApiKey => quote! { Credential::ApiKey },
                };
                quote! { OperandInfo::Credential(#which) }
            }
            Operand::Timer(id) => quote! { OperandInfo::Timer(#id) },
            Operand::Sum(operands) => {
                let operands = operands.iter().map(|o| self.operand(o));
                quote! { OperandInfo::Sum(&[#(#operands),*]) }
            }
            Operand::Difference(pair) => {
                let (a, b) = (self.operand(&pair[0]), self.operand(&pair[1]));
                quote! { OperandInfo::Difference(&#a, &#b) }
            }
            Operand::Http(_) => quote! { OperandInfo::HttpStatus },
            Operand::Error(facet) => match facet {
                ErrorFacet::Code => quote! { OperandInfo::Error(ErrorFacet::Code) },
                ErrorFacet::Group => quote! { OperandInfo::Error(ErrorFacet::Group) },
                ErrorFacet::Retry => quote! { OperandInfo::Error(ErrorFacet::Retry) },
            },
        }
    }

    fn guard(&self, guard: &Guard) -> TokenStream {
        let compare = |comparison: TokenStream, pair: &[Operand; 2]| {
            let (a, b) = (self.operand(&pair[0]), self.operand(&pair[1]));
            quote! { GuardInfo::Compare(Comparison::#comparison, #a, #b) }
        };
        match guard {
            Guard::All(guards) => {
                let guards = guards.iter().map(|g| self.guard(g));
                quote! { GuardInfo::All(&[#(#guards),*]) }
            }
            Guard::Any(guards) => {
                let guards = guards.iter().map(|g| self.guard(g));
                quote! { GuardInfo::Any(&[#(#guards),*]) }
            }
            Guard::Not(inner) => {
                let inner = self.guard(inner);
                quote! { GuardInfo::Not(&#inner) }
            }
            Guard::Eq(pair) => compare(quote! { Eq }, pair),
            Guard::Ne(pair) => compare(quote! { Ne }, pair),
            Guard::Lt(pair) => compare(quote! { Lt }, pair),
            Guard::Le(pair) => compare(quote! { Le }, pair),
            Guard::Gt(pair) => compare(quote! { Gt }, pair),
            Guard::Ge(pair) => compare(quote! { Ge }, pair),
            Guard::Present(operand) => {
                let operand = self.operand(operand);
                quote! { GuardInfo::Present(#operand) }
            }
            Guard::Outcome(outcome) => {
                let outcome = outcome_tokens(*outcome);
                quote! { GuardInfo::Outcome(#outcome) }
            }
            Guard::StateOf(state_of) => {
                let lifecycle = &state_of.lifecycle;
                let states = &state_of.states;
                quote! { GuardInfo::StateOf(#lifecycle, &[#(#states),*]) }
            }
        }
    }

    fn when(&self, guard: Option<&Guard>) -> TokenStream {
        match guard {
            Some(guard) => {
                let guard = self.guard(guard);
                quote! { Some(#guard) }
            }
            None => quote! { None },
        }
    }
}

fn outcome_tokens(outcome: Outcome) -> TokenStream {
    match outcome {
        Outcome::Approved => quote! { Outcome::Approved },
        Outcome::Declined => quote! { Outcome::Declined },
        Outcome::Unknown => quote! { Outcome::Unknown },
    }
}

fn literal(value: &serde_json::Value) -> TokenStream {
    match value {
        serde_json::Value::Bool(flag) => quote! { Literal::Boolean(#flag) },
        serde_json::Value::String(text) => quote! { Literal::Text(#text) },
        serde_json::Value::Number(number) => match number.as_i64() {
            Some(whole) => {
                let whole = Literal::i64_unsuffixed(whole);
                quote! { Literal::Integer(#whole) }
            }
            None => {
                let digits = number.to_string();
                quote! { Literal::Decimal(#digits) }
            }
        },
        _ => quote! { Literal::Null },
    }
}

fn effect(operands: &Operands<'_>, effect: &Effect) -> TokenStream {
    match effect {
        Effect::Set { attribute, to } => {
            let to = operands.operand(to);
            quote! { EffectInfo::Set(#attribute, #to) }
        }
        Effect::Add { attribute, value } => {
            let value = operands.operand(value);
            quote! { EffectInfo::Add(#attribute, #value) }
        }
        Effect::Clear { attribute } => quote! { EffectInfo::Clear(#attribute) },
    }
}

fn lifecycle(api: &ApiSpec, lifecycle: &Lifecycle) -> TokenStream {
    let name = ident(&lifecycle.rust_name);
    let lifecycle_id = &lifecycle.id;
    let doc = format!(
        " The states of the lifecycle `{}`: {}",
        lifecycle.id,
        lifecycle.doc.get(Lang::En).map_or("", |t| t.text.as_str())
    );
    let variants: Vec<_> = lifecycle.states.iter().map(|s| ident(&s.rust_name)).collect();
    let docs = lifecycle.states.iter().map(|s| {
        let text = format!(" `{}`: {}", s.id, s.doc.get(Lang::En).map_or("", |t| t.text.as_str()));
        quote! { #[doc = #text] }
    });
    let ids: Vec<&str> = lifecycle.states.iter().map(|s| s.id.as_str()).collect();
    let initial = lifecycle.states.iter().find(|s| s.initial).map(|s| ident(&s.rust_name));
    let terminal: Vec<_> = lifecycle.states.iter().filter(|s| s.terminal).map(|s| ident(&s.rust_name)).collect();
    let attributes = lifecycle.attributes.iter().map(|a| {
        let id = &a.id;
        let kind = kind(a.kind);
        quote! { AttributeInfo { id: #id, kind: #kind } }
    });
    let client_reference = match lifecycle.instance.as_ref().and_then(|i| i.client_reference.as_ref()) {
        Some(reference) => {
            let attribute = &reference.attribute;
            let field = crate::validate::client_reference_field(lifecycle, attribute).unwrap_or_default();
            let reused = code_variant(api, &reference.reused);
            let basis = basis(&reference.provenance);
            let provenance = super::provenance::provenance(api, &reference.provenance);
            quote! {
                Some(ClientReferenceInfo {
                    attribute: #attribute,
                    field: #field,
                    reused: #reused,
                    basis: #basis,
                    provenance: #provenance,
                })
            }
        }
        None => quote! { None },
    };
    let keys = lifecycle.instance.iter().flat_map(|i| &i.keys).map(|key| {
        let operands = Operands { api, operation: api.operation(&key.operation) };
        let operation = operation_variant(api, &key.operation);
        let matches = key.matches.iter().map(|(attribute, operand)| {
            let operand = operands.operand(operand);
            quote! { (#attribute, #operand) }
        });
        let each = key.each;
        quote! { KeyInfo { operation: #operation, matches: &[#(#matches),*], each: #each } }
    });
    let transitions = lifecycle.transitions.iter().map(|t| {
        let from = state_variant(lifecycle, &t.from);
        let to = state_variant(lifecycle, &t.to);
        let operands = Operands { api, operation: t.operation.as_deref().and_then(|id| api.operation(id)) };
        let cause = match (&t.operation, &t.event) {
            (Some(id), _) => {
                let operation = operation_variant(api, id);
                quote! { Cause::Operation(#operation) }
            }
            (None, Some(event)) if event.kind == EventKind::Timer => {
                let id = &event.id;
                quote! { Cause::Timer(#id) }
            }
            (None, Some(event)) => {
                let id = &event.id;
                quote! { Cause::External(#id) }
            }
            (None, None) => quote! { Cause::External("") },
        };
        let when = operands.when(t.when.as_ref());
        let effects = t.effects.iter().map(|e| effect(&operands, e));
        let guard = english(t.guard.as_ref().or(t.event.as_ref().map(|e| &e.doc)));
        let basis = basis(&t.provenance);
        let provenance = super::provenance::provenance(api, &t.provenance);
        quote! {
            TransitionInfo {
                from: #from,
                to: #to,
                cause: #cause,
                when: #when,
                effects: &[#(#effects),*],
                guard: #guard,
                basis: #basis,
                provenance: #provenance,
            }
        }
    });
    let forbidden = lifecycle.forbidden.iter().map(|f| {
        let state = state_variant(lifecycle, &f.state);
        let operands = Operands { api, operation: api.operation(&f.operation) };
        let operation = operation_variant(api, &f.operation);
        let when = operands.when(f.when.as_ref());
        let guard = english(f.guard.as_ref());
        let code = code_variant(api, &f.error.code);
        let status = Literal::u16_unsuffixed(f.error.http_status);
        let arguments = f.error.arguments.iter().map(|(name, operand)| {
            let operand = operands.operand(operand);
            quote! { (#name, #operand) }
        });
        let basis = basis(&f.provenance);
        let provenance = super::provenance::provenance(api, &f.provenance);
        quote! {
            ForbiddenInfo {
                state: #state,
                operation: #operation,
                when: #when,
                guard: #guard,
                code: #code,
                http_status: #status,
                arguments: &[#(#arguments),*],
                basis: #basis,
                provenance: #provenance,
            }
        }
    });
    let terminal_match = if terminal.is_empty() {
        quote! { false }
    } else {
        quote! { matches!(self, #(Self::#terminal)|*) }
    };
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum #name {
            #( #docs #[serde(rename = #ids)] #variants, )*
        }

        impl #name {
            /// Every state, in spec order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// The state things start in.
            pub const INITIAL: Self = Self::#initial;

            /// The state's id in the spec.
            pub fn id(self) -> &'static str {
                self.state_id()
            }

            /// The state with this spec id.
            pub fn from_id(id: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|state| state.state_id() == id)
            }

            /// Whether nothing leaves this state.
            pub fn is_terminal(self) -> bool {
                #terminal_match
            }
        }

        impl StateMachine for #name {
            type Operation = OperationId;
            type Code = Code;

            // A static, so that every use names the same tables (a refusal's or step's `entry` is then a stable
            // identity of the rule it applied).
            const LIFECYCLE: &'static LifecycleInfo<Self> = {
                static TABLES: LifecycleInfo<#name> = LifecycleInfo {
                id: #lifecycle_id,
                states: #name::ALL,
                initial: #name::INITIAL,
                terminal: &[#(#name::#terminal),*],
                attributes: &[#(#attributes),*],
                keys: &[#(#keys),*],
                transitions: &[#(#transitions),*],
                forbidden: &[#(#forbidden),*],
                client_reference: #client_reference,
                };
                &TABLES
            };

            fn state_id(self) -> &'static str {
                match self {
                    #( Self::#variants => #ids, )*
                }
            }
        }
    }
}

fn lifecycle_ids(api: &ApiSpec) -> TokenStream {
    let variants: Vec<_> = api.lifecycles.iter().map(|l| camel(&l.id)).collect();
    let ids: Vec<&str> = api.lifecycles.iter().map(|l| l.id.as_str()).collect();
    let states: Vec<_> = api.lifecycles.iter().map(|l| ident(&l.rust_name)).collect();
    let docs = api.lifecycles.iter().map(|l| {
        let text = format!(" `{}`: [`{}`].", l.id, l.rust_name);
        quote! { #[doc = #text] }
    });
    quote! {
        /// Every lifecycle of the API, as a typed id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum LifecycleId {
            #( #docs #variants, )*
        }

        impl LifecycleId {
            /// Every lifecycle, in spec order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// The lifecycle's id in the spec.
            pub fn id(self) -> &'static str {
                match self {
                    #( Self::#variants => #ids, )*
                }
            }

            /// The lifecycle with this spec id.
            pub fn from_id(id: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|lifecycle| lifecycle.id() == id)
            }

            /// The ids of its states, in spec order.
            pub fn state_ids(self) -> Vec<&'static str> {
                match self {
                    #( Self::#variants => #states::ALL.iter().map(|s| s.state_id()).collect(), )*
                }
            }

            /// The operations that act on it.
            pub fn operations(self) -> Vec<OperationId> {
                match self {
                    #( Self::#variants => #states::LIFECYCLE.keys.iter().map(|k| k.operation).collect(), )*
                }
            }
        }
    }
}

fn timers(api: &ApiSpec) -> TokenStream {
    let timers = api.timers.iter().map(|t| {
        let (id, config) = (&t.id, &t.config);
        let seconds = Literal::u64_unsuffixed(t.seconds);
        quote! { TimerInfo { id: #id, seconds: #seconds, config: #config } }
    });
    quote! {
        /// The durations the API's rules depend on, with their defaults and configuration keys.
        pub const TIMERS: &[TimerInfo] = &[#(#timers),*];
    }
}

fn precedence(api: &ApiSpec) -> TokenStream {
    let steps = api.precedence.iter().flat_map(|p| &p.steps).map(|step| match step {
        Check::Route => quote! { Check::Route },
        Check::Authentication => quote! { Check::Authentication },
        Check::Decode => quote! { Check::Decode },
        Check::Rules => quote! { Check::Rules },
        Check::Lifecycle { lifecycle } => {
            let variant = api.lifecycle(lifecycle).map_or_else(|| ident("Unknown"), |l| camel(&l.id));
            quote! { Check::Lifecycle(LifecycleId::#variant) }
        }
    });
    quote! {
        /// The order in which a server checks a call: the first check that fails answers.
        pub const PRECEDENCE: &[Check<LifecycleId>] = &[#(#steps),*];
    }
}

/// `SIGNALS`: what in an answer tells an external event of a lifecycle happened.
fn signals(api: &ApiSpec) -> TokenStream {
    let operands = Operands { api, operation: None };
    let entries = api.lifecycles.iter().flat_map(|lifecycle| {
        let variant = camel(&lifecycle.id);
        let operands = &operands;
        lifecycle.signals.iter().map(move |signal| {
            let event = &signal.event;
            let on = match &signal.on {
                crate::model::SignalOn::AnswerCode(code) => quote! { crate::support::SignalOn::AnswerCode(#code) },
                crate::model::SignalOn::Answer => quote! { crate::support::SignalOn::Answer },
            };
            let key = signal.key.iter().map(|(attribute, operand)| {
                let operand = operands.operand(operand);
                quote! { (#attribute, #operand) }
            });
            let provenance = super::provenance::provenance(api, &signal.provenance);
            quote! {
                crate::support::SignalInfo {
                    lifecycle: LifecycleId::#variant,
                    event: #event,
                    on: #on,
                    key: &[#(#key),*],
                    provenance: #provenance,
                }
            }
        })
    });
    quote! {
        /// What in an answer tells an external event of a lifecycle happened (the spec's `signals`), in spec order:
        /// a server and a client apply each alike once a call is answered.
        pub const SIGNALS: &[crate::support::SignalInfo<LifecycleId>] = &[#(#entries),*];
    }
}

fn outcomes(api: &ApiSpec) -> TokenStream {
    let arms = api.operations.iter().filter_map(|operation| {
        let binding = operation.outcome.as_ref()?;
        let operands = Operands { api, operation: Some(operation) };
        let variant = ident(&operation.rust_name);
        let approved = operands.guard(&binding.approved);
        let unknown = operands.when(binding.unknown.as_ref());
        Some(quote! {
            OperationId::#variant => Some(&OutcomeInfo { approved: #approved, unknown: #unknown }),
        })
    });
    quote! {
        /// How an operation's response tells the call's outcome, for operations whose transitions depend on it.
        pub fn outcome_of(operation: OperationId) -> Option<&'static OutcomeInfo> {
            match operation {
                #( #arms )*
                _ => None,
            }
        }

        impl CatalogCode for Code {
            fn wire(self) -> &'static str {
                self.as_wire()
            }

            fn message_template(self, lang: Lang) -> &'static [Piece] {
                self.template(lang)
            }

            fn placeholder_names(self) -> &'static [&'static str] {
                self.placeholders()
            }
        }
    }
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let module_doc = format!(" The lifecycles of the {}, from `{}`.", api.info.title, api.spec_folder());
    let ids = lifecycle_ids(api);
    let timers = timers(api);
    let precedence = precedence(api);
    let outcomes = outcomes(api);
    let response_fields = super::response_fields::constant(api);
    let signals = signals(api);
    let lifecycles = api.lifecycles.iter().map(|l| lifecycle(api, l));
    quote! {
        #![doc = #module_doc]

        #[allow(unused_imports)]
        use crate::support::{
            AttributeInfo, Basis, CatalogCode, Cause, Check, ClientReferenceInfo, ClockReading, Comparison, Credential, EffectInfo,
            ErrorFacet, ForbiddenInfo, GuardInfo, KeyInfo, Lang, LifecycleInfo, Literal, OperandInfo, Outcome,
            OutcomeInfo, Piece, StateMachine, TimerInfo, TransitionInfo, ValueKind, WireEnum,
        };
        use super::errors::Code;
        use super::operations::OperationId;

        #ids
        #timers
        #precedence
        #outcomes
        #response_fields
        #signals
        #( #lifecycles )*
    }
}
