// Money is never a binary float: a price is a `Decimal`, and an `f64` is refused.
use payspec::iyzico_terminal::{Vuk509Locale, Vuk509SaleRequest, Vuk509SalesType};

fn main() {
    let _sale = Vuk509SaleRequest::new(
        "conversation1".to_owned(),
        Vuk509Locale::Tr,
        "PAV860047264".to_owned(),
        "string30".to_owned(),
        100.0_f64,
        "TRY".to_owned(),
        0,
        Vuk509SalesType::Sale,
    );
}
