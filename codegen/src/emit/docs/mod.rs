//! The reference books, one per language (`generated/docs/en/`, `generated/docs/tr/`), as mdBook sources: per API an
//! overview, a page per operation and per lifecycle (with its Mermaid state diagram), the error catalog, messages,
//! enumerations, discrepancies and sources; every fact links to its source. Written by `cargo xtask codegen` and
//! checked by `--check` like every other output.

mod catalog_pages;
mod errors;
mod fields;
mod guards;
mod lifecycle;
mod md;
mod operation;
mod overview;
mod words;

use crate::model::Lang;
use crate::spec::{ApiSpec, Spec};

use super::Outputs;
use md::{Page, header};

/// The books' style: wide pages for the field and transition tables, the table cells aligned at the top.
const STYLE: &str = ":root { --content-max-width: 1200px; }\ntable td { vertical-align: top; }\n";

/// `../` up to the book's `src/` from a page at this depth.
const ROOTS: [&str; 3] = ["", "../", "../../"];

/// Writes both books into `out`.
pub fn emit(spec: &Spec, out: &mut Outputs) {
    for lang in Lang::ALL {
        let base = format!("generated/docs/{}", lang.tag());
        let mut book = Book { base: &base, out };
        book.file("book.toml", book_toml(lang));
        book.file("payspec.css", format!("/* {} */\n{STYLE}", crate::emit::header::line("spec/")));
        let top = Page { lang, api: None, root: ROOTS[0] };
        book.file("src/SUMMARY.md", summary(&top, spec));
        book.file("src/intro.md", intro(&top, spec));
        for api in &spec.apis {
            api_pages(&mut book, lang, api);
        }
    }
}

/// Where a book's files go.
struct Book<'a> {
    base: &'a str,
    out: &'a mut Outputs,
}

impl Book<'_> {
    fn file(&mut self, path: &str, contents: String) {
        self.out.insert(format!("{}/{path}", self.base), contents);
    }
}

fn api_pages(book: &mut Book, lang: Lang, api: &ApiSpec) {
    let one = Page { lang, api: Some(api), root: ROOTS[1] };
    let two = Page { lang, api: Some(api), root: ROOTS[2] };
    book.file(&format!("src/{}/overview.md", api.id), overview::page(&one, api));
    book.file(&format!("src/{}/errors.md", api.id), errors::page(&one, api));
    book.file(&format!("src/{}/messages.md", api.id), catalog_pages::messages(&one, api));
    book.file(&format!("src/{}/enums.md", api.id), catalog_pages::enums(&one, api));
    book.file(&format!("src/{}/discrepancies.md", api.id), catalog_pages::discrepancies(&one, api));
    book.file(&format!("src/{}/sources.md", api.id), catalog_pages::sources(&one, api));
    for operation in &api.operations {
        book.file(&format!("src/{}", operation::path(api, operation)), operation::page(&two, api, operation));
    }
    for lifecycle in &api.lifecycles {
        book.file(&format!("src/{}", lifecycle::path(api, lifecycle)), lifecycle::page(&two, api, lifecycle));
    }
}

fn book_toml(lang: Lang) -> String {
    let w = words::words(lang);
    format!(
        "{}\n[book]\ntitle = \"{}\"\nlanguage = \"{}\"\nsrc = \"src\"\n\n[preprocessor.mermaid]\ncommand = \
         \"mdbook-mermaid\"\n\n[output.html]\nadditional-js = [\"mermaid.min.js\", \"mermaid-init.js\"]\nadditional-css = \
         [\"payspec.css\"]\n",
        crate::emit::header::hash("spec/"),
        w.book_title,
        lang.tag()
    )
}

fn summary(page: &Page, spec: &Spec) -> String {
    let w = page.w();
    let mut out = header("spec/");
    out.push_str(&format!("# {}\n\n[{}](intro.md)\n\n", w.book_title, w.intro));
    for api in &spec.apis {
        let id = &api.id;
        out.push_str(&format!("# {}\n\n- [{}]({id}/overview.md)\n", api.info.title, w.overview));
        out.push_str(&format!("- [{}]()\n", w.operations));
        for operation in &api.operations {
            out.push_str(&format!("  - [{}]({})\n", operation.rust_name, operation::path(api, operation)));
        }
        out.push_str(&format!(
            "- [{}]({id}/messages.md)\n- [{}]({id}/enums.md)\n- [{}]({id}/errors.md)\n",
            w.messages, w.enums, w.errors
        ));
        if !api.lifecycles.is_empty() {
            out.push_str(&format!("- [{}]()\n", w.lifecycles));
            for lifecycle in &api.lifecycles {
                out.push_str(&format!("  - [{}]({})\n", lifecycle.id, lifecycle::path(api, lifecycle)));
            }
        }
        out.push_str(&format!(
            "- [{}]({id}/discrepancies.md)\n- [{}]({id}/sources.md)\n\n",
            w.discrepancies, w.sources
        ));
    }
    out
}

fn intro(page: &Page, spec: &Spec) -> String {
    let w = page.w();
    let mut out = header("spec/");
    out.push_str(&format!("# {} {{#intro}}\n\n{}\n\n## {} {{#apis}}\n\n", w.book_title, w.intro_text, w.apis));
    for api in &spec.apis {
        out.push_str(&format!("- [{}]({}/overview.md): {}\n", api.info.title, api.id, page.text(&api.info.summary)));
    }
    out.push_str(&format!("\n## {} {{#translations}}\n\n{}\n", w.translations, w.translations_text));
    out
}
