/**
 * The demo portal's own words in the three languages Goalpost ships. The portal stands in for
 * a company intranet, which translates its own chrome; Goalpost's elements translate themselves
 * from the provider's `locale`.
 */
export type PortalLanguage = 'en' | 'de' | 'ar';

interface PortalWords {
  skip: string;
  nav: [string, string, string, string];
  viewAs: string;
  theme: string;
  themes: [string, string, string];
  brand: string;
  brands: [string, string];
  language: string;
  welcome: (first: string) => string;
  subtitle: (title: string, people: number) => string;
  reset: string;
  bookingTitle: string;
  bookingHelp: string;
  bookingLabel: string;
  bookingAmount: string;
  bookingAdd: string;
  bookingBadAmount: string;
  booked: (amount: string) => string;
  notSaved: (why: string) => string;
  viewUnavailable: string;
  quarter: string;
  goals: string;
  newGoal: string;
  checkins: string;
  whatIf: string;
  chart: string;
  repAside: string;
  distribution: string;
  managerAside: string;
  footer: string;
  rep: string;
  manager: string;
}

const arabicPeople = new Intl.PluralRules('ar');

export const PORTAL_WORDS: Record<PortalLanguage, PortalWords> = {
  en: {
    skip: 'Skip to content',
    nav: ['Home', 'Accounts', 'Forecast', 'Enablement'],
    viewAs: 'View as',
    theme: 'Theme',
    themes: ['System', 'Light', 'Dark'],
    brand: 'Brand',
    brands: ['Goalpost', 'Fjordline'],
    language: 'Language',
    welcome: (first) => `Welcome back, ${first}`,
    subtitle: (title, people) => `${title ? `${title} · ` : ''}${people} people on the team`,
    reset: 'Reset demo data',
    bookingTitle: 'Log a closed deal',
    bookingHelp: 'Bookings normally arrive from your CRM. Add one here and watch the meter and your goal move.',
    bookingLabel: 'Account and deal',
    bookingAmount: 'Amount (USD)',
    bookingAdd: 'Add booking',
    bookingBadAmount: 'Type an amount such as 45,000.',
    booked: (amount) => `Booked ${amount}. The meter and your goals have moved.`,
    notSaved: (why) => `Not saved: ${why}`,
    viewUnavailable: 'This view did not load. Check your connection and choose it again.',
    quarter: 'My quarter',
    goals: 'My goals',
    newGoal: '+ New goal',
    checkins: 'Check-ins with my manager',
    whatIf: 'What if I close…',
    chart: 'My quarter so far',
    repAside: 'Team recognition and what motivates me',
    distribution: 'Is the team’s quota aspirational yet attainable?',
    managerAside: 'Team recognition',
    footer: 'Northwind Traders intranet · Sales widgets by Goalpost',
    rep: 'rep',
    manager: 'manager',
  },
  de: {
    skip: 'Zum Inhalt springen',
    nav: ['Start', 'Kunden', 'Prognose', 'Enablement'],
    viewAs: 'Ansicht als',
    theme: 'Darstellung',
    themes: ['System', 'Hell', 'Dunkel'],
    brand: 'Marke',
    brands: ['Goalpost', 'Fjordline'],
    language: 'Sprache',
    welcome: (first) => `Willkommen zurück, ${first}`,
    subtitle: (title, people) => `${title ? `${title} · ` : ''}${people} Personen im Team`,
    reset: 'Demodaten zurücksetzen',
    bookingTitle: 'Abgeschlossenen Deal erfassen',
    bookingHelp: 'Buchungen kommen normalerweise aus deinem CRM. Füge hier eine hinzu und sieh zu, wie sich die Anzeige und dein Ziel bewegen.',
    bookingLabel: 'Kunde und Deal',
    bookingAmount: 'Betrag (USD)',
    bookingAdd: 'Buchung hinzufügen',
    bookingBadAmount: 'Gib einen Betrag ein, etwa 45.000.',
    booked: (amount) => `${amount} gebucht. Die Anzeige und deine Ziele haben sich bewegt.`,
    notSaved: (why) => `Nicht gespeichert: ${why}`,
    viewUnavailable: 'Diese Ansicht konnte nicht geladen werden. Prüf deine Verbindung und wähl sie noch einmal.',
    quarter: 'Mein Quartal',
    goals: 'Meine Ziele',
    newGoal: '+ Neues Ziel',
    checkins: 'Check-ins mit meiner Führungskraft',
    whatIf: 'Was wäre, wenn ich abschließe …',
    chart: 'Mein Quartal bisher',
    repAside: 'Anerkennung im Team und was mich motiviert',
    distribution: 'Ist die Quote des Teams ehrgeizig und trotzdem erreichbar?',
    managerAside: 'Anerkennung im Team',
    footer: 'Northwind Traders Intranet · Vertriebs-Widgets von Goalpost',
    rep: 'Vertrieb',
    manager: 'Führungskraft',
  },
  ar: {
    skip: 'انتقل إلى المحتوى',
    nav: ['الرئيسية', 'العملاء', 'التوقعات', 'التمكين'],
    viewAs: 'العرض بصفة',
    theme: 'المظهر',
    themes: ['النظام', 'فاتح', 'داكن'],
    brand: 'العلامة',
    brands: ['Goalpost', 'Fjordline'],
    language: 'اللغة',
    welcome: (first) => `مرحبًا بعودتك، ${first}`,
    subtitle: (title, people) => {
      const count = { zero: 'لا أحد في الفريق', one: 'شخص واحد في الفريق', two: 'شخصان في الفريق', few: `${people} أشخاص في الفريق`, many: `${people} شخصًا في الفريق`, other: `${people} شخص في الفريق` }[arabicPeople.select(people)];
      return `${title ? `${title} · ` : ''}${count}`;
    },
    reset: 'إعادة ضبط بيانات العرض',
    bookingTitle: 'سجّل صفقة مغلقة',
    bookingHelp: 'تصل الحجوزات عادةً من نظام إدارة العملاء. أضف واحدة هنا وشاهد المؤشر وهدفك يتحركان.',
    bookingLabel: 'العميل والصفقة',
    bookingAmount: 'المبلغ (دولار أمريكي)',
    bookingAdd: 'أضف الحجز',
    bookingBadAmount: 'اكتب مبلغًا مثل 45,000.',
    booked: (amount) => `تم حجز ${amount}. تحرّك المؤشر وأهدافك.`,
    notSaved: (why) => `لم يُحفظ: ${why}`,
    viewUnavailable: 'تعذّر تحميل هذا العرض. تحقّق من اتصالك واختره مرة أخرى.',
    quarter: 'ربعي',
    goals: 'أهدافي',
    newGoal: '+ هدف جديد',
    checkins: 'اللقاءات الدورية مع مديري',
    whatIf: 'ماذا لو أغلقت…',
    chart: 'ربعي حتى الآن',
    repAside: 'تقدير الفريق وما يحفّزني',
    distribution: 'هل حصة الفريق طموحة وقابلة للتحقيق معًا؟',
    managerAside: 'تقدير الفريق',
    footer: 'الشبكة الداخلية لـ Northwind Traders · أدوات المبيعات من Goalpost',
    rep: 'مندوب مبيعات',
    manager: 'مدير',
  },
};

