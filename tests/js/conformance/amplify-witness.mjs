// AWS Amplify JS v6 (aws-amplify, the library most Cognito web and mobile apps use) against LocalCognito, in one
// node process to keep the test fast. It creates its own pools through the AWS SDK for JavaScript v3 and runs:
//   totp:   sign-up + confirm, SRP sign-in with TOTP set-up, device remembering (the next sign-in skips MFA through
//           device SRP), refresh with forceRefresh, global sign-out (the old tokens are refused afterwards);
//   email:  USER_AUTH with an EMAIL_OTP first factor, email MFA turned on by the user, then SRP + email code and
//           USER_AUTH with PASSWORD_SRP + email code;
//   emailUsername: a pool with UsernameAttributes [email] (Cognito names the user, Amplify signs in by email);
//   alias:  a pool with AliasAttributes [email] (a verified email signs in a user who has a user name).
// Codes come from LocalCognito's outbox (GET /_local/outbox); TOTP codes are computed here.
// stdin: {endpoint, region, accessKeyId, secretAccessKey, suffix, password}
// stdout: {totp, email, emailUsername, alias} — steps, user names and traced calls (no tokens, codes or secrets).
import { Amplify } from 'aws-amplify';
import {
  autoSignIn,
  confirmSignIn,
  confirmSignUp,
  fetchAuthSession,
  fetchDevices,
  fetchMFAPreference,
  getCurrentUser,
  rememberDevice,
  signIn,
  signOut,
  signUp,
  updateMFAPreference,
} from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { requireFields, runScript } from './lib/script-io.mjs';
import { totpCode } from './lib/totp.mjs';
import { traceCognitoCalls } from './lib/wire-trace.mjs';
import { createWitnessPool } from './lib/admin-pools.mjs';

// Without a navigator Amplify decides it is not on a device and silently skips ConfirmDevice.
globalThis.navigator ??= { userAgent: 'node conformance witness' };

