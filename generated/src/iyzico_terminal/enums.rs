// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! The enumerations of the iyzico Terminal API, from `spec/iyzico-terminal/`.
use crate::support::{WireEnum, wire_enum_traits};
/// The language of the response (VUK 509).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vuk509Locale {
    /// `tr`: Turkish.
    Tr,
    /// `en`: English.
    En,
}
impl WireEnum for Vuk509Locale {
    const ALL: &'static [Self] = &[Self::Tr, Self::En];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Tr => "tr",
            Self::En => "en",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "tr" => Some(Self::Tr),
            "TR" => Some(Self::Tr),
            "TR-EN" => Some(Self::Tr),
            "en" => Some(Self::En),
            "EN" => Some(Self::En),
            _ => None,
        }
    }
}
wire_enum_traits!(Vuk509Locale, "iyzico Terminal API Vuk509Locale value");
/// The kind of VUK 509 payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vuk509SalesType {
    /// `SALE`: A sale: the amount is charged at once.
    Sale,
    /// `PRE_AUTH`: A pre-authorization: the amount is reserved on the card.
    PreAuth,
    /// `POST_AUTH`: A post-authorization: closes a PRE_AUTH named by paymentId.
    PostAuth,
}
impl WireEnum for Vuk509SalesType {
    const ALL: &'static [Self] = &[Self::Sale, Self::PreAuth, Self::PostAuth];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Sale => "SALE",
            Self::PreAuth => "PRE_AUTH",
            Self::PostAuth => "POST_AUTH",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "SALE" => Some(Self::Sale),
            "PRE_AUTH" => Some(Self::PreAuth),
            "POST_AUTH" => Some(Self::PostAuth),
            _ => None,
        }
    }
}
wire_enum_traits!(Vuk509SalesType, "iyzico Terminal API Vuk509SalesType value");
/// The result of a VUK 509 call; the vendor writes SUCCESS, FAILURE, etc. (open: fields keep values not listed here)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Vuk509ResultStatus {
    /// `SUCCESS`: The operation succeeded.
    Success,
    /// `FAILURE`: The operation failed; the error fields say why.
    Failure,
}
impl WireEnum for Vuk509ResultStatus {
    const ALL: &'static [Self] = &[Self::Success, Self::Failure];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Success => "SUCCESS",
            Self::Failure => "FAILURE",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "SUCCESS" => Some(Self::Success),
            "success" => Some(Self::Success),
            "FAILURE" => Some(Self::Failure),
            "failure" => Some(Self::Failure),
            _ => None,
        }
    }
}
wire_enum_traits!(Vuk509ResultStatus, "iyzico Terminal API Vuk509ResultStatus value");
/// The result of a VUK 507 call: success or failure. (open: fields keep values not listed here)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Vuk507ResultStatus {
    /// `success`: The operation succeeded.
    Success,
    /// `failure`: The operation failed; the error fields say why.
    Failure,
}
impl WireEnum for Vuk507ResultStatus {
    const ALL: &'static [Self] = &[Self::Success, Self::Failure];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Success => "success",
            Self::Failure => "failure",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "success" => Some(Self::Success),
            "SUCCESS" => Some(Self::Success),
            "failure" => Some(Self::Failure),
            "FAILURE" => Some(Self::Failure),
            _ => None,
        }
    }
}
wire_enum_traits!(Vuk507ResultStatus, "iyzico Terminal API Vuk507ResultStatus value");
/// The type of card used (VUK 509); the vendor writes CREDIT_CARD, DEBIT_CARD, etc. (open: fields keep values not listed here)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Vuk509CardType {
    /// `CREDIT_CARD`: A credit card.
    CreditCard,
    /// `DEBIT_CARD`: A debit card.
    DebitCard,
}
impl WireEnum for Vuk509CardType {
    const ALL: &'static [Self] = &[Self::CreditCard, Self::DebitCard];
    fn as_wire(self) -> &'static str {
        match self {
            Self::CreditCard => "CREDIT_CARD",
            Self::DebitCard => "DEBIT_CARD",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "CREDIT_CARD" => Some(Self::CreditCard),
            "CREDIT" => Some(Self::CreditCard),
            "DEBIT_CARD" => Some(Self::DebitCard),
            "DEBIT" => Some(Self::DebitCard),
            _ => None,
        }
    }
}
wire_enum_traits!(Vuk509CardType, "iyzico Terminal API Vuk509CardType value");
/// The type of card used (VUK 507); the vendor gives CREDIT or DEBIT as examples. (open: fields keep values not listed here)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Vuk507CardType {
    /// `CREDIT`: A credit card.
    Credit,
    /// `DEBIT`: A debit card.
    Debit,
}
impl WireEnum for Vuk507CardType {
    const ALL: &'static [Self] = &[Self::Credit, Self::Debit];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Credit => "CREDIT",
            Self::Debit => "DEBIT",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "CREDIT" => Some(Self::Credit),
            "CREDIT_CARD" => Some(Self::Credit),
            "DEBIT" => Some(Self::Debit),
            "DEBIT_CARD" => Some(Self::Debit),
            _ => None,
        }
    }
}
wire_enum_traits!(Vuk507CardType, "iyzico Terminal API Vuk507CardType value");
/// How a VUK 507 sale is paid; the vendor lists card and cash followed by etc., and the overview page names further methods (QR, meal cards). (open: fields keep values not listed here)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Vuk507PaymentType {
    /// `CARD`: Paid by card on the device.
    Card,
    /// `CASH`: Paid in cash.
    Cash,
}
impl WireEnum for Vuk507PaymentType {
    const ALL: &'static [Self] = &[Self::Card, Self::Cash];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Card => "CARD",
            Self::Cash => "CASH",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "CARD" => Some(Self::Card),
            "CASH" => Some(Self::Cash),
            _ => None,
        }
    }
}
wire_enum_traits!(Vuk507PaymentType, "iyzico Terminal API Vuk507PaymentType value");
/// The currency of a VUK 507 transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vuk507Currency {
    /// `TRY`: Turkish lira (the default).
    Try,
    /// `USD`: US dollar.
    Usd,
    /// `EUR`: Euro.
    Eur,
}
impl WireEnum for Vuk507Currency {
    const ALL: &'static [Self] = &[Self::Try, Self::Usd, Self::Eur];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Try => "TRY",
            Self::Usd => "USD",
            Self::Eur => "EUR",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "TRY" => Some(Self::Try),
            "USD" => Some(Self::Usd),
            "EUR" => Some(Self::Eur),
            _ => None,
        }
    }
}
wire_enum_traits!(Vuk507Currency, "iyzico Terminal API Vuk507Currency value");
/// The currency a VUK 507 response reports: TRY, USD or EUR as documented, other values kept as they came. (open: fields keep values not listed here)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Vuk507ResponseCurrency {
    /// `TRY`: Turkish lira.
    Try,
    /// `USD`: US dollar.
    Usd,
    /// `EUR`: Euro.
    Eur,
}
impl WireEnum for Vuk507ResponseCurrency {
    const ALL: &'static [Self] = &[Self::Try, Self::Usd, Self::Eur];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Try => "TRY",
            Self::Usd => "USD",
            Self::Eur => "EUR",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "TRY" => Some(Self::Try),
            "USD" => Some(Self::Usd),
            "EUR" => Some(Self::Eur),
            _ => None,
        }
    }
}
wire_enum_traits!(
    Vuk507ResponseCurrency, "iyzico Terminal API Vuk507ResponseCurrency value"
);
/// The fiscal document a VUK 507 sale produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vuk507SaleDocumentType {
    /// `1`: e-Invoice (e-Fatura).
    EInvoice,
    /// `9`: Expense slip (Gider Pusulası).
    ExpenseSlip,
}
impl WireEnum for Vuk507SaleDocumentType {
    const ALL: &'static [Self] = &[Self::EInvoice, Self::ExpenseSlip];
    fn as_wire(self) -> &'static str {
        match self {
            Self::EInvoice => "1",
            Self::ExpenseSlip => "9",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "1" => Some(Self::EInvoice),
            "9" => Some(Self::ExpenseSlip),
            _ => None,
        }
    }
}
wire_enum_traits!(
    Vuk507SaleDocumentType, "iyzico Terminal API Vuk507SaleDocumentType value"
);
/// The OAuth scope of the Terminal API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OauthScope {
    /// `iyzipayApiGateway`: The only scope, and the default.
    IyzipayApiGateway,
}
impl WireEnum for OauthScope {
    const ALL: &'static [Self] = &[Self::IyzipayApiGateway];
    fn as_wire(self) -> &'static str {
        match self {
            Self::IyzipayApiGateway => "iyzipayApiGateway",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "iyzipayApiGateway" => Some(Self::IyzipayApiGateway),
            _ => None,
        }
    }
}
wire_enum_traits!(OauthScope, "iyzico Terminal API OauthScope value");
/// What the authorize call returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OauthResponseType {
    /// `code`: An authorization code (the default and only value).
    Code,
}
impl WireEnum for OauthResponseType {
    const ALL: &'static [Self] = &[Self::Code];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Code => "code",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "code" => Some(Self::Code),
            _ => None,
        }
    }
}
wire_enum_traits!(OauthResponseType, "iyzico Terminal API OauthResponseType value");
/// How the token call obtains tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OauthGrantType {
    /// `authorization_code`: Exchange the authorization code from the authorize call.
    AuthorizationCode,
    /// `refresh_token`: Renew the access token with the refresh token.
    RefreshToken,
}
impl WireEnum for OauthGrantType {
    const ALL: &'static [Self] = &[Self::AuthorizationCode, Self::RefreshToken];
    fn as_wire(self) -> &'static str {
        match self {
            Self::AuthorizationCode => "authorization_code",
            Self::RefreshToken => "refresh_token",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "authorization_code" => Some(Self::AuthorizationCode),
            "refresh_token" => Some(Self::RefreshToken),
            _ => None,
        }
    }
}
wire_enum_traits!(OauthGrantType, "iyzico Terminal API OauthGrantType value");
/// The grant of the separate refresh call: refresh_token only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OauthRefreshGrantType {
    /// `refresh_token`: Renew the tokens with a refresh token.
    RefreshToken,
}
impl WireEnum for OauthRefreshGrantType {
    const ALL: &'static [Self] = &[Self::RefreshToken];
    fn as_wire(self) -> &'static str {
        match self {
            Self::RefreshToken => "refresh_token",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "refresh_token" => Some(Self::RefreshToken),
            _ => None,
        }
    }
}
wire_enum_traits!(
    OauthRefreshGrantType, "iyzico Terminal API OauthRefreshGrantType value"
);
/// The type of the access token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OauthTokenType {
    /// `Bearer`: Sent as Authorization: Bearer.
    Bearer,
}
impl WireEnum for OauthTokenType {
    const ALL: &'static [Self] = &[Self::Bearer];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Bearer => "Bearer",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "Bearer" => Some(Self::Bearer),
            "bearer" => Some(Self::Bearer),
            _ => None,
        }
    }
}
wire_enum_traits!(OauthTokenType, "iyzico Terminal API OauthTokenType value");
/// The OAuth error of a refused token call; the vendor shows invalid_grant and invalid_client. (open: fields keep values not listed here)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OauthTokenErrorCode {
    /// `invalid_grant`: The code or refresh token is not valid (unknown, expired or already used).
    InvalidGrant,
    /// `invalid_client`: The client credentials of the Basic header are wrong.
    InvalidClient,
}
impl WireEnum for OauthTokenErrorCode {
    const ALL: &'static [Self] = &[Self::InvalidGrant, Self::InvalidClient];
    fn as_wire(self) -> &'static str {
        match self {
            Self::InvalidGrant => "invalid_grant",
            Self::InvalidClient => "invalid_client",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "invalid_grant" => Some(Self::InvalidGrant),
            "invalid_client" => Some(Self::InvalidClient),
            _ => None,
        }
    }
}
wire_enum_traits!(OauthTokenErrorCode, "iyzico Terminal API OauthTokenErrorCode value");
