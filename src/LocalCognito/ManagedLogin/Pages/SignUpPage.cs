using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>/signup: a username, the pool's required attributes and a password, with the password policy said up front.</summary>
public sealed class SignUpPage(ILoginActions actions) : ILoginPage
{
    private const string AttributePrefix = "attribute.";

    public string Path => LoginPaths.SignUp;

    /// <summary>Whether users may sign themselves up (AdminCreateUserConfig.AllowAdminCreateUserOnly is not set).</summary>
    public static bool SelfSignUpAllowed(UserPool pool) =>
        pool.Settings["AdminCreateUserConfig"]?["AllowAdminCreateUserOnly"]?.GetValue<bool>() != true;

    public IResult Show(LoginContext context) => Render(context, new FormCollection([]), null, StatusCodes.Status200OK);

    public IResult Submit(LoginContext context, IFormCollection form)
    {
        var pool = context.Target.Pool;
        if (!SelfSignUpAllowed(pool))
        {
            return Render(context, form, "This app does not let you create an account yourself. Ask its administrator.", StatusCodes.Status403Forbidden);
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in AttributesAsked(pool).Where(name => !(name == "email" && UsernameIsEmail(pool))))
        {
            var value = form[AttributePrefix + name].ToString().Trim();
            if (value.Length == 0)
            {
                return Render(context, form, $"Enter your {Label(name).ToLowerInvariant()}.", StatusCodes.Status400BadRequest);
            }

            attributes[name] = value;
        }

        // With email as the user name, the address typed there also fills the email attribute (Cognito does it).
        var username = form["username"].ToString().Trim();
        var password = form["password"].ToString();
        if (username.Length == 0 || password.Length == 0)
        {
            return Render(context, form, "Enter a username and a password.", StatusCodes.Status400BadRequest);
        }

        try
        {
            var answer = actions.SignUp(context.Target, username, password, attributes);
            context.Flow.Reset();
            context.Flow.Username = username;
            if (answer["UserConfirmed"]?.GetValue<bool>() == true)
            {
                context.Flow.Notice = "Your account is ready. Sign in to continue.";
                return context.GoTo(LoginPaths.SignIn);
            }

            context.Flow.Step = LoginStep.ConfirmSignUp;
            context.Flow.CodeDestination = answer["CodeDeliveryDetails"]?["Destination"]?.GetValue<string>();
            return context.GoTo(LoginPaths.Confirm);
        }
        catch (CognitoException error)
        {
            return Render(context, form, LoginMessages.For(error), StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The pool's required attributes, email first (the code goes there), sub never (Cognito sets it).</summary>
    private static List<string> AttributesAsked(UserPool pool) =>
        pool.RequiredAttributes.Where(name => name != "sub").OrderBy(name => name == "email" ? 0 : 1).ThenBy(name => name, StringComparer.Ordinal).ToList();

    /// <summary>UsernameAttributes [email]: the user signs up and in with an email address instead of a user name.</summary>
    private static bool UsernameIsEmail(UserPool pool) => pool.UsernameAttributes.Contains("email");

    private static IResult Render(LoginContext context, IFormCollection form, string? error, int status)
    {
        var pool = context.Target.Pool;
        var page = context.NewPage("Create an account");
        page.Error ??= error;
        var fields = context.FormFor(LoginPaths.SignUp);
        if (UsernameIsEmail(pool))
        {
            fields.Field("username", "Email address", type: "email", autocomplete: "username", value: form["username"].ToString(),
                hint: "You sign in with this address; we send a confirmation code to it.");
        }
        else
        {
            fields.Field("username", "Username", autocomplete: "username", value: form["username"].ToString());
        }

        foreach (var name in AttributesAsked(pool).Where(name => !(name == "email" && UsernameIsEmail(pool))))
        {
            var (type, autocomplete) = name switch
            {
                "email" => ("email", "email"),
                "phone_number" => ("tel", "tel"),
                "name" => ("text", "name"),
                "given_name" => ("text", "given-name"),
                "family_name" => ("text", "family-name"),
                _ => ("text", (string?)null),
            };
            var hint = name == "email" ? "We send a confirmation code to this address." : name == "phone_number" ? "With the country code, e.g. +12065551234." : null;
            fields.Field(AttributePrefix + name, Label(name), type: type, autocomplete: autocomplete, value: form[AttributePrefix + name].ToString(), hint: hint);
        }

        fields.Field("password", "Password", type: "password", autocomplete: "new-password", hint: PolicyText(PasswordPolicy.From(pool.Settings)))
            .Submit("Create account");
        page.Raw(fields.ToString()).Links(("Already have an account? Sign in", context.PathOf(LoginPaths.SignIn)));
        return page.ToResult(status);
    }

    /// <summary>The password policy as one sentence, e.g. "At least 8 characters, with an uppercase letter, ... and a symbol."</summary>
    public static string PolicyText(PasswordPolicy policy)
    {
        var parts = new List<string>();
        if (policy.RequireUppercase)
        {
            parts.Add("an uppercase letter");
        }

        if (policy.RequireLowercase)
        {
            parts.Add("a lowercase letter");
        }

        if (policy.RequireNumbers)
        {
            parts.Add("a number");
        }

        if (policy.RequireSymbols)
        {
            parts.Add("a symbol such as ! @ # or $");
        }

        var length = $"At least {policy.MinimumLength} characters";
        return parts.Count switch
        {
            0 => length + ".",
            1 => $"{length}, with {parts[0]}.",
            _ => $"{length}, with {string.Join(", ", parts[..^1])} and {parts[^1]}.",
        };
    }

    /// <summary>What the sign-in name is called on the pages: the email address when the pool signs in with it.</summary>
    public static string UsernameLabel(UserPool pool) => pool.UsernameAttributes switch
    {
        ["email"] => "Email address",
        ["phone_number"] => "Phone number",
        [] => pool.AliasAttributes.Contains("email") ? "Username or email" : "Username",
        _ => "Email address or phone number",
    };

    /// <summary>A person's label for a standard or custom attribute name.</summary>
    public static string Label(string attribute) => attribute switch
    {
        "email" => "Email address",
        "phone_number" => "Phone number",
        "given_name" => "Given name",
        "family_name" => "Family name",
        "middle_name" => "Middle name",
        "preferred_username" => "Preferred username",
        "birthdate" => "Birth date (YYYY-MM-DD)",
        "zoneinfo" => "Time zone",
        "updated_at" => "Updated at",
        _ when attribute.StartsWith("custom:", StringComparison.Ordinal) => attribute["custom:".Length..],
        _ => char.ToUpperInvariant(attribute[0]) + attribute[1..].Replace('_', ' '),
    };
}
