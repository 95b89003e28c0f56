/** Normalises a base path to start and end with one slash: "kb", "/kb", "/kb/" all give "/kb/". */
export function normaliseBasePath(value: string | undefined): string {
  const trimmed = (value ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
