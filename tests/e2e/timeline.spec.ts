import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Locator, type Page, test, type TestInfo } from '@playwright/test';
import type { PreviewServer } from '../../src-main/preview/previewServer';
import { startKioskPreview } from '../support/kioskPreview';
import { makeTempDir } from '../support/tempDir';
import { writeTimelineFixture } from '../support/timelineFixture';
import { settledTimeline, type TimelineView, timelineView } from '../support/timelineView';
import { type Point, Touch } from '../support/touchGestures';

let server: PreviewServer;
let cleanup: () => Promise<void>;

test.beforeAll(async () => {
  const temp = await makeTempDir('timeline-e2e-');
  const bundleDir = path.join(temp.dir, 'bundle');
  await writeTimelineFixture(bundleDir, { events: 400, partners: 5, townPartners: 4, images: 6 });
  const preview = await startKioskPreview(bundleDir);
  server = preview.server;
  cleanup = async () => {
    await preview.cleanup();
    await temp.cleanup();
  };
});
test.afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

type ViewState = TimelineView;

/** Waits until animations and flings have come to rest. */
const settled = (page: Page): Promise<ViewState> => settledTimeline(page);

async function surfaceBox(page: Page) {
  const box = await page.getByTestId('timeline-surface').boundingBox();
  if (!box) throw new Error('no timeline surface');
  return box;
}

/** World position (years) under page x for a view, given the surface's left edge. */
function worldAt(view: ViewState, pageX: number, surfaceLeft: number): number {
  return (pageX - surfaceLeft - view.x) / view.k;
}

async function open(page: Page): Promise<void> {
  await page.goto(server.url);
  await expect(page.getByTestId('exhibition-title')).toHaveText('Zeitleiste Testpaket');
  await expect(page.locator('[data-mark-key]').first()).toBeVisible();
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot();
  await testInfo.attach(name, { body, contentType: 'image/png' });
  await writeFile(path.join('/tmp', `${name}.png`), body);
}

/** The centre of the first element matching `locator` that lies fully inside the surface. */
async function centreInside(page: Page, locator: Locator): Promise<Point> {
  const surface = await surfaceBox(page);
  for (const handle of await locator.all()) {
    const box = await handle.boundingBox();
    if (!box) continue;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    if (x > surface.x + 40 && x < surface.x + surface.width - 40 && y > surface.y + 50 && y < surface.y + surface.height - 70) {
      return { x, y };
    }
  }
  throw new Error('nothing inside the surface');
}

