// Decode untrusted images with hard limits and re-encode them: this drops metadata (EXIF GPS included) and any
// payload appended to the file (polyglots), and yields a ≤512 px thumbnail for previews.
import 'server-only';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { AppError } from '@/lib/errors';
import { checkPixels, limits } from './policy';

// libvips uses every core by default; two shared cores and untrusted input call for one thread per image.
sharp.concurrency(1);
sharp.cache(false);

export const THUMB_MAX = 512;
export const THUMB_MIME = 'image/webp';

export type ProcessedImage = { data: Buffer; thumb: Buffer; width: number; height: number; mime: string };

function decoder(input: Buffer) {
  return sharp(input, { limitInputPixels: limits().imageMaxPixels, failOn: 'warning', pages: 1, sequentialRead: true });
}

function corrupt(mime: string): AppError {
  return new AppError('invalidFile', `This ${mime.replace('image/', '').toUpperCase()} image is damaged or incomplete and can't be read.`);
}

/** Validate and re-encode; PNG stays PNG, JPEG stays JPEG, WebP stays WebP, GIF stays (static) GIF. */
export async function processImage(input: Buffer, mime: string): Promise<ProcessedImage> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false, failOn: 'none' }).metadata();
  } catch {
    throw corrupt(mime);
  }
  if (!meta.width || !meta.height) throw corrupt(mime);
  // Header dimensions first: a 2 KB file may claim 50000 × 50000 pixels (the pixel bomb).
  checkPixels(meta.width, meta.height);
  if ((meta.pages ?? 1) > 1 && mime === 'image/gif') {
    throw new AppError('invalidFile', 'Animated GIFs are not supported; attach a still image (PNG, JPEG, WebP or a single-frame GIF).');
  }
  try {
    const oriented = decoder(input).autoOrient();
    const encoded = await encodeAs(oriented.clone(), mime).toBuffer({ resolveWithObject: true });
    const thumb = await decoder(encoded.data)
      .resize(THUMB_MAX, THUMB_MAX, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    return { data: encoded.data, thumb, width: encoded.info.width, height: encoded.info.height, mime };
  } catch (err) {
    if (/pixel limit/i.test(String((err as Error)?.message))) checkPixels(meta.width, meta.height + 1e9);
    throw corrupt(mime);
  }
}

function encodeAs(img: Sharp, mime: string): Sharp {
  switch (mime) {
    case 'image/png':
      return img.png();
    case 'image/jpeg':
      return img.jpeg({ quality: 90, mozjpeg: true });
    case 'image/webp':
      return img.webp({ quality: 90 });
    case 'image/gif':
      return img.gif();
    default:
      throw new AppError('unsupportedMediaType', `${mime} images are not supported.`);
  }
}
