using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>The first factors of choice-based sign-in (USER_AUTH): which this user can use, and each by name.</summary>
public sealed class FirstFactors(IEnumerable<IFirstFactor> factors)
{
    /// <summary>Every first factor Cognito knows; those LocalCognito does not emulate (SMS_OTP, WEB_AUTHN) are never available.</summary>
    public static readonly IReadOnlyList<string> CognitoNames = ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"];

    private readonly IReadOnlyList<IFirstFactor> _factors = factors.OrderBy(factor => factor.Name, StringComparer.Ordinal).ToList();

    /// <summary>The factors this user can use now, in the order of the pool's AllowedFirstAuthFactors.</summary>
    public List<string> AvailableTo(UserPool pool, User user) =>
        pool.AllowedFirstAuthFactors
            .SelectMany(allowed => _factors.Where(factor => factor.PoolFactor == allowed && factor.IsAvailableTo(pool, user)))
            .Select(factor => factor.Name)
            .ToList();

    public IFirstFactor Named(string name) =>
        _factors.FirstOrDefault(factor => factor.Name == name) ?? throw Errors.InvalidParameter($"{name} is not a first factor LocalCognito emulates.");
}
