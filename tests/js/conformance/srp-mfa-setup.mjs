// amazon-cognito-identity-js enrols a user in TOTP the way an app would: USER_SRP_AUTH -> MFA_SETUP,
// associateSoftwareToken (session), verifySoftwareToken with a code computed here, which answers
// MFA_SETUP and yields tokens.
// stdin: {endpoint, poolId, clientId, username, password}
// stdout: {outcome, secretCodeLength, calls, tokens} (never the secret or the tokens themselves)
import Cognito from 'amazon-cognito-identity-js';
import { requireFields, runScript } from './lib/script-io.mjs';
import { MemoryStorage } from './lib/memory-storage.mjs';
import { signIn } from './lib/library-sign-in.mjs';
import { totpCode } from './lib/totp.mjs';
import { traceCognitoCalls } from './lib/wire-trace.mjs';
import { verifyCognitoTokens } from './lib/cognito-tokens.mjs';

const { CognitoUserPool } = Cognito;

function failure(error) {
  return { outcome: 'failed', error: { code: error.code ?? error.name, message: error.message } };
}

function associate(user) {
  return new Promise((resolve) => {
    user.associateSoftwareToken({
      associateSecretCode: (secretCode) => resolve({ secretCode }),
      onFailure: (error) => resolve(failure(error)),
    });
  });
}

function verify(user, code) {
  return new Promise((resolve) => {
    user.verifySoftwareToken(code, 'conformance authenticator', {
      onSuccess: (session) => resolve({ outcome: 'signedIn', session }),
      onFailure: (error) => resolve(failure(error)),
    });
  });
}

runScript(async (input) => {
  requireFields(input, 'endpoint', 'poolId', 'clientId', 'username', 'password');
  const trace = traceCognitoCalls();
  const storage = new MemoryStorage();
  const pool = new CognitoUserPool({ UserPoolId: input.poolId, ClientId: input.clientId, endpoint: input.endpoint, Storage: storage });

  const started = await signIn({ pool, storage, username: input.username, password: input.password });
  if (started.outcome !== 'mfaSetup') {
    return { outcome: started.outcome, error: started.error, calls: trace.take() };
  }

  const association = await associate(started.user);
  if (!association.secretCode) return { ...association, calls: trace.take() };

  const verified = await verify(started.user, totpCode(association.secretCode));
  const result = {
    outcome: verified.outcome,
    error: verified.error,
    secretCodeLength: association.secretCode.length,
    calls: trace.take(),
  };
  if (verified.outcome === 'signedIn') {
    result.tokens = await verifyCognitoTokens({
      endpoint: input.endpoint,
      poolId: input.poolId,
      clientId: input.clientId,
      accessToken: verified.session.getAccessToken().getJwtToken(),
      idToken: verified.session.getIdToken().getJwtToken(),
    });
  }
  return result;
});
