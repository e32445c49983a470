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
}

/// A cache is never part of what a state is: two states holding different faces are the same state.
impl PartialEq for PaymentFaces {
    fn eq(&self, _: &PaymentFaces) -> bool {
        true
    }
}

impl Eq for PaymentFaces {}

#[cfg(test)]
mod tests {
    use super::*;

    fn payment(id: usize) -> PaymentRecord {
        PaymentRecord {
            payment_id: format!("{}", 28_000_000 + id),
            client_id: "payspec-vuk509".to_owned(),
            reference: format!("ref-{id}"),
            device: "PAV860047264".to_owned(),
            sales_type: "SALE".to_owned(),
            price: "100.00".to_owned(),
            currency: "TRY".to_owned(),
            installment: 1,
            created_at: 1_764_600_000,
            card: id,
            auth_code: "100001".to_owned(),
            host_reference: "HR0000000001".to_owned(),
            batch_no: 1,
            sale_items: serde_json::Value::Null,
            sale_number: None,
            cancel_host_reference: None,
            refunds: Vec::new(),
            voided: false,
        }
    }

    #[test]
    fn a_face_is_only_its_own_records_and_the_cache_stays_bounded() {
        let mut faces = PaymentFaces::default();
        let mut record = payment(1);
        assert!(faces.of(&record).is_of(&record));
        // A void changes the record: its face is written again, not the old one answered.
        record.cancel_host_reference = Some("CH0000000002".to_owned());
        assert!(faces.of(&record).is_of(&record));
        assert_eq!(faces.by_payment.len(), 1);
        for id in 2..=HELD + 1 {
            assert!(faces.of(&payment(id)).is_of(&payment(id)));
            assert!(faces.by_payment.len() <= HELD, "{} faces held", faces.by_payment.len());
        }
        assert!(faces.by_payment.len() < HELD, "a full cache starts again");
    }
}
