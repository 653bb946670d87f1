/**
 * Escapes text for HTML element content and attribute values (`&`, `<`, `>`, `"`, `'`).
 *
 * @example
 * ```ts
 * escapeHtml('<b>"Tom & Jerry"</b>'); //=> '&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * A URL that is safe to put in a link: `http:` or `https:` only (never `javascript:`, `data:`…),
 * else `undefined`.
 *
 * @example
 * ```ts
 * safeHttpUrl('https://example.org/a?x=1'); //=> 'https://example.org/a?x=1'
 * safeHttpUrl('javascript:alert(1)'); //=> undefined
 * ```
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
