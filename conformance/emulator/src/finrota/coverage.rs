//! Which rows of Finrota PWS's lifecycle tables the calls have reached (`GET /_payspec/finrota-pws/coverage`).

use payspec::finrota_pws::{AccessTokenState, Code, LifecycleId, Moved, OperationId, PaymentState};

/// Every lifecycle of the API.
pub const LIFECYCLES: &[LifecycleId] = &[LifecycleId::FinrotaPayment, LifecycleId::AccessToken];

/// Runs `$body` with `$S` bound to the state type of `$lifecycle`.
macro_rules! with_lifecycle {
    ($lifecycle:expr, $S:ident => $body:expr) => {
        match $lifecycle {
            LifecycleId::FinrotaPayment => {
                type $S = PaymentState;
                $body
            }
            LifecycleId::AccessToken => {
                type $S = AccessTokenState;
                $body
            }
        }
    };
}

crate::coverage::api_coverage!();
