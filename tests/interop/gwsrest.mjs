// A GWS REST session as a browser client keeps it: Basic credentials on every request,
// one cookie jar (JSESSIONID) shared with cometd-nodejs-client through its `cookies`
// option, and the CSRF token learned from X-CSRF-HEADER / X-CSRF-TOKEN answer headers and
// sent on every write. Used by the interop test and by the benchmark's JS peer.

export function gwsRest({ base, user, password, adapt, fail }) {
  const jar = new Map(); // name -> "name=value"
  function storeSetCookie(header) {
    const nameValue = header.split(';')[0].trim();
    const equal = nameValue.indexOf('=');
    if (equal > 0)
      jar.set(nameValue.substring(0, equal), nameValue);
  }
  adapt({
    cookies: {
      storeCookie(uri, header, callback) { storeSetCookie(header); callback(null, header); },
      retrieveCookies(context, uri, callback) { callback(null, [...jar.values()]); },
    },
  });

  const session = {
    jar,
    authorization: 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64'),
    csrf: null, // { name, token }

    // One request; any failure (network, HTTP status, non-JSON, statusCode) calls fail().
    async rest(method, path, body) {
      const headers = { Authorization: session.authorization };
      if (jar.size)
        headers.Cookie = [...jar.values()].join('; ');
      if (method !== 'GET' && session.csrf)
        headers[session.csrf.name] = session.csrf.token;
      if (body !== undefined)
        headers['Content-Type'] = 'application/json';
      let response;
      try {
        response = await fetch(base + path, {
          method, headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(5000),
        });
      } catch (e) {
        fail(`${method} ${path}: ${e.message}`);
      }
      for (const cookie of response.headers.getSetCookie())
        storeSetCookie(cookie);
      const csrfName = response.headers.get('x-csrf-header');
      if (csrfName && response.headers.get(csrfName))
        session.csrf = { name: csrfName, token: response.headers.get(csrfName) };
      const text = await response.text();
      if (response.status !== 200)
        fail(`${method} ${path} answered HTTP ${response.status}: ${text}`);
      let json;
      try {
        json = JSON.parse(text);
      } catch (e) {
        fail(`${method} ${path} answered no JSON: ${text}`);
      }
      if (json.statusCode !== 0)
        fail(`${method} ${path} answered statusCode ${json.statusCode}: ${json.statusMessage}`);
      return json;
    },

    // Credentials and the CSRF token for the CometD client's own requests.
    cometdHeaders() {
      return { Authorization: session.authorization, [session.csrf.name]: session.csrf.token };
    },
  };
  return session;
}
