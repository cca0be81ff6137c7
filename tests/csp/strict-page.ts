/**
 * A host page served with a strict Content-Security-Policy and Trusted Types required (see the
 * test runner's middleware). It renders the elements on sample data, exercises them, and reports
 * every policy violation to the test that framed it.
 */
import '../../src/define-all.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../../src/core/sample-data.js';
import { seedStorage } from '../../src/core/seed.js';
import { MemoryAdapter } from '../../src/storage/memory.js';
import { provideGoalpost } from '../../src/context/host-provider.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
});

async function run(): Promise<void> {
  const company = generateSampleCompany();
  const system = new MemoryAdapter({ clock: () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`) });
  await seedStorage(system, company);
  const viewer = { personId: company.viewers.repId, role: 'rep' as const };
  const root = document.querySelector<HTMLElement>('#root')!;
  provideGoalpost(root, { storage: system.withViewer(viewer), viewer, clock: () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`), locale: 'en-US' });
  const goal = company.goals.find((g) => g.ownerId === viewer.personId && g.target)!;
  const tags: Array<[string, Record<string, string>]> = [
    ['quota-to-goal-meter', { 'person-id': viewer.personId }],
    ['goal-card', { 'goal-id': goal.id }],
    ['recognition-feed', { 'team-id': company.people.find((p) => p.id === viewer.personId)!.teamId }],
  ];
  tags.push(['goal-checkin', { 'goal-id': goal.id }]);
  for (const tag of ['motivation-profile', 'commission-what-if', 'attainment-chart']) tags.push([tag, { 'person-id': viewer.personId }]);
  const manager = { personId: company.viewers.managerId, role: 'manager' as const };
  const managerRoot = document.createElement('section');
  document.body.append(managerRoot);
  provideGoalpost(managerRoot, { storage: system.withViewer(manager), viewer: manager, clock: () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`), locale: 'en-US' });
  for (const tag of ['team-goals-board', 'team-distribution-chart']) {
    if (!customElements.get(tag)) continue;
    const element = document.createElement(tag);
    element.setAttribute('manager-id', manager.personId);
    managerRoot.append(element);
  }
  for (const [tag, attributes] of tags.filter(([tag]) => customElements.get(tag))) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    root.append(element);
  }
  // Let reads finish and render, then open the goal editor and the composer.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const card = root.querySelector('goal-card')!;
  card.shadowRoot!.querySelector<HTMLButtonElement>('.edit-button')?.click();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const rendered = [...root.children, ...managerRoot.children].map((element) => {
    const tag = element.localName;
    return { tag, text: (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) };
  });
  parent.postMessage({ type: 'goalpost-csp-report', violations, rendered }, '*');
}

run().catch((error) => parent.postMessage({ type: 'goalpost-csp-report', violations, error: String(error) }, '*'));
