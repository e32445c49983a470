// Money is never a binary float: a price is a `Decimal`, and an `f64` is refused.
use payspec::iyzico_terminal::{Vuk509Locale, Vuk509SaleRequest, Vuk509SaleRequestRequired, Vuk509SalesType};

fn main() {
    let _sale = Vuk509SaleRequest::new(Vuk509SaleRequestRequired {
        conversation_id: "conversation1".to_owned(),
        locale: Vuk509Locale::Tr,
        device_unique_id: "PAV860047264".to_owned(),
        transaction_reference_id: "string30".to_owned(),
        price: 100.0_f64,
        currency: "TRY".to_owned(),
        installment: 0,
        sales_type: Vuk509SalesType::Sale,
    });
}
