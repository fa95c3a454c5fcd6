// Protocol between a conformance script and the xunit test that runs it: the test writes one JSON
// object to stdin (secrets travel here, never on the command line); the script prints one JSON
// object with its observations to stdout. Tokens, passwords and TOTP secrets are never printed.

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) throw new Error('expected a JSON object on stdin');
  return JSON.parse(text);
}

/**
 * Runs main(input) and prints its result; a thrown error exits 1 with its name and message. exitWhenDone ends the
 * process once the result is printed, for libraries that leave timers behind (Amplify's autoSignIn listener).
 */
export function runScript(main, { exitWhenDone = false } = {}) {
  readStdin()
    .then(main)
    .then((result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
    })
    .catch((error) => {
      const name = error?.name ?? 'Error';
      process.stderr.write(`${name}: ${error?.message ?? String(error)}\n${error?.stack ?? ''}\n`);
      process.exitCode = 1;
    })
    .finally(() => {
      // stdout to a pipe is synchronous on Linux, so the printed result is out before the exit.
      if (exitWhenDone) process.exit();
    });
}

export function requireFields(input, ...names) {
  for (const name of names) {
    if (input[name] === undefined || input[name] === null || input[name] === '') {
      throw new Error(`input field "${name}" is missing`);
    }
  }
}
