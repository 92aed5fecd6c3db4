// The official OpenAI Node client (the `openai` npm package, pinned in
// package-lock.json) against `stepcache serve`, over real loopback HTTP:
// what an application written for OpenAI sees when it points baseURL at
// StepCache. `stepcache sim-server` is the model behind it.
//
//   node tests/clients/openai_client.test.mjs /path/to/stepcache
//   (or STEPCACHE_BIN=/path/to/stepcache node tests/clients/openai_client.test.mjs)
//
// What must hold: a plain call answers and the same call again is reused
// (x-stepcache-path, read from the raw response); a stream with
// stream_options.include_usage concatenates to the answer and ends with a
// usage chunk whose choices are empty; a strict json_schema answer parses
// and matches its schema; a wrong key is an AuthenticationError; a malformed
// body is a BadRequestError that names the field. Child processes are killed
// however this script ends, even by SIGKILL (each runs under a watchdog shell
// that stops it when this process is gone).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import OpenAI from 'openai';

const BIN = process.argv[2] || process.env.STEPCACHE_BIN || '';
if (!BIN) {
  console.error('usage: node openai_client.test.mjs /path/to/stepcache (or STEPCACHE_BIN)');
  process.exit(2);
}

const KEY = 'sk-stepcache-client-test';
const MODEL = 'stepcache-sim';

// ---- child processes -------------------------------------------------------

const children = [];

// Runs `args` under bash, which stops it when this Node process disappears
// (checked twice a second) or when bash itself gets SIGTERM/SIGINT.
const WATCHDOG = [
  'parent=$1; shift',
  '"$@" & child=$!',
  'trap \'kill $child 2>/dev/null; wait $child; exit 143\' TERM INT',
  'while kill -0 "$parent" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 0.5; done',
  'kill $child 2>/dev/null',
  'wait $child',
].join('\n');

