import { hmacSha256, twilioSignature, verifyHmacSha256, verifyTwilioSignature } from './webhook-signature';

describe(verifyTwilioSignature.name, () => {
  // The worked example of Twilio's request-validation documentation: the only
  // fixture not produced by this implementation, so it catches a wrong base string.
  const token = '12345';
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = { CallSid: 'CA1234567890ABCDE', Caller: '+14158675309', Digits: '1234', From: '+14158675309', To: '+18005551212' };
  const documented = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';

  it('produces the documented signature', () => {
    expect(twilioSignature(token, url, params)).toBe(documented);
  });

  it('accepts a valid signature whatever order the parameters arrive in', () => {
    const reordered = { To: params.To, Digits: params.Digits, From: params.From, CallSid: params.CallSid, Caller: params.Caller };
    expect(verifyTwilioSignature(token, url, reordered, documented)).toBe(true);
  });

  it('rejects a tampered parameter, an added parameter or a changed URL', () => {
    expect(verifyTwilioSignature(token, url, { ...params, Digits: '9999' }, documented)).toBe(false);
    expect(verifyTwilioSignature(token, url, { ...params, Body: 'STOP' }, documented)).toBe(false);
    expect(verifyTwilioSignature(token, 'https://mycompany.com/myapp.php?foo=1&bar=3', params, documented)).toBe(false);
  });

  it('rejects a signature made with another secret, and a missing or malformed header', () => {
    const forged = twilioSignature('not-the-token', url, params);
    expect(verifyTwilioSignature(token, url, params, forged)).toBe(false);
    expect(verifyTwilioSignature(token, url, params, undefined)).toBe(false);
    expect(verifyTwilioSignature(token, url, params, '')).toBe(false);
    expect(verifyTwilioSignature(token, url, params, 'short')).toBe(false);
  });

  it('accepts the URL with or without an explicit default port, but not another port', () => {
    const signedWithPort = twilioSignature(token, 'https://mycompany.com:443/myapp.php?foo=1&bar=2', params);
    expect(verifyTwilioSignature(token, url, params, signedWithPort)).toBe(true);
    expect(verifyTwilioSignature(token, 'https://mycompany.com:443/myapp.php?foo=1&bar=2', params, documented)).toBe(true);
    expect(verifyTwilioSignature(token, 'https://mycompany.com:8443/myapp.php?foo=1&bar=2', params, documented)).toBe(false);
  });

  it('signs repeated parameters with their values sorted', () => {
    const a = twilioSignature(token, url, { MediaUrl: ['b', 'a'] });
    expect(a).toBe(twilioSignature(token, url, { MediaUrl: ['a', 'b'] }));
    expect(verifyTwilioSignature(token, url, { MediaUrl: ['a', 'b'] }, a)).toBe(true);
  });
});

describe(verifyHmacSha256.name, () => {
  const secret = 'webhook-secret-0123456789';
  const body = '{"id":"SM1","status":"delivered","text":"Dziękujemy"}';

  it('accepts hex, base64 and a "sha256=" prefix', () => {
    expect(verifyHmacSha256(secret, body, hmacSha256(secret, body))).toBe(true);
    expect(verifyHmacSha256(secret, body, hmacSha256(secret, body).toUpperCase())).toBe(true);
    expect(verifyHmacSha256(secret, body, `sha256=${hmacSha256(secret, body)}`)).toBe(true);
    expect(verifyHmacSha256(secret, Buffer.from(body), hmacSha256(secret, body, 'base64'))).toBe(true);
  });

  it('rejects a tampered body, a wrong secret and a missing signature', () => {
    const signature = hmacSha256(secret, body);
    expect(verifyHmacSha256(secret, body.replace('delivered', 'failed'), signature)).toBe(false);
    expect(verifyHmacSha256('another-secret-0123456789', body, signature)).toBe(false);
    expect(verifyHmacSha256(secret, body, undefined)).toBe(false);
    expect(verifyHmacSha256(secret, body, signature.slice(0, -2))).toBe(false);
  });
});
