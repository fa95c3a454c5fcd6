// Input: {"realm", "identity", "password", "saltHex", "srpBHex", "secretBlockBase64", "timestamp", "smallAHex"?}.
// The library's AuthenticationHelper computes the password authentication key (HKDF) for the given B and salt,
// and the claim signature is formed from the same message CognitoUser signs for PASSWORD_CLAIM_SIGNATURE
// (HMAC-SHA256 from node:crypto; cognito-user-claim.mjs covers CognitoUser's own code). With smallAHex the
// helper's secret a is fixed so that the C# client can be compared value by value.
// Output: {"srpAHex", "claimSignature", "keyHex", "kHex", "uHex"} (hex as the library prints it, lowercase).
import { createHmac } from 'node:crypto';
import { cognito, LibBigInteger, run, call } from './io.mjs';

run(async input => {
  const helper = new cognito.AuthenticationHelper(input.realm);
  if (input.smallAHex) {
    helper.smallAValue = new LibBigInteger(input.smallAHex, 16);
    helper.largeAValue = undefined;
  }
  const largeA = await call(done => helper.getLargeAValue(done));

  const key = await call(done =>
    helper.getPasswordAuthenticationKey(
      input.identity,
      input.password,
      new LibBigInteger(input.srpBHex, 16),
      new LibBigInteger(input.saltHex, 16),
      done
    )
  );

  const message = Buffer.concat([
    Buffer.from(input.realm, 'utf8'),
    Buffer.from(input.identity, 'utf8'),
    Buffer.from(input.secretBlockBase64, 'base64'),
    Buffer.from(input.timestamp, 'utf8'),
  ]);
  const signature = createHmac('sha256', Buffer.from(key)).update(message).digest('base64');

  return {
    srpAHex: largeA.toString(16),
    claimSignature: signature,
    keyHex: Buffer.from(key).toString('hex'),
    kHex: helper.k.toString(16),
    uHex: helper.UValue.toString(16),
  };
});
