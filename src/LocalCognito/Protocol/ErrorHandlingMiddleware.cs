namespace LocalCognito.Protocol;

/// <summary>
/// Gives every response an x-amzn-RequestId, turns CognitoException into its JSON error, and anything else into
/// InternalErrorException (500) — logged by exception type and stack only, never with the request body.
/// </summary>
public sealed class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        try
        {
            await next(context);
        }
        catch (CognitoException error) when (!context.Response.HasStarted)
        {
            await ErrorResponse.WriteAsync(context, error);
        }
        catch (BadHttpRequestException error) when (!context.Response.HasStarted)
        {
            await ErrorResponse.WriteAsync(context, Errors.InvalidParameter($"The request could not be read: {error.Message}"));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception error) when (!context.Response.HasStarted)
        {
            logger.LogError("Request {Target} failed with {ExceptionType}: {StackTrace}",
                context.Request.Headers["X-Amz-Target"].ToString(), error.GetType().FullName, error.StackTrace);
            await ErrorResponse.WriteAsync(context, Errors.InternalError());
        }
    }
}
