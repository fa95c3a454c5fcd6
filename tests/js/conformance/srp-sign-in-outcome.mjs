// One USER_SRP_AUTH sign-in with amazon-cognito-identity-js, with no MFA code to give: reports whether
// the password claim was accepted (the next challenge) or the error.
// stdin: {endpoint, poolId, clientId, username, password}   stdout: {outcome, error, calls}
import Cognito from 'amazon-cognito-identity-js';
import { requireFields, runScript } from './lib/script-io.mjs';
import { MemoryStorage } from './lib/memory-storage.mjs';
import { signIn } from './lib/library-sign-in.mjs';
import { traceCognitoCalls } from './lib/wire-trace.mjs';

const { CognitoUserPool } = Cognito;

runScript(async (input) => {
  requireFields(input, 'endpoint', 'poolId', 'clientId', 'username', 'password');
  const trace = traceCognitoCalls();
  const storage = new MemoryStorage();
  const pool = new CognitoUserPool({ UserPoolId: input.poolId, ClientId: input.clientId, endpoint: input.endpoint, Storage: storage });
  const result = await signIn({ pool, storage, username: input.username, password: input.password });
  return { outcome: result.outcome, error: result.error, calls: trace.take() };
});
