declare namespace App {
  interface Locals {
    /** Ids already given out by components on the page being rendered (see lib/unique-id.ts). */
    pageIds?: Set<string>;
    /** Ids of the article's `<Step>`s so far, in order (see lib/markdown/step-titles.ts). */
    stepIds?: Set<string>;
  }
}
