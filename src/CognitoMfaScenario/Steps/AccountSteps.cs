using System.Globalization;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>The steps that create and confirm the account: sign up, status, resend the code, confirm, list users.</summary>
public sealed class AccountSteps(CognitoWrapper cognito, ScenarioState state, IAnsiConsole console, Questions questions, LocalInbox inbox, ScenarioOptions options)
{
    /// <summary>Sign up with user name, password and email.</summary>
    public async Task SignUpAsync(CancellationToken cancellationToken)
    {
        state.Username = await questions.UsernameAsync(options.UserName, cancellationToken).ConfigureAwait(false);
        state.Password = await questions.PasswordAsync(options.Password, cancellationToken).ConfigureAwait(false);
        state.Email = await questions.EmailAsync(state.Username, cancellationToken).ConfigureAwait(false);

        while (true)
        {
            try
            {
                var response = await cognito.SignUpAsync(state.Username, state.Password, state.Email, cancellationToken).ConfigureAwait(false);
                state.UserStatus = response.UserConfirmed == true ? UserStatusType.CONFIRMED : UserStatusType.UNCONFIRMED;
                console.Success($"Signed up {state.Username} (sub {response.UserSub}).");
                DescribeDelivery(response.CodeDeliveryDetails);
                return;
            }
            catch (UsernameExistsException)
            {
                console.Warning($"User {state.Username} already exists in pool {cognito.PoolId}.");
                if (await questions.ContinueExistingUserAsync(cancellationToken).ConfigureAwait(false))
                {
                    state.ContinuedExistingUser = true;
                    console.Info($"Continuing with the existing user {state.Username}.");
                    return;
                }

                state.Username = await questions.UsernameAsync(null, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidPasswordException exception)
            {
                console.Problem(exception.Message);
                console.Info(PasswordPolicyText.Describe(await PasswordPolicyAsync(cancellationToken).ConfigureAwait(false)));
                state.Password = await questions.PasswordAfterRejectionAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Show the user's status as an administrator sees it.</summary>
    public Task ShowUserStatusAsync(CancellationToken cancellationToken) => ShowUserAsync(cancellationToken);

    /// <summary>Offer to send the confirmation code again.</summary>
    public async Task OfferToResendCodeAsync(CancellationToken cancellationToken)
    {
        if (state.IsConfirmed)
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

        await inbox.ShowNewestAsync(state.Username, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Confirm the user with the emailed code (or as an administrator).</summary>
    public async Task ConfirmSignUpAsync(CancellationToken cancellationToken)
    {
        if (state.IsConfirmed)
        {
            console.Info("The user is confirmed already: nothing to do.");
            return;
        }

        if (options.AdminConfirm)
        {
            await cognito.AdminConfirmSignUpAsync(state.Username, cancellationToken).ConfigureAwait(false);
            state.UserStatus = UserStatusType.CONFIRMED;
            console.Success("Confirmed as administrator (AdminConfirmSignUp, --admin-confirm).");
            return;
        }

        while (true)
        {
            var localCode = await inbox.NewestCodeAsync(state.Username, cancellationToken).ConfigureAwait(false);
            var code = await questions.ConfirmationCodeAsync(localCode, cancellationToken).ConfigureAwait(false);
            try
            {
                await cognito.ConfirmSignUpAsync(state.Username, code, cancellationToken).ConfigureAwait(false);
                state.UserStatus = UserStatusType.CONFIRMED;
                console.Success($"Confirmed {state.Username}.");
                return;
            }
            catch (CodeMismatchException) when (questions.Interactive)
            {
                console.Problem("That code is not right. Check the newest email and try again.");
            }
            catch (ExpiredCodeException) when (questions.Interactive)
            {
                console.Problem("That code has expired.");
                if (!await questions.ResendExpiredCodeAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new ScenarioException("The confirmation code expired. Run the scenario again and continue with this user to get a new one.");
                }

                await ResendCodeAsync(cancellationToken).ConfigureAwait(false);
                await inbox.ShowNewestAsync(state.Username, cancellationToken).ConfigureAwait(false);
            }
            catch (NotAuthorizedException exception) when (exception.Is(NotAuthorizedCause.AlreadyConfirmed))
            {
                state.UserStatus = UserStatusType.CONFIRMED;
                console.Info("The user was confirmed already.");
                return;
            }
        }
    }

    /// <summary>Show the status again, and the pool's users as a table.</summary>
    public async Task ShowStatusAndUsersAsync(CancellationToken cancellationToken)
    {
        await ShowUserAsync(cancellationToken).ConfigureAwait(false);
        var users = await cognito.ListUsersAsync(60, cancellationToken).ConfigureAwait(false);
        UserTable.Write(console, users, state.Username);
    }

    private async Task ShowUserAsync(CancellationToken cancellationToken)
    {
        var user = await cognito.AdminGetUserAsync(state.Username, cancellationToken).ConfigureAwait(false);
        state.UserStatus = user.UserStatus ?? state.UserStatus;
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
        var response = await cognito.ResendConfirmationCodeAsync(state.Username, cancellationToken).ConfigureAwait(false);
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

    private async Task<PasswordPolicyType> PasswordPolicyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pool = await cognito.DescribeUserPoolAsync(cancellationToken).ConfigureAwait(false);
            return pool.UserPool?.Policies?.PasswordPolicy ?? PasswordPolicyText.Default;
        }
        catch (AmazonServiceException)
        {
            console.Info("(Could not read the pool's policy; showing Cognito's default policy.)");
            return PasswordPolicyText.Default;
        }
    }
}
