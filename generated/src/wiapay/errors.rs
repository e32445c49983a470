// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! Error groups, codes and typed errors of the WiaPay API, from its catalog in `spec/wiapay/`.
use crate::support::{
    Actor, Lang, PassthroughOrigin, Piece, Retry, WireEnum, wire_enum_traits,
};
/// The error groups of the WiaPay API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Group {
    /// `AUTHENTICATION`: Authentication Errors (401)
    Authentication,
    /// `AUTHORIZATION`: Authorization Errors (403)
    Authorization,
    /// `VALIDATION`: Validation Errors (400)
    Validation,
    /// `RESOURCE`: Resource Errors (404, 409)
    Resource,
    /// `SERVER`: Server Errors (500)
    Server,
}
impl WireEnum for Group {
    const ALL: &'static [Self] = &[
        Self::Authentication,
        Self::Authorization,
        Self::Validation,
        Self::Resource,
        Self::Server,
    ];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Authentication => "AUTHENTICATION",
            Self::Authorization => "AUTHORIZATION",
            Self::Validation => "VALIDATION",
            Self::Resource => "RESOURCE",
            Self::Server => "SERVER",
        }
    }
}
wire_enum_traits!(Group, "WiaPay API error group");
impl Group {
    /// What the group means, in the given language.
    pub fn description(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Authentication, Lang::En) => "Authentication Errors (401)",
            (Self::Authentication, Lang::Tr) => "Kimlik Doğrulama Hataları (401)",
            (Self::Authorization, Lang::En) => "Authorization Errors (403)",
            (Self::Authorization, Lang::Tr) => "Yetkilendirme Hataları (403)",
            (Self::Validation, Lang::En) => "Validation Errors (400)",
            (Self::Validation, Lang::Tr) => "Doğrulama Hataları (400)",
            (Self::Resource, Lang::En) => "Resource Errors (404, 409)",
            (Self::Resource, Lang::Tr) => "Kaynak Hataları (404, 409)",
            (Self::Server, Lang::En) => "Server Errors (500)",
            (Self::Server, Lang::Tr) => "Sunucu Hataları (500)",
        }
    }
    /// For a group whose errors carry another party's code and message, whose they are.
    pub fn passthrough(self) -> Option<PassthroughOrigin> {
        #[allow(clippy::match_single_binding)]
        match self {
            _ => None,
        }
    }
}
/// The error codes of the WiaPay API, as the catalog lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Code {
    /// `MISSING_API_KEY` (AUTHENTICATION): X-API-Key header not provided
    MissingApiKey,
    /// `INVALID_API_KEY` (AUTHENTICATION): API key is invalid or disabled
    InvalidApiKey,
    /// `MISSING_SIGNATURE` (AUTHENTICATION): X-Signature header not provided
    MissingSignature,
    /// `INVALID_SIGNATURE` (AUTHENTICATION): Signature verification failed
    InvalidSignature,
    /// `MISSING_TIMESTAMP` (AUTHENTICATION): X-Timestamp header not provided
    MissingTimestamp,
    /// `INVALID_TIMESTAMP` (AUTHENTICATION): Timestamp format is invalid
    InvalidTimestamp,
    /// `TIMESTAMP_EXPIRED` (AUTHENTICATION): Request timestamp is too old (>5 min)
    TimestampExpired,
    /// `SITE_INACTIVE` (AUTHORIZATION): Your account is suspended or inactive
    SiteInactive,
    /// `IP_NOT_WHITELISTED` (AUTHORIZATION): Request IP is not in whitelist
    IpNotWhitelisted,
    /// `INSUFFICIENT_BALANCE` (AUTHORIZATION): Not enough balance for withdrawal
    InsufficientBalance,
    /// `VALIDATION_ERROR` (VALIDATION): Request body validation failed
    ValidationError,
    /// `INVALID_AMOUNT` (VALIDATION): Amount is invalid (negative, zero, etc.)
    InvalidAmount,
    /// `AMOUNT_OUT_OF_RANGE` (VALIDATION): Amount outside bank limits
    AmountOutOfRange,
    /// `INVALID_BANK` (VALIDATION): Bank ID not found or inactive
    InvalidBank,
    /// `INVALID_IBAN` (VALIDATION): IBAN format is invalid
    InvalidIban,
    /// `INVALID_CURRENCY` (VALIDATION): Currency not supported
    InvalidCurrency,
    /// `TRANSACTION_NOT_FOUND` (RESOURCE): Transaction ID not found
    TransactionNotFound,
    /// `BANK_NOT_FOUND` (RESOURCE): Bank not found or unavailable
    BankNotFound,
    /// `DUPLICATE_TRANSACTION` (RESOURCE): processId already exists
    DuplicateTransaction,
    /// `INTERNAL_SERVER_ERROR` (SERVER): Unexpected server error
    InternalServerError,
    /// `SERVICE_UNAVAILABLE` (SERVER): Service temporarily unavailable
    ServiceUnavailable,
}
/// Where each code comes from, in catalog order (what `Code::provenance` answers).
static CODE_PROVENANCE: [crate::support::Provenance; 21] = [
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "The seed's row; which requests the whitelist applies to is recorded in discrepancy ip-whitelist-scope.",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "The seed's row; BANK_NOT_FOUND (404) describes the same condition (discrepancy bank-not-found-status).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "The seed's row. No operation of the spec lists it: none of the documented calls takes a WiaPay transaction ID (discrepancy transaction-not-found-operation).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "The seed's row; INVALID_BANK (400) describes the same condition (discrepancy bank-not-found-status).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: None,
    },
];
impl WireEnum for Code {
    const ALL: &'static [Self] = &[
        Self::MissingApiKey,
        Self::InvalidApiKey,
        Self::MissingSignature,
        Self::InvalidSignature,
        Self::MissingTimestamp,
        Self::InvalidTimestamp,
        Self::TimestampExpired,
        Self::SiteInactive,
        Self::IpNotWhitelisted,
        Self::InsufficientBalance,
        Self::ValidationError,
        Self::InvalidAmount,
        Self::AmountOutOfRange,
        Self::InvalidBank,
        Self::InvalidIban,
        Self::InvalidCurrency,
        Self::TransactionNotFound,
        Self::BankNotFound,
        Self::DuplicateTransaction,
        Self::InternalServerError,
        Self::ServiceUnavailable,
    ];
    fn as_wire(self) -> &'static str {
        match self {
            Self::MissingApiKey => "MISSING_API_KEY",
            Self::InvalidApiKey => "INVALID_API_KEY",
            Self::MissingSignature => "MISSING_SIGNATURE",
            Self::InvalidSignature => "INVALID_SIGNATURE",
            Self::MissingTimestamp => "MISSING_TIMESTAMP",
            Self::InvalidTimestamp => "INVALID_TIMESTAMP",
            Self::TimestampExpired => "TIMESTAMP_EXPIRED",
            Self::SiteInactive => "SITE_INACTIVE",
            Self::IpNotWhitelisted => "IP_NOT_WHITELISTED",
            Self::InsufficientBalance => "INSUFFICIENT_BALANCE",
            Self::ValidationError => "VALIDATION_ERROR",
            Self::InvalidAmount => "INVALID_AMOUNT",
            Self::AmountOutOfRange => "AMOUNT_OUT_OF_RANGE",
            Self::InvalidBank => "INVALID_BANK",
            Self::InvalidIban => "INVALID_IBAN",
            Self::InvalidCurrency => "INVALID_CURRENCY",
            Self::TransactionNotFound => "TRANSACTION_NOT_FOUND",
            Self::BankNotFound => "BANK_NOT_FOUND",
            Self::DuplicateTransaction => "DUPLICATE_TRANSACTION",
            Self::InternalServerError => "INTERNAL_SERVER_ERROR",
            Self::ServiceUnavailable => "SERVICE_UNAVAILABLE",
        }
    }
}
wire_enum_traits!(Code, "WiaPay API error code");
impl Code {
    /// The group the code belongs to.
    pub fn group(self) -> Group {
        match self {
            Self::MissingApiKey => Group::Authentication,
            Self::InvalidApiKey => Group::Authentication,
            Self::MissingSignature => Group::Authentication,
            Self::InvalidSignature => Group::Authentication,
            Self::MissingTimestamp => Group::Authentication,
            Self::InvalidTimestamp => Group::Authentication,
            Self::TimestampExpired => Group::Authentication,
            Self::SiteInactive => Group::Authorization,
            Self::IpNotWhitelisted => Group::Authorization,
            Self::InsufficientBalance => Group::Authorization,
            Self::ValidationError => Group::Validation,
            Self::InvalidAmount => Group::Validation,
            Self::AmountOutOfRange => Group::Validation,
            Self::InvalidBank => Group::Validation,
            Self::InvalidIban => Group::Validation,
            Self::InvalidCurrency => Group::Validation,
            Self::TransactionNotFound => Group::Resource,
            Self::BankNotFound => Group::Resource,
            Self::DuplicateTransaction => Group::Resource,
            Self::InternalServerError => Group::Server,
            Self::ServiceUnavailable => Group::Server,
        }
    }
    /// The HTTP status the API answers with, where the vendor gives one.
    pub fn http_status(self) -> Option<u16> {
        match self {
            Self::MissingApiKey => Some(401),
            Self::InvalidApiKey => Some(401),
            Self::MissingSignature => Some(401),
            Self::InvalidSignature => Some(401),
            Self::MissingTimestamp => Some(401),
            Self::InvalidTimestamp => Some(401),
            Self::TimestampExpired => Some(401),
            Self::SiteInactive => Some(403),
            Self::IpNotWhitelisted => Some(403),
            Self::InsufficientBalance => Some(403),
            Self::ValidationError => Some(400),
            Self::InvalidAmount => Some(400),
            Self::AmountOutOfRange => Some(400),
            Self::InvalidBank => Some(400),
            Self::InvalidIban => Some(400),
            Self::InvalidCurrency => Some(400),
            Self::TransactionNotFound => Some(404),
            Self::BankNotFound => Some(404),
            Self::DuplicateTransaction => Some(409),
            Self::InternalServerError => Some(500),
            Self::ServiceUnavailable => Some(500),
        }
    }
    /// The vendor's pseudo-status (not an HTTP status), where it has one.
    pub fn pseudo_status(self) -> Option<u16> {
        match self {
            Self::MissingApiKey => None,
            Self::InvalidApiKey => None,
            Self::MissingSignature => None,
            Self::InvalidSignature => None,
            Self::MissingTimestamp => None,
            Self::InvalidTimestamp => None,
            Self::TimestampExpired => None,
            Self::SiteInactive => None,
            Self::IpNotWhitelisted => None,
            Self::InsufficientBalance => None,
            Self::ValidationError => None,
            Self::InvalidAmount => None,
            Self::AmountOutOfRange => None,
            Self::InvalidBank => None,
            Self::InvalidIban => None,
            Self::InvalidCurrency => None,
            Self::TransactionNotFound => None,
            Self::BankNotFound => None,
            Self::DuplicateTransaction => None,
            Self::InternalServerError => None,
            Self::ServiceUnavailable => None,
        }
    }
    /// Whether and how a client may retry.
    pub fn retry(self) -> Retry {
        match self {
            Self::MissingApiKey => Retry::AfterFix,
            Self::InvalidApiKey => Retry::AfterFix,
            Self::MissingSignature => Retry::AfterFix,
            Self::InvalidSignature => Retry::AfterFix,
            Self::MissingTimestamp => Retry::AfterFix,
            Self::InvalidTimestamp => Retry::AfterFix,
            Self::TimestampExpired => Retry::AfterFix,
            Self::SiteInactive => Retry::AfterFix,
            Self::IpNotWhitelisted => Retry::AfterFix,
            Self::InsufficientBalance => Retry::AfterFix,
            Self::ValidationError => Retry::AfterFix,
            Self::InvalidAmount => Retry::AfterFix,
            Self::AmountOutOfRange => Retry::AfterFix,
            Self::InvalidBank => Retry::AfterFix,
            Self::InvalidIban => Retry::AfterFix,
            Self::InvalidCurrency => Retry::AfterFix,
            Self::TransactionNotFound => Retry::Never,
            Self::BankNotFound => Retry::AfterFix,
            Self::DuplicateTransaction => Retry::Never,
            Self::InternalServerError => Retry::Backoff,
            Self::ServiceUnavailable => Retry::Backoff,
        }
    }
    /// Who must act to resolve it.
    pub fn actor(self) -> Actor {
        match self {
            Self::MissingApiKey => Actor::Caller,
            Self::InvalidApiKey => Actor::Operator,
            Self::MissingSignature => Actor::Caller,
            Self::InvalidSignature => Actor::Caller,
            Self::MissingTimestamp => Actor::Caller,
            Self::InvalidTimestamp => Actor::Caller,
            Self::TimestampExpired => Actor::Caller,
            Self::SiteInactive => Actor::Operator,
            Self::IpNotWhitelisted => Actor::Operator,
            Self::InsufficientBalance => Actor::Operator,
            Self::ValidationError => Actor::Caller,
            Self::InvalidAmount => Actor::Caller,
            Self::AmountOutOfRange => Actor::Caller,
            Self::InvalidBank => Actor::Caller,
            Self::InvalidIban => Actor::Caller,
            Self::InvalidCurrency => Actor::Caller,
            Self::TransactionNotFound => Actor::Caller,
            Self::BankNotFound => Actor::Caller,
            Self::DuplicateTransaction => Actor::Caller,
            Self::InternalServerError => Actor::Provider,
            Self::ServiceUnavailable => Actor::Provider,
        }
    }
    /// Where the code (its identity and group) comes from: the document the spec cites, and on what basis.
    pub fn provenance(self) -> &'static crate::support::Provenance {
        match self {
            Self::MissingApiKey => &CODE_PROVENANCE[0],
            Self::InvalidApiKey => &CODE_PROVENANCE[1],
            Self::MissingSignature => &CODE_PROVENANCE[2],
            Self::InvalidSignature => &CODE_PROVENANCE[3],
            Self::MissingTimestamp => &CODE_PROVENANCE[4],
            Self::InvalidTimestamp => &CODE_PROVENANCE[5],
            Self::TimestampExpired => &CODE_PROVENANCE[6],
            Self::SiteInactive => &CODE_PROVENANCE[7],
            Self::IpNotWhitelisted => &CODE_PROVENANCE[8],
            Self::InsufficientBalance => &CODE_PROVENANCE[9],
            Self::ValidationError => &CODE_PROVENANCE[10],
            Self::InvalidAmount => &CODE_PROVENANCE[11],
            Self::AmountOutOfRange => &CODE_PROVENANCE[12],
            Self::InvalidBank => &CODE_PROVENANCE[13],
            Self::InvalidIban => &CODE_PROVENANCE[14],
            Self::InvalidCurrency => &CODE_PROVENANCE[15],
            Self::TransactionNotFound => &CODE_PROVENANCE[16],
            Self::BankNotFound => &CODE_PROVENANCE[17],
            Self::DuplicateTransaction => &CODE_PROVENANCE[18],
            Self::InternalServerError => &CODE_PROVENANCE[19],
            Self::ServiceUnavailable => &CODE_PROVENANCE[20],
        }
    }
    /// The names of the message's placeholders, in placeholder order (`{0}` first).
    pub fn placeholders(self) -> &'static [&'static str] {
        match self {
            Self::MissingApiKey => &[],
            Self::InvalidApiKey => &[],
            Self::MissingSignature => &[],
            Self::InvalidSignature => &[],
            Self::MissingTimestamp => &[],
            Self::InvalidTimestamp => &[],
            Self::TimestampExpired => &[],
            Self::SiteInactive => &[],
            Self::IpNotWhitelisted => &[],
            Self::InsufficientBalance => &[],
            Self::ValidationError => &[],
            Self::InvalidAmount => &[],
            Self::AmountOutOfRange => &[],
            Self::InvalidBank => &[],
            Self::InvalidIban => &[],
            Self::InvalidCurrency => &[],
            Self::TransactionNotFound => &[],
            Self::BankNotFound => &[],
            Self::DuplicateTransaction => &[],
            Self::InternalServerError => &[],
            Self::ServiceUnavailable => &[],
        }
    }
    /// The message template in the given language.
    pub fn template(self, lang: Lang) -> &'static [Piece] {
        match (self, lang) {
            (Self::MissingApiKey, Lang::En) => {
                &[Piece::Literal("X-API-Key header not provided")]
            }
            (Self::MissingApiKey, Lang::Tr) => {
                &[Piece::Literal("X-API-Key başlığı gönderilmedi")]
            }
            (Self::InvalidApiKey, Lang::En) => {
                &[Piece::Literal("API key is invalid or disabled")]
            }
            (Self::InvalidApiKey, Lang::Tr) => {
                &[Piece::Literal("API anahtarı geçersiz veya devre dışı")]
            }
            (Self::MissingSignature, Lang::En) => {
                &[Piece::Literal("X-Signature header not provided")]
            }
            (Self::MissingSignature, Lang::Tr) => {
                &[Piece::Literal("X-Signature başlığı gönderilmedi")]
            }
            (Self::InvalidSignature, Lang::En) => {
                &[Piece::Literal("Signature verification failed")]
            }
            (Self::InvalidSignature, Lang::Tr) => {
                &[Piece::Literal("İmza doğrulaması başarısız oldu")]
            }
            (Self::MissingTimestamp, Lang::En) => {
                &[Piece::Literal("X-Timestamp header not provided")]
            }
            (Self::MissingTimestamp, Lang::Tr) => {
                &[Piece::Literal("X-Timestamp başlığı gönderilmedi")]
            }
            (Self::InvalidTimestamp, Lang::En) => {
                &[Piece::Literal("Timestamp format is invalid")]
            }
            (Self::InvalidTimestamp, Lang::Tr) => {
                &[Piece::Literal("Zaman damgası biçimi geçersiz")]
            }
            (Self::TimestampExpired, Lang::En) => {
                &[Piece::Literal("Request timestamp is too old (>5 min)")]
            }
            (Self::TimestampExpired, Lang::Tr) => {
                &[Piece::Literal("İstek zaman damgası çok eski (>5 dk)")]
            }
            (Self::SiteInactive, Lang::En) => {
                &[Piece::Literal("Your account is suspended or inactive")]
            }
            (Self::SiteInactive, Lang::Tr) => {
                &[Piece::Literal("Hesabınız askıya alınmış veya aktif değil")]
            }
            (Self::IpNotWhitelisted, Lang::En) => {
                &[Piece::Literal("Request IP is not in whitelist")]
            }
            (Self::IpNotWhitelisted, Lang::Tr) => {
                &[Piece::Literal("İstek IP'si beyaz listede değil")]
            }
            (Self::InsufficientBalance, Lang::En) => {
                &[Piece::Literal("Not enough balance for withdrawal")]
            }
            (Self::InsufficientBalance, Lang::Tr) => {
                &[Piece::Literal("Para çekme için yeterli bakiye yok")]
            }
            (Self::ValidationError, Lang::En) => {
                &[Piece::Literal("Request body validation failed")]
            }
            (Self::ValidationError, Lang::Tr) => {
                &[Piece::Literal("İstek gövdesi doğrulaması başarısız oldu")]
            }
            (Self::InvalidAmount, Lang::En) => {
                &[Piece::Literal("Amount is invalid (negative, zero, etc.)")]
            }
            (Self::InvalidAmount, Lang::Tr) => {
                &[Piece::Literal("Tutar geçersiz (negatif, sıfır vb.)")]
            }
            (Self::AmountOutOfRange, Lang::En) => {
                &[Piece::Literal("Amount outside bank limits")]
            }
            (Self::AmountOutOfRange, Lang::Tr) => {
                &[Piece::Literal("Tutar banka limitlerinin dışında")]
            }
            (Self::InvalidBank, Lang::En) => {
                &[Piece::Literal("Bank ID not found or inactive")]
            }
            (Self::InvalidBank, Lang::Tr) => {
                &[Piece::Literal("Banka kimliği bulunamadı veya aktif değil")]
            }
            (Self::InvalidIban, Lang::En) => &[Piece::Literal("IBAN format is invalid")],
            (Self::InvalidIban, Lang::Tr) => &[Piece::Literal("IBAN biçimi geçersiz")],
            (Self::InvalidCurrency, Lang::En) => {
                &[Piece::Literal("Currency not supported")]
            }
            (Self::InvalidCurrency, Lang::Tr) => {
                &[Piece::Literal("Para birimi desteklenmiyor")]
            }
            (Self::TransactionNotFound, Lang::En) => {
                &[Piece::Literal("Transaction ID not found")]
            }
            (Self::TransactionNotFound, Lang::Tr) => {
                &[Piece::Literal("İşlem kimliği bulunamadı")]
            }
            (Self::BankNotFound, Lang::En) => {
                &[Piece::Literal("Bank not found or unavailable")]
            }
            (Self::BankNotFound, Lang::Tr) => {
                &[Piece::Literal("Banka bulunamadı veya kullanılamıyor")]
            }
            (Self::DuplicateTransaction, Lang::En) => {
                &[Piece::Literal("processId already exists")]
            }
            (Self::DuplicateTransaction, Lang::Tr) => {
                &[Piece::Literal("processId zaten mevcut")]
            }
            (Self::InternalServerError, Lang::En) => {
                &[Piece::Literal("Unexpected server error")]
            }
            (Self::InternalServerError, Lang::Tr) => {
                &[Piece::Literal("Beklenmeyen sunucu hatası")]
            }
            (Self::ServiceUnavailable, Lang::En) => {
                &[Piece::Literal("Service temporarily unavailable")]
            }
            (Self::ServiceUnavailable, Lang::Tr) => {
                &[Piece::Literal("Hizmet geçici olarak kullanılamıyor")]
            }
        }
    }
}
/// An error of the WiaPay API: a code of its catalog with its arguments, an error another party passed through, or one this catalog does not recognize.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Error {
    /// `MISSING_API_KEY` (AUTHENTICATION): X-API-Key header not provided
    MissingApiKey,
    /// `INVALID_API_KEY` (AUTHENTICATION): API key is invalid or disabled
    InvalidApiKey,
    /// `MISSING_SIGNATURE` (AUTHENTICATION): X-Signature header not provided
    MissingSignature,
    /// `INVALID_SIGNATURE` (AUTHENTICATION): Signature verification failed
    InvalidSignature,
    /// `MISSING_TIMESTAMP` (AUTHENTICATION): X-Timestamp header not provided
    MissingTimestamp,
    /// `INVALID_TIMESTAMP` (AUTHENTICATION): Timestamp format is invalid
    InvalidTimestamp,
    /// `TIMESTAMP_EXPIRED` (AUTHENTICATION): Request timestamp is too old (>5 min)
    TimestampExpired,
    /// `SITE_INACTIVE` (AUTHORIZATION): Your account is suspended or inactive
    SiteInactive,
    /// `IP_NOT_WHITELISTED` (AUTHORIZATION): Request IP is not in whitelist
    IpNotWhitelisted,
    /// `INSUFFICIENT_BALANCE` (AUTHORIZATION): Not enough balance for withdrawal
    InsufficientBalance,
    /// `VALIDATION_ERROR` (VALIDATION): Request body validation failed
    ValidationError,
    /// `INVALID_AMOUNT` (VALIDATION): Amount is invalid (negative, zero, etc.)
    InvalidAmount,
    /// `AMOUNT_OUT_OF_RANGE` (VALIDATION): Amount outside bank limits
    AmountOutOfRange,
    /// `INVALID_BANK` (VALIDATION): Bank ID not found or inactive
    InvalidBank,
    /// `INVALID_IBAN` (VALIDATION): IBAN format is invalid
    InvalidIban,
    /// `INVALID_CURRENCY` (VALIDATION): Currency not supported
    InvalidCurrency,
    /// `TRANSACTION_NOT_FOUND` (RESOURCE): Transaction ID not found
    TransactionNotFound,
    /// `BANK_NOT_FOUND` (RESOURCE): Bank not found or unavailable
    BankNotFound,
    /// `DUPLICATE_TRANSACTION` (RESOURCE): processId already exists
    DuplicateTransaction,
    /// `INTERNAL_SERVER_ERROR` (SERVER): Unexpected server error
    InternalServerError,
    /// `SERVICE_UNAVAILABLE` (SERVER): Service temporarily unavailable
    ServiceUnavailable,
    /// A code this catalog does not know (a newer server), or a known code whose message does not have the
    /// catalog's shape in any language, kept exactly as it came.
    Unrecognized {
        /// The group as sent, if any.
        group: Option<String>,
        /// The code as sent.
        code: String,
        /// The message as sent, if any.
        message: Option<String>,
    },
}
#[allow(clippy::match_single_binding)]
impl Error {
    /// Classifies an error as the API sends it: its group (where the API sends one), code and message.
    /// Arguments are read back out of the message; pass-through groups keep the other party's code and message.
    pub fn from_wire(group: Option<&str>, code: &str, message: Option<&str>) -> Self {
        match group.and_then(Group::from_wire) {
            _ => {}
        }
        let unrecognized = || Self::Unrecognized {
            group: group.map(str::to_owned),
            code: code.to_owned(),
            message: message.map(str::to_owned),
        };
        let Some(known) = Code::from_wire(code) else {
            return unrecognized();
        };
        let classified = match known {
            Code::MissingApiKey => Self::MissingApiKey,
            Code::InvalidApiKey => Self::InvalidApiKey,
            Code::MissingSignature => Self::MissingSignature,
            Code::InvalidSignature => Self::InvalidSignature,
            Code::MissingTimestamp => Self::MissingTimestamp,
            Code::InvalidTimestamp => Self::InvalidTimestamp,
            Code::TimestampExpired => Self::TimestampExpired,
            Code::SiteInactive => Self::SiteInactive,
            Code::IpNotWhitelisted => Self::IpNotWhitelisted,
            Code::InsufficientBalance => Self::InsufficientBalance,
            Code::ValidationError => Self::ValidationError,
            Code::InvalidAmount => Self::InvalidAmount,
            Code::AmountOutOfRange => Self::AmountOutOfRange,
            Code::InvalidBank => Self::InvalidBank,
            Code::InvalidIban => Self::InvalidIban,
            Code::InvalidCurrency => Self::InvalidCurrency,
            Code::TransactionNotFound => Self::TransactionNotFound,
            Code::BankNotFound => Self::BankNotFound,
            Code::DuplicateTransaction => Self::DuplicateTransaction,
            Code::InternalServerError => Self::InternalServerError,
            Code::ServiceUnavailable => Self::ServiceUnavailable,
        };
        match message {
            Some(
                text,
            ) if !Lang::ALL.into_iter().any(|lang| classified.message(lang) == text) => {
                unrecognized()
            }
            _ => classified,
        }
    }
    /// The catalog code, if the error has one the catalog knows.
    pub fn code(&self) -> Option<Code> {
        match self {
            Self::MissingApiKey => Some(Code::MissingApiKey),
            Self::InvalidApiKey => Some(Code::InvalidApiKey),
            Self::MissingSignature => Some(Code::MissingSignature),
            Self::InvalidSignature => Some(Code::InvalidSignature),
            Self::MissingTimestamp => Some(Code::MissingTimestamp),
            Self::InvalidTimestamp => Some(Code::InvalidTimestamp),
            Self::TimestampExpired => Some(Code::TimestampExpired),
            Self::SiteInactive => Some(Code::SiteInactive),
            Self::IpNotWhitelisted => Some(Code::IpNotWhitelisted),
            Self::InsufficientBalance => Some(Code::InsufficientBalance),
            Self::ValidationError => Some(Code::ValidationError),
            Self::InvalidAmount => Some(Code::InvalidAmount),
            Self::AmountOutOfRange => Some(Code::AmountOutOfRange),
            Self::InvalidBank => Some(Code::InvalidBank),
            Self::InvalidIban => Some(Code::InvalidIban),
            Self::InvalidCurrency => Some(Code::InvalidCurrency),
            Self::TransactionNotFound => Some(Code::TransactionNotFound),
            Self::BankNotFound => Some(Code::BankNotFound),
            Self::DuplicateTransaction => Some(Code::DuplicateTransaction),
            Self::InternalServerError => Some(Code::InternalServerError),
            Self::ServiceUnavailable => Some(Code::ServiceUnavailable),
            Self::Unrecognized { code, .. } => Code::from_wire(code),
        }
    }
    /// The code as it travels on the wire.
    pub fn wire_code(&self) -> &str {
        match self {
            Self::Unrecognized { code, .. } => code,
            known => known.code().map_or("", Code::as_wire),
        }
    }
    /// The error's group, where known.
    pub fn group(&self) -> Option<Group> {
        match self {
            Self::Unrecognized { group, code, .. } => {
                group
                    .as_deref()
                    .and_then(Group::from_wire)
                    .or_else(|| Code::from_wire(code).map(Code::group))
            }
            known => known.code().map(Code::group),
        }
    }
    /// The HTTP status the API answers with, where known.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            other => other.code().and_then(Code::http_status),
        }
    }
    /// Whether and how a client may retry, where known.
    pub fn retry(&self) -> Option<Retry> {
        match self {
            other => other.code().map(Code::retry),
        }
    }
    /// Who must act to resolve it, where known.
    pub fn actor(&self) -> Option<Actor> {
        match self {
            other => other.code().map(Code::actor),
        }
    }
    /// The message in the given language, its placeholders filled; another party's or an unrecognized
    /// error's message as it came.
    pub fn message(&self, lang: Lang) -> String {
        use crate::support::render;
        match self {
            Self::MissingApiKey => render(Code::MissingApiKey.template(lang), &[]),
            Self::InvalidApiKey => render(Code::InvalidApiKey.template(lang), &[]),
            Self::MissingSignature => render(Code::MissingSignature.template(lang), &[]),
            Self::InvalidSignature => render(Code::InvalidSignature.template(lang), &[]),
            Self::MissingTimestamp => render(Code::MissingTimestamp.template(lang), &[]),
            Self::InvalidTimestamp => render(Code::InvalidTimestamp.template(lang), &[]),
            Self::TimestampExpired => render(Code::TimestampExpired.template(lang), &[]),
            Self::SiteInactive => render(Code::SiteInactive.template(lang), &[]),
            Self::IpNotWhitelisted => render(Code::IpNotWhitelisted.template(lang), &[]),
            Self::InsufficientBalance => {
                render(Code::InsufficientBalance.template(lang), &[])
            }
            Self::ValidationError => render(Code::ValidationError.template(lang), &[]),
            Self::InvalidAmount => render(Code::InvalidAmount.template(lang), &[]),
            Self::AmountOutOfRange => render(Code::AmountOutOfRange.template(lang), &[]),
            Self::InvalidBank => render(Code::InvalidBank.template(lang), &[]),
            Self::InvalidIban => render(Code::InvalidIban.template(lang), &[]),
            Self::InvalidCurrency => render(Code::InvalidCurrency.template(lang), &[]),
            Self::TransactionNotFound => {
                render(Code::TransactionNotFound.template(lang), &[])
            }
            Self::BankNotFound => render(Code::BankNotFound.template(lang), &[]),
            Self::DuplicateTransaction => {
                render(Code::DuplicateTransaction.template(lang), &[])
            }
            Self::InternalServerError => {
                render(Code::InternalServerError.template(lang), &[])
            }
            Self::ServiceUnavailable => {
                render(Code::ServiceUnavailable.template(lang), &[])
            }
            Self::Unrecognized { code, message, .. } => {
                message.clone().unwrap_or_else(|| code.clone())
            }
        }
    }
}
impl ::std::fmt::Display for Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "{}: {}", self.wire_code(), self.message(Lang::En))
    }
}
impl ::std::error::Error for Error {}
