export const chromiumFlags: string[];
export const launchOptions: { executablePath?: string; args?: string[] };
export const hasSystemChromium: boolean;
