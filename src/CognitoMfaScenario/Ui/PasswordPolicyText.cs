using Amazon.CognitoIdentityProvider.Model;

namespace CognitoMfaScenario.Ui;

/// <summary>A pool's password policy in words.</summary>
public static class PasswordPolicyText
{
    /// <summary>Cognito's default policy, shown when the pool cannot be described (no permission).</summary>
    public static PasswordPolicyType Default => new()
    {
        MinimumLength = 8,
        RequireUppercase = true,
        RequireLowercase = true,
        RequireNumbers = true,
        RequireSymbols = true,
    };

    public static string Describe(PasswordPolicyType policy)
    {
        var rules = new List<string> { $"at least {policy.MinimumLength ?? 8} characters" };
        if (policy.RequireUppercase == true)
        {
            rules.Add("an upper-case letter");
        }

        if (policy.RequireLowercase == true)
        {
            rules.Add("a lower-case letter");
        }

        if (policy.RequireNumbers == true)
        {
            rules.Add("a digit");
        }

        if (policy.RequireSymbols == true)
        {
            rules.Add("a symbol such as ! @ # % ^ * -");
        }

        return "The password needs " + string.Join(", ", rules) + ".";
    }
}
