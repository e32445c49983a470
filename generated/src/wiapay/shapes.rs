// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The shapes of the WiaPay API's messages and parameters, checked before a request is typed, from `spec/wiapay/`.
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
            wire: "success",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: Some(false),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "error",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&ErrorBody),
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "timestamp",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
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
/// The shape of [`super::messages::ErrorBody`].
pub static ErrorBody: MessageShape = MessageShape {
    name: "ErrorBody",
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
impl super::messages::ErrorBody {
    /// Reads a ErrorBody exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(&value, &ErrorBody, super::messages::ErrorBody::RULES)?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &ErrorBody);
        check_message_value(&value, &ErrorBody, super::messages::ErrorBody::RULES)?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::AvailableBanksResponse`].
pub static AvailableBanksResponse: MessageShape = MessageShape {
    name: "AvailableBanksResponse",
    fields: &[
        FieldShape {
            wire: "success",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: Some(true),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&AvailableBanksData),
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "timestamp",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::AvailableBanksResponse {
    /// Reads a AvailableBanksResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &AvailableBanksResponse,
            super::messages::AvailableBanksResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &AvailableBanksResponse);
        check_message_value(
            &value,
            &AvailableBanksResponse,
            super::messages::AvailableBanksResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::AvailableBanksData`].
pub static AvailableBanksData: MessageShape = MessageShape {
    name: "AvailableBanksData",
    fields: &[
        FieldShape {
            wire: "banks",
            aliases: &[],
            location: None,
            kind: ShapeKind::Array {
                items: &ShapeKind::Message(&AvailableBank),
                min_items: None,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "fast",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&FastTransferOption),
            required: false,
            nullable: true,
        },
    ],
};
impl super::messages::AvailableBanksData {
    /// Reads a AvailableBanksData exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &AvailableBanksData,
            super::messages::AvailableBanksData::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &AvailableBanksData);
        check_message_value(
            &value,
            &AvailableBanksData,
            super::messages::AvailableBanksData::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::AvailableBank`].
pub static AvailableBank: MessageShape = MessageShape {
    name: "AvailableBank",
    fields: &[
        FieldShape {
            wire: "_id",
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
            wire: "minAmount",
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
            wire: "maxAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(1),
                maximum: None,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::AvailableBank {
    /// Reads a AvailableBank exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &AvailableBank,
            super::messages::AvailableBank::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &AvailableBank);
        check_message_value(
            &value,
            &AvailableBank,
            super::messages::AvailableBank::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::FastTransferOption`].
pub static FastTransferOption: MessageShape = MessageShape {
    name: "FastTransferOption",
    fields: &[
        FieldShape {
            wire: "minAmount",
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
            wire: "maxAmount",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: Some(1),
                maximum: None,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::FastTransferOption {
    /// Reads a FastTransferOption exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &FastTransferOption,
            super::messages::FastTransferOption::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &FastTransferOption);
        check_message_value(
            &value,
            &FastTransferOption,
            super::messages::FastTransferOption::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::DepositRequest`].
pub static DepositRequest: MessageShape = MessageShape {
    name: "DepositRequest",
    fields: &[
        FieldShape {
            wire: "processId",
            aliases: &["merchantTransactionId"],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: Some(50),
                patterns: &[],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "amount",
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
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["TRY"],
                canonical: &["TRY"],
                closed: true,
                integer: false,
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "bankCode",
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
            wire: "customer",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&DepositCustomer),
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "callbackUrl",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^https://"],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "metadata",
            aliases: &[],
            location: None,
            kind: ShapeKind::Any,
            required: false,
            nullable: false,
        },
    ],
};
impl super::messages::DepositRequest {
    /// Reads a DepositRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &DepositRequest,
            super::messages::DepositRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &DepositRequest);
        check_message_value(
            &value,
            &DepositRequest,
            super::messages::DepositRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::DepositCustomer`].
pub static DepositCustomer: MessageShape = MessageShape {
    name: "DepositCustomer",
    fields: &[
        FieldShape {
            wire: "id",
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
            wire: "username",
            aliases: &["email"],
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
impl super::messages::DepositCustomer {
    /// Reads a DepositCustomer exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &DepositCustomer,
            super::messages::DepositCustomer::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &DepositCustomer);
        check_message_value(
            &value,
            &DepositCustomer,
            super::messages::DepositCustomer::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::DepositResponse`].
pub static DepositResponse: MessageShape = MessageShape {
    name: "DepositResponse",
    fields: &[
        FieldShape {
            wire: "success",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: Some(true),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&DepositData),
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "timestamp",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::DepositResponse {
    /// Reads a DepositResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &DepositResponse,
            super::messages::DepositResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &DepositResponse);
        check_message_value(
            &value,
            &DepositResponse,
            super::messages::DepositResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::DepositData`].
pub static DepositData: MessageShape = MessageShape {
    name: "DepositData",
    fields: &[
        FieldShape {
            wire: "transactionId",
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
            wire: "processId",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: Some(50),
                patterns: &[],
            },
            required: false,
            nullable: false,
        },
        FieldShape {
            wire: "checkoutUrl",
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
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["pending", "processing", "completed", "failed", "cancelled"],
                canonical: &[
                    "pending",
                    "processing",
                    "completed",
                    "failed",
                    "cancelled",
                ],
                closed: false,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "expiresAt",
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
            nullable: false,
        },
    ],
};
impl super::messages::DepositData {
    /// Reads a DepositData exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(&value, &DepositData, super::messages::DepositData::RULES)?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &DepositData);
        check_message_value(&value, &DepositData, super::messages::DepositData::RULES)?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::WithdrawRequest`].
pub static WithdrawRequest: MessageShape = MessageShape {
    name: "WithdrawRequest",
    fields: &[
        FieldShape {
            wire: "processId",
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
            wire: "bankId",
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
            wire: "accountName",
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
            wire: "iban",
            aliases: &[],
            location: None,
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^TR[0-9]{24}$"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "userId",
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
            wire: "userName",
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
    ],
};
impl super::messages::WithdrawRequest {
    /// Reads a WithdrawRequest exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &WithdrawRequest,
            super::messages::WithdrawRequest::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &WithdrawRequest);
        check_message_value(
            &value,
            &WithdrawRequest,
            super::messages::WithdrawRequest::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::WithdrawResponse`].
pub static WithdrawResponse: MessageShape = MessageShape {
    name: "WithdrawResponse",
    fields: &[
        FieldShape {
            wire: "success",
            aliases: &[],
            location: None,
            kind: ShapeKind::Boolean {
                constant: Some(true),
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "data",
            aliases: &[],
            location: None,
            kind: ShapeKind::Message(&WithdrawData),
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "timestamp",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::WithdrawResponse {
    /// Reads a WithdrawResponse exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &WithdrawResponse,
            super::messages::WithdrawResponse::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &WithdrawResponse);
        check_message_value(
            &value,
            &WithdrawResponse,
            super::messages::WithdrawResponse::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::WithdrawData`].
pub static WithdrawData: MessageShape = MessageShape {
    name: "WithdrawData",
    fields: &[
        FieldShape {
            wire: "transactionId",
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
            wire: "processId",
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
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["pending", "processing", "completed", "failed", "cancelled"],
                canonical: &[
                    "pending",
                    "processing",
                    "completed",
                    "failed",
                    "cancelled",
                ],
                closed: false,
                integer: false,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::WithdrawData {
    /// Reads a WithdrawData exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &WithdrawData,
            super::messages::WithdrawData::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &WithdrawData);
        check_message_value(
            &value,
            &WithdrawData,
            super::messages::WithdrawData::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::messages::CallbackPayload`].
pub static CallbackPayload: MessageShape = MessageShape {
    name: "CallbackPayload",
    fields: &[
        FieldShape {
            wire: "transactionId",
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
            wire: "processId",
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
            wire: "type",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["deposit", "withdrawal"],
                canonical: &["deposit", "withdrawal"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "status",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["pending", "processing", "completed", "failed", "cancelled"],
                canonical: &[
                    "pending",
                    "processing",
                    "completed",
                    "failed",
                    "cancelled",
                ],
                closed: false,
                integer: false,
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
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["TRY"],
                canonical: &["TRY"],
                closed: true,
                integer: false,
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "completedAt",
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
            wire: "failureReason",
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
            wire: "timestamp",
            aliases: &[],
            location: None,
            kind: ShapeKind::Integer {
                minimum: None,
                maximum: None,
            },
            required: true,
            nullable: false,
        },
    ],
};
impl super::messages::CallbackPayload {
    /// Reads a CallbackPayload exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed enumerations, constants, a field under two names at once refused), then types it.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| malformed_body(e.to_string()))?;
        check_message_value(
            &value,
            &CallbackPayload,
            super::messages::CallbackPayload::RULES,
        )?;
        serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
    }
    /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
    /// a number is declared is sent as a number, and the other way round), checked as it is read.
    pub fn write(&self) -> Result<String, Problem> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| malformed_body(e.to_string()))?;
        to_wire_forms(&mut value, &CallbackPayload);
        check_message_value(
            &value,
            &CallbackPayload,
            super::messages::CallbackPayload::RULES,
        )?;
        serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
    }
}
/// The shape of [`super::operations::DepositCallbackParameters`].
pub static DepositCallbackParameters: MessageShape = MessageShape {
    name: "DepositCallbackParameters",
    fields: &[
        FieldShape {
            wire: "depositCallbackUrl",
            aliases: &[],
            location: Some(ParameterIn::Path),
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^https://"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "User-Agent",
            aliases: &[],
            location: Some(ParameterIn::Header),
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
/// The shape of [`super::operations::WithdrawalCallbackParameters`].
pub static WithdrawalCallbackParameters: MessageShape = MessageShape {
    name: "WithdrawalCallbackParameters",
    fields: &[
        FieldShape {
            wire: "withdrawalCallbackUrl",
            aliases: &[],
            location: Some(ParameterIn::Path),
            kind: ShapeKind::String {
                min_length: None,
                max_length: None,
                patterns: &["^https://"],
            },
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "User-Agent",
            aliases: &[],
            location: Some(ParameterIn::Header),
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
            "ErrorBody" => {
                check_message_value(value, &ErrorBody, super::messages::ErrorBody::RULES)
            }
            "AvailableBanksResponse" => {
                check_message_value(
                    value,
                    &AvailableBanksResponse,
                    super::messages::AvailableBanksResponse::RULES,
                )
            }
            "AvailableBanksData" => {
                check_message_value(
                    value,
                    &AvailableBanksData,
                    super::messages::AvailableBanksData::RULES,
                )
            }
            "AvailableBank" => {
                check_message_value(
                    value,
                    &AvailableBank,
                    super::messages::AvailableBank::RULES,
                )
            }
            "FastTransferOption" => {
                check_message_value(
                    value,
                    &FastTransferOption,
                    super::messages::FastTransferOption::RULES,
                )
            }
            "DepositRequest" => {
                check_message_value(
                    value,
                    &DepositRequest,
                    super::messages::DepositRequest::RULES,
                )
            }
            "DepositCustomer" => {
                check_message_value(
                    value,
                    &DepositCustomer,
                    super::messages::DepositCustomer::RULES,
                )
            }
            "DepositResponse" => {
                check_message_value(
                    value,
                    &DepositResponse,
                    super::messages::DepositResponse::RULES,
                )
            }
            "DepositData" => {
                check_message_value(
                    value,
                    &DepositData,
                    super::messages::DepositData::RULES,
                )
            }
            "WithdrawRequest" => {
                check_message_value(
                    value,
                    &WithdrawRequest,
                    super::messages::WithdrawRequest::RULES,
                )
            }
            "WithdrawResponse" => {
                check_message_value(
                    value,
                    &WithdrawResponse,
                    super::messages::WithdrawResponse::RULES,
                )
            }
            "WithdrawData" => {
                check_message_value(
                    value,
                    &WithdrawData,
                    super::messages::WithdrawData::RULES,
                )
            }
            "CallbackPayload" => {
                check_message_value(
                    value,
                    &CallbackPayload,
                    super::messages::CallbackPayload::RULES,
                )
            }
            _ => return None,
        },
    )
}
