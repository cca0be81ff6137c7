/**
 * German messages: every key of the English catalog.
 *
 * Goalpost speaks to a rep about their own goals, warmly and directly, so German uses "du"
 * throughout (lower case, as German software does), never "Sie". People are named rather than
 * given pronouns, as in English: a person's record does not say which they use. Figures arrive
 * formatted by Intl and are inserted as given; only counts are numbers, and their nouns follow
 * `Intl.PluralRules('de')`.
 */
import type { CompleteCatalog } from './messages.js';
import type { PlanModel } from '../core/commission.js';
import type { StretchVerdict } from '../core/distribution.js';
import type { PlanPeriod } from '../core/types.js';

const plurals = new Intl.PluralRules('de');

/** "1 Tag", "3 Tage": a count and its noun, singular or plural. */
function counted(count: number, one: string, other: string): string {
  return `${count} ${plurals.select(count) === 'one' ? one : other}`;
}

/** Days as the subject or object of a sentence: "1 Tag", "12 Tage". */
const tage = (days: number) => counted(days, 'Tag', 'Tage');
/** Days after "seit", "vor", "in": "1 Tag", "12 Tagen". */
const tagen = (days: number) => counted(days, 'Tag', 'Tagen');
const changes = (count: number) => counted(count, 'Änderung', 'Änderungen');

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "Ich werde den CFO anrufen." → "den CFO anrufen": a promise quoted after "Deine Zusage:". */
const promise = (text: string) => text.trim().replace(/^ich\s+werde\s+/i, '').replace(/[.!]+$/, '');

/** The period as a noun after "in diesem", "im", "jeder": der Monat, das Quartal, das Jahr. */
const PERIOD_NOUN: Record<PlanPeriod, string> = { month: 'Monat', quarter: 'Quartal', year: 'Jahr' };
const EACH_PERIOD: Record<PlanPeriod, string> = { month: 'Jeder Monat', quarter: 'Jedes Quartal', year: 'Jedes Jahr' };
const PLAN_NOUN: Record<PlanPeriod, string> = { month: 'Monatsplan', quarter: 'Quartalsplan', year: 'Jahresplan' };
const MODEL_WORDS: Record<PlanModel, string> = {
  flat: 'Ein Satz für jeden Verkauf.',
  marginal: 'Der Satz jeder Stufe gilt nur für die Umsätze innerhalb dieser Stufe.',
  retroactive: 'Jede Stufe bewertet, sobald sie erreicht ist, alles darunter Gebuchte neu.',
  hybrid: 'Erst eine rückwirkende Schwelle, dann Accelerators, die nur auf die Umsätze darüber zahlen.',
  custom: 'Eine Mischung aus rückwirkenden und marginalen Stufen.',
};
const VERDICT_WORDS: Record<StretchVerdict, string> = {
  below: 'unter dem, was bereits verkauft wird',
  attainable: 'ambitioniert, aber erreichbar',
  'out-of-reach': 'außer Reichweite',
};

