//! What is wrong with a request in the server direction, where, and how to say it in each catalog language.

use super::catalog::Lang;
use super::rules::RuleKind;

/// Where in the request a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Location {
    /// The body; the problem's field is a JSON pointer into it (empty for the body itself).
    Body,
    /// A path parameter; the field is its name.
    Path,
    /// A query parameter; the field is its name as it came.
    Query,
    /// A header; the field is its name.
    Header,
}

/// The kind of value a field must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Expected {
    /// A JSON string.
    String,
    /// An integer (in 64 bits).
    Integer,
    /// A JSON number.
    Number,
    /// A decimal number written as a string of digits (`"100.50"`).
    DecimalString,
    /// `true` or `false`.
    Boolean,
    /// A JSON object.
    Object,
    /// A JSON array.
    Array,
}

impl Expected {
    fn describe(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Expected::String, Lang::En) => "a string",
            (Expected::String, Lang::Tr) => "metin",
            (Expected::Integer, Lang::En) => "an integer",
            (Expected::Integer, Lang::Tr) => "tam sayı",
            (Expected::Number, Lang::En) => "a number",
            (Expected::Number, Lang::Tr) => "sayı",
            (Expected::DecimalString, Lang::En) => "a decimal number written as a string",
            (Expected::DecimalString, Lang::Tr) => "metin olarak yazılmış ondalık sayı",
            (Expected::Boolean, Lang::En) => "true or false",
            (Expected::Boolean, Lang::Tr) => "true ya da false",
            (Expected::Object, Lang::En) => "an object",
            (Expected::Object, Lang::Tr) => "nesne",
            (Expected::Array, Lang::En) => "an array",
            (Expected::Array, Lang::Tr) => "dizi",
        }
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The body has another content type than the operation's (or none).
    ContentType {
        /// The media type the operation takes.
        expected: &'static str,
        /// The `Content-Type` that came, if any.
        found: Option<String>,
    },
    /// The body or query string cannot be read at all (not JSON, a broken escape, not UTF-8).
    Malformed {
        /// Why, as the reader said it.
        reason: String,
    },
    /// A required field or parameter is missing.
    Missing,
    /// A value of the wrong type (or `null` where it may not be).
    WrongType {
        /// What it must be.
        expected: Expected,
    },
    /// A string shorter than allowed, in characters.
    TooShort {
        /// The fewest characters.
        min: u32,
    },
    /// A string longer than allowed, in characters.
    TooLong {
        /// The most characters.
        max: u32,
    },
    /// A string that does not match its pattern.
    Pattern {
        /// The pattern.
        pattern: &'static str,
    },
    /// A number below its minimum.
    BelowMinimum {
        /// The minimum.
        minimum: i64,
    },
    /// A decimal below its minimum (or at it, where the minimum is excluded).
    BelowDecimalMinimum {
        /// The minimum, as decimal text.
        minimum: &'static str,
        /// Whether the minimum itself is excluded.
        exclusive: bool,
    },
    /// A number above its maximum.
    AboveMaximum {
        /// The maximum.
        maximum: i64,
    },
    /// A value that is not one of a closed enumeration's.
    UnknownValue {
        /// The value as it came.
        value: String,
    },
    /// A boolean that must have one value and has the other.
    NotConstant {
        /// The value it must have.
        expected: bool,
    },
    /// An array with fewer items than allowed.
    TooFewItems {
        /// The fewest items.
        min: u32,
    },
    /// The same field given more than once (under its name and an alias, or twice).
    Duplicate {
        /// The names it came under.
        names: Vec<String>,
    },
    /// A rule across fields is broken.
    BrokenRule {
        /// The rule.
        rule: RuleKind,
    },
}

/// A problem with a request: where, which field, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the request.
    pub location: Location,
    /// The field: a JSON pointer into the body (`/customer/email`; empty for the body itself), or a parameter's or
    /// header's name.
    pub field: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

fn list(fields: &[&str]) -> String {
    fields.join(", ")
}

