using System.Security.Cryptography;

namespace CognitoMfaScenario.Answers;

/// <summary>
/// Fresh user names and strong passwords for runs where the user gives none. Uses the injected
/// random source so tests can make the values predictable.
/// </summary>
public static class NewUserDefaults
{
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "!#%*+-=?@^_";

    /// <summary>"mfa-user-" and 8 random lower-case letters/digits.</summary>
    public static string Username(RandomNumberGenerator random) =>
        "mfa-user-" + new string(Enumerable.Range(0, 8).Select(_ => Pick(random, Lower + Digits)).ToArray());

    /// <summary>A placeholder address for the user; LocalCognito "sends" to its outbox.</summary>
    public static string Email(string username) => $"{username}@example.com";

    /// <summary>
    /// A 20-character password meeting Cognito's default policy (upper, lower, digit, symbol,
    /// length ≥ 8) and most custom ones.
    /// </summary>
    public static string Password(RandomNumberGenerator random)
    {
        var all = Lower + Upper + Digits + Symbols;
        var characters = new List<char> { Pick(random, Lower), Pick(random, Upper), Pick(random, Digits), Pick(random, Symbols) };
        while (characters.Count < 20)
        {
            characters.Add(Pick(random, all));
        }

        // Shuffle so the guaranteed classes are not always in front (Fisher–Yates).
        for (var i = characters.Count - 1; i > 0; i--)
        {
            var j = NextInt(random, i + 1);
            (characters[i], characters[j]) = (characters[j], characters[i]);
        }

        return new string(characters.ToArray());
    }

    private static char Pick(RandomNumberGenerator random, string alphabet) => alphabet[NextInt(random, alphabet.Length)];

    /// <summary>Uniform integer in [0, maxExclusive) by rejection sampling (no modulo bias).</summary>
    private static int NextInt(RandomNumberGenerator random, int maxExclusive)
    {
        var limit = uint.MaxValue - (uint.MaxValue % (uint)maxExclusive);
        Span<byte> buffer = stackalloc byte[4];
        while (true)
        {
            random.GetBytes(buffer);
            var value = BitConverter.ToUInt32(buffer);
            if (value < limit)
            {
                return (int)(value % (uint)maxExclusive);
            }
        }
    }
}
