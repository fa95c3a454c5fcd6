using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Outbox;
using LocalCognito.Protocol;
using LocalCognito.Store;
using LocalCognito.Triggers;

namespace LocalCognito.Operations;

/// <summary>Creates a user in FORCE_CHANGE_PASSWORD with a temporary password (sent to the outbox unless suppressed).</summary>
public sealed class AdminCreateUser(CognitoStore store, MessageOutbox outbox, TimeProvider time, PreSignUpTrigger preSignUp) : ICognitoOperation
{
    public string Name => "AdminCreateUser";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var username = request.Required("Username");
        AttributePermissions.CheckWrite(pool, null, AttributeWriter.AdminCreate,
            request.Attributes("UserAttributes").Select(attribute => attribute.Name).Where(name => name != "sub"));
        CustomAttributeValues.Check(pool, request.Attributes("UserAttributes"));
        var temporaryPassword = request.OptionalString("TemporaryPassword") ?? GeneratePassword();
        PasswordPolicy.From(pool.Settings).Check(temporaryPassword);
        var now = time.GetUtcNow();
        if (request.OptionalString("MessageAction") == "RESEND")
        {
            return Resend(pool, username, temporaryPassword, now);
        }

        var sub = Guid.NewGuid().ToString();
        var (storedName, nameAttribute) = NewUserNames.For(pool, username, sub);
        var user = new User
        {
            UserPoolId = pool.Id,
            Username = storedName,
            Sub = sub,
            Password = PasswordHasher.Create(pool.SrpRealm, storedName, temporaryPassword),
            Status = UserStatus.ForceChangePassword,
            TemporaryPasswordIssuedAt = now,
            CreateDate = now,
            LastModifiedDate = now,
        };
        user.SetAttribute("sub", user.Sub);
        foreach (var (name, value) in request.Attributes("UserAttributes").Where(a => a.Name != "sub"))
        {
            user.SetAttribute(name, value);
        }

        if (nameAttribute is not null)
        {
            user.SetAttribute(nameAttribute, username);
        }

        // The function may reject the user; its auto-confirm and auto-verify answers do not apply to administrators' users.
        preSignUp.Run(pool, "PreSignUp_AdminCreateUser", storedName, null,
            user.Attributes.Where(attribute => attribute.Name != "sub").Select(attribute => (attribute.Name, attribute.Value)),
            request["ValidationData"], request["ClientMetadata"]);

        // ForceAliasCreation moves a verified email or phone alias from the user who holds it to the new user.
        var onAliasConflict = request["ForceAliasCreation"]?.GetValue<bool>() == true ? AliasConflict.Move : AliasConflict.Refuse;
        if (!store.TryAddUser(pool, user, out var holder, onAliasConflict: onAliasConflict))
        {
            throw NewUserNames.Taken(pool, user, holder);
        }

        if (request.OptionalString("MessageAction") != "SUPPRESS" && user.GetAttribute("email") is { } email)
        {
            outbox.Send(MessageTemplates.Invitation(pool, user, email, temporaryPassword, now));
        }

        return new JsonObject { ["User"] = UserView.Summary(user) };
    }

    /// <summary>MessageAction RESEND: a new temporary password (which then works) for a user still in FORCE_CHANGE_PASSWORD.</summary>
    private JsonObject Resend(UserPool pool, string username, string temporaryPassword, DateTimeOffset now)
    {
        var user = store.UpdateUser(pool, username, Errors.UserNotFound, current =>
        {
            if (current.Status != UserStatus.ForceChangePassword)
            {
                throw LifecycleErrors.ResendNotPossible(current.Username);
            }

            current.Password = PasswordHasher.Create(pool.SrpRealm, current.Username, temporaryPassword);
            current.TemporaryPasswordIssuedAt = now;
            current.LastModifiedDate = now;
        });
        if (user.GetAttribute("email") is { } email)
        {
            outbox.Send(MessageTemplates.Invitation(pool, user, email, temporaryPassword, now));
        }

        return new JsonObject { ["User"] = UserView.Summary(user) };
    }

    private static string GeneratePassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 4) + RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 4)
        + RandomNumberGenerator.GetString("23456789", 3) + RandomNumberGenerator.GetString("!#%&*+-=?", 1);
}
