using System.Globalization;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.State;
using CognitoMfaScenario.Steps.Conversation;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>The steps that create and confirm the account: sign up, status, resend the code, confirm, list users.</summary>
public sealed class AccountSteps(CognitoWrapper cognito, AccountState account, IAnsiConsole console, Questions questions, CodeEntry codeEntry,
    PasswordPolicyHint passwordHint, ScenarioOptions options)
{
    /// <summary>Sign up with user name, password and email.</summary>
    public async Task SignUpAsync(CancellationToken cancellationToken)
    {
        var username = await questions.UsernameAsync(options.UserName, cancellationToken).ConfigureAwait(false);
        var password = await questions.PasswordAsync(options.Password, cancellationToken).ConfigureAwait(false);
        account.Use(username, password, await questions.EmailAsync(username, cancellationToken).ConfigureAwait(false));

        while (true)
        {
            try
            {
                var response = await cognito.SignUpAsync(account.Username, account.Password, account.Email, cancellationToken).ConfigureAwait(false);
                account.SawStatus(response.UserConfirmed == true ? UserStatusType.CONFIRMED : UserStatusType.UNCONFIRMED);
                console.Success($"Signed up {account.Username} (sub {response.UserSub}).");
                DescribeDelivery(response.CodeDeliveryDetails);
                return;
            }
            catch (UsernameExistsException)
            {
                console.Warning($"User {account.Username} already exists in pool {cognito.PoolId}.");
                if (await questions.ContinueExistingUserAsync(cancellationToken).ConfigureAwait(false))
                {
                    account.ContinueExisting();
                    console.Info($"Continuing with the existing user {account.Username}.");
                    return;
                }

                account.Rename(await questions.UsernameAsync(null, cancellationToken).ConfigureAwait(false));
            }
            catch (InvalidPasswordException exception)
            {
                await passwordHint.ExplainAsync(exception, cancellationToken).ConfigureAwait(false);
                account.ChangePassword(await questions.PasswordAfterRejectionAsync(cancellationToken).ConfigureAwait(false));
            }
        }
    }

    /// <summary>Show the user's status as an administrator sees it.</summary>
    public Task ShowUserStatusAsync(CancellationToken cancellationToken) => ShowUserAsync(cancellationToken);

    /// <summary>Offer to send the confirmation code again.</summary>
    public async Task OfferToResendCodeAsync(CancellationToken cancellationToken)
    {
        if (account.IsConfirmed)
        {
            console.Info("The user is confirmed already: no code needed.");
            return;
        }

        if (await questions.ResendConfirmationCodeAsync(cancellationToken).ConfigureAwait(false))
        {
            await ResendCodeAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            console.Info("Keeping the code sent at sign-up.");
        }

        await codeEntry.ShowNewestEmailAsync(account.Username, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Confirm the user with the emailed code (or as an administrator).</summary>
    public async Task ConfirmSignUpAsync(CancellationToken cancellationToken)
    {
        if (account.IsConfirmed)
        {
            console.Info("The user is confirmed already: nothing to do.");
            return;
        }

        if (options.AdminConfirm)
        {
            await cognito.AdminConfirmSignUpAsync(account.Username, cancellationToken).ConfigureAwait(false);
            account.SawStatus(UserStatusType.CONFIRMED);
            console.Success("Confirmed as administrator (AdminConfirmSignUp, --admin-confirm).");
            return;
        }

        await codeEntry.SendUntilAcceptedAsync(codeEntry.FromEmail(account.Username, EmailedCode.SignUpConfirmation),
            async code =>
            {
                try
                {
                    await cognito.ConfirmSignUpAsync(account.Username, code, cancellationToken).ConfigureAwait(false);
                    console.Success($"Confirmed {account.Username}.");
                }
                catch (NotAuthorizedException exception) when (exception.Is(NotAuthorizedCause.AlreadyConfirmed))
                {
                    console.Info("The user was confirmed already.");
                }

                account.SawStatus(UserStatusType.CONFIRMED);
            },
            async refusal => await codeEntry.AfterEmailedCodeRefusedAsync(refusal, async () =>
                {
                    await ResendCodeAsync(cancellationToken).ConfigureAwait(false);
                    await codeEntry.ShowNewestEmailAsync(account.Username, cancellationToken).ConfigureAwait(false);
                }, "The confirmation code expired. Run the scenario again and continue with this user to get a new one.", cancellationToken)
                .ConfigureAwait(false) ?? AfterRefusal.GiveUp, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Show the status again, and the pool's users as a table.</summary>
    public async Task ShowStatusAndUsersAsync(CancellationToken cancellationToken)
    {
        await ShowUserAsync(cancellationToken).ConfigureAwait(false);
        var users = await cognito.ListUsersAsync(60, cancellationToken).ConfigureAwait(false);
        UserTable.Write(console, users, account.Username);
    }

    private async Task ShowUserAsync(CancellationToken cancellationToken)
    {
        var user = await cognito.AdminGetUserAsync(account.Username, cancellationToken).ConfigureAwait(false);
        account.SawStatus(user.UserStatus);
        console.Field("User name", user.Username);
        console.Field("Status", user.UserStatus?.Value);
        console.Field("Enabled", user.Enabled is { } enabled ? (enabled ? "yes" : "no") : null);
        console.Field("Email", Attribute(user.UserAttributes, "email"));
        console.Field("Email verified", Attribute(user.UserAttributes, "email_verified"));
        console.Field("Created", user.UserCreateDate?.ToUniversalTime().ToString("u", CultureInfo.InvariantCulture));
    }

    private static string? Attribute(List<AttributeType>? attributes, string name) =>
        attributes?.FirstOrDefault(attribute => attribute.Name == name)?.Value;

    private async Task ResendCodeAsync(CancellationToken cancellationToken)
    {
        var response = await cognito.ResendConfirmationCodeAsync(account.Username, cancellationToken).ConfigureAwait(false);
        console.Success("A new code is on its way; the previous one no longer counts.");
        DescribeDelivery(response.CodeDeliveryDetails);
    }

    private void DescribeDelivery(CodeDeliveryDetailsType? delivery)
    {
        if (delivery is not null)
        {
            console.Info($"Confirmation code sent by {delivery.DeliveryMedium?.Value ?? "?"} to {delivery.Destination ?? "?"} (Cognito masks the address).");
        }
    }
}
