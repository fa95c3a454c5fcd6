// Verifies an access token and id token against the pool's JWKS with jose (an independent JWT library).
// stdin: {endpoint, poolId, clientId, accessToken, idToken}   stdout: verified headers and claims.
import { requireFields, runScript } from './lib/script-io.mjs';
import { verifyCognitoTokens } from './lib/cognito-tokens.mjs';

runScript(async (input) => {
  requireFields(input, 'endpoint', 'poolId', 'clientId', 'accessToken', 'idToken');
  return verifyCognitoTokens(input);
});
