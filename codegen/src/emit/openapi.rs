//! `generated/openapi/<api>.json`: one OpenAPI 3.1 document per API — servers, every request operation under
//! `paths`, every callback under `webhooks`, every message as a component schema, the security schemes (WiaPay's
//! signature headers among them), and every documented error response.

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::json_schema::{DIALECT, component_schema};
use crate::model::{AuthKind, Direction, Lang, Operation, ParameterLocation, Texts};
use crate::spec::ApiSpec;

/// The document, with its keys in a fixed order (the generated-from line first).
#[derive(Debug, Serialize)]
pub struct Document {
    /// The generated-from line (an OpenAPI specification extension).
    #[serde(rename = "x-generated")]
    pub generated: String,
    /// The OpenAPI version.
    pub openapi: &'static str,
    /// Title, version, description.
    pub info: Value,
    /// The dialect of the schemas.
    #[serde(rename = "jsonSchemaDialect")]
    pub json_schema_dialect: &'static str,
    /// The servers.
    pub servers: Vec<Value>,
    /// The request operations by path and method.
    pub paths: Map<String, Value>,
    /// The callbacks the API makes, by operation id.
    pub webhooks: Map<String, Value>,
    /// Schemas and security schemes.
    pub components: Value,
}

fn english(texts: &Texts) -> String {
    texts.get(Lang::En).map_or_else(String::new, |t| t.text.clone())
}

fn both(texts: &Texts) -> String {
    let tr = texts.get(Lang::Tr).map_or("", |t| t.text.as_str());
    format!("{}\n\nTR: {tr}", english(texts))
}

/// The names of a security scheme's OpenAPI schemes: one per header for signatures, else the scheme itself.
fn scheme_names(api: &ApiSpec, id: &str) -> Vec<(String, Value)> {
    let Some(scheme) = api.auth_schemes.iter().find(|s| s.id == id) else { return Vec::new() };
    let description = english(&scheme.doc);
    match &scheme.kind {
        AuthKind::Bearer { format } => {
            let mut value = json!({ "type": "http", "scheme": "bearer", "description": description });
            if let (Some(format), Value::Object(map)) = (format, &mut value) {
                map.insert("bearerFormat".into(), json!(format));
            }
            vec![(scheme.id.clone(), value)]
        }
        AuthKind::Basic => {
            vec![(scheme.id.clone(), json!({ "type": "http", "scheme": "basic", "description": description }))]
        }
        AuthKind::BodyCredentials { .. } => Vec::new(),
        AuthKind::Signature { signing, key_header, .. } => {
            let recipe = api.signing.iter().find(|r| r.id == *signing);
            let mut headers = Vec::new();
            if let Some(key) = key_header {
                headers.push(("key", key.clone(), format!("{description} The caller's key.")));
            }
            if let Some(recipe) = recipe {
                headers.push((
                    "signature",
                    recipe.signature_header.clone(),
                    format!("{description} Hexadecimal HMAC-SHA256 (recipe `{}`).", recipe.id),
                ));
                headers.push((
                    "timestamp",
                    recipe.timestamp_header.clone(),
                    format!("{description} Unix seconds, within {} s of the receiver's clock.", recipe.window_seconds),
                ));
            }
            headers
                .into_iter()
                .map(|(part, header, text)| {
                    (
                        format!("{}-{part}", scheme.id),
                        json!({ "type": "apiKey", "in": "header", "name": header, "description": text }),
                    )
                })
                .collect()
        }
    }
}

