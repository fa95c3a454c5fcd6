using Amazon.CDK;
using CognitoMfa.Cdk;
using CognitoMfa.Cdk.ExpectedPool;

// The CDK CLI runs this (see cdk.json) and names the folder the cloud assembly goes to.
using var scratch = JsiiScratchFolder.Create();
try
{
    var app = new App();
    CognitoMfaApp.AddStack(app, ExpectedPoolFile.LoadEmbedded());
    app.Synth();
    return 0;
}
catch (ExpectedPoolException ex)
{
    // A setting in the shared pool definition the stack cannot map: say which, without a stack trace.
    Console.Error.WriteLine(ex.Message);
    return 1;
}
catch (SesContextException ex)
{
    Console.Error.WriteLine($"The SES context values are incomplete: {ex.Message}");
    return 1;
}
catch (DomainPrefixException ex)
{
    Console.Error.WriteLine($"The domain prefix cannot be used: {ex.Message}");
    return 1;
}
catch (Exception ex) when (ex.GetType() == typeof(Exception))
{
    // jsii hands the CDK's own validation errors over as plain Exceptions with a one-line message,
    // e.g. "authSessionValidity: Must be a duration between 3 minutes and 15 minutes".
    Console.Error.WriteLine($"The CDK rejected the stack settings ({ExpectedPoolFile.ResourceName} or the -c context values): {ex.Message}");
    return 1;
}
