/**
 * "Start here" (review S5): of the page's many fields, the two things that make MatchMail work, with whether
 * they are done. The name and AAMC ID go into every template; programs with their email domains are what
 * turn on the program-name, no-contact and letter-of-intent checks. Everything else on the page is optional.
 */
import type { Records } from '../../records';

export function StartHere({ records }: { records: Records }) {
  const profileDone = !!records.profile.name?.trim() && !!records.profile.aamcId?.trim();
  const withDomains = records.programs.filter((p) => (p.domains ?? []).length > 0).length;
  const steps = [
    {
      id: 'profile',
      done: profileDone,
      title: 'Your name and AAMC ID',
      why: 'Templates put them in every letter and subject line.',
      link: profileDone ? 'Change them' : 'Add them',
    },
    {
      id: 'programs',
      done: withDomains > 0,
      title: 'Your programs, with their email domains',
      why:
        withDomains > 0
          ? `${withDomains} on your list with a domain: the program-name, no-contact and letter-of-intent checks are on.`
          : 'They turn on the checks for a wrong program name, a program that asks for no contact, and a second letter of intent.',
      link: withDomains > 0 ? 'See your programs' : 'Add your programs',
    },
  ];
  return (
    <section class="mm-section mm-start" aria-labelledby="start-title" data-start-here>
      <h2 id="start-title">Start here</h2>
      <ol class="mm-start-steps">
        {steps.map((s) => (
          <li key={s.id} data-step={s.id} data-done={s.done ? 'true' : 'false'}>
            <span class={`mm-step-state${s.done ? ' mm-step-done' : ''}`}>{s.done ? '✓ Done' : 'To do'}</span>{' '}
            <strong>{s.title}.</strong> {s.why} <a href={`#${s.id}`}>{s.link}</a>
          </li>
        ))}
      </ol>
      <p class="mm-hint">Everything else on this page is optional.</p>
    </section>
  );
}
