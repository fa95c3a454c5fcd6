using Amazon.CDK;
using CognitoMfa.Cdk;
using CognitoMfa.Cdk.ExpectedPool;

// The CDK CLI runs this (see cdk.json) and names the folder the cloud assembly goes to.
try
{
    var app = new App();
    CognitoMfaApp.AddStack(app, ExpectedPoolFile.LoadEmbedded());
    app.Synth();
    return 0;
}
catch (ExpectedPoolException ex)
{
    // A setting in the shared pool definition the stack cannot deploy: say which, without a stack trace.
    Console.Error.WriteLine(ex.Message);
    return 1;
}