function start(name, args) {
  const proc = spawn('bash', ['-c', WATCHDOG, 'watchdog', String(process.pid), BIN, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const child = { name, args, proc, stderr: '', exited: null };
  proc.stderr.on('data', (d) => {
    child.stderr = (child.stderr + d.toString()).slice(-4000);
  });
  proc.on('exit', (code, signal) => {
    child.exited = { code, signal };
  });
  children.push(child);
  return child;
}

function stopAll() {
  for (const c of children) {
    if (c.exited === null) {
      try {
        c.proc.kill('SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

process.on('exit', stopAll);
for (const [sig, n] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.on(sig, () => {
    stopAll();
    process.exit(128 + n);
  });
}

function describeChildren() {
  return children
    .map((c) => `--- ${c.name} (${c.args.join(' ')}) exited=${JSON.stringify(c.exited)}\n${c.stderr}`)
    .join('\n');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Waits until `url` answers 200 (or any TCP answer when tcpOnly), failing
// early with the child's stderr if it exits.
async function waitReady(child, port, url, deadlineMs = 20000) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (child.exited !== null) {
      throw new Error(`${child.name} exited before it was ready\n${describeChildren()}`);
    }
    if (url) {
      try {
        const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
        if (r.status === 200) return;
      } catch {
        // not up yet
      }
    } else {
      const ok = await new Promise((resolve) => {
        const sock = net.connect(port, '127.0.0.1');
        sock.once('connect', () => {
          sock.destroy();
          resolve(true);
        });
        sock.once('error', () => resolve(false));
      });
      if (ok) return;
    }
    await sleep(50);
  }
  throw new Error(`${child.name} was not ready within ${deadlineMs} ms\n${describeChildren()}`);
}

// ---- requests the simulated model answers ----------------------------------

const SCHEMA = {
  type: 'object',
  properties: { name: { type: 'string' }, age: { type: 'integer' } },
  required: ['name', 'age'],
  additionalProperties: false,
};

function extraction(name, age) {
  return {
    model: MODEL,
    temperature: 0,
    messages: [
      {
        role: 'user',
        content: `Extract the person's name and age as JSON.\nText:\nName: ${name}\nAge: ${age}\n`,
      },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'person', strict: true, schema: SCHEMA },
    },
  };
}

function equation(eq) {
  return {
    model: MODEL,
    temperature: 0,
    messages: [{ role: 'user', content: `Solve for x: ${eq}. Show your steps.` }],
  };
}

// Every key in `schema.required` present, nothing outside `properties`, each
// value of its declared type (the two types SCHEMA uses).
function matchesSchema(value, schema) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const k of schema.required) if (!(k in value)) return false;
  for (const [k, v] of Object.entries(value)) {
    const p = schema.properties[k];
    if (!p) return false;
    if (p.type === 'string' && typeof v !== 'string') return false;
    if (p.type === 'integer' && !Number.isInteger(v)) return false;
  }
  return true;
}

// ---- the tests --------------------------------------------------------------

describe('openai npm client against stepcache serve', () => {
  let dir;
  let base;
  let client;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'stepcache-clients-'));
    const keys = path.join(dir, 'keys');
    writeFileSync(keys, `# key tenant\n${KEY} clients\n`);

    const simPort = await freePort();
    const sim = start('sim-server', [
      'sim-server', '--listen', `127.0.0.1:${simPort}`, '--time-scale', '0', '--error-rate', '0',
    ]);
    await waitReady(sim, simPort, `http://127.0.0.1:${simPort}/health`);

    const servePort = await freePort();
    const serve = start('serve', [
      'serve', '--listen', `127.0.0.1:${servePort}`,
      '--backend', `openai:http://127.0.0.1:${simPort}/v1`,
      '--store', 'memory', '--keys', keys, '--threads', '4',
    ]);
    base = `http://127.0.0.1:${servePort}`;
    await waitReady(serve, servePort, `${base}/healthz`);

    client = new OpenAI({ apiKey: KEY, baseURL: `${base}/v1`, maxRetries: 0, timeout: 30000 });
  });

  after(() => {
    stopAll();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('models are listed', async () => {
    const ids = [];
    for await (const m of client.models.list()) ids.push(m.id);
    assert.ok(ids.length > 0, 'GET /v1/models lists at least one model');
  });

  test('a plain call, then the same call again is reused', async () => {
    // The task from the body extension (the client sends unknown keys as-is).
    const body = { ...equation('3x + 5 = 20'), stepcache: { task: 'linear_equation' } };
    const first = await client.chat.completions.create(body).withResponse();
    const path1 = first.response.headers.get('x-stepcache-path');
    assert.ok(['skip', 'patch', 'reuse'].includes(path1), `first path: ${path1}`);
    assert.notEqual(path1, 'bypass');
    const c1 = first.data;
    assert.equal(c1.object, 'chat.completion');
    assert.equal(c1.choices.length, 1);
    assert.equal(c1.choices[0].message.role, 'assistant');
    assert.match(c1.choices[0].message.content, /x\s*=\s*5\b/);
    assert.ok(c1.usage && Number.isInteger(c1.usage.total_tokens), 'usage on a non-streamed answer');

    const again = await client.chat.completions.create(body).withResponse();
    assert.equal(again.response.headers.get('x-stepcache-path'), 'reuse');
    assert.ok(again.response.headers.get('x-stepcache-age') !== null, 'x-stepcache-age on a reuse');
    assert.equal(again.data.choices[0].message.content, c1.choices[0].message.content);

    // Cache-Control: no-cache asks for a fresh answer, not the stored one.
    const fresh = await client.chat.completions
      .create(body, { headers: { 'Cache-Control': 'no-cache' } })
      .withResponse();
    assert.notEqual(fresh.response.headers.get('x-stepcache-path'), 'reuse');
    assert.match(fresh.data.choices[0].message.content, /x\s*=\s*5\b/);
  });

  test('a streamed call concatenates to the answer and ends with usage', async () => {
    // The task from the header this time.
    const opts = { headers: { 'X-StepCache-Task': 'linear_equation' } };
    const req = equation('7x = 2x - 15');
    const { data: stream, response } = await client.chat.completions
      .create({ ...req, stream: true, stream_options: { include_usage: true } }, opts)
      .withResponse();
    assert.match(response.headers.get('content-type') || '', /text\/event-stream/);
    assert.notEqual(response.headers.get('x-stepcache-path'), 'bypass');
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    assert.ok(chunks.length >= 2, `at least one content chunk and the usage chunk (${chunks.length})`);
    for (const c of chunks) assert.equal(c.object, 'chat.completion.chunk');
    const last = chunks[chunks.length - 1];
    assert.deepEqual(last.choices, [], 'the usage chunk has no choices');
    assert.ok(last.usage && Number.isInteger(last.usage.completion_tokens), 'the last chunk has usage');
    assert.equal(last.usage.total_tokens, last.usage.prompt_tokens + last.usage.completion_tokens);
    for (const c of chunks.slice(0, -1)) assert.ok(c.usage == null, 'only the last chunk has usage');
    const text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
    assert.ok(chunks.some((c) => c.choices[0]?.finish_reason), 'a chunk carries finish_reason');
    assert.match(text, /x\s*=\s*-3\b/);

    // The same request unstreamed is now reused and says the same thing.
    const plain = await client.chat.completions.create(req, opts).withResponse();
    assert.equal(plain.response.headers.get('x-stepcache-path'), 'reuse');
    assert.equal(plain.data.choices[0].message.content, text);
  });

  test('a strict json_schema answer parses and matches the schema', async () => {
    const { data, response } = await client.chat.completions
      .create(extraction('Ann Lee', 31))
      .withResponse();
    assert.notEqual(response.headers.get('x-stepcache-path'), 'bypass', 'json_schema implies json_extract');
    const content = data.choices[0].message.content;
    let value;
    assert.doesNotThrow(() => {
      value = JSON.parse(content);
    }, `content is JSON: ${content}`);
    assert.ok(matchesSchema(value, SCHEMA), `matches the schema: ${content}`);
    assert.deepEqual(value, { name: 'Ann Lee', age: 31 });

    const again = await client.chat.completions.create(extraction('Ann Lee', 31)).withResponse();
    assert.equal(again.response.headers.get('x-stepcache-path'), 'reuse');
    assert.deepEqual(JSON.parse(again.data.choices[0].message.content), value);
  });

  test('no task and no schema is passed through', async () => {
    const { data, response } = await client.chat.completions
      .create(equation('2(x - 1) = x + 4'))
      .withResponse();
    assert.equal(response.headers.get('x-stepcache-path'), 'bypass');
    assert.match(data.choices[0].message.content, /x\s*=\s*6\b/);
  });

  test('a wrong key is an AuthenticationError', async () => {
    const wrong = new OpenAI({ apiKey: 'sk-wrong', baseURL: `${base}/v1`, maxRetries: 0 });
    await assert.rejects(wrong.chat.completions.create(equation('3x + 5 = 20')), (err) => {
      assert.ok(err instanceof OpenAI.AuthenticationError, `got ${err?.constructor?.name}: ${err}`);
      assert.equal(err.status, 401);
      assert.equal(typeof err.error?.message, 'string', 'an OpenAI error body');
      assert.equal(err.type, 'authentication_error');
      return true;
    });
  });

  test('messages that are not an array are a BadRequestError naming the field', async () => {
    await assert.rejects(
      client.chat.completions.create({ model: MODEL, messages: 'not an array' }),
      (err) => {
        assert.ok(err instanceof OpenAI.BadRequestError, `got ${err?.constructor?.name}: ${err}`);
        assert.equal(err.status, 400);
        assert.equal(err.param, 'messages', `the error names the field: ${err.param} (${err.message})`);
        assert.equal(err.type, 'invalid_request_error');
        return true;
      },
    );
  });
});
