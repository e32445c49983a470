// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! iyzico Terminal API: A protocol between cash register systems (ECR) and physical POS devices for payment transactions, through iyzico's cloud. Today the only supported POS maker is Pavo (EFT POS); the protocol is designed to extend to other POS makers.
pub mod errors;
pub use errors::{Code, Error, Group};
pub mod messages;
pub use messages::*;
pub mod enums;
pub use enums::*;
pub mod operations;
pub use operations::*;
pub mod lifecycles;
pub use lifecycles::*;
pub mod world;
pub use world::*;
pub mod routes;
pub use routes::*;
pub mod servers;
pub use servers::*;
pub mod shapes;
pub mod envelopes;
pub mod replies;
pub use replies::*;
pub mod decode;
pub use decode::*;
/// The API's id, as used in folder names, file names and command-line words.
pub const API_ID: &str = "iyzico-terminal";
/// The API's title.
pub const TITLE: &str = "iyzico Terminal API";
/// The documents the spec of the iyzico Terminal API draws on, numbered as the docs' sources page cites them.
pub const SOURCES: &[crate::support::Source] = &[
    crate::support::Source {
        id: "S1",
        title: "Hata Kodları (Terminal API error codes, Turkish page with EN/TR messages)",
        location: "000_1291d56dba2d43c2.txt",
    },
    crate::support::Source {
        id: "S2",
        title: "Terminal API Integration (overview, English)",
        location: "003_a3d754a4d6b8ca04.txt",
    },
    crate::support::Source {
        id: "S3",
        title: "iyzico Physical POS / Terminal API Integration (public docs, root of the section whose pages are cited below)",
        location: "https://docs.iyzico.com/en/products/physical-pos/terminal-api-integration",
    },
    crate::support::Source {
        id: "S4",
        title: "iyzico Terminal API Login: authorize and token calls, hosts (public docs)",
        location: "https://docs.iyzico.com/en/products/physical-pos/terminal-api-integration/login",
    },
    crate::support::Source {
        id: "S5",
        title: "iyzico Terminal API VUK 509 Payment and Transaction Services: sale, status query, void, refund (public docs)",
        location: "https://docs.iyzico.com/en/products/physical-pos/terminal-api-integration/vuk-509-services/payment-and-transaction-services",
    },
    crate::support::Source {
        id: "S6",
        title: "iyzico Terminal API VUK 509 End of Day (public docs)",
        location: "https://docs.iyzico.com/en/products/physical-pos/terminal-api-integration/vuk-509-services/end-of-day",
    },
    crate::support::Source {
        id: "S7",
        title: "iyzico Terminal API VUK 507 Payment and Transaction Services, English (public docs)",
        location: "https://docs.iyzico.com/en/products/physical-pos/terminal-api-integration/vuk-507-services/payment-and-transaction-services",
    },
    crate::support::Source {
        id: "S8",
        title: "iyzico Terminal API VUK 507 Void / Refund, English (public docs)",
        location: "https://docs.iyzico.com/en/products/physical-pos/terminal-api-integration/vuk-507-services/void-refund",
    },
    crate::support::Source {
        id: "S9",
        title: "iyzico Terminal API VUK 507 Partial Payment, English (public docs)",
        location: "https://docs.iyzico.com/en/products/physical-pos/terminal-api-integration/vuk-507-services/partial-payment",
    },
    crate::support::Source {
        id: "S10",
        title: "iyzico Terminal API VUK 507 End of Day (public docs)",
        location: "https://docs.iyzico.com/en/products/physical-pos/terminal-api-integration/vuk-507-services/end-of-day",
    },
    crate::support::Source {
        id: "S11",
        title: "iyzico Fiziksel POS / Terminal API Entegrasyonu (Turkish public docs, section root)",
        location: "https://docs.iyzico.com/urunler/fiziksel-pos/terminal-api-entegrasyonu",
    },
    crate::support::Source {
        id: "S12",
        title: "iyzico Terminal API VUK 507 Ödeme ve İşlem Servisleri (payment and transaction services, Turkish public docs)",
        location: "https://docs.iyzico.com/urunler/fiziki-pos/terminal-api-entegrasyonu/vuk-507-servisleri/odeme-ve-islem-servisleri",
    },
    crate::support::Source {
        id: "S13",
        title: "iyzico Terminal API VUK 507 İptal / İade (void / refund, Turkish public docs)",
        location: "https://docs.iyzico.com/urunler/fiziki-pos/terminal-api-entegrasyonu/vuk-507-servisleri/iptal-iade",
    },
    crate::support::Source {
        id: "S14",
        title: "iyzico Terminal API VUK 507 Kısmi Ödeme (partial payment, Turkish public docs)",
        location: "https://docs.iyzico.com/urunler/fiziki-pos/terminal-api-entegrasyonu/vuk-507-servisleri/kismi-odeme",
    },
    crate::support::Source {
        id: "S15",
        title: "productdevbook/kasapay: MIT-licensed OpenAPI reconstruction of iyzico's Terminal API pages, never tried against a live device ([K] facts)",
        location: "https://github.com/productdevbook/kasapay",
    },
    crate::support::Source {
        id: "S16",
        title: "iyzico error codes (general list of the payment services; TR: ek-bilgiler/hata-kodlari)",
        location: "https://docs.iyzico.com/en/add-ons/error-codes",
    },
    crate::support::Source {
        id: "S17",
        title: "RFC 6749, The OAuth 2.0 Authorization Framework, section 4.1.2.1 (authorization error response)",
        location: "https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1",
    },
    crate::support::Source {
        id: "S18",
        title: "RFC 6749, The OAuth 2.0 Authorization Framework, section 5.1 (token_type)",
        location: "https://www.rfc-editor.org/rfc/rfc6749#section-5.1",
    },
    crate::support::Source {
        id: "S19",
        title: "RFC 6749, The OAuth 2.0 Authorization Framework, section 5.2 (token error response: invalid_grant, invalid_client)",
        location: "https://www.rfc-editor.org/rfc/rfc6749#section-5.2",
    },
    crate::support::Source {
        id: "S20",
        title: "ISO/IEC 7812-1:2017, identification of issuers (8-digit issuer identification numbers)",
        location: "https://www.iso.org/standard/70484.html",
    },
    crate::support::Source {
        id: "S21",
        title: "RFC 6750: The OAuth 2.0 Authorization Framework: Bearer Token Usage, section 3.1 (error codes of a refused bearer token)",
        location: "https://www.rfc-editor.org/rfc/rfc6750#section-3.1",
    },
];
