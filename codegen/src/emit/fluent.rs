//! `generated/catalog/<api>.<lang>.ftl`: the catalog's messages as Fluent resources, one per language, with named
//! variables (`{ $username }`) in place of the vendor's numbered placeholders.

use super::catalog::Catalog;
use crate::model::Lang;
use crate::template::{Piece, pieces};

/// The Fluent resource of one language of a catalog.
pub fn resource(catalog: &Catalog<'_>, folder: &str, lang: Lang) -> String {
    let mut out = super::header::hash(folder);
    out.push_str(&format!("# {} error messages ({}).\n", catalog.title, lang.name()));
    let mut current_group = "";
    for entry in &catalog.entries {
        if entry.group != current_group {
            current_group = entry.group;
            out.push_str(&format!("\n## {current_group}\n\n"));
        }
        let text = match lang {
            Lang::En => entry.messages.en,
            Lang::Tr => entry.messages.tr,
        };
        out.push_str(&entry.fluent_id);
        out.push_str(" = ");
        for piece in pieces(text) {
            match piece {
                Piece::Literal(literal) => out.push_str(&literal),
                Piece::Placeholder(index) => {
                    let name = entry.placeholders.iter().find(|p| p.index == index).map_or("missing", |p| p.name);
                    out.push_str(&format!("{{ ${name} }}"));
                }
            }
        }
        out.push('\n');
    }
    out
}
