#!/usr/bin/env node
// A logclass client in Node.js. It loads the contract's .proto at run time: no generated code.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import healthCheck from 'grpc-health-check';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_PROTO = path.resolve(HERE, '../../../proto/logclass/v1/classifier.proto');
const USAGE = `usage: node client.js COMMAND [ARGS] [OPTIONS]

commands:
  classify [FILE]   stream records through Classify; one JSON line per result on stdout
  batch [FILE]      the same through one ClassifyBatch call per batch
  info              GetModelInfo as one JSON line
  health [SERVICE]  grpc.health.v1.Health/Check; exit status 1 unless SERVING

FILE is JSONL ({"id", "source", "message"} a line) or, when it ends in .csv or with --format csv,
CSV with a header naming source and log_message (id optional). No FILE or "-" reads stdin.
Records without an id get their line number.

options:
  --address HOST:PORT  server address (default 127.0.0.1:50051)
  --batch N            records per request message (default 500)
  --format jsonl|csv   input format (default: from FILE's extension, else jsonl)
  --proto FILE         classifier.proto (default: the repository's copy)
  --timeout SECONDS    deadline of each call (default: none)`;

// Usage errors exit 2; an RPC error, a bad input line or a health status other than SERVING exit 1.
class UsageError extends Error {}

function parseCommandLine(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      address: { type: 'string', default: '127.0.0.1:50051' },
      batch: { type: 'string', default: '500' },
      format: { type: 'string' },
      proto: { type: 'string', default: DEFAULT_PROTO },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...args] = positionals;
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1) throw new UsageError(`--batch must be a positive integer`);
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError(`--timeout must be > 0 seconds`);
  if (values.format !== undefined && !['jsonl', 'csv'].includes(values.format)) {
    throw new UsageError(`--format must be jsonl or csv`);
  }
  return { ...values, command, args, batch, timeout };
}

function loadServices(protoFile) {
  const definition = protoLoader.loadSync([protoFile, healthCheck.protoPath], {
    keepCase: true, // field names as in the .proto: model_version, confidence_threshold, ...
    defaults: true, // every field in the output, also when it has its default value
    enums: String,
    longs: String,
  });
  const root = grpc.loadPackageDefinition(definition);
  return { LogClassifier: root.logclass.v1.LogClassifier, Health: root.grpc.health.v1.Health };
}

function callOptions(timeout) {
  return timeout === undefined ? {} : { deadline: Date.now() + timeout * 1000 };
}

function unary(client, method, request, options) {
  return new Promise((resolve, reject) => {
    client[method](request, options, (error, reply) => (error ? reject(error) : resolve(reply)));
  });
}

// ---- input: records from JSONL or CSV; a bad line is reported and skipped -------------------------

async function* lines(file) {
  const input = file === undefined || file === '-' ? process.stdin : createReadStream(file);
  const reader = readline.createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const line of reader) yield { number: ++number, line };
}

function recordFrom(fields, number) {
  const message = fields.message ?? fields.log_message;
  if (typeof message !== 'string') throw new Error('no "message" (or "log_message") string');
  const record = { id: String(fields.id ?? number), source: String(fields.source ?? ''), message };
  if (fields.attributes !== undefined) record.attributes = fields.attributes;
  return record;
}

async function* jsonlRecords(file, onBadLine) {
  for await (const { number, line } of lines(file)) {
    if (line.trim() === '') continue;
    try {
      const fields = JSON.parse(line);
      if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
        throw new Error('not a JSON object');
      }
      yield recordFrom(fields, number);
    } catch (error) {
      onBadLine(number, error.message);
    }
  }
}

// One CSV record (RFC 4180: quoted fields may hold commas, doubled quotes and newlines), or
// undefined while a quoted field is still open at the end of `text`.
function csvFields(text) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"' && (quoted || i === 0 || text[i - 1] === ',')) {
      quoted = !quoted; // a quote opens a field only at its start, as in Python's csv module
    } else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}

