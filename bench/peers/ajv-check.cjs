#!/usr/bin/env node
// The ajv peer of the whole-process benchmark (bench/run.sh): in one node process, reads the lab
// files of one submission folder with the `yaml` package (YAML 1.2, like meshgrade), compiles the
// project's four JSON Schemas with ajv's 2020-12 draft and ajv-formats, and validates each file
// against its schema. Schema validation only: no rule checks, no located report, no score.
//
//   node bench/peers/ajv-check.cjs SUBMISSION [SCHEMAS_DIR]
//
// Modules are found through NODE_PATH (bench/run.sh points it at bench/.cache/peers/node_modules).
// Prints one line per error and exits 1 when any file fails its schema, 0 otherwise.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const YAML = require('yaml');

const submission = process.argv[2];
if (!submission) {
  console.error('usage: ajv-check.cjs SUBMISSION [SCHEMAS_DIR]');
  process.exit(2);
}
const schemasDir = process.argv[3] ?? path.join(__dirname, '..', '..', 'schemas');
const labFiles = ['domain', 'contract', 'mlops', 'governance'];

// Strict mode stays on; the project's annotation keywords (x-rule, x-hint, ...) are declared as
// keywords without validation so that ajv accepts them.
const annotations = new Set();
const schemas = labFiles.map((name) => {
  const schema = JSON.parse(fs.readFileSync(path.join(schemasDir, `${name}.schema.json`), 'utf8'));
  collectAnnotations(schema, annotations);
  return schema;
});
const ajv = new Ajv2020({ allErrors: true, keywords: [...annotations] });
addFormats(ajv);
const validators = schemas.map((schema) => ajv.compile(schema));

let errors = 0;
labFiles.forEach((name, i) => {
  const file = ['yaml', 'yml'].map((ext) => path.join(submission, `${name}.${ext}`)).find((f) => fs.existsSync(f));
  if (!file) return;
  const doc = YAML.parseDocument(fs.readFileSync(file, 'utf8'));
  if (doc.errors.length > 0) {
    for (const e of doc.errors) console.log(`${path.basename(file)}: ${e.message}`);
    errors += doc.errors.length;
    return;
  }
  const validate = validators[i];
  if (!validate(doc.toJS())) {
    for (const e of validate.errors) console.log(`${path.basename(file)}: ${e.instancePath || '/'} ${e.message}`);
    errors += validate.errors.length;
  }
});
console.log(`${errors} error(s)`);
process.exit(errors > 0 ? 1 : 0);

function collectAnnotations(node, found) {
  if (Array.isArray(node)) {
    for (const item of node) collectAnnotations(item, found);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) found.add(key);
      else collectAnnotations(value, found);
    }
  }
}