impl ProblemKind {
    /// What is wrong, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            ProblemKind::ContentType { expected, found } => {
                let found = found.as_deref().unwrap_or(if en { "none" } else { "yok" });
                if en {
                    format!("the content type must be {expected}, not {found}")
                } else {
                    format!("içerik türü {expected} olmalı, gelen: {found}")
                }
            }
            ProblemKind::Malformed { reason } if en => format!("cannot be read: {reason}"),
            ProblemKind::Malformed { reason } => format!("okunamıyor: {reason}"),
            ProblemKind::Missing if en => "a required value is missing".to_owned(),
            ProblemKind::Missing => "zorunlu değer eksik".to_owned(),
            ProblemKind::WrongType { expected } if en => format!("must be {}", expected.describe(lang)),
            ProblemKind::WrongType { expected } => format!("{} olmalı", expected.describe(lang)),
            ProblemKind::TooShort { min: 1 } if en => "must not be empty".to_owned(),
            ProblemKind::TooShort { min: 1 } => "boş olmamalı".to_owned(),
            ProblemKind::TooShort { min } if en => format!("must be at least {min} characters long"),
            ProblemKind::TooShort { min } => format!("en az {min} karakter olmalı"),
            ProblemKind::TooLong { max } if en => format!("must be at most {max} characters long"),
            ProblemKind::TooLong { max } => format!("en fazla {max} karakter olmalı"),
            ProblemKind::Pattern { pattern } if en => format!("does not match {pattern}"),
            ProblemKind::Pattern { pattern } => format!("{pattern} biçimine uymuyor"),
            ProblemKind::BelowMinimum { minimum } if en => format!("must be at least {minimum}"),
            ProblemKind::BelowMinimum { minimum } => format!("en az {minimum} olmalı"),
            ProblemKind::BelowDecimalMinimum { minimum, exclusive: true } if en => {
                format!("must be greater than {minimum}")
            }
            ProblemKind::BelowDecimalMinimum { minimum, exclusive: true } => format!("{minimum} değerinden büyük olmalı"),
            ProblemKind::BelowDecimalMinimum { minimum, exclusive: false } if en => format!("must be at least {minimum}"),
            ProblemKind::BelowDecimalMinimum { minimum, exclusive: false } => format!("en az {minimum} olmalı"),
            ProblemKind::AboveMaximum { maximum } if en => format!("must be at most {maximum}"),
            ProblemKind::AboveMaximum { maximum } => format!("en fazla {maximum} olmalı"),
            ProblemKind::UnknownValue { value } if en => format!("\"{value}\" is not one of the allowed values"),
            ProblemKind::UnknownValue { value } => format!("\"{value}\" izin verilen değerlerden biri değil"),
            ProblemKind::NotConstant { expected } if en => format!("must be {expected}"),
            ProblemKind::NotConstant { expected } => format!("{expected} olmalı"),
            ProblemKind::TooFewItems { min: 1 } if en => "must have at least one item".to_owned(),
            ProblemKind::TooFewItems { min } if en => format!("must have at least {min} items"),
            ProblemKind::TooFewItems { min } => format!("en az {min} öğe içermeli"),
            ProblemKind::Duplicate { names } if en => format!("is given more than once ({})", names.join(", ")),
            ProblemKind::Duplicate { names } => format!("birden fazla kez verilmiş ({})", names.join(", ")),
            ProblemKind::BrokenRule { rule } => match (rule, en) {
                (RuleKind::RequiredIf { field, when, equals }, true) => {
                    format!("{field} is required when {when} is {equals}")
                }
                (RuleKind::RequiredIf { field, when, equals }, false) => {
                    format!("{when} {equals} olduğunda {field} zorunludur")
                }
                (RuleKind::AtLeastOneOf(fields), true) => format!("at least one of {} is required", list(fields)),
                (RuleKind::AtLeastOneOf(fields), false) => {
                    format!("{} alanlarından en az biri zorunludur", list(fields))
                }
                (RuleKind::ExactlyOneOf(fields), true) => format!("exactly one of {} is required", list(fields)),
                (RuleKind::ExactlyOneOf(fields), false) => {
                    format!("{} alanlarından tam olarak biri verilmeli", list(fields))
                }
                (RuleKind::AtMostOneOf(fields), true) => format!("at most one of {} may be given", list(fields)),
                (RuleKind::AtMostOneOf(fields), false) => {
                    format!("{} alanlarından en fazla biri verilebilir", list(fields))
                }
            },
        }
    }
}

impl Problem {
    /// Where the problem is, in `lang`: `body /customer/email`, `query parameter currency`.
    pub fn place(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let field = &self.field;
        match self.location {
            Location::Body if field.is_empty() => (if en { "body" } else { "gövde" }).to_owned(),
            Location::Body if en => format!("body {field}"),
            Location::Body => format!("gövde {field}"),
            Location::Path if en => format!("path parameter {field}"),
            Location::Path => format!("yol parametresi {field}"),
            Location::Query if en => format!("query parameter {field}"),
            Location::Query => format!("sorgu parametresi {field}"),
            Location::Header if en => format!("header {field}"),
            Location::Header => format!("başlık {field}"),
        }
    }

    /// Where and what, in `lang`: `body /price: a required value is missing`.
    pub fn describe(&self, lang: Lang) -> String {
        format!("{}: {}", self.place(lang), self.kind.describe(lang))
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}
