namespace CognitoMfa.Cdk.Tests;

/// <summary>Test classes in this collection share one SynthesizedStackFixture, so the stack is synthesized once per run.</summary>
[CollectionDefinition(Name)]
public sealed class SynthesizedStackCollection : ICollectionFixture<SynthesizedStackFixture>
{
    public const string Name = "Synthesized stack";
}