export function isPortalLanguage(value: string | null): value is PortalLanguage {
  return value === 'en' || value === 'de' || value === 'ar';
}

/** Puts the portal's own words on the page in `language`, and its direction on `<html>`. */
export function translatePortal(language: PortalLanguage): void {
  const words = PORTAL_WORDS[language];
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  const set = (selector: string, text: string) => {
    const node = document.querySelector(selector);
    if (node) node.textContent = text;
  };
  set('.skip', words.skip);
  document.querySelectorAll('.portal-bar nav a').forEach((link, index) => (link.textContent = words.nav[index] ?? link.textContent));
  set('#viewer-label', words.viewAs);
  set('#theme-label', words.theme);
  set('#brand-label', words.brand);
  set('#language-label', words.language);
  document.querySelectorAll('#theme-switch option').forEach((option, index) => (option.textContent = words.themes[index] ?? option.textContent));
  document.querySelectorAll('#brand-switch option').forEach((option, index) => (option.textContent = words.brands[index] ?? option.textContent));
  set('#reset', words.reset);
  set('#booking-title', words.bookingTitle);
  set('#booking-help', words.bookingHelp);
  set('#booking-label-text', words.bookingLabel);
  set('#booking-amount-text', words.bookingAmount);
  set('#booking-add', words.bookingAdd);
  set('#quarter-title', words.quarter);
  set('#goals-title', words.goals);
  set('#new-goal', words.newGoal);
  set('#checkin-title', words.checkins);
  set('#whatif-title', words.whatIf);
  set('#chart-title', words.chart);
  set('#distribution-title', words.distribution);
  set('.portal-footer', words.footer);
  document.querySelector('#rep-aside')?.setAttribute('aria-label', words.repAside);
  document.querySelector('#manager-aside')?.setAttribute('aria-label', words.managerAside);
}
