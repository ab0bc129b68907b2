using TenantGraph.Emulator.Identity;

namespace TenantGraph.Emulator.Serving;

/// <summary>Each API's 401 for a missing, broken, expired or misdirected bearer token.</summary>
internal static class Unauthorized
{
    public static ApiResponse For(ApiRequest request, TokenFailure failure, DateTimeOffset now)
    {
        var response = request.Api switch
        {
            EmulatorApi.Graph => ErrorBodies.Graph(401, "InvalidAuthenticationToken", failure switch
            {
                TokenFailure.Missing => "Access token is empty.",
                TokenFailure.Expired => "Lifetime validation failed, the token is expired.",
                TokenFailure.WrongAudience => "Access token validation failure. Invalid audience.",
                TokenFailure.BadSignature => "Access token validation failure. Invalid signature.",
                _ => "CompactToken parsing failed with error code: 80049217",
            }, request, now),
            EmulatorApi.Defender => ErrorBodies.Defender(401, "Unauthorized", failure switch
            {
                TokenFailure.Expired => "The token is expired.",
                TokenFailure.WrongAudience => "The audience of the token is invalid.",
                _ => "Authorization has been denied for this request.",
            }, request),
            _ => failure switch
            {
                TokenFailure.Missing => ErrorBodies.Arm(401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing."),
                TokenFailure.Expired => ErrorBodies.Arm(401, "ExpiredAuthenticationToken", "The access token has expired. Acquire a new token and retry."),
                TokenFailure.WrongAudience => ErrorBodies.Arm(401, "InvalidAuthenticationTokenAudience",
                    "The access token has been obtained for wrong audience or resource. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'."),
                _ => ErrorBodies.Arm(401, "InvalidAuthenticationToken", "The access token is invalid."),
            },
        };
        return response.WithHeader("WWW-Authenticate", "Bearer authorization_uri=\"https://login.microsoftonline.com/common\", error=\"invalid_token\"");
    }
}
