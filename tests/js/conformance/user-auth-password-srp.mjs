// Choice-based sign-in (USER_AUTH) answered with PASSWORD_SRP, the SRP half done by amazon-cognito-identity-js's
// AuthenticationHelper (an implementation no one here wrote) over the AWS SDK for JavaScript v3: InitiateAuth
// USER_AUTH -> SELECT_CHALLENGE, ANSWER=PASSWORD_SRP with the library's SRP_A -> PASSWORD_VERIFIER, the claim signed
// with the library's HKDF key -> the next step (tokens, or the MFA challenge the pool requires).
// Sets up its own pool (ESSENTIALS, PASSWORD first factor, MFA off) and a confirmed user with signed admin calls.
// stdin: {endpoint, region, accessKeyId, secretAccessKey, username, password}
// stdout: {availableChallenges, afterSelect, afterVerifier, hasTokens} (no tokens, sessions or secrets).
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import {
  AdminConfirmSignUpCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { requireFields, runScript } from './lib/script-io.mjs';

const require = createRequire(import.meta.url);
const cognito = require('amazon-cognito-identity-js');
const LibBigInteger = require('amazon-cognito-identity-js/lib/BigInteger.js').default;

function call(start) {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}

runScript(async (input) => {
  requireFields(input, 'endpoint', 'region', 'accessKeyId', 'secretAccessKey', 'username', 'password');
  const client = new CognitoIdentityProviderClient({
    endpoint: input.endpoint,
    region: input.region,
    credentials: { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey },
  });
  const { UserPool } = await client.send(new CreateUserPoolCommand({
    PoolName: 'js-user-auth',
    UserPoolTier: 'ESSENTIALS',
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] } },
  }));
  const { UserPoolClient } = await client.send(new CreateUserPoolClientCommand({
    UserPoolId: UserPool.Id,
    ClientName: 'app',
    ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  }));
  input.poolId = UserPool.Id;
  input.clientId = UserPoolClient.ClientId;
  await client.send(new SignUpCommand({ ClientId: input.clientId, Username: input.username, Password: input.password }));
  await client.send(new AdminConfirmSignUpCommand({ UserPoolId: input.poolId, Username: input.username }));
  const realm = input.poolId.split('_')[1];
  const helper = new cognito.AuthenticationHelper(realm);
  const largeA = await call((done) => helper.getLargeAValue(done));

  const select = await client.send(new InitiateAuthCommand({
    ClientId: input.clientId,
    AuthFlow: 'USER_AUTH',
    AuthParameters: { USERNAME: input.username },
  }));
  const verifier = await client.send(new RespondToAuthChallengeCommand({
    ClientId: input.clientId,
    ChallengeName: 'SELECT_CHALLENGE',
    Session: select.Session,
    ChallengeResponses: { USERNAME: input.username, ANSWER: 'PASSWORD_SRP', SRP_A: largeA.toString(16) },
  }));
  const p = verifier.ChallengeParameters;
  const key = await call((done) => helper.getPasswordAuthenticationKey(
    p.USER_ID_FOR_SRP, input.password, new LibBigInteger(p.SRP_B, 16), new LibBigInteger(p.SALT, 16), done));
  const timestamp = new cognito.DateHelper().getNowString();
  const message = Buffer.concat([
    Buffer.from(realm, 'utf8'),
    Buffer.from(p.USER_ID_FOR_SRP, 'utf8'),
    Buffer.from(p.SECRET_BLOCK, 'base64'),
    Buffer.from(timestamp, 'utf8'),
  ]);
  const signature = createHmac('sha256', Buffer.from(key)).update(message).digest('base64');
  const next = await client.send(new RespondToAuthChallengeCommand({
    ClientId: input.clientId,
    ChallengeName: 'PASSWORD_VERIFIER',
    Session: verifier.Session,
    ChallengeResponses: {
      USERNAME: p.USER_ID_FOR_SRP,
      PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK,
      PASSWORD_CLAIM_SIGNATURE: signature,
      TIMESTAMP: timestamp,
    },
  }));
  return {
    selectChallenge: select.ChallengeName,
    availableChallenges: select.AvailableChallenges ?? [],
    afterSelect: verifier.ChallengeName,
    afterVerifier: next.ChallengeName ?? null,
    hasTokens: Boolean(next.AuthenticationResult?.AccessToken),
  };
});
