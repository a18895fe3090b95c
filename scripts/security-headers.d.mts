export function contentSecurityPolicy(connect: string, options?: { header?: boolean }): string;
export function connectSources(pageOrigin: string, backendUrl: string): string;
export function securityHeaders(connect?: string): Record<string, string>;
