//! The rule of an API's `request_language`: a language read from a request field names a field some request
//! message of the API has.

use crate::diagnostics::Collector;
use crate::model::RequestLanguage;
use crate::spec::ApiSpec;

/// Checks the API's `request_language`.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    let RequestLanguage::Field { field, .. } = &api.info.request_language else { return };
    let requests = api.operations.iter().filter_map(|o| o.request.as_deref()).filter_map(|name| api.message(name));
    if !requests.into_iter().any(|message| message.fields.iter().any(|f| &f.wire == field)) {
        collector.report(
            &api.info.file,
            &format!("{}/request_language/field", api.info.pointer),
            format!("no request message of {} has a field {field}", api.id),
        );
    }
}
