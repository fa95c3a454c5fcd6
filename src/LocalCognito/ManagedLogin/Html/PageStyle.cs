using System.Security.Cryptography;
using System.Text;

namespace LocalCognito.ManagedLogin.Html;

/// <summary>The pages' only style sheet, inline (no external assets), allowed by its hash in the Content-Security-Policy.</summary>
public static class PageStyle
{
    public const string Css = """
        *{box-sizing:border-box}
        body{margin:0;min-height:100vh;display:flex;align-items:flex-start;justify-content:center;background:#f2f4f7;
          font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1f24}
        main{width:100%;max-width:26rem;margin:3rem 1rem;padding:2rem;background:#fff;border-radius:12px;
          box-shadow:0 1px 3px rgba(16,24,40,.1),0 1px 2px rgba(16,24,40,.06)}
        .brand{margin:0 0 1.25rem;font-size:.85rem;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:#5a6472}
        h1{margin:0 0 .5rem;font-size:1.5rem;line-height:1.25}
        p{margin:.5rem 0 1rem}
        label{display:block;margin:1rem 0 .25rem;font-weight:600}
        input[type=text],input[type=email],input[type=password],input[type=tel]{width:100%;padding:.6rem .75rem;font:inherit;
          border:1px solid #98a2b3;border-radius:8px;background:#fff;color:inherit}
        input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #2e6bd8;outline-offset:2px}
        .hint{margin:.25rem 0 0;font-size:.875rem;color:#4d5761}
        button{display:block;width:100%;margin:1.5rem 0 0;padding:.7rem 1rem;font:inherit;font-weight:600;color:#fff;
          background:#1f5fcc;border:0;border-radius:8px;cursor:pointer}
        button:hover{background:#184ea9}
        button.secondary{color:#1f5fcc;background:#fff;border:1px solid #1f5fcc;margin-top:.75rem}
        .alert{margin:1rem 0;padding:.75rem 1rem;border-radius:8px;background:#fdecec;border:1px solid #e5484d;color:#8c1d1f}
        .notice{margin:1rem 0;padding:.75rem 1rem;border-radius:8px;background:#e8f3ff;border:1px solid #7aa7e8;color:#123e7c}
        .links{margin:1.5rem 0 0;padding:0;list-style:none;font-size:.95rem}
        .links li{margin:.35rem 0}
        a{color:#1f5fcc}
        ul.rules{margin:.25rem 0 0;padding-left:1.25rem;font-size:.875rem;color:#4d5761}
        .qr{display:block;margin:1rem auto;width:200px;height:200px;image-rendering:pixelated}
        .secret{display:block;margin:.25rem 0 1rem;padding:.6rem .75rem;font:1.05rem/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
          letter-spacing:.05em;word-spacing:.3em;background:#f2f4f7;border-radius:8px;text-align:center}
        fieldset{margin:1rem 0 0;padding:0;border:0}
        legend{font-weight:600}
        .choice{display:flex;gap:.5rem;align-items:center;margin:.5rem 0}
        .choice label{margin:0;font-weight:400}
        code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
        """;

    /// <summary>The CSP source that allows exactly <see cref="Css"/>.</summary>
    public static readonly string CspHash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css))) + "'";
}
