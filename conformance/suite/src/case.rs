//! Cases as data: the types of a case file (`conformance/cases/<api>/*.json`) and of an API's setups
//! (`conformance/cases/<api>/setups.json`, the named step lists a case's `preconditions` run first), and their
//! loading: every file is checked against the committed JSON Schema `conformance/cases/case.schema.json` (a setups
//! file against its `$defs/setups_file`) before it is typed, so a case the schema refuses never runs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

pub use crate::apis::Signature;
use crate::error::SuiteError;

/// The JSON Schema of a case file.
pub const CASE_SCHEMA: &str = include_str!("../../cases/case.schema.json");

/// Where a case can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    /// Against real hardware or a vendor sandbox: only the API's own calls.
    Device,
    /// Also needs the emulator's `/_payspec/` controls and outcome triggers.
    Emulator,
}

impl Profile {
    /// The profile's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Device => "device",
            Profile::Emulator => "emulator",
        }
    }
}

/// The spec elements a case exercises (the coverage map reads them; a run checks them against what it reached).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Covers {
    /// Operation ids.
    #[serde(default)]
    pub operations: Vec<String>,
    /// Error codes.
    #[serde(default)]
    pub codes: Vec<String>,
    /// Transitions, as `lifecycle: from -> to on cause`.
    #[serde(default)]
    pub transitions: Vec<String>,
    /// Refusals, as `lifecycle: state refuses operation with code`.
    #[serde(default)]
    pub refusals: Vec<String>,
}

/// A raw body: exact text with a content type (malformed requests are data too).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBody {
    /// The `Content-Type` header (none when absent).
    #[serde(default)]
    pub content_type: Option<String>,
    /// The exact body.
    pub text: String,
}

/// HTTP Basic credentials.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basic {
    /// The user (an OAuth client id).
    pub user: String,
    /// The password (its secret).
    pub password: String,
}

/// A call of a test control (emulator profile only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Control {
    /// The method.
    pub method: String,
    /// The path, under `/_payspec/`.
    pub path: String,
    /// The JSON body.
    #[serde(default)]
    pub body: Option<Json>,
    /// A form body instead (`application/x-www-form-urlencoded`): what a payer's browser posts to a checkout page.
    #[serde(default)]
    pub form: BTreeMap<String, String>,
}

/// A step that waits for a callback the implementation sends to the suite's receiver: every callback received is
/// checked and committed to the model as it arrives; this step waits until one matches, or fails at the timeout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwaitCallback {
    /// The operation of the callback (`deposit-callback`).
    pub operation: String,
    /// The transaction the callback must name (a template).
    pub transaction: String,
    /// The status it must report.
    pub status: String,
    /// How long to wait, in milliseconds of this machine's clock.
    #[serde(default = "default_callback_timeout")]
    pub timeout_ms: u64,
}

fn default_callback_timeout() -> u64 {
    10_000
}

/// An external event of a lifecycle a step causes (the bank releasing a hold, the 3D page finalizing a payment):
/// the model takes it after the step's answer, in the instances whose attributes equal `match`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelEvent {
    /// The lifecycle's id.
    pub lifecycle: String,
    /// The event's id, as the lifecycle table names it.
    pub event: String,
    /// The instance's attributes, by name (templates).
    #[serde(rename = "match")]
    pub matching: BTreeMap<String, String>,
}

/// Repeats a control until its answer says what the case waits for (a device holding a call, a state reached).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Until {
    /// A JSON pointer into the answer's body.
    pub pointer: String,
    /// The value it must have.
    pub equals: Json,
    /// How long to wait, in milliseconds.
    #[serde(default = "until_ms")]
    pub timeout_ms: u64,
}

fn until_ms() -> u64 {
    5000
}

/// A page a person (or the bank) uses during a flow, outside the API: the 3D Secure page a payment redirects to.
/// Its answer is checked only for being a page (2xx or a redirect); the spec's effect of it is the step's `events`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// `GET` or `POST`.
    pub method: String,
    /// The page's URL (a template: usually captured from an answer), absolute or a path on the target.
    pub url: String,
    /// Form fields posted, by name (templates).
    #[serde(default)]
    pub form: BTreeMap<String, String>,
}

