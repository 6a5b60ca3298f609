// Makes solc-js (npm `solc`, the official compiler built to WebAssembly) answer like the native
// `solc` binary that forge drives: `--version`, and `--standard-json` with input and output in
// files (solc-shim.sh moves them through files because pipes break solc-js and cut long output).
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const args = process.argv.slice(2);

if (args.includes('--version')) {
  process.stdout.write(
    'solc, the solidity compiler commandline interface\nVersion: ' + solc.version() + '\n');
  process.exit(0);
}

const inputFile = args[args.indexOf('--input-file') + 1];
const outputFile = args[args.indexOf('--output-file') + 1];
const basePathIndex = args.indexOf('--base-path');
const basePath = basePathIndex >= 0 ? args[basePathIndex + 1] : process.cwd();
const includePaths = [];
args.forEach((a, i) => { if (a === '--include-path') includePaths.push(args[i + 1]); });

// forge passes sources inline; imports it did not inline are resolved like solc does, from the
// base path and the include paths.
function findImport(importPath) {
  for (const root of [basePath, ...includePaths]) {
    const candidate = path.resolve(root, importPath);
    if (fs.existsSync(candidate)) return { contents: fs.readFileSync(candidate, 'utf8') };
  }
  return { error: 'File not found: ' + importPath };
}

const input = fs.readFileSync(inputFile, 'utf8');
fs.writeFileSync(outputFile, solc.compile(input, { import: findImport }));
