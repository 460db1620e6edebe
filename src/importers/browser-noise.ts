// Which visited URLs are noise rather than memory: search result pages, local and internal pages, sign-in and redirect hops.

const SEARCH_RESULT_PAGES: Array<{ host: RegExp; path: RegExp }> = [
  { host: /(^|\.)google\.[a-z.]+$/, path: /^\/(search|webhp|url)\b/ },
  { host: /(^|\.)bing\.com$/, path: /^\/(search|images\/search|videos\/search|ck\/a)\b/ },
  { host: /(^|\.)duckduckgo\.com$/, path: /^\/(html\/?|lite\/?)?$/ },
  { host: /(^|\.)search\.yahoo\.com$/, path: /^\/search\b/ },
  { host: /(^|\.)yandex\.[a-z.]+$/, path: /^\/search\b/ },
  { host: /(^|\.)ecosia\.org$/, path: /^\/search\b/ },
  { host: /(^|\.)search\.brave\.com$/, path: /^\/search\b/ },
  { host: /(^|\.)baidu\.com$/, path: /^\/s\b/ },
  { host: /(^|\.)startpage\.com$/, path: /^\/(do\/|sp\/)?search\b/ },
];

const SIGN_IN_OR_REDIRECT_PATH =
  /(^|\/)(login|log-in|signin|sign-in|signup|sign-up|logout|log-out|signout|sign-out|oauth2?|authorize|callback|sso|saml|auth|redirect|consent)(\/|$|\.|\?)/i;

const SIGN_IN_HOSTS =
  /^(accounts\.google\.com|login\.microsoftonline\.com|login\.live\.com|appleid\.apple\.com|auth0\.com|.*\.okta\.com)$/;

// Link shorteners and click trackers are only hops to the real page, which the history has too.
const REDIRECT_HOSTS =
  /^(t\.co|bit\.ly|l\.facebook\.com|lm\.facebook\.com|l\.instagram\.com|out\.reddit\.com)$/;

function isLocalHost(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host === '[::1]' ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    host === '0.0.0.0'
  );
}

/** Why a visited URL should not become a memory, or undefined when it should. */
export function noiseReason(rawUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return 'unreadable';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'internal-page';
  const host = url.hostname.toLowerCase();
  if (isLocalHost(host)) return 'localhost';
  const path = url.pathname;
  if (SEARCH_RESULT_PAGES.some((p) => p.host.test(host) && p.path.test(path))) {
    // DuckDuckGo serves results on its home path: only a query makes it a results page.
    if (!host.endsWith('duckduckgo.com') || url.searchParams.has('q')) return 'search-results';
  }
  if (SIGN_IN_HOSTS.test(host) || SIGN_IN_OR_REDIRECT_PATH.test(path)) return 'sign-in-or-redirect';
  if (REDIRECT_HOSTS.test(host)) return 'sign-in-or-redirect';
  return undefined;
}

/** The URL used for per-day dedupe and in sourceRef: without its #fragment, which names a place in the same page. */
export function pageUrl(rawUrl: string): string {
  const hash = rawUrl.indexOf('#');
  return hash === -1 ? rawUrl : rawUrl.slice(0, hash);
}
