/** schema.org data for an article page. Plain objects; the page serialises them. */
export interface ArticleMeta {
  title: string;
  description: string;
  url: string;
  updated: Date;
  /** First published; the date of this version when the article does not say. */
  published?: Date | undefined;
  kind: string;
  siteName: string;
  sources: readonly { title: string; url: string }[];
  /** The article's `<Step>`s, in order: title, text and the id of the step on the page. */
  steps?: readonly { title: string; text: string; id: string }[] | undefined;
}

export function articleJsonLd(meta: ArticleMeta): Record<string, unknown>[] {
  const publisher = { '@type': 'Organization', name: meta.siteName };
  const data: Record<string, unknown>[] = [
    {
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: meta.title,
      description: meta.description,
      url: meta.url,
      mainEntityOfPage: meta.url,
      datePublished: (meta.published ?? meta.updated).toISOString(),
      dateModified: meta.updated.toISOString(),
      author: publisher,
      publisher,
      citation: meta.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
    },
  ];
  const steps = meta.kind === 'fix' ? (meta.steps ?? []) : [];
  if (steps.length > 0) {
    data.push({
      '@context': 'https://schema.org',
      '@type': 'HowTo',
      name: meta.title,
      description: meta.description,
      url: meta.url,
      step: steps.map((step, i) => ({ '@type': 'HowToStep', position: i + 1, name: step.title, text: step.text || step.title, url: `${meta.url}#${step.id}` })),
    });
  }
  return data;
}

export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}
