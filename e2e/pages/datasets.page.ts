import { expect, type Locator, type Page } from '@playwright/test';

export interface CsvFile {
  readonly name: string;
  readonly content: string;
}

export interface ReportedProblem {
  readonly file: string;
  readonly line: string;
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

export interface ListedVersion {
  readonly number: string;
  readonly rows: string;
  readonly by: string;
  readonly status: string;
}

/** The datasets page: the upload panel (for researchers and admins) and the list of datasets and versions. */
export class DatasetsPage {
  readonly dropZone: Locator;
  readonly fileInput: Locator;
  readonly datasetName: Locator;
  readonly uploadButton: Locator;
  readonly progress: Locator;
  readonly verdict: Locator;
  readonly problems: Locator;
  readonly preview: Locator;
  readonly publishButton: Locator;
  readonly discardButton: Locator;
  readonly outcome: Locator;
  readonly unavailable: Locator;
  readonly list: Locator;

  constructor(private readonly page: Page) {
    this.dropZone = page.locator('.drop-zone');
    this.fileInput = page.locator('.upload-panel input[type="file"]');
    this.datasetName = page.getByLabel('Dataset name (optional)');
    this.uploadButton = page.getByRole('button', { name: 'Upload', exact: true });
    this.progress = page.getByRole('progressbar');
    this.verdict = page.locator('.upload-review .verdict');
    this.problems = page.getByRole('table', { name: 'Problems found' });
    this.preview = page.locator('.upload-preview');
    this.publishButton = page.getByRole('button', { name: 'Publish', exact: true });
    this.discardButton = page.getByRole('button', { name: 'Discard', exact: true });
    this.outcome = page.locator('dl.publish-outcome');
    this.unavailable = page.getByRole('region', { name: 'Uploading is not available' });
    this.list = page.getByRole('region', { name: 'Datasets and their versions' });
  }

  async open(): Promise<void> {
    await this.page.goto('/datasets');
    await expect(this.list.getByRole('article').first()).toBeVisible();
  }

  /** Chooses the files (through the drop zone's file picker) and uploads them; resolves on the server's verdict. */
  async upload(files: readonly CsvFile[], datasetName?: string): Promise<void> {
    await this.fileInput.setInputFiles(files.map((file) => ({ name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.content) })));
    if (datasetName !== undefined) await this.datasetName.fill(datasetName);
    await this.uploadButton.click();
    await expect(this.verdict).toBeVisible();
  }

  /** Drops the files on the drop zone, as a drag from the desktop would, and uploads them. */
  async dropAndUpload(files: readonly CsvFile[]): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((dropped) => {
      const transfer = new DataTransfer();
      for (const file of dropped) transfer.items.add(new File([file.content], file.name, { type: 'text/csv' }));
      return transfer;
    }, files);
    await this.dropZone.dispatchEvent('dragover', { dataTransfer });
    await expect(this.dropZone).toHaveClass(/drop-zone-over/);
    await this.dropZone.dispatchEvent('drop', { dataTransfer });
    for (const file of files) await expect(this.page.getByRole('list', { name: 'Files to upload' })).toContainText(file.name);
    await this.uploadButton.click();
    await expect(this.verdict).toBeVisible();
  }

  async reportedProblems(): Promise<ReportedProblem[]> {
    const rows = await this.problems.locator('tbody tr').all();
    return Promise.all(
      rows.map(async (row) => {
        const [file, line, column, value, message] = await row.locator('td').allTextContents();
        return { file: file!, line: line!, column: column!, value: value!, message: message! };
      }),
    );
  }

  async publish(): Promise<void> {
    await this.publishButton.click();
    await expect(this.verdict).toContainText('Published');
  }

  /** A dataset's card in the list, by its title. */
  dataset(title: string): Locator {
    return this.list.getByRole('article', { name: title });
  }

  async versions(title: string): Promise<ListedVersion[]> {
    const rows = await this.dataset(title).getByRole('table').locator('tbody tr').all();
    return Promise.all(
      rows.map(async (row) => {
        const [number, rowCount, by, , status] = await row.locator('td').allTextContents();
        return { number: number!, rows: rowCount!, by: by!, status: status! };
      }),
    );
  }

  async restore(title: string, version: number): Promise<void> {
    await this.dataset(title).getByRole('button', { name: `Restore version ${version} of ${title}` }).click();
    await expect(this.dataset(title).getByRole('status')).toHaveText(/is current again/);
  }
}
