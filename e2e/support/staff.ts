import type { Page } from 'playwright-core';

/** Helpers for driving the staff pages of the H5 build as a person would. */
export const visible = (page: Page, text: string) =>
  page.getByText(text, { exact: true }).filter({ visible: true }).first();

/** The form field with this label, on the visible page. */
export const formField = (page: Page, label: string) =>
  page
    .locator('.form-field')
    .filter({ visible: true })
    .filter({ has: page.getByText(label, { exact: true }) })
    .first();

/** Sign in through the H5 development sign-in page as a sandbox identity. */
export async function signInAs(page: Page, webUrl: string, identity: string) {
  await page.goto(`${webUrl}#/packages/staff/pages/sign-in/index`);
  // A tap that lands while the page is still settling is lost, as on a phone: tap again.
  for (let attempt = 1; ; attempt++) {
    await page.getByText(`（${identity}）`).filter({ visible: true }).first().click();
    try {
      await page.waitForURL(/staff\/pages\/home/, { timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Sign in as a resident (an identity that is not staff) through the same page's other-identity form. */
export async function signInAsResident(page: Page, webUrl: string, identity: string) {
  await page.goto(`${webUrl}#/packages/staff/pages/sign-in/index`);
  await page.locator('.sign-in__input input').filter({ visible: true }).fill(identity);
  // As for staff: a tap lost while the page settles is tapped again.
  for (let attempt = 1; ; attempt++) {
    await page.getByText('以此身份登录', { exact: true }).filter({ visible: true }).click();
    try {
      await page.waitForURL(/staff\/pages\/home/, { timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Pick in a Taro picker: open it, keep the first choice, confirm. */
export async function pickFirst(page: Page, label: string) {
  await formField(page, label).locator('.form-field__picker').click();
  await visible(page, '确定').click();
}

/** A tap that lands while the page is still settling is lost, as on a phone: tap again until it shows. */
export async function tapUntil(page: Page, text: string, shown: () => Promise<unknown>) {
  for (let attempt = 1; ; attempt++) {
    await visible(page, text).click();
    try {
      await shown();
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
