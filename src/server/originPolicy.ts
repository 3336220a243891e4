// Who may talk to the service: a web page on another site must not be able to use it, even though
// the user's browser can reach it (it listens on loopback, or on a private network).
//
//   Host header   must name the address served: DNS rebinding points a name the attacker owns
//                 (evil.example) at 127.0.0.1, so the browser sends Host: evil.example, which is
//                 refused. Bound to loopback, the loopback names are accepted (localhost,
//                 *.localhost, 127.x.x.x, [::1]); bound to 0.0.0.0 or ::, any IP address and
//                 localhost; bound to an address, that address. Other names only with
//                 --allowed-hosts (a list; ".example.com" also admits its subdomains; "*" any).
//   unsafe method (POST…) from a browser must come from a page of this origin. Sec-Fetch-Site,
//                 which the browser sets and a page cannot, must be "same-origin" or "none" (typed
//                 by the user); a browser that does not send it is judged by Origin, whose host must
//                 equal the Host header. A request with neither is not from a browser: allowed.
//                 Another port of the same machine is another origin ("same-site"): refused.
//   --cors-origin admits listed origins (exactly, e.g. https://app.example.com) for every method,
//                 with the CORS headers their pages need to read the answer.
//
// Hosts are compared without their port (a rebinding attack cannot change the name, and behind a
// proxy the port differs); origins are compared with it.

import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './httpError.js';

export interface OriginPolicyOptions {
  /** The address the server listens on (--host). */
  boundHost: string;
  /** Further Host names to answer (--allowed-hosts). */
  allowedHosts?: readonly string[];
  /** Origins whose pages may call the API (--cors-origin). */
  corsOrigins?: readonly string[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class OriginPolicy {
  private readonly allowedHosts: string[];
  private readonly corsOrigins: Set<string>;
  private readonly bound: 'loopback' | 'any' | string;

  constructor(options: OriginPolicyOptions) {
    this.allowedHosts = (options.allowedHosts ?? []).map((h) => h.trim().toLowerCase().replace(/\.$/, '')).filter(Boolean);
    this.corsOrigins = new Set((options.corsOrigins ?? []).map(normalizeOrigin));
    const host = hostName(options.boundHost);
    this.bound = isLoopback(host) ? 'loopback' : host === '0.0.0.0' || host === '::' ? 'any' : host;
  }

  /**
   * Throws a 403 for a request this service must not answer (see the file header); else returns
   * the CORS headers to add. `asUnsafe` judges a GET as a POST: for a GET that sets the server
   * computing (an explanation), which a page on another site must not be able to start.
   */
  check(request: IncomingMessage, asUnsafe = false): Record<string, string> {
    const host = request.headers.host;
    if (!host || !this.hostAllowed(hostName(host))) {
      throw new HttpError(403, 'host_not_allowed', `this server does not answer for the host '${printableHeader(host ?? '')}' (allow it with --allowed-hosts)`);
    }
    const origin = typeof request.headers.origin === 'string' ? request.headers.origin : undefined;
    if (origin !== undefined && this.corsOrigins.has(normalizeOrigin(origin))) {
      return { 'Access-Control-Allow-Origin': normalizeOrigin(origin), Vary: 'Origin' };
    }
    if (SAFE_METHODS.has(request.method ?? '') && !asUnsafe) return this.corsOrigins.size > 0 ? { Vary: 'Origin' } : {};
    const site = request.headers['sec-fetch-site'];
    const sameOrigin = typeof site === 'string'
      ? site === 'same-origin' || site === 'none'
      : origin === undefined || originHost(origin) === host.toLowerCase();
    if (!sameOrigin) {
      throw new HttpError(403, 'cross_origin', `a page on another origin (${printableHeader(origin ?? String(site))}) may not use this API (allow it with --cors-origin)`);
    }
    return this.corsOrigins.size > 0 ? { Vary: 'Origin' } : {};
  }

  /** The answer to a CORS preflight (OPTIONS with Access-Control-Request-Method) from an allowed origin, or null. */
  preflight(request: IncomingMessage): Record<string, string> | null {
    const origin = request.headers.origin;
    if (request.method !== 'OPTIONS' || typeof origin !== 'string' || !this.corsOrigins.has(normalizeOrigin(origin))) return null;
    return {
      'Access-Control-Allow-Origin': normalizeOrigin(origin),
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    };
  }

  private hostAllowed(name: string): boolean {
    for (const allowed of this.allowedHosts) {
      if (allowed === '*' || allowed === name || (allowed.startsWith('.') && (name === allowed.slice(1) || name.endsWith(allowed)))) return true;
    }
    if (this.bound === 'loopback') return isLoopback(name);
    if (this.bound === 'any') return isIP(name) !== 0 || isLoopback(name);
    return name === this.bound;
  }
}

/** The name in a Host header or address, lower case, without port, brackets or a trailing dot. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  if (isIP(h) === 6) return h;
  return h.replace(/:\d*$/, '').replace(/\.$/, '');
}

/** Names that can only mean this machine (browsers resolve *.localhost to loopback themselves). */
function isLoopback(name: string): boolean {
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || (isIP(name) === 4 && name.startsWith('127.'));
}

/** "https://App.example.com:443/" → "https://app.example.com" (as browsers serialise an origin). */
function normalizeOrigin(origin: string): string {
  try {
    const url = new URL(origin.trim());
    return url.origin === 'null' ? origin.trim() : url.origin;
  } catch {
    return origin.trim();
  }
}

/** The host (name:port, default port elided) of an Origin header, or null for "null" and garbage. */
function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? null : url.host;
  } catch {
    return null;
  }
}

function printableHeader(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 100 ? `${clean.slice(0, 100)}…` : clean;
}
