// ajv 8 (draft-07, formats from ajv-formats asserted) on one schema and a
// JSON-lines file of instances: validation only, parsing excluded, the same
// measurement `stepcache validate --stats` makes.
//   node ajv_bench.js SCHEMA.json INSTANCES.jsonl REPEAT
// Prints one JSON line: engine, instances, valid, compile_ns,
// validate_ns_per_instance.
"use strict";
const fs = require("fs");
const Ajv = require("ajv");
const addFormats = require("ajv-formats");

const [schemaPath, instancesPath, repeatArg] = process.argv.slice(2);
const repeat = Number(repeatArg || 200);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const instances = fs.readFileSync(instancesPath, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

const t0 = process.hrtime.bigint();
const ajv = new Ajv({ allErrors: false, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const compileNs = Number(process.hrtime.bigint() - t0);

let valid = 0;
for (const x of instances) valid += validate(x) ? 1 : 0;
// Warm up the JIT before timing, as Google Benchmark and Blaze's loop do.
for (let r = 0; r < Math.min(repeat, 50); ++r) for (const x of instances) validate(x);
// CPU time (user + system of this process), as `stepcache validate --stats`
// reports: on a shared machine wall time mostly measures the scheduler.
let sink = 0;
const cpu0 = process.cpuUsage();
const start = process.hrtime.bigint();
for (let r = 0; r < repeat; ++r) for (const x of instances) sink += validate(x) ? 1 : 0;
const wallNs = Number(process.hrtime.bigint() - start);
const cpu = process.cpuUsage(cpu0);
const ns = (cpu.user + cpu.system) * 1000;
console.log(JSON.stringify({
  engine: "ajv " + require("ajv/package.json").version,
  instances: instances.length, valid, invalid: instances.length - valid, repeat,
  compile_ns: compileNs, validate_ns_per_instance: ns / (repeat * instances.length),
  wall_ns_per_instance: wallNs / (repeat * instances.length), sink,
}));
