// The user id and token a page works with, kept in localStorage so the explorer and playground share them.
const TOKEN_KEY = 'persona-graph:token';
const USER_KEY = 'persona-graph:userId';

export interface Settings {
  userId: string;
  token: string;
}

export function loadSettings(): Settings {
  const query = new URLSearchParams(window.location.search);
  return {
    userId: query.get('userId') ?? localStorage.getItem(USER_KEY) ?? '',
    token: localStorage.getItem(TOKEN_KEY) ?? '',
  };
}

export function saveSettings(settings: Settings): void {
  localStorage.setItem(USER_KEY, settings.userId);
  localStorage.setItem(TOKEN_KEY, settings.token);
}

/** The Authorization header value for a token, or undefined without one. */
export function bearer(token: string): string | undefined {
  const trimmed = token.trim();
  if (!trimmed) return undefined;
  return /^bearer\s/i.test(trimmed) ? trimmed : `Bearer ${trimmed}`;
}

/** The GraphQL endpoint on this server, over HTTP and over WebSocket. */
export function endpoints(): { http: string; ws: string } {
  const http = new URL('/graphql', window.location.href).toString();
  return { http, ws: http.replace(/^http/, 'ws') };
}
