/**
 * Arabic messages (Modern Standard Arabic): every key of the English catalog.
 *
 * The reader is addressed in the masculine singular, the generic form Arabic software uses;
 * buttons are verbal nouns ("حفظ", "إلغاء"), which carry no gender. A person named in a sentence
 * gets no guessed gender either, as in English: sentences about them are built so that no verb
 * or pronoun has to agree with the name (a noun phrase, a passive, "ما يحفّز سارة").
 *
 * Figures arrive formatted by Intl and are inserted as given; the text carries no directional
 * marks, and arrows between amounts point the way Arabic reads (←). Counts are numbers, and the
 * noun after them follows `Intl.PluralRules('ar')`: one, two (dual), few (3–10), many (11–99)
 * and other (100 and up, and zero).
 */
import type { CompleteCatalog } from './messages.js';
import type { PlanModel } from '../core/commission.js';
import type { StretchVerdict } from '../core/distribution.js';
import type { PlanPeriod } from '../core/types.js';

const plurals = new Intl.PluralRules('ar');

/** How a counted noun is written: the whole phrase for one and two, the noun after 3 and up. */
interface Counted {
  one: string;
  two: string;
  /** 3–10: plural. */
  few: string;
  /** 11–99: singular, accusative. */
  many: string;
  /** 0 and 100 up: singular. */
  other: string;
}

function counted(count: number, noun: Counted): string {
  switch (plurals.select(count)) {
    case 'one':
      return noun.one;
    case 'two':
      return noun.two;
    case 'few':
      return `${count} ${noun.few}`;
    case 'many':
      return `${count} ${noun.many}`;
    default:
      return `${count} ${noun.other}`;
  }
}

/** Days after a preposition (منذ، بعد، قبل، خلال): "يومين". */
const DAYS: Counted = { one: 'يوم واحد', two: 'يومين', few: 'أيام', many: 'يومًا', other: 'يوم' };
/** Days as a subject: "يومان". */
const DAYS_SUBJECT: Counted = { ...DAYS, two: 'يومان' };
const CHANGES: Counted = { one: 'تغيير واحد', two: 'تغييرين', few: 'تغييرات', many: 'تغييرًا', other: 'تغيير' };
const CHANGES_SUBJECT: Counted = { ...CHANGES, two: 'تغييران' };
const REPS: Counted = { one: 'مندوب واحد', two: 'مندوبَين', few: 'مندوبين', many: 'مندوبًا', other: 'مندوب' };
const REPS_SUBJECT: Counted = { ...REPS, two: 'مندوبان' };
const PEOPLE_SUBJECT: Counted = { one: 'شخص واحد', two: 'شخصان', few: 'أشخاص', many: 'شخصًا', other: 'شخص' };
const REACTIONS_SUBJECT: Counted = { one: 'تفاعل واحد', two: 'تفاعلان', few: 'تفاعلات', many: 'تفاعلًا', other: 'تفاعل' };
const PROBLEMS: Counted = { one: 'مشكلة واحدة', two: 'مشكلتين', few: 'مشكلات', many: 'مشكلة', other: 'مشكلة' };
const CHECK_INS: Counted = { one: 'جلسة متابعة واحدة', two: 'جلستَي متابعة', few: 'جلسات متابعة', many: 'جلسة متابعة', other: 'جلسة متابعة' };
const MILESTONES: Counted = { one: 'مرحلة واحدة', two: 'مرحلتين', few: 'مراحل', many: 'مرحلة', other: 'مرحلة' };
const QUOTAS: Counted = { one: 'حصة واحدة', two: 'حصتين', few: 'حصص', many: 'حصة', other: 'حصة' };
const VALUES: Counted = { one: 'قيمة واحدة', two: 'قيمتين', few: 'قيم', many: 'قيمة', other: 'قيمة' };
const CHARACTERS: Counted = { one: 'حرف واحد', two: 'حرفين', few: 'أحرف', many: 'حرفًا', other: 'حرف' };

/** "سأتصل بالمدير المالي." → "سأتصل بالمدير المالي": a promise quoted after "التزامك:". */
const promise = (text: string) => text.trim().replace(/[.!؟?]+$/, '');

const THIS_PERIOD: Record<PlanPeriod, string> = { month: 'هذا الشهر', quarter: 'هذا الربع', year: 'هذه السنة' };
const EACH_PERIOD: Record<PlanPeriod, string> = { month: 'كل شهر', quarter: 'كل ربع', year: 'كل سنة' };
const PERIOD_BY_PERIOD: Record<PlanPeriod, string> = { month: 'شهرًا بشهر', quarter: 'ربعًا بربع', year: 'سنةً بسنة' };
const PERIOD_NOUN: Record<PlanPeriod, string> = { month: 'الشهر', quarter: 'الربع', year: 'السنة' };
const PLAN_NAME: Record<PlanPeriod, string> = { month: 'خطة شهرية', quarter: 'خطة ربع سنوية', year: 'خطة سنوية' };
const MODEL_WORDS: Record<PlanModel, string> = {
  flat: 'نسبة واحدة لكل عملية بيع.',
  marginal: 'نسبة كل شريحة تُطبَّق فقط على المبيعات الواقعة ضمنها.',
  retroactive: 'كل شريحة، متى بُلغت، تعيد احتساب كل ما سُجّل تحتها.',
  hybrid: 'عتبة بأثر رجعي، تليها مسرِّعات لا تُطبَّق إلا على المبيعات التي تتجاوزها.',
  custom: 'مزيج من شرائح بأثر رجعي وشرائح هامشية.',
};
const VERDICT_WORDS: Record<StretchVerdict, string> = {
  below: 'أقل مما يبيعه المندوب أصلًا',
  attainable: 'طموح لكنه قابل للتحقيق',
  'out-of-reach': 'بعيد المنال',
};