/// A person must present a card on a device for the step to finish: against a target without the emulator's
/// controls the runner prompts (which device, which amount, what to do) and waits, showing the time passing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// The device (a template, e.g. `{{credentials.device}}`).
    pub device: String,
    /// The amount shown on the device (a template).
    #[serde(default)]
    pub amount: Option<String>,
    /// What the person does, in a few words (default: present a card).
    #[serde(default)]
    pub action: Option<String>,
}

/// Steps that run while another waits: `held` is sent first and waits (for its card, on a device in manual mode);
/// `during` run in order while it waits, seeing the implementation with `held` arrived; then `held`'s answer is
/// read and checked. The spec's transitions on a call's arrival (a device becoming busy) are the model's as soon
/// as `held` is sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concurrent {
    /// The step that waits.
    pub held: Box<Step>,
    /// The steps made while it waits.
    pub during: Vec<Step>,
}

/// What a step means to show: checked against the model's prediction (a case whose intent the spec does not
/// predict is reported as a broken case) and against the answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// The outcome the answer must be classified as: `approved`, `declined` or `unknown`.
    #[serde(default)]
    pub outcome: Option<String>,
    /// The code the spec must predict a correct implementation refuses the step with.
    #[serde(default)]
    pub refusal: Option<String>,
    /// The code the answer must carry where no lifecycle decides it (an outcome trigger, the device's owner).
    #[serde(default)]
    pub code: Option<String>,
    /// The HTTP status the answer must have.
    #[serde(default)]
    pub status: Option<u16>,
    /// Why, where the expectation is not the model's: the catalog entry or trigger it relies on.
    #[serde(default)]
    pub because: Option<String>,
}

/// One step: a call of an operation (or a raw request on the API's paths), or a test control.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The step's id, unique in its case: captures are read as `{{captured.<id>.<name>}}`.
    pub id: String,
    /// What the step does.
    #[serde(default)]
    pub doc: Option<String>,
    /// The operation called.
    #[serde(default)]
    pub operation: Option<String>,
    /// A test control instead of an operation.
    #[serde(default)]
    pub control: Option<Control>,
    /// The method, when not the operation's (a wrong method is a case too).
    #[serde(default)]
    pub method: Option<String>,
    /// The path, when not the operation's.
    #[serde(default)]
    pub path: Option<String>,
    /// Path parameters, by name.
    #[serde(default)]
    pub path_params: BTreeMap<String, String>,
    /// Query parameters, by name.
    #[serde(default)]
    pub query: BTreeMap<String, String>,
    /// Extra headers.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// `Authorization: Bearer <token>`.
    #[serde(default)]
    pub bearer: Option<String>,
    /// `Authorization: Basic`.
    #[serde(default)]
    pub basic: Option<Basic>,
    /// The body as JSON, encoded as the operation's body is (JSON or form).
    #[serde(default)]
    pub body: Option<Json>,
    /// The body as exact text.
    #[serde(default)]
    pub raw: Option<RawBody>,
    /// How the request is signed, for an API with a signing recipe (valid when absent).
    #[serde(default)]
    pub signature: Option<Signature>,
    /// Wait for a callback instead of sending a request.
    #[serde(default)]
    pub await_callback: Option<AwaitCallback>,
    /// Values to keep from the answer (or the awaited callback's body): name → JSON pointer into its body.
    #[serde(default)]
    pub capture: BTreeMap<String, String>,
    /// What the step means to show.
    #[serde(default)]
    pub expect: Expect,
    /// The external events of the spec the step causes, for the model.
    #[serde(default)]
    pub events: Vec<ModelEvent>,
    /// Repeat the control until its answer says so.
    #[serde(default)]
    pub until: Option<Until>,
    /// A page outside the API instead of an operation.
    #[serde(default)]
    pub page: Option<Page>,
    /// A person presents a card for this step.
    #[serde(default)]
    pub card: Option<Card>,
    /// How long this step's answer may take, in seconds (default: the run's `--timeout`).
    #[serde(default)]
    pub timeout_seconds: Option<u64>,
    /// Steps run while another waits.
    #[serde(default)]
    pub concurrent: Option<Concurrent>,
}

