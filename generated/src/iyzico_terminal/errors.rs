// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! Error groups, codes and typed errors of the iyzico Terminal API, from its catalog in `spec/iyzico-terminal/`.
use crate::support::{
    Actor, Lang, PassthroughOrigin, Piece, Retry, WireEnum, wire_enum_traits,
};
/// The error groups of the iyzico Terminal API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Group {
    /// `TIMEOUT_ERROR`: Returned when the device does not answer within a set time while a response is awaited: a timeout occurs.
    TimeoutError,
    /// `SYSTEM_ERROR`: Returned when a system error occurs while a device response is awaited, when the token sent has a problem, when the system has a momentary problem, or when an unexpected situation arises.
    SystemError,
    /// `BANK_ERROR`: Returned when the transaction fails at the bank (an authCode other than 00).
    BankError,
    /// `DEVICE_ERROR`: Returned when the device returns an error.
    DeviceError,
    /// `PAYMENT_ERROR`: Returned when an error is received from iyzico's payment services.
    PaymentError,
    /// `BUSINESS_ERROR`: Returned when something happened that business logic does not allow.
    BusinessError,
    /// `VALIDATION_ERROR`: Returned when the request sent has a problem.
    ValidationError,
    /// `OAUTH_ERROR`: Errors of the OAuth 2.0 login calls, under the names RFC 6749 gives them: the error of a failed token call or the errorCode of a failed authorize call.
    OauthError,
}
impl WireEnum for Group {
    const ALL: &'static [Self] = &[
        Self::TimeoutError,
        Self::SystemError,
        Self::BankError,
        Self::DeviceError,
        Self::PaymentError,
        Self::BusinessError,
        Self::ValidationError,
        Self::OauthError,
    ];
    fn as_wire(self) -> &'static str {
        match self {
            Self::TimeoutError => "TIMEOUT_ERROR",
            Self::SystemError => "SYSTEM_ERROR",
            Self::BankError => "BANK_ERROR",
            Self::DeviceError => "DEVICE_ERROR",
            Self::PaymentError => "PAYMENT_ERROR",
            Self::BusinessError => "BUSINESS_ERROR",
            Self::ValidationError => "VALIDATION_ERROR",
            Self::OauthError => "OAUTH_ERROR",
        }
    }
}
wire_enum_traits!(Group, "iyzico Terminal API error group");
impl Group {
    /// What the group means, in the given language.
    pub fn description(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::TimeoutError, Lang::En) => {
                "Returned when the device does not answer within a set time while a response is awaited: a timeout occurs."
            }
            (Self::TimeoutError, Lang::Tr) => {
                "Cihazdan yanıt beklenirken, belirli bir zaman içerisinde dönmez ise zamanaşımı olur ve bu hata grubu döner."
            }
            (Self::SystemError, Lang::En) => {
                "Returned when a system error occurs while a device response is awaited, when the token sent has a problem, when the system has a momentary problem, or when an unexpected situation arises."
            }
            (Self::SystemError, Lang::Tr) => {
                "Cihazdan yanıt beklenirken sistemsel bir hata olursa, gönderilen token bilgisinde bir problem varsa, sistemde anlık bir problem varsa veya beklenmeyen bir durum oluşmuş ise bu hata grubu döner."
            }
            (Self::BankError, Lang::En) => {
                "Returned when the transaction fails at the bank (an authCode other than 00)."
            }
            (Self::BankError, Lang::Tr) => {
                "İşlem banka tarafında hata alırsa (authCode 00 haricinde) bu hata grubu döner."
            }
            (Self::DeviceError, Lang::En) => "Returned when the device returns an error.",
            (Self::DeviceError, Lang::Tr) => {
                "Cihazdan hata döner ise bu hata grubu dönülür."
            }
            (Self::PaymentError, Lang::En) => {
                "Returned when an error is received from iyzico's payment services."
            }
            (Self::PaymentError, Lang::Tr) => {
                "iyzico Payment servislerinden bir hata alınırsa bu hata grubu döner."
            }
            (Self::BusinessError, Lang::En) => {
                "Returned when something happened that business logic does not allow."
            }
            (Self::BusinessError, Lang::Tr) => {
                "İş mantığı açısından olmaması gereken bir durum yaşanmış ise bu hata grubu döner."
            }
            (Self::ValidationError, Lang::En) => {
                "Returned when the request sent has a problem."
            }
            (Self::ValidationError, Lang::Tr) => {
                "Gönderilen requestte bir problem var ise bu hata grubu döner."
            }
            (Self::OauthError, Lang::En) => {
                "Errors of the OAuth 2.0 login calls, under the names RFC 6749 gives them: the error of a failed token call or the errorCode of a failed authorize call."
            }
            (Self::OauthError, Lang::Tr) => {
                "OAuth 2.0 giriş (login) çağrılarının hataları; adları RFC 6749'dakilerle aynıdır: başarısız bir token çağrısında error alanı, başarısız bir authorize çağrısında errorCode alanı."
            }
        }
    }
    /// For a group whose errors carry another party's code and message, whose they are.
    pub fn passthrough(self) -> Option<PassthroughOrigin> {
        #[allow(clippy::match_single_binding)]
        match self {
            Self::BankError => Some(PassthroughOrigin::Bank),
            Self::PaymentError => Some(PassthroughOrigin::PaymentService),
            _ => None,
        }
    }
}
/// The error codes of the iyzico Terminal API, as the catalog lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Code {
    /// `380103` (TIMEOUT_ERROR): Timeout occurred while waiting for device response!
    DeviceResponseTimeout,
    /// `100310` (SYSTEM_ERROR): Invalid token!
    InvalidToken,
    /// `100311` (SYSTEM_ERROR): Access token expired!
    AccessTokenExpired,
    /// `380102` (SYSTEM_ERROR): You do not have access to the information of this auth device!
    AuthDeviceAccessDenied,
    /// `380201` (DEVICE_ERROR): Terminal is currently busy, please wait for the previous operation to complete
    TerminalBusy,
    /// `380202` (DEVICE_ERROR): Techpos application could not be started. Please try again.
    TechposStartFailed,
    /// `380203` (DEVICE_ERROR): Null response received from Techpos application
    TechposNullResponse,
    /// `380204` (DEVICE_ERROR): Error occurred during refresh token and user session has been terminated
    RefreshTokenFailedSessionEnded,
    /// `380205` (DEVICE_ERROR): Response message to be sent from device could not be created
    DeviceResponseNotCreated,
    /// `380101` (BUSINESS_ERROR): Auth Device not found! For username: {0}
    AuthDeviceNotFound,
    /// `380107` (BUSINESS_ERROR): Payment not found with paymentId: {0}
    PaymentNotFoundByPaymentId,
    /// `380108` (BUSINESS_ERROR): Payment not found with id: {0}
    PaymentNotFoundById,
    /// `380109` (BUSINESS_ERROR): Payment not found with orderId: {0}
    PaymentNotFoundByOrderId,
    /// `380112` (BUSINESS_ERROR): The amount you want to cancel/refund is not available in your account. Please check your balance information.
    InsufficientBalanceForCancelRefund,
    /// `380104` (VALIDATION_ERROR): Device request validation error! Details: {0}
    RequestValidationFailed,
    /// `380105` (VALIDATION_ERROR): Operation {0} is not supported for device modal: {1}
    OperationNotSupportedForDeviceModel,
    /// `380111` (VALIDATION_ERROR): Either transactionReferenceId or paymentId must be provided.
    PaymentReferenceMissing,
    /// `invalid_grant` (OAUTH_ERROR): The authorization code or refresh token is invalid, expired, revoked or already used.
    InvalidGrant,
    /// `invalid_client` (OAUTH_ERROR): Client authentication failed: the client_id or client_secret is wrong.
    InvalidClient,
    /// `unsupported_response_type` (OAUTH_ERROR): The authorization server does not support this response_type; send code.
    UnsupportedResponseType,
}
/// Where each code comes from, in catalog order (what `Code::provenance` answers).
static CODE_PROVENANCE: [crate::support::Provenance; 20] = [
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Vendor,
        reason: Some(
            "Group, code and both texts are seed 000's; seed 000 gives no HTTP status, so none is fixed per code (the operation pages answer failures with 400, a VUK 509 void with 422).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[3],
        basis: crate::support::Basis::Decision,
        reason: Some(
            "The value is on the login page (the token failure (error)) and RFC 6749 section 5.2 defines it; its OAUTH_ERROR group is the project's, and no HTTP status is fixed per code (the token call documents 400 and 401 without mapping them).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[3],
        basis: crate::support::Basis::Decision,
        reason: Some(
            "The value is on the login page (the token failure (error)) and RFC 6749 section 5.2 defines it; its OAUTH_ERROR group is the project's, and no HTTP status is fixed per code (the token call documents 400 and 401 without mapping them).",
        ),
    },
    crate::support::Provenance {
        source: &super::SOURCES[3],
        basis: crate::support::Basis::Decision,
        reason: Some(
            "The value is on the login page (the authorize failure (errorCode)) and RFC 6749 section 4.1.2.1 defines it; its OAUTH_ERROR group is the project's, and no HTTP status is fixed per code (the token call documents 400 and 401 without mapping them).",
        ),
    },
];
impl WireEnum for Code {
    const ALL: &'static [Self] = &[
        Self::DeviceResponseTimeout,
        Self::InvalidToken,
        Self::AccessTokenExpired,
        Self::AuthDeviceAccessDenied,
        Self::TerminalBusy,
        Self::TechposStartFailed,
        Self::TechposNullResponse,
        Self::RefreshTokenFailedSessionEnded,
        Self::DeviceResponseNotCreated,
        Self::AuthDeviceNotFound,
        Self::PaymentNotFoundByPaymentId,
        Self::PaymentNotFoundById,
        Self::PaymentNotFoundByOrderId,
        Self::InsufficientBalanceForCancelRefund,
        Self::RequestValidationFailed,
        Self::OperationNotSupportedForDeviceModel,
        Self::PaymentReferenceMissing,
        Self::InvalidGrant,
        Self::InvalidClient,
        Self::UnsupportedResponseType,
    ];
    fn as_wire(self) -> &'static str {
        match self {
            Self::DeviceResponseTimeout => "380103",
            Self::InvalidToken => "100310",
            Self::AccessTokenExpired => "100311",
            Self::AuthDeviceAccessDenied => "380102",
            Self::TerminalBusy => "380201",
            Self::TechposStartFailed => "380202",
            Self::TechposNullResponse => "380203",
            Self::RefreshTokenFailedSessionEnded => "380204",
            Self::DeviceResponseNotCreated => "380205",
            Self::AuthDeviceNotFound => "380101",
            Self::PaymentNotFoundByPaymentId => "380107",
            Self::PaymentNotFoundById => "380108",
            Self::PaymentNotFoundByOrderId => "380109",
            Self::InsufficientBalanceForCancelRefund => "380112",
            Self::RequestValidationFailed => "380104",
            Self::OperationNotSupportedForDeviceModel => "380105",
            Self::PaymentReferenceMissing => "380111",
            Self::InvalidGrant => "invalid_grant",
            Self::InvalidClient => "invalid_client",
            Self::UnsupportedResponseType => "unsupported_response_type",
        }
    }
}
wire_enum_traits!(Code, "iyzico Terminal API error code");
impl Code {
    /// The group the code belongs to.
    pub fn group(self) -> Group {
        match self {
            Self::DeviceResponseTimeout => Group::TimeoutError,
            Self::InvalidToken => Group::SystemError,
            Self::AccessTokenExpired => Group::SystemError,
            Self::AuthDeviceAccessDenied => Group::SystemError,
            Self::TerminalBusy => Group::DeviceError,
            Self::TechposStartFailed => Group::DeviceError,
            Self::TechposNullResponse => Group::DeviceError,
            Self::RefreshTokenFailedSessionEnded => Group::DeviceError,
            Self::DeviceResponseNotCreated => Group::DeviceError,
            Self::AuthDeviceNotFound => Group::BusinessError,
            Self::PaymentNotFoundByPaymentId => Group::BusinessError,
            Self::PaymentNotFoundById => Group::BusinessError,
            Self::PaymentNotFoundByOrderId => Group::BusinessError,
            Self::InsufficientBalanceForCancelRefund => Group::BusinessError,
            Self::RequestValidationFailed => Group::ValidationError,
            Self::OperationNotSupportedForDeviceModel => Group::ValidationError,
            Self::PaymentReferenceMissing => Group::ValidationError,
            Self::InvalidGrant => Group::OauthError,
            Self::InvalidClient => Group::OauthError,
            Self::UnsupportedResponseType => Group::OauthError,
        }
    }
    /// The HTTP status the API answers with, where the vendor gives one.
    pub fn http_status(self) -> Option<u16> {
        match self {
            Self::DeviceResponseTimeout => None,
            Self::InvalidToken => None,
            Self::AccessTokenExpired => None,
            Self::AuthDeviceAccessDenied => None,
            Self::TerminalBusy => None,
            Self::TechposStartFailed => None,
            Self::TechposNullResponse => None,
            Self::RefreshTokenFailedSessionEnded => None,
            Self::DeviceResponseNotCreated => None,
            Self::AuthDeviceNotFound => None,
            Self::PaymentNotFoundByPaymentId => None,
            Self::PaymentNotFoundById => None,
            Self::PaymentNotFoundByOrderId => None,
            Self::InsufficientBalanceForCancelRefund => None,
            Self::RequestValidationFailed => None,
            Self::OperationNotSupportedForDeviceModel => None,
            Self::PaymentReferenceMissing => None,
            Self::InvalidGrant => None,
            Self::InvalidClient => None,
            Self::UnsupportedResponseType => None,
        }
    }
    /// The vendor's pseudo-status (not an HTTP status), where it has one.
    pub fn pseudo_status(self) -> Option<u16> {
        match self {
            Self::DeviceResponseTimeout => None,
            Self::InvalidToken => None,
            Self::AccessTokenExpired => None,
            Self::AuthDeviceAccessDenied => None,
            Self::TerminalBusy => None,
            Self::TechposStartFailed => None,
            Self::TechposNullResponse => None,
            Self::RefreshTokenFailedSessionEnded => None,
            Self::DeviceResponseNotCreated => None,
            Self::AuthDeviceNotFound => None,
            Self::PaymentNotFoundByPaymentId => None,
            Self::PaymentNotFoundById => None,
            Self::PaymentNotFoundByOrderId => None,
            Self::InsufficientBalanceForCancelRefund => None,
            Self::RequestValidationFailed => None,
            Self::OperationNotSupportedForDeviceModel => None,
            Self::PaymentReferenceMissing => None,
            Self::InvalidGrant => None,
            Self::InvalidClient => None,
            Self::UnsupportedResponseType => None,
        }
    }
    /// Whether and how a client may retry.
    pub fn retry(self) -> Retry {
        match self {
            Self::DeviceResponseTimeout => Retry::QueryFirst,
            Self::InvalidToken => Retry::AfterFix,
            Self::AccessTokenExpired => Retry::AfterFix,
            Self::AuthDeviceAccessDenied => Retry::AfterFix,
            Self::TerminalBusy => Retry::Backoff,
            Self::TechposStartFailed => Retry::Backoff,
            Self::TechposNullResponse => Retry::QueryFirst,
            Self::RefreshTokenFailedSessionEnded => Retry::AfterFix,
            Self::DeviceResponseNotCreated => Retry::QueryFirst,
            Self::AuthDeviceNotFound => Retry::AfterFix,
            Self::PaymentNotFoundByPaymentId => Retry::Never,
            Self::PaymentNotFoundById => Retry::Never,
            Self::PaymentNotFoundByOrderId => Retry::Never,
            Self::InsufficientBalanceForCancelRefund => Retry::AfterFix,
            Self::RequestValidationFailed => Retry::AfterFix,
            Self::OperationNotSupportedForDeviceModel => Retry::Never,
            Self::PaymentReferenceMissing => Retry::AfterFix,
            Self::InvalidGrant => Retry::AfterFix,
            Self::InvalidClient => Retry::AfterFix,
            Self::UnsupportedResponseType => Retry::AfterFix,
        }
    }
    /// Who must act to resolve it.
    pub fn actor(self) -> Actor {
        match self {
            Self::DeviceResponseTimeout => Actor::Caller,
            Self::InvalidToken => Actor::Caller,
            Self::AccessTokenExpired => Actor::Caller,
            Self::AuthDeviceAccessDenied => Actor::Operator,
            Self::TerminalBusy => Actor::Caller,
            Self::TechposStartFailed => Actor::Operator,
            Self::TechposNullResponse => Actor::Caller,
            Self::RefreshTokenFailedSessionEnded => Actor::Operator,
            Self::DeviceResponseNotCreated => Actor::Caller,
            Self::AuthDeviceNotFound => Actor::Operator,
            Self::PaymentNotFoundByPaymentId => Actor::Caller,
            Self::PaymentNotFoundById => Actor::Caller,
            Self::PaymentNotFoundByOrderId => Actor::Caller,
            Self::InsufficientBalanceForCancelRefund => Actor::Caller,
            Self::RequestValidationFailed => Actor::Caller,
            Self::OperationNotSupportedForDeviceModel => Actor::Caller,
            Self::PaymentReferenceMissing => Actor::Caller,
            Self::InvalidGrant => Actor::Caller,
            Self::InvalidClient => Actor::Operator,
            Self::UnsupportedResponseType => Actor::Caller,
        }
    }
    /// Where the code (its identity and group) comes from: the document the spec cites, and on what basis.
    pub fn provenance(self) -> &'static crate::support::Provenance {
        match self {
            Self::DeviceResponseTimeout => &CODE_PROVENANCE[0],
            Self::InvalidToken => &CODE_PROVENANCE[1],
            Self::AccessTokenExpired => &CODE_PROVENANCE[2],
            Self::AuthDeviceAccessDenied => &CODE_PROVENANCE[3],
            Self::TerminalBusy => &CODE_PROVENANCE[4],
            Self::TechposStartFailed => &CODE_PROVENANCE[5],
            Self::TechposNullResponse => &CODE_PROVENANCE[6],
            Self::RefreshTokenFailedSessionEnded => &CODE_PROVENANCE[7],
            Self::DeviceResponseNotCreated => &CODE_PROVENANCE[8],
            Self::AuthDeviceNotFound => &CODE_PROVENANCE[9],
            Self::PaymentNotFoundByPaymentId => &CODE_PROVENANCE[10],
            Self::PaymentNotFoundById => &CODE_PROVENANCE[11],
            Self::PaymentNotFoundByOrderId => &CODE_PROVENANCE[12],
            Self::InsufficientBalanceForCancelRefund => &CODE_PROVENANCE[13],
            Self::RequestValidationFailed => &CODE_PROVENANCE[14],
            Self::OperationNotSupportedForDeviceModel => &CODE_PROVENANCE[15],
            Self::PaymentReferenceMissing => &CODE_PROVENANCE[16],
            Self::InvalidGrant => &CODE_PROVENANCE[17],
            Self::InvalidClient => &CODE_PROVENANCE[18],
            Self::UnsupportedResponseType => &CODE_PROVENANCE[19],
        }
    }
    /// The names of the message's placeholders, in placeholder order (`{0}` first).
    pub fn placeholders(self) -> &'static [&'static str] {
        match self {
            Self::DeviceResponseTimeout => &[],
            Self::InvalidToken => &[],
            Self::AccessTokenExpired => &[],
            Self::AuthDeviceAccessDenied => &[],
            Self::TerminalBusy => &[],
            Self::TechposStartFailed => &[],
            Self::TechposNullResponse => &[],
            Self::RefreshTokenFailedSessionEnded => &[],
            Self::DeviceResponseNotCreated => &[],
            Self::AuthDeviceNotFound => &["username"],
            Self::PaymentNotFoundByPaymentId => &["payment_id"],
            Self::PaymentNotFoundById => &["id"],
            Self::PaymentNotFoundByOrderId => &["order_id"],
            Self::InsufficientBalanceForCancelRefund => &[],
            Self::RequestValidationFailed => &["details"],
            Self::OperationNotSupportedForDeviceModel => &["operation", "device_model"],
            Self::PaymentReferenceMissing => &[],
            Self::InvalidGrant => &[],
            Self::InvalidClient => &[],
            Self::UnsupportedResponseType => &[],
        }
    }
    /// The message template in the given language.
    pub fn template(self, lang: Lang) -> &'static [Piece] {
        match (self, lang) {
            (Self::DeviceResponseTimeout, Lang::En) => {
                &[Piece::Literal("Timeout occurred while waiting for device response!")]
            }
            (Self::DeviceResponseTimeout, Lang::Tr) => {
                &[Piece::Literal("Cihaz yanıtı beklenirken zaman aşımı oluştu!")]
            }
            (Self::InvalidToken, Lang::En) => &[Piece::Literal("Invalid token!")],
            (Self::InvalidToken, Lang::Tr) => &[Piece::Literal("Geçersiz token!")],
            (Self::AccessTokenExpired, Lang::En) => {
                &[Piece::Literal("Access token expired!")]
            }
            (Self::AccessTokenExpired, Lang::Tr) => {
                &[Piece::Literal("Token kullanım süresi dolmuştur!")]
            }
            (Self::AuthDeviceAccessDenied, Lang::En) => {
                &[
                    Piece::Literal(
                        "You do not have access to the information of this auth device!",
                    ),
                ]
            }
            (Self::AuthDeviceAccessDenied, Lang::Tr) => {
                &[Piece::Literal("Auth device bilgisine erişim hakkı yoktur!")]
            }
            (Self::TerminalBusy, Lang::En) => {
                &[
                    Piece::Literal(
                        "Terminal is currently busy, please wait for the previous operation to complete",
                    ),
                ]
            }
            (Self::TerminalBusy, Lang::Tr) => {
                &[
                    Piece::Literal(
                        "Terminal şu anda meşgul bir önceki işlemin bitmesini bekleyin",
                    ),
                ]
            }
            (Self::TechposStartFailed, Lang::En) => {
                &[
                    Piece::Literal(
                        "Techpos application could not be started. Please try again.",
                    ),
                ]
            }
            (Self::TechposStartFailed, Lang::Tr) => {
                &[
                    Piece::Literal(
                        "Techpos uygulaması başlatılamadı. Lütfen tekrar deneyin.",
                    ),
                ]
            }
            (Self::TechposNullResponse, Lang::En) => {
                &[Piece::Literal("Null response received from Techpos application")]
            }
            (Self::TechposNullResponse, Lang::Tr) => {
                &[Piece::Literal("Techpos uygulamasından boş (null) yanıt alındı")]
            }
            (Self::RefreshTokenFailedSessionEnded, Lang::En) => {
                &[
                    Piece::Literal(
                        "Error occurred during refresh token and user session has been terminated",
                    ),
                ]
            }
            (Self::RefreshTokenFailedSessionEnded, Lang::Tr) => {
                &[
                    Piece::Literal(
                        "Refresh token sırasında hata oluştu ve kullanıcı oturumu sonlandırıldı",
                    ),
                ]
            }
            (Self::DeviceResponseNotCreated, Lang::En) => {
                &[
                    Piece::Literal(
                        "Response message to be sent from device could not be created",
                    ),
                ]
            }
            (Self::DeviceResponseNotCreated, Lang::Tr) => {
                &[
                    Piece::Literal(
                        "Cihazdan gönderilecek yanıt mesajı oluşturulamadı",
                    ),
                ]
            }
            (Self::AuthDeviceNotFound, Lang::En) => {
                &[
                    Piece::Literal("Auth Device not found! For username: "),
                    Piece::Placeholder(0),
                ]
            }
            (Self::AuthDeviceNotFound, Lang::Tr) => {
                &[
                    Piece::Literal("Auth Device bulunamadı! username: "),
                    Piece::Placeholder(0),
                ]
            }
            (Self::PaymentNotFoundByPaymentId, Lang::En) => {
                &[
                    Piece::Literal("Payment not found with paymentId: "),
                    Piece::Placeholder(0),
                ]
            }
            (Self::PaymentNotFoundByPaymentId, Lang::Tr) => {
                &[
                    Piece::Literal("Ödeme bulunamadı paymentId: "),
                    Piece::Placeholder(0),
                ]
            }
            (Self::PaymentNotFoundById, Lang::En) => {
                &[Piece::Literal("Payment not found with id: "), Piece::Placeholder(0)]
            }
            (Self::PaymentNotFoundById, Lang::Tr) => {
                &[Piece::Literal("Ödeme bulunamadı id: "), Piece::Placeholder(0)]
            }
            (Self::PaymentNotFoundByOrderId, Lang::En) => {
                &[
                    Piece::Literal("Payment not found with orderId: "),
                    Piece::Placeholder(0),
                ]
            }
            (Self::PaymentNotFoundByOrderId, Lang::Tr) => {
                &[Piece::Literal("Ödeme bulunamadı orderId: "), Piece::Placeholder(0)]
            }
            (Self::InsufficientBalanceForCancelRefund, Lang::En) => {
                &[
                    Piece::Literal(
                        "The amount you want to cancel/refund is not available in your account. Please check your balance information.",
                    ),
                ]
            }
            (Self::InsufficientBalanceForCancelRefund, Lang::Tr) => {
                &[
                    Piece::Literal(
                        "İptal/iade yapmak istediğiniz tutar hesabınızda yoktur. Lütfen bakiye bilgilerinizi kontrol ediniz.",
                    ),
                ]
            }
            (Self::RequestValidationFailed, Lang::En) => {
                &[
                    Piece::Literal("Device request validation error! Details: "),
                    Piece::Placeholder(0),
                ]
            }
            (Self::RequestValidationFailed, Lang::Tr) => {
                &[
                    Piece::Literal("Request doğrulama hatası! Detaylar: "),
                    Piece::Placeholder(0),
                ]
            }
            (Self::OperationNotSupportedForDeviceModel, Lang::En) => {
                &[
                    Piece::Literal("Operation "),
                    Piece::Placeholder(0),
                    Piece::Literal(" is not supported for device modal: "),
                    Piece::Placeholder(1),
                ]
            }
            (Self::OperationNotSupportedForDeviceModel, Lang::Tr) => {
                &[
                    Piece::Placeholder(0),
                    Piece::Literal(" işlemi "),
                    Piece::Placeholder(1),
                    Piece::Literal(" model cihazda desteklenmemektedir"),
                ]
            }
            (Self::PaymentReferenceMissing, Lang::En) => {
                &[
                    Piece::Literal(
                        "Either transactionReferenceId or paymentId must be provided.",
                    ),
                ]
            }
            (Self::PaymentReferenceMissing, Lang::Tr) => {
                &[
                    Piece::Literal(
                        "TransactionReferenceId veya PaymentId sağlanmalıdır.",
                    ),
                ]
            }
            (Self::InvalidGrant, Lang::En) => {
                &[
                    Piece::Literal(
                        "The authorization code or refresh token is invalid, expired, revoked or already used.",
                    ),
                ]
            }
            (Self::InvalidGrant, Lang::Tr) => {
                &[
                    Piece::Literal(
                        "Yetkilendirme kodu veya refresh token geçersiz, süresi dolmuş, iptal edilmiş ya da daha önce kullanılmış.",
                    ),
                ]
            }
            (Self::InvalidClient, Lang::En) => {
                &[
                    Piece::Literal(
                        "Client authentication failed: the client_id or client_secret is wrong.",
                    ),
                ]
            }
            (Self::InvalidClient, Lang::Tr) => {
                &[
                    Piece::Literal(
                        "İstemci kimlik doğrulaması başarısız: client_id veya client_secret hatalı.",
                    ),
                ]
            }
            (Self::UnsupportedResponseType, Lang::En) => {
                &[
                    Piece::Literal(
                        "The authorization server does not support this response_type; send code.",
                    ),
                ]
            }
            (Self::UnsupportedResponseType, Lang::Tr) => {
                &[
                    Piece::Literal(
                        "Yetkilendirme sunucusu bu response_type değerini desteklemiyor; response_type olarak code gönderin.",
                    ),
                ]
            }
        }
    }
}
/// An error of the iyzico Terminal API: a code of its catalog with its arguments, an error another party passed through, or one this catalog does not recognize.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Error {
    /// `380103` (TIMEOUT_ERROR): Timeout occurred while waiting for device response!
    DeviceResponseTimeout,
    /// `100310` (SYSTEM_ERROR): Invalid token!
    InvalidToken,
    /// `100311` (SYSTEM_ERROR): Access token expired!
    AccessTokenExpired,
    /// `380102` (SYSTEM_ERROR): You do not have access to the information of this auth device!
    AuthDeviceAccessDenied,
    /// `380201` (DEVICE_ERROR): Terminal is currently busy, please wait for the previous operation to complete
    TerminalBusy,
    /// `380202` (DEVICE_ERROR): Techpos application could not be started. Please try again.
    TechposStartFailed,
    /// `380203` (DEVICE_ERROR): Null response received from Techpos application
    TechposNullResponse,
    /// `380204` (DEVICE_ERROR): Error occurred during refresh token and user session has been terminated
    RefreshTokenFailedSessionEnded,
    /// `380205` (DEVICE_ERROR): Response message to be sent from device could not be created
    DeviceResponseNotCreated,
    /// `380101` (BUSINESS_ERROR): Auth Device not found! For username: {0}
    AuthDeviceNotFound {
        /// `{0}`: The username whose auth device was looked for.
        username: String,
    },
    /// `380107` (BUSINESS_ERROR): Payment not found with paymentId: {0}
    PaymentNotFoundByPaymentId {
        /// `{0}`: The paymentId that was looked for.
        payment_id: String,
    },
    /// `380108` (BUSINESS_ERROR): Payment not found with id: {0}
    PaymentNotFoundById {
        /// `{0}`: The id that was looked for.
        id: String,
    },
    /// `380109` (BUSINESS_ERROR): Payment not found with orderId: {0}
    PaymentNotFoundByOrderId {
        /// `{0}`: The orderId that was looked for.
        order_id: String,
    },
    /// `380112` (BUSINESS_ERROR): The amount you want to cancel/refund is not available in your account. Please check your balance information.
    InsufficientBalanceForCancelRefund,
    /// `380104` (VALIDATION_ERROR): Device request validation error! Details: {0}
    RequestValidationFailed {
        /// `{0}`: What is wrong with the request, as the service describes it.
        details: String,
    },
    /// `380105` (VALIDATION_ERROR): Operation {0} is not supported for device modal: {1}
    OperationNotSupportedForDeviceModel {
        /// `{0}`: The operation that was requested.
        operation: String,
        /// `{1}`: The model of the device.
        device_model: String,
    },
    /// `380111` (VALIDATION_ERROR): Either transactionReferenceId or paymentId must be provided.
    PaymentReferenceMissing,
    /// `invalid_grant` (OAUTH_ERROR): The authorization code or refresh token is invalid, expired, revoked or already used.
    InvalidGrant,
    /// `invalid_client` (OAUTH_ERROR): Client authentication failed: the client_id or client_secret is wrong.
    InvalidClient,
    /// `unsupported_response_type` (OAUTH_ERROR): The authorization server does not support this response_type; send code.
    UnsupportedResponseType,
    /// `BANK_ERROR`: Returned when the transaction fails at the bank (an authCode other than 00).
    BankError {
        /// The other party's own code, as the API passed it on.
        code: String,
        /// The other party's own message, as the API passed it on.
        message: String,
    },
    /// `PAYMENT_ERROR`: Returned when an error is received from iyzico's payment services.
    PaymentError {
        /// The other party's own code, as the API passed it on.
        code: String,
        /// The other party's own message, as the API passed it on.
        message: String,
    },
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
/// Reads a known code's arguments out of a message in any of the catalog's languages.
fn arguments(code: Code, text: &str) -> Option<Vec<String>> {
    Lang::ALL
        .into_iter()
        .find_map(|lang| crate::support::extract(code.template(lang), text))
}
#[allow(clippy::match_single_binding)]
impl Error {
    /// Classifies an error as the API sends it: its group (where the API sends one), code and message.
    /// Arguments are read back out of the message; pass-through groups keep the other party's code and message.
    pub fn from_wire(group: Option<&str>, code: &str, message: Option<&str>) -> Self {
        match group.and_then(Group::from_wire) {
            Some(Group::BankError) => {
                return Self::BankError {
                    code: code.to_owned(),
                    message: message.unwrap_or_default().to_owned(),
                };
            }
            Some(Group::PaymentError) => {
                return Self::PaymentError {
                    code: code.to_owned(),
                    message: message.unwrap_or_default().to_owned(),
                };
            }
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
            Code::DeviceResponseTimeout => Self::DeviceResponseTimeout,
            Code::InvalidToken => Self::InvalidToken,
            Code::AccessTokenExpired => Self::AccessTokenExpired,
            Code::AuthDeviceAccessDenied => Self::AuthDeviceAccessDenied,
            Code::TerminalBusy => Self::TerminalBusy,
            Code::TechposStartFailed => Self::TechposStartFailed,
            Code::TechposNullResponse => Self::TechposNullResponse,
            Code::RefreshTokenFailedSessionEnded => Self::RefreshTokenFailedSessionEnded,
            Code::DeviceResponseNotCreated => Self::DeviceResponseNotCreated,
            Code::AuthDeviceNotFound => {
                message
                    .and_then(|text| {
                        let mut args = arguments(known, text)?.into_iter();
                        Some(Self::AuthDeviceNotFound {
                            username: args.next()?,
                        })
                    })
                    .unwrap_or_else(unrecognized)
            }
            Code::PaymentNotFoundByPaymentId => {
                message
                    .and_then(|text| {
                        let mut args = arguments(known, text)?.into_iter();
                        Some(Self::PaymentNotFoundByPaymentId {
                            payment_id: args.next()?,
                        })
                    })
                    .unwrap_or_else(unrecognized)
            }
            Code::PaymentNotFoundById => {
                message
                    .and_then(|text| {
                        let mut args = arguments(known, text)?.into_iter();
                        Some(Self::PaymentNotFoundById {
                            id: args.next()?,
                        })
                    })
                    .unwrap_or_else(unrecognized)
            }
            Code::PaymentNotFoundByOrderId => {
                message
                    .and_then(|text| {
                        let mut args = arguments(known, text)?.into_iter();
                        Some(Self::PaymentNotFoundByOrderId {
                            order_id: args.next()?,
                        })
                    })
                    .unwrap_or_else(unrecognized)
            }
            Code::InsufficientBalanceForCancelRefund => {
                Self::InsufficientBalanceForCancelRefund
            }
            Code::RequestValidationFailed => {
                message
                    .and_then(|text| {
                        let mut args = arguments(known, text)?.into_iter();
                        Some(Self::RequestValidationFailed {
                            details: args.next()?,
                        })
                    })
                    .unwrap_or_else(unrecognized)
            }
            Code::OperationNotSupportedForDeviceModel => {
                message
                    .and_then(|text| {
                        let mut args = arguments(known, text)?.into_iter();
                        Some(Self::OperationNotSupportedForDeviceModel {
                            operation: args.next()?,
                            device_model: args.next()?,
                        })
                    })
                    .unwrap_or_else(unrecognized)
            }
            Code::PaymentReferenceMissing => Self::PaymentReferenceMissing,
            Code::InvalidGrant => Self::InvalidGrant,
            Code::InvalidClient => Self::InvalidClient,
            Code::UnsupportedResponseType => Self::UnsupportedResponseType,
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
            Self::DeviceResponseTimeout => Some(Code::DeviceResponseTimeout),
            Self::InvalidToken => Some(Code::InvalidToken),
            Self::AccessTokenExpired => Some(Code::AccessTokenExpired),
            Self::AuthDeviceAccessDenied => Some(Code::AuthDeviceAccessDenied),
            Self::TerminalBusy => Some(Code::TerminalBusy),
            Self::TechposStartFailed => Some(Code::TechposStartFailed),
            Self::TechposNullResponse => Some(Code::TechposNullResponse),
            Self::RefreshTokenFailedSessionEnded => {
                Some(Code::RefreshTokenFailedSessionEnded)
            }
            Self::DeviceResponseNotCreated => Some(Code::DeviceResponseNotCreated),
            Self::AuthDeviceNotFound { .. } => Some(Code::AuthDeviceNotFound),
            Self::PaymentNotFoundByPaymentId { .. } => {
                Some(Code::PaymentNotFoundByPaymentId)
            }
            Self::PaymentNotFoundById { .. } => Some(Code::PaymentNotFoundById),
            Self::PaymentNotFoundByOrderId { .. } => Some(Code::PaymentNotFoundByOrderId),
            Self::InsufficientBalanceForCancelRefund => {
                Some(Code::InsufficientBalanceForCancelRefund)
            }
            Self::RequestValidationFailed { .. } => Some(Code::RequestValidationFailed),
            Self::OperationNotSupportedForDeviceModel { .. } => {
                Some(Code::OperationNotSupportedForDeviceModel)
            }
            Self::PaymentReferenceMissing => Some(Code::PaymentReferenceMissing),
            Self::InvalidGrant => Some(Code::InvalidGrant),
            Self::InvalidClient => Some(Code::InvalidClient),
            Self::UnsupportedResponseType => Some(Code::UnsupportedResponseType),
            Self::BankError { .. } => None,
            Self::PaymentError { .. } => None,
            Self::Unrecognized { code, .. } => Code::from_wire(code),
        }
    }
    /// The code as it travels on the wire.
    pub fn wire_code(&self) -> &str {
        match self {
            Self::BankError { code, .. } => code,
            Self::PaymentError { code, .. } => code,
            Self::Unrecognized { code, .. } => code,
            known => known.code().map_or("", Code::as_wire),
        }
    }
    /// The error's group, where known.
    pub fn group(&self) -> Option<Group> {
        match self {
            Self::BankError { .. } => Some(Group::BankError),
            Self::PaymentError { .. } => Some(Group::PaymentError),
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
            Self::BankError { .. } => None,
            Self::PaymentError { .. } => None,
            other => other.code().and_then(Code::http_status),
        }
    }
    /// Whether and how a client may retry, where known.
    pub fn retry(&self) -> Option<Retry> {
        match self {
            Self::BankError { .. } => Some(Retry::AfterFix),
            Self::PaymentError { code, .. } => {
                Some(
                    match code.parse::<u64>() {
                        Ok(n) if (10000u64..=99999u64).contains(&n) => Retry::AfterFix,
                        _ => Retry::QueryFirst,
                    },
                )
            }
            other => other.code().map(Code::retry),
        }
    }
    /// Who must act to resolve it, where known.
    pub fn actor(&self) -> Option<Actor> {
        match self {
            Self::BankError { .. } => Some(Actor::Cardholder),
            Self::PaymentError { .. } => Some(Actor::Provider),
            other => other.code().map(Code::actor),
        }
    }
    /// The message in the given language, its placeholders filled; another party's or an unrecognized
    /// error's message as it came.
    pub fn message(&self, lang: Lang) -> String {
        use crate::support::render;
        match self {
            Self::DeviceResponseTimeout => {
                render(Code::DeviceResponseTimeout.template(lang), &[])
            }
            Self::InvalidToken => render(Code::InvalidToken.template(lang), &[]),
            Self::AccessTokenExpired => {
                render(Code::AccessTokenExpired.template(lang), &[])
            }
            Self::AuthDeviceAccessDenied => {
                render(Code::AuthDeviceAccessDenied.template(lang), &[])
            }
            Self::TerminalBusy => render(Code::TerminalBusy.template(lang), &[]),
            Self::TechposStartFailed => {
                render(Code::TechposStartFailed.template(lang), &[])
            }
            Self::TechposNullResponse => {
                render(Code::TechposNullResponse.template(lang), &[])
            }
            Self::RefreshTokenFailedSessionEnded => {
                render(Code::RefreshTokenFailedSessionEnded.template(lang), &[])
            }
            Self::DeviceResponseNotCreated => {
                render(Code::DeviceResponseNotCreated.template(lang), &[])
            }
            Self::AuthDeviceNotFound { username } => {
                render(Code::AuthDeviceNotFound.template(lang), &[username.to_string()])
            }
            Self::PaymentNotFoundByPaymentId { payment_id } => {
                render(
                    Code::PaymentNotFoundByPaymentId.template(lang),
                    &[payment_id.to_string()],
                )
            }
            Self::PaymentNotFoundById { id } => {
                render(Code::PaymentNotFoundById.template(lang), &[id.to_string()])
            }
            Self::PaymentNotFoundByOrderId { order_id } => {
                render(
                    Code::PaymentNotFoundByOrderId.template(lang),
                    &[order_id.to_string()],
                )
            }
            Self::InsufficientBalanceForCancelRefund => {
                render(Code::InsufficientBalanceForCancelRefund.template(lang), &[])
            }
            Self::RequestValidationFailed { details } => {
                render(
                    Code::RequestValidationFailed.template(lang),
                    &[details.to_string()],
                )
            }
            Self::OperationNotSupportedForDeviceModel { operation, device_model } => {
                render(
                    Code::OperationNotSupportedForDeviceModel.template(lang),
                    &[operation.to_string(), device_model.to_string()],
                )
            }
            Self::PaymentReferenceMissing => {
                render(Code::PaymentReferenceMissing.template(lang), &[])
            }
            Self::InvalidGrant => render(Code::InvalidGrant.template(lang), &[]),
            Self::InvalidClient => render(Code::InvalidClient.template(lang), &[]),
            Self::UnsupportedResponseType => {
                render(Code::UnsupportedResponseType.template(lang), &[])
            }
            Self::BankError { message, .. } => message.clone(),
            Self::PaymentError { message, .. } => message.clone(),
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
