declare namespace App {
  interface Locals {
    /** Ids already given out by components on the page being rendered (see lib/unique-id.ts). */
    pageIds?: Set<string>;
  }
}
