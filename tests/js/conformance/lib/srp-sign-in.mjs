// One sign-in with amazon-cognito-identity-js (USER_SRP_AUTH; the library adds DEVICE_SRP_AUTH on its own
// when its storage holds a remembered device). Resolves with how the sign-in ended instead of rejecting,
// so a script can report unexpected challenges as observations.
import Cognito from 'amazon-cognito-identity-js';

const { AuthenticationDetails, CognitoUser } = Cognito;

export function signInWithSrp({ pool, storage, username, password, totpCode }) {
  const user = new CognitoUser({ Username: username, Pool: pool, Storage: storage });
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
