using System.Globalization;
using System.Text.Json;

namespace TenantGraph.Emulator.Identity;

/// <summary>An identity platform error: its HTTP status, OAuth error and AADSTS code and text.</summary>
internal sealed record IdentityError(int Status, string Error, int Code, string Description)
{
    /// <summary>The body exactly as login.microsoftonline.com writes it (fixtures *authenticate-invalid*).</summary>
    public byte[] ToBody(DateTimeOffset now, string correlationId)
    {
        var traceId = Guid.NewGuid().ToString();
        var timestamp = now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("error", Error);
            writer.WriteString("error_description",
                $"AADSTS{Code}: {Description}\r\nTrace ID: {traceId}\r\nCorrelation ID: {correlationId}\r\nTimestamp: {timestamp}");
            writer.WriteStartArray("error_codes");
            writer.WriteNumberValue(Code);
            writer.WriteEndArray();
            writer.WriteString("timestamp", timestamp);
            writer.WriteString("trace_id", traceId);
            writer.WriteString("correlation_id", correlationId);
            writer.WriteString("error_uri", $"https://login.microsoftonline.com/error?code={Code}");
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static IdentityError TenantNotFound(string tenant) => new(400, "invalid_request", 90002,
        $"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.");

    public static IdentityError MissingParameter(string name) => new(400, "invalid_request", 900144,
        $"The request body must contain the following parameter: '{name}'.");

    public static IdentityError UnsupportedGrantType(string grantType) => new(400, "unsupported_grant_type", 70003,
        $"The app requested an unsupported grant type '{grantType}'.");

    public static IdentityError InvalidScope(string scope) => new(400, "invalid_scope", 1002012,
        $"The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).");

    public static IdentityError UnknownClient(string clientId, string tenantName) => new(400, "unauthorized_client", 700016,
        $"Application with identifier '{clientId}' was not found in the directory '{tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.");

    public static IdentityError DisabledApp(string clientId, string displayName) => new(400, "unauthorized_client", 7000112,
        $"Application '{clientId}'({displayName}) is disabled.");

    public static IdentityError WrongSecret(string clientId) => new(401, "invalid_client", 7000215,
        $"Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{clientId}'.");

    public static IdentityError NoCredential() => new(401, "invalid_client", 7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");

    public static IdentityError InvalidAssertion(string detail) => new(401, "invalid_client", 50027,
        $"JWT token is invalid or malformed. {detail}");

    public static IdentityError AssertionOutsideValidity() => new(400, "invalid_client", 700024,
        "Client assertion is not within its valid time range.");

    public static IdentityError KeyNotFound(string thumbprint, string clientId) => new(401, "invalid_client", 700027,
        $"Client assertion contains an invalid signature. [Reason - The key was not found., Thumbprint of key used by client: '{thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '{clientId}'. Review the documentation at https://docs.microsoft.com/en-us/graph/deployments if you are not using the commercial cloud.]");

    public static IdentityError SignatureMismatch(string thumbprint) => new(401, "invalid_client", 700027,
        $"Client assertion contains an invalid signature. [Reason - The provided signature value did not match the expected signature value., Thumbprint of key used by client: '{thumbprint}']");

    public static IdentityError KeyExpired(string thumbprint, DateTime notBefore, DateTime notAfter) => new(401, "invalid_client", 700027,
        string.Create(CultureInfo.InvariantCulture,
            $"Client assertion contains an invalid signature. [Reason - The key used is expired., Thumbprint of key used by client: '{thumbprint}', Found key 'Start={notBefore:MM/dd/yyyy HH:mm:ss}, End={notAfter:MM/dd/yyyy HH:mm:ss}']"));
}
