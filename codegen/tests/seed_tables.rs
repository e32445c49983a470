//! Every row of the three seed error tables is in the generated catalog, with the seed's exact text.
//!
//! The rows are read from the seed documents themselves (not from a copy in this test): seed 000 is an HTML page
//! with EN/TR messages, seeds 001 and 002 are text captures whose table columns are glued together on one line.

mod common;

use serde_json::Value;

fn seed(name: &str) -> String {
    std::fs::read_to_string(common::seeds().join(name)).expect("seed file")
}

fn catalog(api: &str) -> Value {
    let path = common::repo_root().join(format!("generated/catalog/{api}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("catalog")).expect("catalog JSON")
}

fn entries(catalog: &Value) -> &Vec<Value> {
    catalog["entries"].as_array().expect("entries")
}

fn entry<'a>(catalog: &'a Value, code: &str) -> &'a Value {
    entries(catalog).iter().find(|e| e["code"] == code).unwrap_or_else(|| panic!("code {code} is not in the catalog"))
}

/// The text of an HTML fragment: tags removed (a closing paragraph becomes a space), entities and markdown escapes
/// decoded.
fn html_text(fragment: &str) -> String {
    let fragment = fragment.replace("</p>", " ");
    let mut out = String::new();
    let mut in_tag = false;
    for c in fragment.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#x20;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("\\_", "_")
}

/// The cells of every `<td>` row of an HTML page.
fn html_rows(page: &str) -> Vec<Vec<String>> {
    page.split("<tr>")
        .skip(1)
        .map(|row| row.split("</tr>").next().unwrap_or_default())
        .filter(|row| row.contains("<td"))
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|cell| {
                    let cell = cell.split_once('>').map_or("", |(_, rest)| rest);
                    html_text(cell.split("</td>").next().unwrap_or_default())
                })
                .collect()
        })
        .collect()
}

/// Splits a seed 000 message cell (`EN: ... TR: ...`, the marker also written `En:`) into its two texts.
fn en_tr(cell: &str) -> (String, String) {
    let en_at = cell.find("EN:").or_else(|| cell.find("En:")).unwrap_or_else(|| panic!("no EN: in {cell:?}"));
    let tr_at = cell.find("TR:").unwrap_or_else(|| panic!("no TR: in {cell:?}"));
    (cell[en_at + 3..tr_at].trim().to_owned(), cell[tr_at + 3..].trim().to_owned())
}

#[test]
fn iyzico_terminal_seed_000_every_group_and_code_with_exact_text() {
    let catalog = catalog("iyzico-terminal");
    let text = seed("000_1291d56dba2d43c2.txt");
    let rows = html_rows(&text);
    let (mut groups, mut codes, mut passthrough) = (0, 0, 0);
    for row in rows {
        match row.as_slice() {
            [group, description] => {
                let found = catalog["groups"].as_array().expect("groups").iter().find(|g| g["id"] == group.trim());
                let found = found.unwrap_or_else(|| panic!("group {group} is not in the catalog"));
                assert_eq!(found["description"]["tr"], description.trim(), "group {group}");
                groups += 1;
            }
            [group, code, message] if code.trim().is_empty() => {
                let found = entries(&catalog).iter().find(|e| e["code"].is_null() && e["group"] == group.trim());
                let found = found.unwrap_or_else(|| panic!("pass-through group {group} has no catalog entry"));
                assert_eq!(found["messages"]["tr"], message.trim(), "pass-through group {group}");
                assert!(!found["passthrough"].is_null());
                passthrough += 1;
            }
            [group, code, message] => {
                let found = entry(&catalog, code.trim());
                let (en, tr) = en_tr(message);
                assert_eq!(found["group"], group.trim(), "group of {code}");
                assert_eq!(found["messages"]["en"], en, "English text of {code}");
                assert_eq!(found["messages"]["tr"], tr, "Turkish text of {code}");
                codes += 1;
            }
            other => panic!("unexpected row {other:?}"),
        }
    }
    assert_eq!((groups, codes, passthrough), (7, 17, 2), "rows read from seed 000");
    // Entries beyond the seed's rows (the OAuth errors of the login calls) must come from the public pages the research
    // notes quote, and must not claim to come from the seed.
    let research = std::fs::read_to_string(common::seeds().join("../research/iyzico-terminal-api.md"))
        .expect("research/iyzico-terminal-api.md beside the seeds");
    let beyond: Vec<&Value> =
        entries(&catalog).iter().filter(|e| e["code"].as_str().is_some_and(|code| !text.contains(code))).collect();
    assert_eq!(entries(&catalog).len(), codes + passthrough + beyond.len());
    for entry in beyond {
        let code = entry["code"].as_str().unwrap_or_default();
        assert!(
            research.contains(&format!("`{code}`")) || research.contains(&format!("\"{code}\"")),
            "{code} is neither in seed 000 nor named by the research notes"
        );
        for value in ["code", "messages"] {
            let cited = entry["provenance"][value].to_string();
            assert!(
                !cited.contains("000_1291d56dba2d43c2.txt"),
                "{} is not in seed 000 but cites it: {cited}",
                entry["code"]
            );
        }
    }
}