const ar: CompleteCatalog = {
  // --- common ------------------------------------------------------------------------------------
  'common.loading': 'جارٍ التحميل…',
  'common.retry': 'إعادة المحاولة',
  'common.save': 'حفظ',
  'common.saving': 'جارٍ الحفظ…',
  'common.cancel': 'إلغاء',
  'common.delete': 'حذف',
  'common.edit': 'تعديل',
  'common.close': 'إغلاق',
  'common.error': (p) => `حدث خطأ: ${p.message}`,
  'common.notFound': 'تعذّر العثور على هذا العنصر، أو أنه غير مُشارَك معك.',
  'common.you': 'أنت',
  'common.fallbackTitle': 'لا يتم الحفظ.',
  'common.fallbackBody':
    'لا يسمح هذا المتصفح لهذه الصفحة بالاحتفاظ بالبيانات (تصفّح خاص أو تخزين مواقع محظور)، لذا لن يبقى ما تضيفه هنا إلا حتى تغلق الصفحة.',

  // --- goal-card ---------------------------------------------------------------------------------
  'goal.category.home': 'المنزل',
  'goal.category.family': 'العائلة',
  'goal.category.travel': 'السفر',
  'goal.category.financial': 'الشؤون المالية',
  'goal.category.health': 'الصحة',
  'goal.category.learning': 'التعلّم',
  'goal.category.experience': 'التجارب',
  'goal.category.giving': 'العطاء',
  'goal.category.other': 'أخرى',
  'goal.status.active': 'نشط',
  'goal.status.achieved': 'مُحقَّق',
  'goal.status.paused': 'متوقف مؤقتًا',
  'goal.status.dropped': 'متروك',
  'goal.cadence.weekly': 'أسبوعيًا',
  'goal.cadence.biweekly': 'كل أسبوعين',
  'goal.cadence.monthly': 'شهريًا',
  'goal.cadence.quarterly': 'كل ربع سنة',
  'goal.visibility.private': 'أنت فقط',
  'goal.visibility.private.help': 'لا أحد غيرك يرى هذا الهدف، ولا حتى مديرك.',
  'goal.visibility.manager-summary': (p) => `أنت و${p.manager} — ملخص فقط`,
  'goal.visibility.manager-summary.help': (p) =>
    `ما يظهر أمام ${p.manager}: الفئة، ومدى تمويل الهدف، وحالته، وموعد جلسة المتابعة التالية. لا العنوان ولا السبب ولا أي مبلغ.`,
  'goal.visibility.manager': (p) => `أنت و${p.manager}`,
  'goal.visibility.manager.help': (p) => `كل ما تكتبه هنا يظهر أمام ${p.manager}، لتراجعاه معًا.`,
  'goal.visibility.team': (p) => `فريقك و${p.manager}`,
  'goal.visibility.team.help': 'يرى جميع أعضاء فريقك الهدف كاملًا. مناسب للأهداف التي تريد أن يشجّعك الآخرون عليها.',
  'goal.visibility.sharedWithYou': 'مُشارَك معك',
  'goal.visibility.sharedSummary': 'مُشارَك معك كملخص',
  'goal.visibility.sharedTeam': 'مُشارَك مع الفريق',
  'goal.yourManager': 'مديرك',
  'goal.why': 'سبب أهميته',
  'goal.funded': 'مموَّل',
  'goal.fundedOf': (p) => `${p.funded} من ${p.target}`,
  'goal.fundedBreakdown': (p) => `${p.earmarked} من العمولة (${p.share} مخصصة له) + ${p.saved} مُدَّخرة`,
  'goal.meterLabel': (p) => `تمويل ${p.title}`,
  'goal.meterText': (p) => `مموَّل بنسبة ${p.percent}، ${p.funded} من ${p.target}`,
  'goal.meterSummaryText': (p) => `مموَّل بنسبة ${p.percent}`,
  'goal.noMoneyTarget': 'ليس هدفًا ماليًا',
  'goal.milestonesDone': (p) => `أُنجز ${p.done} من أصل ${counted(p.total, MILESTONES)}`,
  'goal.milestones': 'المراحل',
  'goal.milestoneDue': (p) => `موعدها ${p.date}`,
  'goal.milestoneDone': (p) => `أُنجزت في ${p.date}`,
  'goal.markDone': (p) => `تعليم «${p.title}» كمُنجَزة`,
  'goal.targetDate': 'التاريخ المستهدف',
  'goal.timeLeft': (p) => `الموعد المستهدف ${p.relative}`,
  'goal.lastCheckIn': (p) => `آخر جلسة متابعة ${p.relative}`,
  'goal.noCheckIn': 'لا توجد جلسة متابعة بعد',
  'goal.nextCheckIn': (p) => `جلسة المتابعة التالية ${p.relative}`,
  'goal.nextCheckInOverdue': (p) => `جلسة المتابعة متأخرة (كانت مستحقة ${p.relative})`,
  'goal.whoSees': 'من يرى هذا',
  'goal.owner': (p) => `هدف ${p.name}`,
  'goal.summaryNotice': 'مُشارَك كملخص: تبقى التفاصيل خاصة بصاحب الهدف.',
  'goal.empty': 'لا يوجد هدف لعرضه بعد.',
  'goal.emptyCreate': 'اكتب شيئًا تعمل من أجله.',
  'goal.create': 'هدف جديد',
  'goal.createTitle': 'كتابة هدف جديد',
  'goal.editTitle': 'تعديل الهدف',
  'goal.field.title': 'ما هدفك؟',
  'goal.field.title.placeholder': 'دفعة أولى لبيت على البحيرة',
  'goal.field.why': 'لماذا يهمّك؟',
  'goal.field.category': 'الفئة',
  'goal.field.target': 'التكلفة (اختياري)',
  'goal.field.target.help': 'اتركه فارغًا للأهداف غير المالية.',
  'goal.field.targetDate': 'بحلول (اختياري)',
  'goal.field.fundingShare': 'نسبة العمولة المخصصة له (%)',
  'goal.field.saved': 'المُدَّخر حتى الآن (اختياري)',
  'goal.field.status': 'الحالة',
  'goal.field.cadence': 'مراجعته مع مديرك',
  'goal.field.visibility': 'من يمكنه رؤيته',
  'goal.field.milestones': 'المراحل',
  'goal.field.milestoneTitle': (p) => `المرحلة ${p.n}`,
  'goal.field.milestoneAmount': (p) => `مبلغ المرحلة ${p.n}`,
  'goal.field.milestoneDue': (p) => `موعد المرحلة ${p.n}`,
  'goal.addMilestone': 'إضافة مرحلة',
  'goal.removeMilestone': (p) => `إزالة المرحلة ${p.n}`,
  'goal.moveUp': (p) => `نقل المرحلة ${p.n} لأعلى`,
  'goal.moveDown': (p) => `نقل المرحلة ${p.n} لأسفل`,
  'goal.notANumber': 'اكتب مبلغًا، مثل 12500.',
  'goal.saved': 'تم الحفظ.',
  'goal.saveFailed': (p) => `لم يُحفظ: ${p.message} ما زالت تعديلاتك في النموذج.`,
  'goal.conflict': 'تغيّر هذا الهدف في مكان آخر منذ فتحته. الاحتفاظ بنسختك يحفظ الحقول التي غيّرتها ويُبقي على التغييرات الأخرى.',
  'goal.conflictReload': 'تحميل النسخة المحفوظة',
  'goal.conflictOverwrite': 'الاحتفاظ بنسختي وحفظها',
  'goal.deleteConfirm': (p) => `حذف «${p.title}»؟ ستُحذف مراحله معه. لا يمكن التراجع عن ذلك.`,
  'goal.deleteYes': 'نعم، احذفه',
  'goal.deleteNo': 'الاحتفاظ به',
  'goal.deleted': 'حُذف الهدف.',
  'goal.problems': (p) => `صحّح ${counted(p.count, PROBLEMS)} قبل الحفظ:`,
  'goal.readOnly': 'لا يمكن تعديل هذا الهدف إلا لمن كتبه.',

  // --- quota-to-goal-meter -----------------------------------------------------------------------
  'meter.title': (p) => `من الحصة إلى الهدف · ${p.period}`,
  'meter.attainmentLabel': 'تحقيق الحصة في هذه الفترة',
  'meter.attainmentText': (p) => `${p.percent} من الحصة، ${p.booked} من ${p.quota}. المتوقع حتى اليوم: ${p.expected}. ${p.pace}`,
  'meter.goalLabel': (p) => `تمويل ${p.title}`,
  'meter.goalText': (p) =>
    `مموَّل بنسبة ${p.percent}، ${p.funded} من ${p.target}. بالوتيرة الحالية تصل به هذه الفترة إلى ${p.projected}.`,
  'meter.ahead': (p) => `فوق الوتيرة بمقدار ${p.amount}`,
  'meter.behind': (p) => `دون الوتيرة بمقدار ${p.amount}`,
  'meter.onPace': 'على الوتيرة تمامًا',
  'meter.paceMarker': (p) => `الوتيرة اليوم: ${p.percent}`,
  'meter.projected': (p) => `بهذه الوتيرة: ${p.percent} بنهاية الفترة`,
  'meter.tier': (p) => `${p.percent}: ×${p.multiplier}`,
  'meter.tierThresholds': 'عتبات الشرائح',
  'meter.booked': 'المُسجَّل',
  'meter.quota': 'الحصة',
  'meter.commission': 'العمولة في هذه الفترة',
  'meter.daysLeft': (p) => `المتبقي: ${counted(p.days, DAYS_SUBJECT)}`,
  'meter.nextUnlock': (p) =>
    `${p.amount} إضافية تبلغ ${p.percent} من الحصة، ويُحتسب ما بعدها بمضاعف ×${p.multiplier}: ${p.extra} عمولةً إضافية.`,
  'meter.nextUnlockJump': (p) => `وبلوغ هذه العتبة يضيف فورًا ${p.bonus} على ما سُجّل قبلها.`,
  'meter.topTier': 'في الشريحة العليا: كل صفقة الآن تُحتسب بأعلى نسبة.',
  'meter.thisPeriodFunds': (p) =>
    `أضافت عمولة هذه الفترة حتى الآن ${p.soFar} إلى ${p.title}؛ وبالوتيرة الحالية ستضيف ${p.projected}.`,
  'meter.need': (p) => `سجّل ${p.amount} إضافية بحلول ${p.date} لتمويل ${p.title} بالكامل.`,
  'meter.needPastDue': (p) => `مضى التاريخ المستهدف: إضافة ${p.amount} في هذه الفترة ستموّل ${p.title} بالكامل مع ذلك.`,
  'meter.needUnreachable': (p) =>
    `لا تكفي هذه الفترة وحدها لتمويل ${p.title} بالكامل؛ ويستمر المبلغ المخصص في التراكم في الفترة التالية.`,
  'meter.funded': (p) => `${p.title} مموَّل بالكامل. 🎉`,
  'meter.noEarmark': (p) => `لم تُخصَّص أي عمولة بعد لهدف ${p.title}.`,
  'meter.noPlan': 'لا توجد خطة عمولات مُشارَكة هنا بعد.',
  'meter.noGoal': 'لا يوجد بعد هدف نشط مخصص له جزء من العمولة. اكتب هدفًا لترى الحصة تتحول إلى شيء يهمّك.',
  'meter.noGoalShared': (p) => `لم يُشارَك معك من ${p.name} أي هدف تموّله هذه العمولة.`,
  'meter.nothing': 'اختر مندوبًا لعرض الحصة والهدف.',
  'meter.goalCurrency': 'عملة هذا الهدف تختلف عن عملة الخطة، لذا لا يمكن للعمولة تمويله هنا.',
  'meter.say.money': (p) =>
    `${p.name ? `عمولة ${p.name}` : 'عمولتك'} حتى الآن في هذه الفترة ${p.commission}، يذهب منها ${p.earmarked} إلى ${p.title}: مموَّل بنسبة ${p.percent}.`,
  'meter.say.money.noGoal': (p) => `${p.name ? `عمولة ${p.name}` : 'عمولتك'} حتى الآن في هذه الفترة ${p.commission}.`,
  'meter.say.winning.ahead': (p) => `${p.name ?? 'أنت'} فوق الوتيرة بمقدار ${p.amount}، عند ${p.percent} من الحصة.${p.next}`,
  'meter.say.winning.behind': (p) => `${p.name ?? 'أنت'} دون الوتيرة بمقدار ${p.amount}، عند ${p.percent} من الحصة.${p.next}`,
  'meter.say.winning.next': (p) => ` ${p.amount} إضافية تفتح مضاعف ×${p.multiplier}.`,
  'meter.say.recognition.below': (p) =>
    `${p.amount} إضافية في هذه الفترة تكفي ${p.name ? `لتجاوز ${p.name} الحصة` : 'لتتجاوز الحصة'} — إنجاز يحتفل به الفريق كله.`,
  'meter.say.recognition.above': (p) => `${p.name ?? 'أنت'} عند ${p.percent} من الحصة: فوق الخط، وهذا يستحق الاحتفال.`,
  'meter.say.growth': (p) =>
    p.name
      ? `${p.name} عند ${p.percent} من الحصة مع بقاء ${counted(p.days, DAYS)}؛ بهذه الوتيرة تنتهي الفترة عند ${p.projected}.`
      : `أنت عند ${p.percent} من الحصة مع بقاء ${counted(p.days, DAYS)}؛ بهذه الوتيرة تُنهي الفترة عند ${p.projected}.`,
  'meter.say.purpose': (p) =>
    `كل صفقة في هذه الفترة ${p.name ? `تقرّب ${p.name}` : 'تقرّبك'} من ${p.title}: مموَّل بنسبة ${p.percent} حتى الآن.`,
  'meter.say.default': (p) => `${p.name ?? 'أنت'} عند ${p.percent} من الحصة، ${p.pace}.${p.goal}`,
  'meter.say.default.goal': (p) => ` ${p.title} مموَّل بنسبة ${p.percent}.`,
  'meter.pace.ahead': 'فوق الوتيرة',
  'meter.pace.behind': 'دون الوتيرة',
  'meter.pace.on': 'على الوتيرة تمامًا',
  'meter.live': (p) => `تحديث: ${p.percent} من الحصة.${p.goal}`,

  // --- recognition-feed --------------------------------------------------------------------------
  'feed.heading.team': 'تقدير الفريق',
  'feed.heading.person': (p) => `التقدير · ${p.name}`,
  'feed.heading.all': 'التقدير',
  'feed.scroller.label': 'منشورات التقدير، قابلة للتمرير',
  'feed.list.label': 'منشورات التقدير، الأحدث أولًا',

  'feed.kind.win': 'فوز',
  'feed.kind.kudos': 'إشادة',
  'feed.kind.coaching-example': 'مثال تدريبي',
  'feed.kind.milestone': 'إنجاز مرحلي',
  'feed.kind.goal-achieved': 'هدف مُحقَّق',
  'feed.filter.label': 'عرض المنشورات حسب النوع',
  'feed.filter.all': 'الكل',

  'feed.loading': 'جارٍ تحميل التقدير…',
  'feed.empty': 'لا يوجد تقدير هنا بعد.',
  'feed.empty.hint': 'ستظهر هنا الانتصارات والإشادات والإنجازات المرحلية والأمثلة التدريبية المُشارَكة معك.',
  'feed.empty.filtered': (p) => `لا توجد منشورات من نوع «${p.kind}» بعد.`,
  'feed.empty.showAll': 'عرض كل الأنواع',
  'feed.error': (p) => `تعذّر تحميل الموجز. ${p.message}`,
  'feed.refreshError': (p) => `تعذّر تحديث الموجز. ${p.message}`,
  'feed.loadOlder': 'تحميل منشورات أقدم',
  'feed.loadingOlder': 'جارٍ تحميل منشورات أقدم…',
  'feed.olderError': (p) => `تعذّر تحميل المنشورات الأقدم. ${p.message}`,
  'feed.end': 'اطّلعت على كل شيء.',

  'feed.someone': 'شخص ما',
  'feed.post.from': (p) => `من ${p.name}`,
  'feed.post.private': 'خاص',
  'feed.post.private.help': 'لا يراه إلا المُرسِل والأشخاص المُقدَّرون ومديروهم.',
  'feed.post.automatic': 'نشره Goalpost',
  'feed.post.opensNewTab': '(يُفتح في علامة تبويب جديدة)',
  'feed.post.values': 'القيم',
  'feed.post.label': (p) => `${p.kind}: تقدير من ${p.from} إلى ${p.to}`,
  'feed.post.keyboardHint': 'استخدم مفتاحَي Page Down وPage Up للتنقل بين المنشورات.',

  'feed.consent.waiting': (p) => `بانتظار موافقة ${p.name}`,
  'feed.consent.waiting.help': (p) => `إلى أن تصدر موافقة ${p.name}، لا يرى هذا إلا المُرسِل و${p.name} والمدير المباشر.`,
  'feed.consent.ask': (p) =>
    `لدى ${p.from} رغبة في مشاركة هذا مع الفريق. وقبل موافقتك لا يراه إلا أنت و${p.from} ومديرك.`,
  'feed.consent.grant': 'موافقة',
  'feed.consent.decline': 'رفض',
  'feed.consent.declined': (p) => `رُفضت مشاركة هذا مع الفريق من قِبل ${p.name}.`,
  'feed.consent.declined.self': 'رفضت مشاركة هذا مع الفريق. يبقى الأمر بينك وبين المُرسِل ومديرك.',
  'feed.consent.granted': (p) => `مُشارَك بموافقة ${p.name}`,
  'feed.consent.grantedNotice': 'شكرًا. يمكن لفريقك رؤيته الآن.',
  'feed.consent.declinedNotice': 'تم الرفض. يبقى الأمر بينك وبين المُرسِل ومديرك.',
  'feed.consent.failed': (p) => `تعذّر حفظ ردّك. ${p.message}`,

  'feed.emoji.applause': 'تصفيق',
  'feed.emoji.celebrate': 'احتفال',
  'feed.emoji.fire': 'حماس مشتعل',
  'feed.emoji.strong': 'قوة',
  'feed.emoji.love': 'حب',
  'feed.emoji.hooray': 'هتاف',
  'feed.react.bar': 'التفاعلات',
  'feed.react.add': 'إضافة تفاعل',
  'feed.react.choose': 'اختيار تفاعل',
  'feed.react.button': (p) => `${p.label}، ${counted(p.count, REACTIONS_SUBJECT)}`,
  'feed.react.by': (p) => `التفاعلات من: ${p.names}`,
  'feed.react.more': (p) => (p.count === 1 ? 'شخص آخر' : p.count === 2 ? 'شخصان آخران' : `${p.count} آخرون`),
  'feed.react.failed': (p) => `تعذّر حفظ تفاعلك. ${p.message}`,

  'feed.live.new': (p) => (p.count === 1 ? `تقدير جديد من ${p.from}.` : `منشورات تقدير جديدة: ${p.count}.`),
  'feed.live.posted': 'نُشر تقديرك.',

  'feed.compose.open': 'تقدير أحد الزملاء',
  'feed.compose.title': 'تقدير أحد الزملاء',
  'feed.compose.recipients': 'مَن تريد تقديره؟',
  'feed.compose.recipients.placeholder': 'اكتب اسمًا',
  'feed.compose.recipients.hint': 'اختر بمفاتيح الأسهم، وأضف بمفتاح Enter. يزيل مفتاح Backspace في الحقل الفارغ آخر شخص مضاف.',
  'feed.compose.recipients.none': 'لا أحد في الفريق يطابق ذلك.',
  'feed.compose.recipients.selected': 'الأشخاص المختارون',
  'feed.compose.recipients.added': (p) => `تمت إضافة ${p.name}.`,
  'feed.compose.recipients.removed': (p) => `تمت إزالة ${p.name}.`,
  'feed.compose.recipients.count': (p) => `يطابق البحث ${counted(p.count, PEOPLE_SUBJECT)}.`,
  'feed.compose.remove': (p) => `إزالة ${p.name}`,
  'feed.compose.kind': 'النوع',
  'feed.compose.coaching.hint': (p) =>
    `سيُطلب من ${p.name} الموافقة قبل أن يراه الفريق. وحتى ذلك الحين لا يراه إلا أنت و${p.name} والمدير المباشر.`,
  'feed.compose.coaching.noRecipient': 'سيُطلب من أول شخص تقدّره الموافقة قبل أن يراه الفريق.',
  'feed.compose.message': 'الرسالة',
  'feed.compose.message.placeholder': 'ماذا فعلوا، ولماذا كان ذلك مهمًا؟',
  'feed.compose.message.count': (p) => `${p.used} من ${counted(p.max, CHARACTERS)}`,
  'feed.compose.link': 'رابط (اختياري)',
  'feed.compose.link.hint': 'صفقة أو تسجيل مكالمة أو مستند: روابط http:// أو https:// فقط.',
  'feed.compose.link.bad': 'لا يمكن مشاركة إلا روابط الويب التي تبدأ بـ http:// أو https://.',
  'feed.compose.values': 'القيم المُجسَّدة',
  'feed.compose.values.add': 'قيمة أخرى',
  'feed.compose.values.addButton': 'إضافة قيمة',
  'feed.compose.values.full': (p) => `استخدم ${counted(p.max, VALUES)} على الأكثر.`,
  'feed.compose.audience': 'من يراه',
  'feed.compose.audience.team': 'الفريق',
  'feed.compose.audience.team.help': 'يراه جميع أعضاء الفريق في الموجز.',
  'feed.compose.audience.private': 'خاص',
  'feed.compose.audience.private.help': 'الأشخاص الذين تقدّرهم ومديروهم فقط.',
  'feed.compose.submit': 'نشر التقدير',
  'feed.compose.submitting': 'جارٍ النشر…',
  'feed.compose.cancel': 'إلغاء',
  'feed.compose.problems': 'يُرجى مراجعة الحقول المُعلَّمة.',
  'feed.compose.failed': (p) => `لم يُنشر تقديرك. ${p.message} ما زال نصّك هنا.`,
  'feed.compose.noViewer': 'سجّل الدخول لتقدير أحد الزملاء.',

  // The preference belongs to the names, so the sentence agrees with it, never with them.
  'feed.pref.private': (p) => `تفضيل ${p.names}: التقدير على انفراد — هل ترسله بشكل خاص؟`,
  'feed.pref.none': (p) => `تفضيل ${p.names}: عدم التقدير العلني — هل ترسله بشكل خاص؟`,
  'feed.pref.switch': 'إرسال بشكل خاص',
  'feed.pref.keep': 'النشر للفريق على أي حال',
  'feed.pref.kept': 'اخترت النشر للفريق على أي حال.',
  'feed.pref.confirm': 'اختر أولًا: الإرسال بشكل خاص، أو النشر للفريق على أي حال.',

  // --- goal-checkin ------------------------------------------------------------------------------
  'checkin.title.goal': (p) => `جلسات المتابعة · ${p.title}`,
  'checkin.title.person': (p) => `جلسات المتابعة مع ${p.name}`,
  'checkin.title.self': 'جلسات متابعتك',
  'checkin.with': (p) => `مع ${p.name}`,
  'checkin.ownerGoal': (p) => `هدف ${p.name}`,
  'checkin.summaryGoal': (p) => `هدف في فئة ${p.category}`,
  'checkin.unknownGoal': 'هدف ما',
  'checkin.summaryNotice': 'مُشارَك كملخص: يبقى عنوان الهدف وتفاصيله لدى صاحبه.',

  'checkin.cadence.weekly': 'مراجعة كل أسبوع',
  'checkin.cadence.biweekly': 'مراجعة كل أسبوعين',
  'checkin.cadence.monthly': 'مراجعة كل شهر',
  'checkin.cadence.quarterly': 'مراجعة كل ربع سنة',
  'checkin.span.weekly': 'أسبوع',
  'checkin.span.biweekly': 'أسبوعين',
  'checkin.span.monthly': 'شهر',
  'checkin.span.quarterly': 'ربع سنة',

  'checkin.due.upcoming': (p) => (p.days === 1 ? 'مستحقة غدًا' : `مستحقة بعد ${counted(p.days, DAYS)}`),
  'checkin.due.today': 'مستحقة اليوم',
  'checkin.due.overdue': (p) => `متأخرة منذ ${counted(p.days, DAYS)}`,
  'checkin.due.inactive': (p) => `لا مراجعات مستحقة: الهدف ${p.status}`,
  'checkin.due.never': 'لم تُجدوَل جلسة متابعة بعد',
  'checkin.due.date': (p) => `جلسة المتابعة التالية في ${p.date}`,
  'checkin.last': (p) => `آخر جلسة متابعة ${p.relative}`,

  'checkin.history': 'السجل',
  'checkin.showOlder': (p) => `عرض ${counted(p.count, CHECK_INS)} أقدم`,
  'checkin.empty': 'لا توجد جلسات متابعة بعد — الأولى تحدد الإيقاع',
  'checkin.observer': (p) => `لا يكتب جلسات المتابعة هنا إلا ${p.name} والمدير المباشر.`,

  'checkin.new': 'تسجيل جلسة متابعة',
  'checkin.form.title': 'جلسة متابعة جديدة',
  'checkin.field.note.rep': 'كيف تسير الأمور؟',
  'checkin.field.note.manager': (p) => `كيف تسير الأمور لدى ${p.name}؟`,
  'checkin.field.confidence.rep.goal': 'ما مدى ثقتك في تحقيق هذا الهدف؟',
  'checkin.field.confidence.rep.general': 'ما مدى ثقتك الآن؟',
  'checkin.field.confidence.manager.goal': (p) => `ما مدى ثقة ${p.name} في تحقيق هذا الهدف؟`,
  'checkin.field.confidence.manager.general': (p) => `ما مدى ثقة ${p.name} الآن؟`,
  // Words for the confidence itself (الثقة), so they agree with it rather than with a person.
  'checkin.confidence.1': 'معدومة',
  'checkin.confidence.2': 'ضعيفة',
  'checkin.confidence.3': 'متوسطة',
  'checkin.confidence.4': 'جيدة',
  'checkin.confidence.5': 'تامة',
  'checkin.field.blockers': 'ما العوائق؟ (اختياري)',
  'checkin.field.commitment': 'ما سأفعله للمساعدة (اختياري)',
  'checkin.field.commitment.help': (p) => `يظهر هذا أمام ${p.name}، فيصبح التزامًا عليك.`,
  'checkin.field.commitmentDueOn': 'الموعد النهائي (اختياري)',
  'checkin.field.nextDueOn': 'جلسة المتابعة التالية',
  'checkin.field.nextDueOn.help': (p) => `حُدِّد بعد ${p.span} من اليوم وفق إيقاع المراجعة. غيّره إذا اتفقتما على يوم آخر.`,
  'checkin.save': 'حفظ جلسة المتابعة',
  'checkin.saved': (p) => `حُفظت جلسة المتابعة. الجلسة التالية مستحقة في ${p.date}.`,
  'checkin.saveFailed': (p) => `لم تُحفظ: ${p.message} ما زالت جلسة المتابعة في النموذج.`,
  'checkin.problems': (p) => `صحّح ${counted(p.count, PROBLEMS)} قبل الحفظ:`,
  'checkin.noViewer': 'سجّل الدخول لتسجيل جلسة متابعة.',

  'checkin.someone': 'شخص ما',
  'checkin.entry.about': (p) => `بخصوص: ${p.goal}`,
  'checkin.entry.general': 'جلسة متابعة عامة',
  'checkin.entry.confidence': (p) => `الثقة ${p.n} من 5 · ${p.word}`,
  'checkin.entry.note': 'التقدّم',
  'checkin.entry.blockers': 'العوائق',
  'checkin.entry.commitment.you': 'التزامك بالمساعدة',
  'checkin.entry.commitment.other': (p) => `التزام ${p.name} بالمساعدة`,
  'checkin.commitment.by': (p) => `بحلول ${p.date}`,
  'checkin.commitment.done': (p) => `مُنجَز في ${p.date}`,
  'checkin.commitment.open': 'لم يُنجَز بعد',
  'checkin.commitment.dueToday': 'مستحق اليوم',
  'checkin.commitment.overdue': (p) => `لم يُنجَز، وكان مستحقًا في ${p.date}`,
  'checkin.commitment.markDone': 'تعليم كمُنجَز',
  'checkin.commitment.markedDone': 'عُلِّم الالتزام كمُنجَز.',
  'checkin.commitment.markedUndone': 'عُلِّم الالتزام كغير مُنجَز.',

  'checkin.ack.done': (p) => `تم التأكيد من ${p.name} في ${p.date}`,
  'checkin.ack.doneByYou': (p) => `أكّدت هذا في ${p.date}`,
  'checkin.ack.waiting': (p) => `بانتظار تأكيد ${p.name}`,
  'checkin.ack.waitingYou': 'بانتظار تأكيدك',
  'checkin.ack.button': 'تأكيد',
  'checkin.ack.announced': 'تم تأكيد جلسة المتابعة.',
  'checkin.updateFailed': (p) => `لم يُحفظ: ${p.message}`,
  'checkin.changedElsewhere': 'تغيّرت جلسة المتابعة هذه في مكان آخر؛ إليك أحدث نسخة. حاول مجددًا إذا كان الأمر لا يزال لازمًا.',
  'checkin.newFrom': (p) => `جلسة متابعة جديدة من ${p.name}.`,

  // --- motivation-profile ------------------------------------------------------------------------
  'profile.title.self': 'ما الذي يحفّزك',
  'profile.title.other': (p) => `ما الذي يحفّز ${p.name}`,
  'profile.intro.new': 'لم تذكر بعد ما الذي يحفّزك. رتّب هذه الدوافع واحفظ: يقرؤها مديرك ليدرّبك بالطريقة التي تناسبك.',
  'profile.noPerson': 'اختر شخصًا لعرض ملف التحفيز.',
  'profile.notShared': (p) => `ملف تحفيز ${p.name} غير مُشارَك معك. لا يراه إلا ${p.name} والمدير المباشر.`,
  'profile.managerEmpty': (p) => `لم يُملأ ملف تحفيز ${p.name} بعد. اسأل عمّا يحفّز ${p.name} في جلسة المتابعة القادمة.`,
  'profile.readOnly': (p) => `لا يمكن تعديل هذا إلا من قِبل ${p.name}.`,

  'profile.driver.money': 'المال',
  'profile.driver.winning': 'الفوز',
  'profile.driver.recognition': 'التقدير',
  'profile.driver.growth': 'النمو',
  'profile.driver.purpose': 'الغاية',
  'profile.driverWord.money': 'المال',
  'profile.driverWord.winning': 'الفوز',
  'profile.driverWord.recognition': 'التقدير',
  'profile.driverWord.growth': 'النمو',
  'profile.driverWord.purpose': 'الغاية',
  'profile.driver.money.help': 'كسب دخل جيد، وما يتيحه المال.',
  'profile.driver.winning.help': 'التفوق على الرقم المطلوب والمنافسين وأفضل أداء لك.',
  'profile.driver.recognition.help': 'أن يُرى عملك الجيد.',
  'profile.driver.growth.help': 'إتقان الحرفة وتعلّم أشياء جديدة.',
  'profile.driver.purpose.help': 'لماذا يهمّ العمل: الناس والأهداف التي يخدمها.',

  'profile.drivers.legend': 'رتّب ما يحفّزك',
  'profile.drivers.help': 'الأعلى هو الأهم. حرّك أي دافع بأسهمه، وامنح كلًّا منها وزنًا من 0 (لا يهم) إلى 100 (فوق كل شيء).',
  'profile.rankNumber': (p) => `${p.rank}.`,
  'profile.moveUp': (p) => `نقل ${p.driver} لأعلى`,
  'profile.moveDown': (p) => `نقل ${p.driver} لأسفل`,
  'profile.moved': (p) => `${p.driver} الآن في المرتبة ${p.rank} من ${p.total}.`,
  'profile.weightText': (p) => `${p.value} من 100`,

  'profile.recognition.legend': 'كيف تحب أن تُقدَّر؟',
  'profile.recognition.public': 'علنًا',
  'profile.recognition.public.help': 'يمكن أن تصل الانتصارات والإشادات الموجّهة إليك إلى موجز الفريق كله، وتُنشر احتفالاتك التلقائية هناك.',
  'profile.recognition.private': 'على انفراد',
  'profile.recognition.private.help':
    'يصل التقدير إليك وإلى مديرك فقط. ويُطلب من أي شخص يوشك أن ينشر عنك في موجز الفريق أن يرسله بشكل خاص بدلًا من ذلك.',
  'profile.recognition.none': 'بلا تقدير',
  'profile.recognition.none.help':
    'تفضّل ألّا تُخَصّ بالذكر. يُسأل أولًا أي شخص يوشك أن ينشر عنك في موجز الفريق، ولا ينشر Goalpost احتفالات تلقائية لك.',

  'profile.leaderboard.legend': 'في لوحات المتصدرين',
  'profile.leaderboard.named': 'إظهار اسمي',
  'profile.leaderboard.named.help': 'تُدرجك لوحات المتصدرين باسمك.',
  'profile.leaderboard.anonymous': 'إظهاري دون اسم',
  'profile.leaderboard.anonymous.help': 'تُحتسب أرقامك دون اسمك.',
  'profile.leaderboard.hidden': 'استبعادي',
  'profile.leaderboard.hidden.help': 'لا تُدرجك لوحات المتصدرين إطلاقًا.',

  'profile.autoCelebrate': 'الاحتفال بإنجازاتي تلقائيًا',
  'profile.autoCelebrate.help':
    'عندما تبلغ شريحة أو مرحلة أو هدفًا، ينشر Goalpost ذلك نيابةً عنك — للفريق أو بشكل خاص، حسب اختيارك أعلاه.',
  'profile.autoCelebrate.helpNone': 'لا أثر لهذا ما دمت تفضّل عدم التقدير.',

  'profile.coachingNote': 'كيف تدرّبني',
  'profile.coachingNote.help': (p) => `ما ينبغي أن يصل إلى ${p.manager}: كيف تحب تلقّي الملاحظات، وما الذي يساعدك في الأسبوع الصعب.`,
  'profile.yourManager': 'مديرك',

  'profile.save': 'حفظ الملف',
  'profile.create': 'حفظ ملفي',
  'profile.saved': 'تم الحفظ.',
  'profile.saveFailed': (p) => `لم يُحفظ: ${p.message} ما زالت تعديلاتك في النموذج.`,
  'profile.problems': (p) => `صحّح ${counted(p.count, PROBLEMS)} قبل الحفظ:`,
  'profile.conflict': 'تغيّر ملفك في مكان آخر منذ فتحته. الاحتفاظ بنسختك يحفظ ما غيّرته ويُبقي على التغييرات الأخرى.',
  'profile.conflictReload': 'تحميل النسخة المحفوظة',
  'profile.conflictOverwrite': 'الاحتفاظ بنسختي وحفظها',
  'profile.unsaved': 'تغييرات غير محفوظة',

  'profile.preview': (p) => `ما يظهر أمام ${p.manager}`,
  'profile.previewUnsaved': (p) => `ما سيظهر أمام ${p.manager} بعد الحفظ`,
  'profile.summary.drivers2': (p) => `أكثر ما يحفّز ${p.name}: ${p.first}، ثم ${p.second}.`,
  'profile.summary.drivers1': (p) => `أكثر ما يحفّز ${p.name}: ${p.first}.`,
  'profile.summary.driversNone': (p) => `لم تُحدَّد أوزان الدوافع في ملف ${p.name} بعد.`,
  'profile.summary.recognition.public': 'التفضيل: تقدير علني.',
  'profile.summary.recognition.private': 'التفضيل: تقدير على انفراد.',
  'profile.summary.recognition.none': 'التفضيل: دون تقدير.',
  'profile.summary.leaderboard.named': 'في لوحات المتصدرين: بالاسم.',
  'profile.summary.leaderboard.anonymous': 'في لوحات المتصدرين: دون اسم.',
  'profile.summary.leaderboard.hidden': 'خارج لوحات المتصدرين.',
  'profile.summary.autoCelebrate.on': 'يُحتفل بالإنجازات تلقائيًا.',
  'profile.summary.autoCelebrate.off': 'لا احتفالات تلقائية.',
  'profile.summary.coach': (p) => `كيف تدرّب ${p.name}:`,
  'profile.summary.noNote': (p) => `لم يُكتب بعد في ملف ${p.name} كيف يكون التدريب الأنسب.`,
  'profile.summary.weights': 'الدوافع، الأثقل وزنًا أولًا',

  // --- commission-what-if ------------------------------------------------------------------------
  'whatIf.title': (p) => `ماذا لو… · ${p.period}`,
  'whatIf.titlePlain': 'ماذا لو…',
  'whatIf.hypothetical': 'افتراضي',
  'whatIf.nothingSaved':
    'لا يُحفظ أي شيء هنا: هذه الصفقات افتراضية، ومبيعاتك المسجّلة وعمولتك وأهدافك الفعلية تبقى كما هي تمامًا.',
  'whatIf.nothing': 'اختر مندوبًا لتجربة صفقات افتراضية على خطة العمولات.',
  'whatIf.noPlan': 'لا توجد خطة عمولات مُشارَكة هنا بعد، لذا لا يوجد ما تُجرَّب الصفقات عليه.',
  'whatIf.planHeading': 'الخطة',
  'whatIf.plan.lead': (p) => `${PLAN_NAME[p.period]}: الحصة ${p.quota}، والحافز المستهدف ${p.incentive} عند 100%.`,
  // Each pay phrase carries its own preposition (بنصف النسبة، بمضاعف 2×), so clauses read on after a colon.
  'whatIf.plan.first': (p) => `${p.range}: العمولة ${p.pay}`,
  'whatIf.plan.next': (p) => `${p.range}: ${p.pay}`,
  'whatIf.plan.retroactive': '، بأثر رجعي من أول مبلغ',
  'whatIf.plan.cap': (p) => `بسقف ${p.multiple}× من الحافز المستهدف (${p.cap})`,
  'whatIf.plan.noCap': 'بلا سقف',
  'whatIf.plan.model': (p) => MODEL_WORDS[p.model],
  'whatIf.plan.basis': (p) =>
    p.basis === 'cumulative'
      ? `تُصرف بتسوية تراكمية منذ بداية السنة: يُسوّى ${EACH_PERIOD[p.period]} مقابل الحصة حتى تاريخه، وما صُرف سابقًا لا يُسترد أبدًا.`
      : p.period === 'year'
        ? 'تُصرف على مبيعات السنة.'
        : `تُصرف عمولة ${EACH_PERIOD[p.period]} على مبيعاته وحدها.`,
  'whatIf.range.below': (p) => `أقل من ${p.to}`,
  'whatIf.range.between': (p) => `${p.from}–${p.to}`,
  'whatIf.range.above': (p) => `أكثر من ${p.from}`,
  'whatIf.range.all': 'كل المبيعات',
  'whatIf.pay.base': (p) => `بالنسبة الأساسية ${p.rate}`,
  'whatIf.pay.half': 'بنصف النسبة',
  'whatIf.pay.nothing': 'صفر',
  'whatIf.pay.multiple': (p) => `بمضاعف ${p.multiplier}×`,
  'whatIf.table.caption': (p) => `شرائح ${p.name}`,
  'whatIf.table.attainment': 'نسبة التحقيق',
  'whatIf.table.bookings': (p) => `مبيعات ${THIS_PERIOD[p.period]}`,
  'whatIf.table.multiplier': 'المضاعف',
  'whatIf.table.rate': 'النسبة',
  'whatIf.table.retroactive': 'بأثر رجعي',
  'whatIf.table.yes': 'نعم: بلوغها يعيد احتساب كل ما تحتها',
  'whatIf.table.no': 'لا',
  'whatIf.table.now': 'الآن',
  'whatIf.table.then': 'مع هذه الصفقات',
  'whatIf.table.bookingsRange': (p) => `${p.from}–${p.to}`,
  'whatIf.table.bookingsFrom': (p) => `${p.from} فأكثر`,
  'whatIf.table.cap': (p) => `السقف: ${p.cap} (${p.multiple}× الحافز المستهدف).`,
  'whatIf.table.noCap': 'بلا سقف.',
  'whatIf.deals': 'صفقات افتراضية',
  'whatIf.deal': (p) => `الصفقة ${p.n}`,
  'whatIf.deal.amount': 'المبلغ',
  'whatIf.deal.date': 'تاريخ الإغلاق',
  'whatIf.deal.remove': (p) => `إزالة الصفقة ${p.n}`,
  'whatIf.deal.add': 'إضافة صفقة',
  'whatIf.deal.badAmount': 'أدخل مبلغًا أكبر من صفر، مثل 120000.',
  'whatIf.deal.badDate': 'أدخل تاريخًا.',
  'whatIf.deal.pastDate': 'تُغلق الصفقة الافتراضية اليوم أو لاحقًا.',
  'whatIf.deal.farDate': 'اختر تاريخًا خلال الأشهر الاثني عشر القادمة.',
  'whatIf.deal.alone': (p) => `وحدها: ${p.gain} عمولةً إضافية.`,
  'whatIf.deal.aloneGoal': (p) => `وحدها: ${p.gain} عمولةً إضافية، وتموّل ${p.share} من ${p.title}.`,
  'whatIf.deal.later': (p) => `تُصرف في ${p.period}.`,
  'whatIf.extra': (p) => `مبيعات إضافية في ${THIS_PERIOD[p.period]}`,
  'whatIf.extraText': (p) => `${p.amount} إضافية في ${THIS_PERIOD[p.period]}`,
  'whatIf.extraHint': 'حرّك المؤشر لتجربة مبيعات إضافية تُغلق اليوم، فوق الصفقات أعلاه.',
  'whatIf.results': 'ما الذي تُحدثه',
  'whatIf.commission': (p) => `العمولة في ${p.period}`,
  'whatIf.booked': (p) => `المُسجَّل في ${p.period}`,
  'whatIf.ofQuota': (p) => `${p.percent} من الحصة`,
  'whatIf.total': 'كل الفترات معًا',
  'whatIf.change': (p) => `${p.before} ← ${p.after} (${p.delta})`,
  'whatIf.tryIt': 'أضف صفقة أو حرّك المؤشر لترى ما ستدفعه.',
  'whatIf.crossed': (p) =>
    p.retroactive
      ? `تتخطى ${p.from} في ${p.period}: يُعاد احتساب ${p.period} بالكامل بمضاعف ${p.multiplier}× من أول مبلغ.`
      : `تتخطى ${p.from} في ${p.period}: كل مبلغ بعدها يُحتسب بمضاعف ${p.multiplier}×.`,
  'whatIf.sameTier': (p) => `تبقى في شريحة ${p.range}.`,
  'whatIf.split': (p) =>
    `من أصل ${p.gain} الإضافية، ${p.base} هي النسبة الأساسية على ${p.added}، بينما يأتي ${p.accelerator} من المسرِّع.`,
  'whatIf.splitLess': (p) =>
    `بالنسبة الأساسية كانت ${p.added} ستدفع ${p.base}؛ أما وفق شرائح الخطة فتدفع ${p.gain}، أي أقل بمقدار ${p.accelerator}.`,
  'whatIf.splitEven': (p) => `المبلغ كله (${p.gain}) هو النسبة الأساسية على ${p.added}: لا دور للمسرِّع هنا.`,
  'whatIf.capped': (p) => `سقف ${p.cap} يحدّ من ${p.period}: المبيعات بعده لا تدفع شيئًا إضافيًا.`,
  'whatIf.goal': (p) => `هذا يموّل ${p.share} من ${p.title}: ${p.added} إضافية، ليرتفع التمويل من ${p.before} إلى ${p.after}.`,
  'whatIf.goalFull': (p) => `هذا يموّل ${p.title} بالكامل: ${p.added} إضافية.`,
  'whatIf.goalNone': (p) => `لا عمولة مخصصة لهدف ${p.title}، لذا لا تؤثر فيه هذه الصفقات.`,
  'whatIf.cliff': (p) => `عند ${p.at} يُعاد احتساب ${p.period} بالكامل: أصغر مبلغ إضافي يدفع ${p.oneMore} زيادة.`,
  'whatIf.cliff.passed': 'تم تجاوزها بالفعل في هذه الفترة.',
  'whatIf.cliff.away': (p) => `على بُعد ${p.away}.`,
  'whatIf.cliff.crossed': 'هذه الصفقات تتخطاها.',
  'whatIf.basis': (p) =>
    `منذ بداية السنة حتى ${p.through}، مع هذه الصفقات: ${p.perPeriod} عند الصرف ${PERIOD_BY_PERIOD[p.period]}، مقابل ${p.cumulative} بتسوية تراكمية.`,
  'whatIf.basis.more': (p) => `الاحتساب ${p.basis} يدفع ${p.difference} إضافية.`,
  'whatIf.basis.same': 'الطريقتان تدفعان المبلغ نفسه هنا.',
  'whatIf.basis.cumulative': 'التراكمي',
  'whatIf.basis.perPeriod': 'لكل فترة',
  'whatIf.basis.yours': (p) => `تعتمد هذه الخطة الاحتساب ${p.basis}.`,
  'whatIf.live': (p) => `العمولة في ${p.period}: ${p.after}، ${p.delta}.`,
  'whatIf.periodNoun': (p) => PERIOD_NOUN[p.period],

  // --- attainment-chart and team-distribution-chart ----------------------------------------------
  'chart.showTable': 'عرض كجدول',
  'chart.hideTable': 'إخفاء الجدول',
  'chart.notYet': 'ليس بعد',
  'chart.loadFailed': 'تعذّر رسم المخطط هنا؛ أرقامه في الجدول أدناه.',
  'attainmentChart.title': (p) => `المبيعات مقابل الوتيرة · ${p.period}`,
  'attainmentChart.titlePlain': 'المبيعات مقابل الوتيرة',
  'attainmentChart.nothing': 'اختر مندوبًا لعرض المبيعات في مخطط.',
  'attainmentChart.noPlan': 'لا توجد خطة عمولات مُشارَكة هنا بعد.',
  'attainmentChart.canvas': (p) => `مخطط المبيعات التراكمية يومًا بيوم في ${p.period}، مقابل خط الوتيرة وعتبات الشرائح`,
  'attainmentChart.summary': (p) =>
    `حتى ${p.date}، بلغت ${p.name ? `مبيعات ${p.name}` : 'مبيعاتك'} المسجّلة ${p.booked}، أي ${p.percent} من حصة قدرها ${p.quota}. يقف خط الوتيرة عند ${p.expected}: ${p.pace}.`,
  'attainmentChart.ahead': (p) => `أعلى منه بمقدار ${p.amount}`,
  'attainmentChart.behind': (p) => `أدنى منه بمقدار ${p.amount}`,
  'attainmentChart.onPace': 'عنده تمامًا',
  'attainmentChart.next': (p) =>
    `العتبة التالية: ${p.percent} من الحصة عند ${p.amount}، تُحتسب بمضاعف ×${p.multiplier} — يتبقى ${p.left}.`,
  'attainmentChart.top': 'تم تجاوز كل عتبات الشرائح في هذه الفترة بالفعل.',
  'attainmentChart.booked': 'المُسجَّل حتى الآن',
  'attainmentChart.pace': 'خط الوتيرة',
  'attainmentChart.threshold': (p) => `شريحة ${p.percent} (×${p.multiplier})`,
  'attainmentChart.table.caption': (p) => `المبيعات يومًا بيوم، ${p.period}`,
  'attainmentChart.table.day': 'اليوم',
  'attainmentChart.thresholds.caption': 'عتبات الشرائح في هذه الفترة',
  'attainmentChart.thresholds.from': 'تبدأ الشريحة عند',
  'attainmentChart.thresholds.bookings': 'المبيعات',
  'attainmentChart.thresholds.multiplier': 'المضاعف',
  'distributionChart.title': 'توزيع الفريق ومدى الطموح',
  'distributionChart.titleFor': (p) => `توزيع الفريق ومدى الطموح · ${p.name}`,
  'distributionChart.nothing': 'اختر فريقًا أو مديرًا لعرض المخطط.',
  'distributionChart.denied': 'هذا العرض مخصص لمدير الفريق ولقادة المبيعات.',
  'distributionChart.empty': 'لا توجد أرقام لأي مندوب في هذا الفريق مُشارَكة معك.',
  'distributionChart.histogram': (p) => `المبيعات خلال الأشهر الاثني عشر الماضية، في نطاقات بعرض ${p.width}`,
  'distributionChart.histogramCanvas': (p) =>
    `مدرّج تكراري للمندوبين حسب المبيعات خلال الأشهر الاثني عشر الماضية، في نطاقات بعرض ${p.width}`,
  'distributionChart.band.about': (p) => `نحو ${p.amount}`,
  'distributionChart.band.above': (p) => `أكثر من ${p.amount}`,
  'distributionChart.bandCount': (p) => `${p.band}: ${p.count}`,
  'distributionChart.reps': 'المندوبون',
  'distributionChart.band': 'آخر اثني عشر شهرًا',
  'distributionChart.spread': (p) =>
    `${counted(p.count, REPS_SUBJECT)}، من ${p.start} إلى ${p.end}: ${p.bands}. الوسيط ${p.median}.`,
  'distributionChart.stretch': 'الحصة مقابل آخر اثني عشر شهرًا',
  'distributionChart.stretchTable': 'حصة كل مندوب مقابل آخر اثني عشر شهرًا',
  'distributionChart.stretchCanvas': 'مخطط أعمدة لمدى طموح كل مندوب: حصة سنة مقسومة على مبيعات آخر اثني عشر شهرًا',
  'distributionChart.stretchHint': (p) =>
    `مدى الطموح هو حصة سنة مقسومة على ما باعه المندوب في آخر اثني عشر شهرًا. ما بين ${p.min} و${p.max} يُعدّ طموحًا لكنه قابل للتحقيق.`,
  'distributionChart.zone': (p) => `طموح لكنه قابل للتحقيق (${p.min}–${p.max})`,
  'distributionChart.anonymous': 'مندوب مجهول الهوية',
  'distributionChart.col.rep': 'المندوب',
  'distributionChart.col.quota': 'الحصة السنوية',
  'distributionChart.col.trailing': 'آخر اثني عشر شهرًا',
  'distributionChart.col.stretch': 'مدى الطموح',
  'distributionChart.col.reading': 'القراءة',
  'distributionChart.verdictWord': (p) => VERDICT_WORDS[p.verdict],
  'distributionChart.legend': (p) => VERDICT_WORDS[p.verdict],
  'distributionChart.verdict.attainable': (p) =>
    `تبدو المستهدفات طموحة لكنها قابلة للتحقيق: من بين ${counted(p.judged, QUOTAS)}، تطلب ${p.count} منها 30% على الأكثر فوق ما باعه المندوب في آخر اثني عشر شهرًا (الوسيط ${p.median}). بعيدة بما يكفي للسعي إليها، وقريبة بما يكفي للإيمان بها.`,
  'distributionChart.verdict.out-of-reach': (p) =>
    `تبدو مستهدفات كثيرة بعيدة المنال: من بين ${counted(p.judged, QUOTAS)}، تطلب ${p.count} منها أكثر من 30% فوق مبيعات المندوب في آخر اثني عشر شهرًا (الوسيط ${p.median}). الرقم الذي لا يؤمن به أحد يفقد قدرته على التحفيز — الأمر يستحق حوارًا قبل بدء الفترة.`,
  'distributionChart.verdict.below': (p) =>
    `تطلب معظم المستهدفات أقل مما يبيعه المندوبون أصلًا: من بين ${counted(p.judged, QUOTAS)}، تقل ${p.count} منها عن مبيعات المندوب في آخر اثني عشر شهرًا (الوسيط ${p.median})، وهذا لا يترك الكثير للسعي إليه.`,
  'distributionChart.verdict.mixed': (p) =>
    `المستهدفات متفاوتة: ${p.attainable} طموحة لكنها قابلة للتحقيق، و${p.outOfReach} بعيدة المنال، و${p.below} أقل مما يبيعه المندوب أصلًا (الوسيط ${p.median}). يستحق الأمر النظر في الحالات الشاذة واحدةً تلو الأخرى.`,
  'distributionChart.verdict.unknown': 'لا توجد هنا بعد حصة يمكن مقارنتها بمبيعات العام الماضي.',
  'distributionChart.hiddenNote': (p) => {
    switch (plurals.select(p.count)) {
      case 'one':
        return 'مندوب واحد اختار ألّا يظهر في العروض الفردية: يُحتسب في التوزيع والتقييم، لكنه لا يُعرض باسمه ولا بأرقامه.';
      case 'two':
        return 'مندوبان اختارا ألّا يظهرا في العروض الفردية: يُحتسبان في التوزيع والتقييم، لكنهما لا يُعرضان باسميهما ولا بأرقامهما.';
      default:
        return `${counted(p.count, REPS_SUBJECT)} اختاروا ألّا يظهروا في العروض الفردية: يُحتسبون في التوزيع والتقييم، لكنهم لا يُعرضون بأسمائهم ولا بأرقامهم.`;
    }
  },
  'distributionChart.unseen': (p) => `أرقام ${counted(p.count, REPS)} غير مُشارَكة معك، لذا استُبعدت.`,
  'distributionChart.noStretch': 'لا يوجد في هذا الفريق مندوب لديه خطة وسنة من المبيعات للمقارنة.',

  // --- team-goals-board --------------------------------------------------------------------------
  'board.title.self': 'فريقك',
  'board.title.generic': 'أهداف الفريق',
  'board.title.other': (p) => `فريق ${p.name}`,
  'board.period': (p) => `هذه الفترة: ${p.period}`,
  'board.loading': 'جارٍ تحميل فريقك…',
  'board.notManager': 'هذا العرض مخصص للمديرين.',
  'board.notManager.hint': 'يعرض للمدير أهداف كل مرؤوس مباشر ووتيرته وجلسات متابعته والتقدير الذي ناله، لمراجعتها معًا.',
  'board.empty': 'لا يوجد مرؤوسون مباشرون',
  'board.empty.hint': 'سيظهر هنا الأشخاص الذين يتبعونك مباشرةً، مع الأهداف التي يشاركونها معك.',
  'board.updated': (p) => `تحديث أرقام الفريق: ${p.attainment} من الحصة، والمعرّضون للخطر: ${p.atRisk}.`,

  'board.summary.label': 'ملخص الفريق',
  'board.summary.attainment': 'تحقيق الفريق للحصة',
  'board.summary.attainment.detail': (p) => `${p.booked} من ${p.quota}`,
  'board.summary.noPlans': 'لا خطط مُشارَكة',
  'board.summary.pace': 'الوتيرة',
  'board.summary.pace.value': (p) => `فوق الوتيرة: ${p.ahead} · دونها: ${p.behind}`,
  'board.summary.atRisk': 'معرّضون للخطر',
  'board.summary.checkIns': 'جلسات متابعة متأخرة',
  'board.summary.commitments': (p) => (p.name ? `التزامات ${p.name} المفتوحة` : 'التزاماتك المفتوحة'),
  'board.summary.commitments.overdue': (p) => `المتأخر منها: ${p.count}`,

  'board.filter.atRisk': (p) => `المعرّضون للخطر فقط (${p.count})`,
  'board.showing': (p) => `عرض ${p.shown} من أصل ${counted(p.total, REPS)}.`,
  'board.noneAtRisk': 'لا أحد معرّض للخطر الآن. اعرض الجميع لمراجعة الفريق كله.',
  'board.keyboardHint': 'استخدم ↑ و↓ للتنقل بين المندوبين، وEnter لفتح أحدهم، وEscape للإغلاق.',
  'board.caption': (p) => `${p.team}: صف لكل مرؤوس مباشر`,

  'board.col.rep': 'المندوب',
  'board.col.attainment': 'التحقيق',
  'board.col.goals': 'الأهداف',
  'board.col.driver': 'الدافع',
  'board.col.checkIn': 'آخر جلسة متابعة',
  'board.col.recognition': 'آخر تقدير',
  'board.col.risk': 'المخاطر',
  'board.col.commitments': (p) => (p.name ? `التزامات ${p.name}` : 'التزاماتك'),
  'board.col.nextStep': 'الخطوة التالية',
  'board.sorted': (p) => `مرتّب حسب ${p.column}، ${p.direction === 'ascending' ? 'تصاعديًا' : 'تنازليًا'}.`,

  'board.attainment.label': (p) => `تحقيق ${p.name} للحصة`,
  'board.attainment.text': (p) => `${p.percent} من الحصة، ${p.booked} من ${p.quota}؛ المتوقع حتى اليوم ${p.expected}؛ ${p.pace}.`,
  'board.pace.ahead': (p) => `فوق الوتيرة بمقدار ${p.amount}`,
  'board.pace.behind': (p) => `دون الوتيرة بمقدار ${p.amount}`,
  'board.pace.on': 'على الوتيرة',
  'board.noPlan': 'لا خطة مُشارَكة',

  'board.goal.summary': (p) => `هدف في فئة ${p.category}`,
  'board.goal.summaryTag': '(ملخص)',
  'board.goal.noTarget': 'ليس هدفًا ماليًا',
  'board.goal.none': 'لا أهداف مُشارَكة',
  'board.goal.inactive': (p) => `+${p.count} غير نشطة`,

  'board.driver.money': 'المال',
  'board.driver.winning': 'الفوز',
  'board.driver.recognition': 'التقدير',
  'board.driver.growth': 'النمو',
  'board.driver.purpose': 'الغاية',
  'board.driver.none': 'لم يُحدَّد بعد',

  'board.days.today': 'اليوم',
  'board.days.yesterday': 'أمس',
  'board.days.ago': (p) => `قبل ${counted(p.days, DAYS)}`,
  'board.checkIn.never': 'لا توجد بعد',
  'board.checkIn.flag': (p) => `تجاوز الإيقاع المعتاد: كل ${counted(p.days, DAYS)}`,
  'board.recognition.none': 'لا شيء هذا العام',
  'board.recognition.flag': (p) => `أكثر من ${counted(p.days, DAYS)}`,
  'board.recognition.prefersNone': 'التفضيل: دون تقدير',
  'board.recognition.prefersPrivate': 'التفضيل: على انفراد',

  'board.risk.behind-pace': 'دون الوتيرة',
  'board.risk.no-check-in': (p) => (p.days === undefined ? 'لا جلسة متابعة بعد' : `لا جلسة متابعة منذ ${counted(p.days, DAYS)}`),
  'board.risk.low-confidence': (p) => `الثقة ${p.confidence}/5 في آخر جلسة متابعة`,
  'board.risk.milestone-overdue': (p) => `مرحلة متأخرة منذ ${counted(p.days, DAYS)}`,
  'board.risk.milestone-due': (p) => (p.days === 0 ? 'مرحلة مستحقة اليوم' : `مرحلة مستحقة بعد ${counted(p.days, DAYS)}`),
  'board.risk.no-recognition': (p) => (p.days === undefined ? 'لا تقدير هذا العام' : `لا تقدير منذ ${counted(p.days, DAYS)}`),
  'board.risk.join': (p) => p.items.join('، '),
  'board.risk.none': 'على المسار الصحيح',

  'board.commitment': (p) => `${p.name ? `التزام ${p.name}` : 'التزامك'}: ${promise(p.text)}`,
  'board.commitment.overdue': (p) => `متأخر منذ ${counted(p.days, DAYS)}`,
  'board.commitment.dueToday': 'مستحق اليوم',
  'board.commitment.dueIn': (p) => `مستحق بعد ${counted(p.days, DAYS)}`,
  'board.commitment.noDate': 'بلا موعد',
  'board.commitment.more': (p) => `+${p.count} أخرى`,
  'board.commitment.none': 'لا شيء مفتوح',

  'board.step.money-goal': (p) => `صفقة بقيمة ${p.deal} تموّل ${p.percent} من «${p.title}».`,
  'board.step.money-commission': (p) => `صفقة بقيمة ${p.deal} تدرّ على ${p.name} نحو ${p.commission} عمولةً — اعرض الحساب.`,
  'board.step.money-talk': (p) => `ناقش مع ${p.name} ما الذي ستعنيه الصفقة التالية.`,
  'board.step.winning-unlock': (p) => `${p.amount} إضافية تفتح مضاعف ×${p.multiplier} — حدّد سباقًا لمدة أسبوعين.`,
  'board.step.winning-top': (p) => `الشريحة العليا تحققت — تحدَّ ${p.name} لتجاوز أفضل ربع سابق.`,
  'board.step.winning-sprint': (p) => `ضع أمام ${p.name} هدفًا طموحًا لمدة أسبوعين.`,
  'board.step.recognition-win': (p) =>
    p.preference === 'none'
      ? `أخبر ${p.name} بما نجح في صفقة ${p.win} — في جلسة فردية، دون إشادة علنية.`
      : `قدّر فوز ${p.name} في صفقة ${p.win} — ${p.preference === 'private' ? 'على انفراد' : 'أمام الفريق'}، وفق تفضيل ${p.name}.`,
  'board.step.recognition-effort': (p) =>
    p.preference === 'none'
      ? `أخبر ${p.name} بأمر واحد سار بشكل جيد في هذه الفترة — في جلسة فردية، دون إشادة علنية.`
      : `قدّر جهد ${p.name} في هذه الفترة — ${p.preference === 'private' ? 'على انفراد' : 'أمام الفريق'}، وفق تفضيل ${p.name}.`,
  'board.step.growth-blocker': (p) => `ساعد ${p.name} على تجاوز العائق: «${p.blocker}»`,
  'board.step.growth-pipeline': (p) => `راجِع مع ${p.name} مسار الصفقات، واختارا معًا مهارة واحدة للعمل عليها هذا الأسبوع.`,
  'board.step.growth-stretch': (p) => `امنح ${p.name} صفقة أعلى قليلًا من المستوى الحالي، ثم راجِعا النتيجة معًا.`,
  'board.step.purpose-goal': (p) => `اربط هذا الربع بسبب كتابة ${p.name} لهدف «${p.title}».`,
  'board.step.purpose-customer': (p) =>
    p.win ? `شارك ${p.name} ما تعنيه صفقة ${p.win} لذلك العميل.` : `شارك ${p.name} قصة عميل تُظهر لماذا يهمّ هذا العمل.`,
  'board.step.ask-driver': (p) => `اسأل عمّا يحفّز ${p.name} — لا يوجد ملف تحفيز بعد.`,

  'board.detail.label': (p) => `${p.name}: الأهداف والحصة وجلسات المتابعة`,
  'board.detail.close': (p) => `إغلاق تفاصيل ${p.name}`,
  'board.detail.coaching': 'كيف تدرّبني',
  'board.detail.goals': 'الأهداف المُشارَكة معك',
  'board.detail.noGoals': (p) => `لم يُشارَك معك أي هدف من ${p.name} بعد.`,
  'board.detail.quota': 'الحصة',
  'board.detail.checkIns': 'جلسات المتابعة',

  // --- goalpost-sync-status ----------------------------------------------------------------------
  'sync.saved': 'تم الحفظ',
  'sync.savedLocally': 'محفوظ على هذا الجهاز',
  'sync.saving': 'جارٍ الحفظ…',
  'sync.offline': (p) =>
    p.count > 0 ? `غير متصل — بالانتظار: ${counted(p.count, CHANGES_SUBJECT)}` : 'غير متصل — يُعرض آخر ما تم تحميله',
  'sync.notDurable': 'ستضيع التغييرات التي تُجريها الآن إذا أُغلقت هذه الصفحة قبل عودة الاتصال.',
  'sync.attention': (p) => `تعذّر حفظ ${counted(p.count, CHANGES)}`,
  'sync.retryNow': 'المحاولة الآن',
  'sync.issues': 'تغييرات تحتاج إلى قرارك',
  'sync.conflict': (p) => `يتعارض تعديلك على ${p.what} مع تعديل أُجري في مكان آخر.`,
  'sync.conflictDeleted': (p) => `عدّلت ${p.what}، لكن العنصر حُذف في مكان آخر.`,
  'sync.rejected': (p) => `رفض الخادم تعديلك على ${p.what}: ${p.message}`,
  'sync.yours': 'نسختك',
  'sync.theirs': 'الموجود الآن على الخادم',
  'sync.deleted': 'محذوف',
  'sync.version': (p) => `الإصدار ${p.version}`,
  'sync.keepMine': 'الاحتفاظ بنسختي',
  'sync.useTheirs': 'اعتماد نسخة الخادم',
  'sync.tryAgain': 'إعادة المحاولة',
  'sync.discard': 'تجاهل تعديلي',
  'sync.resolveFailed': (p) => `لم ينجح ذلك: ${p.message}`,
  'sync.heldWrites': (p) => `في الانتظار حتى تختار: ${counted(p.count, CHANGES_SUBJECT)}.`,
  'sync.what.people': 'ملف شخصي',
  'sync.what.goals': 'هدف',
  'sync.what.plans': 'خطة عمولات',
  'sync.what.bookings': 'صفقة مسجّلة',
  'sync.what.checkins': 'جلسة متابعة',
  'sync.what.recognitions': 'منشور تقدير',
  'sync.what.profiles': 'ملف تحفيز',
  'sync.what.named': (p) => `${p.kind} («${p.name}»)`,
};

export default ar;
