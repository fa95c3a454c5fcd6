using LocalCognito.Protocol;

namespace LocalCognito.Store;

/// <summary>What happens when a user takes an alias (a verified email or phone number) that another user holds.</summary>
public enum AliasConflict
{
    /// <summary>AliasExistsException (the default: ConfirmSignUp and AdminCreateUser without ForceAliasCreation, VerifyUserAttribute).</summary>
    Refuse,
    /// <summary>The alias moves: the other user's email or phone number becomes unverified (ForceAliasCreation, an administrator verifying it).</summary>
    Move,
}

/// <summary>
/// The one place a name given to an operation becomes a user: the user name itself (compared as the pool's
/// UsernameConfiguration says), else the email / phone number of a pool with UsernameAttributes, else an active alias.
/// Every lookup of the store goes through <see cref="TryResolve"/>, and every write through <see cref="ClaimSignInNames"/>,
/// which keeps each sign-in name with one user.
/// </summary>
public sealed partial class CognitoStore
{
    /// <summary>The user name a user-given name stands for (a user name, email, phone number or alias); null when none.</summary>
    public string? ResolveUsername(UserPool pool, string name)
    {
        lock (_sync)
        {
            return TryResolve(pool, name, out _, out var user) ? user.Username : null;
        }
    }

    private bool TryResolve(UserPool pool, string name, out string id, out User user)
    {
        id = UserId(pool, name);
        if (_users.TryGetValue(id, out user!))
        {
            return true;
        }

        if (!SignInNames.PoolHasAny(pool))
        {
            return false;
        }

        var key = SignInNames.Key(pool, name);
        foreach (var (candidateId, candidate) in _users)
        {
            if (candidate.UserPoolId == pool.Id && SignInNames.Of(pool, candidate).Any(held => SignInNames.Key(pool, held.Value) == key))
            {
                (id, user) = (candidateId, candidate);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Checks the sign-in names <paramref name="changed"/> holds and <paramref name="before"/> did not against every other
    /// user of the pool. In a pool with UsernameAttributes such a name is never shared (AliasExistsException); an alias
    /// is refused or moved as <paramref name="onConflict"/> says. Returns the user holding a name when
    /// <paramref name="holderOnly"/> asks for it instead of an error (SignUp turns it into UsernameExistsException).
    /// </summary>
    private User? ClaimSignInNames(UserPool pool, string id, User? before, User changed, AliasConflict onConflict, bool holderOnly = false)
    {
        var held = before is null
            ? []
            : SignInNames.Of(pool, before).Select(name => SignInNames.Key(pool, name.Value)).ToHashSet();
        var moves = new List<(string Id, User Unverified)>();
        foreach (var (attribute, value) in SignInNames.Of(pool, changed).ToList())
        {
            var key = SignInNames.Key(pool, value);
            if (held.Contains(key))
            {
                continue;
            }

            foreach (var (otherId, other) in _users.Where(entry => entry.Key != id && entry.Value.UserPoolId == pool.Id).ToList())
            {
                var shared = SignInNames.Of(pool, other).FirstOrDefault(name => SignInNames.Key(pool, name.Value) == key);
                if (shared.Attribute is null)
                {
                    continue;
                }

                if (holderOnly)
                {
                    return other;
                }

                var movable = pool.AliasAttributes.Contains(shared.Attribute) && shared.Attribute != SignInNames.PreferredUsername;
                if (onConflict == AliasConflict.Refuse || !movable)
                {
                    throw SignInNameErrors.AliasExists(attribute);
                }

                var unverified = other.Copy();
                unverified.SetAttribute(shared.Attribute + "_verified", "false");
                moves.Add((otherId, unverified));
            }
        }

        // Only once every name is known to be free or movable, so a refusal leaves everyone as they were.
        foreach (var (otherId, unverified) in moves)
        {
            Write(UserKind, otherId, unverified);
            _users[otherId] = unverified;
        }

        return null;
    }
}
