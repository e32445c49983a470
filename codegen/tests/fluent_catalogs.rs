//! The Fluent files load in `fluent-bundle` without errors and format every catalog message, with its named
//! arguments, to exactly the catalog's text in both languages.

mod common;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use serde_json::Value;

#[test]
fn every_catalog_message_formats_to_the_catalog_text() {
    let mut checked = 0;
    for api in payspec::APIS {
        let catalog: Value = serde_json::from_str(
            &std::fs::read_to_string(common::repo_root().join(format!("generated/catalog/{api}.json")))
                .expect("catalog"),
        )
        .expect("catalog JSON");
        for lang in ["en", "tr"] {
            let path = common::repo_root().join(format!("generated/catalog/{api}.{lang}.ftl"));
            let source = std::fs::read_to_string(&path).expect("ftl file");
            let resource = FluentResource::try_new(source)
                .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
            let locale: unic_langid::LanguageIdentifier = lang.parse().expect("language tag");
            let mut bundle = FluentBundle::new(vec![locale]);
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).expect("no duplicate message ids");
            for entry in catalog["entries"].as_array().expect("entries") {
                let id = entry["fluent_id"].as_str().expect("fluent id");
                let message = bundle.get_message(id).unwrap_or_else(|| panic!("{id} is not in {}", path.display()));
                let pattern = message.value().expect("message has a value");
                let mut args = FluentArgs::new();
                let mut expected = entry["messages"][lang].as_str().expect("text").to_owned();
                for placeholder in entry["placeholders"].as_array().expect("placeholders") {
                    let name = placeholder["name"].as_str().expect("name");
                    let value = format!("<{name} value>");
                    expected = expected.replace(&format!("{{{}}}", placeholder["index"]), &value);
                    args.set(name, value);
                }
                let mut errors = Vec::new();
                let formatted = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{id} ({lang}): {errors:?}");
                assert_eq!(formatted, expected, "{id} ({lang})");
                checked += 1;
            }
        }
    }
    assert!(checked > 0, "no catalog message was checked");
}
