using Amazon.Runtime.Endpoints;

namespace Amazon.CognitoIdentityProvider.Endpoints;

/// <summary>The inputs of the service's endpoint rules.</summary>
public class CognitoIdentityProviderEndpointParameters : EndpointParameters
{
    public CognitoIdentityProviderEndpointParameters()
    {
        UseDualStack = false;
        UseFIPS = false;
    }

    public string? Region { get => (string?)this["Region"]; set => this["Region"] = value; }

    public bool? UseDualStack { get => (bool?)this["UseDualStack"]; set => this["UseDualStack"] = value; }

    public bool? UseFIPS { get => (bool?)this["UseFIPS"]; set => this["UseFIPS"] = value; }

    public string? Endpoint { get => (string?)this["Endpoint"]; set => this["Endpoint"] = value; }
}
