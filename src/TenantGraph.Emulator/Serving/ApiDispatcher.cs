using TenantGraph.Emulator.Authorization;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Faults;
using TenantGraph.Emulator.Identity;
using TenantGraph.Emulator.Serving.Hunting;
using TenantGraph.Emulator.Serving.Reports;
using TenantGraph.Emulator.Throttling;

namespace TenantGraph.Emulator.Serving;

/// <summary>
/// The checks every API call passes, in the services' order: bearer token, injected service faults,
/// permissions, Intune licence, throttling budget; then the read itself.
/// </summary>
internal sealed class ApiDispatcher(
    TenantData data,
    AccessTokenService tokens,
    FaultInjector faults,
    ServiceThrottler throttler,
    GraphService graph,
    DefenderService defender,
    AdvancedHuntingService hunting,
    ArmService arm,
    ExportJobService exportJobs,
    EmulatorCounters counters,
    TimeProvider time)
{
    public ApiResponse Dispatch(ApiRequest request)
    {
        var response = Run(request);
        counters.Record(request.Api, response.Status);
        response.Headers.Add(new(request.Api == EmulatorApi.Arm ? "x-ms-request-id" : "request-id", request.RequestId));
        if (request.Header("client-request-id") is { } clientRequestId)
        {
            response.Headers.Add(new("client-request-id", clientRequestId));
        }

        return response;
    }

    /// <summary>Checks the token only; <c>$batch</c> uses it for the outer request.</summary>
    public ApiResponse? Authenticate(ApiRequest request, out AccessTokenClaims? claims)
    {
        var failure = tokens.Validate(request.Header("Authorization"), out claims);
        if (failure == TokenFailure.None && !Audiences.Matches(request.Api, claims!.Audience)) // None always sets claims
        {
            failure = TokenFailure.WrongAudience;
        }

        return failure == TokenFailure.None ? null : Unauthorized.For(request, failure, time.GetUtcNow());
    }

    private ApiResponse Run(ApiRequest request)
    {
        var now = time.GetUtcNow();
        if (Authenticate(request, out var claims) is { } unauthorized)
        {
            return unauthorized;
        }

        var isHunting = request.Api == EmulatorApi.Defender && AdvancedHuntingService.Serves(request);
        var isExport = ExportJobService.Serves(request);
        if (!request.Method.Equals("GET", StringComparison.OrdinalIgnoreCase) && !isHunting && !isExport)
        {
            return request.Api switch
            {
                EmulatorApi.Arm => ErrorBodies.Arm(405, "MethodNotAllowed", "The emulator serves reads only."),
                EmulatorApi.Defender => ErrorBodies.Defender(405, "MethodNotAllowed", "The emulator serves reads only.", request),
                _ => ErrorBodies.Graph(405, "Request_BadRequest", "The emulator serves reads only.", request, now),
            };
        }

        if (faults.ServiceFault(request, now) is { } fault)
        {
            return fault;
        }

        if (faults.Options.MissingPaths.Contains(request.Path, StringComparer.OrdinalIgnoreCase))
        {
            return ErrorBodies.NotFound(request, now);
        }

        if (AccessPolicy.Check(request, claims!, faults.Options.DeniedPermissions, now) is { } forbidden) // authenticated requests carry claims
        {
            return forbidden;
        }

        if (request.Api == EmulatorApi.Graph && request.Segments.Length > 2 && GraphPageLimits.IsIntune(request.Segments[2]) && !data.Info.IntuneLicensed)
        {
            // What Graph answers for a tenant with no MDM authority (fixture utils__getStepStartStatesWithoutIntune).
            return ErrorBodies.Graph(400, "BadRequest", "Request not applicable to target tenant.", request, now);
        }

        if (!data.Info.PremiumLicensed && AccessPolicy.ReadsSignInActivity(request))
        {
            // Sign-in activity needs Entra ID P1 or P2 (m365 spec A3.2 names this message).
            return ErrorBodies.Graph(403, "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
                "Neither tenant is B2C or tenant doesn't have premium license", request, now);
        }

        var headers = new List<KeyValuePair<string, string>>();
        if (throttler.Check(request, claims!, headers) is { } throttled)
        {
            throttled.Headers.AddRange(headers);
            return throttled;
        }

        var response = request.Api switch
        {
            EmulatorApi.Graph when isExport => exportJobs.Handle(request),
            EmulatorApi.Graph => graph.Get(request),
            EmulatorApi.Defender when isHunting => hunting.Post(request),
            EmulatorApi.Defender => defender.Get(request),
            _ => arm.Get(request),
        };
        response.Headers.AddRange(headers);
        return response;
    }
}
