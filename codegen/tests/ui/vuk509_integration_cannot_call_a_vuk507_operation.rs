// VUK 507 and VUK 509 services must not be used together within the same integration (seed 003): an integration in
// VUK 509 mode cannot prepare a VUK 507 (GMU) operation.
use payspec::Integration;
use payspec::iyzico_terminal::{Vuk507Payment, Vuk507SaleRequest, Vuk509};
use payspec::support::NoParameters;

fn call(integration: &Integration<Vuk509>, request: &Vuk507SaleRequest) {
    let _ = integration.prepare::<Vuk507Payment>(&NoParameters, request);
}

fn main() {}
