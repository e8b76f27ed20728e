// SPDX-License-Identifier: Apache-2.0
// The baseline of scripts/bench-scdl-frictionless: frictionless tableschema-js (npm tableschema,
// the Table Schema library of the Frictionless Data project) validating a CSV file against a
// Table Schema — every row cast, every constraint checked, errors counted, not thrown.
// Usage: node tableschema_validate.js SCHEMA.json FILE.csv
'use strict';
const fs = require('fs');
const { Table } = require('tableschema');

(async () => {
  const [schemaPath, csvPath] = process.argv.slice(2);
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  const table = await Table.load(csvPath, { schema });
  const rows = await table.iter({ forceCast: true });
  let count = 0;
  let errors = 0;
  for await (const value of rows) {
    count += 1;
    if (value instanceof Error) errors += 1;
  }
  process.stdout.write(JSON.stringify({ rows: count, errors }) + '\n');
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(2);
});