impl Step {
    /// The step and the steps of its concurrent group, in the order they are listed.
    pub fn all(&self) -> Vec<&Step> {
        let mut out = vec![self];
        if let Some(group) = &self.concurrent {
            out.extend(group.held.all());
            for step in &group.during {
                out.extend(step.all());
            }
        }
        out
    }
}

/// A case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The schema the file names.
    #[serde(rename = "$schema", default, skip_serializing)]
    pub schema: Option<String>,
    /// The case's id: `<api>/<name>`.
    pub id: String,
    /// One line: what it shows.
    pub title: String,
    /// The API.
    pub api: String,
    /// Where it can run.
    pub profile: Profile,
    /// Tags to select it by.
    #[serde(default)]
    pub tags: Vec<String>,
    /// What it exercises.
    pub covers: Covers,
    /// Setups (of the API's `setups.json`) run first, in order.
    #[serde(default)]
    pub preconditions: Vec<String>,
    /// The steps.
    pub steps: Vec<Step>,
}

/// A named list of steps cases run first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    /// What it leaves in place.
    pub doc: String,
    /// The profile it needs.
    #[serde(default = "device")]
    pub profile: Profile,
    /// Its steps.
    pub steps: Vec<Step>,
}

fn device() -> Profile {
    Profile::Device
}

/// An API's setups file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setups {
    /// The schema the file names.
    #[serde(rename = "$schema", default, skip_serializing)]
    pub schema: Option<String>,
    /// The API.
    pub api: String,
    /// Setups by name.
    pub setups: BTreeMap<String, Setup>,
}

/// Every case and setup of every API under a folder.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// The cases, sorted by id.
    pub cases: Vec<Case>,
    /// The setups, by API.
    pub setups: BTreeMap<String, BTreeMap<String, Setup>>,
}

fn read_json(path: &Path) -> Result<Json, SuiteError> {
    let text = std::fs::read_to_string(path).map_err(|source| SuiteError::Read { path: path.to_owned(), source })?;
    serde_json::from_str(&text).map_err(|source| SuiteError::Json { path: path.to_owned(), source })
}

/// The problems a JSON Schema finds in a document, one a line with its JSON pointer.
pub fn schema_problems(schema: &str, document: &Json) -> Vec<String> {
    let schema: Json = match serde_json::from_str(schema) {
        Ok(schema) => schema,
        Err(e) => return vec![format!("the schema is not JSON: {e}")],
    };
    schema_value_problems(&schema, document)
}

/// The case schema with its root replaced by a reference to one of its definitions.
pub fn definition_schema(definition: &str) -> Json {
    let mut schema: Json = serde_json::from_str(CASE_SCHEMA).unwrap_or_default();
    let defs = schema.get_mut("$defs").map(Json::take).unwrap_or_default();
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": defs,
        "$ref": format!("#/$defs/{definition}"),
    })
}

/// The problems a parsed JSON Schema finds in a document.
pub fn schema_value_problems(schema: &Json, document: &Json) -> Vec<String> {
    let validator = match jsonschema::draft202012::new(schema) {
        Ok(validator) => validator,
        Err(e) => return vec![format!("the schema does not compile: {e}")],
    };
    let mut problems: Vec<String> = validator
        .iter_errors(document)
        .map(|error| {
            let at = error.instance_path().to_string();
            format!("{}: {error}", if at.is_empty() { "(the document)" } else { at.as_str() })
        })
        .collect();
    problems.sort();
    problems
}

fn invalid(path: &Path, problems: Vec<String>) -> SuiteError {
    SuiteError::InvalidCase { path: path.to_owned(), problems: problems.join("\n  ") }
}

