//! `payspec validate --api <api> --message <Name> FILE...`: each JSON file checked against the message's generated
//! JSON Schema (every problem, with its JSON pointer) and then by the generated checked reader (the cross-field rules
//! and what a schema cannot say), as a consumer's server would read it.

use std::fmt::Write as _;
use std::path::PathBuf;

use payspec::Lang;
use payspec::support::Problem;

use crate::nearest::nearest;

/// Why `validate` stopped before judging every file.
#[derive(Debug)]
pub struct Usage(pub String);

/// What the files came to: the report, and whether any file was invalid.
#[derive(Debug)]
pub struct Report {
    /// One line per valid file, one per problem of an invalid file.
    pub text: String,
    /// How many files were invalid.
    pub invalid: usize,
}

/// The generated checked reader of `api`, if the API is known.
fn check_message(api: &str, message: &str, value: &serde_json::Value) -> Option<Option<Result<(), Problem>>> {
    match api {
        "finrota-pws" => Some(payspec::finrota_pws::shapes::check_message(message, value)),
        "iyzico-terminal" => Some(payspec::iyzico_terminal::shapes::check_message(message, value)),
        "wiapay" => Some(payspec::wiapay::shapes::check_message(message, value)),
        _ => None,
    }
}

/// Whether the checked reader of every API in `payspec::APIS` is wired in (a test asks).
#[cfg(test)]
fn covers(api: &str) -> bool {
    check_message(api, "", &serde_json::Value::Null).is_some()
}

/// Validates the files; `Err` for a wrong command line (unknown API or message, a file that cannot be read).
pub fn validate(api: &str, message: &str, files: &[PathBuf]) -> Result<Report, Usage> {
    if !payspec::APIS.contains(&api) {
        return Err(Usage(format!("unknown API `{api}`; the APIs are {}", payspec::APIS.join(", "))));
    }
    let Some(schema_text) = payspec::schemas::schema(api, message) else {
        let names = payspec::schemas::SCHEMAS.iter().filter(|(a, _, _)| *a == api).map(|(_, m, _)| *m);
        let near = nearest(message, names, 5);
        return Err(Usage(format!("`{api}` has no message `{message}`; the nearest are {}", near.join(", "))));
    };
    let schema: serde_json::Value =
        serde_json::from_str(schema_text).map_err(|e| Usage(format!("the schema of {message} is not JSON: {e}")))?;
    let validator = jsonschema::draft202012::new(&schema)
        .map_err(|e| Usage(format!("the schema of {message} does not compile: {e}")))?;
    let mut report = Report { text: String::new(), invalid: 0 };
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| Usage(format!("cannot read {}: {e}", file.display())))?;
        let problems = problems(api, message, &validator, &text);
        let name = file.display();
        if problems.is_empty() {
            let _ = writeln!(report.text, "{name}: valid {api} {message}");
        } else {
            report.invalid += 1;
            for (pointer, problem) in problems {
                let shown = if pointer.is_empty() { "(the document)".to_owned() } else { pointer };
                let _ = writeln!(report.text, "{name}: {shown}: {problem}");
            }
        }
    }
    Ok(report)
}

/// A schema error without the whole instance it quotes: the value is at the pointer printed beside it.
fn shorten(message: &str) -> String {
    const KEEP: usize = 60;
    let chars: Vec<char> = message.chars().collect();
    if chars.len() <= 3 * KEEP {
        return message.to_owned();
    }
    let head: String = chars[..KEEP].iter().collect();
    let tail: String = chars[chars.len() - 2 * KEEP..].iter().collect();
    format!("{head} … {tail}")
}

/// Every problem of one document, as (JSON pointer, what is wrong): the schema's, else the checked reader's.
fn problems(api: &str, message: &str, validator: &jsonschema::Validator, text: &str) -> Vec<(String, String)> {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => return vec![(String::new(), format!("not JSON: {error}"))],
    };
    let mut found: Vec<(String, String)> =
        validator.iter_errors(&value).map(|e| (e.instance_path().to_string(), shorten(&e.to_string()))).collect();
    if found.is_empty()
        && let Some(Some(Err(problem))) = check_message(api, message, &value)
    {
        found.push((problem.field.clone(), problem.kind.describe(Lang::En)));
    }
    found
}

/// `payspec validate`'s command line.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The API (`finrota-pws`, `iyzico-terminal`, `wiapay`).
    #[arg(long)]
    pub api: String,
    /// The message's name, e.g. `Vuk509SaleRequest`.
    #[arg(long)]
    pub message: String,
    /// The JSON files to check.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// Runs `payspec validate`: 0 every file valid, 1 any invalid, 2 a wrong command line.
pub fn command(args: &Args) -> std::process::ExitCode {
    match validate(&args.api, &args.message, &args.files) {
        Ok(report) => {
            print!("{}", report.text);
            if report.invalid == 0 {
                std::process::ExitCode::SUCCESS
            } else {
                eprintln!("payspec validate: {} of {} files invalid", report.invalid, args.files.len());
                std::process::ExitCode::FAILURE
            }
        }
        Err(Usage(message)) => {
            eprintln!("payspec validate: {message}");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_checked_reader_of_every_api_is_wired_in() {
        for api in payspec::APIS {
            assert!(super::covers(api), "{api}");
        }
    }
}
