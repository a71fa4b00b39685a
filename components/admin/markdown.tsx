// Assistant answers render as Markdown (GFM), as in the chat. Raw HTML in answers is not rendered, and images
// load only from data URLs or our own signed paths — never from a host an element name or answer points at.
import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { isAllowedImageSrc } from '@/lib/markdown';

// Rendered on the server, where the page origin is unknown: only relative signed paths and data URLs pass.
const NO_ORIGIN = 'http://origin.invalid';

export function Markdown({ text }: { text: string }) {
  return (
    <ReactMarkdown
      remarkPlugins={[remarkGfm]}
      skipHtml
      urlTransform={keepDataImages}
      components={{
        a: ({ href, children }) => <a href={href} target="_blank" rel="noopener noreferrer nofollow">{children}</a>,
        img: ({ src, alt }) =>
          typeof src === 'string' && isAllowedImageSrc(src, NO_ORIGIN) ? (
            <img src={src} alt={alt ?? ''} loading="lazy" />
          ) : (
            <span className="md-img-blocked" title="External images are not loaded">[image: {alt || 'not shown'}]</span>
          ),
      }}
    >
      {text}
    </ReactMarkdown>
  );
}

/** The default URL filter, except that an image may be a data URL (the img renderer still checks it). */
function keepDataImages(url: string, key: string): string {
  return key === 'src' && url.startsWith('data:image/') ? url : defaultUrlTransform(url);
}
