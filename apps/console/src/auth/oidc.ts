import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

/**
 * Authorisation code with PKCE against the configured issuer (e.g. Keycloak), by oidc-client-ts.
 * Its state and the user it returns stay in sessionStorage; the code in the callback URL is
 * removed from the address bar as soon as it is exchanged.
 */
export function userManager(issuer: string, clientId: string): UserManager {
  return new UserManager({
    authority: issuer,
    client_id: clientId,
    redirect_uri: `${window.location.origin}/masuk/callback`,
    post_logout_redirect_uri: `${window.location.origin}/masuk`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}
