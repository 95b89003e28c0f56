import Callout from './Callout.astro';
import DoThisNow from './DoThisNow.astro';
import ErrorPage from './ErrorPage.astro';
import Kbd from './Kbd.astro';
import Platform from './Platform.astro';
import Platforms from './Platforms.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';

/** The components every article can use without importing them. */
export const mdxComponents = { Callout, DoThisNow, ErrorPage, Kbd, Platform, Platforms, Step, Steps };
