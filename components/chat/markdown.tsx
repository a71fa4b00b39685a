'use client';
// Assistant text as Markdown (GFM tables, lists, code). Raw HTML is dropped, never rendered; images load only
// from our own signed URLs or data URLs (an element named `![x](http://host/pixel)` must not phone home).
// Cited diagram elements (entity annotations) become buttons that select the element on the canvas.
import { memo, useMemo } from 'react';
import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { Annotation } from '@/lib/chatkit/types';
import { isAllowedImageSrc } from '@/lib/markdown';
import { CITE_HASH, citationsOf, linkCitations, type Citation } from './citations';

type Props = { text: string; annotations?: Annotation[]; onCite?: (c: Citation) => void };

export const Markdown = memo(function Markdown({ text, annotations, onCite }: Props) {
  const citations = useMemo(() => citationsOf(annotations ?? []), [annotations]);
  const source = useMemo(() => linkCitations(text, citations), [text, citations]);
  const components = useMemo<Components>(() => {
    const byId = new Map(citations.map((c) => [c.id, c]));
    return {
      a: ({ node: _node, href, children, ...props }) => {
        const cited = href?.startsWith(CITE_HASH) ? byId.get(decodeURIComponent(href.slice(CITE_HASH.length))) : undefined;
        if (cited) {
          return (
            <button
              type="button"
              className="chat-cite"
              data-testid="citation"
              data-element-id={cited.id}
              title={`Show ${cited.title} in the diagram`}
              onClick={() => onCite?.(cited)}
            >
              {children}
            </button>
          );
        }
        return <a {...props} href={href} target="_blank" rel="noopener noreferrer nofollow">{children}</a>;
      },
      img: ({ node: _node, src, alt }) => {
        const url = typeof src === 'string' ? src : '';
        const origin = typeof window === 'undefined' ? 'http://invalid' : window.location.origin;
        if (isAllowedImageSrc(url, origin)) return <img src={url} alt={alt ?? ''} loading="lazy" />;
        return <span className="chat-md-img-blocked" title="External images are not loaded">[image: {alt || 'not shown'}]</span>;
      },
      table: ({ node: _node, ...props }) => (
        <div className="chat-md-table">
          <table {...props} />
        </div>
      ),
    };
  }, [citations, onCite]);
  return (
    <div className="chat-md">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={components} urlTransform={keepDataImages}>
        {source}
      </ReactMarkdown>
    </div>
  );
});

/** The default URL filter, except that an image may be a data URL (the img renderer still checks it). */
function keepDataImages(url: string, key: string): string {
  return key === 'src' && url.startsWith('data:image/') ? url : defaultUrlTransform(url);
}
