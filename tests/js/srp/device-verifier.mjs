// Input: {"deviceGroupKey", "deviceKey"}.
// The library's AuthenticationHelper makes a device password, salt and verifier (generateHashDevice), turned
// into ConfirmDevice's DeviceSecretVerifierConfig the way CognitoUser does it (hex -> base64).
// Output: {"devicePassword", "passwordVerifier", "salt", "saltHex", "passwordVerifierHex"}.
import { cognito, run, call } from './io.mjs';

run(async ({ deviceGroupKey, deviceKey }) => {
  const helper = new cognito.AuthenticationHelper(deviceGroupKey);
  await call(done => helper.generateHashDevice(deviceGroupKey, deviceKey, done));
  return {
    devicePassword: helper.getRandomPassword(),
    passwordVerifier: Buffer.from(helper.getVerifierDevices(), 'hex').toString('base64'),
    salt: Buffer.from(helper.getSaltDevices(), 'hex').toString('base64'),
    saltHex: helper.getSaltDevices(),
    passwordVerifierHex: helper.getVerifierDevices(),
  };
});
