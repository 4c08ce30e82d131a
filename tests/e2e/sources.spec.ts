import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/** Serious or critical axe-core findings on the page as it is (the panel is new, so it is checked here). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForTimeout(400); // transitions settle, so colours are measured at rest
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/**
 * Provenance on screen (issue 13): the source line under an event and a partner, approximate and open-ended dates
 * as visitors read them, and the „Quellen und Stand“ panel in German and English – on the default exhibition.
 */
test.describe('sources and Stand (touch)', () => {
  test('source lines, „um 1966 – heute“ and the sources panel in both languages', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByTestId('exhibition-title')).toHaveText('50 Jahre – 50 Bilder');

    await page.getByTestId('partner-emek-hefer').tap();
    const profile = page.getByTestId('partner-profile');
    await expect(page.getByTestId('partner-source')).toHaveText(
      'Quelle: Text zur Partnerschaft des Kreises Siegen-Wittgenstein mit Emek Hefer (ohne Verfasser- und Datumsangabe) · Stand: 2023',
    );
    await profile.getByTestId('profile-event-begegnungen').tap();
    await expect(page.getByTestId('event-date')).toHaveText('um 1966 – heute');
    await expect(page.getByTestId('event-source')).toContainText('Quelle: Text zur Partnerschaft');
    await page.getByTestId('event-detail-close').tap();

    await page.getByTestId('sources-button').tap();
    const panel = page.getByTestId('sources-panel');
    await expect(panel.locator('h2')).toHaveText('Quellen und Stand');
    await expect(page.getByTestId('sources-as-of')).toHaveText('Stand der Inhalte: 2023');
    await expect(page.getByTestId('source-0')).toContainText('Stand: 2023');
    expect(await seriousViolations(page)).toEqual([]);
    await testInfo.attach('sources-de', { body: await page.screenshot(), contentType: 'image/png' });
    await page.getByTestId('sources-panel-close').tap();
    await expect(panel).toHaveCount(0);

    await page.getByTestId('language-en').tap();
    await page.getByTestId('sources-button').tap();
    await expect(panel.locator('h2')).toHaveText('Sources and date of information');
    await expect(page.getByTestId('sources-as-of')).toHaveText('Information as of 2023');
    await expect(page.getByTestId('source-0')).toContainText('Text on the partnership of the District of Siegen-Wittgenstein with Emek Hefer');
    await testInfo.attach('sources-en', { body: await page.screenshot(), contentType: 'image/png' });
    await page.screenshot({ path: testInfo.outputPath('sources-en.png') });

    // High contrast: the panel stays readable.
    await page.getByTestId('sources-panel-close').tap();
    await page.getByTestId('accessibility-button').tap();
    await page.getByTestId('pref-highContrast').tap();
    await page.getByTestId('accessibility-button').tap();
    await page.getByTestId('sources-button').tap();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
