// Drives the library's CognitoUser through one SRP exchange with the network replaced by a stub, and reports
// what it would have sent. The stub answers with the server values given in the input.
//
// Input (USER_SRP_AUTH): {"flow": "user", "userPoolId", "clientId", "username", "password", "userIdForSrp",
//                         "srpBHex", "saltHex", "secretBlockBase64"}
// Input (device):        {"flow": "device", "userPoolId", "clientId", "username", "deviceKey", "deviceGroupKey",
//                         "devicePassword", "srpBHex", "saltHex", "secretBlockBase64"}
// Output: {"srpAHex", "challengeName", "challengeResponses"} where srpAHex is the SRP_A the client sent and
// challengeResponses are the PASSWORD_VERIFIER / DEVICE_PASSWORD_VERIFIER answers (signature, timestamp, ...).
import { cognito, run } from './io.mjs';

class MemoryStorage {
  constructor() { this.items = {}; }
  setItem(key, value) { this.items[key] = String(value); }
  getItem(key) { return Object.prototype.hasOwnProperty.call(this.items, key) ? this.items[key] : null; }
  removeItem(key) { delete this.items[key]; }
  clear() { this.items = {}; }
}

const STOP = 'WitnessStop';

run(input => new Promise((resolve, reject) => {
  const storage = new MemoryStorage();
  const pool = new cognito.CognitoUserPool({ UserPoolId: input.userPoolId, ClientId: input.clientId, Storage: storage });
  const user = new cognito.CognitoUser({ Username: input.username, Pool: pool, Storage: storage });

  const serverChallenge = {
    SRP_B: input.srpBHex,
    SALT: input.saltHex,
    SECRET_BLOCK: input.secretBlockBase64,
  };
  let srpAHex;

  // Replaces the HTTP client: hands out the challenge, captures the answer, then stops the flow with an error.
  user.client.request = (operation, params, callback) => {
    if (operation === 'InitiateAuth' && params.AuthFlow === 'USER_SRP_AUTH') {
      srpAHex = params.AuthParameters.SRP_A;
      callback(null, {
        ChallengeName: 'PASSWORD_VERIFIER',
        Session: 'witness-session',
        ChallengeParameters: { ...serverChallenge, USER_ID_FOR_SRP: input.userIdForSrp, USERNAME: input.userIdForSrp },
      });
    } else if (operation === 'RespondToAuthChallenge' && params.ChallengeName === 'DEVICE_SRP_AUTH') {
      srpAHex = params.ChallengeResponses.SRP_A;
      callback(null, {
        ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
        Session: 'witness-session',
        ChallengeParameters: { ...serverChallenge, USERNAME: input.username },
      });
    } else if (operation === 'RespondToAuthChallenge' &&
               (params.ChallengeName === 'PASSWORD_VERIFIER' || params.ChallengeName === 'DEVICE_PASSWORD_VERIFIER')) {
      resolve({ srpAHex, challengeName: params.ChallengeName, challengeResponses: params.ChallengeResponses });
      const stop = new Error('witness captured the answer');
      stop.code = STOP;
      callback(stop, null);
    } else {
      reject(new Error(`unexpected request ${operation} ${JSON.stringify(params)}`));
    }
  };

  const callbacks = {
    onSuccess: () => reject(new Error('the stub never signs in')),
    onFailure: error => { if (!error || error.code !== STOP) reject(error); },
  };

  if (input.flow === 'user') {
    user.setAuthenticationFlowType('USER_SRP_AUTH');
    user.authenticateUser(
      new cognito.AuthenticationDetails({ Username: input.username, Password: input.password }),
      callbacks);
  } else if (input.flow === 'device') {
    // What CognitoUser restores from storage for a remembered device.
    user.deviceKey = input.deviceKey;
    user.deviceGroupKey = input.deviceGroupKey;
    user.randomPassword = input.devicePassword;
    user.getDeviceResponse(callbacks);
  } else {
    reject(new Error(`unknown flow ${input.flow}`));
  }
}));
