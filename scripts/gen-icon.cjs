// Renders media/icon.svg to media/icon.png (the marketplace needs a PNG) with headless Chromium from the test tools.
const path = require('path');
const { launchBrowser, tools } = require('../test/vscode/lib.cjs');
(async () => {
  const browser = await launchBrowser(tools());
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.goto('file://' + path.resolve(__dirname, '../media/icon.svg'));
  await page.screenshot({ path: path.resolve(__dirname, '../media/icon.png'), omitBackground: true });
  await browser.close();
})();
