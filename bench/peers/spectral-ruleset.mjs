// Spectral ruleset for the whole-process benchmark (bench/run.sh): one rule per lab file, each
// validating the whole document against the project's own JSON Schema (2020-12) with Spectral's
// core `schema` function. Nothing else: no rule checks, no hints, no scores.
//
// Spectral does not resolve a `$ref` to a file inside a ruleset's functionOptions, so the schemas
// are read here, from `schemas/` under the working folder: run Spectral from the repository root
// (bench/run.sh does).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@stoplight/spectral-functions';

const labFiles = ['domain', 'contract', 'mlops', 'governance'];

function readSchema(name) {
  const path = join(process.cwd(), 'schemas', `${name}.schema.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path}: run Spectral from the repository root. ${error.message}`);
  }
}

export default {
  overrides: labFiles.map((name) => ({
    // Spectral matches a pattern without a slash against the file's base name.
    files: [`${name}.yaml`, `${name}.yml`],
    rules: {
      [`meshgrader-${name}-schema`]: {
        description: `${name}.yaml matches schemas/${name}.schema.json`,
        message: '{{error}}',
        severity: 'error',
        given: '$',
        then: {
          function: schema,
          functionOptions: { schema: readSchema(name), dialect: 'draft2020-12', allErrors: true },
        },
      },
    },
  })),
};
