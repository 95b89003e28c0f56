import Callout from './Callout.astro';
import DoThisNow from './DoThisNow.astro';
import ErrorPage from './ErrorPage.astro';
import Kbd from './Kbd.astro';
import Platform from './Platform.astro';
import Platforms from './Platforms.astro';
import Step from './ProcedureStep.astro';
import Steps from './Procedure.astro';

/**
 * The components every article can use without importing them, by the names authors write
 * (`<Steps>` and `<Step>` are the Procedure and ProcedureStep files, so they are not mistaken
 * for the troubleshooter's steps).
 */
export const mdxComponents = { Callout, DoThisNow, ErrorPage, Kbd, Platform, Platforms, Step, Steps };
