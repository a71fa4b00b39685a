import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Procmod', template: '%s · Procmod' },
  description: 'Model business processes in BPMN and talk about them with an AI that sees the diagram.',
  icons: { icon: '/favicon.svg' },
};

export const viewport: Viewport = { themeColor: '#1f4fd1' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