/// Reads one case file: schema first, then the types, then the rules a schema cannot say.
pub fn read_case(path: &Path) -> Result<Case, SuiteError> {
    let document = read_json(path)?;
    let problems = schema_problems(CASE_SCHEMA, &document);
    if !problems.is_empty() {
        return Err(invalid(path, problems));
    }
    let case: Case = serde_json::from_value(document).map_err(|e| invalid(path, vec![e.to_string()]))?;
    let problems = case_rules(&case, path);
    if !problems.is_empty() {
        return Err(invalid(path, problems));
    }
    Ok(case)
}

/// The rules of a case the schema cannot say: the id names the API and the file, step ids are unique, and a
/// control is only in an emulator case.
fn case_rules(case: &Case, path: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if case.id != format!("{}/{stem}", case.api) {
        problems.push(format!("/id: {:?} must be \"{}/{stem}\" (the API and the file's name)", case.id, case.api));
    }
    let folder = path.parent().and_then(Path::file_name).and_then(|s| s.to_str()).unwrap_or_default();
    if folder != case.api {
        problems.push(format!("/api: {:?} must be the folder's name {folder:?}", case.api));
    }
    if !crate::apis::APIS.contains(&case.api.as_str()) {
        problems.push(format!("/api: {:?} has no model in this suite yet (known: {:?})", case.api, crate::apis::APIS));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (n, top) in case.steps.iter().enumerate() {
        for step in top.all() {
            if !seen.insert(step.id.as_str()) {
                problems.push(format!("/steps/{n}/id: {:?} is used twice", step.id));
            }
            if step.control.is_some() && case.profile != Profile::Emulator {
                problems.push(format!("/steps/{n}/control: a control needs the emulator profile"));
            }
            if step.until.is_some() && step.control.is_none() {
                problems.push(format!("/steps/{n}/until: only a control is repeated until its answer says so"));
            }
        }
    }
    problems
}

/// Reads an API's setups file.
pub fn read_setups(path: &Path) -> Result<Setups, SuiteError> {
    let document = read_json(path)?;
    let problems = schema_value_problems(&definition_schema("setups_file"), &document);
    if !problems.is_empty() {
        return Err(invalid(path, problems));
    }
    serde_json::from_value(document).map_err(|e| invalid(path, vec![e.to_string()]))
}

/// The case files of a folder (`<dir>/<api>/*.json` but `setups.json`), sorted.
pub fn case_files(dir: &Path) -> Result<Vec<PathBuf>, SuiteError> {
    let mut files = Vec::new();
    let read =
        |path: &Path| std::fs::read_dir(path).map_err(|source| SuiteError::Read { path: path.to_owned(), source });
    for api in read(dir)? {
        let api = api.map_err(|source| SuiteError::Read { path: dir.to_owned(), source })?.path();
        if !api.is_dir() {
            continue;
        }
        for file in read(&api)? {
            let file = file.map_err(|source| SuiteError::Read { path: api.clone(), source })?.path();
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if name.ends_with(".json") && name != "setups.json" {
                files.push(file);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Reads every case and setup under a folder; every broken file is reported at once.
pub fn load(dir: &Path) -> Result<Library, SuiteError> {
    let mut library = Library::default();
    let mut broken = Vec::new();
    for file in case_files(dir)? {
        match read_case(&file) {
            Ok(case) => library.cases.push(case),
            Err(error) => broken.push(error.to_string()),
        }
    }
    let apis: std::collections::BTreeSet<String> = library.cases.iter().map(|c| c.api.clone()).collect();
    for api in apis {
        let path = dir.join(&api).join("setups.json");
        if path.exists() {
            match read_setups(&path) {
                Ok(setups) => {
                    library.setups.insert(api, setups.setups);
                }
                Err(error) => broken.push(error.to_string()),
            }
        }
    }
    for case in &library.cases {
        for name in &case.preconditions {
            if !library.setups.get(&case.api).is_some_and(|s| s.contains_key(name)) {
                broken.push(format!("{}: precondition {name:?} is no setup of {}", case.id, case.api));
            }
        }
    }
    if !broken.is_empty() {
        return Err(SuiteError::InvalidCase { path: dir.to_owned(), problems: broken.join("\n") });
    }
    library.cases.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(library)
}

/// The folder of the committed cases (`conformance/cases`, beside this crate).
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../cases")
}