async function* csvRecords(file, onBadLine) {
  let header;
  let pending = '';
  let start = 0;
  for await (const { number, line } of lines(file)) {
    if (pending === '') start = number;
    pending = pending === '' ? line : `${pending}\n${line}`;
    const fields = csvFields(pending);
    if (fields === undefined) continue;
    pending = '';
    if (header === undefined) {
      header = fields;
      if (!header.includes('log_message')) throw new UsageError('CSV header has no log_message column');
      continue;
    }
    if (fields.length === 1 && fields[0] === '') continue;
    if (fields.length !== header.length) {
      onBadLine(start, `${fields.length} fields, the header has ${header.length}`);
      continue;
    }
    yield recordFrom(Object.fromEntries(header.map((name, i) => [name, fields[i]])), start);
  }
  if (pending !== '') onBadLine(start, 'unterminated quoted field');
}

async function* batches(records, size) {
  let batch = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

// ---- commands -------------------------------------------------------------------------------------

function printResults(response, sent) {
  // The contract answers every record exactly once, in order: anything else is a server bug.
  if (response.results.length !== sent) {
    throw new Error(`a response answered ${response.results.length} records, ${sent} were sent`);
  }
  for (const result of response.results) process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function classifyStream(client, requests, options) {
  const call = client.Classify(options);
  const sent = []; // record counts of the request messages not answered yet
  const write = async () => {
    for await (const records of requests) {
      sent.push(records.length);
      if (!call.write({ records })) await once(call, 'drain');
    }
    call.end();
  };
  const read = async () => {
    for await (const response of call) printResults(response, sent.shift());
    if (sent.length > 0) throw new Error(`the stream ended with ${sent.length} requests unanswered`);
  };
  try {
    await Promise.all([write(), read()]);
  } catch (error) {
    call.cancel();
    throw error;
  }
}

async function classifyUnary(client, requests, options) {
  for await (const records of requests) {
    printResults(await unary(client, 'ClassifyBatch', { records }, options), records.length);
  }
}

async function main() {
  const opts = parseCommandLine(process.argv.slice(2));
  if (opts.help || opts.command === undefined) {
    console.log(USAGE);
    return 0;
  }
  const services = loadServices(opts.proto);
  const credentials = grpc.credentials.createInsecure();
  const options = callOptions(opts.timeout);
  switch (opts.command) {
    case 'classify':
    case 'batch': {
      const [file] = opts.args;
      const format = opts.format ?? (file?.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');
      let badLines = 0;
      const onBadLine = (number, reason) => {
        badLines++;
        console.error(`logclass-client: line ${number} skipped: ${reason}`);
      };
      const records = (format === 'csv' ? csvRecords : jsonlRecords)(file, onBadLine);
      const client = new services.LogClassifier(opts.address, credentials);
      const classify = opts.command === 'classify' ? classifyStream : classifyUnary;
      await classify(client, batches(records, opts.batch), options);
      return badLines > 0 ? 1 : 0;
    }
    case 'info': {
      const client = new services.LogClassifier(opts.address, credentials);
      console.log(JSON.stringify(await unary(client, 'GetModelInfo', {}, options)));
      return 0;
    }
    case 'health': {
      const [service = ''] = opts.args;
      const client = new services.Health(opts.address, credentials);
      const { status } = await unary(client, 'Check', { service }, options);
      console.log(JSON.stringify({ service, status }));
      return status === 'SERVING' ? 0 : 1;
    }
    default:
      throw new UsageError(`unknown command ${JSON.stringify(opts.command)}`);
  }
}

// A reader that stops early (`| head`) ends the run quietly, but not as a success.
process.stdout.on('error', () => process.exit(1));

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError || String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`logclass-client: ${error.message} (see node client.js --help)`);
    process.exitCode = 2;
  } else {
    // A gRPC error carries its status code; name it the way the gRPC docs do.
    const text = typeof error.code === 'number'
      ? [grpc.status[error.code], error.details].filter(Boolean).join(': ')
      : error.message;
    console.error(`logclass-client: ${text}`);
    process.exitCode = 1;
  }
}
// Pipes are written asynchronously on POSIX: exiting before stdout has drained would drop the last
// results. Then pending reads of stdin or a half-open channel must not keep the run alive.
await new Promise((resolve) => process.stdout.write('', resolve));
process.exit();
