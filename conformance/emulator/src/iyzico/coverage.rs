//! Which rows of the iyzico Terminal API's lifecycle tables the calls have reached: every transition taken and every
//! refusal answered, by its place in the generated tables. `GET /_payspec/iyzico-terminal/coverage` reports them
//! against the whole tables, so a test run (the emulator's, or a conformance run against it) shows which rules it
//! exercised and which it never reached.

use payspec::iyzico_terminal::{
    AccessTokenState, AuthCodeState, BatchState, Code, DeviceState, IntegrationModeState, LifecycleId, Moved,
    OperationId, TransactionReferenceState, Vuk507PartialPaymentState, Vuk507PaymentState, Vuk509PaymentState,
};
use payspec::support::StateMachine;

pub use crate::coverage::Row;
use crate::coverage::{self as shared, Tables};

/// Runs `$body` with `$S` bound to the state type of `$lifecycle`.
macro_rules! with_lifecycle {
    ($lifecycle:expr, $S:ident => $body:expr) => {
        match $lifecycle {
            LifecycleId::Vuk509Payment => {
                type $S = Vuk509PaymentState;
                $body
            }
            LifecycleId::Vuk507Payment => {
                type $S = Vuk507PaymentState;
                $body
            }
            LifecycleId::IntegrationMode => {
                type $S = IntegrationModeState;
                $body
            }
            LifecycleId::TransactionReference => {
                type $S = TransactionReferenceState;
                $body
            }
            LifecycleId::Batch => {
                type $S = BatchState;
                $body
            }
            LifecycleId::AuthCode => {
                type $S = AuthCodeState;
                $body
            }
            LifecycleId::AccessToken => {
                type $S = AccessTokenState;
                $body
            }
            LifecycleId::Device => {
                type $S = DeviceState;
                $body
            }
            LifecycleId::Vuk507PartialPayment => {
                type $S = Vuk507PartialPaymentState;
                $body
            }
        }
    };
}

fn attributes_of<S: StateMachine>() -> &'static [payspec::support::AttributeInfo] {
    S::LIFECYCLE.attributes
}

/// A lifecycle's attribute id, as the static string its tables use.
pub fn attribute_id(lifecycle: LifecycleId, id: &str) -> Option<&'static str> {
    with_lifecycle!(lifecycle, S => attributes_of::<S>()).iter().map(|a| a.id).find(|a| *a == id)
}

/// The transitions and refusals of a lifecycle, in table order.
pub fn tables(lifecycle: LifecycleId) -> Tables {
    with_lifecycle!(lifecycle, S => shared::rows::<S>(OperationId::id))
}

/// Every lifecycle of the API.
pub const LIFECYCLES: &[LifecycleId] = &[
    LifecycleId::Vuk509Payment,
    LifecycleId::Vuk507Payment,
    LifecycleId::IntegrationMode,
    LifecycleId::TransactionReference,
    LifecycleId::Batch,
    LifecycleId::AuthCode,
    LifecycleId::AccessToken,
    LifecycleId::Device,
    LifecycleId::Vuk507PartialPayment,
];

crate::coverage::api_coverage!();

impl Coverage {
    /// Records device transitions taken directly (a call taking the device on arrival).
    pub fn device_steps(&mut self, taken: &[&'static payspec::support::TransitionInfo<DeviceState>]) {
        for entry in taken {
            if let Some(index) = DeviceState::LIFECYCLE.transitions.iter().position(|t| std::ptr::eq(t, *entry)) {
                self.0.transition(LifecycleId::Device.id(), index);
            }
        }
    }
}
