using System.Security.Cryptography;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Cognito;
using LocalCognito;

namespace CognitoMfaScenario.Tests.SignIn;

/// <summary>The SRP password sign-in over real HTTP against LocalCognito, which checks the proof as Cognito does.</summary>
public sealed class PasswordSrpSignInLocalTests
{
    private const string Password = "Srp-Pa55word!xyz";

    [Fact]
    public async Task The_right_password_leads_to_MFA_SETUP_and_a_wrong_one_is_refused()
    {
        await using var server = await LocalCognitoServer.StartAsync();
        using var client = new AmazonCognitoIdentityProviderClient(new BasicAWSCredentials(server.AccessKeyId, server.SecretAccessKey),
            new AmazonCognitoIdentityProviderConfig { ServiceURL = server.Endpoint.ToString(), AuthenticationRegion = server.Region });
        using var random = RandomNumberGenerator.Create();
        var target = new ScenarioTarget(TargetKind.Endpoint, server.UserPoolId, server.ClientId, null, server.Region, server.Endpoint, HasOutbox: true);
        var cognito = new CognitoWrapper(client, target);
        await cognito.SignUpAsync("srp-user", Password, "srp-user@example.com", CancellationToken.None);
        await cognito.AdminConfirmSignUpAsync("srp-user", CancellationToken.None);
        var signIn = new PasswordSrpSignIn(cognito, TimeProvider.System, random);

        var outcome = await signIn.SignInAsync("srp-user", Password, deviceKey: null, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() => signIn.SignInAsync("srp-user", "Wrong-Pa55word!", deviceKey: null, CancellationToken.None));

        Assert.Equal(ChallengeNameType.MFA_SETUP, outcome.ChallengeName);
        Assert.False(string.IsNullOrEmpty(outcome.Session));
        Assert.Equal(NotAuthorizedCause.WrongUsernameOrPassword, NotAuthorizedClassifier.Classify(refused));
    }
}
