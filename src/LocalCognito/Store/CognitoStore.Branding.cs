namespace LocalCognito.Store;

/// <summary>Managed login branding styles (one per app client) and hosted UI customizations.</summary>
public sealed partial class CognitoStore
{
    private const string BrandingKind = "branding", UiCustomizationKind = "ui-customization";
    private readonly Dictionary<string, Branding> _brandings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UiCustomization> _uiCustomizations = new(StringComparer.Ordinal);

    public Branding? FindBranding(string poolId, string brandingId)
    {
        lock (_sync)
        {
            return _brandings.TryGetValue(brandingId, out var branding) && branding.UserPoolId == poolId ? branding : null;
        }
    }

    public Branding? FindBrandingOfClient(string poolId, string clientId)
    {
        lock (_sync)
        {
            return _brandings.Values.FirstOrDefault(branding => branding.UserPoolId == poolId && branding.ClientId == clientId);
        }
    }

    /// <summary>Adds a style unless the client has one.</summary>
    public bool TryAddBranding(Branding branding)
    {
        lock (_sync)
        {
            if (_brandings.Values.Any(existing => existing.UserPoolId == branding.UserPoolId && existing.ClientId == branding.ClientId))
            {
                return false;
            }

            Write(BrandingKind, branding.Id, branding);
            _brandings[branding.Id] = branding;
            return true;
        }
    }

    /// <summary>Replaces a style of the pool; false when the pool has none with that id.</summary>
    public bool ReplaceBranding(Branding branding)
    {
        lock (_sync)
        {
            if (FindBranding(branding.UserPoolId, branding.Id) is null)
            {
                return false;
            }

            Write(BrandingKind, branding.Id, branding);
            _brandings[branding.Id] = branding;
            return true;
        }
    }

    public bool DeleteBranding(string poolId, string brandingId)
    {
        lock (_sync)
        {
            if (FindBranding(poolId, brandingId) is null)
            {
                return false;
            }

            _brandings.Remove(brandingId);
            _persistence.Delete(BrandingKind, brandingId);
            return true;
        }
    }

    public UiCustomization? FindUiCustomization(string poolId, string clientId)
    {
        lock (_sync)
        {
            return _uiCustomizations.GetValueOrDefault(poolId + "\n" + clientId);
        }
    }

    public void SetUiCustomization(UiCustomization customization)
    {
        lock (_sync)
        {
            var id = customization.UserPoolId + "\n" + customization.ClientId;
            Write(UiCustomizationKind, id, customization);
            _uiCustomizations[id] = customization;
        }
    }

    private void DeleteBrandingOf(string poolId)
    {
        foreach (var branding in _brandings.Values.Where(branding => branding.UserPoolId == poolId).ToList())
        {
            DeleteBranding(poolId, branding.Id);
        }

        foreach (var (id, _) in _uiCustomizations.Where(entry => entry.Value.UserPoolId == poolId).ToList())
        {
            _uiCustomizations.Remove(id);
            _persistence.Delete(UiCustomizationKind, id);
        }
    }

    private void LoadBranding(string kind, string json)
    {
        if (kind == BrandingKind)
        {
            var branding = Read<Branding>(json);
            _brandings[branding.Id] = branding;
        }
        else
        {
            var customization = Read<UiCustomization>(json);
            _uiCustomizations[customization.UserPoolId + "\n" + customization.ClientId] = customization;
        }
    }
}
