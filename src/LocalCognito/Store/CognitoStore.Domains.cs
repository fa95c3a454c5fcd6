namespace LocalCognito.Store;

/// <summary>User pool domains: each name once across the server; a pool has at most one prefix and one custom domain.</summary>
public sealed partial class CognitoStore
{
    private const string DomainKind = "domain";
    private readonly Dictionary<string, PoolDomain> _domains = new(StringComparer.Ordinal);

    public PoolDomain? FindDomain(string domain)
    {
        lock (_sync)
        {
            return _domains.GetValueOrDefault(domain);
        }
    }

    /// <summary>The pool's domains, prefix first.</summary>
    public IReadOnlyList<PoolDomain> DomainsOf(string poolId)
    {
        lock (_sync)
        {
            return _domains.Values.Where(domain => domain.UserPoolId == poolId).OrderBy(domain => domain.IsCustom).ToList();
        }
    }

    /// <summary>Adds a domain; the reason it cannot when the name is taken or the pool already has one of its kind.</summary>
    public DomainRefusal? TryAddDomain(PoolDomain domain)
    {
        lock (_sync)
        {
            if (_domains.ContainsKey(domain.Domain))
            {
                return DomainRefusal.NameTaken;
            }

            if (_domains.Values.Any(existing => existing.UserPoolId == domain.UserPoolId && existing.IsCustom == domain.IsCustom))
            {
                return DomainRefusal.PoolHasOne;
            }

            Write(DomainKind, domain.Domain, domain);
            _domains[domain.Domain] = domain;
            return null;
        }
    }

    /// <summary>Changes a domain of the pool; null when the pool has no domain by that name.</summary>
    public PoolDomain? UpdateDomain(string poolId, string domain, int? managedLoginVersion, string? certificateArn)
    {
        lock (_sync)
        {
            if (!_domains.TryGetValue(domain, out var current) || current.UserPoolId != poolId)
            {
                return null;
            }

            var changed = current.Copy();
            changed.ManagedLoginVersion = managedLoginVersion ?? changed.ManagedLoginVersion;
            changed.CertificateArn = current.IsCustom ? certificateArn ?? current.CertificateArn : null;
            Write(DomainKind, domain, changed);
            _domains[domain] = changed;
            return changed;
        }
    }

    /// <summary>Removes a domain of the pool; false when the pool has none by that name.</summary>
    public bool DeleteDomain(string poolId, string domain)
    {
        lock (_sync)
        {
            if (!_domains.TryGetValue(domain, out var current) || current.UserPoolId != poolId)
            {
                return false;
            }

            _domains.Remove(domain);
            _persistence.Delete(DomainKind, domain);
            return true;
        }
    }

    private void DeleteDomainsOf(string poolId)
    {
        foreach (var domain in _domains.Values.Where(domain => domain.UserPoolId == poolId).ToList())
        {
            _domains.Remove(domain.Domain);
            _persistence.Delete(DomainKind, domain.Domain);
        }
    }
}

/// <summary>Why <see cref="CognitoStore.TryAddDomain"/> refused.</summary>
public enum DomainRefusal
{
    NameTaken,
    PoolHasOne,
}
