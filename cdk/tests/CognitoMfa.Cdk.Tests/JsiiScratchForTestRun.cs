using System.Runtime.CompilerServices;

namespace CognitoMfa.Cdk.Tests;

/// <summary>Gives the whole test run one jsii scratch folder, removed when the test host exits.</summary>
internal static class JsiiScratchForTestRun
{
    // Must run before the first CDK call of any test, which a module initializer guarantees.
#pragma warning disable CA2255 // A test assembly is the application here, not a library.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        var scratch = JsiiScratchFolder.Create();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => scratch.Dispose();
    }
}
