// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The shapes of the WiaPay API's messages and parameters, checked before a request is typed, from `spec/wiapay/`.
#![allow(non_upper_case_globals)]
#[allow(unused_imports)]
use crate::support::{FieldShape, MessageShape, ParameterIn, ShapeKind};
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
            kind: ShapeKind::DecimalNumber,
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
                closed: false,
                integer: false,
            },
            required: true,
            nullable: false,
        },
    ],
};
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
            kind: ShapeKind::DecimalNumber,
            required: true,
            nullable: false,
        },
        FieldShape {
            wire: "currency",
            aliases: &[],
            location: None,
            kind: ShapeKind::Enum {
                values: &["TRY"],
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
