// Shared plumbing for the SRP witness scripts: JSON in (first argument, or stdin), JSON out on stdout.
// An array of inputs gives an array of outputs (one node start for many cases).
// Any failure goes to stderr with exit code 1 so the calling test can show it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The CommonJS build of amazon-cognito-identity-js, the independent implementation we test against. */
export const cognito = require('amazon-cognito-identity-js');

/** The big-integer class the library computes with (not exported from its index). */
export const LibBigInteger = require('amazon-cognito-identity-js/lib/BigInteger.js').default;

export function readInput() {
  const text = process.argv.length > 2 ? process.argv[2] : readFileSync(0, 'utf8');
  return JSON.parse(text);
}

export function run(main) {
  Promise.resolve()
    .then(async () => {
      const input = readInput();
      if (!Array.isArray(input)) return main(input);
      const outputs = [];
      for (const item of input) outputs.push(await main(item));
      return outputs;
    })
    .then(output => process.stdout.write(JSON.stringify(output) + '\n'))
    .catch(error => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exit(1);
    });
}

/** The library's callback style as a promise. */
export function call(fn) {
  return new Promise((resolve, reject) => fn((error, value) => (error ? reject(error) : resolve(value))));
}
