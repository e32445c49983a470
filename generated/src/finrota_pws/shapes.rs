// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The shapes of the Finrota Payment Web Service (PWS)'s messages and parameters, checked before a request is typed, from `spec/finrota-pws/`.
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
            wire: "message",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "statusCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "exceptions",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "oldData",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "errors",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&ErrorItem),
                min_items: None,
            },
            required: true,
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
/// The shape of [`super::messages::ErrorItem`].
pub static ErrorItem: MessageShape = MessageShape {
    name: "ErrorItem",
    fields: &[
        FieldShape {
            wire: "code",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "message",
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
    ],
};
impl super::messages::ErrorItem {
    /// Reads a ErrorItem exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(&value, &ErrorItem, super::messages::ErrorItem::RULES)?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &ErrorItem);
        check_message_value(&value, &ErrorItem, super::messages::ErrorItem::RULES)?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::AccessTokenRequest`].
pub static AccessTokenRequest: MessageShape = MessageShape {
    name: "AccessTokenRequest",
    fields: &[
        FieldShape {
            wire: "apiKey",
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
            wire: "secretKey",
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
impl super::messages::AccessTokenRequest {
    /// Reads a AccessTokenRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &AccessTokenRequest,
            super::messages::AccessTokenRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &AccessTokenRequest);
        check_message_value(
            &value,
            &AccessTokenRequest,
            super::messages::AccessTokenRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::AccessToken`].
pub static AccessToken: MessageShape = MessageShape {
    name: "AccessToken",
    fields: &[
        FieldShape {
            wire: "expiry",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$",
                ],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "token",
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
            wire: "type",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["Bearer"],
                canonical: &["Bearer"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::AccessToken {
    /// Reads a AccessToken exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(&value, &AccessToken, super::messages::AccessToken::RULES)?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &AccessToken);
        check_message_value(&value, &AccessToken, super::messages::AccessToken::RULES)?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentSet`].
pub static PaymentSet: MessageShape = MessageShape {
    name: "PaymentSet",
    fields: &[
        FieldShape {
            wire: "id",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: true,
            nullable: false,
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
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "isDefault",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
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
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "isActive",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "isShowNetAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "canUserChangeCommApplyType",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "erpCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
    ],
};
impl super::messages::PaymentSet {
    /// Reads a PaymentSet exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(&value, &PaymentSet, super::messages::PaymentSet::RULES)?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentSet);
        check_message_value(&value, &PaymentSet, super::messages::PaymentSet::RULES)?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentSetListResponse`].
pub static PaymentSetListResponse: MessageShape = MessageShape {
    name: "PaymentSetListResponse",
    fields: &[
        FieldShape {
            wire: "message",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "statusCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "exceptions",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&PaymentSet),
                min_items: None,
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "oldData",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "errors",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&ErrorItem),
                min_items: None,
            },
            required: true,
            nullable: true,
        },
    ],
};
impl super::messages::PaymentSetListResponse {
    /// Reads a PaymentSetListResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentSetListResponse,
            super::messages::PaymentSetListResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentSetListResponse);
        check_message_value(
            &value,
            &PaymentSetListResponse,
            super::messages::PaymentSetListResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PosLogo`].
pub static PosLogo: MessageShape = MessageShape {
    name: "PosLogo",
    fields: &[
        FieldShape {
            wire: "id",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "colorCode",
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
            wire: "isDefault",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "logoSmall",
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
            wire: "logoMedium",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "logoBig",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "installmentCellColor",
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
    ],
};
impl super::messages::PosLogo {
    /// Reads a PosLogo exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(&value, &PosLogo, super::messages::PosLogo::RULES)?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PosLogo);
        check_message_value(&value, &PosLogo, super::messages::PosLogo::RULES)?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::CommRate`].
pub static CommRate: MessageShape = MessageShape {
    name: "CommRate",
    fields: &[
        FieldShape {
            wire: "installment",
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
            wire: "commApplyTypeId",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "processCommRate",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "plusInstallment",
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
impl super::messages::CommRate {
    /// Reads a CommRate exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(&value, &CommRate, super::messages::CommRate::RULES)?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &CommRate);
        check_message_value(&value, &CommRate, super::messages::CommRate::RULES)?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentOptionPos`].
pub static PaymentOptionPos: MessageShape = MessageShape {
    name: "PaymentOptionPos",
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
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "colorCode",
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
            wire: "logo",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&PosLogo),
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "commRates",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&CommRate),
                min_items: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "isVisibleCommRate",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "isDefaultPos",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::PaymentOptionPos {
    /// Reads a PaymentOptionPos exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentOptionPos,
            super::messages::PaymentOptionPos::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentOptionPos);
        check_message_value(
            &value,
            &PaymentOptionPos,
            super::messages::PaymentOptionPos::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentOptionListResponse`].
pub static PaymentOptionListResponse: MessageShape = MessageShape {
    name: "PaymentOptionListResponse",
    fields: &[
        FieldShape {
            wire: "message",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "statusCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "exceptions",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&PaymentOptionPos),
                min_items: None,
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "oldData",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "errors",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&ErrorItem),
                min_items: None,
            },
            required: true,
            nullable: true,
        },
    ],
};
impl super::messages::PaymentOptionListResponse {
    /// Reads a PaymentOptionListResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentOptionListResponse,
            super::messages::PaymentOptionListResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentOptionListResponse);
        check_message_value(
            &value,
            &PaymentOptionListResponse,
            super::messages::PaymentOptionListResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentOptionsByBinQuery`].
pub static PaymentOptionsByBinQuery: MessageShape = MessageShape {
    name: "PaymentOptionsByBinQuery",
    fields: &[
        FieldShape {
            wire: "binNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{6}([0-9]{2})?$"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[A-Z]{3}$"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentSetId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "amount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::PaymentOptionsByBinQuery {
    /// Reads a PaymentOptionsByBinQuery exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentOptionsByBinQuery,
            super::messages::PaymentOptionsByBinQuery::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentOptionsByBinQuery);
        check_message_value(
            &value,
            &PaymentOptionsByBinQuery,
            super::messages::PaymentOptionsByBinQuery::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::BinPos`].
pub static BinPos: MessageShape = MessageShape {
    name: "BinPos",
    fields: &[
        FieldShape {
            wire: "paymentSetPosId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "tenantPosId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "vPosApiId",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "threeDStatus",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "isCvvUse",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "isDefaultPos",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: false,
            nullable: false,
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
            nullable: false,
        },
        FieldShape {
            wire: "logo",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&PosLogo),
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "commRates",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&CommRate),
                min_items: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "posCurrencyDefinitionId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "creditCardTypeId",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "creditCardProgramId",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "isBusinessCard",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "savedCreditCardUseCvv",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "hasCampaign",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "partnerApiDefinition",
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
            wire: "binFilterId",
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
            wire: "maxMaturityDayCount",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "posTypeId",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "nonBinPos",
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
impl super::messages::BinPos {
    /// Reads a BinPos exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(&value, &BinPos, super::messages::BinPos::RULES)?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &BinPos);
        check_message_value(&value, &BinPos, super::messages::BinPos::RULES)?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::BinPaymentOptions`].
pub static BinPaymentOptions: MessageShape = MessageShape {
    name: "BinPaymentOptions",
    fields: &[
        FieldShape {
            wire: "commApplyTypeId",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "installmentLowerLimit",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "threeDLimit",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "poses",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&BinPos),
                min_items: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "generalInstallmentLimit",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::BinPaymentOptions {
    /// Reads a BinPaymentOptions exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &BinPaymentOptions,
            super::messages::BinPaymentOptions::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &BinPaymentOptions);
        check_message_value(
            &value,
            &BinPaymentOptions,
            super::messages::BinPaymentOptions::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentOptionsByBinResponse`].
pub static PaymentOptionsByBinResponse: MessageShape = MessageShape {
    name: "PaymentOptionsByBinResponse",
    fields: &[
        FieldShape {
            wire: "message",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "statusCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "exceptions",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&BinPaymentOptions),
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "oldData",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "errors",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&ErrorItem),
                min_items: None,
            },
            required: true,
            nullable: true,
        },
    ],
};
impl super::messages::PaymentOptionsByBinResponse {
    /// Reads a PaymentOptionsByBinResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentOptionsByBinResponse,
            super::messages::PaymentOptionsByBinResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentOptionsByBinResponse);
        check_message_value(
            &value,
            &PaymentOptionsByBinResponse,
            super::messages::PaymentOptionsByBinResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentContact`].
pub static PaymentContact: MessageShape = MessageShape {
    name: "PaymentContact",
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
            wire: "surname",
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
            wire: "email",
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
            wire: "tckn",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{11}$"],
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
        FieldShape {
            wire: "phone",
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
impl super::messages::PaymentContact {
    /// Reads a PaymentContact exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentContact,
            super::messages::PaymentContact::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentContact);
        check_message_value(
            &value,
            &PaymentContact,
            super::messages::PaymentContact::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentCard`].
pub static PaymentCard: MessageShape = MessageShape {
    name: "PaymentCard",
    fields: &[
        FieldShape {
            wire: "cardNumber",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{12,19}$"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "cardHolderName",
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
            wire: "cvv",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{3,4}$"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "expMonth",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(1),
                maximum: Some(12),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "expYear",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(2000),
                maximum: Some(9999),
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::PaymentCard {
    /// Reads a PaymentCard exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(&value, &PaymentCard, super::messages::PaymentCard::RULES)?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentCard);
        check_message_value(&value, &PaymentCard, super::messages::PaymentCard::RULES)?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentRequest`].
pub static PaymentRequest: MessageShape = MessageShape {
    name: "PaymentRequest",
    fields: &[
        FieldShape {
            wire: "agentCode",
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
            wire: "amount",
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
            wire: "installment",
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
            wire: "tenantPosId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentSetDefinitionId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "currencyCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[A-Z]{3}$"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "use3D",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "returnUrl",
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
            wire: "clientOrderReferenceCode",
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
            wire: "contact",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&PaymentContact),
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "card",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&PaymentCard),
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::PaymentRequest {
    /// Reads a PaymentRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentRequest,
            super::messages::PaymentRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentRequest);
        check_message_value(
            &value,
            &PaymentRequest,
            super::messages::PaymentRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentResult`].
pub static PaymentResult: MessageShape = MessageShape {
    name: "PaymentResult",
    fields: &[
        FieldShape {
            wire: "redirectUrl",
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
            wire: "transactionStatusId",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["1", "2", "3", "6"],
                canonical: &["1", "2", "3", "6"],
                closed: false,
                integer: true,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "isSuccess",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: true,
            nullable: false,
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
    ],
};
impl super::messages::PaymentResult {
    /// Reads a PaymentResult exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentResult,
            super::messages::PaymentResult::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentResult);
        check_message_value(
            &value,
            &PaymentResult,
            super::messages::PaymentResult::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentResponse`].
pub static PaymentResponse: MessageShape = MessageShape {
    name: "PaymentResponse",
    fields: &[
        FieldShape {
            wire: "message",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "statusCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "exceptions",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&PaymentResult),
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "oldData",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "errors",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&ErrorItem),
                min_items: None,
            },
            required: true,
            nullable: true,
        },
    ],
};
impl super::messages::PaymentResponse {
    /// Reads a PaymentResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentResponse,
            super::messages::PaymentResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentResponse);
        check_message_value(
            &value,
            &PaymentResponse,
            super::messages::PaymentResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentCommitRequest`].
pub static PaymentCommitRequest: MessageShape = MessageShape {
    name: "PaymentCommitRequest",
    fields: &[
        FieldShape {
            wire: "referenceCode",
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
impl super::messages::PaymentCommitRequest {
    /// Reads a PaymentCommitRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentCommitRequest,
            super::messages::PaymentCommitRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentCommitRequest);
        check_message_value(
            &value,
            &PaymentCommitRequest,
            super::messages::PaymentCommitRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentCommitResponse`].
pub static PaymentCommitResponse: MessageShape = MessageShape {
    name: "PaymentCommitResponse",
    fields: &[
        FieldShape {
            wire: "message",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "statusCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "exceptions",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&PaymentResult),
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "oldData",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "errors",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&ErrorItem),
                min_items: None,
            },
            required: true,
            nullable: true,
        },
    ],
};
impl super::messages::PaymentCommitResponse {
    /// Reads a PaymentCommitResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentCommitResponse,
            super::messages::PaymentCommitResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentCommitResponse);
        check_message_value(
            &value,
            &PaymentCommitResponse,
            super::messages::PaymentCommitResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::TransactionQueryRequest`].
pub static TransactionQueryRequest: MessageShape = MessageShape {
    name: "TransactionQueryRequest",
    fields: &[
        FieldShape {
            wire: "transactionId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "referenceNumber",
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
            wire: "clientReferenceNumber",
            aliases: &["clientOrderReferenceCode"],
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
impl super::messages::TransactionQueryRequest {
    /// Reads a TransactionQueryRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &TransactionQueryRequest,
            super::messages::TransactionQueryRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &TransactionQueryRequest);
        check_message_value(
            &value,
            &TransactionQueryRequest,
            super::messages::TransactionQueryRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::Transaction`].
pub static Transaction: MessageShape = MessageShape {
    name: "Transaction",
    fields: &[
        FieldShape {
            wire: "clientReferenceNumber",
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
            wire: "referenceNumber",
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
            wire: "tenantId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "tenantPosId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "commRate",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "currencyType",
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
            wire: "transactionDate",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$",
                ],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "transactionDetailId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "installment",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(1),
                maximum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "lastAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "lastNetAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "id",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "vposCommRate",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "bankPaymentDays",
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
            wire: "transactionStatusId",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["1", "2", "3", "6"],
                canonical: &["1", "2", "3", "6"],
                closed: false,
                integer: true,
            },
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::Transaction {
    /// Reads a Transaction exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(&value, &Transaction, super::messages::Transaction::RULES)?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &Transaction);
        check_message_value(&value, &Transaction, super::messages::Transaction::RULES)?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::TransactionResponse`].
pub static TransactionResponse: MessageShape = MessageShape {
    name: "TransactionResponse",
    fields: &[
        FieldShape {
            wire: "message",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "statusCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "exceptions",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&Transaction),
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "oldData",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "errors",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&ErrorItem),
                min_items: None,
            },
            required: true,
            nullable: true,
        },
    ],
};
impl super::messages::TransactionResponse {
    /// Reads a TransactionResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &TransactionResponse,
            super::messages::TransactionResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &TransactionResponse);
        check_message_value(
            &value,
            &TransactionResponse,
            super::messages::TransactionResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentCancelRequest`].
pub static PaymentCancelRequest: MessageShape = MessageShape {
    name: "PaymentCancelRequest",
    fields: &[
        FieldShape {
            wire: "referenceCode",
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
    ],
};
impl super::messages::PaymentCancelRequest {
    /// Reads a PaymentCancelRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentCancelRequest,
            super::messages::PaymentCancelRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentCancelRequest);
        check_message_value(
            &value,
            &PaymentCancelRequest,
            super::messages::PaymentCancelRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentRefundRequest`].
pub static PaymentRefundRequest: MessageShape = MessageShape {
    name: "PaymentRefundRequest",
    fields: &[
        FieldShape {
            wire: "referenceCode",
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
            wire: "amount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: Some(DecimalBound {
                    value: "0",
                    exclusive: true,
                }),
            },
            required: false,
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
    ],
};
impl super::messages::PaymentRefundRequest {
    /// Reads a PaymentRefundRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentRefundRequest,
            super::messages::PaymentRefundRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentRefundRequest);
        check_message_value(
            &value,
            &PaymentRefundRequest,
            super::messages::PaymentRefundRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::CancelRefundResult`].
pub static CancelRefundResult: MessageShape = MessageShape {
    name: "CancelRefundResult",
    fields: &[
        FieldShape {
            wire: "lastAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "transactionStatusId",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["1", "2", "3", "6"],
                canonical: &["1", "2", "3", "6"],
                closed: false,
                integer: true,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "errorCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Text,
            required: true,
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
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "isSuccess",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: None,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::CancelRefundResult {
    /// Reads a CancelRefundResult exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &CancelRefundResult,
            super::messages::CancelRefundResult::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &CancelRefundResult);
        check_message_value(
            &value,
            &CancelRefundResult,
            super::messages::CancelRefundResult::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentCancelResponse`].
pub static PaymentCancelResponse: MessageShape = MessageShape {
    name: "PaymentCancelResponse",
    fields: &[
        FieldShape {
            wire: "message",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "statusCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "exceptions",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&CancelRefundResult),
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "oldData",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "errors",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&ErrorItem),
                min_items: None,
            },
            required: true,
            nullable: true,
        },
    ],
};
impl super::messages::PaymentCancelResponse {
    /// Reads a PaymentCancelResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentCancelResponse,
            super::messages::PaymentCancelResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentCancelResponse);
        check_message_value(
            &value,
            &PaymentCancelResponse,
            super::messages::PaymentCancelResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::PaymentRefundResponse`].
pub static PaymentRefundResponse: MessageShape = MessageShape {
    name: "PaymentRefundResponse",
    fields: &[
        FieldShape {
            wire: "message",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[],
            },
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "statusCode",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "exceptions",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: false,
            nullable: true,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&CancelRefundResult),
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "oldData",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: true,
            nullable: true,
        },
        FieldShape {
            wire: "errors",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&ErrorItem),
                min_items: None,
            },
            required: true,
            nullable: true,
        },
    ],
};
impl super::messages::PaymentRefundResponse {
    /// Reads a PaymentRefundResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &PaymentRefundResponse,
            super::messages::PaymentRefundResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &PaymentRefundResponse);
        check_message_value(
            &value,
            &PaymentRefundResponse,
            super::messages::PaymentRefundResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::operations::ListPaymentOptionsParameters`].
pub static ListPaymentOptionsParameters: MessageShape = MessageShape {
    name: "ListPaymentOptionsParameters",
    fields: &[
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: Some(ParameterIn::Query),
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[A-Z]{3}$"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentSetId",
            aliases: &[],
            location: Some(ParameterIn::Query),
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: true,
            nullable: false,
        },
    ],
};
/// The shape of [`super::operations::PaymentOptionsByBinParameters`].
pub static PaymentOptionsByBinParameters: MessageShape = MessageShape {
    name: "PaymentOptionsByBinParameters",
    fields: &[
        FieldShape {
            wire: "binNumber",
            aliases: &[],
            location: Some(ParameterIn::Path),
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[0-9]{6}([0-9]{2})?$"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: Some(ParameterIn::Query),
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^[A-Z]{3}$"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "paymentSetId",
            aliases: &[],
            location: Some(ParameterIn::Query),
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "amount",
            aliases: &[],
            location: Some(ParameterIn::Query),
            kind: ShapeKind::DecimalNumber {
                minimum: None,
            },
            required: false,
            nullable: false,
        },
    ],
};
/// The shape of [`super::operations::GetTransactionParameters`].
pub static GetTransactionParameters: MessageShape = MessageShape {
    name: "GetTransactionParameters",
    fields: &[
        FieldShape {
            wire: "transactionId",
            aliases: &[],
            location: Some(ParameterIn::Query),
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &[
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "referenceNumber",
            aliases: &[],
            location: Some(ParameterIn::Query),
            kind: ShapeKind::String {
                min_length: Some(1),
                max_length: None,
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "clientReferenceNumber",
            aliases: &["clientOrderReferenceCode"],
            location: Some(ParameterIn::Query),
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
            "ErrorItem" => {
                check_message_value(value, &ErrorItem, super::messages::ErrorItem::RULES)
            }
            "AccessTokenRequest" => {
                check_message_value(
                    value,
                    &AccessTokenRequest,
                    super::messages::AccessTokenRequest::RULES,
                )
            }
            "AccessToken" => {
                check_message_value(
                    value,
                    &AccessToken,
                    super::messages::AccessToken::RULES,
                )
            }
            "PaymentSet" => {
                check_message_value(
                    value,
                    &PaymentSet,
                    super::messages::PaymentSet::RULES,
                )
            }
            "PaymentSetListResponse" => {
                check_message_value(
                    value,
                    &PaymentSetListResponse,
                    super::messages::PaymentSetListResponse::RULES,
                )
            }
            "PosLogo" => {
                check_message_value(value, &PosLogo, super::messages::PosLogo::RULES)
            }
            "CommRate" => {
                check_message_value(value, &CommRate, super::messages::CommRate::RULES)
            }
            "PaymentOptionPos" => {
                check_message_value(
                    value,
                    &PaymentOptionPos,
                    super::messages::PaymentOptionPos::RULES,
                )
            }
            "PaymentOptionListResponse" => {
                check_message_value(
                    value,
                    &PaymentOptionListResponse,
                    super::messages::PaymentOptionListResponse::RULES,
                )
            }
            "PaymentOptionsByBinQuery" => {
                check_message_value(
                    value,
                    &PaymentOptionsByBinQuery,
                    super::messages::PaymentOptionsByBinQuery::RULES,
                )
            }
            "BinPos" => {
                check_message_value(value, &BinPos, super::messages::BinPos::RULES)
            }
            "BinPaymentOptions" => {
                check_message_value(
                    value,
                    &BinPaymentOptions,
                    super::messages::BinPaymentOptions::RULES,
                )
            }
            "PaymentOptionsByBinResponse" => {
                check_message_value(
                    value,
                    &PaymentOptionsByBinResponse,
                    super::messages::PaymentOptionsByBinResponse::RULES,
                )
            }
            "PaymentContact" => {
                check_message_value(
                    value,
                    &PaymentContact,
                    super::messages::PaymentContact::RULES,
                )
            }
            "PaymentCard" => {
                check_message_value(
                    value,
                    &PaymentCard,
                    super::messages::PaymentCard::RULES,
                )
            }
            "PaymentRequest" => {
                check_message_value(
                    value,
                    &PaymentRequest,
                    super::messages::PaymentRequest::RULES,
                )
            }
            "PaymentResult" => {
                check_message_value(
                    value,
                    &PaymentResult,
                    super::messages::PaymentResult::RULES,
                )
            }
            "PaymentResponse" => {
                check_message_value(
                    value,
                    &PaymentResponse,
                    super::messages::PaymentResponse::RULES,
                )
            }
            "PaymentCommitRequest" => {
                check_message_value(
                    value,
                    &PaymentCommitRequest,
                    super::messages::PaymentCommitRequest::RULES,
                )
            }
            "PaymentCommitResponse" => {
                check_message_value(
                    value,
                    &PaymentCommitResponse,
                    super::messages::PaymentCommitResponse::RULES,
                )
            }
            "TransactionQueryRequest" => {
                check_message_value(
                    value,
                    &TransactionQueryRequest,
                    super::messages::TransactionQueryRequest::RULES,
                )
            }
            "Transaction" => {
                check_message_value(
                    value,
                    &Transaction,
                    super::messages::Transaction::RULES,
                )
            }
            "TransactionResponse" => {
                check_message_value(
                    value,
                    &TransactionResponse,
                    super::messages::TransactionResponse::RULES,
                )
            }
            "PaymentCancelRequest" => {
                check_message_value(
                    value,
                    &PaymentCancelRequest,
                    super::messages::PaymentCancelRequest::RULES,
                )
            }
            "PaymentRefundRequest" => {
                check_message_value(
                    value,
                    &PaymentRefundRequest,
                    super::messages::PaymentRefundRequest::RULES,
                )
            }
            "CancelRefundResult" => {
                check_message_value(
                    value,
                    &CancelRefundResult,
                    super::messages::CancelRefundResult::RULES,
                )
            }
            "PaymentCancelResponse" => {
                check_message_value(
                    value,
                    &PaymentCancelResponse,
                    super::messages::PaymentCancelResponse::RULES,
                )
            }
            "PaymentRefundResponse" => {
                check_message_value(
                    value,
                    &PaymentRefundResponse,
                    super::messages::PaymentRefundResponse::RULES,
                )
            }
            _ => return None,
        },
    )
}
