using System.Security.Cryptography;

namespace Conformance.Tests.Infrastructure;

/// <summary>A throwaway user, unique per test; the password is random and never printed.</summary>
public sealed record TestUser(string Username, string Password, string Email)
{
    public static TestUser CreateUnique(string purpose)
    {
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var username = $"{purpose}-{suffix}";
        // Meets the default policy: length, upper, lower, digit, symbol.
        var password = $"Cf{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}!x7Q";
        return new TestUser(username, password, $"{username}@example.com");
    }

    // Keeps the password out of any message that prints the record.
    public override string ToString() => $"TestUser {{ Username = {Username}, Email = {Email} }}";
}
