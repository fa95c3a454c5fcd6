using System.Net;

namespace LocalCognito.Protocol;

/// <summary>
/// Which Host headers LocalCognito answers. A web page can make the browser send requests to 127.0.0.1 under its
/// own name (DNS rebinding) and read the answers, e.g. the outbox's codes and temporary passwords; refusing every
/// name that is not a loopback name, the public URL's host or explicitly allowed stops that. Ports are not checked,
/// so port mappings and proxies that keep a loopback Host keep working.
/// </summary>
public sealed class HostAllowList
{
    private readonly HashSet<string> _exact = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _suffixes = [".localhost"];
    private readonly bool _anyHost;

    public HostAllowList(Uri? publicUrl, IEnumerable<string> allowedHosts)
    {
        _exact.Add("localhost");
        if (publicUrl is not null)
        {
            _exact.Add(Normalize(publicUrl.Host));
        }

        foreach (var entry in allowedHosts.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            var host = HostOf(entry);
            if (host == "*")
            {
                _anyHost = true;
            }
            else if (host.StartsWith("*.", StringComparison.Ordinal))
            {
                _suffixes.Add(host[1..]);
            }
            else
            {
                _exact.Add(host);
            }
        }
    }

    /// <summary>Whether a request with this Host header (name or address, with or without port) is answered.</summary>
    public bool Allows(HostString host)
    {
        if (_anyHost)
        {
            return true;
        }

        if (!host.HasValue)
        {
            return false;
        }

        var name = Normalize(host.Host);
        if (IPAddress.TryParse(name.Trim('[', ']'), out var address))
        {
            // An address cannot be rebound, and every loopback address reaches only this machine.
            return IPAddress.IsLoopback(address) || _exact.Contains(name);
        }

        return _exact.Contains(name) || _suffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The host of an --allowed-hosts entry: a name, name:port, or a URL.</summary>
    private static string HostOf(string entry)
    {
        if (entry.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(entry, UriKind.Absolute, out var url))
        {
            return Normalize(url.Host);
        }

        return entry is "*" || entry.StartsWith("*.", StringComparison.Ordinal) ? Normalize(entry) : Normalize(new HostString(entry).Host);
    }

    // "localhost." is the same name as "localhost"; case never matters in host names.
    private static string Normalize(string host) => host.TrimEnd('.').ToLowerInvariant();
}
