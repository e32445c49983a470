// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! Error groups, codes and typed errors of the Finrota Payment Web Service (PWS), from its catalog in `spec/finrota-pws/`.
use crate::support::{
    Actor, Lang, PassthroughOrigin, Piece, Retry, WireEnum, wire_enum_traits,
};
/// The error groups of the Finrota Payment Web Service (PWS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Group {
    /// `CLIENT_ERROR`: Errors in the request or in the caller's state, answered with a 4xx HTTP status (P001–P007).
    ClientError,
    /// `SERVER_ERROR`: Errors of the server, the bank service or the gateway, answered with a 5xx HTTP status (P008–P010).
    ServerError,
    /// `TRANSACTION_ERROR`: The transaction itself failed at the bank or in business rules; statusCode carries a pseudo-status 600–609 (P011–P020).
    TransactionError,
}
impl WireEnum for Group {
    const ALL: &'static [Self] = &[
        Self::ClientError,
        Self::ServerError,
        Self::TransactionError,
    ];
    fn as_wire(self) -> &'static str {
        match self {
            Self::ClientError => "CLIENT_ERROR",
            Self::ServerError => "SERVER_ERROR",
            Self::TransactionError => "TRANSACTION_ERROR",
        }
    }
}
wire_enum_traits!(Group, "Finrota Payment Web Service (PWS) error group");
impl Group {
    /// What the group means, in the given language.
    pub fn description(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::ClientError, Lang::En) => {
                "Errors in the request or in the caller's state, answered with a 4xx HTTP status (P001–P007)."
            }
            (Self::ClientError, Lang::Tr) => {
                "İstekten ya da istemcinin durumundan kaynaklanan hatalar; 4xx HTTP durum koduyla döner (P001–P007)."
            }
            (Self::ServerError, Lang::En) => {
                "Errors of the server, the bank service or the gateway, answered with a 5xx HTTP status (P008–P010)."
            }
            (Self::ServerError, Lang::Tr) => {
                "Sunucu, banka servisi veya ödeme geçidi kaynaklı hatalar; 5xx HTTP durum koduyla döner (P008–P010)."
            }
            (Self::TransactionError, Lang::En) => {
                "The transaction itself failed at the bank or in business rules; statusCode carries a pseudo-status 600–609 (P011–P020)."
            }
            (Self::TransactionError, Lang::Tr) => {
                "İşlemin kendisi bankada ya da iş kurallarında başarısız olur; statusCode, HTTP'de karşılığı olmayan 600–609 arası bir sözde durum kodu taşır (P011–P020)."
            }
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
/// The error codes of the Finrota Payment Web Service (PWS), as the catalog lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Code {
    /// `P001` (CLIENT_ERROR): Invalid request parameter
    InvalidRequestParameter,
    /// `P002` (CLIENT_ERROR): Unauthorized access
    UnauthorizedAccess,
    /// `P003` (CLIENT_ERROR): Permission denied
    PermissionDenied,
    /// `P004` (CLIENT_ERROR): Record not found
    RecordNotFound,
    /// `P005` (CLIENT_ERROR): Transaction conflict
    TransactionConflict,
    /// `P006` (CLIENT_ERROR): Transaction validation error
    TransactionValidationError,
    /// `P007` (CLIENT_ERROR): Too many requests
    TooManyRequests,
    /// `P008` (SERVER_ERROR): System error
    SystemError,
    /// `P009` (SERVER_ERROR): Bank service unavailable
    BankServiceUnavailable,
    /// `P010` (SERVER_ERROR): Timeout
    Timeout,
    /// `P011` (TRANSACTION_ERROR): Payment failed
    PaymentFailed,
    /// `P012` (TRANSACTION_ERROR): OTP error
    OtpError,
    /// `P013` (TRANSACTION_ERROR): Cancellation failed
    CancellationFailed,
    /// `P014` (TRANSACTION_ERROR): Refund failed
    RefundFailed,
    /// `P015` (TRANSACTION_ERROR): Partial refund limit exceeded
    PartialRefundLimitExceeded,
    /// `P016` (TRANSACTION_ERROR): Unsupported transaction type
    UnsupportedTransactionType,
    /// `P017` (TRANSACTION_ERROR): Transaction already completed
    TransactionAlreadyCompleted,
    /// `P018` (TRANSACTION_ERROR): BIN undefined
    BinUndefined,
    /// `P019` (TRANSACTION_ERROR): POS not found
    PosNotFound,
    /// `P020` (TRANSACTION_ERROR): Exchange rate error
    ExchangeRateError,
}
/// Where each code comes from, in catalog order (what `Code::provenance` answers).
static CODE_PROVENANCE: [crate::support::Provenance; 20] = [
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
];
impl WireEnum for Code {
    const ALL: &'static [Self] = &[
        Self::InvalidRequestParameter,
        Self::UnauthorizedAccess,
        Self::PermissionDenied,
        Self::RecordNotFound,
        Self::TransactionConflict,
        Self::TransactionValidationError,
        Self::TooManyRequests,
        Self::SystemError,
        Self::BankServiceUnavailable,
        Self::Timeout,
        Self::PaymentFailed,
        Self::OtpError,
        Self::CancellationFailed,
        Self::RefundFailed,
        Self::PartialRefundLimitExceeded,
        Self::UnsupportedTransactionType,
        Self::TransactionAlreadyCompleted,
        Self::BinUndefined,
        Self::PosNotFound,
        Self::ExchangeRateError,
    ];
    fn as_wire(self) -> &'static str {
        match self {
            Self::InvalidRequestParameter => "P001",
            Self::UnauthorizedAccess => "P002",
            Self::PermissionDenied => "P003",
            Self::RecordNotFound => "P004",
            Self::TransactionConflict => "P005",
            Self::TransactionValidationError => "P006",
            Self::TooManyRequests => "P007",
            Self::SystemError => "P008",
            Self::BankServiceUnavailable => "P009",
            Self::Timeout => "P010",
            Self::PaymentFailed => "P011",
            Self::OtpError => "P012",
            Self::CancellationFailed => "P013",
            Self::RefundFailed => "P014",
            Self::PartialRefundLimitExceeded => "P015",
            Self::UnsupportedTransactionType => "P016",
            Self::TransactionAlreadyCompleted => "P017",
            Self::BinUndefined => "P018",
            Self::PosNotFound => "P019",
            Self::ExchangeRateError => "P020",
        }
    }
}
wire_enum_traits!(Code, "Finrota Payment Web Service (PWS) error code");
impl Code {
    /// The group the code belongs to.
    pub fn group(self) -> Group {
        match self {
            Self::InvalidRequestParameter => Group::ClientError,
            Self::UnauthorizedAccess => Group::ClientError,
            Self::PermissionDenied => Group::ClientError,
            Self::RecordNotFound => Group::ClientError,
            Self::TransactionConflict => Group::ClientError,
            Self::TransactionValidationError => Group::ClientError,
            Self::TooManyRequests => Group::ClientError,
            Self::SystemError => Group::ServerError,
            Self::BankServiceUnavailable => Group::ServerError,
            Self::Timeout => Group::ServerError,
            Self::PaymentFailed => Group::TransactionError,
            Self::OtpError => Group::TransactionError,
            Self::CancellationFailed => Group::TransactionError,
            Self::RefundFailed => Group::TransactionError,
            Self::PartialRefundLimitExceeded => Group::TransactionError,
            Self::UnsupportedTransactionType => Group::TransactionError,
            Self::TransactionAlreadyCompleted => Group::TransactionError,
            Self::BinUndefined => Group::TransactionError,
            Self::PosNotFound => Group::TransactionError,
            Self::ExchangeRateError => Group::TransactionError,
        }
    }
    /// The HTTP status the API answers with, where the vendor gives one.
    pub fn http_status(self) -> Option<u16> {
        match self {
            Self::InvalidRequestParameter => Some(400),
            Self::UnauthorizedAccess => Some(401),
            Self::PermissionDenied => Some(403),
            Self::RecordNotFound => Some(404),
            Self::TransactionConflict => Some(409),
            Self::TransactionValidationError => Some(422),
            Self::TooManyRequests => Some(429),
            Self::SystemError => Some(500),
            Self::BankServiceUnavailable => Some(503),
            Self::Timeout => Some(504),
            Self::PaymentFailed => None,
            Self::OtpError => None,
            Self::CancellationFailed => None,
            Self::RefundFailed => None,
            Self::PartialRefundLimitExceeded => None,
            Self::UnsupportedTransactionType => None,
            Self::TransactionAlreadyCompleted => None,
            Self::BinUndefined => None,
            Self::PosNotFound => None,
            Self::ExchangeRateError => None,
        }
    }
    /// The vendor's pseudo-status (not an HTTP status), where it has one.
    pub fn pseudo_status(self) -> Option<u16> {
        match self {
            Self::InvalidRequestParameter => None,
            Self::UnauthorizedAccess => None,
            Self::PermissionDenied => None,
            Self::RecordNotFound => None,
            Self::TransactionConflict => None,
            Self::TransactionValidationError => None,
            Self::TooManyRequests => None,
            Self::SystemError => None,
            Self::BankServiceUnavailable => None,
            Self::Timeout => None,
            Self::PaymentFailed => Some(600),
            Self::OtpError => Some(601),
            Self::CancellationFailed => Some(602),
            Self::RefundFailed => Some(603),
            Self::PartialRefundLimitExceeded => Some(604),
            Self::UnsupportedTransactionType => Some(605),
            Self::TransactionAlreadyCompleted => Some(606),
            Self::BinUndefined => Some(607),
            Self::PosNotFound => Some(608),
            Self::ExchangeRateError => Some(609),
        }
    }
    /// Whether and how a client may retry.
    pub fn retry(self) -> Retry {
        match self {
            Self::InvalidRequestParameter => Retry::AfterFix,
            Self::UnauthorizedAccess => Retry::AfterFix,
            Self::PermissionDenied => Retry::AfterFix,
            Self::RecordNotFound => Retry::Never,
            Self::TransactionConflict => Retry::Never,
            Self::TransactionValidationError => Retry::AfterFix,
            Self::TooManyRequests => Retry::Backoff,
            Self::SystemError => Retry::Backoff,
            Self::BankServiceUnavailable => Retry::Backoff,
            Self::Timeout => Retry::QueryFirst,
            Self::PaymentFailed => Retry::AfterFix,
            Self::OtpError => Retry::AfterFix,
            Self::CancellationFailed => Retry::Never,
            Self::RefundFailed => Retry::AfterFix,
            Self::PartialRefundLimitExceeded => Retry::Never,
            Self::UnsupportedTransactionType => Retry::AfterFix,
            Self::TransactionAlreadyCompleted => Retry::Never,
            Self::BinUndefined => Retry::Never,
            Self::PosNotFound => Retry::AfterFix,
            Self::ExchangeRateError => Retry::AfterFix,
        }
    }
    /// Who must act to resolve it.
    pub fn actor(self) -> Actor {
        match self {
            Self::InvalidRequestParameter => Actor::Caller,
            Self::UnauthorizedAccess => Actor::Caller,
            Self::PermissionDenied => Actor::Operator,
            Self::RecordNotFound => Actor::Caller,
            Self::TransactionConflict => Actor::Caller,
            Self::TransactionValidationError => Actor::Caller,
            Self::TooManyRequests => Actor::Caller,
            Self::SystemError => Actor::Provider,
            Self::BankServiceUnavailable => Actor::Provider,
            Self::Timeout => Actor::Caller,
            Self::PaymentFailed => Actor::Cardholder,
            Self::OtpError => Actor::Cardholder,
            Self::CancellationFailed => Actor::Caller,
            Self::RefundFailed => Actor::Operator,
            Self::PartialRefundLimitExceeded => Actor::Caller,
            Self::UnsupportedTransactionType => Actor::Caller,
            Self::TransactionAlreadyCompleted => Actor::Caller,
            Self::BinUndefined => Actor::Cardholder,
            Self::PosNotFound => Actor::Operator,
            Self::ExchangeRateError => Actor::Caller,
        }
    }
    /// Where the code (its identity and group) comes from: the document the spec cites, and on what basis.
    pub fn provenance(self) -> &'static crate::support::Provenance {
        match self {
            Self::InvalidRequestParameter => &CODE_PROVENANCE[0],
            Self::UnauthorizedAccess => &CODE_PROVENANCE[1],
            Self::PermissionDenied => &CODE_PROVENANCE[2],
            Self::RecordNotFound => &CODE_PROVENANCE[3],
            Self::TransactionConflict => &CODE_PROVENANCE[4],
            Self::TransactionValidationError => &CODE_PROVENANCE[5],
            Self::TooManyRequests => &CODE_PROVENANCE[6],
            Self::SystemError => &CODE_PROVENANCE[7],
            Self::BankServiceUnavailable => &CODE_PROVENANCE[8],
            Self::Timeout => &CODE_PROVENANCE[9],
            Self::PaymentFailed => &CODE_PROVENANCE[10],
            Self::OtpError => &CODE_PROVENANCE[11],
            Self::CancellationFailed => &CODE_PROVENANCE[12],
            Self::RefundFailed => &CODE_PROVENANCE[13],
            Self::PartialRefundLimitExceeded => &CODE_PROVENANCE[14],
            Self::UnsupportedTransactionType => &CODE_PROVENANCE[15],
            Self::TransactionAlreadyCompleted => &CODE_PROVENANCE[16],
            Self::BinUndefined => &CODE_PROVENANCE[17],
            Self::PosNotFound => &CODE_PROVENANCE[18],
            Self::ExchangeRateError => &CODE_PROVENANCE[19],
        }
    }
    /// The names of the message's placeholders, in placeholder order (`{0}` first).
    pub fn placeholders(self) -> &'static [&'static str] {
        match self {
            Self::InvalidRequestParameter => &[],
            Self::UnauthorizedAccess => &[],
            Self::PermissionDenied => &[],
            Self::RecordNotFound => &[],
            Self::TransactionConflict => &[],
            Self::TransactionValidationError => &[],
            Self::TooManyRequests => &[],
            Self::SystemError => &[],
            Self::BankServiceUnavailable => &[],
            Self::Timeout => &[],
            Self::PaymentFailed => &[],
            Self::OtpError => &[],
            Self::CancellationFailed => &[],
            Self::RefundFailed => &[],
            Self::PartialRefundLimitExceeded => &[],
            Self::UnsupportedTransactionType => &[],
            Self::TransactionAlreadyCompleted => &[],
            Self::BinUndefined => &[],
            Self::PosNotFound => &[],
            Self::ExchangeRateError => &[],
        }
    }
    /// The message template in the given language.
    pub fn template(self, lang: Lang) -> &'static [Piece] {
        match (self, lang) {
            (Self::InvalidRequestParameter, Lang::En) => {
                &[Piece::Literal("Invalid request parameter")]
            }
            (Self::InvalidRequestParameter, Lang::Tr) => {
                &[Piece::Literal("Geçersiz istek parametresi")]
            }
            (Self::UnauthorizedAccess, Lang::En) => {
                &[Piece::Literal("Unauthorized access")]
            }
            (Self::UnauthorizedAccess, Lang::Tr) => &[Piece::Literal("Yetkisiz erişim")],
            (Self::PermissionDenied, Lang::En) => &[Piece::Literal("Permission denied")],
            (Self::PermissionDenied, Lang::Tr) => &[Piece::Literal("Yetki reddedildi")],
            (Self::RecordNotFound, Lang::En) => &[Piece::Literal("Record not found")],
            (Self::RecordNotFound, Lang::Tr) => &[Piece::Literal("Kayıt bulunamadı")],
            (Self::TransactionConflict, Lang::En) => {
                &[Piece::Literal("Transaction conflict")]
            }
            (Self::TransactionConflict, Lang::Tr) => {
                &[Piece::Literal("İşlem çakışması")]
            }
            (Self::TransactionValidationError, Lang::En) => {
                &[Piece::Literal("Transaction validation error")]
            }
            (Self::TransactionValidationError, Lang::Tr) => {
                &[Piece::Literal("İşlem doğrulama hatası")]
            }
            (Self::TooManyRequests, Lang::En) => &[Piece::Literal("Too many requests")],
            (Self::TooManyRequests, Lang::Tr) => &[Piece::Literal("Çok fazla istek")],
            (Self::SystemError, Lang::En) => &[Piece::Literal("System error")],
            (Self::SystemError, Lang::Tr) => &[Piece::Literal("Sistem hatası")],
            (Self::BankServiceUnavailable, Lang::En) => {
                &[Piece::Literal("Bank service unavailable")]
            }
            (Self::BankServiceUnavailable, Lang::Tr) => {
                &[Piece::Literal("Banka servisi kullanılamıyor")]
            }
            (Self::Timeout, Lang::En) => &[Piece::Literal("Timeout")],
            (Self::Timeout, Lang::Tr) => &[Piece::Literal("Zaman aşımı")],
            (Self::PaymentFailed, Lang::En) => &[Piece::Literal("Payment failed")],
            (Self::PaymentFailed, Lang::Tr) => &[Piece::Literal("Ödeme başarısız")],
            (Self::OtpError, Lang::En) => &[Piece::Literal("OTP error")],
            (Self::OtpError, Lang::Tr) => &[Piece::Literal("OTP hatası")],
            (Self::CancellationFailed, Lang::En) => {
                &[Piece::Literal("Cancellation failed")]
            }
            (Self::CancellationFailed, Lang::Tr) => {
                &[Piece::Literal("İptal başarısız")]
            }
            (Self::RefundFailed, Lang::En) => &[Piece::Literal("Refund failed")],
            (Self::RefundFailed, Lang::Tr) => &[Piece::Literal("İade başarısız")],
            (Self::PartialRefundLimitExceeded, Lang::En) => {
                &[Piece::Literal("Partial refund limit exceeded")]
            }
            (Self::PartialRefundLimitExceeded, Lang::Tr) => {
                &[Piece::Literal("Kısmi iade limiti aşıldı")]
            }
            (Self::UnsupportedTransactionType, Lang::En) => {
                &[Piece::Literal("Unsupported transaction type")]
            }
            (Self::UnsupportedTransactionType, Lang::Tr) => {
                &[Piece::Literal("Desteklenmeyen işlem tipi")]
            }
            (Self::TransactionAlreadyCompleted, Lang::En) => {
                &[Piece::Literal("Transaction already completed")]
            }
            (Self::TransactionAlreadyCompleted, Lang::Tr) => {
                &[Piece::Literal("İşlem zaten tamamlandı")]
            }
            (Self::BinUndefined, Lang::En) => &[Piece::Literal("BIN undefined")],
            (Self::BinUndefined, Lang::Tr) => &[Piece::Literal("BIN tanımsız")],
            (Self::PosNotFound, Lang::En) => &[Piece::Literal("POS not found")],
            (Self::PosNotFound, Lang::Tr) => &[Piece::Literal("POS bulunamadı")],
            (Self::ExchangeRateError, Lang::En) => {
                &[Piece::Literal("Exchange rate error")]
            }
            (Self::ExchangeRateError, Lang::Tr) => &[Piece::Literal("Kur hatası")],
        }
    }
}
/// An error of the Finrota Payment Web Service (PWS): a code of its catalog with its arguments, an error another party passed through, or one this catalog does not recognize.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Error {
    /// `P001` (CLIENT_ERROR): Invalid request parameter
    InvalidRequestParameter,
    /// `P002` (CLIENT_ERROR): Unauthorized access
    UnauthorizedAccess,
    /// `P003` (CLIENT_ERROR): Permission denied
    PermissionDenied,
    /// `P004` (CLIENT_ERROR): Record not found
    RecordNotFound,
    /// `P005` (CLIENT_ERROR): Transaction conflict
    TransactionConflict,
    /// `P006` (CLIENT_ERROR): Transaction validation error
    TransactionValidationError,
    /// `P007` (CLIENT_ERROR): Too many requests
    TooManyRequests,
    /// `P008` (SERVER_ERROR): System error
    SystemError,
    /// `P009` (SERVER_ERROR): Bank service unavailable
    BankServiceUnavailable,
    /// `P010` (SERVER_ERROR): Timeout
    Timeout,
    /// `P011` (TRANSACTION_ERROR): Payment failed
    PaymentFailed,
    /// `P012` (TRANSACTION_ERROR): OTP error
    OtpError,
    /// `P013` (TRANSACTION_ERROR): Cancellation failed
    CancellationFailed,
    /// `P014` (TRANSACTION_ERROR): Refund failed
    RefundFailed,
    /// `P015` (TRANSACTION_ERROR): Partial refund limit exceeded
    PartialRefundLimitExceeded,
    /// `P016` (TRANSACTION_ERROR): Unsupported transaction type
    UnsupportedTransactionType,
    /// `P017` (TRANSACTION_ERROR): Transaction already completed
    TransactionAlreadyCompleted,
    /// `P018` (TRANSACTION_ERROR): BIN undefined
    BinUndefined,
    /// `P019` (TRANSACTION_ERROR): POS not found
    PosNotFound,
    /// `P020` (TRANSACTION_ERROR): Exchange rate error
    ExchangeRateError,
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
            Code::InvalidRequestParameter => Self::InvalidRequestParameter,
            Code::UnauthorizedAccess => Self::UnauthorizedAccess,
            Code::PermissionDenied => Self::PermissionDenied,
            Code::RecordNotFound => Self::RecordNotFound,
            Code::TransactionConflict => Self::TransactionConflict,
            Code::TransactionValidationError => Self::TransactionValidationError,
            Code::TooManyRequests => Self::TooManyRequests,
            Code::SystemError => Self::SystemError,
            Code::BankServiceUnavailable => Self::BankServiceUnavailable,
            Code::Timeout => Self::Timeout,
            Code::PaymentFailed => Self::PaymentFailed,
            Code::OtpError => Self::OtpError,
            Code::CancellationFailed => Self::CancellationFailed,
            Code::RefundFailed => Self::RefundFailed,
            Code::PartialRefundLimitExceeded => Self::PartialRefundLimitExceeded,
            Code::UnsupportedTransactionType => Self::UnsupportedTransactionType,
            Code::TransactionAlreadyCompleted => Self::TransactionAlreadyCompleted,
            Code::BinUndefined => Self::BinUndefined,
            Code::PosNotFound => Self::PosNotFound,
            Code::ExchangeRateError => Self::ExchangeRateError,
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
            Self::InvalidRequestParameter => Some(Code::InvalidRequestParameter),
            Self::UnauthorizedAccess => Some(Code::UnauthorizedAccess),
            Self::PermissionDenied => Some(Code::PermissionDenied),
            Self::RecordNotFound => Some(Code::RecordNotFound),
            Self::TransactionConflict => Some(Code::TransactionConflict),
            Self::TransactionValidationError => Some(Code::TransactionValidationError),
            Self::TooManyRequests => Some(Code::TooManyRequests),
            Self::SystemError => Some(Code::SystemError),
            Self::BankServiceUnavailable => Some(Code::BankServiceUnavailable),
            Self::Timeout => Some(Code::Timeout),
            Self::PaymentFailed => Some(Code::PaymentFailed),
            Self::OtpError => Some(Code::OtpError),
            Self::CancellationFailed => Some(Code::CancellationFailed),
            Self::RefundFailed => Some(Code::RefundFailed),
            Self::PartialRefundLimitExceeded => Some(Code::PartialRefundLimitExceeded),
            Self::UnsupportedTransactionType => Some(Code::UnsupportedTransactionType),
            Self::TransactionAlreadyCompleted => Some(Code::TransactionAlreadyCompleted),
            Self::BinUndefined => Some(Code::BinUndefined),
            Self::PosNotFound => Some(Code::PosNotFound),
            Self::ExchangeRateError => Some(Code::ExchangeRateError),
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
            Self::InvalidRequestParameter => {
                render(Code::InvalidRequestParameter.template(lang), &[])
            }
            Self::UnauthorizedAccess => {
                render(Code::UnauthorizedAccess.template(lang), &[])
            }
            Self::PermissionDenied => render(Code::PermissionDenied.template(lang), &[]),
            Self::RecordNotFound => render(Code::RecordNotFound.template(lang), &[]),
            Self::TransactionConflict => {
                render(Code::TransactionConflict.template(lang), &[])
            }
            Self::TransactionValidationError => {
                render(Code::TransactionValidationError.template(lang), &[])
            }
            Self::TooManyRequests => render(Code::TooManyRequests.template(lang), &[]),
            Self::SystemError => render(Code::SystemError.template(lang), &[]),
            Self::BankServiceUnavailable => {
                render(Code::BankServiceUnavailable.template(lang), &[])
            }
            Self::Timeout => render(Code::Timeout.template(lang), &[]),
            Self::PaymentFailed => render(Code::PaymentFailed.template(lang), &[]),
            Self::OtpError => render(Code::OtpError.template(lang), &[]),
            Self::CancellationFailed => {
                render(Code::CancellationFailed.template(lang), &[])
            }
            Self::RefundFailed => render(Code::RefundFailed.template(lang), &[]),
            Self::PartialRefundLimitExceeded => {
                render(Code::PartialRefundLimitExceeded.template(lang), &[])
            }
            Self::UnsupportedTransactionType => {
                render(Code::UnsupportedTransactionType.template(lang), &[])
            }
            Self::TransactionAlreadyCompleted => {
                render(Code::TransactionAlreadyCompleted.template(lang), &[])
            }
            Self::BinUndefined => render(Code::BinUndefined.template(lang), &[]),
            Self::PosNotFound => render(Code::PosNotFound.template(lang), &[]),
            Self::ExchangeRateError => {
                render(Code::ExchangeRateError.template(lang), &[])
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
