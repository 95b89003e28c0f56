/**
 * Every text the engine itself shows (buttons, labels, messages, the support summary), by key.
 * The engine holds the keys only; the words live in the content folder, one file per language:
 * `content/ui.json` for the default language, complete, and `content/<lang>/ui.json` for a
 * translation, where any key left out falls back to the default's. Placeholders in braces
 * (`{count}`) are filled in by `t()`.
 */
export const UI_KEYS = [
  'skipToContent',
  'nav.main', 'nav.footer', 'nav.home', 'nav.breadcrumb',
  'language.label', 'language.current',
  'theme.label', 'theme.auto', 'theme.light', 'theme.dark',
  'home.allOfKind', 'home.browseAll',
  'article.lastUpdated', 'article.errorCodes', 'article.onThisPage', 'article.tableOfContents', 'article.sources', 'article.related', 'article.more', 'article.previous', 'article.next', 'article.sectionLink', 'article.backToTroubleshooter', 'article.fallbackNotice', 'article.outdatedNotice', 'article.readOriginal',
  'index.title', 'index.description', 'index.kindTitle', 'index.pageTitle', 'index.all', 'index.filterByKind', 'index.jumpToLetter', 'index.pages', 'index.previousPage', 'index.nextPage', 'index.pageN', 'index.noneOfKind',
  'callout.note', 'callout.tip', 'callout.caution', 'callout.danger',
  'doThisNow.title',
  'platforms.label', 'platforms.menu',
  'platform.chrome', 'platform.edge', 'platform.firefox', 'platform.safari', 'platform.brave', 'platform.opera', 'platform.ios', 'platform.android', 'platform.windows', 'platform.macos', 'platform.app', 'platform.other',
  'search.title', 'search.description', 'search.label', 'search.placeholder', 'search.dialogPlaceholder', 'search.submit', 'search.close', 'search.results', 'search.keyMove', 'search.keyOpen', 'search.keyClose', 'search.keyEnter', 'search.keyEsc', 'search.keyCtrl', 'search.allResults', 'search.showOnly', 'search.errorCode', 'search.anyCode', 'search.troubleshooterSteps', 'search.stepBadge', 'search.noJs', 'search.noJsBrowse', 'search.noJsTroubleshoot', 'search.showMore', 'search.prompt', 'search.count.none', 'search.count.one', 'search.count.other', 'search.corrected', 'search.some.one', 'search.some.other', 'search.moreWithoutFilters', 'search.failed', 'search.noMatch', 'search.noMatchAll', 'search.showingInstead', 'search.showingSome', 'search.notWhatYouNeed', 'search.troubleshooterLink', 'search.checkSpelling', 'search.troubleshooterLinkLower',
  'notFound.title', 'notFound.description', 'notFound.eyebrow', 'notFound.heading', 'notFound.stepGone', 'notFound.restart', 'notFound.text', 'notFound.matches', 'notFound.matchesFor', 'notFound.whereNext', 'notFound.home', 'notFound.browse', 'notFound.troubleshoot', 'notFound.troubleshootLink',
  'wizard.resumeTitle', 'wizard.resumeText', 'wizard.continue', 'wizard.startOver', 'wizard.back', 'wizard.restart', 'wizard.answersSoFar', 'wizard.change', 'wizard.changeAnswer', 'wizard.earlierAnswer', 'wizard.suggested', 'wizard.changedNotice', 'wizard.corruptNotice', 'wizard.copied', 'wizard.copyFailed',
  'step.progress', 'step.left.result', 'step.left.one', 'step.left.other', 'step.leftAlone.result', 'step.leftAlone.one', 'step.leftAlone.other', 'step.tryThisFix', 'step.moreAbout', 'step.howTo', 'step.readNext', 'step.chooseAnswer', 'step.didThisFixIt', 'step.solvedLabel', 'step.notSolvedLabel', 'step.alsoUseful', 'step.summaryTitle', 'step.summaryText', 'step.copySummary', 'step.summaryLabel', 'step.seeMap', 'step.fromStart',
  'outcome.solved', 'outcome.article', 'outcome.support',
  'summary.title', 'summary.answers', 'summary.fixes', 'summary.none', 'summary.fixed', 'summary.notFixed', 'summary.result', 'summary.blanks',
  'map.title', 'map.description', 'map.crumb', 'map.intro', 'map.arrow', 'map.counts', 'map.question', 'map.fix', 'map.outcome', 'map.solved', 'map.read', 'map.support', 'map.ifFixed', 'map.ifNotFixed',
  'check.title', 'check.description', 'check.intro', 'check.then', 'check.thenTroubleshooter', 'check.thenSupport', 'check.boxTitle', 'check.boxText', 'check.run', 'check.noJs', 'check.tracePage', 'check.byHand', 'check.error.offline', 'check.error.blocked', 'check.error.timeout', 'check.error.malformed', 'check.found', 'check.ip', 'check.country', 'check.colo', 'check.warp', 'check.checked', 'check.nothing', 'check.jump', 'check.limits', 'check.copy', 'check.copyFailed', 'check.copied', 'check.unreachable', 'check.finished', 'check.running', 'check.certainty.strong', 'check.certainty.likely', 'check.certainty.possible', 'check.certainty.info', 'check.tor', 'check.unknownCountry', 'check.unknown', 'check.textTitle', 'check.textIp', 'check.textCountry', 'check.textColo', 'check.textWarp', 'check.textNoTrace',
  'finding.warp', 'finding.warpWhy', 'finding.gateway', 'finding.gatewayWhy', 'finding.tor', 'finding.torWhy', 'finding.mismatch', 'finding.mismatchWhy', 'finding.match', 'finding.matchWhy', 'finding.relay', 'finding.relayWhy', 'finding.ie', 'finding.ieWhy', 'finding.outdated', 'finding.outdatedWhy', 'finding.cookies', 'finding.cookiesWhy', 'finding.clockAhead', 'finding.clockBehind', 'finding.clockWhy',
] as const;

export type UiKey = (typeof UI_KEYS)[number];
