using System.Globalization;
using System.Security.Cryptography;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>Sign-up and confirmation errors as the AWS CLI reports them (code and message).</summary>
public sealed class AwsCliSignUpErrorTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Signing_up_an_existing_username_is_UsernameExistsException()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-dup");
        await cognito.Users.CreateUnconfirmedAsync(user);

        (await SignUpAsync(aws, cognito.ClientId, user.Username, user.Password, user.Email))
            .ShouldFailWith("UsernameExistsException", "User already exists");
    }

    [Fact]
    public async Task Usernames_are_case_insensitive_in_the_default_pool()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-case");
        await cognito.Users.CreateUnconfirmedAsync(user);

        (await SignUpAsync(aws, cognito.ClientId, user.Username.ToUpperInvariant(), user.Password, user.Email))
            .ShouldFailWith("UsernameExistsException", "User already exists");
    }

    // Throwaway strings that each break exactly one rule of the default policy.
    [Theory]
    [InlineData("Ab1!xyz", "Password not long enough")]
    [InlineData("lowercase1!", "Password must have uppercase characters")]
    [InlineData("UPPERCASE1!", "Password must have lowercase characters")]
    [InlineData("NoDigits!!x", "Password must have numeric characters")]
    [InlineData("NoSymbols123", "Password must have symbol characters")]
    public async Task A_password_against_the_policy_is_InvalidPasswordException(string password, string reason)
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-weak");

        (await SignUpAsync(aws, cognito.ClientId, user.Username, password, user.Email))
            .ShouldFailWith("InvalidPasswordException", $"Password did not conform with policy: {reason}");
    }

    [Fact]
    public async Task Signing_up_with_an_unknown_client_is_ResourceNotFoundException()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-noclient");
        var unknownClientId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(13));

        (await SignUpAsync(aws, unknownClientId, user.Username, user.Password, user.Email))
            .ShouldFailWith("ResourceNotFoundException", $"User pool client {unknownClientId} does not exist.");
    }

    [Fact]
    public async Task A_wrong_confirmation_code_is_CodeMismatchException()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-badcode");
        await cognito.Users.CreateUnconfirmedAsync(user);
        var sent = int.Parse(await cognito.Outbox.LatestCodeForAsync(user.Username), CultureInfo.InvariantCulture);
        var wrong = ((sent + 1) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

        (await ConfirmAsync(aws, user, wrong))
            .ShouldFailWith("CodeMismatchException", "Invalid verification code provided, please try again.");
    }

    [Fact]
    public async Task Confirming_a_confirmed_user_is_NotAuthorizedException()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-twice");
        await cognito.Users.CreateConfirmedAsync(user);
        var code = await cognito.Outbox.LatestCodeForAsync(user.Username);

        (await ConfirmAsync(aws, user, code))
            .ShouldFailWith("NotAuthorizedException", "User cannot be confirmed. Current status is CONFIRMED");
    }

    private static Task<AwsCliResult> SignUpAsync(AwsCli aws, string clientId, string username, string password, string email) =>
        aws.CognitoAsync("sign-up",
            "--client-id", clientId,
            "--username", username,
            "--password", password,
            "--user-attributes", $"Name=email,Value={email}");

    private Task<AwsCliResult> ConfirmAsync(AwsCli aws, TestUser user, string code) =>
        aws.CognitoAsync("confirm-sign-up",
            "--client-id", cognito.ClientId,
            "--username", user.Username,
            "--confirmation-code", code);
}
