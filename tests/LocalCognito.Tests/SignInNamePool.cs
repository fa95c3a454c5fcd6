using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoSrp;

namespace LocalCognito.Tests;

/// <summary>
/// A pool without MFA whose users sign in with an email / phone number (UsernameAttributes) or an alias
/// (AliasAttributes), auto-verifying email, with a LEGACY client (so unknown names answer UserNotFoundException)
/// allowing password, SRP and admin sign-in.
/// </summary>
public sealed record SignInNamePool(TestServer T, string PoolId, string ClientId)
{
    public static async Task<SignInNamePool> CreateAsync(TestServer t, List<string>? usernameAttributes = null, List<string>? aliasAttributes = null,
        bool caseSensitive = false, bool verifyBeforeUpdate = false)
    {
        var request = new CreateUserPoolRequest
        {
            PoolName = "sign-in-names",
            AutoVerifiedAttributes = [VerifiedAttributeType.Email],
            UsernameConfiguration = new UsernameConfigurationType { CaseSensitive = caseSensitive },
            UsernameAttributes = usernameAttributes,
            AliasAttributes = aliasAttributes,
        };
        if (verifyBeforeUpdate)
        {
            request.UserAttributeUpdateSettings = new UserAttributeUpdateSettingsType { AttributesRequireVerificationBeforeUpdate = [VerifiedAttributeType.Email] };
        }

        var pool = (await t.Client.CreateUserPoolAsync(request)).UserPool;
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = pool.Id,
            ClientName = "app",
            ExplicitAuthFlows =
            [
                ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
            ],
            PreventUserExistenceErrors = PreventUserExistenceErrorTypes.LEGACY,
        })).UserPoolClient;
        return new SignInNamePool(t, pool.Id, client.ClientId);
    }

    public async Task<SignUpResponse> SignUpAsync(string username, params (string Name, string Value)[] attributes) =>
        await T.Client.SignUpAsync(new SignUpRequest
        {
            ClientId = ClientId,
            Username = username,
            Password = TestServer.Password,
            UserAttributes = attributes.Select(attribute => new AttributeType { Name = attribute.Name, Value = attribute.Value }).ToList(),
        });

    /// <summary>Signs up and confirms with the emailed code; returns the user name the pool gave the user.</summary>
    public async Task<string> SignUpConfirmedAsync(string username, params (string Name, string Value)[] attributes)
    {
        var signUp = await SignUpAsync(username, attributes);
        var stored = await UsernameOfAsync(username);
        await T.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest { ClientId = ClientId, Username = username, ConfirmationCode = T.LatestCode(stored) });
        Assert.False(string.IsNullOrEmpty(signUp.UserSub));
        return stored;
    }

    public async Task<string> UsernameOfAsync(string name) =>
        (await T.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = PoolId, Username = name })).Username;

    public async Task<Dictionary<string, string>> AttributesAsync(string name) =>
        (await T.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = PoolId, Username = name }))
        .UserAttributes.ToDictionary(attribute => attribute.Name, attribute => attribute.Value);

    public async Task<AuthenticationResultType> SignInAsync(string name) =>
        (await T.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = name, ["PASSWORD"] = TestServer.Password },
        })).AuthenticationResult;

    /// <summary>USER_SRP_AUTH as a client library does it: the claim is computed for USER_ID_FOR_SRP and answered with that name.</summary>
    public async Task<(string UserIdForSrp, AuthenticationResultType Tokens)> SrpSignInAsync(string name)
    {
        var srp = new SrpClient();
        var start = await T.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = ClientId,
            AuthFlow = AuthFlowType.USER_SRP_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = name, ["SRP_A"] = srp.SrpAHex },
        });
        var p = start.ChallengeParameters;
        var timestamp = SrpTimestamp.Format(T.Time.GetUtcNow());
        var signature = srp.ComputeClaimSignature(PoolId.Split('_')[1], p["USER_ID_FOR_SRP"], TestServer.Password, p["SALT"], p["SRP_B"],
            p["SECRET_BLOCK"], timestamp);
        var done = await T.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = ClientId,
            ChallengeName = ChallengeNameType.PASSWORD_VERIFIER,
            Session = start.Session,
            ChallengeResponses = new Dictionary<string, string>
            {
                ["USERNAME"] = p["USER_ID_FOR_SRP"],
                ["PASSWORD_CLAIM_SECRET_BLOCK"] = p["SECRET_BLOCK"],
                ["PASSWORD_CLAIM_SIGNATURE"] = signature,
                ["TIMESTAMP"] = timestamp,
            },
        });
        return (p["USER_ID_FOR_SRP"], done.AuthenticationResult);
    }

    public async Task<UpdateUserAttributesResponse> UpdateAsync(string accessToken, string name, string value) =>
        await T.Client.UpdateUserAttributesAsync(new UpdateUserAttributesRequest
        {
            AccessToken = accessToken,
            UserAttributes = [new AttributeType { Name = name, Value = value }],
        });

    public async Task VerifyEmailAsync(string accessToken, string username) =>
        await T.Client.VerifyUserAttributeAsync(new VerifyUserAttributeRequest
        {
            AccessToken = accessToken,
            AttributeName = "email",
            Code = T.LatestCode(username),
        });
}
