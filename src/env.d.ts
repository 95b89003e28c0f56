declare namespace App {
  interface Locals {
    /** Ids already given to platform sections on the page being rendered. */
    platformIds?: Set<string>;
  }
}
