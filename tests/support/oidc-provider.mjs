// A real OpenID Connect provider (panva's oidc-provider) for the staff single sign-on tests, started by test.sh.
// Usage: node oidc-provider.mjs <port> <client id> <client secret> <redirect uri>
// People sign in on its own page by typing the email they sign in with. Tests describe an account first, when it should
// differ from the default (an email, verified), with POST /test/accounts {login, email, email_verified, audience}: an
// audience there makes the provider sign the ID token for that audience instead of the client, as a token meant for
// another application would be.
import Provider from 'oidc-provider';
import * as jose from 'jose';

const [port, clientId, clientSecret, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const signingKey = { ...(await jose.exportJWK(privateKey)), kid: 'frontdoor-tests', alg: 'RS256', use: 'sig' };
const accounts = new Map();

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri],
    grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_post',
  }],
  jwks: { keys: [signingKey] },
  cookies: { keys: [clientSecret] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, sub) {
    const account = accounts.get(sub) ?? {};
    return {
      accountId: sub,
      async claims() {
        return { sub, email: account.email ?? sub, email_verified: account.email_verified ?? true, name: account.name ?? sub };
      },
    };
  },
  // FrontDoor is the council's own application: no consent screen, as an organisation's provider is set up for it.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

async function body(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

provider.use(async (ctx, next) => {
  if (ctx.method === 'POST' && ctx.path === '/test/accounts') {
    const account = JSON.parse(await body(ctx.req));
    accounts.set(account.login.toLowerCase(), account);
    ctx.status = 204;
    return;
  }
  const interaction = ctx.path.match(/^\/interaction\/([^/]+)$/);
  if (interaction && ctx.method === 'GET') {
    await provider.interactionDetails(ctx.req, ctx.res);
    ctx.type = 'html';
    ctx.body = `<!doctype html><html lang="en"><title>Sign in</title><main><h1>Sign in</h1>
      <form method="post" action="/interaction/${interaction[1]}"><label for="login">Email</label><input id="login" name="login"><button>Sign in</button></form></main></html>`;
    return;
  }
  if (interaction && ctx.method === 'POST') {
    const login = new URLSearchParams(await body(ctx.req)).get('login')?.trim().toLowerCase();
    ctx.respond = false;
    await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
    return;
  }
  await next();
  if (ctx.path === '/token' && ctx.body?.id_token) {
    const claims = jose.decodeJwt(ctx.body.id_token);
    const audience = accounts.get(claims.sub)?.audience;
    if (audience) {
      const idToken = await new jose.SignJWT({ ...claims, aud: audience }).setProtectedHeader({ alg: 'RS256', kid: signingKey.kid, typ: 'JWT' }).sign(privateKey);
      ctx.body = { ...ctx.body, id_token: idToken };
    }
  }
});

provider.listen(Number(port), '127.0.0.1', () => console.log(`OpenID Connect provider at ${issuer}`));
