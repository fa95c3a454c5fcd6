// One sign-in with amazon-cognito-identity-js (USER_SRP_AUTH by default, or USER_PASSWORD_AUTH; the library
// adds DEVICE_SRP_AUTH on its own when its storage holds a remembered device). Resolves with how the
// sign-in ended instead of rejecting, so a script can report unexpected challenges as observations.
import Cognito from 'amazon-cognito-identity-js';

const { AuthenticationDetails, CognitoUser } = Cognito;

export function signIn({ pool, storage, username, password, totpCode, authFlow = 'USER_SRP_AUTH' }) {
  const user = new CognitoUser({ Username: username, Pool: pool, Storage: storage });
  user.setAuthenticationFlowType(authFlow);
  const details = new AuthenticationDetails({ Username: username, Password: password });
  return new Promise((resolve) => {
    let codeSent = false;
    const stop = (outcome) => () => resolve({ outcome, user });
    const callbacks = {
      onSuccess: (session, userConfirmationNecessary) =>
        resolve({ outcome: 'signedIn', user, session, userConfirmationNecessary: Boolean(userConfirmationNecessary) }),
      onFailure: (error) =>
        resolve({ outcome: 'failed', user, error: { code: error.code ?? error.name, message: error.message } }),
      totpRequired: () => {
        if (!totpCode || codeSent) {
          resolve({ outcome: 'totpRequired', user });
          return;
        }
        codeSent = true;
        user.sendMFACode(totpCode, callbacks, 'SOFTWARE_TOKEN_MFA');
      },
      mfaSetup: stop('mfaSetup'),
      mfaRequired: stop('smsMfaRequired'),
      selectMFAType: stop('selectMfaType'),
      newPasswordRequired: stop('newPasswordRequired'),
      customChallenge: stop('customChallenge'),
    };
    user.authenticateUser(details, callbacks);
  });
}

/** The device key the library remembered in its storage, if any. */
export function rememberedDeviceKey(storage) {
  const key = storage.keys().find((name) => name.endsWith('.deviceKey'));
  return key ? storage.getItem(key) : null;
}

/** The library's REFRESH_TOKEN_AUTH (it adds the remembered DEVICE_KEY itself). */
export function refreshSession(user, session) {
  return new Promise((resolve) => {
    user.refreshSession(session.getRefreshToken(), (error, refreshed) =>
      resolve(error
        ? { outcome: 'failed', user, error: { code: error.code ?? error.name, message: error.message } }
        : { outcome: 'signedIn', user, session: refreshed }));
  });
}

/** The device keys ListDevices returns for the signed-in user. */
export function listDeviceKeys(user) {
  return new Promise((resolve) => {
    user.listDevices(60, null, {
      onSuccess: (result) => resolve({ deviceKeys: (result.Devices ?? []).map((device) => device.DeviceKey) }),
      onFailure: (error) => resolve({ error: { code: error.code ?? error.name, message: error.message } }),
    });
  });
}