fn operation_object(api: &ApiSpec, operation: &Operation) -> Value {
    let mut object = Map::new();
    object.insert("operationId".into(), json!(operation.id));
    object.insert("summary".into(), json!(english(&operation.doc)));
    object.insert("description".into(), json!(both(&operation.doc)));
    if let Some(mode) = &operation.mode {
        object.insert("tags".into(), json!([mode]));
        object.insert("x-payspec-mode".into(), json!(mode));
    }
    let parameters: Vec<Value> = operation
        .parameters
        .iter()
        .map(|p| {
            let location = match p.location {
                ParameterLocation::Path => "path",
                ParameterLocation::Query => "query",
                ParameterLocation::Header => "header",
            };
            let schema = component_schema_of_type(api, operation, &p.kind);
            let mut description = english(&p.doc);
            for alias in &p.aliases {
                description.push_str(&format!(
                    " Also accepted as `{}` (discrepancy `{}`); clients send `{}`.",
                    alias.wire, alias.discrepancy, p.name
                ));
            }
            json!({ "name": p.name, "in": location, "required": p.required, "description": description, "schema": schema })
        })
        .collect();
    if !parameters.is_empty() {
        object.insert("parameters".into(), Value::Array(parameters));
    }
    if let (Some(message), Some(media)) = (&operation.request, operation.content_type.media_type()) {
        object.insert(
            "requestBody".into(),
            json!({ "required": true, "content": { media: { "schema": { "$ref": format!("#/components/schemas/{message}") } } } }),
        );
    }
    let mut responses = Map::new();
    for response in &operation.responses {
        let mut entry = Map::new();
        if let Some(discrepancy) = &response.tolerated {
            entry.insert("x-payspec-tolerated".into(), json!(discrepancy));
        }
        let mut description = english(&response.doc);
        if !(200..300).contains(&response.status) {
            // A code or group belongs to this response when it has its status or no HTTP status of its own.
            let answered_here =
                |status: Option<&crate::model::Sourced<u16>>| status.is_none_or(|s| s.value == response.status);
            let codes: Vec<&str> = operation
                .errors
                .iter()
                .filter(|code| answered_here(api.code(code).and_then(|c| c.http_status.as_ref())))
                .map(String::as_str)
                .collect();
            if !codes.is_empty() {
                description.push_str(&format!(" Error codes: {}.", codes.join(", ")));
            }
            let groups: Vec<&str> = operation
                .error_groups
                .iter()
                .filter(|id| {
                    answered_here(
                        api.group(id).and_then(|g| g.passthrough.as_ref()).and_then(|p| p.http_status.as_ref()),
                    )
                })
                .map(String::as_str)
                .collect();
            if !groups.is_empty() {
                description.push_str(&format!(
                    " Pass-through groups (another party's code and message): {}.",
                    groups.join(", ")
                ));
            }
        }
        entry.insert("description".into(), json!(description));
        if let Some(message) = &response.message {
            entry.insert(
                "content".into(),
                json!({ "application/json": { "schema": { "$ref": format!("#/components/schemas/{message}") } } }),
            );
        }
        responses.insert(response.status.to_string(), Value::Object(entry));
    }
    object.insert("responses".into(), Value::Object(responses));
    let schemes = scheme_names(api, &operation.auth);
    let requirement: Map<String, Value> = schemes.into_iter().map(|(name, _)| (name, json!([]))).collect();
    object.insert("security".into(), if requirement.is_empty() { json!([]) } else { json!([requirement]) });
    if !operation.errors.is_empty() {
        object.insert("x-payspec-errors".into(), json!(operation.errors));
    }
    if !operation.error_groups.is_empty() {
        object.insert("x-payspec-error-groups".into(), json!(operation.error_groups));
    }
    if !operation.parameter_rules.is_empty() {
        // OpenAPI cannot relate parameters to each other; the rules travel as an extension, as the spec states them.
        let rules: Vec<Value> = operation
            .parameter_rules
            .iter()
            .map(|rule| json!({ "check": rule.check, "error": rule.error, "description": english(&rule.doc) }))
            .collect();
        object.insert("x-payspec-parameter-rules".into(), Value::Array(rules));
    }
    object.insert("x-payspec-auth".into(), json!(operation.auth));
    Value::Object(object)
}

fn component_schema_of_type(api: &ApiSpec, operation: &Operation, kind: &crate::model::FieldType) -> Value {
    // A parameter's schema: the type schema of a one-field message, taken back out.
    let message = crate::model::Message {
        name: format!("{}Parameter", operation.rust_name),
        doc: Texts { en: None, tr: None },
        fields: vec![crate::model::Field {
            wire: "value".into(),
            rust_name: "value".into(),
            kind: kind.clone(),
            required: true,
            nullable: false,
            sensitive: false,
            aliases: Vec::new(),
            echoes: None,
            doc: Texts { en: None, tr: None },
            provenance: operation.provenance.clone(),
        }],
        rules: Vec::new(),
        provenance: operation.provenance.clone(),
    };
    let mut schema = component_schema(api, &message)["properties"]["value"].clone();
    if let Value::Object(map) = &mut schema {
        map.remove("description");
    }
    schema
}

/// The OpenAPI document of a validated API.
pub fn document(api: &ApiSpec) -> Document {
    let mut paths = Map::new();
    let mut webhooks = Map::new();
    for operation in &api.operations {
        let method = operation.method.as_str().to_ascii_lowercase();
        let object = operation_object(api, operation);
        let target = match operation.direction {
            Direction::Request => paths.entry(operation.path.clone()),
            Direction::Callback => webhooks.entry(operation.id.clone()),
        };
        if let Value::Object(methods) = target.or_insert_with(|| json!({})) {
            methods.insert(method, object);
        }
    }
    let schemas: Map<String, Value> = api.messages.iter().map(|m| (m.name.clone(), component_schema(api, m))).collect();
    let mut security = Map::new();
    for scheme in &api.auth_schemes {
        security.extend(scheme_names(api, &scheme.id));
    }
    let servers = api
        .servers
        .iter()
        .map(|server| {
            let mut value = json!({ "url": server.url, "description": english(&server.doc) });
            let variables: Map<String, Value> = crate::validate::path_parameters(&server.url)
                .into_iter()
                .map(|name| (name.clone(), json!({ "default": name, "description": "assigned per merchant" })))
                .collect();
            if let (false, Value::Object(map)) = (variables.is_empty(), &mut value) {
                map.insert("variables".into(), Value::Object(variables));
            }
            value
        })
        .collect();
    let mut components = json!({ "schemas": schemas });
    if let (false, Value::Object(map)) = (security.is_empty(), &mut components) {
        map.insert("securitySchemes".into(), Value::Object(security));
    }
    Document {
        generated: super::header::line(&api.spec_folder()),
        openapi: "3.1.0",
        info: json!({
            "title": api.info.title,
            "version": env!("CARGO_PKG_VERSION"),
            "summary": english(&api.info.summary),
            "description": both(&api.info.summary),
        }),
        json_schema_dialect: DIALECT,
        servers,
        paths,
        webhooks,
        components,
    }
}
