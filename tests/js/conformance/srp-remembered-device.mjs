// amazon-cognito-identity-js, an SRP implementation no one here wrote, against LocalCognito:
//   1. USER_SRP_AUTH -> SOFTWARE_TOKEN_MFA answered with totpCode -> tokens + NewDeviceMetadata; the library
//      confirms the device with its own verifier (ConfirmDevice) and remembers it in its storage;
//   2. a second sign-in from the same storage must finish through DEVICE_SRP_AUTH / DEVICE_PASSWORD_VERIFIER
//      without asking for an MFA code; ListDevices shows the device; REFRESH_TOKEN_AUTH (with the
//      remembered DEVICE_KEY) gives new tokens;
//   3. a USER_PASSWORD_AUTH sign-in from the same storage goes straight to DEVICE_SRP_AUTH.
// stdin: {endpoint, poolId, clientId, username, password, totpCode}
// stdout: for each sign-in its outcome, the Cognito calls made, and the verified token claims.
import Cognito from 'amazon-cognito-identity-js';
import { requireFields, runScript } from './lib/script-io.mjs';
import { MemoryStorage } from './lib/memory-storage.mjs';
import { listDeviceKeys, refreshSession, rememberedDeviceKey, signIn } from './lib/library-sign-in.mjs';
import { traceCognitoCalls } from './lib/wire-trace.mjs';
import { verifyCognitoTokens } from './lib/cognito-tokens.mjs';

const { CognitoUserPool } = Cognito;

async function report(result, calls, input) {
  const observed = {
    outcome: result.outcome,
    error: result.error,
    userConfirmationNecessary: result.userConfirmationNecessary,
    calls,
  };
  if (result.outcome === 'signedIn') {
    observed.tokens = await verifyCognitoTokens({
      endpoint: input.endpoint,
      poolId: input.poolId,
      clientId: input.clientId,
      accessToken: result.session.getAccessToken().getJwtToken(),
      idToken: result.session.getIdToken().getJwtToken(),
    });
  }
  return observed;
}

function rememberDevice(user) {
  return new Promise((resolve) => {
    user.setDeviceStatusRemembered({
      onSuccess: () => resolve({ remembered: true }),
      onFailure: (error) => resolve({ remembered: false, error: { code: error.code ?? error.name, message: error.message } }),
    });
  });
}

runScript(async (input) => {
  requireFields(input, 'endpoint', 'poolId', 'clientId', 'username', 'password', 'totpCode');
  const trace = traceCognitoCalls();
  const storage = new MemoryStorage();
  const pool = new CognitoUserPool({
    UserPoolId: input.poolId,
    ClientId: input.clientId,
    endpoint: input.endpoint,
    Storage: storage,
  });

  const first = await signIn({ pool, storage, username: input.username, password: input.password, totpCode: input.totpCode });
  // A pool that remembers devices only on the user's word answers UserConfirmationNecessary: say yes.
  const rememberStatus = first.outcome === 'signedIn' && first.userConfirmationNecessary ? await rememberDevice(first.user) : undefined;
  const firstSignIn = { ...(await report(first, trace.take(), input)), rememberStatus, rememberedDeviceKey: rememberedDeviceKey(storage) };

  if (first.outcome !== 'signedIn') return { firstSignIn };

  // Same storage, new CognitoUser: the library finds the remembered device and must not need a code.
  const second = await signIn({ pool, storage, username: input.username, password: input.password });
  const secondSignIn = await report(second, trace.take(), input);
  if (second.outcome !== 'signedIn') return { firstSignIn, secondSignIn };

  const listedDevices = await listDeviceKeys(second.user);
  trace.take();
  const refreshed = await report(await refreshSession(second.user, second.session), trace.take(), input);

  const passwordSignIn = await report(
    await signIn({ pool, storage, username: input.username, password: input.password, authFlow: 'USER_PASSWORD_AUTH' }),
    trace.take(),
    input);
  return { firstSignIn, secondSignIn, listedDevices, refreshed, passwordSignIn };
});
