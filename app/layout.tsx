import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Procmod', template: '%s · Procmod' },
  description: 'Model business processes in BPMN and talk about them with an AI that sees the diagram.',
  icons: { icon: '/favicon.svg' },
};

export const viewport: Viewport = { themeColor: '#1f4fd1' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: the CSP nonce (proxy.ts) is new each time, and Next can only put it on the
  // inline scripts of a page it renders now, not on a prerendered one.
  await headers();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
