import { expect, test } from './fixtures';
import { bomb, sharingOneStream, zipOf } from '../src/test/hostileZips';
import { rcmlDocument } from './pages/designer';

/**
 * 200 entries that claim to be empty, all pointing at one stream that unpacks to 16 MB: read as
 * declared, that is 3.2 GB of inflating on the page's own thread. Built once, outside the test.
 */
const HOSTILE = sharingOneStream(bomb(16), 200);

const zipFile = (name: string, zip: Uint8Array) => ({
  name,
  mimeType: 'application/zip',
  buffer: Buffer.from(zip),
});

test('a zip bomb is refused with a message while the page stays usable; an honest zip imports', async ({
  designer,
  page,
}) => {
  await designer.open();
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import RCML' });

  const workerClosed = page
    .waitForEvent('worker')
    .then((worker) => new Promise<void>((closed) => worker.once('close', () => closed())));
  await dialog.getByLabel('RCML files to import').setInputFiles(zipFile('hostile.zip', HOSTILE));

  // The page answers while (and after) the zip is read: typing and buttons still react.
  const paste = dialog.getByLabel('Or paste an RCML document');
  await paste.fill('<Response><Hangup/></Response>');
  await expect(dialog.getByRole('button', { name: 'Read pasted RCML' })).toBeEnabled();

  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText(
    'In “hostile.zip”, “d000.xml” unpacks to more than 5.0 MB, the most one document can be.',
  );
  await expect(alert).toContainText('Your open flow has not been changed');
  // The worker that read it has been ended.
  await workerClosed;

  const honest = zipOf({
    'flows/main.xml': rcmlDocument('<Say>Hello</Say>', '<Redirect>menu.xml</Redirect>'),
    'flows/menu.xml': rcmlDocument('<Hangup/>'),
  });
  await dialog.getByLabel('RCML files to import').setInputFiles(zipFile('flows.zip', honest));
  await expect(dialog.getByRole('region', { name: 'What will be imported' })).toContainText(
    'in 2 documents (main.xml, menu.xml)',
  );
});