/** Amplify's key-value storage (localStorage in a browser), in memory. */
class MemoryKeyValueStorage {
  #items = new Map();
  async setItem(key, value) { this.#items.set(key, value); }
  async getItem(key) { return this.#items.get(key) ?? null; }
  async removeItem(key) { this.#items.delete(key); }
  async clear() { this.#items.clear(); }
}
cognitoUserPoolsTokenProvider.setKeyValueStorage(new MemoryKeyValueStorage());

function configure(endpoint, pool) {
  Amplify.configure({
    Auth: { Cognito: { userPoolId: pool.poolId, userPoolClientId: pool.clientId, userPoolEndpoint: endpoint.replace(/\/$/u, '') } },
  });
}

/** Runs an Amplify call and reports its next step (or its error) instead of throwing. */
async function step(call) {
  try {
    const result = await call();
    return { nextStep: result?.nextStep?.signInStep ?? result?.nextStep?.signUpStep, result };
  } catch (error) {
    return { error: { name: error.name, message: error.message } };
  }
}

const brief = ({ nextStep, error }) => (error ? { error } : { nextStep });

async function outboxCode(endpoint, poolId) {
  const url = new URL(`_local/outbox?poolId=${encodeURIComponent(poolId)}`, endpoint);
  const messages = await (await fetch(url)).json();
  return messages.at(-1)?.code;
}

function claimsOf(session) {
  const access = session.tokens?.accessToken?.payload ?? {};
  const id = session.tokens?.idToken?.payload ?? {};
  return { accessUsername: access.username, cognitoUsername: id['cognito:username'], sub: id.sub, email: id.email, deviceKey: access.device_key, jti: access.jti };
}

/** GetUser with an access token, straight over the wire: how a revoked token is seen. */
async function getUserWith(endpoint, accessToken) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser' },
    body: JSON.stringify({ AccessToken: accessToken }),
  });
  const reply = await response.json();
  return { status: response.status, error: reply.__type ? { type: String(reply.__type).split('#').pop(), message: reply.message } : undefined };
}

async function totpScenario(input, admin, trace) {
  const pool = await createWitnessPool(admin, `amplify-totp-${input.suffix}`, {
    MfaConfiguration: 'ON',
    totp: true,
    DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
  });
  configure(input.endpoint, pool);
  const username = `amy-${input.suffix}`;
  const seen = {};

  const signedUp = await step(() => signUp({ username, password: input.password, options: { userAttributes: { email: `${username}@example.com` } } }));
  seen.signUp = { ...brief(signedUp), userIdIsSet: Boolean(signedUp.result?.userId) };
  seen.confirmSignUp = brief(await step(async () => confirmSignUp({ username, confirmationCode: await outboxCode(input.endpoint, pool.poolId) })));
  trace.take();

  const first = await step(() => signIn({ username, password: input.password }));
  seen.signIn = brief(first);
  const secret = first.result?.nextStep?.totpSetupDetails?.sharedSecret;
  seen.sharedSecretLength = secret?.length ?? 0;
  seen.confirmTotp = secret ? brief(await step(() => confirmSignIn({ challengeResponse: totpCode(secret) }))) : null;
  seen.remembered = brief(await step(() => rememberDevice()));
  const devices = await fetchDevices().catch(() => []);
  const signedInSession = await fetchAuthSession();
  seen.firstClaims = claimsOf(signedInSession);
  seen.deviceListed = devices.some((device) => device.id === seen.firstClaims.deviceKey);
  seen.mfaPreference = await fetchMFAPreference().catch((error) => ({ error: error.name }));
  seen.firstCalls = trace.take();

  await signOut();
  seen.afterSignOutCalls = trace.take();
  seen.secondSignIn = brief(await step(() => signIn({ username, password: input.password })));
  const second = await fetchAuthSession();
  seen.secondClaims = claimsOf(second);
  seen.secondCalls = trace.take();

  const refreshed = await fetchAuthSession({ forceRefresh: true });
  seen.refreshedClaims = claimsOf(refreshed);
  seen.refreshCalls = trace.take();

  const oldAccessToken = refreshed.tokens.accessToken.toString();
  await signOut({ global: true });
  seen.globalSignOutCalls = trace.take();
  seen.oldTokenAfterGlobalSignOut = await getUserWith(input.endpoint, oldAccessToken);
  seen.currentUserAfterSignOut = await getCurrentUser().then(() => 'signedIn', (error) => error.name);
  return seen;
}

async function emailScenario(input, admin, trace) {
  const pool = await createWitnessPool(admin, `amplify-email-${input.suffix}`, {
    MfaConfiguration: 'OPTIONAL',
    totp: true,
    email: true,
    firstFactors: ['PASSWORD', 'EMAIL_OTP'],
  });
  configure(input.endpoint, pool);
  const username = `eve-${input.suffix}`;
  const codeNow = () => outboxCode(input.endpoint, pool.poolId);
  const seen = {};

  await signUp({ username, password: input.password, options: { userAttributes: { email: `${username}@example.com` } } });
  await confirmSignUp({ username, confirmationCode: await codeNow() });
  trace.take();

  seen.userAuthEmail = brief(await step(() => signIn({ username, options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' } })));
  seen.userAuthEmailConfirm = brief(await step(async () => confirmSignIn({ challengeResponse: await codeNow() })));
  seen.userAuthEmailCalls = trace.take();

  seen.enableEmailMfa = await updateMFAPreference({ email: 'PREFERRED' }).then(() => 'ok', (error) => error.name);
  seen.mfaPreference = await fetchMFAPreference().catch((error) => ({ error: error.name }));
  await signOut();
  trace.take();

  seen.srpSignIn = brief(await step(() => signIn({ username, password: input.password })));
  seen.srpEmailCode = brief(await step(async () => confirmSignIn({ challengeResponse: await codeNow() })));
  seen.srpCalls = trace.take();
  await signOut();
  trace.take();

  seen.userAuthSrp = brief(await step(() => signIn({ username, password: input.password, options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD_SRP' } })));
  seen.userAuthSrpEmailCode = brief(await step(async () => confirmSignIn({ challengeResponse: await codeNow() })));
  seen.userAuthSrpCalls = trace.take();
  await signOut();
  trace.take();

  // Passwordless sign-up: no password, then ConfirmSignUp's session signs the user in (Amplify's autoSignIn).
  const newcomer = `ned-${input.suffix}`;
  seen.passwordlessSignUp = brief(await step(() => signUp({
    username: newcomer,
    options: { userAttributes: { email: `${newcomer}@example.com` }, autoSignIn: { authFlowType: 'USER_AUTH' } },
  })));
  seen.passwordlessConfirm = brief(await step(async () => confirmSignUp({ username: newcomer, confirmationCode: await codeNow() })));
  seen.autoSignIn = brief(await step(() => autoSignIn()));
  seen.autoSignInUser = await getCurrentUser().then(({ username: name }) => name, (error) => error.name);
  seen.passwordlessCalls = trace.take();
  await signOut();
  trace.take();
  return seen;
}

async function emailUsernameScenario(input, admin, trace) {
  const pool = await createWitnessPool(admin, `amplify-email-name-${input.suffix}`, { UsernameAttributes: ['email'] });
  configure(input.endpoint, pool);
  const email = `fay-${input.suffix}@example.com`;
  const seen = {};
  seen.notAnEmail = brief(await step(() => signUp({ username: `fay-${input.suffix}`, password: input.password, options: { userAttributes: { email } } })));
  const signedUp = await step(() => signUp({ username: email, password: input.password, options: { userAttributes: { email } } }));
  seen.signUp = brief(signedUp);
  seen.userId = signedUp.result?.userId;
  seen.confirmSignUp = brief(await step(async () => confirmSignUp({ username: email, confirmationCode: await outboxCode(input.endpoint, pool.poolId) })));
  seen.signIn = brief(await step(() => signIn({ username: email, password: input.password })));
  seen.currentUser = await getCurrentUser().then(({ username, userId }) => ({ username, userId }), (error) => ({ error: error.name }));
  seen.claims = claimsOf(await fetchAuthSession());
  seen.calls = trace.take().filter((call) => call.operation !== 'SignUp' && call.operation !== 'ConfirmSignUp');
  await signOut();
  trace.take();
  return seen;
}

async function aliasScenario(input, admin, trace) {
  const pool = await createWitnessPool(admin, `amplify-alias-${input.suffix}`, { AliasAttributes: ['email'] });
  configure(input.endpoint, pool);
  const username = `gus-${input.suffix}`;
  const email = `${username}@example.com`;
  const seen = {};
  seen.emailAsName = brief(await step(() => signUp({ username: email, password: input.password, options: { userAttributes: { email } } })));
  await signUp({ username, password: input.password, options: { userAttributes: { email } } });
  seen.confirmSignUp = brief(await step(async () => confirmSignUp({ username, confirmationCode: await outboxCode(input.endpoint, pool.poolId) })));
  seen.signIn = brief(await step(() => signIn({ username: email, password: input.password })));
  seen.currentUser = await getCurrentUser().then(({ username: name }) => ({ username: name }), (error) => ({ error: error.name }));
  seen.claims = claimsOf(await fetchAuthSession());
  await signOut();
  trace.take();
  return seen;
}

runScript(async (input) => {
  requireFields(input, 'endpoint', 'region', 'accessKeyId', 'secretAccessKey', 'suffix', 'password');
  const admin = { endpoint: input.endpoint, region: input.region, credentials: { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey } };
  const trace = traceCognitoCalls();
  return {
    totp: await totpScenario(input, admin, trace),
    email: await emailScenario(input, admin, trace),
    emailUsername: await emailUsernameScenario(input, admin, trace),
    alias: await aliasScenario(input, admin, trace),
  };
}, { exitWhenDone: true });
