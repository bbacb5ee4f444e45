'use client';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code drawn in the browser (the secret it carries never goes to another
 * server); `alt` says what it holds, and the same text is shown beside it for
 * anyone who cannot scan.
 */
export function QrCode({ text, alt, size = 200 }: { text: string; alt: string; size?: number }) {
  const [src, setSrc] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(text, { width: size, margin: 1, errorCorrectionLevel: 'M' }).then((url) => {
      if (current) setSrc(url);
    });
    return () => {
      current = false;
    };
  }, [text, size]);
  if (src === undefined) return <div style={{ width: size, height: size }} aria-busy="true" />;
  // biome-ignore lint/performance/noImgElement: a data: URL drawn here; next/image would only add a wrapper
  return <img src={src} alt={alt} width={size} height={size} data-testid="qr-code" />;
}
