namespace TenantGraph.Emulator.Identity;

/// <summary>Why a bearer token was refused; each API words its 401 after this.</summary>
internal enum TokenFailure
{
    None,
    Missing,
    Malformed,
    BadSignature,
    Expired,
    WrongAudience,
}
