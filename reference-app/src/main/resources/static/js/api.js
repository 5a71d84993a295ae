// Calls the API with the signed-in user's tokens.
//
// Where tokens live: the access token (15 min) only in this module's memory, so nothing on disk or
// in storage holds a token that works against the API by itself; the refresh token (7 days, single
// use, rotated on every refresh) in sessionStorage, which is per tab and cleared when the tab
// closes. Each page load spends the refresh token once to get a fresh access token. Script injected
// into the page could still read sessionStorage, which is why every page runs under a strict
// Content-Security-Policy (script-src 'self', no inline script) and renders data with textContent
// only. See docs/ui.md.

const REFRESH_KEY = 'maang.refreshToken';
let accessToken = null;
let refreshing = null;

/** An error answer of the API: the problem's detail, its status and its field errors. */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem.detail || problem.title || `The request failed (HTTP ${status}).`);
        this.status = status;
        this.problem = problem;
        this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
    }
}

/** The current access token, or null before a session is established. */
export function currentAccessToken() {
    return accessToken;
}

function remember(tokens) {
    accessToken = tokens.accessToken;
    sessionStorage.setItem(REFRESH_KEY, tokens.refreshToken);
}

function forget() {
    accessToken = null;
    sessionStorage.removeItem(REFRESH_KEY);
}

function send(path, { method = 'GET', body, auth = true } = {}) {
    const headers = {};
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (auth && accessToken) {
        headers.Authorization = `Bearer ${accessToken}`;
    }
    return fetch(path, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit', cache: 'no-store',
    });
}

async function problemOf(response) {
    let problem = {};
    if ((response.headers.get('Content-Type') || '').includes('json')) {
        try {
            problem = await response.json();
        } catch (ignored) {
            problem = {};
        }
    }
    if (response.status === 429 && response.headers.get('Retry-After') && !problem.detail) {
        problem.detail = `Too many requests. Try again in ${response.headers.get('Retry-After')} s.`;
    }
    return new ApiError(response.status, problem);
}

/** Spends the refresh token for a new pair; one refresh at a time. True when it worked. */
export function refresh() {
    if (!refreshing) {
        refreshing = (async () => {
            const refreshToken = sessionStorage.getItem(REFRESH_KEY);
            if (!refreshToken) {
                return false;
            }
            const response = await send('/api/v1/auth/refresh', { method: 'POST', body: { refreshToken }, auth: false });
            if (!response.ok) {
                forget();
                return false;
            }
            remember(await response.json());
            return true;
        })().finally(() => { refreshing = null; });
    }
    return refreshing;
}

function toSignIn() {
    const next = location.pathname + location.search;
    location.assign(`/?next=${encodeURIComponent(next)}`);
}

/**
 * Calls the API and answers the parsed JSON (null for 204). A 401 refreshes the tokens silently
 * once and repeats the call; when that fails too the user is sent to sign in.
 */
export async function api(path, options = {}) {
    let response = await send(path, options);
    if (response.status === 401 && options.auth !== false) {
        if (await refresh()) {
            response = await send(path, options);
        } else {
            toSignIn();
            throw new ApiError(401, { detail: 'Your session has ended. Please sign in again.' });
        }
    }
    if (!response.ok) {
        throw await problemOf(response);
    }
    if (response.status === 204 || !(response.headers.get('Content-Type') || '').includes('json')) {
        return null;
    }
    return response.json();
}

/** Makes sure the page has an access token, or sends the user to sign in. */
export async function requireSession() {
    if (accessToken || await refresh()) {
        return true;
    }
    toSignIn();
    return false;
}

/** Whether this tab holds a session (without spending it). */
export function hasSession() {
    return sessionStorage.getItem(REFRESH_KEY) !== null;
}

/** Signs in and keeps the tokens. */
export async function signIn(email, password) {
    remember(await api('/api/v1/auth/login', { method: 'POST', body: { email, password }, auth: false }));
}

/** Creates an account (then sign in separately). */
export function register(email, password, fullName) {
    // Streaks and the activity calendar count days at the user's own midnight.
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || null;
    return api('/api/v1/auth/register', { method: 'POST', body: { email, password, fullName, timeZone }, auth: false });
}

/** Revokes the refresh token's family on the server and forgets every token here. */
export async function signOut() {
    const refreshToken = sessionStorage.getItem(REFRESH_KEY);
    forget();
    if (refreshToken) {
        try {
            await send('/api/v1/auth/logout', { method: 'POST', body: { refreshToken }, auth: false });
        } catch (ignored) {
            // Signed out locally either way; the server's token expires on its own.
        }
    }
}
