// The other way round: an integration in VUK 507 (fiscal register) mode cannot prepare a VUK 509 payment.
use payspec::Integration;
use payspec::iyzico_terminal::{Vuk507, Vuk509Payment, Vuk509SaleRequest};
use payspec::support::NoParameters;

fn call(integration: &Integration<Vuk507>, request: &Vuk509SaleRequest) {
    let _ = integration.prepare::<Vuk509Payment>(&NoParameters, request);
}

fn main() {}
