// A message's constructor takes every required field: a VUK 509 sale cannot be built without its price.
use payspec::iyzico_terminal::{Vuk509Locale, Vuk509SaleRequest, Vuk509SalesType};

fn main() {
    let _sale = Vuk509SaleRequest::new(
        "conversation1".to_owned(),
        Vuk509Locale::Tr,
        "PAV860047264".to_owned(),
        "string30".to_owned(),
        "TRY".to_owned(),
        0,
        Vuk509SalesType::Sale,
    );
}
