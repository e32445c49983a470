//! The faces of the payments answered last (the fields of a VUK 509 payment answer that the payment alone decides,
//! written once): a cash register polls a payment's status query until its device finishes, and each answer is its
//! face with the request's own fields spliced in. Only a cache: a state without it answers the same.

use std::collections::HashMap;

use super::answers::PaymentFace;
use super::records::PaymentRecord;

/// How many payments' faces are held at most: when full, the cache starts again, so it never grows with the ledger.
const HELD: usize = 1024;

/// The faces of the payments answered last, by payment id; each is used only for exactly the record it was written
/// for, so a void or a refund (which change the record) writes a new one.
#[derive(Debug, Clone, Default)]
pub struct PaymentFaces {
    by_payment: HashMap<String, PaymentFace>,
}

impl PaymentFaces {
    /// The face of this payment record, written now unless it is held.
    pub fn of(&mut self, payment: &PaymentRecord) -> &PaymentFace {
        if !self.by_payment.get(&payment.payment_id).is_some_and(|face| face.is_of(payment)) {
            if self.by_payment.len() >= HELD {
                self.by_payment.clear();
            }
            self.by_payment.insert(payment.payment_id.clone(), PaymentFace::of(payment));
        }
        &self.by_payment[&payment.payment_id]
    }

    /// How many faces are held.
    pub fn len(&self) -> usize {
        self.by_payment.len()
    }

    /// Whether no face is held.
    pub fn is_empty(&self) -> bool {
        self.by_payment.is_empty()
    }
}

/// A cache is never part of what a state is: two states holding different faces are the same state.
impl PartialEq for PaymentFaces {
    fn eq(&self, _: &PaymentFaces) -> bool {
        true
    }
}

impl Eq for PaymentFaces {}
