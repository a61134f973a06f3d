// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { gmail, outlook, providerFor, providerForPage } from '../../../src/providers';
import { loadFixture } from './load-fixture';

describe('providerFor', () => {
  test.each([
    ['mail.google.com', 'gmail'],
    ['outlook.live.com', 'outlook'],
    ['outlook.office.com', 'outlook'],
    ['outlook.office365.com', 'outlook'],
    ['outlook.cloud.microsoft', 'outlook'],
    ['Outlook.Office.com.', 'outlook'],
  ])('%s → %s', (host, name) => {
    expect(providerFor(host)?.name).toBe(name);
  });

  test.each([
    'google.com',
    'docs.google.com',
    'mail.google.com.evil.example',
    'outlook.com',
    'example.org',
    '',
  ])('%s → null', (host) => {
    expect(providerFor(host)).toBeNull();
  });

  test('the adapters declare exactly the five hosts', () => {
    expect([...gmail.hosts, ...outlook.hosts].sort()).toEqual([
      'mail.google.com',
      'outlook.cloud.microsoft',
      'outlook.live.com',
      'outlook.office.com',
      'outlook.office365.com',
    ]);
  });
});

describe('providerForPage: OWA on a custom domain, by its assets', () => {
  test('owamail assets make an unknown host Outlook', () => {
    expect(providerForPage('mail.hospital.example', loadFixture('outlook/docked-compose.html'))).toBe(
      outlook,
    );
    expect(providerForPage('mail.hospital.example', loadFixture('outlook/popout-reply.html'))).toBe(outlook);
  });

  test('other pages on unknown hosts get no provider; known hosts need no sniffing', () => {
    expect(providerForPage('mail.hospital.example', loadFixture('gmail/new-compose.html'))).toBeNull();
    expect(providerForPage('mail.google.com', loadFixture('outlook/docked-compose.html'))).toBe(gmail);
  });
});
