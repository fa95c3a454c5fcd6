// Creates a pool and an app client for a witness script through the AWS SDK for JavaScript v3 (signed admin calls).
// Every pool sends email through SES (LocalCognito's outbox stands in) and verifies email at sign-up.
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';

const SES = { EmailSendingAccount: 'DEVELOPER', SourceArn: 'arn:aws:ses:us-east-1:000000000000:identity/no-reply@example.com' };
const FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/**
 * settings: the CreateUserPool fields to add, plus
 *   MfaConfiguration / totp / email — the pool's MFA (SetUserPoolMfaConfig) when given;
 *   firstFactors — SignInPolicy.AllowedFirstAuthFactors.
 */
export async function createWitnessPool(connection, name, settings) {
  const { MfaConfiguration, totp, email, firstFactors, ...poolSettings } = settings;
  const admin = new CognitoIdentityProviderClient(connection);
  const { UserPool } = await admin.send(new CreateUserPoolCommand({
    PoolName: name,
    UserPoolTier: 'ESSENTIALS',
    AutoVerifiedAttributes: ['email'],
    EmailConfiguration: SES,
    ...(firstFactors ? { Policies: { SignInPolicy: { AllowedFirstAuthFactors: firstFactors } } } : {}),
    ...poolSettings,
  }));
  if (MfaConfiguration) {
    await admin.send(new SetUserPoolMfaConfigCommand({
      UserPoolId: UserPool.Id,
      MfaConfiguration,
      ...(totp ? { SoftwareTokenMfaConfiguration: { Enabled: true } } : {}),
      ...(email ? { EmailMfaConfiguration: { Subject: 'Sign-in code', Message: 'Your code: {####}' } } : {}),
    }));
  }
  const { UserPoolClient } = await admin.send(new CreateUserPoolClientCommand({
    UserPoolId: UserPool.Id,
    ClientName: 'app',
    ExplicitAuthFlows: FLOWS,
  }));
  return { poolId: UserPool.Id, clientId: UserPoolClient.ClientId };
}
