using System.Text.Json.Nodes;
using LocalCognito.Protocol;

namespace LocalCognito.Auth;

/// <summary>The pool's password policy (Policies.PasswordPolicy); Cognito's defaults when absent.</summary>
public sealed class PasswordPolicy
{
    // Cognito's symbol set: ^ $ * . [ ] { } ( ) ? " ! @ # % & / \ , > < ' : ; | _ ~ ` = + - and space.
    private const string Symbols = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

    public int MinimumLength { get; init; } = 8;
    public bool RequireUppercase { get; init; } = true;
    public bool RequireLowercase { get; init; } = true;
    public bool RequireNumbers { get; init; } = true;
    public bool RequireSymbols { get; init; } = true;

    public static PasswordPolicy From(JsonObject poolSettings)
    {
        if (poolSettings["Policies"]?["PasswordPolicy"] is not JsonObject p)
        {
            return new PasswordPolicy();
        }

        return new PasswordPolicy
        {
            MinimumLength = p["MinimumLength"]?.GetValue<int>() ?? 8,
            RequireUppercase = p["RequireUppercase"]?.GetValue<bool>() ?? false,
            RequireLowercase = p["RequireLowercase"]?.GetValue<bool>() ?? false,
            RequireNumbers = p["RequireNumbers"]?.GetValue<bool>() ?? false,
            RequireSymbols = p["RequireSymbols"]?.GetValue<bool>() ?? false,
        };
    }

    /// <summary>Throws InvalidPasswordException naming the first rule the password breaks.</summary>
    public void Check(string password)
    {
        if (password.Length < MinimumLength)
        {
            throw Errors.InvalidPassword("Password not long enough");
        }

        if (RequireUppercase && !password.Any(char.IsUpper))
        {
            throw Errors.InvalidPassword("Password must have uppercase characters");
        }

        if (RequireLowercase && !password.Any(char.IsLower))
        {
            throw Errors.InvalidPassword("Password must have lowercase characters");
        }

        if (RequireNumbers && !password.Any(char.IsAsciiDigit))
        {
            throw Errors.InvalidPassword("Password must have numeric characters");
        }

        if (RequireSymbols && !password.Any(c => Symbols.Contains(c)))
        {
            throw Errors.InvalidPassword("Password must have symbol characters");
        }
    }
}
