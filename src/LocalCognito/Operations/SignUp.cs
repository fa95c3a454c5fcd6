using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;
using LocalCognito.Triggers;

namespace LocalCognito.Operations;

public sealed partial class SignUp(CognitoStore store, OneTimeCodes codes, SignInSessions sessions, TimeProvider time, PreSignUpTrigger preSignUp)
    : ICognitoOperation
{
    public string Name => "SignUp";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("ClientId"));
        var username = request.Required("Username");
        // Omitted or blank: a passwordless user, allowed only where the pool offers a passwordless first factor.
        var password = request.OptionalString("Password") is { Length: > 0 } given ? given : null;
        SecretHash.Check(client, username, request.OptionalString("SecretHash"));
        if (pool.Settings["AdminCreateUserConfig"]?["AllowAdminCreateUserOnly"]?.GetValue<bool>() == true)
        {
            throw Errors.NotAuthorized("SignUp is not permitted for this user pool");
        }

        var attributes = request.Attributes("UserAttributes");
        AttributePermissions.CheckWrite(pool, client, AttributeWriter.SelfSignUp, attributes.Select(attribute => attribute.Name));
        CustomAttributeValues.Check(pool, attributes);
        var sub = Guid.NewGuid().ToString();
        var (storedName, nameAttribute) = NewUserNames.For(pool, username, sub);
        if (nameAttribute is not null)
        {
            // The email or phone number given as the user name is that attribute (a required one is then present).
            attributes.RemoveAll(attribute => attribute.Name == nameAttribute);
            attributes.Add((nameAttribute, username));
        }

        CheckAttributes(pool, attributes);
        if (password is null)
        {
            PasswordlessSignUp.RequireAllowed(pool);
        }
        else
        {
            PasswordPolicy.From(pool.Settings).Check(password);
        }

        var decision = preSignUp.Run(pool, "PreSignUp_SignUp", storedName, client.ClientId, attributes, request["ValidationData"], request["ClientMetadata"]);

        var now = time.GetUtcNow();
        var user = new User
        {
            UserPoolId = pool.Id,
            Username = storedName,
            Sub = sub,
            Password = PasswordHasher.Create(pool.SrpRealm, storedName, password ?? PasswordlessSignUp.UnguessablePassword()),
            HasPassword = password is not null,
            CreateDate = now,
            LastModifiedDate = now,
        };
        user.SetAttribute("sub", user.Sub);
        foreach (var (name, value) in attributes.Where(a => a.Name != "sub"))
        {
            user.SetAttribute(name, value);
        }

        ApplyDecision(user, decision);
        var response = new JsonObject { ["UserConfirmed"] = decision.AutoConfirmUser, ["UserSub"] = user.Sub };
        var code = !decision.AutoConfirmUser && pool.AutoVerifiedAttributes.Contains("email") && user.GetAttribute("email") is not null
            ? codes.IssueConfirmation(pool, user)
            : null;
        if (!store.TryAddUser(pool, user, out var holder))
        {
            throw NewUserNames.Taken(pool, user, holder);
        }

        if (code is not null)
        {
            response["CodeDeliveryDetails"] = codes.Deliver(code); // only once the user is stored
        }

        // For ConfirmSignUp, whose own Session then signs the user in through USER_AUTH.
        if (client.AllowsFlow("ALLOW_USER_AUTH"))
        {
            response["Session"] = sessions.ForSignUp(pool, client, user.Username, SessionStep.SignUp);
        }

        return response;
    }

    /// <summary>A pre sign-up function may confirm the user at once and mark the email or phone number verified.</summary>
    private static void ApplyDecision(User user, PreSignUpDecision decision)
    {
        if (decision.AutoConfirmUser)
        {
            user.Status = UserStatus.Confirmed;
        }

        if (decision.AutoVerifyEmail && user.GetAttribute("email") is not null)
        {
            user.SetAttribute("email_verified", "true");
        }

        if (decision.AutoVerifyPhone && user.GetAttribute("phone_number") is not null)
        {
            user.SetAttribute("phone_number_verified", "true");
        }
    }

    private static void CheckAttributes(UserPool pool, List<(string Name, string Value)> attributes)
    {
        var missing = pool.RequiredAttributes.Where(required => attributes.All(attribute => attribute.Name != required)).ToList();
        if (missing.Count > 0)
        {
            throw Errors.InvalidParameter("Attributes did not conform to the schema: " +
                                          string.Join(", ", missing.Select(name => $"{name}: The attribute {name} is required")));
        }

        var email = attributes.FirstOrDefault(a => a.Name == "email").Value;
        if (email is not null && !EmailFormat().IsMatch(email))
        {
            throw Errors.InvalidParameter("Invalid email address format.");
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailFormat();
}
