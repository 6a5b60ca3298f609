#!/usr/bin/env node
// Turns forge's build output into the files the Java side needs: for every contract compiled from
// src/main/solidity (not tests, not OpenZeppelin or other libraries under node_modules) it writes
//   target/abi/<Contract>.abi   the ABI as JSON
//   target/abi/<Contract>.bin   the creation bytecode as hex without 0x (only if it has any)
// and copies both to target/classes/yunxi/contracts/ so they are packaged in the jar.
// Interfaces and abstract contracts have no bytecode: they get an .abi only.
//
// Usage:
//   node tools/extract-artifacts.js --require A,B,C --wrappers DIR --package P
//       extracts as above, and empties DIR (the wrapper output) so no stale wrapper survives;
//   node tools/extract-artifacts.js --check --require A,B,C --wrappers DIR --package P
//       after web3j codegen: fails unless DIR/<P as path>/<A>.java etc. exist. The generator
//       returns success on a command-line mistake, and a contract added to yunxi.contracts
//       without its wrapper-<Name> execution in pom.xml would otherwise go unnoticed.
// --require names the contracts that must be there with bytecode (the ones the build generates
// Java wrappers for); a missing one fails here with a clear message rather than in the generator.
// Relative paths are read from the contracts/ folder, whatever the working directory.
'use strict';

const fs = require('fs');
const path = require('path');

const contractsDir = path.resolve(__dirname, '..');
// out and cache_path of foundry.toml.
const forgeOut = path.join(contractsDir, 'target', 'forge-out');
const forgeCache = path.join(contractsDir, 'target', 'forge-cache', 'solidity-files-cache.json');
const sourcePrefix = 'src/main/solidity/';
const abiDir = path.join(contractsDir, 'target', 'abi');
const resourceDir = path.join(contractsDir, 'target', 'classes', 'yunxi', 'contracts');

function fail(message) {
  console.error(`extract-artifacts: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { require: [], check: false, wrappers: undefined, package: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--require') {
      args.require = (argv[++i] || '')
        .split(/[\s,]+/)
        .filter((name) => name.length > 0);
    } else if (argv[i] === '--wrappers') {
      args.wrappers = path.resolve(contractsDir, argv[++i] || '');
    } else if (argv[i] === '--package') {
      args.package = argv[++i];
    } else if (argv[i] === '--check') {
      args.check = true;
    } else {
      fail(`unknown argument ${argv[i]}`);
    }
  }
  if (args.check && (!args.wrappers || !args.package)) fail('--check needs --wrappers and --package');
  return args;
}

// The artifacts of the last build, by source file, as forge's cache lists them. forge leaves the
// artifacts of deleted or renamed contracts in the output folder, so walking that folder would
// bring stale contracts back; the cache names only what the current sources produce.
function currentArtifacts() {
  if (!fs.existsSync(forgeCache)) fail(`${forgeCache} does not exist: run forge.sh build first`);
  const cache = JSON.parse(fs.readFileSync(forgeCache, 'utf8'));
  if (!cache.files || typeof cache.files !== 'object') {
    fail(`${forgeCache} has no "files" entry: has the forge version (and its cache format) changed?`);
  }
  const found = [];
  for (const [source, entry] of Object.entries(cache.files)) {
    // forge compiles tests, scripts and everything imported; keep only our production sources.
    if (!source.startsWith(sourcePrefix)) continue;
    for (const [name, versions] of Object.entries(entry.artifacts || {})) {
      for (const profiles of Object.values(versions)) {
        for (const artifact of Object.values(profiles)) {
          found.push({ source, name, file: path.join(forgeOut, artifact.path) });
        }
      }
    }
  }
  return found;
}

function checkWrappers(args) {
  const packageDir = path.join(args.wrappers, ...args.package.split('.'));
  const missing = args.require.filter(
    (name) => !fs.existsSync(path.join(packageDir, `${name}.java`)));
  if (missing.length > 0) {
    fail(`no Java wrapper generated for ${missing.join(', ')} in ${packageDir}: ` +
      'does contracts/pom.xml have a wrapper-<Name> execution for each of yunxi.contracts?');
  }
  console.log(`extract-artifacts: ${args.require.length} wrapper(s) in ${args.package}`);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.check) {
    checkWrappers(args);
    return;
  }
  const contracts = new Map(); // name -> { source, abi, bin }
  for (const { source, name, file } of currentArtifacts()) {
    const artifact = JSON.parse(fs.readFileSync(file, 'utf8'));
    const previous = contracts.get(name);
    if (previous && previous.source !== source) {
      fail(`contract name ${name} is defined in both ${previous.source} and ${source}`);
    }
    const bytecode = (artifact.bytecode && artifact.bytecode.object) || '0x';
    contracts.set(name, {
      source,
      abi: artifact.abi,
      bin: bytecode.startsWith('0x') ? bytecode.slice(2) : bytecode,
    });
  }

  for (const name of args.require) {
    const contract = contracts.get(name);
    if (!contract) {
      fail(`contract ${name} (listed in yunxi.contracts) was not found in ${sourcePrefix}`);
    }
    if (contract.bin.length === 0) {
      fail(`contract ${name} (listed in yunxi.contracts) has no bytecode: abstract or interface?`);
    }
    if (contract.bin.includes('__$')) {
      fail(`contract ${name} needs library linking, which the build does not do: ` +
        'make the library functions internal');
    }
  }

  // Start clean so a deleted or renamed contract leaves nothing stale behind.
  for (const dir of [abiDir, resourceDir, args.wrappers].filter(Boolean)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }
  const names = [...contracts.keys()].sort();
  for (const name of names) {
    const { abi, bin } = contracts.get(name);
    const files = { [`${name}.abi`]: JSON.stringify(abi) };
    if (bin.length > 0) files[`${name}.bin`] = bin;
    for (const [fileName, content] of Object.entries(files)) {
      fs.writeFileSync(path.join(abiDir, fileName), content);
      fs.writeFileSync(path.join(resourceDir, fileName), content);
    }
  }
  console.log(`extract-artifacts: ${names.length} contract(s) from ${sourcePrefix} -> ` +
    `${path.relative(contractsDir, abiDir)}: ${names.join(', ')}`);
}

main();
