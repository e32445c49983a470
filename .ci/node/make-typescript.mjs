// Generates TypeScript types from every generated JSON Schema (generated/schemas/<api>/<message>.schema.json) with
// json-schema-to-typescript, for `tsc --strict` to compile. (The spec's examples are not typed with them: the
// generator turns a cross-field rule's `required`-only subschema, `anyOf: [{required: [a]}, {required: [b]}]`, into
// properties of object type, so a real example of a message with rules would not type-check for the generator's
// sake.)
// Usage: node make-typescript.mjs <repository root> <output folder>
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "json-schema-to-typescript";

const [root = ".", out = "target/typescript"] = process.argv.slice(2);
let types = 0;

for (const api of readdirSync(join(root, "generated", "schemas")).sort()) {
  const folder = join(out, api);
  mkdirSync(folder, { recursive: true });
  for (const file of readdirSync(join(root, "generated", "schemas", api)).filter((f) => f.endsWith(".schema.json")).sort()) {
    const schema = JSON.parse(readFileSync(join(root, "generated", "schemas", api, file), "utf8"));
    const base = file.replace(/\.schema\.json$/, "");
    const ts = await compile(schema, base, { bannerComment: `// generated from generated/schemas/${api}/${file}`, additionalProperties: true });
    writeFileSync(join(folder, `${base}.ts`), ts);
    if (!/^export (interface|type) \w+/m.test(ts)) throw new Error(`${api}/${file}: no type exported`);
    types += 1;
  }
}
console.log(`typescript: ${types} files of types generated`);
