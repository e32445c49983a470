//! The README's table of what the spec holds agrees with the spec: operations, messages, enums, discrepancies,
//! lifecycles, examples and error codes of each API, read from the table's leading numbers.

mod common;

use payspec_codegen::load::{LockCheck, load};

/// The leading number of a table cell: `17 (OAuth, VUK 509, VUK 507)` is 17.
fn leading_number(cell: &str) -> usize {
    let digits: String = cell.trim().chars().take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap_or_else(|_| panic!("the README cell {cell:?} does not start with a number"))
}

#[test]
fn the_readme_table_counts_what_the_spec_holds() {
    let readme = std::fs::read_to_string(common::repo_root().join("README.md")).expect("README.md");
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    for api in &spec.apis {
        let row = readme
            .lines()
            .find(|line| line.starts_with(&format!("| `{}` |", api.id)))
            .unwrap_or_else(|| panic!("the README table has no row for {}", api.id));
        let cells: Vec<&str> = row.trim_matches('|').split('|').skip(1).collect();
        let counted: Vec<usize> = cells.iter().map(|cell| leading_number(cell)).collect();
        // The error-codes cell adds its parts: "17 + 3 OAuth errors + 2 pass-through groups" names 20 codes.
        let codes_cell = cells.last().expect("an error-codes cell");
        let codes: usize = codes_cell
            .split('+')
            .filter(|part| !part.contains("group") && !part.contains("table"))
            .map(leading_number)
            .sum();
        let held = api.counts();
        let expected = [held.operations, held.messages, held.enums, held.discrepancies, held.lifecycles, held.examples];
        assert_eq!(counted[..6], expected, "README row of {}: {row}", api.id);
        assert_eq!(codes, held.codes, "README error codes of {}: {codes_cell}", api.id);
    }
}
