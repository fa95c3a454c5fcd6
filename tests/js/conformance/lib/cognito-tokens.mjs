// Verifies Cognito tokens the way a resource server would: keys from the pool's JWKS, issuer from the
// pool's OpenID discovery document, RS256 only. Returns the verified headers and claims (not the tokens).
import { createRemoteJWKSet, jwtVerify } from 'jose';

const REPORTED_CLAIMS = [
  'iss', 'sub', 'token_use', 'client_id', 'aud', 'username', 'cognito:username', 'scope',
  'auth_time', 'iat', 'exp', 'jti', 'origin_jti', 'event_id', 'device_key', 'email', 'email_verified',
];

function summarize(verified) {
  const claims = {};
  for (const name of REPORTED_CLAIMS) {
    if (verified.payload[name] !== undefined) claims[name] = verified.payload[name];
  }
  return {
    header: { alg: verified.protectedHeader.alg, kid: verified.protectedHeader.kid, typ: verified.protectedHeader.typ },
    claimNames: Object.keys(verified.payload).sort(),
    claims,
    lifetimeSeconds: verified.payload.exp - verified.payload.iat,
  };
}

/** Same header and signature, payload changed: a verifier must reject it. */
function tamperPayload(token) {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  claims.username = `${claims.username ?? claims['cognito:username'] ?? ''}-tampered`;
  claims.scope = 'aws.cognito.signin.user.admin admin';
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

async function rejection(promise) {
  try {
    await promise;
    return { rejected: false };
  } catch (error) {
    return { rejected: true, code: error.code ?? error.name };
  }
}

export async function verifyCognitoTokens({ endpoint, poolId, clientId, accessToken, idToken }) {
  const poolBase = new URL(`${poolId}/`, endpoint);
  const discoveryUrl = new URL('.well-known/openid-configuration', poolBase);
  const discoveryResponse = await fetch(discoveryUrl);
  if (!discoveryResponse.ok) throw new Error(`GET ${discoveryUrl} answered ${discoveryResponse.status}`);
  const discovery = await discoveryResponse.json();

  const jwksUrl = new URL('.well-known/jwks.json', poolBase);
  const jwks = createRemoteJWKSet(jwksUrl);
  const common = { issuer: discovery.issuer, algorithms: ['RS256'] };

  const access = await jwtVerify(accessToken, jwks, common);
  const id = await jwtVerify(idToken, jwks, { ...common, audience: clientId });

  return {
    discovery: { issuer: discovery.issuer, jwks_uri: discovery.jwks_uri },
    access: summarize(access),
    id: summarize(id),
    tamperedAccessToken: await rejection(jwtVerify(tamperPayload(accessToken), jwks, common)),
    // An access token is not an id token for this client: no aud claim, so audience checks must fail.
    accessTokenAsIdToken: await rejection(jwtVerify(accessToken, jwks, { ...common, audience: clientId })),
  };
}
