// The AWS SDK for JavaScript v3, a third independent wire client: sign-up, confirm with the outbox code,
// USER_PASSWORD_AUTH to the MFA_SETUP challenge, then associate + verify a software token (TOTP computed
// here) and complete MFA_SETUP to tokens. Also a duplicate sign-up, to see how the SDK parses the error.
// stdin: {endpoint, region, accessKeyId, secretAccessKey, poolId, clientId, username, password, email}
// stdout: what each step returned (no tokens, sessions or secrets).
import {
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SignUpCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { requireFields, runScript } from './lib/script-io.mjs';
import { totpCode } from './lib/totp.mjs';
import { verifyCognitoTokens } from './lib/cognito-tokens.mjs';

async function serviceError(promise) {
  try {
    await promise;
    return { thrown: false };
  } catch (error) {
    return {
      thrown: true,
      name: error.name,
      message: error.message,
      fault: error.$fault,
      httpStatusCode: error.$metadata?.httpStatusCode,
      hasRequestId: Boolean(error.$metadata?.requestId),
    };
  }
}

async function latestOutboxCode(endpoint, username) {
  const url = new URL(`_local/outbox?username=${encodeURIComponent(username)}`, endpoint);
  const messages = await (await fetch(url)).json();
  const code = messages.at(-1)?.code;
  if (!code) throw new Error(`no confirmation code in ${url}`);
  return code;
}

runScript(async (input) => {
  requireFields(input, 'endpoint', 'region', 'accessKeyId', 'secretAccessKey', 'poolId', 'clientId', 'username', 'password', 'email');
  const client = new CognitoIdentityProviderClient({
    region: input.region,
    endpoint: input.endpoint,
    credentials: { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey },
    maxAttempts: 1,
  });
  const { clientId, username, password } = input;
  const signUpRequest = {
    ClientId: clientId,
    Username: username,
    Password: password,
    UserAttributes: [{ Name: 'email', Value: input.email }],
  };

  const signUp = await client.send(new SignUpCommand(signUpRequest));
  const duplicateSignUp = await serviceError(client.send(new SignUpCommand(signUpRequest)));

  await client.send(new ConfirmSignUpCommand({
    ClientId: clientId,
    Username: username,
    ConfirmationCode: await latestOutboxCode(input.endpoint, username),
  }));

  const initiate = await client.send(new InitiateAuthCommand({
    ClientId: clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password },
  }));

  const association = await client.send(new AssociateSoftwareTokenCommand({ Session: initiate.Session }));
  const verification = await client.send(new VerifySoftwareTokenCommand({
    Session: association.Session,
    UserCode: totpCode(association.SecretCode),
  }));
  const completion = await client.send(new RespondToAuthChallengeCommand({
    ClientId: clientId,
    ChallengeName: 'MFA_SETUP',
    Session: verification.Session,
    ChallengeResponses: { USERNAME: username },
  }));
  const result = completion.AuthenticationResult;

  return {
    signUp: {
      userConfirmed: signUp.UserConfirmed,
      userSub: signUp.UserSub,
      codeDeliveryDetails: signUp.CodeDeliveryDetails,
      hasRequestId: Boolean(signUp.$metadata.requestId),
    },
    duplicateSignUp,
    initiateAuth: {
      challengeName: initiate.ChallengeName,
      challengeParameters: initiate.ChallengeParameters,
      hasSession: Boolean(initiate.Session),
    },
    associateSoftwareToken: {
      secretCodeLength: association.SecretCode?.length ?? 0,
      secretCodeIsBase32: /^[A-Z2-7]+=*$/u.test(association.SecretCode ?? ''),
      hasSession: Boolean(association.Session),
    },
    verifySoftwareToken: { status: verification.Status, hasSession: Boolean(verification.Session) },
    mfaSetupCompleted: {
      challengeName: completion.ChallengeName,
      expiresIn: result?.ExpiresIn,
      tokenType: result?.TokenType,
      hasRefreshToken: Boolean(result?.RefreshToken),
      tokens: result
        ? await verifyCognitoTokens({
          endpoint: input.endpoint,
          poolId: input.poolId,
          clientId,
          accessToken: result.AccessToken,
          idToken: result.IdToken,
        })
        : undefined,
    },
  };
});
