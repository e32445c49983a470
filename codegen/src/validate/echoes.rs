//! The rules of a response field's `echoes`: its message answers some operation, and the request message of one of
//! those operations has the field it carries back.

use crate::diagnostics::Collector;
use crate::spec::ApiSpec;

/// Checks every `echoes` of one API's messages.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    for message in &api.messages {
        for (index, field) in message.fields.iter().enumerate() {
            let Some(echo) = &field.echoes else { continue };
            let at = format!("{}/fields/{index}/echoes/request_field", message.pointer);
            let answering: Vec<_> = api
                .operations
                .iter()
                .filter(|o| o.responses.iter().any(|r| r.message.as_deref() == Some(message.name.as_str())))
                .collect();
            if answering.is_empty() {
                collector.report(
                    &message.file,
                    &at,
                    format!("{} answers no operation, so {} has no request to carry back", message.name, field.wire),
                );
                continue;
            }
            let sent = answering.iter().any(|operation| {
                operation
                    .request
                    .as_deref()
                    .and_then(|request| api.message(request))
                    .is_some_and(|request| request.fields.iter().any(|f| f.wire == echo.request_field))
            });
            if !sent {
                collector.report(
                    &message.file,
                    &at,
                    format!("no operation answering with {} has a request field {}", message.name, echo.request_field),
                );
            }
        }
    }
}
