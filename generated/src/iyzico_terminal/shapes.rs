// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! The shapes of the iyzico Terminal API's messages and parameters, checked before a request is typed, from `spec/iyzico-terminal/`.
#![allow(non_upper_case_globals)]
#[allow(unused_imports)]
use crate::support::{
    DecimalBound, FieldShape, MessageShape, ParameterIn, Problem, ShapeKind,
    check_message_value, malformed_body, to_wire_forms,
};
/// The shape of [`super::messages::ErrorEnvelope`].
pub static ErrorEnvelope: MessageShape = MessageShape {
    name: "ErrorEnvelope",
    fields: &[
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorGroup",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "systemTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "consumerErrorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::ErrorEnvelope {
    /// Reads a ErrorEnvelope exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &ErrorEnvelope,
            super::messages::ErrorEnvelope::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &ErrorEnvelope);
        check_message_value(
            &value,
            &ErrorEnvelope,
            super::messages::ErrorEnvelope::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::OauthAuthorizeRequest`].
pub static OauthAuthorizeRequest: MessageShape = MessageShape {
    name: "OauthAuthorizeRequest",
    fields: &[
        FieldShape {
            wire: "scope",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["iyzipayApiGateway"],
                canonical: &["iyzipayApiGateway"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "client_id",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "client_secret",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "response_type",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["code"],
                canonical: &["code"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "username",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "password",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "request_timestamp",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(0),
                maximum: None,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::OauthAuthorizeRequest {
    /// Reads a OauthAuthorizeRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &OauthAuthorizeRequest,
            super::messages::OauthAuthorizeRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &OauthAuthorizeRequest);
        check_message_value(
            &value,
            &OauthAuthorizeRequest,
            super::messages::OauthAuthorizeRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::OauthAuthorizeResponse`].
pub static OauthAuthorizeResponse: MessageShape = MessageShape {
    name: "OauthAuthorizeResponse",
    fields: &[
        FieldShape {
            wire: "code",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "issuedAt",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$",
                ],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "expiredAt",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$",
                ],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::OauthAuthorizeResponse {
    /// Reads a OauthAuthorizeResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &OauthAuthorizeResponse,
            super::messages::OauthAuthorizeResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &OauthAuthorizeResponse);
        check_message_value(
            &value,
            &OauthAuthorizeResponse,
            super::messages::OauthAuthorizeResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::OauthAuthorizeFailure`].
pub static OauthAuthorizeFailure: MessageShape = MessageShape {
    name: "OauthAuthorizeFailure",
    fields: &[
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "description",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "uri",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::OauthAuthorizeFailure {
    /// Reads a OauthAuthorizeFailure exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &OauthAuthorizeFailure,
            super::messages::OauthAuthorizeFailure::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &OauthAuthorizeFailure);
        check_message_value(
            &value,
            &OauthAuthorizeFailure,
            super::messages::OauthAuthorizeFailure::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::OauthTokenRequest`].
pub static OauthTokenRequest: MessageShape = MessageShape {
    name: "OauthTokenRequest",
    fields: &[
        FieldShape {
            wire: "grant_type",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["authorization_code", "refresh_token"],
                canonical: &["authorization_code", "refresh_token"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "code",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "refresh_token",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::OauthTokenRequest {
    /// Reads a OauthTokenRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &OauthTokenRequest,
            super::messages::OauthTokenRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &OauthTokenRequest);
        check_message_value(
            &value,
            &OauthTokenRequest,
            super::messages::OauthTokenRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::OauthTokenRefreshRequest`].
pub static OauthTokenRefreshRequest: MessageShape = MessageShape {
    name: "OauthTokenRefreshRequest",
    fields: &[
        FieldShape {
            wire: "grant_type",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["refresh_token"],
                canonical: &["refresh_token"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "refresh_token",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::OauthTokenRefreshRequest {
    /// Reads a OauthTokenRefreshRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &OauthTokenRefreshRequest,
            super::messages::OauthTokenRefreshRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &OauthTokenRefreshRequest);
        check_message_value(
            &value,
            &OauthTokenRefreshRequest,
            super::messages::OauthTokenRefreshRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::OauthTokenResponse`].
pub static OauthTokenResponse: MessageShape = MessageShape {
    name: "OauthTokenResponse",
    fields: &[
        FieldShape {
            wire: "access_token",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "refresh_token",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "scope",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["iyzipayApiGateway"],
                canonical: &["iyzipayApiGateway"],
                closed: true,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "token_type",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["Bearer", "bearer"],
                canonical: &["Bearer", "Bearer"],
                closed: true,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "expires_in",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(0),
                maximum: None,
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::OauthTokenResponse {
    /// Reads a OauthTokenResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &OauthTokenResponse,
            super::messages::OauthTokenResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &OauthTokenResponse);
        check_message_value(
            &value,
            &OauthTokenResponse,
            super::messages::OauthTokenResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::OauthTokenFailure`].
pub static OauthTokenFailure: MessageShape = MessageShape {
    name: "OauthTokenFailure",
    fields: &[
        FieldShape {
            wire: "error",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["invalid_grant", "invalid_client"],
                canonical: &["invalid_grant", "invalid_client"],
                closed: false,
                integer: false,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::OauthTokenFailure {
    /// Reads a OauthTokenFailure exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &OauthTokenFailure,
            super::messages::OauthTokenFailure::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &OauthTokenFailure);
        check_message_value(
            &value,
            &OauthTokenFailure,
            super::messages::OauthTokenFailure::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk509SaleRequest`].
pub static Vuk509SaleRequest: MessageShape = MessageShape {
    name: "Vuk509SaleRequest",
    fields: &[
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["tr", "TR", "TR-EN", "en", "EN"],
                canonical: &["tr", "tr", "tr", "en", "en"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "price",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: Some(DecimalBound {
                    value: "0",
                    exclusive: true,
                }),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "installment",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(0),
                maximum: Some(12),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "salesType",
            aliases: &["saleType"],
            location: None,
            kind: ShapeKind::Enum {
                values: &["SALE", "PRE_AUTH", "POST_AUTH"],
                canonical: &["SALE", "PRE_AUTH", "POST_AUTH"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk509SaleRequest {
    /// Reads a Vuk509SaleRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk509SaleRequest,
            super::messages::Vuk509SaleRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk509SaleRequest);
        check_message_value(
            &value,
            &Vuk509SaleRequest,
            super::messages::Vuk509SaleRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk509PaymentResponse`].
pub static Vuk509PaymentResponse: MessageShape = MessageShape {
    name: "Vuk509PaymentResponse",
    fields: &[
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["tr", "TR", "TR-EN", "en", "EN"],
                canonical: &["tr", "tr", "tr", "en", "en"],
                closed: true,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["SUCCESS", "success", "FAILURE", "failure"],
                canonical: &["SUCCESS", "SUCCESS", "FAILURE", "FAILURE"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorGroup",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "systemTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionDateTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$",
                ],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "authCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "paymentDate",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "price",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "installment",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(0),
                maximum: Some(12),
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "binNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{6,8}$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "lastFourDigits",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{4}$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "hostReference",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "cardType",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["CREDIT_CARD", "CREDIT", "DEBIT_CARD", "DEBIT"],
                canonical: &["CREDIT_CARD", "CREDIT_CARD", "DEBIT_CARD", "DEBIT_CARD"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "acquirerId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "issuerId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "bankMerchantId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "bankTerminalId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "batchNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "stanNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "posEntryModeCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "cancelHostReference",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "refundHostReference",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk509PaymentResponse {
    /// Reads a Vuk509PaymentResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk509PaymentResponse,
            super::messages::Vuk509PaymentResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk509PaymentResponse);
        check_message_value(
            &value,
            &Vuk509PaymentResponse,
            super::messages::Vuk509PaymentResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk509QueryRequest`].
pub static Vuk509QueryRequest: MessageShape = MessageShape {
    name: "Vuk509QueryRequest",
    fields: &[
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["tr", "TR", "TR-EN", "en", "EN"],
                canonical: &["tr", "tr", "tr", "en", "en"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk509QueryRequest {
    /// Reads a Vuk509QueryRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk509QueryRequest,
            super::messages::Vuk509QueryRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk509QueryRequest);
        check_message_value(
            &value,
            &Vuk509QueryRequest,
            super::messages::Vuk509QueryRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk509VoidRequest`].
pub static Vuk509VoidRequest: MessageShape = MessageShape {
    name: "Vuk509VoidRequest",
    fields: &[
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["tr", "TR", "TR-EN", "en", "EN"],
                canonical: &["tr", "tr", "tr", "en", "en"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentDate",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "reason",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "description",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk509VoidRequest {
    /// Reads a Vuk509VoidRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk509VoidRequest,
            super::messages::Vuk509VoidRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk509VoidRequest);
        check_message_value(
            &value,
            &Vuk509VoidRequest,
            super::messages::Vuk509VoidRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk509RefundRequest`].
pub static Vuk509RefundRequest: MessageShape = MessageShape {
    name: "Vuk509RefundRequest",
    fields: &[
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["tr", "TR", "TR-EN", "en", "EN"],
                canonical: &["tr", "tr", "tr", "en", "en"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "price",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: Some(DecimalBound {
                    value: "0",
                    exclusive: true,
                }),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentDate",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "reason",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "description",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk509RefundRequest {
    /// Reads a Vuk509RefundRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk509RefundRequest,
            super::messages::Vuk509RefundRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk509RefundRequest);
        check_message_value(
            &value,
            &Vuk509RefundRequest,
            super::messages::Vuk509RefundRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk509EndOfDayRequest`].
pub static Vuk509EndOfDayRequest: MessageShape = MessageShape {
    name: "Vuk509EndOfDayRequest",
    fields: &[
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["tr", "TR", "TR-EN", "en", "EN"],
                canonical: &["tr", "tr", "tr", "en", "en"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "useSummary",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk509EndOfDayRequest {
    /// Reads a Vuk509EndOfDayRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk509EndOfDayRequest,
            super::messages::Vuk509EndOfDayRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk509EndOfDayRequest);
        check_message_value(
            &value,
            &Vuk509EndOfDayRequest,
            super::messages::Vuk509EndOfDayRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::EndOfDayAcquirerTotal`].
pub static EndOfDayAcquirerTotal: MessageShape = MessageShape {
    name: "EndOfDayAcquirerTotal",
    fields: &[
        FieldShape {
            wire: "acquirerId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "terminalId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "bankMerchantId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "totalTransactionAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "totalTransactionCount",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]+$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "acquirerName",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "batchNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "responseCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "internalErrorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::EndOfDayAcquirerTotal {
    /// Reads a EndOfDayAcquirerTotal exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &EndOfDayAcquirerTotal,
            super::messages::EndOfDayAcquirerTotal::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &EndOfDayAcquirerTotal);
        check_message_value(
            &value,
            &EndOfDayAcquirerTotal,
            super::messages::EndOfDayAcquirerTotal::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk509EndOfDayResponse`].
pub static Vuk509EndOfDayResponse: MessageShape = MessageShape {
    name: "Vuk509EndOfDayResponse",
    fields: &[
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["SUCCESS", "success", "FAILURE", "failure"],
                canonical: &["SUCCESS", "SUCCESS", "FAILURE", "FAILURE"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorGroup",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["tr", "TR", "TR-EN", "en", "EN"],
                canonical: &["tr", "tr", "tr", "en", "en"],
                closed: true,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "systemTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "totals",
            aliases: &["tails"],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&EndOfDayAcquirerTotal),
                min_items: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "batchNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "resultMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk509EndOfDayResponse {
    /// Reads a Vuk509EndOfDayResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk509EndOfDayResponse,
            super::messages::Vuk509EndOfDayResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk509EndOfDayResponse);
        check_message_value(
            &value,
            &Vuk509EndOfDayResponse,
            super::messages::Vuk509EndOfDayResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507SaleItem`].
pub static Vuk507SaleItem: MessageShape = MessageShape {
    name: "Vuk507SaleItem",
    fields: &[
        FieldShape {
            wire: "name",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "generic",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "unitCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "taxGroupCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "itemQuantity",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(1),
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "unitPriceAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: Some(DecimalBound {
                    value: "0",
                    exclusive: true,
                }),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "grossPriceAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: Some(DecimalBound {
                    value: "0",
                    exclusive: true,
                }),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "totalPriceAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: Some(DecimalBound {
                    value: "0",
                    exclusive: true,
                }),
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk507SaleItem {
    /// Reads a Vuk507SaleItem exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507SaleItem,
            super::messages::Vuk507SaleItem::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507SaleItem);
        check_message_value(
            &value,
            &Vuk507SaleItem,
            super::messages::Vuk507SaleItem::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507BuyerInfo`].
pub static Vuk507BuyerInfo: MessageShape = MessageShape {
    name: "Vuk507BuyerInfo",
    fields: &[
        FieldShape {
            wire: "customerType",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(1),
                maximum: Some(2),
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "firstName",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "middleName",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "familyName",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "companyName",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "taxOfficeCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "taxNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "country",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "city",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "district",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk507BuyerInfo {
    /// Reads a Vuk507BuyerInfo exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507BuyerInfo,
            super::messages::Vuk507BuyerInfo::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507BuyerInfo);
        check_message_value(
            &value,
            &Vuk507BuyerInfo,
            super::messages::Vuk507BuyerInfo::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507SaleRequest`].
pub static Vuk507SaleRequest: MessageShape = MessageShape {
    name: "Vuk507SaleRequest",
    fields: &[
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: Some(64),
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "price",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: Some(DecimalBound {
                    value: "0",
                    exclusive: true,
                }),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paidPrice",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: Some(DecimalBound {
                    value: "0",
                    exclusive: true,
                }),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentType",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["CARD", "CASH"],
                canonical: &["CARD", "CASH"],
                closed: false,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["TRY", "USD", "EUR"],
                canonical: &["TRY", "USD", "EUR"],
                closed: true,
                integer: false,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "installment",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(0),
                maximum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "saleAppName",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "saleAppVersion",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "saleDocumentType",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["1", "9"],
                canonical: &["1", "9"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "notificationPhone",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "notificationEmail",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "saleItems",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&Vuk507SaleItem),
                min_items: Some(1),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "buyerInfo",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&Vuk507BuyerInfo),
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk507SaleRequest {
    /// Reads a Vuk507SaleRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507SaleRequest,
            super::messages::Vuk507SaleRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507SaleRequest);
        check_message_value(
            &value,
            &Vuk507SaleRequest,
            super::messages::Vuk507SaleRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507AddedSaleItem`].
pub static Vuk507AddedSaleItem: MessageShape = MessageShape {
    name: "Vuk507AddedSaleItem",
    fields: &[
        FieldShape {
            wire: "name",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "generic",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "unitCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "taxGroupCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "itemQuantity",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "unitPriceAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "grossPriceAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "totalPriceAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk507AddedSaleItem {
    /// Reads a Vuk507AddedSaleItem exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507AddedSaleItem,
            super::messages::Vuk507AddedSaleItem::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507AddedSaleItem);
        check_message_value(
            &value,
            &Vuk507AddedSaleItem,
            super::messages::Vuk507AddedSaleItem::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507SaleResponse`].
pub static Vuk507SaleResponse: MessageShape = MessageShape {
    name: "Vuk507SaleResponse",
    fields: &[
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["success", "SUCCESS", "failure", "FAILURE"],
                canonical: &["success", "success", "failure", "failure"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "systemTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionDateTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "paymentDate",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(10000101),
                maximum: Some(99991231),
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "price",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "installment",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(0),
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["TRY", "USD", "EUR"],
                canonical: &["TRY", "USD", "EUR"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "acquirerId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "bankMerchantId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "bankTerminalId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "issuerId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "authCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "binNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{6,8}$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "lastFourDigits",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{4}$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "hostReference",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "cardType",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["CREDIT", "CREDIT_CARD", "DEBIT", "DEBIT_CARD"],
                canonical: &["CREDIT", "CREDIT", "DEBIT", "DEBIT"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "batchNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "stanNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "posEntryModeCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "saleItems",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&Vuk507AddedSaleItem),
                min_items: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "saleNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk507SaleResponse {
    /// Reads a Vuk507SaleResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507SaleResponse,
            super::messages::Vuk507SaleResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507SaleResponse);
        check_message_value(
            &value,
            &Vuk507SaleResponse,
            super::messages::Vuk507SaleResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507QueryRequest`].
pub static Vuk507QueryRequest: MessageShape = MessageShape {
    name: "Vuk507QueryRequest",
    fields: &[
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk507QueryRequest {
    /// Reads a Vuk507QueryRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507QueryRequest,
            super::messages::Vuk507QueryRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507QueryRequest);
        check_message_value(
            &value,
            &Vuk507QueryRequest,
            super::messages::Vuk507QueryRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507QueryResponse`].
pub static Vuk507QueryResponse: MessageShape = MessageShape {
    name: "Vuk507QueryResponse",
    fields: &[
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["success", "SUCCESS", "failure", "FAILURE"],
                canonical: &["success", "success", "failure", "failure"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "systemTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionDateTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "paymentDate",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(10000101),
                maximum: Some(99991231),
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "price",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "installment",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(0),
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["TRY", "USD", "EUR"],
                canonical: &["TRY", "USD", "EUR"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "acquirerId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "bankMerchantId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "bankTerminalId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "issuerId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "authCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "binNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{6,8}$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "lastFourDigits",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{4}$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "hostReference",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "cardType",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["CREDIT", "CREDIT_CARD", "DEBIT", "DEBIT_CARD"],
                canonical: &["CREDIT", "CREDIT", "DEBIT", "DEBIT"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "batchNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "stanNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "posEntryModeCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "saleItems",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&Vuk507AddedSaleItem),
                min_items: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "saleNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "cancelHostReference",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "refundHostReference",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk507QueryResponse {
    /// Reads a Vuk507QueryResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507QueryResponse,
            super::messages::Vuk507QueryResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507QueryResponse);
        check_message_value(
            &value,
            &Vuk507QueryResponse,
            super::messages::Vuk507QueryResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507VoidRequest`].
pub static Vuk507VoidRequest: MessageShape = MessageShape {
    name: "Vuk507VoidRequest",
    fields: &[
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: Some(64),
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentDate",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(10000101),
                maximum: Some(99991231),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "reason",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "description",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk507VoidRequest {
    /// Reads a Vuk507VoidRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507VoidRequest,
            super::messages::Vuk507VoidRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507VoidRequest);
        check_message_value(
            &value,
            &Vuk507VoidRequest,
            super::messages::Vuk507VoidRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507VoidResponse`].
pub static Vuk507VoidResponse: MessageShape = MessageShape {
    name: "Vuk507VoidResponse",
    fields: &[
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["success", "SUCCESS", "failure", "FAILURE"],
                canonical: &["success", "success", "failure", "failure"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "systemTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "price",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["TRY", "USD", "EUR"],
                canonical: &["TRY", "USD", "EUR"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "authCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "hostReference",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "cancelHostReference",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionDate",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "paymentDate",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(10000101),
                maximum: Some(99991231),
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionDateTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "binNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{6,8}$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "lastFourDigits",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{4}$"],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk507VoidResponse {
    /// Reads a Vuk507VoidResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507VoidResponse,
            super::messages::Vuk507VoidResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507VoidResponse);
        check_message_value(
            &value,
            &Vuk507VoidResponse,
            super::messages::Vuk507VoidResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507RefundItem`].
pub static Vuk507RefundItem: MessageShape = MessageShape {
    name: "Vuk507RefundItem",
    fields: &[
        FieldShape {
            wire: "relatedSaleItemId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "name",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "generic",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "unitCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "taxGroupCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "itemQuantity",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(1),
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "unitPriceAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "grossPriceAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "totalPriceAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "returnAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: Some(DecimalBound {
                    value: "0",
                    exclusive: true,
                }),
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk507RefundItem {
    /// Reads a Vuk507RefundItem exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507RefundItem,
            super::messages::Vuk507RefundItem::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507RefundItem);
        check_message_value(
            &value,
            &Vuk507RefundItem,
            super::messages::Vuk507RefundItem::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507RefundRequest`].
pub static Vuk507RefundRequest: MessageShape = MessageShape {
    name: "Vuk507RefundRequest",
    fields: &[
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: Some(64),
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentDate",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(10000101),
                maximum: Some(99991231),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "saleAppName",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "saleAppVersion",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "notificationPhone",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "notificationEmail",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "saleItems",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&Vuk507RefundItem),
                min_items: Some(1),
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk507RefundRequest {
    /// Reads a Vuk507RefundRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507RefundRequest,
            super::messages::Vuk507RefundRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507RefundRequest);
        check_message_value(
            &value,
            &Vuk507RefundRequest,
            super::messages::Vuk507RefundRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507RefundResponse`].
pub static Vuk507RefundResponse: MessageShape = MessageShape {
    name: "Vuk507RefundResponse",
    fields: &[
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["success", "SUCCESS", "failure", "FAILURE"],
                canonical: &["success", "success", "failure", "failure"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "systemTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "price",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "vatAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["TRY", "USD", "EUR"],
                canonical: &["TRY", "USD", "EUR"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "invoiceNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "authCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "hostReference",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "binNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{6,8}$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "lastFourDigits",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{4}$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "acquirerName",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "acquirerId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "batchNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk507RefundResponse {
    /// Reads a Vuk507RefundResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507RefundResponse,
            super::messages::Vuk507RefundResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507RefundResponse);
        check_message_value(
            &value,
            &Vuk507RefundResponse,
            super::messages::Vuk507RefundResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507RefundableSaleInfoRequest`].
pub static Vuk507RefundableSaleInfoRequest: MessageShape = MessageShape {
    name: "Vuk507RefundableSaleInfoRequest",
    fields: &[
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk507RefundableSaleInfoRequest {
    /// Reads a Vuk507RefundableSaleInfoRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507RefundableSaleInfoRequest,
            super::messages::Vuk507RefundableSaleInfoRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507RefundableSaleInfoRequest);
        check_message_value(
            &value,
            &Vuk507RefundableSaleInfoRequest,
            super::messages::Vuk507RefundableSaleInfoRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507RefundableSaleItem`].
pub static Vuk507RefundableSaleItem: MessageShape = MessageShape {
    name: "Vuk507RefundableSaleItem",
    fields: &[
        FieldShape {
            wire: "id",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "name",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "itemQuantity",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "totalPriceAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "vatAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "returnableQuantity",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(0),
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "returnableAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk507RefundableSaleItem {
    /// Reads a Vuk507RefundableSaleItem exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507RefundableSaleItem,
            super::messages::Vuk507RefundableSaleItem::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507RefundableSaleItem);
        check_message_value(
            &value,
            &Vuk507RefundableSaleItem,
            super::messages::Vuk507RefundableSaleItem::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507RefundableSaleInfoResponse`].
pub static Vuk507RefundableSaleInfoResponse: MessageShape = MessageShape {
    name: "Vuk507RefundableSaleInfoResponse",
    fields: &[
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["success", "SUCCESS", "failure", "FAILURE"],
                canonical: &["success", "success", "failure", "failure"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "systemTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "saleNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "saleUid",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "totalReturnableAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["TRY", "USD", "EUR"],
                canonical: &["TRY", "USD", "EUR"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "saleItems",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&Vuk507RefundableSaleItem),
                min_items: None,
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk507RefundableSaleInfoResponse {
    /// Reads a Vuk507RefundableSaleInfoResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507RefundableSaleInfoResponse,
            super::messages::Vuk507RefundableSaleInfoResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507RefundableSaleInfoResponse);
        check_message_value(
            &value,
            &Vuk507RefundableSaleInfoResponse,
            super::messages::Vuk507RefundableSaleInfoResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507PartialPaymentStartResponse`].
pub static Vuk507PartialPaymentStartResponse: MessageShape = MessageShape {
    name: "Vuk507PartialPaymentStartResponse",
    fields: &[
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["success", "SUCCESS", "failure", "FAILURE"],
                canonical: &["success", "success", "failure", "failure"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "systemTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "saleNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "remainingPaymentAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk507PartialPaymentStartResponse {
    /// Reads a Vuk507PartialPaymentStartResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507PartialPaymentStartResponse,
            super::messages::Vuk507PartialPaymentStartResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507PartialPaymentStartResponse);
        check_message_value(
            &value,
            &Vuk507PartialPaymentStartResponse,
            super::messages::Vuk507PartialPaymentStartResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507PartialPaymentAddRequest`].
pub static Vuk507PartialPaymentAddRequest: MessageShape = MessageShape {
    name: "Vuk507PartialPaymentAddRequest",
    fields: &[
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "saleNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "price",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: Some(DecimalBound {
                    value: "0",
                    exclusive: true,
                }),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "installment",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(0),
                maximum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["TRY", "USD", "EUR"],
                canonical: &["TRY", "USD", "EUR"],
                closed: true,
                integer: false,
            },
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk507PartialPaymentAddRequest {
    /// Reads a Vuk507PartialPaymentAddRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507PartialPaymentAddRequest,
            super::messages::Vuk507PartialPaymentAddRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507PartialPaymentAddRequest);
        check_message_value(
            &value,
            &Vuk507PartialPaymentAddRequest,
            super::messages::Vuk507PartialPaymentAddRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507PartialPaymentCompleteRequest`].
pub static Vuk507PartialPaymentCompleteRequest: MessageShape = MessageShape {
    name: "Vuk507PartialPaymentCompleteRequest",
    fields: &[
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: Some(64),
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "saleNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk507PartialPaymentCompleteRequest {
    /// Reads a Vuk507PartialPaymentCompleteRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507PartialPaymentCompleteRequest,
            super::messages::Vuk507PartialPaymentCompleteRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507PartialPaymentCompleteRequest);
        check_message_value(
            &value,
            &Vuk507PartialPaymentCompleteRequest,
            super::messages::Vuk507PartialPaymentCompleteRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507PartialPaymentCompleteResponse`].
pub static Vuk507PartialPaymentCompleteResponse: MessageShape = MessageShape {
    name: "Vuk507PartialPaymentCompleteResponse",
    fields: &[
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["success", "SUCCESS", "failure", "FAILURE"],
                canonical: &["success", "success", "failure", "failure"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "systemTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionReferenceId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "transactionDateTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "paymentId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "paymentDate",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(10000101),
                maximum: Some(99991231),
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "price",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "installment",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(0),
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["TRY", "USD", "EUR"],
                canonical: &["TRY", "USD", "EUR"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "acquirerId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "bankMerchantId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "bankTerminalId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "issuerId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "authCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "binNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{6,8}$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "lastFourDigits",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{4}$"],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "hostReference",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "cardType",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["CREDIT", "CREDIT_CARD", "DEBIT", "DEBIT_CARD"],
                canonical: &["CREDIT", "CREDIT", "DEBIT", "DEBIT"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "batchNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "stanNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "posEntryModeCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "saleItems",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&Vuk507AddedSaleItem),
                min_items: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "saleNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "remainingPaymentAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalString {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk507PartialPaymentCompleteResponse {
    /// Reads a Vuk507PartialPaymentCompleteResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507PartialPaymentCompleteResponse,
            super::messages::Vuk507PartialPaymentCompleteResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507PartialPaymentCompleteResponse);
        check_message_value(
            &value,
            &Vuk507PartialPaymentCompleteResponse,
            super::messages::Vuk507PartialPaymentCompleteResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507EndOfDayRequest`].
pub static Vuk507EndOfDayRequest: MessageShape = MessageShape {
    name: "Vuk507EndOfDayRequest",
    fields: &[
        FieldShape {
            wire: "locale",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "deviceUniqueId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: Some(64),
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "useSummary",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::Vuk507EndOfDayRequest {
    /// Reads a Vuk507EndOfDayRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507EndOfDayRequest,
            super::messages::Vuk507EndOfDayRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507EndOfDayRequest);
        check_message_value(
            &value,
            &Vuk507EndOfDayRequest,
            super::messages::Vuk507EndOfDayRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Vuk507EndOfDayResponse`].
pub static Vuk507EndOfDayResponse: MessageShape = MessageShape {
    name: "Vuk507EndOfDayResponse",
    fields: &[
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["success", "SUCCESS", "failure", "FAILURE"],
                canonical: &["success", "success", "failure", "failure"],
                closed: false,
                integer: false,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "errorMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "conversationId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "systemTime",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "batchNo",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "resultMessage",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "tails",
            aliases: &["totals"],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&EndOfDayAcquirerTotal),
                min_items: None,
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::Vuk507EndOfDayResponse {
    /// Reads a Vuk507EndOfDayResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &Vuk507EndOfDayResponse,
            super::messages::Vuk507EndOfDayResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Vuk507EndOfDayResponse);
        check_message_value(
            &value,
            &Vuk507EndOfDayResponse,
            super::messages::Vuk507EndOfDayResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// Checks a JSON value as the message named `message` (by the JSON Schema's rules); `None` for a message
/// the API does not have.
pub fn check_message(
    message: &str,
    value: &serde_json::Value,
) -> Option<Result<(), Problem>> {
    Some(
        match message {
            "ErrorEnvelope" => {
                check_message_value(
                    value,
                    &ErrorEnvelope,
                    super::messages::ErrorEnvelope::RULES,
                )
            }
            "OauthAuthorizeRequest" => {
                check_message_value(
                    value,
                    &OauthAuthorizeRequest,
                    super::messages::OauthAuthorizeRequest::RULES,
                )
            }
            "OauthAuthorizeResponse" => {
                check_message_value(
                    value,
                    &OauthAuthorizeResponse,
                    super::messages::OauthAuthorizeResponse::RULES,
                )
            }
            "OauthAuthorizeFailure" => {
                check_message_value(
                    value,
                    &OauthAuthorizeFailure,
                    super::messages::OauthAuthorizeFailure::RULES,
                )
            }
            "OauthTokenRequest" => {
                check_message_value(
                    value,
                    &OauthTokenRequest,
                    super::messages::OauthTokenRequest::RULES,
                )
            }
            "OauthTokenRefreshRequest" => {
                check_message_value(
                    value,
                    &OauthTokenRefreshRequest,
                    super::messages::OauthTokenRefreshRequest::RULES,
                )
            }
            "OauthTokenResponse" => {
                check_message_value(
                    value,
                    &OauthTokenResponse,
                    super::messages::OauthTokenResponse::RULES,
                )
            }
            "OauthTokenFailure" => {
                check_message_value(
                    value,
                    &OauthTokenFailure,
                    super::messages::OauthTokenFailure::RULES,
                )
            }
            "Vuk509SaleRequest" => {
                check_message_value(
                    value,
                    &Vuk509SaleRequest,
                    super::messages::Vuk509SaleRequest::RULES,
                )
            }
            "Vuk509PaymentResponse" => {
                check_message_value(
                    value,
                    &Vuk509PaymentResponse,
                    super::messages::Vuk509PaymentResponse::RULES,
                )
            }
            "Vuk509QueryRequest" => {
                check_message_value(
                    value,
                    &Vuk509QueryRequest,
                    super::messages::Vuk509QueryRequest::RULES,
                )
            }
            "Vuk509VoidRequest" => {
                check_message_value(
                    value,
                    &Vuk509VoidRequest,
                    super::messages::Vuk509VoidRequest::RULES,
                )
            }
            "Vuk509RefundRequest" => {
                check_message_value(
                    value,
                    &Vuk509RefundRequest,
                    super::messages::Vuk509RefundRequest::RULES,
                )
            }
            "Vuk509EndOfDayRequest" => {
                check_message_value(
                    value,
                    &Vuk509EndOfDayRequest,
                    super::messages::Vuk509EndOfDayRequest::RULES,
                )
            }
            "EndOfDayAcquirerTotal" => {
                check_message_value(
                    value,
                    &EndOfDayAcquirerTotal,
                    super::messages::EndOfDayAcquirerTotal::RULES,
                )
            }
            "Vuk509EndOfDayResponse" => {
                check_message_value(
                    value,
                    &Vuk509EndOfDayResponse,
                    super::messages::Vuk509EndOfDayResponse::RULES,
                )
            }
            "Vuk507SaleItem" => {
                check_message_value(
                    value,
                    &Vuk507SaleItem,
                    super::messages::Vuk507SaleItem::RULES,
                )
            }
            "Vuk507BuyerInfo" => {
                check_message_value(
                    value,
                    &Vuk507BuyerInfo,
                    super::messages::Vuk507BuyerInfo::RULES,
                )
            }
            "Vuk507SaleRequest" => {
                check_message_value(
                    value,
                    &Vuk507SaleRequest,
                    super::messages::Vuk507SaleRequest::RULES,
                )
            }
            "Vuk507AddedSaleItem" => {
                check_message_value(
                    value,
                    &Vuk507AddedSaleItem,
                    super::messages::Vuk507AddedSaleItem::RULES,
                )
            }
            "Vuk507SaleResponse" => {
                check_message_value(
                    value,
                    &Vuk507SaleResponse,
                    super::messages::Vuk507SaleResponse::RULES,
                )
            }
            "Vuk507QueryRequest" => {
                check_message_value(
                    value,
                    &Vuk507QueryRequest,
                    super::messages::Vuk507QueryRequest::RULES,
                )
            }
            "Vuk507QueryResponse" => {
                check_message_value(
                    value,
                    &Vuk507QueryResponse,
                    super::messages::Vuk507QueryResponse::RULES,
                )
            }
            "Vuk507VoidRequest" => {
                check_message_value(
                    value,
                    &Vuk507VoidRequest,
                    super::messages::Vuk507VoidRequest::RULES,
                )
            }
            "Vuk507VoidResponse" => {
                check_message_value(
                    value,
                    &Vuk507VoidResponse,
                    super::messages::Vuk507VoidResponse::RULES,
                )
            }
            "Vuk507RefundItem" => {
                check_message_value(
                    value,
                    &Vuk507RefundItem,
                    super::messages::Vuk507RefundItem::RULES,
                )
            }
            "Vuk507RefundRequest" => {
                check_message_value(
                    value,
                    &Vuk507RefundRequest,
                    super::messages::Vuk507RefundRequest::RULES,
                )
            }
            "Vuk507RefundResponse" => {
                check_message_value(
                    value,
                    &Vuk507RefundResponse,
                    super::messages::Vuk507RefundResponse::RULES,
                )
            }
            "Vuk507RefundableSaleInfoRequest" => {
                check_message_value(
                    value,
                    &Vuk507RefundableSaleInfoRequest,
                    super::messages::Vuk507RefundableSaleInfoRequest::RULES,
                )
            }
            "Vuk507RefundableSaleItem" => {
                check_message_value(
                    value,
                    &Vuk507RefundableSaleItem,
                    super::messages::Vuk507RefundableSaleItem::RULES,
                )
            }
            "Vuk507RefundableSaleInfoResponse" => {
                check_message_value(
                    value,
                    &Vuk507RefundableSaleInfoResponse,
                    super::messages::Vuk507RefundableSaleInfoResponse::RULES,
                )
            }
            "Vuk507PartialPaymentStartResponse" => {
                check_message_value(
                    value,
                    &Vuk507PartialPaymentStartResponse,
                    super::messages::Vuk507PartialPaymentStartResponse::RULES,
                )
            }
            "Vuk507PartialPaymentAddRequest" => {
                check_message_value(
                    value,
                    &Vuk507PartialPaymentAddRequest,
                    super::messages::Vuk507PartialPaymentAddRequest::RULES,
                )
            }
            "Vuk507PartialPaymentCompleteRequest" => {
                check_message_value(
                    value,
                    &Vuk507PartialPaymentCompleteRequest,
                    super::messages::Vuk507PartialPaymentCompleteRequest::RULES,
                )
            }
            "Vuk507PartialPaymentCompleteResponse" => {
                check_message_value(
                    value,
                    &Vuk507PartialPaymentCompleteResponse,
                    super::messages::Vuk507PartialPaymentCompleteResponse::RULES,
                )
            }
            "Vuk507EndOfDayRequest" => {
                check_message_value(
                    value,
                    &Vuk507EndOfDayRequest,
                    super::messages::Vuk507EndOfDayRequest::RULES,
                )
            }
            "Vuk507EndOfDayResponse" => {
                check_message_value(
                    value,
                    &Vuk507EndOfDayResponse,
                    super::messages::Vuk507EndOfDayResponse::RULES,
                )
            }
            _ => return None,
        },
    )
}
