// Parses every generated Fluent file (generated/catalog/<api>.<lang>.ftl) with @fluent/syntax, a second Fluent
// implementation beside the Rust fluent-bundle the tests use, and checks it against the catalog JSON: no junk, every
// entry's fluent_id present in both languages and nothing else, each message's variables exactly the entry's
// placeholder names. Usage: node check-fluent.mjs <repository root>
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@fluent/syntax";

const root = process.argv[2] ?? ".";
const dir = join(root, "generated", "catalog");
const problems = [];
let messages = 0;

function variables(node, found = new Set()) {
  if (node && typeof node === "object") {
    if (node.type === "VariableReference") found.add(node.id.name);
    for (const value of Object.values(node)) variables(value, found);
  }
  return found;
}

for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const catalog = JSON.parse(readFileSync(join(dir, file), "utf8"));
  const wanted = new Map(catalog.entries.map((e) => [e.fluent_id, e.placeholders.map((p) => p.name).sort()]));
  for (const lang of ["en", "tr"]) {
    const name = `${catalog.api}.${lang}.ftl`;
    const resource = parse(readFileSync(join(dir, name), "utf8"), { withSpans: true });
    const seen = new Set();
    for (const entry of resource.body) {
      if (entry.type === "Junk") {
        problems.push(`${name}: cannot parse: ${entry.annotations.map((a) => a.message).join("; ")}: ${entry.content}`);
      } else if (entry.type === "Message") {
        const id = entry.id.name;
        seen.add(id);
        messages += 1;
        if (!wanted.has(id)) {
          problems.push(`${name}: ${id} is not in ${file}`);
          continue;
        }
        const got = [...variables(entry.value)].sort();
        if (JSON.stringify(got) !== JSON.stringify(wanted.get(id))) {
          problems.push(`${name}: ${id} has variables ${got} but the catalog names ${wanted.get(id)}`);
        }
      }
    }
    for (const id of wanted.keys()) {
      if (!seen.has(id)) problems.push(`${name}: no message ${id}`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`fluent: ${messages} messages parsed by @fluent/syntax, matching the catalogs`);
