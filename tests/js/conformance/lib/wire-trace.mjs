// Records each Cognito call a library makes (operation, challenge asked and answered, error), by
// wrapping the global fetch the library uses. Only names and flags are kept: no bodies, no secrets.

export function traceCognitoCalls() {
  const calls = [];
  const originalFetch = globalThis.fetch;
  globalThis.fetch = async (url, options = {}) => {
    const headers = new Headers(options.headers ?? {});
    const target = headers.get('x-amz-target');
    if (!target) return originalFetch(url, options); // not a Cognito API call (e.g. JWKS)
    let request = {};
    try {
      request = JSON.parse(options.body ?? '{}');
    } catch {
      // not a JSON call: leave the request fields empty
    }
    const response = await originalFetch(url, options);
    const reply = await response.clone().json().catch(() => ({}));
    calls.push({
      operation: target.split('.').pop(),
      authFlow: request.AuthFlow,
      challengeAnswered: request.ChallengeName,
      sentDeviceKey: Boolean(request.AuthParameters?.DEVICE_KEY ?? request.ChallengeResponses?.DEVICE_KEY),
      status: response.status,
      hasRequestId: response.headers.has('x-amzn-requestid'),
      challengeAsked: reply.ChallengeName,
      gotTokens: Boolean(reply.AuthenticationResult?.AccessToken),
      gotNewDeviceMetadata: Boolean(reply.AuthenticationResult?.NewDeviceMetadata),
      userConfirmationNecessary: reply.UserConfirmationNecessary,
      error: reply.__type ? { type: String(reply.__type).split('#').pop(), message: reply.message } : undefined,
    });
    return response;
  };
  return {
    /** The calls recorded since the last take. */
    take() {
      return calls.splice(0, calls.length);
    },
  };
}
