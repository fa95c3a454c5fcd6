using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Operations;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.UserImport;

/// <summary>
/// Imports the users of an uploaded CSV (the GetCSVHeader columns) into RESET_REQUIRED: they sign in only after resetting
/// their password with ForgotPassword. A row fails when its user name is taken, a required attribute is missing, no
/// email or phone number is verified (the reset code needs one), a value breaks the schema, or cognito:mfa_enabled is
/// true (that is SMS MFA, which LocalCognito does not emulate). A header with unknown columns fails the whole job.
/// </summary>
public sealed class UserImporter(CognitoStore store, TimeProvider time)
{
    public const string UsernameColumn = "cognito:username", MfaColumn = "cognito:mfa_enabled";

    public static List<string> Header(UserPool pool) =>
        [.. PoolSchema.For(pool).Select(attribute => attribute["Name"]!.GetValue<string>()).Where(name => name != StandardAttributes.Sub),
            MfaColumn, UsernameColumn];

    /// <summary>Runs the import, filling in the job's status, counts, dates and completion message.</summary>
    public void Run(UserPool pool, JsonObject job, string csv)
    {
        var rows = CsvReader.Parse(csv);
        var known = Header(pool).ToHashSet(StringComparer.Ordinal);
        var header = rows.Count > 0 ? rows[0] : [];
        var unknown = header.Where(column => !known.Contains(column)).ToList();
        if (header.Count == 0 || unknown.Count > 0 || !header.Contains(UsernameColumn) || !header.Contains(MfaColumn))
        {
            Finish(job, "Failed", 0, 0, 0, unknown.Count > 0
                ? $"The CSV header has columns that are not attributes of the user pool: {string.Join(", ", unknown)}."
                : $"The CSV header must be the one GetCSVHeader returns, with {UsernameColumn} and {MfaColumn}.");
            return;
        }

        int imported = 0, failed = 0;
        foreach (var row in rows.Skip(1))
        {
            var values = header.Select((column, index) => (column, value: index < row.Count ? row[index] : "")).ToList();
            if (TryImport(pool, values))
            {
                imported++;
            }
            else
            {
                failed++;
            }
        }

        Finish(job, failed == 0 ? "Succeeded" : "Failed", imported, 0, failed, failed == 0
            ? "The user import job has completed."
            : $"The user import job has completed; {failed} of {imported + failed} users could not be imported.");
    }

    private bool TryImport(UserPool pool, List<(string Column, string Value)> values)
    {
        var username = values.First(entry => entry.Column == UsernameColumn).Value;
        var attributes = values.Where(entry => entry.Column is not (UsernameColumn or MfaColumn) && entry.Value.Length > 0).ToList();
        if (username.Length == 0 || values.First(entry => entry.Column == MfaColumn).Value.Equals("true", StringComparison.OrdinalIgnoreCase)
            || pool.RequiredAttributes.Any(required => attributes.All(attribute => attribute.Column != required))
            || !attributes.Any(attribute => attribute is ("email_verified", "true") or ("phone_number_verified", "true")))
        {
            return false;
        }

        try
        {
            CustomAttributeValues.Check(pool, attributes);
        }
        catch (CognitoException)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var sub = Guid.NewGuid().ToString();
        var (storedName, _) = NewUserNames.For(pool, username, sub);
        var user = new User
        {
            UserPoolId = pool.Id,
            Username = storedName,
            Sub = sub,
            // Nobody knows this password: an imported user sets one through ForgotPassword.
            Password = PasswordHasher.Create(pool.SrpRealm, storedName, RandomNumberGenerator.GetHexString(32) + "aA1!"),
            Status = UserStatus.ResetRequired,
            ImportedWithoutPassword = true,
            CreateDate = now,
            LastModifiedDate = now,
        };
        user.SetAttribute("sub", sub);
        foreach (var (name, value) in attributes)
        {
            user.SetAttribute(name, value);
        }

        try
        {
            return store.TryAddUser(pool, user, out _);
        }
        catch (CognitoException)
        {
            return false;
        }
    }

    private void Finish(JsonObject job, string status, int imported, int skipped, int failed, string message)
    {
        job["Status"] = status;
        job["ImportedUsers"] = imported;
        job["SkippedUsers"] = skipped;
        job["FailedUsers"] = failed;
        job["CompletionDate"] = JsonRequest.Epoch(time.GetUtcNow());
        job["CompletionMessage"] = message;
    }
}