test.describe('timeline by touch (1920×1080)', () => {
  test('renders lanes, clusters and the axis; screenshot', async ({ page }, testInfo) => {
    await open(page);
    await expect(page.locator('[data-lane-id]')).toHaveCount(1 + 5 + 2);
    await expect(page.locator('.cluster').first()).toBeVisible();
    const view = await timelineView(page);
    expect(view.level).toBe(0);
    await shot(page, testInfo, 'timeline-1920x1080-overview');
  });

  test('one-finger pan moves the view with the finger', async ({ page }) => {
    await open(page);
    await page.getByTestId('decade-1980').tap();
    const before = await settled(page);
    const surface = await surfaceBox(page);
    const y = surface.y + surface.height / 2;
    await (await Touch.on(page)).drag({ x: 800, y }, { x: 1100, y }, { steps: 10, stepMs: 20, holdMs: 200 });
    const after = await settled(page);
    expect(after.k).toBeCloseTo(before.k, 6);
    expect(after.x - before.x).toBeGreaterThan(280);
    expect(after.x - before.x).toBeLessThan(320);
  });

  test('the hot path: a pan inside the render window changes only the world layers', async ({ page }) => {
    await open(page);
    await page.getByTestId('decade-1980').tap();
    await settled(page);
    // Browser-side code as a string: the Node tsconfig that checks this file has no DOM types.
    await page.evaluate(`(() => {
      const records = [];
      window.mutations = records;
      const root = document.querySelector('[data-testid="timeline"]');
      new MutationObserver((list) => {
        for (const record of list) {
          const target = record.target;
          const where = target === root ? 'root' : target.nodeName + '.' + (target.getAttribute ? target.getAttribute('class') : '');
          records.push(record.type + ':' + (record.attributeName ?? '') + ':' + where);
        }
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    })()`);
    const surface = await surfaceBox(page);
    const y = surface.y + surface.height / 2;
    await (await Touch.on(page)).drag({ x: 900, y }, { x: 1100, y }, { steps: 10, stepMs: 20, holdMs: 200 });
    await settled(page);
    const mutations = (await page.evaluate('window.mutations')) as string[];
    expect(mutations.length).toBeGreaterThan(5);
    // Every change during the pan is the two world layers' transform; no item is re-rendered or restyled, and
    // nothing reports the view through attributes (tests read it through window.__kioskTimeline).
    const worldLayer = /^attributes:style:DIV\.world( |$)/;
    expect(mutations.filter((mutation) => !worldLayer.test(mutation))).toEqual([]);
    expect(mutations.some((mutation) => worldLayer.test(mutation))).toBe(true);
  });

  test('two-finger pinch zooms in horizontally, anchored between the fingers', async ({ page }) => {
    await open(page);
    await page.getByTestId('decade-1990').tap();
    const before = await settled(page);
    const surface = await surfaceBox(page);
    const centre = { x: surface.x + surface.width * 0.6, y: surface.y + surface.height / 2 };
    const anchoredYear = worldAt(before, centre.x, surface.x);
    await (await Touch.on(page)).pinch(centre, 200, 500);
    const after = await settled(page);
    expect(after.k / before.k).toBeGreaterThan(2.2);
    expect(after.k / before.k).toBeLessThan(2.8);
    expect(after.y).toBe(before.y);
    // The year under the fingers stays under the fingers (within a few px).
    expect(Math.abs((anchoredYear - worldAt(after, centre.x, surface.x)) * after.k)).toBeLessThan(4);
  });

  test('pinching in reveals single events where the overview showed clusters', async ({ page }) => {
    await open(page);
    const clustersBefore = await page.locator('.cluster').count();
    const surface = await surfaceBox(page);
    const touch = await Touch.on(page);
    for (let i = 0; i < 3; i += 1) await touch.pinch({ x: surface.x + surface.width / 2, y: surface.y + 300 }, 150, 500);
    const after = await settled(page);
    expect(after.level).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.mark.single').first()).toBeVisible();
    expect(await page.locator('.cluster').count()).toBeLessThan(clustersBefore);
  });

  test('a palm and a third finger do not break a pinch', async ({ page }) => {
    await open(page);
    await page.getByTestId('decade-1990').tap();
    const before = await settled(page);
    const surface = await surfaceBox(page);
    const centre = { x: surface.x + surface.width / 2, y: surface.y + 250 };
    const palm = { x: surface.x + 200, y: surface.y + surface.height - 120, radius: 70 };
    const thirdFinger = { x: surface.x + surface.width - 150, y: surface.y + 150, radius: 8 };
    await (await Touch.on(page)).pinch(centre, 200, 400, { before: [palm], after: [thirdFinger] });
    const after = await settled(page);
    expect(after.k / before.k).toBeGreaterThan(1.7);
    expect(after.k / before.k).toBeLessThan(2.3);
  });

  test('a fling keeps the view gliding after the finger lifts', async ({ page }) => {
    await open(page);
    await page.getByTestId('decade-1990').tap();
    const before = await settled(page);
    const surface = await surfaceBox(page);
    const y = surface.y + surface.height / 2;
    const dragDistance = 400;
    // Fast: 400 px in ~6 frames, lifted while moving.
    await (await Touch.on(page)).drag({ x: 1400, y }, { x: 1400 - dragDistance, y }, { steps: 6, stepMs: 12 });
    const after = await settled(page);
    expect(before.x - after.x).toBeGreaterThan(dragDistance + 150);
  });

  test('double-tap zooms in around the tap; Start brings the overview back', async ({ page }) => {
    await open(page);
    await page.getByTestId('decade-1970').tap();
    const before = await settled(page);
    const surface = await surfaceBox(page);
    // An empty spot: the lower part of the last lane area near the axis has no marks.
    const point = { x: surface.x + surface.width / 2, y: surface.y + surface.height - 60 };
    const year = worldAt(before, point.x, surface.x);
    const touch = await Touch.on(page);
    await touch.tap(point);
    await page.waitForTimeout(80);
    await touch.tap(point);
    const after = await settled(page);
    expect(after.k / before.k).toBeCloseTo(2.5, 1);
    expect(Math.abs((year - worldAt(after, point.x, surface.x)) * after.k)).toBeLessThan(4);

    await page.getByTestId('timeline-start').tap();
    const overview = await settled(page);
    expect(overview.level).toBe(0);
    expect(overview.k).toBeLessThan(before.k);
  });

  test('mouse wheel zooms around the pointer', async ({ page }) => {
    await open(page);
    const before = await timelineView(page);
    const surface = await surfaceBox(page);
    await page.mouse.move(surface.x + 500, surface.y + 300);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await timelineView(page)).k).toBeGreaterThan(before.k * 1.5);
  });

  test('tap an event: detail with date, text and partner; close by button and by the dimmed timeline', async ({ page }, testInfo) => {
    await open(page);
    await page.getByTestId('decade-1980').tap();
    await settled(page);
    const marker = await centreInside(page, page.locator('.mark.single'));
    await page.touchscreen.tap(marker.x, marker.y);
    const detail = page.getByTestId('event-detail');
    await expect(detail).toBeVisible();
    await expect(detail.locator('h2')).toHaveText(/\w+ \d+/);
    await expect(page.getByTestId('event-date')).toHaveText(/19[89]\d/);
    await expect(detail).toContainText('keinem HTML');
    await expect(detail.locator('em').first()).toHaveText('Hervorhebung');
    await expect(detail.locator('b')).toHaveCount(0);
    await shot(page, testInfo, 'timeline-1920x1080-detail');
    await page.getByTestId('event-detail-close').tap();
    await expect(detail).toHaveCount(0);

    await page.touchscreen.tap(marker.x, marker.y);
    await expect(detail).toBeVisible();
    await page.touchscreen.tap(100, 500);
    await expect(detail).toHaveCount(0);
  });

  test('image viewer: pinch zooms the image, swipe pages, caption stays, close button closes', async ({ page }, testInfo) => {
    await open(page);
    await page.getByTestId('decade-2000').tap();
    await settled(page);
    // Find an event with images: open events until one has an image.
    let found = false;
    for (const handle of (await page.locator('.mark.single').all()).slice(0, 30)) {
      const box = await handle.boundingBox();
      const surface = await surfaceBox(page);
      if (!box || box.x < surface.x + 40 || box.x > surface.x + surface.width - 80) continue;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page.getByTestId('event-detail')).toBeVisible();
      if ((await page.getByTestId('event-image-1').count()) > 0) {
        found = true;
        break;
      }
      await page.getByTestId('event-detail-close').tap();
    }
    expect(found).toBe(true);
    await page.getByTestId('event-image-0').tap();
    const viewer = page.getByTestId('image-viewer');
    const stage = page.getByTestId('image-stage');
    await expect(viewer).toBeVisible();
    await expect(page.getByTestId('image-caption')).toContainText('Bildunterschrift');
    await expect(page.getByTestId('image-caption')).toContainText('Foto: Archiv');
    await expect(stage).toHaveAttribute('data-scale', '1.000');
    const box = (await stage.boundingBox())!;
    const touch = await Touch.on(page);
    // Swipe left: the next image; swipe right: back.
    await expect(stage).toHaveAttribute('data-index', '0');
    const middle = box.y + box.height / 2;
    await touch.drag({ x: box.x + box.width * 0.7, y: middle }, { x: box.x + box.width * 0.3, y: middle });
    await expect(stage).toHaveAttribute('data-index', '1');
    await expect(page.getByTestId('image-caption')).toContainText('2 / 2');
    await touch.drag({ x: box.x + box.width * 0.3, y: middle }, { x: box.x + box.width * 0.7, y: middle });
    await expect(stage).toHaveAttribute('data-index', '0');
    await touch.pinch({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, 150, 450);
    await expect.poll(async () => Number(await stage.getAttribute('data-scale'))).toBeGreaterThan(2.5);
    await shot(page, testInfo, 'timeline-1920x1080-image-viewer');
    await expect(page.getByTestId('image-caption')).toBeInViewport();
    await page.getByTestId('image-viewer-close').tap();
    await expect(viewer).toHaveCount(0);
    await expect(page.getByTestId('event-detail')).toBeVisible();
  });

  test('swipe down closes the image viewer', async ({ page }) => {
    await open(page);
    await page.getByTestId('decade-2000').tap();
    await settled(page);
    for (const handle of (await page.locator('.mark.single').all()).slice(0, 30)) {
      const box = await handle.boundingBox();
      const surface = await surfaceBox(page);
      if (!box || box.x < surface.x + 40 || box.x > surface.x + surface.width - 80) continue;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      if ((await page.getByTestId('event-image-0').count()) > 0) break;
      await page.getByTestId('event-detail-close').tap();
    }
    await page.getByTestId('event-image-0').tap();
    const stage = page.getByTestId('image-stage');
    const box = (await stage.boundingBox())!;
    await (await Touch.on(page)).drag({ x: box.x + box.width / 2, y: box.y + 200 }, { x: box.x + box.width / 2 + 10, y: box.y + 600 });
    await expect(page.getByTestId('image-viewer')).toHaveCount(0);
  });

  test('tap a lane label: partner profile with its events; a group lane lists its towns', async ({ page }, testInfo) => {
    await open(page);
    await page.getByTestId('partner-partner-1').tap();
    const profile = page.getByTestId('partner-profile');
    await expect(profile).toBeVisible();
    await expect(profile.locator('h2')).toHaveText('Partnerkreis A');
    await expect(page.getByTestId('partner-meta')).toHaveText(/^Israel · Partnerschaft seit 1966$/);
    await expect(profile).toContainText('Fakt eins 1');
    await shot(page, testInfo, 'timeline-1920x1080-profile');
    await profile.locator('[data-testid^="profile-event-"]').first().tap();
    await expect(page.getByTestId('event-detail')).toBeVisible();
    await page.getByTestId('event-detail-close').tap();

    await page.locator('[data-lane-id^="group-"]').first().tap();
    await expect(page.getByTestId('group-profile')).toContainText('Partnerstadt');
    await page.getByTestId('group-profile-close').tap();
    await expect(page.getByTestId('group-profile')).toHaveCount(0);
  });
});

test.describe('timeline in portrait (1080×1920)', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  test('renders and pinches in portrait; screenshots', async ({ page }, testInfo) => {
    await open(page);
    await shot(page, testInfo, 'timeline-1080x1920-overview');
    const before = await timelineView(page);
    const surface = await surfaceBox(page);
    await (await Touch.on(page)).pinch({ x: surface.x + surface.width / 2, y: surface.y + 400 }, 150, 450);
    const after = await settled(page);
    expect(after.k / before.k).toBeGreaterThan(2.5);
    await shot(page, testInfo, 'timeline-1080x1920-zoomed');
    const marker = await centreInside(page, page.locator('.mark.single'));
    await page.touchscreen.tap(marker.x, marker.y);
    await expect(page.getByTestId('event-detail')).toBeVisible();
    await shot(page, testInfo, 'timeline-1080x1920-detail');
    await page.getByTestId('event-detail-close').tap();
    await expect(page.getByTestId('event-detail')).toHaveCount(0);
  });
});