#[test]
fn finrota_pws_seed_001_every_code_with_status_description_and_scenario() {
    let catalog = catalog("finrota-pws");
    let text = seed("001_4b886c304e89c98c.txt");
    let rows: Vec<&str> = text
        .lines()
        .filter(|line| {
            let bytes = line.as_bytes();
            bytes.len() > 7 && bytes[0] == b'P' && bytes[1..7].iter().all(u8::is_ascii_digit)
        })
        .collect();
    assert_eq!(rows.len(), 20, "rows read from seed 001");
    for row in &rows {
        let (code, status) = (&row[..4], &row[4..7]);
        let found = entry(&catalog, code);
        let catalog_status = found["http_status"].as_u64().or(found["pseudo_status"].as_u64());
        assert_eq!(catalog_status.map(|s| s.to_string()).as_deref(), Some(status), "status of {code}");
        let is_http = status.parse::<u16>().is_ok_and(|s| s < 600);
        assert_eq!(found["http_status"].is_null(), !is_http, "{code}: 600–609 are pseudo-statuses, not HTTP");
        let rebuilt = format!(
            "{code}{status}{}{}",
            found["messages"]["en"].as_str().unwrap_or_default(),
            found["scenario"]["en"].as_str().unwrap_or_default()
        );
        assert_eq!(rebuilt, *row, "description and scenario of {code}");
    }
    assert_eq!(entries(&catalog).len(), rows.len(), "the catalog has entries the seed does not");
}

#[test]
fn wiapay_seed_002_status_table_and_every_code_with_status_description_and_solution() {
    let catalog = catalog("wiapay");
    let text = seed("002_60a04954c3f045d8.txt");
    let lines: Vec<&str> = text.lines().collect();
    let table = |header: &str| -> Vec<(usize, &str)> {
        let mut rows = Vec::new();
        for (at, line) in lines.iter().enumerate() {
            if line.trim() == header {
                rows.extend(lines[at + 1..].iter().take_while(|l| !l.trim().is_empty()).map(|l| (at, l.trim())));
            }
        }
        rows
    };
    // The HTTP status table: status + meaning + description.
    let statuses = catalog["http_statuses"].as_array().expect("http_statuses");
    let status_rows = table("Status CodeMeaningDescription");
    assert_eq!(status_rows.len(), 9, "rows of the HTTP status table");
    assert_eq!(statuses.len(), status_rows.len());
    for (_, row) in &status_rows {
        let found = statuses.iter().find(|s| row.starts_with(&s["status"].to_string()));
        let found = found.unwrap_or_else(|| panic!("status row {row} is not in the catalog"));
        let rebuilt = format!(
            "{}{}{}",
            found["status"],
            found["meaning"]["en"].as_str().unwrap_or_default(),
            found["description"]["en"].as_str().unwrap_or_default()
        );
        assert_eq!(rebuilt, *row);
    }
    // Code tables: code (+ HTTP status in the resource table) + description + solution; the status of the other
    // tables is in their heading, e.g. "Authentication Errors (401)".
    let mut matched = Vec::new();
    for (header, with_status) in [("CodeDescriptionSolution", false), ("CodeHTTPDescriptionSolution", true)] {
        for (at, row) in table(header) {
            let heading = lines[..at].iter().rev().find(|l| !l.trim().is_empty()).copied().unwrap_or_default();
            let candidates: Vec<&Value> = entries(&catalog)
                .iter()
                .filter(|e| {
                    let status = if with_status { e["http_status"].to_string() } else { String::new() };
                    let rebuilt = format!(
                        "{}{status}{}{}",
                        e["code"].as_str().unwrap_or_default(),
                        e["messages"]["en"].as_str().unwrap_or_default(),
                        e["solution"]["en"].as_str().unwrap_or_default()
                    );
                    rebuilt == row
                })
                .collect();
            assert_eq!(candidates.len(), 1, "row {row:?} matches {} catalog entries", candidates.len());
            let found = candidates[0];
            if !with_status {
                assert!(
                    heading.contains(&format!("({})", found["http_status"])),
                    "status of {row:?} under {heading:?}"
                );
            }
            matched.push(found["code"].as_str().unwrap_or_default().to_owned());
        }
    }
    assert_eq!(matched.len(), 21, "code rows read from seed 002");
    assert_eq!(entries(&catalog).len(), matched.len(), "the catalog has entries the seed does not");
}
