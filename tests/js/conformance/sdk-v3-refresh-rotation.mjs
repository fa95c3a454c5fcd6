// The AWS SDK for JavaScript v3 drives refresh-token rotation end to end, in a pool of its own without MFA:
// CreateUserPoolClient with RefreshTokenRotation, a user with a permanent password, AdminInitiateAuth to tokens,
// then GetTokensFromRefreshToken (rotating, reusing the old token past a 0-second grace), REFRESH_TOKEN_AUTH on the
// rotating client, UpdateUserPoolClient turning rotation off, and RevokeToken ending the newest sign-in.
// stdin: {endpoint, region, accessKeyId, secretAccessKey, username, password}
// stdout: what each step returned (never tokens).
import {
  AdminCreateUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  InitiateAuthCommand,
  RevokeTokenCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { requireFields, runScript } from './lib/script-io.mjs';

async function outcome(promise) {
  try {
    const response = await promise;
    return { thrown: false, response };
  } catch (error) {
    return { thrown: true, name: error.name, message: error.message };
  }
}

const tokenShape = (result) => ({
  hasAccessToken: Boolean(result?.AccessToken),
  hasIdToken: Boolean(result?.IdToken),
  hasRefreshToken: Boolean(result?.RefreshToken),
});

runScript(async (input) => {
  requireFields(input, 'endpoint', 'region', 'accessKeyId', 'secretAccessKey', 'username', 'password');
  const client = new CognitoIdentityProviderClient({
    region: input.region,
    endpoint: input.endpoint,
    credentials: { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey },
    maxAttempts: 1,
  });
  const { username, password } = input;

  const pool = (await client.send(new CreateUserPoolCommand({ PoolName: 'rotation', MfaConfiguration: 'OFF' }))).UserPool;
  const created = (await client.send(new CreateUserPoolClientCommand({
    UserPoolId: pool.Id,
    ClientName: 'rotating',
    ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 },
  }))).UserPoolClient;
  const clientId = created.ClientId;
  await client.send(new AdminCreateUserCommand({ UserPoolId: pool.Id, Username: username, MessageAction: 'SUPPRESS' }));
  await client.send(new AdminSetUserPasswordCommand({ UserPoolId: pool.Id, Username: username, Password: password, Permanent: true }));
  const signIn = (await client.send(new AdminInitiateAuthCommand({
    UserPoolId: pool.Id,
    ClientId: clientId,
    AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password },
  }))).AuthenticationResult;

  const rotated = (await client.send(new GetTokensFromRefreshTokenCommand({ ClientId: clientId, RefreshToken: signIn.RefreshToken })))
    .AuthenticationResult;
  const rotatedUser = await client.send(new GetUserCommand({ AccessToken: rotated.AccessToken }));
  const reuse = await outcome(client.send(new GetTokensFromRefreshTokenCommand({ ClientId: clientId, RefreshToken: signIn.RefreshToken })));
  const refreshTokenAuth = await outcome(client.send(new InitiateAuthCommand({
    ClientId: clientId,
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    AuthParameters: { REFRESH_TOKEN: rotated.RefreshToken },
  })));

  const updated = (await client.send(new UpdateUserPoolClientCommand({
    UserPoolId: pool.Id,
    ClientId: clientId,
    ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    RefreshTokenRotation: { Feature: 'DISABLED' },
  }))).UserPoolClient;
  const plain = (await client.send(new GetTokensFromRefreshTokenCommand({ ClientId: clientId, RefreshToken: rotated.RefreshToken })))
    .AuthenticationResult;

  await client.send(new RevokeTokenCommand({ ClientId: clientId, Token: rotated.RefreshToken }));
  const afterRevoke = await outcome(client.send(new GetUserCommand({ AccessToken: plain.AccessToken })));
  const refreshAfterRevoke = await outcome(client.send(new GetTokensFromRefreshTokenCommand({ ClientId: clientId, RefreshToken: rotated.RefreshToken })));
  const described = (await client.send(new DescribeUserPoolClientCommand({ UserPoolId: pool.Id, ClientId: clientId }))).UserPoolClient;

  return {
    createdRotation: created.RefreshTokenRotation,
    createdEnableTokenRevocation: created.EnableTokenRevocation,
    signIn: tokenShape(signIn),
    rotated: { ...tokenShape(rotated), refreshTokenChanged: rotated.RefreshToken !== signIn.RefreshToken },
    rotatedUsername: rotatedUser.Username,
    reuse: { thrown: reuse.thrown, name: reuse.name },
    refreshTokenAuth: { thrown: refreshTokenAuth.thrown, name: refreshTokenAuth.name },
    updatedRotation: updated.RefreshTokenRotation,
    plain: tokenShape(plain),
    afterRevoke: { thrown: afterRevoke.thrown, name: afterRevoke.name, message: afterRevoke.message },
    refreshAfterRevoke: { thrown: refreshAfterRevoke.thrown, name: refreshAfterRevoke.name, message: refreshAfterRevoke.message },
    describedRotation: described.RefreshTokenRotation,
  };
});
