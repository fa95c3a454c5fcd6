using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps.Conversation;

/// <summary>Explains a refused password: Cognito's reason, then what the pool's password policy asks for.</summary>
public sealed class PasswordPolicyHint(CognitoWrapper cognito, IAnsiConsole console)
{
    public async Task ExplainAsync(InvalidPasswordException refusal, CancellationToken cancellationToken)
    {
        console.Problem(refusal.Message);
        console.Info(PasswordPolicyText.Describe(await PolicyAsync(cancellationToken).ConfigureAwait(false)));
    }

    private async Task<PasswordPolicyType> PolicyAsync(CancellationToken cancellationToken)
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
