// amazon-cognito-identity-js signs in with USER_SRP_AUTH by an email instead of a user name, in two pools it
// creates: one with UsernameAttributes [email] (the library signs the user up with the email; Cognito names the user
// with a UUID, which the library must learn from USER_ID_FOR_SRP to compute the claim) and one with AliasAttributes
// [email] (a user name plus a verified email). Signed admin calls go through the AWS SDK for JavaScript v3.
// stdin: {endpoint, region, accessKeyId, secretAccessKey, suffix, password}
// stdout: {emailPool: {...}, aliasPool: {...}} — outcomes, user names and claims (no tokens or secrets).
import Cognito from 'amazon-cognito-identity-js';
import {
  AdminConfirmSignUpCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { requireFields, runScript } from './lib/script-io.mjs';
import { MemoryStorage } from './lib/memory-storage.mjs';
import { signIn } from './lib/library-sign-in.mjs';
import { traceCognitoCalls } from './lib/wire-trace.mjs';

const { CognitoUserAttribute, CognitoUserPool } = Cognito;

function claimsOf(jwt) {
  const claims = jwt.decodePayload();
  return { username: claims.username, cognitoUsername: claims['cognito:username'], email: claims.email, sub: claims.sub };
}

function librarySignUp(pool, username, password, email) {
  return new Promise((resolve) => {
    pool.signUp(username, password, [new CognitoUserAttribute({ Name: 'email', Value: email })], null, (error, result) =>
      resolve(error ? { error: { code: error.code ?? error.name, message: error.message } } : { userSub: result.userSub }));
  });
}

runScript(async (input) => {
  requireFields(input, 'endpoint', 'region', 'accessKeyId', 'secretAccessKey', 'suffix', 'password');
  const admin = new CognitoIdentityProviderClient({
    endpoint: input.endpoint,
    region: input.region,
    credentials: { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey },
  });
  const createPool = async (name, settings) => {
    const { UserPool } = await admin.send(new CreateUserPoolCommand({
      PoolName: `${name}-${input.suffix}`,
      AutoVerifiedAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      ...settings,
    }));
    const { UserPoolClient } = await admin.send(new CreateUserPoolClientCommand({
      UserPoolId: UserPool.Id,
      ClientName: 'app',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }));
    const storage = new MemoryStorage();
    const pool = new CognitoUserPool({ UserPoolId: UserPool.Id, ClientId: UserPoolClient.ClientId, endpoint: input.endpoint, Storage: storage });
    return { poolId: UserPool.Id, pool, storage };
  };
  const trace = traceCognitoCalls();

  // Email as the user name.
  const emailPool = await createPool('js-email-username', { UsernameAttributes: ['email'] });
  const email = `ann-${input.suffix}@example.com`;
  const notEmail = await librarySignUp(emailPool.pool, `ann-${input.suffix}`, input.password, email);
  const signedUp = await librarySignUp(emailPool.pool, email, input.password, email);
  await admin.send(new AdminConfirmSignUpCommand({ UserPoolId: emailPool.poolId, Username: email }));
  const stored = await admin.send(new AdminGetUserCommand({ UserPoolId: emailPool.poolId, Username: email }));
  const emailSignIn = await signIn({ pool: emailPool.pool, storage: emailPool.storage, username: email.toUpperCase(), password: input.password });
  const emailCalls = trace.take();

  // A user name with a verified email alias.
  const aliasPool = await createPool('js-email-alias', { AliasAttributes: ['email'] });
  const aliasUser = `bob-${input.suffix}`;
  const aliasEmail = `bob-${input.suffix}@example.com`;
  const emailAsName = await librarySignUp(aliasPool.pool, aliasEmail, input.password, aliasEmail);
  await librarySignUp(aliasPool.pool, aliasUser, input.password, aliasEmail);
  await admin.send(new AdminConfirmSignUpCommand({ UserPoolId: aliasPool.poolId, Username: aliasUser }));
  const unverified = await signIn({ pool: aliasPool.pool, storage: aliasPool.storage, username: aliasEmail, password: input.password });
  await admin.send(new AdminUpdateUserAttributesCommand({
    UserPoolId: aliasPool.poolId,
    Username: aliasUser,
    UserAttributes: [{ Name: 'email_verified', Value: 'true' }],
  }));
  const aliasSignIn = await signIn({ pool: aliasPool.pool, storage: aliasPool.storage, username: aliasEmail, password: input.password });
  trace.take();

  return {
    emailPool: {
      notEmailError: notEmail.error,
      userSub: signedUp.userSub,
      storedUsername: stored.Username,
      outcome: emailSignIn.outcome,
      error: emailSignIn.error,
      claims: emailSignIn.session ? claimsOf(emailSignIn.session.getIdToken()) : null,
      accessUsername: emailSignIn.session ? claimsOf(emailSignIn.session.getAccessToken()).username : null,
      calls: emailCalls,
    },
    aliasPool: {
      emailAsNameError: emailAsName.error,
      unverifiedOutcome: unverified.outcome,
      unverifiedError: unverified.error,
      outcome: aliasSignIn.outcome,
      error: aliasSignIn.error,
      claims: aliasSignIn.session ? claimsOf(aliasSignIn.session.getIdToken()) : null,
    },
  };
});