const de: CompleteCatalog = {
  // --- common ------------------------------------------------------------------------------------
  'common.loading': 'Wird geladen…',
  'common.retry': 'Erneut versuchen',
  'common.save': 'Speichern',
  'common.saving': 'Wird gespeichert…',
  'common.cancel': 'Abbrechen',
  'common.delete': 'Löschen',
  'common.edit': 'Bearbeiten',
  'common.close': 'Schließen',
  'common.error': (p) => `Etwas ist schiefgelaufen: ${p.message}`,
  'common.notFound': 'Das wurde nicht gefunden oder ist nicht für dich freigegeben.',
  'common.you': 'Du',
  'common.fallbackTitle': 'Wird nicht gespeichert.',
  'common.fallbackBody':
    'Dieser Browser lässt diese Seite keine Daten behalten (privates Surfen oder blockierter Website-Speicher). Was du hier hinzufügst, bleibt also nur, bis du die Seite schließt.',

  // --- goal-card ---------------------------------------------------------------------------------
  'goal.category.home': 'Zuhause',
  'goal.category.family': 'Familie',
  'goal.category.travel': 'Reisen',
  'goal.category.financial': 'Finanzen',
  'goal.category.health': 'Gesundheit',
  'goal.category.learning': 'Lernen',
  'goal.category.experience': 'Erlebnis',
  'goal.category.giving': 'Gutes tun',
  'goal.category.other': 'Sonstiges',
  'goal.status.active': 'Aktiv',
  'goal.status.achieved': 'Erreicht',
  'goal.status.paused': 'Pausiert',
  'goal.status.dropped': 'Aufgegeben',
  'goal.cadence.weekly': 'Wöchentlich',
  'goal.cadence.biweekly': 'Alle zwei Wochen',
  'goal.cadence.monthly': 'Monatlich',
  'goal.cadence.quarterly': 'Quartalsweise',
  'goal.visibility.private': 'Nur du',
  'goal.visibility.private.help': 'Niemand sonst sieht dieses Ziel, auch nicht deine Führungskraft.',
  'goal.visibility.manager-summary': (p) => `Du und ${p.manager} – nur als Zusammenfassung`,
  'goal.visibility.manager-summary.help': (p) =>
    `${upperFirst(p.manager)} sieht die Kategorie, wie weit das Ziel finanziert ist, seinen Status und den nächsten Check-in. Nicht den Titel, nicht das Warum und keine Beträge.`,
  'goal.visibility.manager': (p) => `Du und ${p.manager}`,
  'goal.visibility.manager.help': (p) => `${upperFirst(p.manager)} sieht alles, was du hier schreibst, damit ihr es gemeinsam besprechen könnt.`,
  'goal.visibility.team': (p) => `Dein Team und ${p.manager}`,
  'goal.visibility.team.help': 'Alle in deinem Team sehen das ganze Ziel. Gut für Ziele, bei denen du Rückenwind willst.',
  'goal.visibility.sharedWithYou': 'Für dich freigegeben',
  'goal.visibility.sharedSummary': 'Als Zusammenfassung für dich freigegeben',
  'goal.visibility.sharedTeam': 'Fürs Team freigegeben',
  'goal.yourManager': 'deine Führungskraft',
  'goal.why': 'Warum es wichtig ist',
  'goal.funded': 'Finanziert',
  'goal.fundedOf': (p) => `${p.funded} von ${p.target}`,
  'goal.fundedBreakdown': (p) => `${p.earmarked} aus Provision (${p.share} zweckgebunden) + ${p.saved} gespart`,
  'goal.meterLabel': (p) => `Finanzierung von ${p.title}`,
  'goal.meterText': (p) => `${p.percent} finanziert, ${p.funded} von ${p.target}`,
  'goal.meterSummaryText': (p) => `${p.percent} finanziert`,
  'goal.noMoneyTarget': 'Kein Geldziel',
  'goal.milestonesDone': (p) => `${p.done} von ${counted(p.total, 'Meilenstein', 'Meilensteinen')} erledigt`,
  'goal.milestones': 'Meilensteine',
  'goal.milestoneDue': (p) => `fällig am ${p.date}`,
  'goal.milestoneDone': (p) => `erledigt am ${p.date}`,
  'goal.markDone': (p) => `„${p.title}“ als erledigt markieren`,
  'goal.targetDate': 'Zieldatum',
  'goal.timeLeft': (p) => `Zieldatum ${p.relative}`,
  'goal.lastCheckIn': (p) => `Letzter Check-in ${p.relative}`,
  'goal.noCheckIn': 'Noch kein Check-in',
  'goal.nextCheckIn': (p) => `Nächster Check-in ${p.relative}`,
  'goal.nextCheckInOverdue': (p) => `Check-in überfällig (war ${p.relative} fällig)`,
  'goal.whoSees': 'Wer das sieht',
  'goal.owner': (p) => `Ziel von ${p.name}`,
  'goal.summaryNotice': 'Als Zusammenfassung freigegeben: Die Details behält die Person für sich.',
  'goal.empty': 'Noch kein Ziel zum Anzeigen.',
  'goal.emptyCreate': 'Schreib auf, wofür du arbeitest.',
  'goal.create': 'Neues Ziel',
  'goal.createTitle': 'Neues Ziel aufschreiben',
  'goal.editTitle': 'Ziel bearbeiten',
  'goal.field.title': 'Was ist dein Ziel?',
  'goal.field.title.placeholder': 'Anzahlung fürs Haus am See',
  'goal.field.why': 'Warum ist es dir wichtig?',
  'goal.field.category': 'Kategorie',
  'goal.field.target': 'Kosten (optional)',
  'goal.field.target.help': 'Leer lassen, wenn es bei dem Ziel nicht um Geld geht.',
  'goal.field.targetDate': 'Bis wann (optional)',
  'goal.field.fundingShare': 'Zweckgebundener Anteil der Provision (%)',
  'goal.field.saved': 'Schon gespart (optional)',
  'goal.field.status': 'Status',
  'goal.field.cadence': 'Besprechung mit deiner Führungskraft',
  'goal.field.visibility': 'Wer es sehen kann',
  'goal.field.milestones': 'Meilensteine',
  'goal.field.milestoneTitle': (p) => `Meilenstein ${p.n}`,
  'goal.field.milestoneAmount': (p) => `Betrag von Meilenstein ${p.n}`,
  'goal.field.milestoneDue': (p) => `Fälligkeitsdatum von Meilenstein ${p.n}`,
  'goal.addMilestone': 'Meilenstein hinzufügen',
  'goal.removeMilestone': (p) => `Meilenstein ${p.n} entfernen`,
  'goal.moveUp': (p) => `Meilenstein ${p.n} nach oben verschieben`,
  'goal.moveDown': (p) => `Meilenstein ${p.n} nach unten verschieben`,
  'goal.notANumber': 'Gib einen Betrag ein, zum Beispiel 12.500.',
  'goal.saved': 'Gespeichert.',
  'goal.saveFailed': (p) => `Nicht gespeichert: ${p.message} Deine Änderungen sind noch im Formular.`,
  'goal.conflict':
    'Dieses Ziel wurde woanders geändert, seit du es geöffnet hast. Behältst du deine Version, werden die Felder gespeichert, die du geändert hast, und die anderen Änderungen bleiben erhalten.',
  'goal.conflictReload': 'Gespeicherte Version laden',
  'goal.conflictOverwrite': 'Meine behalten und speichern',
  'goal.deleteConfirm': (p) => `„${p.title}“ löschen? Die Meilensteine werden mitgelöscht. Das lässt sich nicht rückgängig machen.`,
  'goal.deleteYes': 'Ja, löschen',
  'goal.deleteNo': 'Behalten',
  'goal.deleted': 'Ziel gelöscht.',
  'goal.problems': (p) =>
    p.count === 1 ? 'Bitte korrigiere vor dem Speichern noch einen Punkt:' : `Bitte korrigiere vor dem Speichern noch ${p.count} Punkte:`,
  'goal.readOnly': 'Nur die Person, die dieses Ziel geschrieben hat, kann es ändern.',

  // --- quota-to-goal-meter -----------------------------------------------------------------------
  'meter.title': (p) => `Von der Quota zum Ziel · ${p.period}`,
  'meter.attainmentLabel': 'Quota-Erreichung in dieser Periode',
  'meter.attainmentText': (p) => `${p.percent} der Quota, ${p.booked} von ${p.quota}. Soll bis heute: ${p.expected}. ${p.pace}`,
  'meter.goalLabel': (p) => `Finanzierung von ${p.title}`,
  'meter.goalText': (p) =>
    `${p.percent} finanziert, ${p.funded} von ${p.target}. Im heutigen Tempo bringt diese Periode es auf ${p.projected}.`,
  'meter.ahead': (p) => `${p.amount} vor dem Soll`,
  'meter.behind': (p) => `${p.amount} hinter dem Soll`,
  'meter.onPace': 'Genau im Soll',
  'meter.paceMarker': (p) => `Soll heute: ${p.percent}`,
  'meter.projected': (p) => `In diesem Tempo: ${p.percent} zum Periodenende`,
  'meter.tier': (p) => `${p.percent}: ×${p.multiplier}`,
  'meter.tierThresholds': 'Stufenschwellen',
  'meter.booked': 'Gebucht',
  'meter.quota': 'Quota',
  'meter.commission': 'Provision in dieser Periode',
  'meter.daysLeft': (p) => `Noch ${tage(p.days)}`,
  'meter.nextUnlock': (p) =>
    `${p.amount} mehr bringen ${p.percent} der Quota, ab dort vergütet mit ×${p.multiplier}: ${p.extra} mehr Provision.`,
  'meter.nextUnlockJump': (p) => `Beim Erreichen kommen sofort ${p.bonus} auf das bisher Gebuchte dazu.`,
  'meter.topTier': 'In der höchsten Stufe: Jeder Deal zahlt jetzt den höchsten Satz.',
  'meter.thisPeriodFunds': (p) =>
    `Die Provision dieser Periode hat bisher ${p.soFar} zu ${p.title} beigetragen; im heutigen Tempo werden es ${p.projected}.`,
  'meter.need': (p) => `Buch bis zum ${p.date} noch ${p.amount}, um ${p.title} voll zu finanzieren.`,
  'meter.needPastDue': (p) => `Das Zieldatum ist vorbei: ${p.amount} mehr in dieser Periode würden ${p.title} trotzdem voll finanzieren.`,
  'meter.needUnreachable': (p) =>
    `Diese Periode allein reicht nicht, um ${p.title} voll zu finanzieren; der zweckgebundene Anteil wächst in der nächsten Periode weiter.`,
  'meter.funded': (p) => `${p.title} ist voll finanziert. 🎉`,
  'meter.noEarmark': (p) => `Für ${p.title} ist noch keine Provision zweckgebunden.`,
  'meter.noPlan': 'Hier ist noch kein Vergütungsplan freigegeben.',
  'meter.noGoal':
    'Noch kein aktives Ziel mit zweckgebundener Provision. Schreib eins auf und sieh, wie aus deiner Quota etwas wird, das dir wichtig ist.',
  'meter.noGoalShared': (p) => `${p.name} hat kein Ziel mit dir geteilt, das diese Provision finanziert.`,
  'meter.nothing': 'Wähle eine Person aus, um ihre Quota und ihr Ziel zu sehen.',
  'meter.goalCurrency': 'Dieses Ziel ist in einer anderen Währung als der Plan, daher kann die Provision es hier nicht finanzieren.',
  'meter.say.money': (p) =>
    `${p.name ? `Die Provision von ${p.name}` : 'Deine Provision'} liegt in dieser Periode bisher bei ${p.commission}; davon gehen ${p.earmarked} an ${p.title}: ${p.percent} finanziert.`,
  'meter.say.money.noGoal': (p) =>
    `${p.name ? `Die Provision von ${p.name}` : 'Deine Provision'} liegt in dieser Periode bisher bei ${p.commission}.`,
  'meter.say.winning.ahead': (p) =>
    `${p.name ? `${p.name} liegt` : 'Du liegst'} ${p.amount} vor dem Soll, bei ${p.percent} der Quota.${p.next}`,
  'meter.say.winning.behind': (p) =>
    `${p.name ? `${p.name} liegt` : 'Du liegst'} ${p.amount} hinter dem Soll, bei ${p.percent} der Quota.${p.next}`,
  'meter.say.winning.next': (p) => ` ${p.amount} mehr schalten ×${p.multiplier} frei.`,
  'meter.say.recognition.below': (p) =>
    `Mit ${p.amount} mehr in dieser Periode ${p.name ? `ist ${p.name}` : 'bist du'} über der Quota – ein Erfolg, den das ganze Team feiern kann.`,
  'meter.say.recognition.above': (p) =>
    `${p.name ? `${p.name} steht` : 'Du stehst'} bei ${p.percent} der Quota: über der Linie und ein Grund zum Feiern.`,
  'meter.say.growth': (p) =>
    p.name
      ? `${p.name} steht bei ${p.percent} der Quota, noch ${tage(p.days)}; in diesem Tempo endet die Periode bei ${p.projected}.`
      : `Du stehst bei ${p.percent} der Quota, noch ${tage(p.days)}; in diesem Tempo landest du bei ${p.projected}.`,
  'meter.say.purpose': (p) =>
    `Jeder Deal in dieser Periode bringt ${p.name ?? 'dich'} näher an ${p.title}: bisher ${p.percent} finanziert.`,
  'meter.say.default': (p) => `${p.name ? `${p.name} steht` : 'Du stehst'} bei ${p.percent} der Quota, ${p.pace}.${p.goal}`,
  'meter.say.default.goal': (p) => ` ${p.title} ist zu ${p.percent} finanziert.`,
  'meter.pace.ahead': 'vor dem Soll',
  'meter.pace.behind': 'hinter dem Soll',
  'meter.pace.on': 'genau im Soll',
  'meter.live': (p) => `Aktualisiert: ${p.percent} der Quota.${p.goal}`,

  // --- recognition-feed --------------------------------------------------------------------------
  'feed.heading.team': 'Anerkennung im Team',
  'feed.heading.person': (p) => `Anerkennung · ${p.name}`,
  'feed.heading.all': 'Anerkennung',
  'feed.scroller.label': 'Anerkennungsbeiträge, scrollbar',
  'feed.list.label': 'Anerkennungsbeiträge, neueste zuerst',

  'feed.kind.win': 'Erfolg',
  'feed.kind.kudos': 'Kudos',
  'feed.kind.coaching-example': 'Coaching-Beispiel',
  'feed.kind.milestone': 'Meilenstein',
  'feed.kind.goal-achieved': 'Ziel erreicht',
  'feed.filter.label': 'Beiträge nach Art filtern',
  'feed.filter.all': 'Alle',

  'feed.loading': 'Anerkennung wird geladen…',
  'feed.empty': 'Hier gibt es noch keine Anerkennung.',
  'feed.empty.hint': 'Erfolge, Kudos, Meilensteine und Coaching-Beispiele, die mit dir geteilt werden, erscheinen hier.',
  'feed.empty.filtered': (p) => `Noch keine Beiträge der Art „${p.kind}“.`,
  'feed.empty.showAll': 'Alle Arten zeigen',
  'feed.error': (p) => `Der Feed konnte nicht geladen werden. ${p.message}`,
  'feed.refreshError': (p) => `Der Feed konnte nicht aktualisiert werden. ${p.message}`,
  'feed.loadOlder': 'Ältere Beiträge laden',
  'feed.loadingOlder': 'Ältere Beiträge werden geladen…',
  'feed.olderError': (p) => `Ältere Beiträge konnten nicht geladen werden. ${p.message}`,
  'feed.end': 'Du bist auf dem neuesten Stand.',

  'feed.someone': 'Jemand',
  'feed.post.from': (p) => `von ${p.name}`,
  'feed.post.private': 'Privat',
  'feed.post.private.help': 'Nur sichtbar für die absendende Person, die Gewürdigten und ihre Führungskräfte.',
  'feed.post.automatic': 'Von Goalpost gepostet',
  'feed.post.opensNewTab': '(öffnet in neuem Tab)',
  'feed.post.values': 'Werte',
  'feed.post.label': (p) => `${p.kind}: ${p.from} hat ${p.to} gewürdigt`,
  'feed.post.keyboardHint': 'Mit Bild↓ und Bild↑ springst du zwischen den Beiträgen.',

  'feed.consent.waiting': (p) => `Wartet auf die Zustimmung von ${p.name}`,
  'feed.consent.waiting.help': (p) =>
    `Bis ${p.name} zustimmt, sehen das nur die absendende Person, ${p.name} und die zuständige Führungskraft.`,
  'feed.consent.ask': (p) =>
    `${p.from} möchte das mit dem Team teilen. Bis du zustimmst, sehen es nur du, ${p.from} und deine Führungskraft.`,
  'feed.consent.grant': 'Zustimmen',
  'feed.consent.decline': 'Ablehnen',
  'feed.consent.declined': (p) => `${p.name} hat abgelehnt, das mit dem Team zu teilen.`,
  'feed.consent.declined.self': 'Du hast abgelehnt, das mit dem Team zu teilen. Es bleibt zwischen dir, der absendenden Person und deiner Führungskraft.',
  'feed.consent.granted': (p) => `Mit Zustimmung von ${p.name} geteilt`,
  'feed.consent.grantedNotice': 'Danke. Dein Team kann es jetzt sehen.',
  'feed.consent.declinedNotice': 'Abgelehnt. Es bleibt zwischen dir, der absendenden Person und deiner Führungskraft.',
  'feed.consent.failed': (p) => `Deine Antwort konnte nicht gespeichert werden. ${p.message}`,

  'feed.emoji.applause': 'Applaus',
  'feed.emoji.celebrate': 'Feiern',
  'feed.emoji.fire': 'Feuer und Flamme',
  'feed.emoji.strong': 'Stark',
  'feed.emoji.love': 'Herz',
  'feed.emoji.hooray': 'Hurra',
  'feed.react.bar': 'Reaktionen',
  'feed.react.add': 'Reaktion hinzufügen',
  'feed.react.choose': 'Reaktion auswählen',
  'feed.react.button': (p) => `${p.label}, ${counted(p.count, 'Reaktion', 'Reaktionen')}`,
  'feed.react.by': (p) => `Reagiert haben: ${p.names}`,
  'feed.react.more': (p) => counted(p.count, 'weitere Person', 'weitere Personen'),
  'feed.react.failed': (p) => `Deine Reaktion konnte nicht gespeichert werden. ${p.message}`,

  'feed.live.new': (p) => (p.count === 1 ? `Neue Anerkennung von ${p.from}.` : `${p.count} neue Anerkennungsbeiträge.`),
  'feed.live.posted': 'Deine Anerkennung wurde gepostet.',

  'feed.compose.open': 'Jemanden würdigen',
  'feed.compose.title': 'Jemanden würdigen',
  'feed.compose.recipients': 'Wen möchtest du würdigen?',
  'feed.compose.recipients.placeholder': 'Namen eingeben',
  'feed.compose.recipients.hint':
    'Mit den Pfeiltasten auswählen, mit Enter hinzufügen. Die Rücktaste im leeren Feld entfernt die zuletzt hinzugefügte Person.',
  'feed.compose.recipients.none': 'Niemand im Team passt dazu.',
  'feed.compose.recipients.selected': 'Du würdigst',
  'feed.compose.recipients.added': (p) => `${p.name} hinzugefügt.`,
  'feed.compose.recipients.removed': (p) => `${p.name} entfernt.`,
  'feed.compose.recipients.count': (p) => `${counted(p.count, 'Person passt', 'Personen passen')}.`,
  'feed.compose.remove': (p) => `${p.name} entfernen`,
  'feed.compose.kind': 'Art',
  'feed.compose.coaching.hint': (p) =>
    `${p.name} wird um Zustimmung gebeten, bevor das Team es sieht. Bis dahin sehen es nur du, ${p.name} und die zuständige Führungskraft.`,
  'feed.compose.coaching.noRecipient': 'Die erste Person, die du würdigst, wird um Zustimmung gebeten, bevor das Team es sieht.',
  'feed.compose.message': 'Nachricht',
  'feed.compose.message.placeholder': 'Was wurde getan, und warum war es wichtig?',
  'feed.compose.message.count': (p) => `${p.used} von ${p.max} Zeichen`,
  'feed.compose.link': 'Link (optional)',
  'feed.compose.link.hint': 'Ein Deal, eine Gesprächsaufzeichnung oder ein Dokument: nur http:// oder https://.',
  'feed.compose.link.bad': 'Nur Weblinks, die mit http:// oder https:// beginnen, können geteilt werden.',
  'feed.compose.values': 'Gezeigte Werte',
  'feed.compose.values.add': 'Weiterer Wert',
  'feed.compose.values.addButton': 'Wert hinzufügen',
  'feed.compose.values.full': (p) => `Höchstens ${p.max} Werte.`,
  'feed.compose.audience': 'Wer es sieht',
  'feed.compose.audience.team': 'Das Team',
  'feed.compose.audience.team.help': 'Alle im Team sehen es im Feed.',
  'feed.compose.audience.private': 'Privat',
  'feed.compose.audience.private.help': 'Nur die Gewürdigten und ihre Führungskräfte.',
  'feed.compose.submit': 'Anerkennung posten',
  'feed.compose.submitting': 'Wird gepostet…',
  'feed.compose.cancel': 'Abbrechen',
  'feed.compose.problems': 'Bitte prüfe die markierten Felder.',
  'feed.compose.failed': (p) => `Deine Anerkennung wurde nicht gepostet. ${p.message} Dein Text ist noch da.`,
  'feed.compose.noViewer': 'Melde dich an, um jemanden zu würdigen.',

  'feed.pref.private': (p) =>
    `${p.names} ${p.count === 1 ? 'bevorzugt' : 'bevorzugen'} Anerkennung unter vier Augen – lieber privat senden?`,
  'feed.pref.none': (p) =>
    `${p.names} ${p.count === 1 ? 'möchte' : 'möchten'} nicht öffentlich gewürdigt werden – lieber privat senden?`,
  'feed.pref.switch': 'Privat senden',
  'feed.pref.keep': 'Trotzdem ans Team posten',
  'feed.pref.kept': 'Du hast dich entschieden, trotzdem ans Team zu posten.',
  'feed.pref.confirm': 'Entscheide zuerst: privat senden oder trotzdem ans Team posten.',

  // --- goal-checkin ------------------------------------------------------------------------------
  'checkin.title.goal': (p) => `Check-ins · ${p.title}`,
  'checkin.title.person': (p) => `Check-ins mit ${p.name}`,
  'checkin.title.self': 'Deine Check-ins',
  'checkin.with': (p) => `Mit ${p.name}`,
  'checkin.ownerGoal': (p) => `Ziel von ${p.name}`,
  'checkin.summaryGoal': (p) => `Ziel (${p.category})`,
  'checkin.unknownGoal': 'Ein Ziel',
  'checkin.summaryNotice': 'Als Zusammenfassung freigegeben: Titel und Details des Ziels bleiben bei der Person.',

  'checkin.cadence.weekly': 'Besprechung jede Woche',
  'checkin.cadence.biweekly': 'Besprechung alle zwei Wochen',
  'checkin.cadence.monthly': 'Besprechung jeden Monat',
  'checkin.cadence.quarterly': 'Besprechung jedes Quartal',
  'checkin.span.weekly': 'eine Woche',
  'checkin.span.biweekly': 'zwei Wochen',
  'checkin.span.monthly': 'einen Monat',
  'checkin.span.quarterly': 'ein Quartal',

  'checkin.due.upcoming': (p) => (p.days === 1 ? 'Morgen fällig' : `Fällig in ${tagen(p.days)}`),
  'checkin.due.today': 'Heute fällig',
  'checkin.due.overdue': (p) => `Seit ${tagen(p.days)} überfällig`,
  'checkin.due.inactive': (p) => `Keine Besprechungen fällig: Das Ziel ist ${p.status.toLowerCase()}`,
  'checkin.due.never': 'Noch kein Check-in geplant',
  'checkin.due.date': (p) => `Nächster Check-in am ${p.date}`,
  'checkin.last': (p) => `Letzter Check-in ${p.relative}`,

  'checkin.history': 'Verlauf',
  'checkin.showOlder': (p) => (p.count === 1 ? '1 älteren Check-in anzeigen' : `${p.count} ältere Check-ins anzeigen`),
  'checkin.empty': 'Noch keine Check-ins – der erste gibt den Rhythmus vor',
  'checkin.observer': (p) => `Check-ins schreiben hier nur ${p.name} und die zuständige Führungskraft.`,

  'checkin.new': 'Check-in erfassen',
  'checkin.form.title': 'Neuer Check-in',
  'checkin.field.note.rep': 'Wie läuft es?',
  'checkin.field.note.manager': (p) => `Wie läuft es bei ${p.name}?`,
  'checkin.field.confidence.rep.goal': 'Wie sicher bist du, dieses Ziel zu erreichen?',
  'checkin.field.confidence.rep.general': 'Wie zuversichtlich bist du gerade?',
  'checkin.field.confidence.manager.goal': (p) => `Wie sicher ist ${p.name}, dieses Ziel zu erreichen?`,
  'checkin.field.confidence.manager.general': (p) => `Wie zuversichtlich ist ${p.name} gerade?`,
  'checkin.confidence.1': 'Gar nicht',
  'checkin.confidence.2': 'Wenig',
  'checkin.confidence.3': 'Einigermaßen',
  'checkin.confidence.4': 'Ziemlich',
  'checkin.confidence.5': 'Völlig',
  'checkin.field.blockers': 'Was steht im Weg? (optional)',
  'checkin.field.commitment': 'Was ich tue, um zu helfen (optional)',
  'checkin.field.commitment.help': (p) => `${p.name} sieht das und darf dich beim Wort nehmen.`,
  'checkin.field.commitmentDueOn': 'Erledigen bis (optional)',
  'checkin.field.nextDueOn': 'Nächster Check-in',
  'checkin.field.nextDueOn.help': (p) =>
    `Laut Besprechungsrhythmus auf ${p.span} ab heute gesetzt. Ändere es, wenn ihr einen anderen Tag vereinbart habt.`,
  'checkin.save': 'Check-in speichern',
  'checkin.saved': (p) => `Check-in gespeichert. Der nächste ist am ${p.date} fällig.`,
  'checkin.saveFailed': (p) => `Nicht gespeichert: ${p.message} Dein Check-in ist noch im Formular.`,
  'checkin.problems': (p) =>
    p.count === 1 ? 'Bitte korrigiere vor dem Speichern noch einen Punkt:' : `Bitte korrigiere vor dem Speichern noch ${p.count} Punkte:`,
  'checkin.noViewer': 'Melde dich an, um einen Check-in zu erfassen.',

  'checkin.someone': 'Jemand',
  'checkin.entry.about': (p) => `Betrifft: ${p.goal}`,
  'checkin.entry.general': 'Allgemeiner Check-in',
  'checkin.entry.confidence': (p) => `Zuversicht ${p.n} von 5 · ${p.word}`,
  'checkin.entry.note': 'Fortschritt',
  'checkin.entry.blockers': 'Hindernisse',
  'checkin.entry.commitment.you': 'Was du tust, um zu helfen',
  'checkin.entry.commitment.other': (p) => `Was ${p.name} tut, um zu helfen`,
  'checkin.commitment.by': (p) => `bis zum ${p.date}`,
  'checkin.commitment.done': (p) => `Erledigt am ${p.date}`,
  'checkin.commitment.open': 'Noch offen',
  'checkin.commitment.dueToday': 'Heute fällig',
  'checkin.commitment.overdue': (p) => `Nicht erledigt, war am ${p.date} fällig`,
  'checkin.commitment.markDone': 'Als erledigt markieren',
  'checkin.commitment.markedDone': 'Zusage als erledigt markiert.',
  'checkin.commitment.markedUndone': 'Zusage als nicht erledigt markiert.',

  'checkin.ack.done': (p) => `Bestätigt von ${p.name} am ${p.date}`,
  'checkin.ack.doneByYou': (p) => `Du hast das am ${p.date} bestätigt`,
  'checkin.ack.waiting': (p) => `Wartet auf die Bestätigung von ${p.name}`,
  'checkin.ack.waitingYou': 'Wartet auf deine Bestätigung',
  'checkin.ack.button': 'Bestätigen',
  'checkin.ack.announced': 'Check-in bestätigt.',
  'checkin.updateFailed': (p) => `Nicht gespeichert: ${p.message}`,
  'checkin.changedElsewhere': 'Dieser Check-in wurde woanders geändert; hier ist der neueste Stand. Versuch es noch einmal, falls es noch nötig ist.',
  'checkin.newFrom': (p) => `Neuer Check-in von ${p.name}.`,

  // --- motivation-profile ------------------------------------------------------------------------
  'profile.title.self': 'Was dich antreibt',
  'profile.title.other': (p) => `Was ${p.name} antreibt`,
  'profile.intro.new':
    'Du hast noch nicht gesagt, was dich antreibt. Bring diese Punkte in deine Reihenfolge und speichere: Deine Führungskraft liest das, um dich so zu coachen, wie es für dich funktioniert.',
  'profile.noPerson': 'Wähle eine Person aus, um ihr Motivationsprofil zu sehen.',
  'profile.notShared': (p) => `Das Motivationsprofil von ${p.name} ist nicht für dich freigegeben. Nur ${p.name} und die zuständige Führungskraft sehen es.`,
  'profile.managerEmpty': (p) => `${p.name} hat noch kein Motivationsprofil ausgefüllt. Frag beim nächsten Check-in, was ${p.name} antreibt.`,
  'profile.readOnly': (p) => `Nur ${p.name} kann das ändern.`,

  'profile.driver.money': 'Geld',
  'profile.driver.winning': 'Gewinnen',
  'profile.driver.recognition': 'Anerkennung',
  'profile.driver.growth': 'Entwicklung',
  'profile.driver.purpose': 'Sinn',
  // German nouns keep their capital mid-sentence, so the words in sentences match the labels.
  'profile.driverWord.money': 'Geld',
  'profile.driverWord.winning': 'Gewinnen',
  'profile.driverWord.recognition': 'Anerkennung',
  'profile.driverWord.growth': 'Entwicklung',
  'profile.driverWord.purpose': 'Sinn',
  'profile.driver.money.help': 'Gut verdienen – und was das Geld möglich macht.',
  'profile.driver.winning.help': 'Die Zahl schlagen, die Konkurrenz und die eigene Bestleistung.',
  'profile.driver.recognition.help': 'Für gute Arbeit gesehen werden.',
  'profile.driver.growth.help': 'Im Handwerk besser werden und Neues lernen.',
  'profile.driver.purpose.help': 'Warum die Arbeit zählt: die Menschen und Ziele, denen sie dient.',

  'profile.drivers.legend': 'Ordne, was dich antreibt',
  'profile.drivers.help':
    'Oben steht, was am meisten zählt. Verschiebe einen Antrieb mit seinen Pfeilen und gewichte jeden von 0 (gar nicht) bis 100 (über alles).',
  'profile.rankNumber': (p) => `${p.rank}.`,
  'profile.moveUp': (p) => `${p.driver} nach oben verschieben`,
  'profile.moveDown': (p) => `${p.driver} nach unten verschieben`,
  'profile.moved': (p) => `${p.driver} ist jetzt auf Platz ${p.rank} von ${p.total}.`,
  'profile.weightText': (p) => `${p.value} von 100`,

  'profile.recognition.legend': 'Wie möchtest du gewürdigt werden?',
  'profile.recognition.public': 'Öffentlich',
  'profile.recognition.public.help': 'Erfolge und Kudos für dich dürfen in den ganzen Team-Feed, und deine automatischen Feiern erscheinen dort.',
  'profile.recognition.private': 'Privat',
  'profile.recognition.private.help':
    'Anerkennung erreicht nur dich und deine Führungskraft. Wer etwas über dich im Team-Feed posten will, wird gebeten, es stattdessen privat zu senden.',
  'profile.recognition.none': 'Gar nicht',
  'profile.recognition.none.help':
    'Du möchtest lieber nicht hervorgehoben werden. Wer etwas über dich im Team-Feed posten will, wird vorher gefragt, und Goalpost postet keine automatischen Feiern für dich.',

  'profile.leaderboard.legend': 'In Bestenlisten',
  'profile.leaderboard.named': 'Mit meinem Namen',
  'profile.leaderboard.named.help': 'Bestenlisten zeigen dich mit Namen.',
  'profile.leaderboard.anonymous': 'Anonym',
  'profile.leaderboard.anonymous.help': 'Deine Zahlen zählen mit, aber ohne deinen Namen.',
  'profile.leaderboard.hidden': 'Nicht aufführen',
  'profile.leaderboard.hidden.help': 'Bestenlisten lassen dich ganz weg.',

  'profile.autoCelebrate': 'Meine Meilensteine automatisch feiern',
  'profile.autoCelebrate.help':
    'Wenn du eine Stufe, einen Meilenstein oder ein Ziel erreichst, postet Goalpost das für dich – ans Team oder privat, wie oben gewählt.',
  'profile.autoCelebrate.helpNone': 'Das hat keine Wirkung, solange du nicht gewürdigt werden möchtest.',

  'profile.coachingNote': 'So coachst du mich',
  'profile.coachingNote.help': (p) => `Alles, was ${p.manager} wissen sollte: wie du Feedback magst und was in einer harten Woche hilft.`,
  'profile.yourManager': 'deine Führungskraft',

  'profile.save': 'Profil speichern',
  'profile.create': 'Mein Profil speichern',
  'profile.saved': 'Gespeichert.',
  'profile.saveFailed': (p) => `Nicht gespeichert: ${p.message} Deine Änderungen sind noch im Formular.`,
  'profile.problems': (p) =>
    p.count === 1 ? 'Bitte korrigiere vor dem Speichern noch einen Punkt:' : `Bitte korrigiere vor dem Speichern noch ${p.count} Punkte:`,
  'profile.conflict':
    'Dein Profil wurde woanders geändert, seit du es geöffnet hast. Behältst du deine Version, wird gespeichert, was du geändert hast, und die anderen Änderungen bleiben erhalten.',
  'profile.conflictReload': 'Gespeicherte Version laden',
  'profile.conflictOverwrite': 'Meine behalten und speichern',
  'profile.unsaved': 'Ungespeicherte Änderungen',

  'profile.preview': (p) => `Was ${p.manager} sieht`,
  'profile.previewUnsaved': (p) => `Was ${p.manager} nach dem Speichern sieht`,
  'profile.summary.drivers2': (p) => `Was ${p.name} am meisten antreibt: ${p.first}, danach ${p.second}.`,
  'profile.summary.drivers1': (p) => `Was ${p.name} am meisten antreibt: ${p.first}.`,
  'profile.summary.driversNone': (p) => `${p.name} hat die Antriebe noch nicht gewichtet.`,
  'profile.summary.recognition.public': 'Bevorzugt öffentliche Anerkennung.',
  'profile.summary.recognition.private': 'Bevorzugt Anerkennung unter vier Augen.',
  'profile.summary.recognition.none': 'Möchte lieber nicht gewürdigt werden.',
  'profile.summary.leaderboard.named': 'In Bestenlisten mit Namen.',
  'profile.summary.leaderboard.anonymous': 'In Bestenlisten anonym.',
  'profile.summary.leaderboard.hidden': 'Nicht in Bestenlisten.',
  'profile.summary.autoCelebrate.on': 'Meilensteine werden automatisch gefeiert.',
  'profile.summary.autoCelebrate.off': 'Keine automatischen Feiern.',
  'profile.summary.coach': (p) => `So coachst du ${p.name}:`,
  'profile.summary.noNote': (p) => `${p.name} hat noch keinen Hinweis geschrieben, wie Coaching am besten ankommt.`,
  'profile.summary.weights': 'Antriebe, der stärkste zuerst',

  // --- commission-what-if ------------------------------------------------------------------------
  'whatIf.title': (p) => `Was wäre, wenn … · ${p.period}`,
  'whatIf.titlePlain': 'Was wäre, wenn …',
  'whatIf.hypothetical': 'Hypothetisch',
  'whatIf.nothingSaved':
    'Hier wird nichts gespeichert: Diese Deals sind hypothetisch, und deine echten Buchungen, deine Provision und deine Ziele bleiben genau, wie sie sind.',
  'whatIf.nothing': 'Wähle eine Person aus, um Deals mit ihrem Plan durchzuspielen.',
  'whatIf.noPlan': 'Hier ist noch kein Vergütungsplan freigegeben, also gibt es nichts, womit sich Deals durchspielen lassen.',
  'whatIf.planHeading': 'Der Plan',
  'whatIf.plan.lead': (p) => `${PLAN_NOUN[p.period]}: Quota ${p.quota}, ${p.incentive} bei 100 %.`,
  'whatIf.plan.first': (p) => `${p.range}: ${p.pay}`,
  'whatIf.plan.next': (p) => `${lowerFirst(p.range)}: ${p.pay}`,
  'whatIf.plan.retroactive': ', rückwirkend ab dem ersten Cent',
  'whatIf.plan.cap': (p) => `gedeckelt beim ${p.multiple}-Fachen der Zielvergütung (${p.cap})`,
  'whatIf.plan.noCap': 'keine Deckelung',
  'whatIf.plan.model': (p) => MODEL_WORDS[p.model],
  'whatIf.plan.basis': (p) =>
    p.basis === 'cumulative'
      ? `Vergütet wird kumuliert seit Jahresbeginn: ${EACH_PERIOD[p.period]} wird gegen die bisherige Quota abgerechnet, und bereits Ausgezahltes wird nie zurückgefordert.`
      : p.period === 'year'
        ? 'Vergütet wird nach den Buchungen des Jahres.'
        : `${EACH_PERIOD[p.period]} wird nach den eigenen Buchungen vergütet.`,
  'whatIf.range.below': (p) => `Unter ${p.to}`,
  'whatIf.range.between': (p) => `${p.from}–${p.to}`,
  'whatIf.range.above': (p) => `Über ${p.from}`,
  'whatIf.range.all': 'Jeder Verkauf',
  'whatIf.pay.base': (p) => `Basissatz von ${p.rate}`,
  'whatIf.pay.half': 'halber Satz',
  'whatIf.pay.nothing': 'nichts',
  'whatIf.pay.multiple': (p) => `${p.multiplier}×`,
  'whatIf.table.caption': (p) => `Stufen: ${p.name}`,
  'whatIf.table.attainment': 'Erreichung',
  'whatIf.table.bookings': (p) => `Buchungen in diesem ${PERIOD_NOUN[p.period]}`,
  'whatIf.table.multiplier': 'Multiplikator',
  'whatIf.table.rate': 'Satz',
  'whatIf.table.retroactive': 'Rückwirkend',
  'whatIf.table.yes': 'Ja: Beim Erreichen wird alles darunter neu bewertet',
  'whatIf.table.no': 'Nein',
  'whatIf.table.now': 'jetzt',
  'whatIf.table.then': 'mit diesen Deals',
  'whatIf.table.bookingsRange': (p) => `${p.from}–${p.to}`,
  'whatIf.table.bookingsFrom': (p) => `ab ${p.from}`,
  'whatIf.table.cap': (p) => `Deckelung: ${p.cap} (${p.multiple}× Zielvergütung).`,
  'whatIf.table.noCap': 'Keine Deckelung.',
  'whatIf.deals': 'Hypothetische Deals',
  'whatIf.deal': (p) => `Deal ${p.n}`,
  'whatIf.deal.amount': 'Betrag',
  'whatIf.deal.date': 'Abschlussdatum',
  'whatIf.deal.remove': (p) => `Deal ${p.n} entfernen`,
  'whatIf.deal.add': 'Deal hinzufügen',
  'whatIf.deal.badAmount': 'Gib einen Betrag über null ein, zum Beispiel 120.000.',
  'whatIf.deal.badDate': 'Gib ein Datum ein.',
  'whatIf.deal.pastDate': 'Ein hypothetischer Deal wird heute oder später abgeschlossen.',
  'whatIf.deal.farDate': 'Wähle ein Datum innerhalb der nächsten zwölf Monate.',
  'whatIf.deal.alone': (p) => `Für sich allein: ${p.gain} mehr Provision.`,
  'whatIf.deal.aloneGoal': (p) => `Für sich allein: ${p.gain} mehr Provision, finanziert ${p.share} von ${p.title}.`,
  'whatIf.deal.later': (p) => `Wird in ${p.period} ausgezahlt.`,
  'whatIf.extra': (p) => `Zusätzliche Buchungen in diesem ${PERIOD_NOUN[p.period]}`,
  'whatIf.extraText': (p) => `${p.amount} mehr in diesem ${PERIOD_NOUN[p.period]}`,
  'whatIf.extraHint': 'Schieb den Regler, um weitere Buchungen mit Abschluss heute auszuprobieren – zusätzlich zu den Deals oben.',
  'whatIf.results': 'Was es bewirkt',
  'whatIf.commission': (p) => `Provision in ${p.period}`,
  'whatIf.booked': (p) => `Gebucht in ${p.period}`,
  'whatIf.ofQuota': (p) => `${p.percent} der Quota`,
  'whatIf.total': 'Alle Perioden zusammen',
  'whatIf.change': (p) => `${p.before} → ${p.after} (${p.delta})`,
  'whatIf.tryIt': 'Füge einen Deal hinzu oder verschieb den Regler, um zu sehen, was er bringen würde.',
  'whatIf.crossed': (p) =>
    p.retroactive
      ? `Überschreitet ${p.from} in ${p.period}: Alles in ${p.period} Gebuchte wird ab dem ersten Cent mit ${p.multiplier}× neu bewertet.`
      : `Überschreitet ${p.from} in ${p.period}: Alles darüber wird mit ${p.multiplier}× vergütet.`,
  'whatIf.sameTier': (p) => `Bleibt in der Stufe ${p.range}.`,
  'whatIf.split': (p) =>
    `Von den ${p.gain} mehr sind ${p.base} der Basissatz auf ${p.added}, und ${p.accelerator} kommen vom Accelerator.`,
  'whatIf.splitLess': (p) =>
    `Zum Basissatz brächten ${p.added} genau ${p.base}; nach den Stufen des Plans sind es ${p.gain}, also ${p.accelerator} weniger.`,
  'whatIf.splitEven': (p) => `Die ganzen ${p.gain} sind der Basissatz auf ${p.added}: Kein Accelerator spielt mit.`,
  'whatIf.capped': (p) => `Die Deckelung von ${p.cap} bremst ${p.period}: Umsätze darüber bringen nichts mehr.`,
  'whatIf.goal': (p) => `Das finanziert ${p.share} von ${p.title}: ${p.added} mehr, von ${p.before} auf ${p.after} finanziert.`,
  'whatIf.goalFull': (p) => `Das finanziert ${p.title} vollständig: ${p.added} mehr.`,
  'whatIf.goalNone': (p) => `Für ${p.title} ist keine Provision zweckgebunden, diese Deals ändern daran also nichts.`,
  'whatIf.cliff': (p) => `Bei ${p.at} wird alles im ${p.period} Gebuchte neu bewertet: Ein Cent mehr bringt ${p.oneMore} mehr.`,
  'whatIf.cliff.passed': 'In dieser Periode schon geschafft.',
  'whatIf.cliff.away': (p) => `Noch ${p.away} entfernt.`,
  'whatIf.cliff.crossed': 'Diese Deals überschreiten die Schwelle.',
  'whatIf.basis': (p) =>
    `Seit Jahresbeginn bis zum ${p.through}, mit diesen Deals: ${p.perPeriod} bei Abrechnung ${PERIOD_NOUN[p.period]} für ${PERIOD_NOUN[p.period]}, ${p.cumulative} bei kumulierter Abrechnung.`,
  'whatIf.basis.more': (p) => `Die ${p.basis} zahlt ${p.difference} mehr.`,
  'whatIf.basis.same': 'Beide Abrechnungsarten zahlen hier gleich viel.',
  'whatIf.basis.cumulative': 'kumulierte Abrechnung',
  'whatIf.basis.perPeriod': 'Abrechnung pro Periode',
  'whatIf.basis.yours': (p) => `Dieser Plan nutzt die ${p.basis}.`,
  'whatIf.live': (p) => `Provision in ${p.period}: ${p.after}, ${p.delta}.`,
  'whatIf.periodNoun': (p) => PERIOD_NOUN[p.period],

  // --- attainment-chart and team-distribution-chart ----------------------------------------------
  'chart.showTable': 'Als Tabelle zeigen',
  'chart.hideTable': 'Tabelle ausblenden',
  'chart.notYet': 'noch nicht',
  'chart.loadFailed': 'Das Diagramm konnte hier nicht gezeichnet werden; die Zahlen stehen in der Tabelle unten.',
  'attainmentChart.title': (p) => `Buchungen gegen Soll · ${p.period}`,
  'attainmentChart.titlePlain': 'Buchungen gegen Soll',
  'attainmentChart.nothing': 'Wähle eine Person aus, um ihre Buchungen als Diagramm zu sehen.',
  'attainmentChart.noPlan': 'Hier ist noch kein Vergütungsplan freigegeben.',
  'attainmentChart.canvas': (p) =>
    `Diagramm der kumulierten Buchungen Tag für Tag in ${p.period}, verglichen mit der Soll-Linie und den Stufenschwellen`,
  'attainmentChart.summary': (p) =>
    `Bis zum ${p.date} ${p.name ? `hat ${p.name}` : 'hast du'} ${p.booked} gebucht, ${p.percent} der Quota von ${p.quota}. Die Soll-Linie steht bei ${p.expected}: ${p.pace}.`,
  'attainmentChart.ahead': (p) => `${p.amount} darüber`,
  'attainmentChart.behind': (p) => `${p.amount} darunter`,
  'attainmentChart.onPace': 'genau darauf',
  'attainmentChart.next': (p) =>
    `Nächste Schwelle: ${p.percent} der Quota bei ${p.amount}, vergütet mit ×${p.multiplier} – noch ${p.left}.`,
  'attainmentChart.top': 'Alle Stufenschwellen sind in dieser Periode schon überschritten.',
  'attainmentChart.booked': 'Bisher gebucht',
  'attainmentChart.pace': 'Soll-Linie',
  'attainmentChart.threshold': (p) => `Stufe ab ${p.percent} (×${p.multiplier})`,
  'attainmentChart.table.caption': (p) => `Buchungen Tag für Tag, ${p.period}`,
  'attainmentChart.table.day': 'Tag',
  'attainmentChart.thresholds.caption': 'Stufenschwellen in dieser Periode',
  'attainmentChart.thresholds.from': 'Stufe beginnt bei',
  'attainmentChart.thresholds.bookings': 'Buchungen',
  'attainmentChart.thresholds.multiplier': 'Multiplikator',
  'distributionChart.title': 'Teamverteilung und Anspruch',
  'distributionChart.titleFor': (p) => `Teamverteilung und Anspruch · ${p.name}`,
  'distributionChart.nothing': 'Wähle ein Team oder eine Führungskraft für das Diagramm.',
  'distributionChart.denied': 'Diese Ansicht ist für die Führungskraft des Teams und für die Vertriebsleitung.',
  'distributionChart.empty': 'Von diesem Team sind keine Zahlen für dich freigegeben.',
  'distributionChart.histogram': (p) => `Buchungen der letzten zwölf Monate, in Spannen von je ${p.width}`,
  'distributionChart.histogramCanvas': (p) =>
    `Histogramm der Personen nach Buchungen der letzten zwölf Monate, in Spannen von je ${p.width}`,
  'distributionChart.band.about': (p) => `Etwa ${p.amount}`,
  'distributionChart.band.above': (p) => `Über ${p.amount}`,
  'distributionChart.bandCount': (p) => `${p.count} mit ${lowerFirst(p.band)}`,
  'distributionChart.reps': 'Personen',
  'distributionChart.band': 'Letzte zwölf Monate',
  'distributionChart.spread': (p) =>
    `${counted(p.count, 'Person', 'Personen')}, ${p.start} bis ${p.end}: ${p.bands}. Median ${p.median}.`,
  'distributionChart.stretch': 'Quota im Vergleich zu den letzten zwölf Monaten',
  'distributionChart.stretchTable': 'Quota jeder Person im Vergleich zu ihren letzten zwölf Monaten',
  'distributionChart.stretchCanvas':
    'Balkendiagramm des Anspruchs jeder Person: Jahresquota geteilt durch die Buchungen der letzten zwölf Monate',
  'distributionChart.stretchHint': (p) =>
    `Der Anspruch ist die Quota eines Jahres geteilt durch das, was die Person in den letzten zwölf Monaten verkauft hat. ${p.min} bis ${p.max} gilt als ambitioniert, aber erreichbar.`,
  'distributionChart.zone': (p) => `Ambitioniert, aber erreichbar (${p.min}–${p.max})`,
  'distributionChart.anonymous': 'Anonyme Person',
  'distributionChart.col.rep': 'Person',
  'distributionChart.col.quota': 'Quota pro Jahr',
  'distributionChart.col.trailing': 'Letzte zwölf Monate',
  'distributionChart.col.stretch': 'Anspruch',
  'distributionChart.col.reading': 'Einschätzung',
  'distributionChart.verdictWord': (p) => VERDICT_WORDS[p.verdict],
  'distributionChart.legend': (p) => upperFirst(VERDICT_WORDS[p.verdict]),
  'distributionChart.verdict.attainable': (p) =>
    `Die Vorgaben wirken ambitioniert, aber erreichbar: ${p.count} von ${p.judged} Quotas ${plurals.select(p.count) === 'one' ? 'verlangt' : 'verlangen'} höchstens 30 % mehr, als die Person in den letzten zwölf Monaten verkauft hat (Median ${p.median}). Weit genug, um sich zu strecken, nah genug, um daran zu glauben.`,
  'distributionChart.verdict.out-of-reach': (p) =>
    `Viele Vorgaben wirken außer Reichweite: ${p.count} von ${p.judged} Quotas ${plurals.select(p.count) === 'one' ? 'verlangt' : 'verlangen'} mehr als 30 % über den letzten zwölf Monaten der Person (Median ${p.median}). Eine Zahl, an die niemand glaubt, motiviert nicht mehr – ein Gespräch lohnt sich, bevor die Periode beginnt.`,
  'distributionChart.verdict.below': (p) =>
    `Die meisten Vorgaben verlangen weniger, als bereits verkauft wird: ${p.count} von ${p.judged} Quotas ${plurals.select(p.count) === 'one' ? 'liegt' : 'liegen'} unter den letzten zwölf Monaten der Person (Median ${p.median}) – da bleibt wenig, wonach man sich strecken kann.`,
  'distributionChart.verdict.mixed': (p) =>
    `Die Vorgaben sind uneinheitlich: ${p.attainable} ambitioniert, aber erreichbar, ${p.outOfReach} außer Reichweite, ${p.below} unter dem, was bereits verkauft wird (Median ${p.median}). Es lohnt sich, die Ausreißer einzeln anzuschauen.`,
  'distributionChart.verdict.unknown': 'Noch keine Quota hier lässt sich mit den Buchungen des Vorjahres vergleichen.',
  'distributionChart.hiddenNote': (p) =>
    p.count === 1
      ? '1 Person möchte nicht in Einzelansichten erscheinen: Sie zählt in Verteilung und Einschätzung mit, wird aber weder mit Namen noch mit Zahlen gezeigt.'
      : `${p.count} Personen möchten nicht in Einzelansichten erscheinen: Sie zählen in Verteilung und Einschätzung mit, werden aber weder mit Namen noch mit Zahlen gezeigt.`,
  'distributionChart.unseen': (p) =>
    `Die Zahlen von ${counted(p.count, 'Person', 'Personen')} sind nicht für dich freigegeben und bleiben außen vor.`,
  'distributionChart.noStretch': 'Niemand in diesem Team hat sowohl einen Plan als auch ein Jahr an Buchungen zum Vergleich.',

  // --- team-goals-board --------------------------------------------------------------------------
  'board.title.self': 'Dein Team',
  'board.title.generic': 'Teamziele',
  'board.title.other': (p) => `Team von ${p.name}`,
  'board.period': (p) => `Diese Periode: ${p.period}`,
  'board.loading': 'Dein Team wird geladen…',
  'board.notManager': 'Diese Ansicht ist für Führungskräfte.',
  'board.notManager.hint':
    'Sie zeigt einer Führungskraft für jede direkt berichtende Person die Ziele, das Tempo, die Check-ins und die Anerkennung, damit beide gemeinsam darauf schauen können.',
  'board.empty': 'Keine direkt Berichtenden',
  'board.empty.hint': 'Personen, die an dich berichten, erscheinen hier – mit den Zielen, die sie mit dir teilen.',
  'board.updated': (p) => `Teamzahlen aktualisiert: ${p.attainment} der Quota, ${p.atRisk} gefährdet.`,

  'board.summary.label': 'Team-Übersicht',
  'board.summary.attainment': 'Quota-Erreichung im Team',
  'board.summary.attainment.detail': (p) => `${p.booked} von ${p.quota}`,
  'board.summary.noPlans': 'Keine Pläne freigegeben',
  'board.summary.pace': 'Tempo',
  'board.summary.pace.value': (p) => `${p.ahead} vor dem Soll · ${p.behind} dahinter`,
  'board.summary.atRisk': 'Gefährdet',
  'board.summary.checkIns': 'Überfällige Check-ins',
  'board.summary.commitments': (p) => (p.name ? `Offene Zusagen von ${p.name}` : 'Deine offenen Zusagen'),
  'board.summary.commitments.overdue': (p) => `${p.count} überfällig`,

  'board.filter.atRisk': (p) => `Nur Gefährdete (${p.count})`,
  'board.showing': (p) => `${p.shown} von ${counted(p.total, 'Person', 'Personen')} angezeigt.`,
  'board.noneAtRisk': 'Gerade ist niemand gefährdet. Zeig alle an, um das ganze Team durchzugehen.',
  'board.keyboardHint': 'Mit ↑ und ↓ wechselst du zwischen Personen, mit Enter öffnest du eine, mit Esc schließt du sie wieder.',
  'board.caption': (p) => `${p.team}: eine Zeile pro direkt berichtender Person`,

  'board.col.rep': 'Person',
  'board.col.attainment': 'Erreichung',
  'board.col.goals': 'Ziele',
  'board.col.driver': 'Antrieb',
  'board.col.checkIn': 'Letzter Check-in',
  'board.col.recognition': 'Letzte Anerkennung',
  'board.col.risk': 'Risiko',
  'board.col.commitments': (p) => (p.name ? `Zusagen von ${p.name}` : 'Deine Zusagen'),
  'board.col.nextStep': 'Nächster Schritt',
  'board.sorted': (p) => `Sortiert nach ${p.column}, ${p.direction === 'ascending' ? 'aufsteigend' : 'absteigend'}.`,

  'board.attainment.label': (p) => `Quota-Erreichung von ${p.name}`,
  'board.attainment.text': (p) => `${p.percent} der Quota, ${p.booked} von ${p.quota}; ${p.expected} bis heute erwartet; ${p.pace}.`,
  'board.pace.ahead': (p) => `${p.amount} vor dem Soll`,
  'board.pace.behind': (p) => `${p.amount} hinter dem Soll`,
  'board.pace.on': 'im Soll',
  'board.noPlan': 'Kein Plan freigegeben',

  'board.goal.summary': (p) => `Ziel (${p.category})`,
  'board.goal.summaryTag': '(Zusammenfassung)',
  'board.goal.noTarget': 'kein Geldziel',
  'board.goal.none': 'Keine Ziele freigegeben',
  'board.goal.inactive': (p) => `+${p.count} nicht aktiv`,

  'board.driver.money': 'Geld',
  'board.driver.winning': 'Gewinnen',
  'board.driver.recognition': 'Anerkennung',
  'board.driver.growth': 'Entwicklung',
  'board.driver.purpose': 'Sinn',
  'board.driver.none': 'Noch nicht geteilt',

  'board.days.today': 'Heute',
  'board.days.yesterday': 'Gestern',
  'board.days.ago': (p) => `vor ${tagen(p.days)}`,
  'board.checkIn.never': 'Noch keiner',
  'board.checkIn.flag': (p) => `über dem ${p.days}-Tage-Rhythmus`,
  'board.recognition.none': 'Dieses Jahr keine',
  'board.recognition.flag': (p) => `über ${tage(p.days)}`,
  'board.recognition.prefersNone': 'Möchte keine Anerkennung',
  'board.recognition.prefersPrivate': 'lieber privat',

  'board.risk.behind-pace': 'Hinter dem Soll',
  'board.risk.no-check-in': (p) => (p.days === undefined ? 'Noch kein Check-in' : `Seit ${tagen(p.days)} kein Check-in`),
  'board.risk.low-confidence': (p) => `Zuversicht ${p.confidence}/5 beim letzten Check-in`,
  'board.risk.milestone-overdue': (p) => `Meilenstein seit ${tagen(p.days)} überfällig`,
  'board.risk.milestone-due': (p) => (p.days === 0 ? 'Meilenstein heute fällig' : `Meilenstein in ${tagen(p.days)} fällig`),
  'board.risk.no-recognition': (p) => (p.days === undefined ? 'Dieses Jahr nicht gewürdigt' : `Seit ${tagen(p.days)} nicht gewürdigt`),
  // German nouns keep their capital letter, so the phrases stay whole and are set apart by dots.
  'board.risk.join': (p) => p.items.join(' · '),
  'board.risk.none': 'Auf Kurs',

  'board.commitment': (p) => `${p.name ? `Zusage von ${p.name}` : 'Deine Zusage'}: ${promise(p.text)}`,
  'board.commitment.overdue': (p) => `seit ${tagen(p.days)} überfällig`,
  'board.commitment.dueToday': 'heute fällig',
  'board.commitment.dueIn': (p) => `fällig in ${tagen(p.days)}`,
  'board.commitment.noDate': 'ohne Datum',
  'board.commitment.more': (p) => `+${p.count} weitere`,
  'board.commitment.none': 'Keine offen',

  'board.step.money-goal': (p) => `Ein Deal über ${p.deal} finanziert ${p.percent} von „${p.title}“.`,
  'board.step.money-commission': (p) =>
    `Ein Deal über ${p.deal} bringt ${p.name} etwa ${p.commission} Provision – rechne es gemeinsam vor.`,
  'board.step.money-talk': (p) => `Sprich mit ${p.name} darüber, was der nächste Deal bedeuten würde.`,
  'board.step.winning-unlock': (p) => `${p.amount} mehr schalten ×${p.multiplier} frei – setz einen Zwei-Wochen-Sprint an.`,
  'board.step.winning-top': (p) => `Höchste Stufe erreicht – fordere ${p.name} heraus, das eigene beste Quartal zu übertreffen.`,
  'board.step.winning-sprint': (p) => `Setz ${p.name} ein ehrgeiziges Ziel für die nächsten zwei Wochen.`,
  'board.step.recognition-win': (p) =>
    p.preference === 'none'
      ? `Sag ${p.name} unter vier Augen, was beim Deal ${p.win} gut lief – ohne öffentliches Lob.`
      : `Würdige den Erfolg von ${p.name} bei ${p.win} – ${p.preference === 'private' ? `unter vier Augen, wie ${p.name} es bevorzugt` : `vor dem Team, wie ${p.name} es mag`}.`,
  'board.step.recognition-effort': (p) =>
    p.preference === 'none'
      ? `Sag ${p.name} unter vier Augen eine Sache, die in dieser Periode gut lief – ohne öffentliches Lob.`
      : `Würdige den Einsatz von ${p.name} in dieser Periode – ${p.preference === 'private' ? `unter vier Augen, wie ${p.name} es bevorzugt` : `vor dem Team, wie ${p.name} es mag`}.`,
  'board.step.growth-blocker': (p) => `Coache ${p.name} durch das Hindernis: „${p.blocker}“`,
  'board.step.growth-pipeline': (p) =>
    `Geh mit ${p.name} die Pipeline durch und such gemeinsam eine Fähigkeit aus, an der ihr diese Woche arbeitet.`,
  'board.step.growth-stretch': (p) =>
    `Gib ${p.name} einen Deal knapp über dem jetzigen Niveau und besprich ihn danach gemeinsam.`,
  'board.step.purpose-goal': (p) => `Verbinde dieses Quartal damit, warum ${p.name} „${p.title}“ aufgeschrieben hat.`,
  'board.step.purpose-customer': (p) =>
    p.win
      ? `Erzähl ${p.name}, was der Deal ${p.win} für diesen Kunden bewirkt.`
      : `Erzähl ${p.name} eine Kundengeschichte, die zeigt, warum die Arbeit zählt.`,
  'board.step.ask-driver': (p) => `Frag nach, was ${p.name} antreibt – es gibt noch kein Motivationsprofil.`,

  'board.detail.label': (p) => `${p.name}: Ziele, Quota und Check-ins`,
  'board.detail.close': (p) => `Details von ${p.name} schließen`,
  'board.detail.coaching': 'So coachst du mich',
  'board.detail.goals': 'Mit dir geteilte Ziele',
  'board.detail.noGoals': (p) => `${p.name} hat noch kein Ziel mit dir geteilt.`,
  'board.detail.quota': 'Quota',
  'board.detail.checkIns': 'Check-ins',

  // --- goalpost-sync-status ----------------------------------------------------------------------
  'sync.saved': 'Gespeichert',
  'sync.savedLocally': 'Auf diesem Gerät gespeichert',
  'sync.saving': 'Wird gespeichert…',
  'sync.offline': (p) =>
    p.count > 0 ? `Offline – ${changes(p.count)} ${p.count === 1 ? 'wartet' : 'warten'}` : 'Offline – zeigt den zuletzt geladenen Stand',
  'sync.notDurable': 'Änderungen, die du jetzt machst, gehen verloren, wenn du diese Seite schließt, bevor die Verbindung zurück ist.',
  'sync.attention': (p) => `${changes(p.count)} ${p.count === 1 ? 'konnte' : 'konnten'} nicht gespeichert werden`,
  'sync.retryNow': 'Jetzt versuchen',
  'sync.issues': 'Änderungen, um die du dich kümmern musst',
  // A record's kind comes first, so it stays in the nominative whatever the sentence says of it.
  'sync.conflict': (p) => `${upperFirst(p.what)}: Deine Änderung kollidiert mit einer Änderung, die woanders gemacht wurde.`,
  'sync.conflictDeleted': (p) => `${upperFirst(p.what)}: Du hast etwas geändert, aber der Eintrag wurde woanders gelöscht.`,
  'sync.rejected': (p) => `${upperFirst(p.what)}: Der Server hat deine Änderung abgelehnt: ${p.message}`,
  'sync.yours': 'Deine Version',
  'sync.theirs': 'Jetzt auf dem Server',
  'sync.deleted': 'gelöscht',
  'sync.version': (p) => `Version ${p.version}`,
  'sync.keepMine': 'Meine behalten',
  'sync.useTheirs': 'Server-Version nehmen',
  'sync.tryAgain': 'Erneut versuchen',
  'sync.discard': 'Meine Änderung verwerfen',
  'sync.resolveFailed': (p) => `Das hat nicht geklappt: ${p.message}`,
  'sync.heldWrites': (p) => `${changes(p.count)} ${p.count === 1 ? 'wird' : 'werden'} zurückgehalten, bis du entscheidest.`,
  'sync.what.people': 'ein Profil',
  'sync.what.goals': 'ein Ziel',
  'sync.what.plans': 'ein Vergütungsplan',
  'sync.what.bookings': 'eine Buchung',
  'sync.what.checkins': 'ein Check-in',
  'sync.what.recognitions': 'ein Anerkennungsbeitrag',
  'sync.what.profiles': 'ein Motivationsprofil',
  'sync.what.named': (p) => `${p.kind} („${p.name}“)`,
};

export default de;
